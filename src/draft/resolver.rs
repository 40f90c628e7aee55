//! The learned resolver of a statement's source: gathers the speakers a drafted statement may be by (the rules' choice, the people and bodies named near it, names that spell the rules' choice out) and describes each by features that do not hang on one article's words, for the linear ranker of [`super::resolver_model`].

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

use super::lexicon;
use super::people::{Gender, NpKind, Person, Pronoun};

/// How far before a statement's sentence (in bytes of the body) a mention makes its person
/// a candidate: about four paragraphs of news prose.
pub const WINDOW: usize = 2500;

/// How many earlier statements' speakers are candidates too.
const EARLIER_SPEAKERS: usize = 3;

/// How many tokens either side of a mention are its context (for a document noun or a
/// description's head said of the person there).
const CONTEXT: usize = 8;

/// The features, in the order of the weights file: each names one property of a
/// (statement, candidate) pair; the pair's vector is the set of those that hold.
pub const FEATURES: &[&str] = &[
    "rule",
    "surname_of_rule",
    "first_name_of_rule",
    "extends_rule",
    "contains_rule_words",
    "rule_head_in_name",
    "rule_head_near_mention",
    "rule_document",
    "document_near_mention",
    "pronoun_agrees",
    "pronoun_clashes",
    "rule_full_name",
    "candidate_person",
    "candidate_body",
    "candidate_group",
    "same_sentence",
    "paragraph_0",
    "paragraph_1",
    "paragraph_2_3",
    "paragraph_far",
    "not_mentioned_before",
    "mentions_2_3",
    "mentions_4",
    "spoke_before",
    "last_speaker",
    "inside_words_only",
    "rule_description",
    "rule_one_word_name",
    "rule_pronoun",
];

/// The index of feature `name` in [`FEATURES`] (a programming error when absent).
fn f(name: &str) -> usize {
    FEATURES
        .iter()
        .position(|n| *n == name)
        .unwrap_or_else(|| panic!("no feature {name}"))
}

/// A statement as the resolver sees it: its words, its sentence and its speaker, in
/// bytes of the body and an index into the people.
#[derive(Debug, Clone)]
pub struct Said {
    pub range: Range<usize>,
    pub sentence: Range<usize>,
    pub speaker: usize,
}

/// One candidate speaker of a statement: an index into the people, and the features
/// (indices into [`FEATURES`]) that hold of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub person: usize,
    pub features: Vec<usize>,
}

/// A word of the body: lower case, a possessive `'s` cut off, with its byte offset.
#[derive(Debug, Clone)]
struct Token {
    word: String,
    at: usize,
}

fn tokens(body: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let inner = |c: char| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '&' | '.');
    for (i, c) in body.char_indices().chain([(body.len(), ' ')]) {
        match (start, inner(c)) {
            (None, true) if c.is_alphanumeric() || c == '&' => start = Some(i),
            (Some(s), false) => {
                out.push(Token {
                    word: word_of(&body[s..i]),
                    at: s,
                });
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// A word as tokens and names compare: lower case, curly apostrophes straight, a
/// possessive `'s` and stops at its ends cut off.
fn word_of(raw: &str) -> String {
    let lower = raw.to_lowercase().replace('’', "'");
    let trimmed = lower.trim_end_matches(['.', '\'', '-']);
    let trimmed = trimmed.strip_suffix("'s").unwrap_or(trimmed);
    trimmed.to_string()
}

/// A name's words as [`tokens`] reads them, less a first `the`, `a` or `an`.
fn name_words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = tokens(name).into_iter().map(|t| t.word).collect();
    if words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an"))
    {
        words.remove(0);
    }
    words
}

/// Whether a speaker is written as a description (`The board`, `a person familiar with
/// …`) rather than a name: a body or group whose first word is an article or lower case.
fn is_description(person: &Person) -> bool {
    let first = person.name.split_whitespace().next().unwrap_or("");
    matches!(person.kind, NpKind::Body | NpKind::Group)
        && (matches!(
            first.to_lowercase().as_str(),
            "the" | "a" | "an" | "this" | "that"
        ) || first.chars().next().is_some_and(char::is_lowercase))
}

/// The head noun of a description: its last word before a preposition or a clause
/// (`person` of `a person familiar with the review`, `post` of `The post`).
fn head(words: &[String]) -> Option<&str> {
    const ENDS: &[&str] = &[
        "of", "for", "from", "with", "familiar", "who", "that", "which", "at", "in", "on", "by",
    ];
    let end = words
        .iter()
        .position(|w| ENDS.contains(&w.as_str()))
        .unwrap_or(words.len());
    words[..end].last().map(String::as_str)
}

fn pronoun_of(person: &Person) -> Option<Pronoun> {
    match person.kind {
        NpKind::Pronoun(p) => Some(p),
        _ => match person.name.to_lowercase().as_str() {
            "he" => Some(Pronoun::He),
            "she" => Some(Pronoun::She),
            _ => None,
        },
    }
}

/// Where each person is mentioned in the body: the token index of each mention (its full
/// name, or a person's surname alone), in reading order.
struct Mentions {
    of: Vec<Vec<usize>>,
    /// Every mention, `(token, person)`, in reading order.
    all: Vec<(usize, usize)>,
    /// Each person's name's words.
    names: Vec<Vec<String>>,
    /// The people whose name holds a word.
    by_word: HashMap<String, Vec<usize>>,
}

impl Mentions {
    /// One pass over the tokens: each token looks up the names that begin or end with
    /// it. Linear in the body's length times the few names that share a word.
    fn find(tokens: &[Token], people: &[Person]) -> Mentions {
        let names: Vec<Vec<String>> = people.iter().map(|p| name_words(&p.name)).collect();
        let mut first: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut last: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, (p, words)) in people.iter().zip(&names).enumerate() {
            if words.is_empty() || pronoun_of(p).is_some() || is_description(p) {
                continue;
            }
            first.entry(words[0].as_str()).or_default().push(i);
            if p.kind == NpKind::Name && words.len() > 1 {
                last.entry(words[words.len() - 1].as_str())
                    .or_default()
                    .push(i);
            }
            for w in words.iter().collect::<BTreeSet<_>>() {
                by_word.entry(w.clone()).or_default().push(i);
            }
        }
        let mut of = vec![Vec::new(); people.len()];
        let mut all = Vec::new();
        for (t, token) in tokens.iter().enumerate() {
            let mut here: BTreeSet<usize> = BTreeSet::new();
            for &p in first.get(token.word.as_str()).into_iter().flatten() {
                let words = &names[p];
                let fits = tokens
                    .get(t..t + words.len())
                    .is_some_and(|run| run.iter().zip(words).all(|(a, b)| a.word == *b));
                if fits {
                    here.insert(p);
                }
            }
            for &p in last.get(token.word.as_str()).into_iter().flatten() {
                here.insert(p);
            }
            for p in here {
                of[p].push(t);
                all.push((t, p));
            }
        }
        Mentions {
            of,
            all,
            names,
            by_word,
        }
    }
}

/// The paragraph a byte offset is in: the index of the last paragraph starting at or
/// before it.
fn paragraph_at(paragraphs: &[Range<usize>], at: usize) -> usize {
    paragraphs
        .partition_point(|p| p.start <= at)
        .saturating_sub(1)
}

/// For each statement, its candidate speakers with their features, the rules' choice
/// first. Linear in the body's length: each statement looks at the mentions in a window
/// before it, the names that share a word with the rules' choice and a few earlier
/// speakers.
pub fn candidates(
    body: &str,
    paragraphs: &[Range<usize>],
    said: &[Said],
    people: &[Person],
) -> Vec<Vec<Candidate>> {
    let tokens = tokens(body);
    let mentions = Mentions::find(&tokens, people);
    let token_at = |byte: usize| tokens.partition_point(|t| t.at < byte);
    let mut spoken: Vec<bool> = vec![false; people.len()];
    let mut out = Vec::with_capacity(said.len());
    for (i, s) in said.iter().enumerate() {
        let rule = s.speaker;
        let first_token = token_at(s.sentence.start.saturating_sub(WINDOW));
        let sentence_end = token_at(s.sentence.end);
        let from = mentions.all.partition_point(|(t, _)| *t < first_token);
        let to = mentions.all.partition_point(|(t, _)| *t < sentence_end);
        let mut set: BTreeSet<usize> = mentions.all[from..to].iter().map(|(_, p)| *p).collect();
        for w in &mentions.names[rule] {
            set.extend(mentions.by_word.get(w).into_iter().flatten().take(20));
        }
        set.extend(
            said[i.saturating_sub(EARLIER_SPEAKERS)..i]
                .iter()
                .map(|e| e.speaker),
        );
        set.remove(&rule);
        let context = Context {
            tokens: &tokens,
            mentions: &mentions,
            paragraphs,
            people,
            said: s,
            last_speaker: i.checked_sub(1).map(|j| said[j].speaker),
            spoken: &spoken,
        };
        let mut list = vec![Candidate {
            person: rule,
            features: context.features(rule),
        }];
        list.extend(set.into_iter().map(|c| Candidate {
            person: c,
            features: context.features(c),
        }));
        out.push(list);
        spoken[rule] = true;
    }
    out
}

/// What the features of one statement's candidates are read from.
struct Context<'a> {
    tokens: &'a [Token],
    mentions: &'a Mentions,
    paragraphs: &'a [Range<usize>],
    people: &'a [Person],
    said: &'a Said,
    last_speaker: Option<usize>,
    spoken: &'a [bool],
}

impl Context<'_> {
    fn features(&self, c: usize) -> Vec<usize> {
        let rule = self.said.speaker;
        let person = &self.people[c];
        let rule_person = &self.people[rule];
        let names = &self.mentions.names;
        let (r, cw) = (&names[rule], &names[c]);
        let mut out = Vec::new();
        let mut add = |name: &str| out.push(f(name));
        if c == rule {
            add("rule");
            return out;
        }
        let longer = cw.len() > r.len();
        if longer && r.len() == 1 && cw.last() == r.first() {
            add("surname_of_rule");
        }
        if longer && r.len() == 1 && cw.first() == r.first() && person.kind == NpKind::Name {
            add("first_name_of_rule");
        }
        let described = is_description(rule_person);
        if longer && !r.is_empty() && !described && cw.starts_with(r) {
            add("extends_rule");
        } else if longer && !r.is_empty() && r.iter().all(|w| cw.contains(w)) {
            add("contains_rule_words");
        }
        let rule_head = head(r).filter(|_| described);
        if let Some(h) = rule_head {
            add("rule_description");
            if cw.iter().any(|w| w == h) {
                add("rule_head_in_name");
            }
        }
        let document = rule_head.filter(|h| lexicon::is_document(h));
        if document.is_some() {
            add("rule_document");
        }
        // The mentions before the statement's sentence, and in it outside its words.
        let sentence_start = self
            .tokens
            .partition_point(|t| t.at < self.said.sentence.start);
        let start = self
            .tokens
            .partition_point(|t| t.at < self.said.range.start);
        let end = self.tokens.partition_point(|t| t.at < self.said.range.end);
        let sentence_end = self
            .tokens
            .partition_point(|t| t.at < self.said.sentence.end);
        let of = &self.mentions.of[c];
        let before: Vec<usize> = of[..of.partition_point(|&t| t < start)].to_vec();
        let in_sentence = of
            .iter()
            .any(|&t| (sentence_start..sentence_end).contains(&t) && !(start..end).contains(&t));
        let inside = of.iter().any(|&t| (start..end).contains(&t));
        if in_sentence {
            add("same_sentence");
        } else if inside && before.iter().all(|&t| t < sentence_start) {
            add("inside_words_only");
        }
        let earlier: Vec<usize> = before
            .iter()
            .copied()
            .filter(|&t| t < sentence_start)
            .collect();
        if let Some(h) = rule_head {
            let near = earlier.iter().rev().take(10).any(|&t| {
                let lo = t.saturating_sub(CONTEXT);
                let hi = (t + cw.len() + CONTEXT).min(sentence_start);
                self.tokens[lo..hi.max(lo)].iter().any(|x| x.word == h)
            });
            if near {
                add(if document.is_some() {
                    "document_near_mention"
                } else {
                    "rule_head_near_mention"
                });
            }
        }
        match before.last() {
            None => add("not_mentioned_before"),
            Some(&t) => {
                let here = paragraph_at(self.paragraphs, self.said.range.start);
                let there = paragraph_at(self.paragraphs, self.tokens[t].at);
                add(match here.saturating_sub(there) {
                    0 => "paragraph_0",
                    1 => "paragraph_1",
                    2 | 3 => "paragraph_2_3",
                    _ => "paragraph_far",
                });
            }
        }
        match before.len() {
            0 | 1 => {}
            2 | 3 => add("mentions_2_3"),
            _ => add("mentions_4"),
        }
        if self.spoken[c] {
            add("spoke_before");
        }
        if self.last_speaker == Some(c) {
            add("last_speaker");
        }
        match person.kind {
            NpKind::Name => add("candidate_person"),
            NpKind::Body => add("candidate_body"),
            NpKind::Group => add("candidate_group"),
            NpKind::Pronoun(_) => {}
        }
        match pronoun_of(rule_person) {
            Some(p) => {
                add("rule_pronoun");
                let agrees = match (p, person.gender) {
                    (Pronoun::He, Some(Gender::Male)) | (Pronoun::She, Some(Gender::Female)) => {
                        Some(true)
                    }
                    (Pronoun::He | Pronoun::She, Some(_)) => Some(false),
                    (Pronoun::It, _) => Some(person.kind == NpKind::Body),
                    (Pronoun::They, _) => None,
                    _ => None,
                };
                match agrees {
                    Some(true) => add("pronoun_agrees"),
                    Some(false) => add("pronoun_clashes"),
                    None => {}
                }
            }
            None if rule_person.kind == NpKind::Name && r.len() > 1 => add("rule_full_name"),
            None if rule_person.kind == NpKind::Name && r.len() == 1 => add("rule_one_word_name"),
            None => {}
        }
        out
    }
}

#[cfg(test)]
#[path = "resolver_tests.rs"]
mod tests;
