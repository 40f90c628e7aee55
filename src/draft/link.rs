//! Which claim each response answers (by the words and figures they share, then by nearness), and the claims found by being answered by a word pointing back (named back as a speaker's: `draft/named_back`); stances are `draft/stance`'s.

use std::collections::HashSet;

use super::lexicon;
use super::named_back::owners_of_claims;
use super::people::People;
use super::readings::Readings;
use super::sentence::Found;
use super::topic_words::{
    Pointer, figures, find_cue, fold, names, points_back, quoted_phrases, stems,
};
use crate::claims::Stance;

/// The most a claim other than the first can score against a response it is not beside
/// (3 for a quoted phrase, 1 for the claimant named, 1.2 for shared words, 1 for being at
/// most a paragraph before), less 0.05 a paragraph of distance: what lets [`link`] stop
/// looking further back once no claim there can beat the best found.
const MOST: f64 = 6.2;
const PER_PARAGRAPH: f64 = 0.05;
/// How many paragraphs after the article's first claim an answer with nothing else to tie
/// it still answers that claim (the reach of a plain dispute in `draft/contested`). An
/// unbounded reach hung 41 more wrong links than right ones' 4 on the ten gold sets.
const LEAD_PARAGRAPHS: usize = 4;

/// For each statement, the index of the claim it answers: `None` for claims, and for a
/// response nothing ties to a claim before it by someone else (no one answers their own
/// claim). A response answers a claim only on evidence in its sentence (see [`Ties`]):
/// nearness alone ties nothing, so a statement about something else stays unlinked
/// rather than hung on the nearest claim. Among the claims it is tied to, the best scored
/// wins. A claim other than the first so far back that even the most evidence scores
/// below nothing ([`MOST`] less [`PER_PARAGRAPH`] a paragraph: over 124 paragraphs) is
/// answered by no response. Each response is scored against the first claim and the
/// claims from its paragraph backwards, until the distance alone rules out the rest (a
/// better score found, or that horizon), so the cost grows with the statements, not with
/// responses times claims, even where no claim is answered at all.
pub fn link(
    body: &str,
    found: &[Found],
    people: &People,
    readings: &Readings,
) -> Vec<Option<usize>> {
    link_walking(body, found, people, readings, false)
}

/// What in a response's sentence ties it to one claim.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Ties {
    /// It repeats a phrase of two words or more the claim's sentence quotes.
    quoted: bool,
    /// It names the claimant (surname, or the accused of an accusation).
    named: bool,
    /// Uncommon stems it shares with the claim's sentence (at most 3 counted), and two
    /// for a figure they share (`four` and `4`, `$2,400` and `2,400`; not a year) when
    /// the claim is at most three paragraphs before.
    shared: usize,
    /// Paragraphs from the claim's to the response's (0: the same).
    distance: usize,
    /// It answers in words: a stance's cue (`denied`, `false`, `agreed`).
    answering: bool,
    /// It names a claim (`the allegation`, `that figure`).
    refers: bool,
    /// The claim is the article's first: what an answer with nothing else to tie it
    /// answers.
    lead: bool,
}

impl Ties {
    /// The claim is in the response's paragraph or the one before.
    fn near(&self) -> bool {
        self.distance <= 1
    }

    /// Whether this is evidence enough: the claim's quoted words; its claimant named with
    /// a word of it, an answer or a word naming a claim; two of its uncommon words; an
    /// answer or a word naming a claim right after it; a word naming a claim at most three
    /// paragraphs after it; or an answer, to the article's first claim at most
    /// [`LEAD_PARAGRAPHS`] paragraphs before it.
    fn enough(&self) -> bool {
        self.quoted
            || self.named && (self.shared >= 1 || self.answering || self.refers)
            || self.shared >= 2
            || self.near() && (self.answering || self.refers)
            || self.refers && self.distance <= 3
            || self.lead && self.answering && self.distance <= LEAD_PARAGRAPHS
    }
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
    readings: &Readings,
    every: bool,
) -> Vec<Option<usize>> {
    let claims: Vec<usize> = (0..found.len()).filter(|&i| found[i].claim).collect();
    let common = &readings.common;
    let quoted_phrases: Vec<Vec<String>> = claims
        .iter()
        .map(|&c| quoted_phrases(&body[found[c].sentence.clone()]))
        .collect();
    let stems_of_claims: Vec<HashSet<String>> = claims
        .iter()
        .map(|&c| stems(&body[found[c].sentence.clone()], common))
        .collect();
    let figures_of_claims: Vec<HashSet<String>> = claims
        .iter()
        .map(|&c| figures(&body[found[c].range.clone()]))
        .collect();
    let mut links: Vec<Option<usize>> = found
        .iter()
        .enumerate()
        .map(|(i, r)| {
            if r.claim {
                return None;
            }
            let context = &body[r.sentence.clone()];
            let lower = fold(context);
            let r_stems = stems(context, common);
            let r_figures = figures(context);
            let answering = readings.stances[i].0 != Stance::Context;
            // A word naming a claim: `the allegation`, or a speaker's `figure`.
            let refers = lexicon::list("claim-references")
                .iter()
                .any(|cue| find_cue(&lower, &fold(cue)).is_some())
                || !owners_of_claims(&lower).0.is_empty();
            let score = |ci: usize| -> Option<f64> {
                let claim = &found[claims[ci]];
                let before = claim.range.start < r.range.start;
                // No one answers their own claim: what a claimant says again is theirs.
                if !before && claim.para != r.para || claim.speaker == r.speaker {
                    return None;
                }
                let distance = r.para.saturating_sub(claim.para);
                let ties = Ties {
                    quoted: quoted_phrases[ci]
                        .iter()
                        .any(|p| lower.contains(p.as_str())),
                    named: r.against == Some(claim.speaker)
                        || names(&lower, &people.all[claim.speaker]),
                    shared: (r_stems.intersection(&stems_of_claims[ci]).count()
                        + if distance <= 3 {
                            2 * r_figures.intersection(&figures_of_claims[ci]).count()
                        } else {
                            0
                        })
                    .min(3),
                    distance,
                    answering,
                    refers,
                    lead: ci == 0,
                };
                if !ties.enough() {
                    return None;
                }
                let mut score = 0.0;
                if ties.quoted {
                    score += 3.0;
                }
                if ties.named {
                    score += 1.0;
                }
                score += 0.4 * ties.shared as f64;
                if ties.near() {
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
                    let distance = r.para.saturating_sub(found[claims[ci]].para);
                    if ci > 0 && MOST - PER_PARAGRAPH * (distance as f64) < 0.0 {
                        continue;
                    }
                    let Some(s) = score(ci) else { continue };
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
                if most < 0.0 || best.is_some_and(|(b, _)| most + 1e-9 < b) {
                    break;
                }
                consider(ci, &mut best);
            }
            best.map(|(_, ci)| claims[ci])
        })
        .collect();
    carry_on(found, &mut links);
    links
}

/// A speaker's turn goes on answering what it answered: an unlinked response whose
/// statement just before (in reading order) is the same speaker's, linked, and in the
/// same paragraph or the one before, answers that claim too (`"…," said X. "…"`).
fn carry_on(found: &[Found], links: &mut [Option<usize>]) {
    for i in 1..found.len() {
        let (r, before) = (&found[i], &found[i - 1]);
        if r.claim || links[i].is_some() || before.claim || before.speaker != r.speaker {
            continue;
        }
        if r.para.saturating_sub(before.para) <= 1 {
            links[i] = links[i - 1];
        }
    }
}

/// Claims found by being answered: a statement that nothing marked a claim becomes one
/// when a later sentence by someone else, in its paragraph or the next, disputes it by a
/// word that points back at it (`Kowalczyk disputed that, noting …`, `the railroad
/// denied the allegations`, `she rejected the claim`): the statement nearest before that
/// sentence, by another speaker, is what the pointing word points at; a statement that
/// itself disputes plainly (`the hospital disputed that timeline`) is an answer, never
/// what is pointed at, and is passed over. A noun (`that
/// account`, `the claims`, `that timeline`, `her numbers`) names one of that speaker's
/// run of statements (at most [`RUN_STATEMENTS`] back, none by another between, none over
/// a paragraph apart): the one the rest of the answering paragraph speaks of, sharing
/// most of its evidence (two of its less common stems, or a figure: `rejected that
/// explanation. The location points were stored …` names the statement on where the
/// location points were stored); with none sharing enough, a noun for a number (`her
/// figure`, `those numbers`) names the nearest of the run that holds a figure, and any
/// other noun the run's first statement (an account is all they said, and its first
/// statement says it). A verb of disputing with a clause of its own (`denied that he
/// knew`) points at nothing.
pub fn answered(body: &str, found: &mut [Found], readings: &Readings) {
    let mut promote = Vec::new();
    for (i, r) in found.iter().enumerate() {
        let Some(pointer) = points_back(&fold(&body[r.sentence.clone()])) else {
            continue;
        };
        if r.claim {
            continue;
        }
        // A word naming a claim (`the charge`) names one already made, when there is one.
        let claim_before = found[..i]
            .iter()
            .rev()
            .take_while(|p| p.para + 3 >= r.para)
            .any(|p| p.claim && p.speaker != r.speaker && p.range.end <= r.sentence.start);
        if pointer != Pointer::Pronoun && claim_before {
            continue;
        }
        let mut nearest: Option<usize> = None;
        for (j, p) in found[..i].iter().enumerate().rev() {
            if p.para + 1 < r.para {
                break;
            }
            if p.range.end <= r.sentence.start
                && p.speaker != r.speaker
                && (p.claim || !readings.plain[j])
                && nearest.is_none_or(|n| found[n].range.start < p.range.start)
            {
                nearest = Some(j);
            }
        }
        if let (Pointer::Noun | Pointer::Figure, Some(n)) = (pointer, nearest) {
            let mut start = n;
            while start > 0 && n - start < RUN_STATEMENTS {
                let (p, next) = (&found[start - 1], &found[start]);
                if p.speaker != next.speaker || p.claim || p.para + 2 < next.para {
                    break;
                }
                start -= 1;
            }
            nearest = Some(named_in_run(
                body,
                found,
                i,
                start..n + 1,
                pointer,
                &readings.common,
            ));
        }
        promote.extend(nearest);
    }
    for j in promote {
        found[j].claim = true;
    }
}

/// Which statement of a speaker's run (`run`, indices into `found`) the noun in statement
/// `at`'s sentence names (see [`answered`]): the one sharing most with the sentences of
/// the answering paragraph from `at` on (at most [`RUN_STATEMENTS`] statements: a figure
/// counts two, a stem one, at least two wanted; the nearest on a tie), of those holding a
/// figure for a [`Pointer::Figure`] when any does; else for a [`Pointer::Figure`] the
/// nearest holding a figure; else the run's first.
fn named_in_run(
    body: &str,
    found: &[Found],
    at: usize,
    run: std::ops::Range<usize>,
    pointer: Pointer,
    common: &HashSet<String>,
) -> usize {
    let para = found[at].para;
    let mut figures_after = HashSet::new();
    let mut stems_after = HashSet::new();
    let mut last = usize::MAX;
    for f in found[at..]
        .iter()
        .take(RUN_STATEMENTS)
        .take_while(|f| f.para == para)
    {
        if f.sentence.start == last {
            continue;
        }
        last = f.sentence.start;
        let sentence = &body[f.sentence.clone()];
        figures_after.extend(figures(sentence));
        stems_after.extend(stems(sentence, common));
    }
    // A noun for a number names a statement that holds one, when the run has one.
    let holds = |j: usize| !figures(&body[found[j].range.clone()]).is_empty();
    let numeric = pointer == Pointer::Figure && run.clone().any(holds);
    let mut best: Option<(usize, usize)> = None;
    for j in run.clone().rev().filter(|&j| !numeric || holds(j)) {
        let sentence = &body[found[j].sentence.clone()];
        let shared = (2 * figures(&body[found[j].range.clone()])
            .intersection(&figures_after)
            .count()
            + stems(sentence, common).intersection(&stems_after).count())
        .min(6);
        if shared >= 2 && best.is_none_or(|(b, _)| shared > b) {
            best = Some((shared, j));
        }
    }
    if let Some((_, j)) = best {
        return j;
    }
    if numeric && let Some(j) = run.clone().rev().find(|&j| holds(j)) {
        return j;
    }
    run.start
}

/// How many statements back [`answered`] follows a speaker's run for a noun that names
/// what they said (`disputed that account`).
const RUN_STATEMENTS: usize = 8;

#[cfg(test)]
#[path = "link_tests.rs"]
mod tests;
