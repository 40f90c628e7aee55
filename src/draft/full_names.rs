//! Short forms resolved to the full name the article gives anywhere: a surname alone (`Kessler said`) to the one person the text names in full with it (in a quotation, a transcript's label in capitals, with a nickname: `Jamal "Jet" Okonkwo-Reyes`), a role word kept in front of a name (`Co-author Ann Mole`) left out, and a study's own words (`the authors`, `the paper`, `a study published …`) given to its lead author.

use super::lexicon;
use super::mention::STOPS;
use super::people::{NpKind, People};
use super::sentence::Found;

/// Capitalised words that open sentences and clauses and are never a given name: a
/// surname after one (`Since Kessler took office`) is no full name.
const OPENERS: &[&str] = &[
    "did",
    "do",
    "does",
    "will",
    "would",
    "can",
    "could",
    "should",
    "has",
    "have",
    "had",
    "are",
    "were",
    "may",
    "might",
    "must",
    "yesterday",
    "today",
    "the",
    "a",
    "an",
    "and",
    "but",
    "or",
    "so",
    "since",
    "when",
    "while",
    "after",
    "before",
    "as",
    "if",
    "then",
    "yet",
    "for",
    "of",
    "asked",
    "said",
    "says",
    "both",
    "neither",
    "even",
    "only",
    "still",
    "meanwhile",
    "under",
    "against",
    "like",
    "unlike",
    "why",
    "how",
    "where",
    "what",
    "whether",
    "because",
    "although",
    "though",
    "until",
    "unless",
    "once",
    "not",
    "no",
    "every",
    "each",
    "all",
    "said",
    "told",
    "added",
    "also",
    "later",
    "earlier",
    "including",
    "with",
    "without",
    "by",
    "is",
    "was",
    "this",
    "that",
    "these",
    "those",
];

/// Speakers written as a study's own words: its authors, or the study itself.
const STUDY_VOICES: &[&str] = &[
    "authors",
    "researchers",
    "scientists",
    "paper",
    "study",
    "team",
    "trial",
    "study's authors",
    "study’s authors",
    "paper's authors",
    "paper’s authors",
    "research team",
];

/// Openings of a study named as a speaker (`A study published Wednesday in …`).
const STUDY_OPENINGS: &[&str] = &[
    "a study ",
    "a new study ",
    "a trial ",
    "a randomized trial ",
    "a randomised trial ",
    "a clinical trial ",
    "a paper ",
];

/// Resolves the short forms of `found`'s speakers in `body` to full names
/// ([`surname_in_full`], [`without_role_word`], [`study_voices`]): a statement moves to a
/// person only when the text names exactly one who fits; with two candidates (two people
/// of the same surname, two lead authors) nothing moves.
pub(super) fn resolve(body: &str, found: &mut [Found], people: &mut People) {
    let speakers: Vec<usize> = {
        let mut seen = std::collections::HashSet::new();
        found
            .iter()
            .map(|f| f.speaker)
            .filter(|&s| seen.insert(s))
            .collect()
    };
    for &who in &speakers {
        without_role_word(found, people, who);
    }
    for &who in &speakers {
        surname_in_full(body, found, people, who);
    }
    for &who in &speakers {
        body_in_full(body, found, people, who);
    }
    study_voices(body, found, people);
}

/// `Co-author Ann Mole`: a name of three or more words whose first is a role or a
/// relation (`co-author`, `co-founder`) written with a capital, and no title the name's
/// reading keeps apart (`Sen.`, `Mayor`), is the name without it (merged with that person
/// when known).
fn without_role_word(found: &mut [Found], people: &mut People, who: usize) {
    let person = &people.all[who];
    if person.kind != NpKind::Name {
        return;
    }
    let words: Vec<&str> = person.name.split_whitespace().collect();
    let Some(first) = words.first() else {
        return;
    };
    let lower = first.to_lowercase();
    if words.len() < 3
        || !first.starts_with(char::is_uppercase)
        || lexicon::is_title_word(&lower)
        || !(lexicon::is_role(&lower) || lexicon::has("relations", &lower))
    {
        return;
    }
    let rest = words[1..].join(" ");
    rename_or_merge(found, people, who, &rest);
}

/// A speaker known by one word (`Kessler`) whose surname the text gives in full with one
/// given name only (`Lorraine Kessler`, `PAUL DRESSLER:`, `Jamal "Jet" Okonkwo-Reyes`),
/// anywhere (a quotation, a transcript, before or after): the full name. Two given names
/// for the surname (`Walter Pruitt`, `Kevin Pruitt`), or the word written as a given name
/// itself (`Rosa Lindqvist` for a `Rosa`), leave it as it is.
fn surname_in_full(body: &str, found: &mut [Found], people: &mut People, who: usize) {
    let person = &people.all[who];
    let surname = person.name.clone();
    if person.kind != NpKind::Name
        || surname.contains(char::is_whitespace)
        || surname.chars().filter(|c| c.is_alphabetic()).count() < 3
        || !surname.starts_with(char::is_uppercase)
    {
        return;
    }
    let mut candidates: Vec<(String, String)> = Vec::new();
    for at in occurrences(body, &surname) {
        if given_name_after(body, at + surname.len()) {
            return;
        }
        if let Some((given, full)) = full_name_before(body, at, &surname) {
            push_candidate(&mut candidates, given, full);
        }
    }
    for (i, p) in people.all.iter().enumerate() {
        let words: Vec<&str> = p.name.split_whitespace().collect();
        if i != who
            && p.kind == NpKind::Name
            && words.len() >= 2
            && words.last() == Some(&surname.as_str())
        {
            push_candidate(&mut candidates, words[0].to_lowercase(), p.name.clone());
        }
    }
    if let [(_, full)] = candidates.as_slice() {
        let full = full.clone();
        rename_or_merge(found, people, who, &full);
    }
}

/// Adds the full name of given name `given` (lower case) unless that given name is there.
fn push_candidate(candidates: &mut Vec<(String, String)>, given: String, full: String) {
    if !candidates.iter().any(|(g, _)| *g == given) {
        candidates.push((given, full));
    }
}

/// Where `word` stands in `body` as a whole word (no letter, digit or hyphen either side),
/// written as given or in capitals.
fn occurrences(body: &str, word: &str) -> Vec<usize> {
    let upper = word.to_uppercase();
    let whole = |at: usize, len: usize| {
        let before = body[..at].chars().next_back();
        let after = body[at + len..].chars().next();
        let part = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-');
        !part(before) && !part(after)
    };
    let mut out: Vec<usize> = body
        .match_indices(word)
        .map(|(at, _)| at)
        .filter(|&at| whole(at, word.len()))
        .collect();
    if upper != word {
        out.extend(
            body.match_indices(upper.as_str())
                .map(|(at, _)| at)
                .filter(|&at| whole(at, upper.len())),
        );
    }
    out
}

/// Whether a capitalised word that may be a surname follows at `end` after one space
/// (`Rosa Lindqvist`): the word before it is then a given name, not a surname.
fn given_name_after(body: &str, end: usize) -> bool {
    let Some(rest) = body[end..].strip_prefix(' ') else {
        return false;
    };
    let next: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '-' || *c == '\'' || *c == '’')
        .collect();
    name_word(&next, false)
}

/// Whether `word` can be a given name or a surname: a capital then letters (all capitals
/// in a transcript's label when `capitals`), no title, role or function word.
fn name_word(word: &str, capitals: bool) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let lower = word.to_lowercase();
    letters >= 2
        && word.starts_with(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        && capitals != word.chars().any(char::is_lowercase)
        && !lexicon::is_title_word(&lower)
        && !lexicon::is_role(&lower)
        && !lexicon::is_not_name(word)
        && !lexicon::is_weekday(&lower)
        && !STOPS.contains(&lower.as_str())
        && !OPENERS.contains(&lower.as_str())
}

/// The full name that ends with the surname at byte `at`: one given name before it, and a
/// nickname in quotation marks between (`Jamal "Jet" `), as written (name-cased when in
/// capitals). `None` when the word before is no given name, or is itself used in lower
/// case elsewhere in `body` (a common word, not a name).
fn full_name_before(body: &str, at: usize, surname: &str) -> Option<(String, String)> {
    let capitals = !body[at..at + surname.len()].chars().any(char::is_lowercase)
        && surname.chars().any(char::is_lowercase);
    let mut start = at.checked_sub(1)?;
    if !body[..at].ends_with(' ') {
        return None;
    }
    // A nickname in quotation marks: `"Jet" `.
    let before = &body[..start];
    let close = before.chars().next_back()?;
    if ['"', '”'].contains(&close) {
        let inner_end = start - close.len_utf8();
        let open_at = body[..inner_end].rfind(['"', '“'])?;
        let open_len = body[open_at..].chars().next().map_or(1, char::len_utf8);
        let nickname = &body[open_at + open_len..inner_end];
        if inner_end - open_at > 24 || !name_word(nickname, false) {
            return None;
        }
        if !body[..open_at].ends_with(' ') {
            return None;
        }
        start = open_at - 1;
    }
    let head = &body[..start];
    let word_start = head
        .rfind(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '’'))
        .map_or(0, |k| {
            k + head[k..].chars().next().map_or(1, char::len_utf8)
        });
    let given = &head[word_start..];
    if !name_word(given, capitals) {
        return None;
    }
    // A word the article also writes in lower case is a common word (`Gas`, `Rose`).
    if occurrences(body, &given.to_lowercase())
        .iter()
        .any(|&k| body[k..].starts_with(char::is_lowercase))
    {
        return None;
    }
    let written = &body[word_start..at + surname.len()];
    let full = if capitals {
        written
            .split_whitespace()
            .map(name_case)
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        written.to_string()
    };
    Some((given.to_lowercase(), full))
}

/// `DRESSLER` as a name is written: `Dressler`.
fn name_case(word: &str) -> String {
    let lower = word.to_lowercase();
    let mut chars = lower.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

/// Words that end a body's name as its kind (`Foods`, `Cooperative`), besides the
/// lexicon's organisation heads and businesses' words.
const BODY_ENDINGS: &[&str] = &[
    "foods",
    "cooperative",
    "co-op",
    "holdings",
    "group",
    "partners",
    "industries",
    "brands",
    "motors",
    "systems",
    "laboratories",
];

/// A body's speaker written short (`Tessaly`, `Northfork Power`, `Western Railway`,
/// `Office`) whose whole name the text gives by running on from it (`Tessaly Foods`,
/// `Northfork Power & Light`, `Great Plains & Western Railway`, `Tallis County Sheriff's
/// Office`): that name, when it is the only one the short form runs into and a word of it
/// says it is a body. A name read as a person's is taken for a body's only when it is one
/// word and nothing gave it a gender or a role (a person's surname: `Hale` is not `Hale
/// Foods`).
fn body_in_full(body: &str, found: &mut [Found], people: &mut People, who: usize) {
    let person = &people.all[who];
    let short = person.name.clone();
    let words = short.split_whitespace().count();
    let bodylike = match person.kind {
        NpKind::Body => true,
        NpKind::Name => words == 1 && person.gender.is_none() && person.affiliations.is_empty(),
        _ => false,
    };
    if !bodylike
        || words > 3
        || !short.starts_with(char::is_uppercase)
        || short.starts_with("The ")
        || short.starts_with("A ")
        || short.chars().filter(|c| c.is_alphabetic()).count() < 3
    {
        return;
    }
    let mut longer: Vec<String> = Vec::new();
    for at in occurrences(body, &short) {
        if !body[at..].starts_with(short.as_str()) {
            continue;
        }
        let before = run_before(&body[..at]);
        let after = run_after(&body[at + short.len()..]);
        if before.is_empty() && after.is_empty() {
            continue;
        }
        let whole = format!("{before}{short}{after}");
        if !longer.contains(&whole) {
            longer.push(whole);
        }
    }
    let [whole] = longer.as_slice() else {
        return;
    };
    let named_body = whole.split_whitespace().any(|w| {
        let w = w.trim_end_matches('.').to_lowercase();
        let w = w.trim_end_matches("'s").trim_end_matches("’s");
        lexicon::has("organisation-heads", w)
            || lexicon::has("corporate", w)
            || BODY_ENDINGS.contains(&w)
    });
    if named_body {
        let whole = whole.clone();
        rename_or_merge(found, people, who, &whole);
    }
}

/// Whether `token` may be a word of a body's proper name: a capital, then letters
/// (a possessive, a full stop, a hyphen allowed: `Sheriff's`, `Co.`), and no word that
/// opens a sentence or a clause.
fn body_word(token: &str) -> bool {
    let lower = token.to_lowercase();
    token.starts_with(char::is_uppercase)
        && token.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && token
            .chars()
            .all(|c| c.is_alphabetic() || ['-', '\'', '’', '.'].contains(&c))
        && !OPENERS.contains(&lower.as_str())
        && !lexicon::is_weekday(&lower)
        && !lexicon::is_not_name(token)
}

/// The words of a proper name just before `head`'s end (`Great Plains & `, `Tallis
/// County Sheriff's `), with the space that joins them; empty when there are none. Stops
/// at punctuation (a sentence's or a clause's end).
fn run_before(head: &str) -> String {
    let Some(rest) = head.strip_suffix(' ') else {
        return String::new();
    };
    let tokens: Vec<&str> = rest.rsplit(' ').take(4).collect();
    let mut taken = 0;
    for (k, t) in tokens.iter().enumerate() {
        let joins = *t == "&" && tokens.get(k + 1).is_some_and(|n| body_word(n));
        // A possessive is part of the name only as a role's or a group's (`Sheriff's
        // Office`, `Fishermen's Cooperative`): a place's is the body's owner
        // (`Tamsar's Foreign Ministry` is not every `Foreign Ministry`).
        let owner = t.ends_with("'s") || t.ends_with("’s");
        let stem = t
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .to_lowercase();
        if owner && !(lexicon::is_role(&stem) || lexicon::is_group(&stem)) {
            break;
        }
        if !(joins || body_word(t) && !t.ends_with('.')) {
            break;
        }
        taken = k + 1;
    }
    // A name does not open on `&`.
    while taken > 0 && tokens[taken - 1] == "&" {
        taken -= 1;
    }
    if taken == 0 {
        return String::new();
    }
    let mut words: Vec<&str> = tokens[..taken].to_vec();
    words.reverse();
    format!("{} ", words.join(" "))
}

/// The words of a proper name that go on from the start of `tail` (` & Light`, ` Foods`,
/// ` on Aging`), with the space before them; empty when there are none. A word with
/// punctuation after it ends the run, itself kept without the mark.
fn run_after(tail: &str) -> String {
    let Some(rest) = tail.strip_prefix(' ') else {
        return String::new();
    };
    let tokens: Vec<&str> = rest.split(' ').take(4).collect();
    let mut kept: Vec<&str> = Vec::new();
    let mut taken = 0;
    for (k, t) in tokens.iter().enumerate() {
        let bare = t.trim_end_matches([',', ';', ':', ')']);
        let bare = if bare.ends_with('.') && !bare.ends_with("Co.") && !bare.ends_with("Inc.") {
            &bare[..bare.len() - 1]
        } else {
            bare
        };
        let joins = ["&", "of", "on", "for"].contains(&bare)
            && bare == *t
            && tokens
                .get(k + 1)
                .is_some_and(|n| body_word(n.trim_end_matches([',', '.', ';'])));
        if !(joins || body_word(bare)) {
            break;
        }
        kept.push(bare);
        if !joins {
            taken = kept.len();
        }
        if bare != *t {
            break;
        }
    }
    if taken == 0 {
        return String::new();
    }
    format!(" {}", kept[..taken].join(" "))
}

/// Statements given to a study's own words (`The authors`, `its authors`, `the paper`,
/// `researchers`, `A study published Wednesday in …`) go to the study's lead author when
/// the article names exactly one: a person whose affiliation says `lead author`, or the
/// one a study or team is `led by`. Researchers from outside (`Outside researchers`) are
/// not the study's, and with no lead author (or two) nothing moves.
fn study_voices(body: &str, found: &mut [Found], people: &mut People) {
    let mut leads: Vec<usize> = Vec::new();
    for (i, p) in people.all.iter().enumerate() {
        if p.kind != NpKind::Name || p.name.split_whitespace().count() < 2 {
            continue;
        }
        let by_role = p
            .affiliations
            .iter()
            .any(|a| a.to_lowercase().contains("lead author"));
        if by_role || led_by(body, &p.name) {
            leads.push(i);
        }
    }
    let [lead] = leads.as_slice() else {
        return;
    };
    for f in found.iter_mut() {
        if f.speaker != *lead
            && study_voice(&people.all[f.speaker].name, people.all[f.speaker].kind)
        {
            f.speaker = *lead;
        }
    }
}

/// Whether `body` says a study or team is `led by` `name` (a title between allowed:
/// `led by Prof Ann Mole`).
fn led_by(body: &str, name: &str) -> bool {
    body.match_indices("led by ").any(|(at, m)| {
        let rest = &body[at + m.len()..];
        let rest = rest.get(..rest.len().min(name.len() + 12)).unwrap_or(rest);
        rest.contains(name)
            && body[..at].rsplit(['.', '!', '?']).next().is_some_and(|s| {
                let s = s.to_lowercase();
                ["study", "team", "trial", "research", "paper", "researchers"]
                    .iter()
                    .any(|w| s.contains(w))
            })
    })
}

/// Whether a speaker named `name` of `kind` is a study's own words ([`STUDY_VOICES`] after
/// `the`, `its` or nothing; [`STUDY_OPENINGS`]).
fn study_voice(name: &str, kind: NpKind) -> bool {
    if !matches!(kind, NpKind::Body | NpKind::Group) {
        return false;
    }
    let lower = name.to_lowercase();
    let bare = ["the ", "its ", "their "]
        .iter()
        .find_map(|d| lower.strip_prefix(d))
        .unwrap_or(&lower);
    STUDY_VOICES.contains(&bare) || STUDY_OPENINGS.iter().any(|o| lower.starts_with(o))
}

/// Gives `who` the name `full`, or, when someone else already has it, gives that person
/// `who`'s statements and affiliations.
fn rename_or_merge(found: &mut [Found], people: &mut People, who: usize, full: &str) {
    let into = people
        .all
        .iter()
        .position(|p| p.kind == NpKind::Name && p.name == full);
    match into {
        Some(into) if into != who => {
            for f in found.iter_mut() {
                if f.speaker == who {
                    f.speaker = into;
                }
                if f.against == Some(who) {
                    f.against = Some(into);
                }
            }
            for a in people.all[who].affiliations.clone() {
                people.add_affiliation(into, &a);
            }
        }
        _ => people.all[who].name = full.to_string(),
    }
}

#[cfg(test)]
#[path = "full_names_tests.rs"]
mod tests;
