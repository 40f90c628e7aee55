//! The words that tie what one statement says to another's: text folded for comparing, cues found as whole words and not negated, the less common stems, figures, quoted phrases, a claimant named, and a word of disputing that points back at something said. Shared by `draft/link`, `draft/contested`, `draft/named_back` and `draft/stance`, which import it and not each other.

use std::collections::HashSet;

use super::lexicon;
use super::sentence::Found;

/// Words too common to tell one claim from another (those of five letters or more
/// that [`stems`] would keep, and the short ones of `draft/named_back`'s topics).
pub(super) const STOP: &[&str] = &[
    "about", "after", "again", "against", "because", "before", "being", "between", "could",
    "every", "their", "there", "these", "those", "through", "under", "until", "which", "while",
    "would", "should", "other", "still", "where", "since", "also", "that", "this", "with", "from",
    "have", "were", "said", "says", "told",
];

/// What points back at something said: a pronoun (`that`, `it`), a noun naming a claim
/// (`the allegations`, `that account`, `that timeline`), or one naming a number (`her
/// figure`, `those numbers`: the lexicon's `figure-nouns`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pointer {
    Pronoun,
    Noun,
    Figure,
}

/// Whether a folded sentence disputes something said before by a verb of disputing and a
/// word pointing back at it (`disputed that,`, `denied it`, `rejected the claims`), and
/// which kind of word.
pub(super) fn points_back(lower: &str) -> Option<Pointer> {
    const OBJECTS: &[&str] = &[
        "the allegation",
        "the allegations",
        "those allegations",
        "the claim",
        "the claims",
        "that claim",
        "those claims",
        "the accusation",
        "the accusations",
        "the charge",
        "the charges",
        "that account",
        "the account",
        "that characterization",
        "the characterization",
        "that figure",
        "those figures",
        "the figures",
    ];
    // What may follow the object: nothing, punctuation, or one of these words.
    const AFTER: &[&str] = &[
        "in", "on", "at", "as", "and", "but", "outright", "flatly", "saying", "noting", "calling",
        "made", "by", "within",
    ];
    let object_ends = |after: &str| {
        after.is_empty()
            || after.starts_with([',', '.', ';', ':'])
            || after.strip_prefix(' ').is_some_and(|a| {
                AFTER.iter().any(|n| {
                    a.strip_prefix(n)
                        .is_some_and(|x| x.is_empty() || x.starts_with([' ', ',', '.']))
                })
            })
    };
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_start_matches(['"', '(']))
        .collect();
    words.iter().enumerate().find_map(|(k, w)| {
        if !lexicon::is_disputing(w.trim_end_matches([',', '.', ';', ':'])) || w.ends_with(',') {
            return None;
        }
        let rest = words[k + 1..].join(" ");
        let after = |object: &&str| rest.strip_prefix(*object).is_some_and(object_ends);
        if ["that", "this", "it"].iter().any(after) {
            return Some(Pointer::Pronoun);
        }
        // A noun for a number (`those figures`) names a statement that holds one.
        let kind = |noun: &str| {
            if lexicon::has("figure-nouns", noun) {
                Pointer::Figure
            } else {
                Pointer::Noun
            }
        };
        if let Some(object) = OBJECTS.iter().find(|o| after(o)) {
            return Some(kind(object.rsplit(' ').next().unwrap_or(object)));
        }
        // A demonstrative before any noun (`disputed that timeline`, `rejected those
        // numbers`), or a possessive before a noun for what was said (`disputed her
        // numbers`, `rejected his account`), the object ending there (its sentence, or a
        // preposition: not `disputes that Aguilar and Strand were …`), and the verb not
        // denied (`neither side disputes that …`).
        let (det, noun) = (words.get(k + 1)?, words.get(k + 2)?);
        let bare = noun.trim_end_matches([',', '.', ';', ':']);
        let demonstrative = ["that", "this", "those", "these"].contains(det);
        let possessive = ["his", "her", "their", "its"].contains(det);
        let named = demonstrative && !bare.is_empty() && bare.chars().all(char::is_alphabetic)
            || possessive && lexicon::has("claim-nouns", bare);
        const ENDS: &[&str] = &["in", "on", "at", "as", "by", "within", "outright", "flatly"];
        let ends = noun.ends_with([',', '.', ';', ':'])
            || words
                .get(k + 3)
                .is_none_or(|next| ENDS.contains(&next.trim_end_matches([',', '.', ';', ':'])));
        let denied = words[k.saturating_sub(2)..k]
            .iter()
            .any(|w| NEGATIONS.contains(w) || *w == "neither" || w.ends_with("n't"));
        (named && ends && !denied).then(|| kind(bare))
    })
}

/// Text with quotation marks made plain and lower case, for comparing phrases.
pub(super) fn fold(text: &str) -> String {
    text.to_lowercase()
        .replace(['’', '‘'], "'")
        .replace(['“', '”'], "\"")
}

/// Phrases of two or more words the claim's sentence quotes.
pub(super) fn quoted_phrases(sentence: &str) -> Vec<String> {
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
pub(super) fn stems(text: &str, common: &HashSet<String>) -> HashSet<String> {
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
pub(super) fn common_stems(body: &str, found: &[Found]) -> HashSet<String> {
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

/// Whether a folded sentence names `person`: their surname (of three letters or more),
/// or `the` and a role word of their affiliations (`the minister`, `the senator's`).
pub(super) fn names(lower: &str, person: &crate::draft::Person) -> bool {
    let name = &person.name;
    let surname = name.split_whitespace().last().unwrap_or(name);
    if surname.chars().count() > 2 && find_cue(lower, &fold(surname)).is_some() {
        return true;
    }
    // A business by the first word of its name, or as `the company`.
    if let Some(first) = super::roster::proper_body(person) {
        let kinds = lexicon::list("body-kinds").iter();
        if find_cue(lower, &fold(first)).is_some()
            || kinds
                .clone()
                .any(|k| find_cue(lower, &format!("the {k}")).is_some())
        {
            return true;
        }
    }
    // Short titles stand for their role word: `Gov.` is `the governor`.
    let spelled: Vec<String> = person
        .affiliations
        .iter()
        .map(|a| super::roster::spelled_out(a))
        .collect();
    spelled
        .iter()
        .flat_map(|a| a.split_whitespace())
        .map(fold)
        .filter(|w| lexicon::is_role(w))
        .any(|w| {
            find_cue(lower, &format!("the {w}")).is_some()
                || find_cue(lower, &format!("the {w}'s")).is_some()
        })
}

/// Small numbers in words, as the digits they stand for.
const NUMBER_WORDS: &[(&str, &str)] = &[
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
    ("eleven", "11"),
    ("twelve", "12"),
    ("twenty", "20"),
    ("fifty", "50"),
    ("hundred", "100"),
];

/// The figures of a text as plain digits (`$2,400` → `2400`, `40%` → `40`, `3.1` →
/// `3.1`, `four` → `4`), less years (four bare digits from 1900 to 2099: `2019`, not `$2,000`) and `one`, which tell
/// nothing of what was claimed.
pub(super) fn figures(text: &str) -> HashSet<String> {
    text.split(|c: char| c.is_whitespace() || c == '-' || c == '/')
        .filter_map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            if w.chars().any(|c| c.is_ascii_digit()) {
                let digits: String = w
                    .chars()
                    .filter(|c| c.is_ascii_digit() || *c == '.')
                    .collect();
                let digits = digits.trim_matches('.').to_string();
                // A year is written bare: `2019`, not `$2,000` nor `2,000`.
                let year = w.len() == 4
                    && w.chars().all(|c| c.is_ascii_digit())
                    && (w.starts_with("19") || w.starts_with("20"));
                (!digits.is_empty() && !year).then_some(digits)
            } else {
                let lower = w.to_lowercase();
                NUMBER_WORDS
                    .iter()
                    .find(|(word, _)| *word == lower)
                    .map(|(_, d)| d.to_string())
            }
        })
        .collect()
}

/// Whether folded words correct a figure: `not` before a figure (`six inspectors, not
/// four`, `it's just not $2,400`; a year is no figure, so `not since 2019` is none).
pub(super) fn negated_figure(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.windows(2).any(|w| {
        w[0].trim_matches(|c: char| !c.is_alphanumeric()) == "not" && !figures(w[1]).is_empty()
    })
}

/// Words that deny what stands near them (`no ballot`, `never shared`, `withheld
/// nothing`, `doesn't use`): [`NEGATIONS`] less `hardly` and `without`, and `nothing`,
/// `none`, `neither`; a word ending in `n't` too.
const DENIALS: &[&str] = &[
    "not", "never", "no", "nobody", "nothing", "none", "neither", "nor", "cannot",
];
/// How many words after a word of denial it reaches (`no ballot had been counted twice`).
const DENIAL_AFTER: usize = 6;
/// How many words before it (`withheld nothing`, `a quota. I don't`).
const DENIAL_BEFORE: usize = 2;

/// The less common stems (as [`stems`] reads them, less `common`) of the words a denial
/// in `words` reaches: up to [`DENIAL_AFTER`] words after each word of denial and
/// [`DENIAL_BEFORE`] before it (`no ballot had been counted twice` → `ballot`, `counte`);
/// empty when the words deny nothing. What a statement denies of another's words is
/// where they meet.
pub(super) fn denied_stems(words: &str, common: &HashSet<String>) -> HashSet<String> {
    let lower = fold(words);
    let tokens: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = HashSet::new();
    for (k, w) in tokens.iter().enumerate() {
        if !(DENIALS.contains(w) || w.ends_with("n't")) {
            continue;
        }
        let reach =
            &tokens[k.saturating_sub(DENIAL_BEFORE)..(k + 1 + DENIAL_AFTER).min(tokens.len())];
        for t in reach {
            out.extend(stems(t, common));
        }
    }
    out
}

/// Words that turn a cue after them round: `not`, `never`, `nobody` (`did not deny`).
const NEGATIONS: &[&str] = &[
    "not", "never", "no", "nobody", "didn't", "doesn't", "don't", "isn't", "wasn't", "won't",
    "cannot", "can't", "hardly", "nor", "without",
];

/// Where `cue` (folded, as [`fold`] gives) first stands in `text` (folded) as whole words
/// (a cue ending in `*` as the start of a word: `exaggerat*`), with none of
/// [`NEGATIONS`] among the two words before it; in bytes.
pub fn find_cue(text: &str, cue: &str) -> Option<usize> {
    cue_at(text, cue, false)
}

/// [`find_cue`]; with `negated`, where the cue first stands with one of [`NEGATIONS`]
/// among the two words before it instead.
pub(super) fn cue_at(text: &str, cue: &str, negated: bool) -> Option<usize> {
    let (cue, stem) = match cue.strip_suffix('*') {
        Some(c) => (c, true),
        None => (cue, false),
    };
    if cue.is_empty() {
        return None;
    }
    let word_char = |c: char| c.is_alphanumeric() || c == '\'';
    let mut from = 0;
    while let Some(at) = text[from..].find(cue).map(|i| i + from) {
        from = at + cue.len();
        let starts = text[..at].chars().next_back().is_none_or(|c| !word_char(c));
        let ends = stem
            || text[at + cue.len()..]
                .chars()
                .next()
                .is_none_or(|c| !word_char(c));
        if !starts || !ends {
            continue;
        }
        let before = text[..at]
            .split(|c: char| !word_char(c))
            .filter(|w| !w.is_empty())
            .rev()
            .take(2)
            .any(|w| NEGATIONS.contains(&w) || w.ends_with("n't"));
        if before == negated {
            return Some(at);
        }
    }
    None
}

#[cfg(test)]
#[path = "topic_words_tests.rs"]
mod tests;
