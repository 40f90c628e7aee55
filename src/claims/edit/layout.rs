//! Where new entries' text goes: the blank lines a file puts between its tables, and its header comments kept at the top as entries come and go.

use toml_edit::Decor;

/// The text before a table's header (its comments and blank lines).
pub(super) fn prefix(decor: &Decor) -> String {
    decor
        .prefix()
        .and_then(|p| p.as_str())
        .unwrap_or("")
        .to_string()
}

/// Splits the text before the first table at its last blank line: the file's header
/// comments (through the blank line) and what belongs to the table.
pub(crate) fn split_header(prefix: &str) -> (String, String) {
    match prefix.rfind("\n\n") {
        Some(at) if prefix[..at].contains('#') => {
            (prefix[..at + 2].to_string(), prefix[at + 2..].to_string())
        }
        _ => (String::new(), prefix.to_string()),
    }
}

/// The blank space counted most often (`gaps`: each with its count, in the order first
/// met; the first met wins a tie); a blank line when there is none.
pub(super) fn most_common_blank(gaps: Vec<(String, usize)>) -> String {
    gaps.into_iter()
        .rev()
        .max_by_key(|(_, n)| *n)
        .map_or_else(|| "\n".to_string(), |(g, _)| g)
}
