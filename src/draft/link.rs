//! Which claim each response answers (by the words they share, then by nearness), and the stance its wording suggests.

use std::collections::HashSet;

use super::lexicon;
use super::people::People;
use super::sentence::Found;
use crate::claims::Stance;

const STOP: &[&str] = &[
    "about", "after", "again", "against", "because", "before", "being", "between", "could",
    "every", "their", "there", "these", "those", "through", "under", "until", "which", "while",
    "would", "should", "other", "still", "where", "since", "also", "that", "this", "with", "from",
    "have", "were", "said", "says", "told",
];

/// The most a claim other than the first can score against a response it is not beside
/// (3 for a quoted phrase, 1 for the claimant named, 1.2 for shared words, 1 for being at
/// most a paragraph before), less 0.05 a paragraph of distance: what lets [`link`] stop
/// looking further back once no claim there can beat the best found.
const MOST: f64 = 6.2;
const PER_PARAGRAPH: f64 = 0.05;

/// For each statement, the index of the claim it answers: `None` for claims, and for a
/// response with no claim before it by someone else (no one answers their own claim). Each response is scored against the first claim
/// and the claims from its paragraph backwards, until the distance alone rules out the
/// rest, so the cost grows with the statements, not with responses times claims.
pub fn link(body: &str, found: &[Found], people: &People) -> Vec<Option<usize>> {
    link_walking(body, found, people, false)
}

/// [`link`]; with `every`, each response is scored against every claim in order, the
/// first best kept (what the walk that stops early must give), and each score is checked
/// against the bound the walk stops by.
///
/// # Panics
/// With `every`, when a claim other than the first scores over [`MOST`] less its
/// distance: the bound is wrong, and the walk may stop before the best claim.
pub(super) fn link_walking(
    body: &str,
    found: &[Found],
    people: &People,
    every: bool,
) -> Vec<Option<usize>> {
    let claims: Vec<usize> = (0..found.len()).filter(|&i| found[i].claim).collect();
    let common = common_stems(body, found);
    let quoted_phrases: Vec<Vec<String>> = claims
        .iter()
        .map(|&c| quoted_phrases(&body[found[c].sentence.clone()]))
        .collect();
    let stems_of_claims: Vec<HashSet<String>> = claims
        .iter()
        .map(|&c| stems(&body[found[c].sentence.clone()], &common))
        .collect();
    found
        .iter()
        .map(|r| {
            if r.claim {
                return None;
            }
            let context = &body[r.sentence.clone()];
            let lower = fold(context);
            let r_stems = stems(context, &common);
            let score = |ci: usize| -> Option<f64> {
                let claim = &found[claims[ci]];
                let before = claim.range.start < r.range.start;
                // No one answers their own claim: what a claimant says again is theirs.
                if !before && claim.para != r.para || claim.speaker == r.speaker {
                    return None;
                }
                let mut score = 0.0;
                if quoted_phrases[ci]
                    .iter()
                    .any(|p| lower.contains(p.as_str()))
                {
                    score += 3.0;
                }
                let claimant = &people.all[claim.speaker].name;
                let surname = claimant.split_whitespace().last().unwrap_or(claimant);
                if r.against == Some(claim.speaker) || context.contains(surname) {
                    score += 1.0;
                }
                let shared = r_stems.intersection(&stems_of_claims[ci]).count().min(3);
                score += 0.4 * shared as f64;
                let distance = r.para.saturating_sub(claim.para);
                if distance <= 1 {
                    score += 1.0;
                }
                if ci == 0 {
                    score += 0.6;
                }
                score -= PER_PARAGRAPH * distance as f64;
                if !before {
                    score -= 0.5;
                }
                Some(score)
            };
            let mut best: Option<(f64, usize)> = None;
            if every {
                for ci in 0..claims.len() {
                    let Some(s) = score(ci) else { continue };
                    let distance = r.para.saturating_sub(found[claims[ci]].para);
                    assert!(
                        ci == 0 || s <= MOST - PER_PARAGRAPH * distance as f64 + 1e-9,
                        "a score of {s} at {distance} paragraphs is over the bound"
                    );
                    if best.is_none_or(|(b, _)| s > b) {
                        best = Some((s, ci));
                    }
                }
                return best.map(|(_, ci)| claims[ci]);
            }
            // The best score, the earliest claim on a tie (as a walk in order keeps it).
            let consider = |ci: usize, best: &mut Option<(f64, usize)>| {
                if let Some(s) = score(ci)
                    && best.is_none_or(|(b, bi)| s > b || s == b && ci < bi)
                {
                    *best = Some((s, ci));
                }
            };
            // Claims are in reading order, so by paragraph: those up to this one.
            let upto = claims.partition_point(|&c| found[c].para <= r.para);
            if upto > 0 {
                consider(0, &mut best);
            }
            for ci in (1..upto).rev() {
                let distance = r.para - found[claims[ci]].para;
                let most = MOST - PER_PARAGRAPH * distance as f64;
                if best.is_some_and(|(b, _)| most + 1e-9 < b) {
                    break;
                }
                consider(ci, &mut best);
            }
            best.map(|(_, ci)| claims[ci])
        })
        .collect()
}

/// Text with quotation marks made plain and lower case, for comparing phrases.
fn fold(text: &str) -> String {
    text.to_lowercase()
        .replace(['’', '‘'], "'")
        .replace(['“', '”'], "\"")
}

/// Phrases of two or more words the claim's sentence quotes.
fn quoted_phrases(sentence: &str) -> Vec<String> {
    let folded = fold(sentence);
    folded
        .split('"')
        .skip(1)
        .step_by(2)
        .map(|p| p.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|p| p.split_whitespace().count() >= 2)
        .collect()
}

/// The stems (first six letters) of a text's longer words, less those common in the article.
fn stems(text: &str, common: &HashSet<String>) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.chars().count() >= 5)
        .map(|w| w.to_lowercase())
        .filter(|w| !STOP.contains(&w.as_str()))
        .map(|w| w.chars().take(6).collect::<String>())
        .filter(|s| !common.contains(s))
        .collect()
}

/// Stems in more than a quarter of the statements' sentences: the article's subject,
/// which tells no claim from another.
fn common_stems(body: &str, found: &[Found]) -> HashSet<String> {
    let mut counts: std::collections::HashMap<String, usize> = Default::default();
    let mut seen = HashSet::new();
    for f in found {
        if !seen.insert(f.sentence.start) {
            continue;
        }
        for s in stems(&body[f.sentence.clone()], &HashSet::new()) {
            *counts.entry(s).or_default() += 1;
        }
    }
    let limit = (seen.len() / 4).max(2);
    counts
        .into_iter()
        .filter(|&(_, n)| n > limit)
        .map(|(s, _)| s)
        .collect()
}

/// The stance a response's wording suggests, and the words that suggest it.
pub fn stance(words: &str, sentence: &str) -> (Stance, Option<&'static str>) {
    let lower = format!("{} {}", fold(words), fold(sentence));
    for (stance, cues) in [
        (Stance::Disputes, lexicon::list("disputes")),
        (Stance::Qualifies, lexicon::list("qualifies")),
        (Stance::Supports, lexicon::list("supports")),
    ] {
        if let Some(cue) = cues.iter().find(|cue| lower.contains(&fold(cue))) {
            return (stance, Some(cue));
        }
    }
    (Stance::Context, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stances_follow_the_wording() {
        assert_eq!(stance("that is a lie", "").0, Stance::Disputes);
        assert_eq!(
            stance("I wouldn’t be surprised if it goes on", "").0,
            Stance::Qualifies
        );
        assert_eq!(
            stance("I would be very surprised if it did", "").0,
            Stance::Disputes
        );
        assert_eq!(stance("the report is correct", "").0, Stance::Supports);
        assert_eq!(stance("the valley is dry in summer", "").0, Stance::Context);
    }

    #[test]
    fn no_one_answers_their_own_claim() {
        // Invented: the claimant says more, then someone else disputes the claim.
        let text = "Mayor Ann Mole claimed that the new dam will double the water supply.\n\n\
                    “The numbers are clear,” Mole said.\n\n\
                    “That claim is false,” said Karim Haddad, a hydrologist.";
        let mut paragraphs = Vec::new();
        let mut start = 0;
        for part in text.split("\n\n") {
            paragraphs.push(start..start + part.len());
            start += part.len() + 2;
        }
        let x = crate::draft::extract(text, &paragraphs);
        let said = |words: &str| {
            x.statements
                .iter()
                .find(|s| text[s.range.clone()].contains(words))
                .unwrap_or_else(|| panic!("{words} not drafted"))
        };
        let claim = x.statements.iter().position(|s| s.claim).expect("a claim");
        assert_eq!(said("The numbers are clear").answers, None);
        assert_eq!(said("That claim is false").answers, Some(claim));
    }

    #[test]
    fn quoted_phrases_of_two_words_or_more() {
        assert_eq!(
            quoted_phrases("accused Iran of acting as al-Qaida’s “new home base,” and “x”"),
            ["new home base"]
        );
    }
}
