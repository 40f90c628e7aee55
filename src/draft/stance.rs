//! The stance a response's wording suggests (`denied` disputes, `agreed` supports, `might` qualifies), where a cue stands as whole words and not negated, and whether a dispute says plainly that something said is wrong.

use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

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
    let cues = cues();
    // One pass of the searcher says which cues stand anywhere in the text; only those are
    // then looked for as whole words, in the lexicon's order (each cue searched for on its
    // own was 45% of drafting PolNeAR's train split).
    let mut present = vec![false; cues.search.patterns_len()];
    for found in cues.search.find_overlapping_iter(&lower) {
        present[found.pattern().as_usize()] = true;
    }
    let first = |list: usize, negated: bool| {
        cues.lists[list]
            .iter()
            .find(|(_, folded, pattern)| {
                pattern.is_some_and(|p| present[p]) && cue_at(&lower, folded, negated).is_some()
            })
            .map(|(cue, _, _)| *cue)
    };
    if let Some(cue) = first(DISPUTES, false) {
        return (Stance::Disputes, Some(cue));
    }
    // Agreement denied disputes: `the numbers do not back that up`, `that is not right`.
    if let Some(cue) = first(SUPPORTS, true) {
        return (Stance::Disputes, Some(cue));
    }
    if let Some(cue) = first(QUALIFIES, false) {
        return (Stance::Qualifies, Some(cue));
    }
    if let Some(cue) = first(SUPPORTS, false) {
        return (Stance::Supports, Some(cue));
    }
    // A figure corrected: `six inspectors, not four`, `It's just not $2,400`.
    if negated_figure(&fold(words)) {
        return (Stance::Disputes, Some("not"));
    }
    (Stance::Context, None)
}

/// Indexes of the lexicon's stance lists in [`Cues::lists`].
const DISPUTES: usize = 0;
const SUPPORTS: usize = 1;
const QUALIFIES: usize = 2;

/// The cues of the lexicon's `disputes`, `supports` and `qualifies` sections, and one
/// searcher for all of them.
struct Cues {
    /// Each section's cues in the lexicon's order: the cue, the cue folded as [`fold`]
    /// folds text, and the searcher's pattern for its words (the folded cue less a final
    /// `*`; `None` when that is empty, a cue that stands nowhere).
    lists: [Vec<(&'static str, String, Option<usize>)>; 3],
    /// Finds every distinct pattern at once, overlapping matches included: a cue not
    /// found by it does not stand in the text, whole word or not.
    search: AhoCorasick,
}

/// [`Cues`], folded and compiled once, not for every statement.
fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| {
        let mut patterns: Vec<String> = Vec::new();
        let mut ids: HashMap<String, usize> = HashMap::new();
        let lists = ["disputes", "supports", "qualifies"].map(|name| {
            (lexicon::list(name).iter())
                .map(|&cue| {
                    let folded = fold(cue);
                    let words = folded.strip_suffix('*').unwrap_or(&folded).to_string();
                    let pattern = (!words.is_empty()).then(|| {
                        *ids.entry(words.clone()).or_insert_with(|| {
                            patterns.push(words);
                            patterns.len() - 1
                        })
                    });
                    (cue, folded, pattern)
                })
                .collect()
        });
        let search = AhoCorasick::new(&patterns).expect("the stance cues make a searcher");
        Cues { lists, search }
    })
}

/// The `disputes` cues that say plainly that something said is wrong (`false`,
/// `misleading`, `closer to`), as against those that only may (`not enough`, `doubt`,
/// `politics`): a plain claim is found only by a plain dispute.
const PLAIN: &[&str] = &[
    "lie",
    "lies",
    "lying",
    "lied",
    "false",
    "falsely",
    "untrue",
    "wrong",
    "inaccurate",
    "not accurate",
    "incorrect",
    "not correct",
    "baseless",
    "unfounded",
    "groundless",
    "nonsense",
    "misleading",
    "mislead",
    "distort*",
    "no evidence",
    "not true",
    "no such",
    "pushed back",
    "pushes back",
    "push back",
    "dismissed",
    "dismisses",
    "rejected",
    "rejects",
    "denied",
    "denies",
    "deny",
    "disputed",
    "dispute",
    "disputes",
    "contradict*",
    "refuted",
    "refutes",
    "debunk*",
    "closer to",
    "exaggerat*",
    "overstat*",
    "not so",
    "not the case",
    "never happened",
    "no basis",
    "not right",
    "does not hold up",
];

/// Whether a statement disputes plainly, given the stance and cue [`stance`] read of its
/// words in `sentence`: one of [`PLAIN`]'s cues is the first `disputes` cue of its words
/// and sentence, a verb of disputing (the lexicon's `disputing`: `questioned`) stands in
/// its sentence, or its words correct a figure (`six, not four`: [`stance`] gives it with
/// the cue `not`). A denied agreement (`not accurate`, `do not back that up`) is plain.
pub(super) fn plain_dispute(stance: Stance, cue: Option<&str>, sentence: &str) -> bool {
    // A negated cue of agreement (`not accurate`) is plain too.
    stance == Stance::Disputes
        && cue.is_some_and(|c| {
            c == "not" || PLAIN.contains(&c) || lexicon::list("supports").contains(&c)
        })
        || disputing_verb(&fold(sentence))
}

/// Whether a folded sentence has a verb of disputing (the lexicon's `disputing`) in the
/// active voice and with an object: `questioned the figures`, not `was questioned about
/// the checks` nor `questions about`.
pub(super) fn disputing_verb(lower: &str) -> bool {
    const PASSIVE: &[&str] = &[
        "was", "were", "been", "being", "be", "is", "are", "get", "got",
    ];
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .collect();
    (0..words.len()).any(|k| {
        lexicon::is_disputing(words[k])
            && !(k > 0 && PASSIVE.contains(&words[k - 1]))
            && !words
                .get(k + 1)
                .is_some_and(|n| ["by", "about", "over", "whether", "why", "how"].contains(n))
    })
}

#[cfg(test)]
#[path = "stance_tests.rs"]
mod tests;
