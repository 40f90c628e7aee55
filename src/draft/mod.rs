//! Drafting a claims file from an article alone: quotations and reported speech, their speakers and affiliations, the claims and the responses that answer them — by rules, with no model and no network.

mod adverbials;
mod authors;
mod clause_words;
mod clauses;
mod contested;
mod descriptions;
mod full_names;
mod introduced;
mod labelled;
mod lexicon;
mod link;
mod mention;
pub mod merge;
mod name_runs;
mod named_back;
mod not_said;
mod openers;
mod partial;
pub mod people;
mod phrase;
pub mod plan;
mod plural_subjects;
pub mod polnear;
pub mod polnear_score;
pub mod progress;
mod quotes;
mod readings;
mod register;
mod relative_roles;
mod reported;
mod reported_before;
mod reported_end;
mod reported_objects;
mod reported_sources;
mod reported_verbs;
mod role_documents;
mod role_heads;
mod role_mentions;
mod role_subjects;
mod roster;
pub mod score;
mod sections;
mod sentence;
mod speakers;
mod stance;
mod statements;
mod subjects;
#[cfg(test)]
mod test_articles;
mod tokens;
mod topic_words;

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::anchor::char_index::CharIndex;
use crate::article::{Article, ParagraphKind};
use crate::claims::{ClaimEntry, DraftMark, QuoteSelector, ResponseEntry, Stance};

pub use people::{NpKind, Person};
pub use progress::Progress;

/// A statement the drafter found: whose words, where, and what it answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// The words, in bytes of the article's body.
    pub range: Range<usize>,
    /// Index into [`Extraction::people`].
    pub speaker: usize,
    /// Made with a claim-making verb ("claimed", "accused … of", "charged that").
    pub claim: bool,
    /// For a response, the index of the claim statement it answers.
    pub answers: Option<usize>,
    pub stance: Stance,
    /// The words the stance was guessed from.
    pub cue: Option<&'static str>,
    /// How sure the drafter is of the speaker, in percent.
    pub confidence: u8,
    /// The drafting rule that found it, in a few words (shown by `--misses`).
    pub rule: &'static str,
}

/// Everything the drafter found in one article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extraction {
    pub statements: Vec<Statement>,
    pub people: Vec<Person>,
}

impl Extraction {
    pub fn speaker(&self, statement: &Statement) -> &Person {
        &self.people[statement.speaker]
    }

    /// The speakers who said something, each once.
    pub fn speakers(&self) -> Vec<&Person> {
        let mut seen = HashSet::new();
        self.statements
            .iter()
            .filter(|s| seen.insert(s.speaker))
            .map(|s| &self.people[s.speaker])
            .collect()
    }
}

/// The paragraphs of an article that hold prose (not headings, code or lists of links),
/// with blocks of one long paragraph joined again.
pub fn prose(article: &Article) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for p in &article.paragraphs {
        let prose = !matches!(
            p.kind,
            ParagraphKind::Heading | ParagraphKind::Code | ParagraphKind::Table
        );
        match out.last_mut() {
            Some(last) if p.continues && last.end <= p.range.start => last.end = p.range.end,
            _ if prose => out.push(p.range.clone()),
            _ => {}
        }
    }
    out
}

/// The stretches of prose of [`prose`] that reach into `window` (bytes of the body), found
/// by binary search: costs the paragraphs near the window, not the article's.
pub fn prose_near(article: &Article, window: Range<usize>) -> Vec<Range<usize>> {
    let paragraphs = &article.paragraphs;
    let mut first = paragraphs.partition_point(|p| p.range.end <= window.start);
    // A block that goes on with the one before belongs to that one's stretch.
    while first > 0 && paragraphs.get(first).is_some_and(|p| p.continues) {
        first -= 1;
    }
    let mut out: Vec<Range<usize>> = Vec::new();
    for p in &paragraphs[first..] {
        if p.range.start >= window.end && !p.continues {
            break;
        }
        let prose = !matches!(
            p.kind,
            ParagraphKind::Heading | ParagraphKind::Code | ParagraphKind::Table
        );
        match out.last_mut() {
            Some(last) if p.continues && last.end <= p.range.start => last.end = p.range.end,
            _ if prose && p.range.start < window.end => out.push(p.range.clone()),
            _ => {}
        }
    }
    out.retain(|r| r.end > window.start);
    out
}

/// Reads `body`'s paragraphs at `paragraphs` for statements. Pure and quick: a news story
/// takes about 2 ms.
pub fn extract(body: &str, paragraphs: &[Range<usize>]) -> Extraction {
    extract_with(body, paragraphs, &Progress::default())
}

/// [`extract`], saying how far it has come in `progress` (up to [`progress::ENTRIES`]'s
/// stage: the entries come next).
pub fn extract_with(body: &str, paragraphs: &[Range<usize>], progress: &Progress) -> Extraction {
    extract_in(body, paragraphs, &[], progress)
}

/// [`extract_with`] knowing the article's headings: a heading that names a claim makes it
/// one, and what is said under it answers it ([`sections`]).
fn extract_in(
    body: &str,
    paragraphs: &[Range<usize>],
    headed: &[sections::Section],
    progress: &Progress,
) -> Extraction {
    let paras = tokens::read_with(body, paragraphs, progress);
    let mut people = people::People::default();
    let mut found = statements::find(body, &paras, &mut people, progress);
    introduced::resolve(&mut found, &mut people);
    full_names::resolve(body, &mut found, &mut people);
    role_mentions::resolve(body, &mut found, &mut people);
    let named = sections::claims_of_headings(body, headed, &mut found);
    // Each statement's stance, read once for every step after (its place no longer moves).
    let readings = readings::Readings::of(body, &found);
    link::answered(body, &mut found, &readings);
    named_back::named_back(body, &mut found, &people, &readings);
    contested::answered(body, &mut found, &readings);
    let mut links = link::link(body, &found, &people, &readings);
    let rated = sections::answer_under(body, &found, &named, &people, &mut links);
    progress.reach(progress::LINKED);
    let statements = found
        .iter()
        .zip(links)
        .enumerate()
        .map(|(i, (f, answers))| {
            let (stance, cue) = if f.claim {
                (Stance::Context, None)
            } else {
                let (stance, cue) = match readings.stances[i] {
                    // A denial of the claim's own words disputes it (`no ballot had been
                    // counted twice` of `… counted twice`).
                    (Stance::Context, _)
                        if answers.is_some_and(|c| {
                            !readings.denied[i].is_disjoint(&topic_words::stems(
                                &body[found[c].sentence.clone()],
                                &readings.common,
                            ))
                        }) =>
                    {
                        (Stance::Disputes, Some("not"))
                    }
                    read => read,
                };
                // Under a fact-check's rating, what answers with no word of its own takes
                // the rating's side.
                match rated.get(i).copied().flatten() {
                    Some(verdict) if stance == Stance::Context => (verdict, Some("the rating")),
                    _ => (stance, cue),
                }
            };
            Statement {
                range: f.range.clone(),
                speaker: f.speaker,
                claim: f.claim,
                answers,
                stance,
                cue,
                confidence: f.confidence,
                rule: f.rule,
            }
        })
        .collect();
    Extraction {
        statements,
        people: people.all,
    }
}

/// Drafts the claims of an article.
pub fn extract_article(article: &Article) -> Extraction {
    extract_article_with(article, &Progress::default())
}

/// [`extract_article`], saying how far it has come in `progress`.
pub fn extract_article_with(article: &Article, progress: &Progress) -> Extraction {
    let headed = sections::sections(article);
    extract_in(&article.body, &prose(article), &headed, progress)
}

/// Honorifics that say how a person is addressed, not what they do (`Dr.`, `Dame`): the
/// drafter keeps them among a person's affiliations, as the gold annotations do, but a
/// role shown beside a name leaves them out when it has anything else to say.
const HONORIFICS: [&str; 13] = [
    "dr.",
    "dr",
    "mr.",
    "mrs.",
    "ms.",
    "mx.",
    "miss",
    "sir",
    "dame",
    "prof.",
    "rev.",
    "the rev.",
    "the reverend",
];

/// The role written for a person with `affiliations` (in the order the article gives
/// them): each joined by `; `, an honorific left out when another affiliation is there
/// (`Dr.` and `a coastal hydrologist at …` give `a coastal hydrologist at …`; `Dr.` alone
/// stays `Dr.`). `None` when there are none.
pub fn role(affiliations: &[String]) -> Option<String> {
    let honorific = |a: &String| HONORIFICS.contains(&a.trim().to_lowercase().as_str());
    let kept: Vec<&str> = if affiliations.iter().all(honorific) {
        affiliations.iter().map(String::as_str).collect()
    } else {
        affiliations
            .iter()
            .filter(|a| !honorific(a))
            .map(String::as_str)
            .collect()
    };
    (!kept.is_empty()).then(|| kept.join("; "))
}

/// The claims file entries for what was found: each claim with the responses that answer
/// it, and each response that answers none as a claim of its own, in reading order; every
/// entry a draft, anchored by its exact words and their context.
pub fn entries(extraction: &Extraction, body: &str) -> Vec<ClaimEntry> {
    entries_with(extraction, body, &Progress::default())
}

/// [`entries`], saying how far it has come in `progress`.
pub fn entries_with(extraction: &Extraction, body: &str, progress: &Progress) -> Vec<ClaimEntry> {
    // Only the hints are wanted: the character index alone, not a whole anchorer.
    let chars = CharIndex::new(body);
    let selector = |range: &Range<usize>| {
        let (prefix, suffix, position) = crate::anchor::hints(body, &chars, range.clone());
        QuoteSelector {
            exact: body[range.clone()].to_string().into(),
            prefix: prefix.into(),
            suffix: suffix.into(),
            position: Some(position),
        }
    };
    let affiliation = |who: usize| role(&extraction.people[who].affiliations);
    // The responses of each claim, in reading order: one pass, not one per claim.
    let mut answering: Vec<Vec<&Statement>> = vec![Vec::new(); extraction.statements.len()];
    for r in &extraction.statements {
        if let Some(c) = r.answers.filter(|&c| c < answering.len()) {
            answering[c].push(r);
        }
    }
    let mut ids = Ids::default();
    let mut out = Vec::new();
    let total = extraction.statements.len();
    for (i, s) in extraction.statements.iter().enumerate() {
        if i % 256 == 0 {
            progress.within(progress::LINKED, progress::ENTRIES, i, total);
        }
        if !s.claim && s.answers.is_some() {
            continue;
        }
        let responses = answering[i]
            .iter()
            .filter(|_| s.claim)
            .map(|r| ResponseEntry {
                expert: extraction.speaker(r).name.clone().into(),
                affiliation: affiliation(r.speaker).map(Into::into),
                stance: r.stance,
                selector: selector(&r.range),
                source: None,
                draft: Some(DraftMark {
                    confidence: r.confidence,
                }),
            })
            .collect();
        let words = crate::sanitize::without_marks(&body[s.range.clone()]);
        out.push(ClaimEntry {
            id: ids.unique(&words).into(),
            claimant: extraction.speaker(s).name.clone().into(),
            role: affiliation(s.speaker).map(Into::into),
            summary: words.into(),
            selector: selector(&s.range),
            responses,
            draft: Some(DraftMark {
                confidence: s.confidence,
            }),
            ..ClaimEntry::default()
        });
    }
    out
}

/// An id for a claim of `words` that none of `taken` has: its first few words joined by
/// hyphens (`iran-qaida-new-home`), with a number when needed (`…-2`).
pub(crate) fn id_for(words: &str, taken: &HashSet<String>) -> String {
    numbered(&slug(words), taken, 2)
}

/// The first few words of a claim, lower case, joined by hyphens (`claim` when none).
/// Only words with a letter: the pieces of a number (`100,000` gives `100` and `000`)
/// would begin an id with digits (`000-permanent-jobs`) that read as nothing.
fn slug(words: &str) -> String {
    let slug: Vec<String> = words
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2 && w.chars().any(char::is_alphabetic))
        .take(4)
        .map(str::to_lowercase)
        .collect();
    if slug.is_empty() {
        "claim".to_string()
    } else {
        slug.join("-")
    }
}

/// `base` when `taken` lacks it, else the first of `base-n`, `base-(n+1)`… it lacks.
fn numbered(base: &str, taken: &HashSet<String>, from: usize) -> String {
    let mut id = base.to_string();
    let mut n = from;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// The ids given so far, and for each base the number its next id tries first: every id
/// costs its own length, however many claims begin with the same words.
#[derive(Default)]
pub(crate) struct Ids {
    taken: HashSet<String>,
    next: HashMap<String, usize>,
}

impl Ids {
    /// Ids already in use, which new ones must not repeat.
    pub(crate) fn new(taken: HashSet<String>) -> Ids {
        Ids {
            taken,
            next: HashMap::new(),
        }
    }

    /// A claim's id from its first few words, made unique with a number (and taken).
    pub(crate) fn unique(&mut self, words: &str) -> String {
        self.fresh(&slug(words))
    }

    /// `base`, or `base-2`, `base-3`… the first one not taken (and taken). The numbers
    /// below the one remembered for `base` were taken when it was remembered, and ids
    /// are never given back, so starting there finds what starting at 2 would.
    pub(crate) fn fresh(&mut self, base: &str) -> String {
        let from = self.next.get(base).copied().unwrap_or(2);
        let id = numbered(base, &self.taken, from);
        let n = id
            .strip_prefix(base)
            .and_then(|rest| rest.strip_prefix('-'))
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|_| id != base)
            .map_or(2, |n| n + 1);
        self.next.insert(base.to_string(), n.max(from));
        self.taken.insert(id.clone());
        id
    }
}

/// The comment that opens a drafted claims file.
pub fn header(article_name: &str) -> String {
    format!(
        "Drafted by `counterpoint draft` from {article_name}.\n\
         Every entry is a draft (draft = true) with the drafter's confidence in its speaker;\n\
         stances are guesses from the wording. Check each against the text, correct it, and\n\
         delete its draft and confidence lines: `draft --merge` keeps what you reviewed."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ids read as words: a number's pieces (`100,000`, `2019`, `3.5`) never make one,
    /// whatever words surround them, and the words after them do.
    #[test]
    fn ids_are_made_of_words_never_of_a_number_s_pieces() {
        let taken = HashSet::new();
        assert_eq!(
            id_for("100,000 permanent jobs were created", &taken),
            "permanent-jobs-were-created"
        );
        assert_eq!(id_for("In 2019, 3.5 million came", &taken), "million-came");
        assert_eq!(id_for("1,000,000", &taken), "claim");
        for words in ["000 jobs", "123 456 789 go now", "9,999 tax cut2020 hikes"] {
            let id = id_for(words, &taken);
            assert!(
                id.split('-').all(|w| w.chars().any(char::is_alphabetic)),
                "{words:?} gave {id}"
            );
        }
    }

    /// A role beside a name says what the person does: an honorific is left out when
    /// anything else is known, kept when it is all there is, and every other affiliation
    /// is kept in the article's order.
    #[test]
    fn a_role_leaves_out_an_honorific_only_when_it_has_more_to_say() {
        let role = |list: &[&str]| role(&list.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(role(&[]), None);
        for h in ["Dr.", "Dame", "Prof.", "Mrs.", "Sir", "the Rev."] {
            assert_eq!(role(&[h]).as_deref(), Some(h));
            assert_eq!(
                role(&[h, "a hydrologist at Meridian State"]).as_deref(),
                Some("a hydrologist at Meridian State")
            );
            assert_eq!(
                role(&["chair of the board", h, "a retired nurse"]).as_deref(),
                Some("chair of the board; a retired nurse")
            );
            assert_eq!(
                role(&[h, "Dr."]).as_deref(),
                Some(format!("{h}; Dr.").as_str())
            );
        }
        // Offices are not honorifics: they say what the person does.
        assert_eq!(role(&["Sen.", "R-Fla."]).as_deref(), Some("Sen.; R-Fla."));
        assert_eq!(
            role(&["Judge", "of the appeals court"]).as_deref(),
            Some("Judge; of the appeals court")
        );
    }

    #[test]
    fn prose_near_a_window_is_the_prose_that_reaches_into_it() {
        let doc = crate::document::source::load(None, None).unwrap().doc;
        let article = &doc.article;
        let len = article.body.len();
        for from in (0..len).step_by(97) {
            for width in [0, 1, 200, 3000, len] {
                let window = from..(from + width).min(len).max(from + 1);
                let expected: Vec<Range<usize>> = prose(article)
                    .into_iter()
                    .filter(|p| p.end > window.start && p.start < window.end)
                    .collect();
                assert_eq!(prose_near(article, window.clone()), expected, "{window:?}");
            }
        }
    }
}

#[cfg(test)]
#[path = "invariants_tests.rs"]
mod invariants_tests;
