//! Every count the program says agrees with its noun (`1 character`, never `1 characters`):
//! no message in the sources puts a counted value before a plural noun by hand; they go
//! through `text::plural`, or a match arm that has already left 1 out (`n => …`, or a line
//! saying `// 2 or more: …`).

/// Plural nouns the program counts in its messages.
const NOUNS: &[&str] = &[
    "characters",
    "words",
    "claims",
    "responses",
    "entries",
    "statements",
    "affiliations",
    "stances",
    "changes",
    "people",
    "pairs",
    "files",
    "lines",
    "matches",
];

/// The places in `line` where a format argument (`{}`, `{n}`, `{total}`) stands right
/// before one of [`NOUNS`].
fn counted_by_hand(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in line.match_indices("} ") {
        let after = &line[at + 2..];
        let Some(noun) = NOUNS.iter().find(|n| {
            after.starts_with(**n)
                && !after[n.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_')
        }) else {
            continue;
        };
        let Some(open) = line[..at].rfind('{') else {
            continue;
        };
        let argument = &line[open + 1..at];
        if argument
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '.' || c == ':')
        {
            found.push(format!("{{{argument}}} {noun}"));
        }
    }
    found
}

/// The places in the program's sources where a count is put before a plural noun by hand.
fn counted_in_sources() -> Vec<String> {
    let mut out = Vec::new();
    for (path, text) in crate::common::sources::program_sources() {
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("#[cfg(test)]") {
                break;
            }
            let trimmed = line.trim_start();
            // A line that says why its count is never 1 (`// 2 or more: …`) or is no
            // count (`// not a count: …`) is left to what it says.
            if trimmed.starts_with("//")
                || trimmed.starts_with("n =>")
                || line.contains("// 2 or more")
                || line.contains("// not a count")
            {
                continue;
            }
            for place in counted_by_hand(line) {
                out.push(format!("{}:{}: {place}", path.display(), n + 1));
            }
        }
    }
    out
}

#[test]
fn counts_agree_with_their_nouns() {
    assert_eq!(
        counted_by_hand(r#"format!("{n} characters, {place}")"#),
        ["{n} characters"]
    );
    assert_eq!(counted_by_hand(r#"format!("{} words", x)"#), ["{} words"]);
    assert!(counted_by_hand(r#"format!("{} wordsmith")"#).is_empty());
    assert!(counted_by_hand(r#"format!("{}", plural(n, "word"))"#).is_empty());
    let found = counted_in_sources();
    assert!(
        found.is_empty(),
        "counts put before a plural noun by hand (use text::plural):\n{}",
        found.join("\n")
    );
}
