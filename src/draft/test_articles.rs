//! Invented articles for the drafter's tests: a text whose paragraphs are split at blank lines, drafted, and the drafted statement holding some words found in it (shared by the tests of links, claims named back and claims found by their answers).

use crate::draft::{Extraction, Statement, extract};

/// Drafts an invented article whose paragraphs are separated by blank lines (`"\n\n"`);
/// each paragraph's byte range excludes the separator.
pub fn draft(text: &str) -> Extraction {
    let mut paragraphs = Vec::new();
    let mut start = 0;
    for part in text.split("\n\n") {
        paragraphs.push(start..start + part.len());
        start += part.len() + 2;
    }
    extract(text, &paragraphs)
}

/// The drafted statement whose text (its byte range in `text`) holds `words`.
///
/// # Panics
/// When no drafted statement holds `words`, naming the words and the article (a test's
/// failure message).
pub fn said<'a>(x: &'a Extraction, text: &str, words: &str) -> &'a Statement {
    &x.statements[index(x, text, words)]
}

/// The index in `x.statements` of the drafted statement whose text holds `words`.
///
/// # Panics
/// When no drafted statement holds `words`, naming the words, the article and what was
/// drafted.
pub fn index(x: &Extraction, text: &str, words: &str) -> usize {
    x.statements
        .iter()
        .position(|s| text[s.range.clone()].contains(words))
        .unwrap_or_else(|| panic!("{words:?} not drafted in {text:?}: {:?}", x.statements))
}

/// The speakers of the statements drafted from `text` (paragraphs as the statements' tests
/// split them), in reading order, each with the first 24 characters of what they said.
pub fn speakers(text: &str) -> Vec<(String, String)> {
    let x = extract(text, &crate::draft::statements::tests::paragraphs(text));
    x.statements
        .iter()
        .map(|s| {
            (
                x.speaker(s).name.clone(),
                text[s.range.clone()].chars().take(24).collect(),
            )
        })
        .collect()
}

/// The speaker of the drafted statement whose text starts with `start` (or whose first
/// 24 characters start it); `None` when no statement does.
pub fn who_said(text: &str, start: &str) -> Option<String> {
    speakers(text)
        .into_iter()
        .find(|(_, t)| start.starts_with(t.as_str()) || t.starts_with(start))
        .map(|(w, _)| w)
}
