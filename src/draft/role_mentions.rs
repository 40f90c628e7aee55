//! Speakers written as what they are, resolved to whom the article named: a role (`the sergeant` → the one person titled `Sgt.`), a body by its kind (`the county` → `Harlow County`), a document (`the letter` → who signed it, else the body that sent it).

use super::lexicon;
use super::mention::{NpKind, is_possessive, normal};
use super::people::People;
use super::role_documents::*;
use super::roster::spelled_out;
use super::sentence::Found;

/// Words that open a speaker written as a common noun phrase.
pub(super) const DETERMINERS: &[&str] = &["the", "a", "an", "her", "his", "its", "their"];

/// Roles of the reporter's own outlet: never resolved to a person of the story.
pub(super) const OWN_ROLES: &[&str] = &[
    "reporter",
    "correspondent",
    "journalist",
    "columnist",
    "editor",
];

/// Kind words by which an article calls a body it named (`the county` for `Harlow
/// County`), besides the lexicon's organisation heads.
pub(super) const KINDS: &[&str] = &[
    "county", "city", "college", "ministry", "hospital", "school",
];

/// Modifiers too general to tell two bodies or two people apart.
pub(super) const GENERAL: &[&str] = &[
    "state", "local", "federal", "national", "own", "new", "top", "senior",
];

/// Titles written short before a name, with the role word each stands for.
pub(super) const SHORT: &[(&str, &str)] = &[
    ("sgt.", "sergeant"),
    ("capt.", "captain"),
    ("lt.", "lieutenant"),
    ("det.", "detective"),
    ("col.", "colonel"),
    ("insp.", "inspector"),
    ("supt.", "superintendent"),
];

/// What the resolution reads besides the people: the body, the names of the article's own
/// outlet, and the people who spoke.
pub(super) struct Context<'a> {
    pub(super) body: &'a str,
    pub(super) outlets: &'a [String],
    speakers: Vec<usize>,
}

/// Whom a description stands for: a person or body already known, or one to make known.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Target {
    Known(usize),
    New(String, NpKind),
}

/// Gives the statements of each speaker written as a role, a kind of body or a document
/// to the one person or body the article names so ([`role_holder`], [`body_of_kind`],
/// [`document_author`]). Nothing moves when two fit, or none: a wrong speaker is worse
/// than a description.
pub(super) fn resolve(body: &str, found: &mut [Found], people: &mut People) {
    let mut seen = std::collections::HashSet::new();
    let speakers: Vec<(usize, usize)> = found
        .iter()
        .filter(|f| seen.insert(f.speaker))
        .map(|f| (f.speaker, f.sentence.end))
        .collect();
    let outlets = outlets(body);
    let context = Context {
        body,
        outlets: &outlets,
        speakers: speakers.iter().map(|&(s, _)| s).collect(),
    };
    for (who, until) in speakers {
        let person = &people.all[who];
        if matches!(person.kind, NpKind::Pronoun(_)) || !described(&person.name) {
            continue;
        }
        let name = person.name.clone();
        let Some(target) = resolve_phrase(&context, &name, until, people, 2) else {
            continue;
        };
        let into = match target {
            Target::Known(i) => i,
            Target::New(text, kind) => people.named(&text, kind),
        };
        if into == who {
            continue;
        }
        for f in found.iter_mut() {
            if f.speaker == who {
                f.speaker = into;
            }
            if f.against == Some(who) {
                f.against = Some(into);
            }
        }
    }
}

/// Whether a speaker's name is a common noun phrase (`the letter`, `Her daughter`,
/// `Veldmark's health minister`, `police`), not a proper name.
pub(super) fn described(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    DETERMINERS.contains(&first.to_lowercase().as_str())
        || is_possessive(first)
            && words
                .get(1)
                .is_some_and(|w| w.starts_with(char::is_lowercase))
        || words.iter().all(|w| w.starts_with(char::is_lowercase))
}

/// The words of a phrase, each without the punctuation around it.
pub(super) fn bare_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '.')
                .trim_end_matches('.')
                .to_string()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// A possessive's owner: `union's` → `union`.
pub(super) fn unpossessed(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// Whom the phrase `name` (a speaker's, or an author's inside one) stands for, reading
/// `body` up to byte `until` for a document's maker; `depth` bounds the phrases followed
/// from one to another (`the company's statement` → `the company` → `Crestline`).
pub(super) fn resolve_phrase(
    context: &Context,
    name: &str,
    until: usize,
    people: &People,
    depth: usize,
) -> Option<Target> {
    let body = context.body;
    let words = bare_words(name);
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let first = lower.first()?.as_str();
    let indefinite = ["a", "an"].contains(&first);
    if let Some(doc) = lower.iter().position(|w| DOCUMENTS.contains(&w.as_str())) {
        return document_author(context, &words, doc, until, people, depth);
    }
    if indefinite || lower.iter().any(|w| w == "our") {
        return None;
    }
    let head_at = lower
        .iter()
        .position(|w| ["of", "for", "at", "in", "from", "with", "who", "on"].contains(&w.as_str()))
        .unwrap_or(lower.len());
    let head = lower.get(..head_at)?.last()?.as_str();
    let modifiers: Vec<String> = lower[..head_at.saturating_sub(1)]
        .iter()
        .map(|w| unpossessed(w).to_string())
        .filter(|w| !DETERMINERS.contains(&w.as_str()) && !GENERAL.contains(&w.as_str()))
        .collect();
    // A plural (`union leaders`) is a group, never the one person given the role.
    let one_role = lexicon::has("roles", head) || lexicon::has("relations", head);
    if lexicon::is_role(head) && !one_role {
        return None;
    }
    if one_role && head_at == lower.len() {
        if OWN_ROLES.contains(&head) {
            return None;
        }
        return role_holder(body, head, &modifiers, people).map(Target::Known);
    }
    if KINDS.contains(&head)
        || lexicon::has("organisation-heads", head)
        || lexicon::has("body-kinds", head)
    {
        return body_of_kind(context, head, &modifiers, people);
    }
    None
}

/// The one named person the article gives the role `head` (a role word or a relation, in
/// lower case): in an affiliation, as a title before the name (`Health Minister Edmund
/// Farrow`, `Sgt. Dominic Vale`), or beside it (`her daughter, Claire Kell`, `Tom Hale,
/// the district's lawyer`). With two, the one whose role also holds every word of
/// `modifiers` (`health` for `the health minister`), if only one does.
pub(super) fn role_holder(
    body: &str,
    head: &str,
    modifiers: &[String],
    people: &People,
) -> Option<usize> {
    let mut fits: Vec<(usize, String)> = Vec::new();
    for (i, p) in people.all.iter().enumerate() {
        let words: Vec<&str> = p.name.split_whitespace().collect();
        if p.kind != NpKind::Name || words.len() < 2 {
            continue;
        }
        let mut evidence: Vec<String> = p
            .affiliations
            .iter()
            .map(|a| spelled_out(a))
            .filter(|a| has_word(a, head))
            .collect();
        let surname = words[words.len() - 1];
        let unique_surname = people
            .all
            .iter()
            .filter(|q| q.kind == NpKind::Name && q.name.split_whitespace().last() == Some(surname))
            .count()
            == 1;
        let mut forms = vec![p.name.as_str()];
        if unique_surname {
            forms.push(surname);
        }
        for form in forms {
            for at in whole_occurrences(body, form) {
                if let Some(role) = role_beside(body, at, at + form.len(), head) {
                    evidence.push(role);
                }
            }
        }
        if !evidence.is_empty() {
            fits.push((i, evidence.join(" ")));
        }
    }
    match fits.as_slice() {
        [(only, _)] => Some(*only),
        [] => None,
        _ => {
            let told: Vec<usize> = fits
                .iter()
                .filter(|(_, e)| !modifiers.is_empty() && modifiers.iter().all(|m| has_word(e, m)))
                .map(|(i, _)| *i)
                .collect();
            match told.as_slice() {
                [only] => Some(*only),
                _ => None,
            }
        }
    }
}

/// The role `head` as the text gives it beside a name at `start..end` of `body`, in lower
/// case: the title just before it (`Health Minister`), the words before a comma before it
/// (`her daughter, `), or an appositive after it that opens with a determiner (`, the
/// district's lawyer,`). `None` when the role there is another.
pub(super) fn role_beside(body: &str, start: usize, end: usize, head: &str) -> Option<String> {
    let before = &body[..start];
    let line_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| ['.', ';', ':', '!', '?', '"', '“', '”', '\n'].contains(c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let lead = &body[line_start..start];
    // A title, or a role before a comma.
    let lead_words: Vec<&str> = lead.split_whitespace().collect();
    if let Some(last) = lead_words.last() {
        let word = last.trim_end_matches(',').to_lowercase();
        let title = SHORT
            .iter()
            .find(|(short, _)| *short == word)
            .map_or(word.clone(), |(_, full)| full.to_string());
        if title == head && !is_possessive(last) {
            return Some(lead.to_lowercase());
        }
    }
    // The title written short ends a sentence cut at its full stop: `Sgt.` then the name.
    let prev_word = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    let short_title = SHORT
        .iter()
        .find(|(short, _)| prev_word.eq_ignore_ascii_case(short))
        .map(|(_, full)| *full);
    if short_title == Some(head) {
        return Some(head.to_string());
    }
    // An appositive after the name: `, a son of …` is not read; `, the district's lawyer`.
    let after = &body[end..];
    if let Some(rest) = after.strip_prefix(", ") {
        let cut = rest
            .find([',', '.', ';', ':', '"', '“', '('])
            .unwrap_or(rest.len());
        let segment = rest[..cut].to_lowercase();
        let opens = segment
            .split_whitespace()
            .next()
            .is_some_and(|w| DETERMINERS.contains(&w) || is_possessive(w));
        if opens && has_word(&segment, head) {
            return Some(segment);
        }
    }
    None
}

/// Whether `text` holds `word` as a whole word (or its plural, or its possessive).
pub(super) fn has_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .map(unpossessed)
        .any(|w| {
            w.eq_ignore_ascii_case(word)
                || w.strip_suffix('s')
                    .is_some_and(|s| s.eq_ignore_ascii_case(word))
        })
}

/// Where `word` stands in `body` as a whole word (no letter, digit or hyphen either side).
pub(super) fn whole_occurrences(body: &str, word: &str) -> Vec<usize> {
    let part = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-');
    body.match_indices(word)
        .map(|(at, _)| at)
        .filter(|&at| {
            !part(body[..at].chars().next_back()) && !part(body[at + word.len()..].chars().next())
        })
        .collect()
}

/// The one body the article names with the kind word `head` as its head (`Harlow County`
/// for `the county`, `Ministry of Trade and Industry` for `the trade ministry`, a
/// business it named for `the company`), holding every word of `modifiers`; a name that
/// is part of a longer one counts as the longer. `None` when none or two fit.
pub(super) fn body_of_kind(
    context: &Context,
    head: &str,
    modifiers: &[String],
    people: &People,
) -> Option<Target> {
    let body = context.body;
    let mut names: Vec<String> = Vec::new();
    if lexicon::has("body-kinds", head) {
        // A business: one that spoke, by a proper name with a business's last word, or by
        // one word that nothing made a person's (no gender, no role).
        for &i in &context.speakers {
            let p = &people.all[i];
            let one_word = !p.name.contains(' ')
                && p.name.starts_with(char::is_uppercase)
                && matches!(p.kind, NpKind::Name | NpKind::Body)
                && p.gender.is_none()
                && p.affiliations.is_empty();
            if one_word
                || super::roster::body_head(p).is_some_and(|h| lexicon::has("corporate", &h))
            {
                names.push(p.name.clone());
            }
        }
    } else {
        let word = super::people::capitalised(head);
        for at in whole_occurrences(body, &word) {
            let whole = proper_run(body, at, at + word.len());
            let lower: Vec<String> = whole.split_whitespace().map(|w| w.to_lowercase()).collect();
            let name_head = lower
                .iter()
                .position(|w| w == "of" || w == "for")
                .map_or(lower.last(), |k| lower.get(k.max(1) - 1))
                .map(|w| unpossessed(w).to_string());
            if name_head.as_deref() == Some(head) && lower.len() >= 2 {
                names.push(whole);
            }
        }
    }
    names.retain(|n| {
        let lower = n.to_lowercase();
        modifiers.iter().all(|m| has_word(&lower, m))
    });
    let all = names.clone();
    names.retain(|n| !all.iter().any(|m| m != n && m.contains(n.as_str())));
    names.sort();
    names.dedup();
    let [only] = names.as_slice() else {
        return None;
    };
    Some(known_or_new(only, NpKind::Body, people))
}

/// A person or body already known by `text` (compared loosely), else one to make known.
pub(super) fn known_or_new(text: &str, kind: NpKind, people: &People) -> Target {
    let key = normal(text);
    people
        .all
        .iter()
        .position(|p| normal(&p.name) == key)
        .map_or_else(|| Target::New(text.to_string(), kind), Target::Known)
}

/// The proper name in `body` that the capitalised word at `start..end` is part of: the
/// capitalised words before it (a role's or a group's possessive among them: `Sheriff's`)
/// and after it, joined by `of`, `for`, `and`, `&` or `on` before another capitalised word.
pub(super) fn proper_run(body: &str, start: usize, end: usize) -> String {
    let before: Vec<&str> = body[..start].split(' ').collect();
    let mut lead: Vec<&str> = Vec::new();
    // `before`'s last piece is what stands just before the word (empty after a space).
    if before.last().is_some_and(|w| w.is_empty()) {
        for w in before[..before.len() - 1].iter().rev().take(4) {
            let owner = is_possessive(w);
            let stem = unpossessed(w).to_lowercase();
            let capital = w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || ['-', '\'', '’'].contains(&c))
                && ![
                    "the", "a", "an", "in", "on", "at", "by", "and", "but", "as", "said",
                ]
                .contains(&stem.as_str());
            if !capital || owner && !(lexicon::is_role(&stem) || lexicon::is_group(&stem)) {
                break;
            }
            lead.push(w);
        }
    }
    lead.reverse();
    let mut words: Vec<String> = lead.iter().map(|w| w.to_string()).collect();
    words.push(body[start..end].to_string());
    let line = body[end..].find('\n').map_or(body.len(), |k| end + k);
    let tail: Vec<&str> = body[end..line].split(' ').skip(1).take(8).collect();
    if body[end..].starts_with(' ') {
        let mut k = 0;
        while k < tail.len() {
            let w = tail[k];
            let bare = w.trim_end_matches([',', '.', ';', ':', ')', '"', '”']);
            let capital = bare.starts_with(char::is_uppercase)
                && bare
                    .chars()
                    .all(|c| c.is_alphabetic() || ['-', '\'', '’'].contains(&c));
            // `and` joins the words of one name, not two names of the kind (`Harlow County
            // and Bexley County`).
            let after_kind = words.last().is_some_and(|l| {
                let l = l.to_lowercase();
                KINDS.contains(&l.as_str()) || lexicon::has("organisation-heads", &l)
            });
            let joins = ["of", "for", "and", "&", "on"].contains(&w)
                && !(w == "and" && after_kind)
                && tail
                    .get(k + 1)
                    .is_some_and(|n| n.starts_with(char::is_uppercase));
            if joins {
                words.push(w.to_string());
            } else if capital {
                words.push(bare.to_string());
                if bare != w {
                    break;
                }
            } else {
                break;
            }
            k += 1;
        }
        while words
            .last()
            .is_some_and(|w| ["of", "for", "and", "&", "on"].contains(&w.as_str()))
        {
            words.pop();
        }
    }
    words.join(" ")
}

#[cfg(test)]
#[path = "role_mentions_tests.rs"]
mod tests;
