//! The stance a response's wording suggests (`denied` disputes, `agreed` supports, `might` qualifies), and where a cue stands as whole words and not negated.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::lexicon;
use super::link::fold;
use crate::claims::Stance;

/// The stance a response's wording suggests, and the words that suggest it: the first
/// of the lexicon's `disputes`, `qualifies` and `supports` cues (in that order) found in
/// `words` or their `sentence` (which holds the attribution: `denied that …`) as whole
/// words, and not negated (`did not deny`, `nobody disputes`); else `disputes` when the
/// words correct a figure (`six, not four`); else `context`.
pub fn stance(words: &str, sentence: &str) -> (Stance, Option<&'static str>) {
    let lower = format!("{} {}", fold(words), fold(sentence));
    let first = |list: &str, negated: bool| {
        folded_cues(list)
            .iter()
            .find(|(_, folded)| cue_at(&lower, folded, negated).is_some())
            .map(|(cue, _)| *cue)
    };
    if let Some(cue) = first("disputes", false) {
        return (Stance::Disputes, Some(cue));
    }
    // Agreement denied disputes: `the numbers do not back that up`, `that is not right`.
    if let Some(cue) = first("supports", true) {
        return (Stance::Disputes, Some(cue));
    }
    if let Some(cue) = first("qualifies", false) {
        return (Stance::Qualifies, Some(cue));
    }
    if let Some(cue) = first("supports", false) {
        return (Stance::Supports, Some(cue));
    }
    // A figure corrected: `six inspectors, not four`, `It's just not $2,400`.
    if super::contested::negated_figure(&fold(words)) {
        return (Stance::Disputes, Some("not"));
    }
    (Stance::Context, None)
}

/// The cues of lexicon section `list` with each one folded as [`fold`] folds text, in
/// the lexicon's order: folded once, not for every statement.
fn folded_cues(list: &str) -> &'static [(&'static str, String)] {
    type Folded = HashMap<&'static str, Vec<(&'static str, String)>>;
    static FOLDED: OnceLock<Folded> = OnceLock::new();
    let all = FOLDED.get_or_init(|| {
        ["disputes", "supports", "qualifies"]
            .into_iter()
            .map(|name| {
                let cues = (lexicon::list(name).iter())
                    .map(|&cue| (cue, fold(cue)))
                    .collect();
                (name, cues)
            })
            .collect()
    });
    all.get(list).map_or(&[], Vec::as_slice)
}

/// Words that turn a cue after them round: `not`, `never`, `nobody` (`did not deny`).
const NEGATIONS: &[&str] = &[
    "not", "never", "no", "nobody", "didn't", "doesn't", "don't", "isn't", "wasn't", "won't",
    "cannot", "can't", "hardly", "nor", "without",
];

/// Where `cue` (folded, as [`fold`] gives) first stands in `text` (folded) as whole words
/// (a cue ending in `*` as the start of a word: `exaggerat*`), with none of
/// [`NEGATIONS`] among the two words before it; in bytes.
pub fn find_cue(text: &str, cue: &str) -> Option<usize> {
    cue_at(text, cue, false)
}

/// [`find_cue`]; with `negated`, where the cue first stands with one of [`NEGATIONS`]
/// among the two words before it instead.
pub(super) fn cue_at(text: &str, cue: &str, negated: bool) -> Option<usize> {
    let (cue, stem) = match cue.strip_suffix('*') {
        Some(c) => (c, true),
        None => (cue, false),
    };
    if cue.is_empty() {
        return None;
    }
    let word_char = |c: char| c.is_alphanumeric() || c == '\'';
    let mut from = 0;
    while let Some(at) = text[from..].find(cue).map(|i| i + from) {
        from = at + cue.len();
        let starts = text[..at].chars().next_back().is_none_or(|c| !word_char(c));
        let ends = stem
            || text[at + cue.len()..]
                .chars()
                .next()
                .is_none_or(|c| !word_char(c));
        if !starts || !ends {
            continue;
        }
        let before = text[..at]
            .split(|c: char| !word_char(c))
            .filter(|w| !w.is_empty())
            .rev()
            .take(2)
            .any(|w| NEGATIONS.contains(&w) || w.ends_with("n't"));
        if before == negated {
            return Some(at);
        }
    }
    None
}
