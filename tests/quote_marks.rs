//! Every quote the program shows between marks nests as quotations do (double outside,
//! single inside: `‘al-Qaida “views Iran …”’`): no message, note or copy in the sources
//! puts a quote between double marks by hand; they go through `quotation::quoted`. A
//! line that writes an article's own text (`// an article's own quotation`) is left to
//! what it says.

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

#[test]
fn quotes_are_put_between_marks_by_one_function() {
    let found: Vec<String> = crate::common::sources::program_sources()
        .into_iter()
        // The one place that chooses the marks.
        .filter(|(path, _)| !path.ends_with("quotation.rs"))
        .flat_map(|(path, text)| {
            marked_by_hand(&text)
                .into_iter()
                .map(move |(line, code)| format!("{}:{line}: {code}", path.display()))
        })
        .collect();
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
