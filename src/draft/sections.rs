//! Fact-check sections: a heading that quotes a statement made before it (or heads a rating) makes that sentence a claim, and what others say under the heading answers it.

use std::ops::Range;

use super::people::People;
use super::sentence::Found;
use super::topic_words::fold;
use crate::article::{Article, ParagraphKind};
use crate::claims::Stance;

/// How many statements before a heading [`claims_of_headings`] looks back at most for the
/// words the heading quotes, so drafting stays linear in the article.
const STATEMENTS: usize = 64;

/// The fewest words of three letters or more a heading must quote to name a claim.
const FEWEST_WORDS: usize = 3;

/// Labels that open a fact-check's rating paragraph (folded, without the colon).
const RATING_LABELS: &[&str] = &[
    "our rating",
    "rating",
    "the rating",
    "verdict",
    "our verdict",
    "the verdict",
    "our ruling",
    "ruling",
];

/// Short words a heading's paraphrase may drop or change (`More on administrators than on
/// fixing your roads` for `spends more on administrators than it does on fixing …`).
const LIGHT: &[&str] = &[
    "the", "and", "for", "are", "was", "were", "has", "have", "had", "than", "that", "this",
    "with", "its", "it's", "not", "but", "from", "our", "your", "their", "his", "her",
];

/// One heading of the article and the stretch of text it heads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The heading's words, in bytes of the body.
    pub heading: Range<usize>,
    /// What it heads, in bytes of the body: from the heading's end to the next heading's
    /// start, or the body's end.
    pub under: Range<usize>,
    /// The first paragraph under the heading opens with a rating label (`Our rating:`,
    /// `Verdict:`), as a fact-check's claims do.
    pub rated: bool,
    /// What that rating says of the claim, as the stance of what answers it with no word
    /// of its own ([`verdict`]).
    pub verdict: Option<Stance>,
}

/// A claim a heading names: what the heading heads, the claim's index among the
/// statements, and the rating's stance.
#[derive(Debug, Clone, PartialEq)]
pub struct Named {
    pub under: Range<usize>,
    pub claim: usize,
    pub verdict: Option<Stance>,
}

/// The article's headings, each with what it heads, in reading order.
pub fn sections(article: &Article) -> Vec<Section> {
    let body = &article.body;
    let paragraphs = &article.paragraphs;
    let mut out: Vec<Section> = Vec::new();
    for (k, p) in paragraphs.iter().enumerate() {
        if p.kind != ParagraphKind::Heading {
            continue;
        }
        if let Some(last) = out.last_mut() {
            last.under.end = p.range.start;
        }
        let next = paragraphs[k + 1..]
            .iter()
            .find(|n| !n.range.is_empty())
            .filter(|n| n.kind == ParagraphKind::Text)
            .map(|n| &body[n.range.clone()]);
        let rated = next.is_some_and(rating);
        out.push(Section {
            heading: p.range.clone(),
            under: p.range.end..body.len(),
            rated,
            verdict: next.filter(|_| rated).and_then(verdict),
        });
    }
    out
}

/// Whether a paragraph opens with a rating label and a colon (`Our rating: False.`).
fn rating(text: &str) -> bool {
    let Some((label, _)) = text.split_once(':') else {
        return false;
    };
    let label = fold(label);
    let label = label.trim().trim_matches(|c: char| !c.is_alphanumeric());
    RATING_LABELS.contains(&label)
}

/// The stance a rating paragraph's verdict gives what answers the claim (`Our rating:
/// False.` → disputes, `Half True` → qualifies, `Mostly True` → supports); `None` for a
/// verdict it does not know.
pub(super) fn verdict(text: &str) -> Option<Stance> {
    const VERDICTS: &[(&str, Stance)] = &[
        ("mostly false", Stance::Disputes),
        ("false", Stance::Disputes),
        ("pants on fire", Stance::Disputes),
        ("misleading", Stance::Disputes),
        ("wrong", Stance::Disputes),
        ("incorrect", Stance::Disputes),
        ("inaccurate", Stance::Disputes),
        ("half true", Stance::Qualifies),
        ("half right", Stance::Qualifies),
        ("mixed", Stance::Qualifies),
        ("partly true", Stance::Qualifies),
        ("needs context", Stance::Qualifies),
        ("missing context", Stance::Qualifies),
        ("mostly true", Stance::Supports),
        ("true", Stance::Supports),
        ("correct", Stance::Supports),
        ("accurate", Stance::Supports),
    ];
    let (_, rest) = text.split_once(':')?;
    let rest = fold(rest);
    let rest = rest.trim_start_matches(|c: char| !c.is_alphanumeric());
    VERDICTS.iter().find_map(|(words, stance)| {
        rest.strip_prefix(words)
            .is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric()))
            .then_some(*stance)
    })
}

/// The words a heading gives as a claim's: what it quotes (`"Our taxes have doubled"`), or
/// under a rating the whole heading; `None` when it gives none (`The numbers`).
fn quoted_words(heading: &str, rated: bool) -> Option<Vec<String>> {
    let folded = fold(heading);
    let quoted = folded
        .split('"')
        .nth(1)
        .filter(|_| folded.matches('"').count() >= 2);
    let text = match quoted {
        Some(q) => q,
        None if rated => folded.as_str(),
        None => return None,
    };
    let words: Vec<String> = words(text)
        .filter(|w| !LIGHT.contains(&w.as_str()))
        .collect();
    (words.len() >= FEWEST_WORDS).then_some(words)
}

/// A text's words of three letters or more, folded, each cut to its first six letters (so
/// `doubled` and `doubling` are one).
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_matches('\''))
        .filter(|w| w.chars().count() >= 3)
        .map(|w| w.to_lowercase().chars().take(6).collect())
}

/// The sentences of a statement's words (bytes of the body, trimmed): cut after `.`, `?`
/// or `!` (and a closing quotation mark) before a space and a capital or an opening
/// quotation mark, never after a word with a dot inside (`a.m.`) or a capitalised word of
/// four letters or fewer (`Gov.`, `Dec.`).
pub(super) fn sentences(body: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let text = &body[range.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        let mut end = k + 1;
        while chars
            .get(end)
            .is_some_and(|&(_, c)| matches!(c, '"' | '”' | '’' | '\''))
        {
            end += 1;
        }
        let Some(&(space, ' ')) = chars.get(end) else {
            continue;
        };
        let opens = chars
            .get(end + 1)
            .is_some_and(|&(_, c)| c.is_uppercase() || matches!(c, '"' | '“' | '‘'));
        let word = text[start..at].rsplit(' ').next().unwrap_or("");
        let abbreviation = word.contains('.')
            || word.chars().next().is_some_and(char::is_uppercase) && word.chars().count() <= 4;
        if c == '.' && abbreviation || !opens {
            continue;
        }
        out.push(range.start + start..range.start + space);
        start = space + 1;
    }
    if start < text.len() {
        out.push(range.start + start..range.end);
    }
    out.retain(|r| !body[r.clone()].trim().is_empty());
    out
}

/// Claims named by headings: under each heading that quotes words (`## "Our property
/// taxes have doubled"`), or that heads a rating paragraph (`**Our rating:** False.`),
/// the statement before it (at most [`STATEMENTS`] back) with a sentence holding the
/// most of the heading's words of three letters or more — at least [`FEWEST_WORDS`] and
/// three in four of them, short function words aside — becomes a claim. A statement of
/// several sentences is cut into its sentences first, so one quotation holding two claims
/// (`"Our taxes have doubled. And the county spends more on …"`) gives two. Returns each
/// such section's span (what it heads) with the index of its claim in `found` (which
/// stays in reading order) and its rating's stance.
pub fn claims_of_headings(body: &str, sections: &[Section], found: &mut Vec<Found>) -> Vec<Named> {
    // First, which sentence of which statement each heading names.
    let mut named: Vec<(&Section, usize, Range<usize>)> = Vec::new();
    for section in sections {
        let Some(wanted) = quoted_words(&body[section.heading.clone()], section.rated) else {
            continue;
        };
        let before = found.partition_point(|f| f.range.end <= section.heading.start);
        let mut best: Option<(usize, usize, Range<usize>)> = None;
        for j in (before.saturating_sub(STATEMENTS)..before).rev() {
            for sentence in sentences(body, found[j].range.clone()) {
                let have: Vec<String> = words(&body[sentence.clone()]).collect();
                let hits = wanted.iter().filter(|w| have.contains(w)).count();
                if hits >= FEWEST_WORDS
                    && hits * 4 >= wanted.len() * 3
                    && best.as_ref().is_none_or(|(b, _, _)| hits >= *b)
                {
                    best = Some((hits, j, sentence));
                }
            }
        }
        if let Some((_, j, sentence)) = best {
            named.push((section, j, sentence));
        }
    }
    if named.is_empty() {
        return Vec::new();
    }
    // Then the statements named are cut into their sentences.
    let mut cut: Vec<usize> = named.iter().map(|(_, j, _)| *j).collect();
    cut.sort_unstable();
    cut.dedup();
    let old = std::mem::take(found);
    for (j, f) in old.into_iter().enumerate() {
        if cut.binary_search(&j).is_err() {
            found.push(f);
            continue;
        }
        for piece in sentences(body, f.range.clone()) {
            let whole = piece == f.range;
            found.push(Found {
                sentence: if whole {
                    f.sentence.clone()
                } else {
                    piece.clone()
                },
                range: piece,
                ..f.clone()
            });
        }
    }
    named
        .into_iter()
        .filter_map(|(section, _, sentence)| {
            let c = found.iter().position(|f| f.range == sentence)?;
            found[c].claim = true;
            Some(Named {
                under: section.under.clone(),
                claim: c,
                verdict: section.verdict,
            })
        })
        .collect()
}

/// What is said under a heading that names a claim answers that claim: every statement in
/// the section that is no claim itself, by someone other than the claimant and not of
/// the claimant's side (a speaker whose name holds the claimant's surname, `Kolstad's
/// campaign`, or whose role is a campaign's and whose sentence names the claimant), is
/// linked to it, whatever the evidence rules linked it to. Returns, for each statement
/// so linked under a rating, the rating's stance, which is what such a statement takes
/// when its own words give none. Costs the statements once.
pub fn answer_under(
    body: &str,
    found: &[Found],
    named: &[Named],
    people: &People,
    links: &mut [Option<usize>],
) -> Vec<Option<Stance>> {
    let mut rated = vec![None; if named.is_empty() { 0 } else { found.len() }];
    for Named {
        under,
        claim: c,
        verdict,
    } in named
    {
        let claimant = &people.all[found[*c].speaker];
        let surname = fold(claimant.name.split_whitespace().last().unwrap_or(""));
        let first = found.partition_point(|f| f.range.start < under.start);
        for (i, r) in found.iter().enumerate().skip(first) {
            if r.range.start >= under.end {
                break;
            }
            if r.claim || r.speaker == found[*c].speaker {
                continue;
            }
            let speaker = &people.all[r.speaker];
            let names_claimant = |text: &str| {
                surname.chars().count() > 2
                    && fold(text)
                        .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
                        .any(|w| w == surname)
            };
            let campaign = speaker
                .affiliations
                .iter()
                .any(|a| fold(a).contains("campaign"));
            if names_claimant(&speaker.name)
                || campaign && names_claimant(&body[r.sentence.clone()])
            {
                continue;
            }
            links[i] = Some(*c);
            rated[i] = *verdict;
        }
    }
    rated
}

#[cfg(test)]
#[path = "sections_tests.rs"]
mod tests;
