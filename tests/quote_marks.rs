//! Every quote the program shows between marks nests as quotations do (double outside,
//! single inside: `‘al-Qaida “views Iran …”’`): no message, note or copy in the sources
//! puts a quote between double marks by hand; they go through `quotation::quoted`. A
//! line that writes an article's own text (`// an article's own quotation`) is left to
//! what it says.

use std::path::Path;

/// The lines of `text` that put a value between double quotation marks by hand: a
/// format argument right after `“` or right before `”`.
fn marked_by_hand(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        let trimmed = line.trim_start();
        if trimmed.starts_with("//") || line.contains("// an article's own quotation") {
            continue;
        }
        if line.contains("“{") || line.contains("}”") {
            found.push((n + 1, trimmed.to_string()));
        }
    }
    found
}

fn walk(dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(&path, out);
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        // The one place that chooses the marks.
        if !name.ends_with(".rs")
            || name.ends_with("_tests.rs")
            || name == "tests.rs"
            || name == "quotation.rs"
        {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (line, code) in marked_by_hand(&text) {
            out.push(format!("{}:{line}: {code}", path.display()));
        }
    }
}

#[test]
fn quotes_are_put_between_marks_by_one_function() {
    let mut found = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut found,
    );
    assert!(
        found.is_empty(),
        "quotes put between marks by hand (use crate::quotation::quoted):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_finds_marks_put_by_hand() {
    let by_hand = "let a = format!(\"“{quote}”\");\nlet b = format!(\"“{}”\", q);\n";
    assert_eq!(marked_by_hand(by_hand).len(), 2);
    let fine = "let a = quoted(&q);\n// “{like this}”\nlet c = \"“{x},” said\"; // an article's own quotation\n";
    assert!(marked_by_hand(fine).is_empty());
}
