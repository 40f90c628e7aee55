//! The stance a response's wording suggests (`denied` disputes, `agreed` supports, `might` qualifies), and where a cue stands as whole words and not negated.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::lexicon;
use super::topic_words::{cue_at, fold, negated_figure};
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
    if negated_figure(&fold(words)) {
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
