//! Claims found by being named back as a speaker's (`the governor's figure`, `the superintendent's claim about test scores`): which earlier statement of that speaker the noun names.

use super::lexicon;
use super::people::People;
use super::readings::Readings;
use super::sentence::Found;
use super::topic_words::{STOP, fold, names};

/// How many paragraphs back [`named_back`] looks for the statement a response names.
const NAMED_BACK_PARAGRAPHS: usize = 12;
/// How many statements back [`named_back`] looks at most (its bound in a paragraph of
/// many statements).
const NAMED_BACK_STATEMENTS: usize = 64;

/// Claims found by being named: a statement that nothing marked a claim becomes one when
/// a later sentence by someone else names it as its speaker's, a possessive before a noun
/// for what was said (the lexicon's `claim-nouns`) at most three words on: `the
/// governor's figure`, `Tervo's estimate`, `the company's split of the decline` (the
/// possessive is that speaker's surname, `the` and a role word of theirs, or for a
/// business its first word or `the company`). Of that speaker's statements in the
/// [`NAMED_BACK_PARAGRAPHS`] paragraphs before, the one the noun's complement speaks of
/// is the claim (`the superintendent's claim about test scores` names the statement on
/// `tests`, not his request before it: see [`topics_of_claims`]; the most of its words,
/// then the earliest), even when another of theirs is a claim already that speaks of it
/// less. With no such complement, or none of their statements speaking of it, the
/// earliest is the claim: a claim is made, then said again; a noun for a number
/// (`figure`, `estimate`) names the earliest that holds a figure, when one does; and
/// nothing is promoted when that speaker already has a claim there (it is what is
/// answered). A statement of theirs that itself disputes plainly (`the clinic disputed
/// that account`) is their answer, never the claim named: it is passed over. Each response looks back over at most
/// [`NAMED_BACK_STATEMENTS`] statements, so the cost stays linear in the article.
pub fn named_back(body: &str, found: &mut [Found], people: &People, readings: &Readings) {
    let mut promote = Vec::new();
    for (i, r) in found.iter().enumerate() {
        if r.claim {
            continue;
        }
        let (owners, numeric) = owners_of_claims(&fold(&body[r.sentence.clone()]));
        if owners.is_empty() {
            continue;
        }
        let topic = topics_of_claims(&fold(&body[r.sentence.clone()]));
        let mut earliest: Option<usize> = None;
        let mut earliest_figure: Option<usize> = None;
        // The owner's statement sharing most of the response's less common stems (the
        // earliest on a tie), and the most a claim of theirs already shares.
        let mut on_topic: Option<(usize, usize)> = None;
        let mut claimed: Option<usize> = None;
        let mut named_speaker: Option<usize> = None;
        for (j, p) in found[..i]
            .iter()
            .enumerate()
            .rev()
            .take(NAMED_BACK_STATEMENTS)
        {
            if p.para + NAMED_BACK_PARAGRAPHS < r.para {
                break;
            }
            if p.speaker == r.speaker || p.range.end > r.sentence.start {
                continue;
            }
            match named_speaker {
                Some(n) if n != p.speaker => continue,
                None if !owners.iter().any(|o| names(o, &people.all[p.speaker])) => continue,
                _ => named_speaker = Some(p.speaker),
            }
            // A denial is an answer, never the claim named back.
            if !p.claim && readings.plain[j] {
                continue;
            }
            // (Most responses name no topic: then no statement's sentence is folded.)
            let shared = if topic.is_empty() {
                0
            } else {
                speaks_of(&fold(&body[p.sentence.clone()]), &topic)
            };
            if p.claim {
                claimed = Some(claimed.map_or(shared, |c| c.max(shared)));
                continue;
            }
            if shared > 0 && on_topic.is_none_or(|(b, _)| shared >= b) {
                on_topic = Some((shared, j));
            }
            earliest = Some(j);
            // `the airline's figure` names a statement that holds a figure, if one does.
            if numeric && holds_figure(&body[p.range.clone()]) {
                earliest_figure = Some(j);
            }
        }
        promote.extend(match (on_topic, claimed) {
            // What the noun is about (`the superintendent's claim about test scores`)
            // names the statement that speaks of it, over one made a claim already that
            // speaks of it less.
            (Some((shared, j)), c) if c.is_none_or(|c| shared > c) => Some(j),
            (_, Some(_)) => None,
            _ => earliest_figure.or(earliest),
        });
    }
    for j in promote {
        found[j].claim = true;
    }
}

/// Whether a statement's words hold a figure: a digit, or a share or amount in words
/// (the lexicon's `figure-words`: `a third`, `half`, `70 percent`, `two million`).
fn holds_figure(text: &str) -> bool {
    text.contains(|c: char| c.is_ascii_digit())
        || text.split_whitespace().any(|w| {
            lexicon::has(
                "figure-words",
                w.trim_matches(|c: char| !c.is_alphanumeric()),
            )
        })
}

/// The possessives of a folded sentence that own a noun for what was said, each with the
/// word before it (`the governor's figure` → `the governor`, `rao's estimate` → `… rao`),
/// and whether every such noun names a number (the lexicon's `figure-nouns`).
pub(super) fn owners_of_claims(lower: &str) -> (Vec<String>, bool) {
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '.'))
        .collect();
    let mut out = Vec::new();
    let mut numeric = true;
    for (k, w) in words.iter().enumerate() {
        let noun = w.trim_end_matches('.');
        if !lexicon::has("claim-nouns", noun) {
            continue;
        }
        if let Some(p) = (k.saturating_sub(3)..k).find(|&p| words[p].ends_with("'s")) {
            let stem = words[p].trim_end_matches("'s");
            let before = if p > 0 { words[p - 1] } else { "" };
            out.push(format!("{before} {stem}"));
            numeric &= lexicon::has("figure-nouns", noun);
        }
    }
    (out, numeric)
}

/// What a noun for what was said is about, as its complement gives it (`the
/// superintendent's claim about test scores` → `test`, `scores`; `the council's point on
/// newer models` → `newer`, `models`): the first six letters of the words of four letters
/// or more of the up to four words after `about`, `on`, `over`, `regarding` or
/// `concerning` straight after the noun, up to a verb or a conjunction. Empty when no
/// such noun has such a complement.
pub(super) fn topics_of_claims(lower: &str) -> Vec<String> {
    const OPENERS: &[&str] = &["about", "on", "over", "regarding", "concerning"];
    const ENDS: &[&str] = &[
        "was", "is", "were", "are", "would", "will", "had", "has", "have", "and", "but", "or",
        "that", "which", "as", "because", "did", "does", "could", "might",
    ];
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .collect();
    let mut out = Vec::new();
    for k in 0..words.len() {
        if !lexicon::has("claim-nouns", words[k])
            || !words.get(k + 1).is_some_and(|w| OPENERS.contains(w))
        {
            continue;
        }
        for w in words[k + 2..].iter().take(4) {
            if ENDS.contains(w) {
                break;
            }
            if w.chars().count() >= 4 && !STOP.contains(w) {
                out.push(w.chars().take(6).collect());
            }
        }
    }
    out
}

/// How many of `topic`'s stems (from [`topics_of_claims`]) begin a word of a folded
/// sentence (`test` begins `tests`).
fn speaks_of(lower: &str, topic: &[String]) -> usize {
    topic
        .iter()
        .filter(|t| {
            lower
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.starts_with(t.as_str()))
        })
        .count()
}

#[cfg(test)]
#[path = "named_back_tests.rs"]
mod tests;
