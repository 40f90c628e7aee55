//! Speech written with no verb, as a name and a colon opening a paragraph: a transcript's turn (`PENCE: Well, …`) and a headline's words (`Ann Mole: Budget Is ‘Dead on Arrival’`), given to that name.

use std::collections::HashMap;

use super::lexicon;
use super::mention::{STOPS, is_cap, is_possessive};
use super::people::{self, Np, NpKind, People};
use super::sentence::{Found, LABEL_RULE};
use super::speakers::confidence;
use super::tokens::{Kind, Para};

/// At most this many words before the colon.
const LABEL_WORDS: usize = 4;
/// At least this many words after it: `Ann Mole: 1,204.` and `BYLINE: Dan
/// Reyes.` are a table's row and a credit, not words said.
const CONTENT_WORDS: usize = 3;
/// At least this many after a name not in capitals: a list of who needs what (`Reyes: A
/// late surge.`) writes names as headlines do, with fewer words; a transcript writes
/// its speakers in capitals, and its short turns are speech.
const CONTENT_WORDS_HEADLINE: usize = 5;

/// How often each word written with a capital appears in an article, lower-cased: a
/// label's name must be met twice (in the story, or as the label of another turn) to be
/// a speaker's, so that a kicker (`Breaking: …`, `Contributing: …`) is not. Built once
/// per article on the first paragraph that opens like a label ([`opens_like_label`]);
/// costs the article's length.
#[derive(Debug, Default)]
pub(super) struct Capitalised {
    counts: Option<HashMap<String, u32>>,
}

impl Capitalised {
    fn count(&mut self, body: &str, word: &str) -> u32 {
        let counts = self.counts.get_or_insert_with(|| {
            let mut counts = HashMap::new();
            for w in body.split(|c: char| !(c.is_alphanumeric() || c == '’' || c == '\'')) {
                if w.chars().next().is_some_and(char::is_uppercase) {
                    *counts.entry(w.to_lowercase()).or_insert(0) += 1;
                }
            }
            counts
        });
        counts.get(&word.to_lowercase()).copied().unwrap_or(0)
    }
}

/// The turns each labelled speaker took in an article, and how many of them end on a
/// question mark: an interviewer's (`HOST: … Where does that come from?`). By the
/// project's convention a question is no statement, and the gold sets call an
/// interviewer's turns none, even one that states a position to put it to the guest
/// (`HOST: The governor says …`); so a speaker more than half of whose turns are
/// questions ([`Turns::asks`]) has nothing drafted in their turns
/// ([`Turns::interviewing`]). Costs one entry per labelled speaker and one per turn.
#[derive(Debug, Default)]
pub(super) struct Turns {
    /// Per speaker (an index of [`People`]): turns taken, turns ending on `?`.
    counts: HashMap<usize, (u32, u32)>,
    /// Each turn's paragraph (an index of the article's paragraphs) and speaker.
    paras: HashMap<usize, usize>,
}

impl Turns {
    fn note(&mut self, pi: usize, who: usize, question: bool) {
        let entry = self.counts.entry(who).or_insert((0, 0));
        entry.0 += 1;
        entry.1 += u32::from(question);
        self.paras.insert(pi, who);
    }

    /// Whether paragraph `pi` is an interviewer's turn ([`Turns::asks`]).
    pub(super) fn interviewing(&self, pi: usize) -> bool {
        self.paras.get(&pi).is_some_and(|&who| self.asks(who))
    }

    /// Whether `who` is an interviewer: more than half of their turns end on a question.
    fn asks(&self, who: usize) -> bool {
        self.counts
            .get(&who)
            .is_some_and(|&(turns, questions)| questions * 2 > turns)
    }
}

/// The token indices of the first word and of the colon ending a label that opens `para`:
/// one to [`LABEL_WORDS`] words, each written with a capital, then a colon; `None` when
/// the paragraph opens otherwise. A transcript quoted whole (`"WALLACE: Let’s start …`)
/// opens with its mark: there the label must be in capitals and its colon inside the
/// quotation.
fn opens_like_label(body: &str, para: &Para) -> Option<(usize, usize)> {
    let first = usize::from(para.toks.first()?.kind == Kind::Open);
    let colon = first
        + para.toks[first..]
            .iter()
            .take(LABEL_WORDS + 1)
            .position(|t| t.kind != Kind::Word)?;
    let tok = &para.toks[colon];
    let label = || {
        para.toks[first..colon]
            .iter()
            .filter(|t| t.kind == Kind::Word)
    };
    let words = label().count();
    let capitalised = label().all(|t| t.text(body).chars().next().is_some_and(char::is_uppercase));
    let quoted = if first == 1 {
        tok.quote.is_some()
            && tok.quote == para.toks[0].quote
            && label().all(|t| in_capitals(t.text(body)))
    } else {
        tok.quote.is_none()
    };
    (tok.kind == Kind::Colon && quoted && (1..=LABEL_WORDS).contains(&words) && capitalised)
        .then_some((first, colon))
}

/// A word in capitals (`REYES`, `DAN`), as a transcript writes its speakers.
fn in_capitals(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// `DAN REYES` as a name is written: `Dan Reyes`.
fn name_case(label: &str) -> String {
    label
        .split_whitespace()
        .map(|w| {
            let lower = w.to_lowercase();
            let mut chars = lower.chars();
            chars.next().map_or_else(String::new, |c| {
                c.to_uppercase().chain(chars).collect::<String>()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A label in capitals, name-cased (`Sen. Duarte`, `Dr. Ann Mole`, `Dan Reyes`), read as
/// a mention like any other: title words before the name (`Sen.`, `Dr.`, `Gov.`) are its
/// title, so that `SEN. DUARTE:` is the Rafaela Duarte the story named in full; a label
/// that is all title words (`SENATOR:`) stays whole.
fn titled_label(label: &str, colon: usize) -> Np {
    let words: Vec<&str> = label.split_whitespace().collect();
    let titles = words
        .iter()
        .take_while(|w| lexicon::is_title_word(&w.to_lowercase()))
        .count();
    if titles == 0 || titles == words.len() {
        return Np {
            kind: NpKind::Name,
            text: label.to_string(),
            title: None,
            end: colon,
        };
    }
    Np {
        kind: NpKind::Name,
        text: words[titles..].join(" "),
        title: Some(words[..titles].join(" ")),
        end: colon,
    }
}

/// The words after a name and a colon opening paragraph `pi` (`REYES: Do you think …?`,
/// `Ann Mole: Budget Is ‘Dead on Arrival’`), as a statement of that name, up to the
/// paragraph's end (its final full stop left out). The name is one to four words each
/// with a capital, in capitals, read as a name, or one word that may be a name; its last word (the surname, of at least
/// three letters: not `Q:` or `A:`) must appear with a capital elsewhere in the article,
/// and no word of it be a function word or a possessive. At least three words must follow
/// a name in capitals, five any other, and not a list of names (three commas, three words
/// in four capitalised). Statements other rules found inside stay (the
/// tighter wins, [`super::sentence::untangle`]).
pub(super) fn labelled_turn(
    body: &str,
    para: &Para,
    pi: usize,
    capitalised: &mut Capitalised,
    turns: &mut Turns,
    people: &mut People,
    found: &mut Vec<Found>,
) {
    let Some((first, colon)) = opens_like_label(body, para) else {
        return;
    };
    let toks = &para.toks;
    let label_words: Vec<&str> = toks[first..colon]
        .iter()
        .filter(|t| t.kind == Kind::Word)
        .map(|t| t.text(body))
        .collect();
    let Some(&last) = label_words.last() else {
        return;
    };
    if last.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return;
    }
    let mut end = toks.len();
    // A quoted transcript's closing mark, if it has one, is no word of the turn.
    if first == 1 && end > colon + 1 && toks[end - 1].kind == Kind::Close {
        end -= 1;
    }
    if end > colon + 1 && toks[end - 1].kind == Kind::End && toks[end - 1].text(body) == "." {
        end -= 1;
    }
    let content: Vec<&str> = toks[colon + 1..end]
        .iter()
        .filter(|t| t.kind == Kind::Word && t.text(body).chars().any(char::is_alphabetic))
        .map(|t| t.text(body))
        .collect();
    let capitals = label_words.iter().all(|w| in_capitals(w));
    let least = if capitals {
        CONTENT_WORDS
    } else {
        CONTENT_WORDS_HEADLINE
    };
    // A list of names (`Ohio: Ann Mole, Dan Reyes, Sam Ortiz`) is no one's words.
    let commas = toks[colon + 1..end]
        .iter()
        .filter(|t| t.kind == Kind::Comma)
        .count();
    let named = content
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    let list = commas >= 3 && named * 4 >= content.len() * 3;
    // A function word or a possessive makes a title of the label (`Big Win For Reyes:`,
    // `Monday's Morning Briefing:`), not a name.
    let titled = label_words.iter().any(|w| {
        let lower = w.to_lowercase();
        STOPS.contains(&lower.as_str()) || lower == "for" || lower == "and" || is_possessive(w)
    });
    if content.len() < least || list || titled {
        return;
    }
    let label = &body[toks[first].range.start..toks[colon - 1].range.end];
    let np = if capitals {
        titled_label(&name_case(label), colon)
    } else {
        match people::parse(body, toks, first, colon) {
            Some(np) if np.end == colon && np.kind == NpKind::Name => np,
            // A surname alone, which opening a sentence is read as no name.
            _ if label_words.len() == 1 && is_cap(last) => Np {
                kind: NpKind::Name,
                text: last.to_string(),
                title: None,
                end: colon,
            },
            _ => return,
        }
    };
    if capitalised.count(body, last) < 2 {
        return;
    }
    let Some(who) = people.mention(&np) else {
        return;
    };
    let question = toks[end - 1].kind == Kind::End && toks[end - 1].text(body) == "?";
    turns.note(pi, who, question);
    people.spoke(who);
    let para_bytes = toks[0].range.start..toks[toks.len() - 1].range.end;
    found.push(Found {
        range: toks[colon + 1].range.start..toks[end - 1].range.end,
        speaker: who,
        claim: false,
        confidence: confidence(&np),
        para: pi,
        sentence: para_bytes,
        quoted: false,
        against: None,
        rule: LABEL_RULE,
    });
}

#[cfg(test)]
#[path = "labelled_tests.rs"]
mod tests;
