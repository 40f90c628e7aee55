//! A mention of a speaker and the speaker it names: the noun phrase as read (a name, a pronoun, a group, a body), the person of the article, and the word tests both the name reader and the description reader share (capitalised words, possessives, party–state labels).

use super::lexicon;

/// The kind of a speaker's noun phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NpKind {
    /// A name, with any title before it: "Iranian foreign minister Javad Zarif".
    Name,
    Pronoun(Pronoun),
    /// People spoken of together: "U.S. officials", "Members of Congress".
    Group,
    /// An organisation or office: "The ministry", "the Foundation for Defense of Democracies".
    Body,
}

/// A personal pronoun that can stand for a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    He,
    She,
    They,
    It,
}

/// A noun phrase read from the start of a stretch of tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Np {
    pub kind: NpKind,
    pub text: String,
    pub title: Option<String>,
    /// The token after the phrase.
    pub end: usize,
}

/// A speaker's gender, as titles and pronouns tell it, for resolving `he` and `she`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// A speaker of the article: a person, a group or a body.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub name: String,
    pub kind: NpKind,
    pub affiliations: Vec<String>,
    pub gender: Option<Gender>,
}

/// Words that end a name read from a clause (prepositions, relatives, `told`).
pub(super) const STOPS: &[&str] = &[
    "on", "in", "at", "to", "from", "by", "with", "after", "before", "during", "who", "which",
    "that", "when", "while", "as", "told", "than", "about", "into", "over",
];

/// Whether `word` can be part of a name: capitalised, and not a word that is never a name,
/// a party–state label or a word in capitals.
pub(super) fn is_cap(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && !lexicon::is_not_name(word)
        && !party_label(word)
        && !shouted(word)
}

/// A word in capitals too long for an initialism: a dateline or a headline
/// (`WASHINGTON`, `IOWA POLLS`), never a speaker's name.
fn shouted(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 5 && word.chars().all(|c| !c.is_lowercase())
}

/// Whether `word` ends in a possessive `'s` (straight or typographic).
pub(super) fn is_possessive(word: &str) -> bool {
    word.ends_with("’s") || word.ends_with("'s")
}

/// A party–state label written after a name: `R-Fla.`, `D-N.Y`, `R-WI`, `I-Vt.`.
pub fn party_label(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some('R' | 'D' | 'I'), Some('-'), Some(c)) if c.is_uppercase()
    )
}

/// A speaker's name compared loosely: lower case, no leading "the", spaces single.
pub fn normal(name: &str) -> String {
    let lower = name.to_lowercase().replace('’', "'");
    let words: Vec<&str> = lower.split_whitespace().collect();
    let words = match words.first() {
        Some(&"the") => &words[1..],
        _ => &words[..],
    };
    words.join(" ")
}

/// Words that open a count of people rather than a name: "One", "Another", "Others",
/// "Several", "Most", the number words of [`super::lexicon::NUMBER_WORDS`] (a figure
/// counts only before "percent").
pub(super) fn counts_people(word: &str) -> bool {
    const COUNTS: &[&str] = &[
        "another", "others", "several", "most", "many", "both", "neither", "few",
    ];
    let lower = word.to_lowercase();
    super::lexicon::is_number_word(&lower) || COUNTS.contains(&lower.as_str())
}
