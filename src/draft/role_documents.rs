//! Documents as speakers resolved to who made them (`the letter` → who signed it, else the body that sent it), never to the article's own outlet: the maker read in the phrase itself or in the nearest earlier mention that names one.

use super::lexicon;
use super::mention::{NpKind, is_possessive};
use super::people::People;
use super::role_mentions::*;

/// Heads of a speaker that is a document someone wrote or issued.
pub(super) const DOCUMENTS: &[&str] = &[
    "letter",
    "report",
    "statement",
    "release",
    "memo",
    "post",
    "opinion",
    "complaint",
    "citation",
    "filing",
    "lawsuit",
    "motion",
    "review",
    "count",
    "records",
    "histories",
    "schedule",
    "poll",
    "survey",
    "audit",
    "analysis",
    "notice",
    "petition",
    "email",
    "tweet",
    "brief",
    "affidavit",
    "order",
    "ruling",
];

/// Verbs by which a sentence says who made a document (`signed by`, `an application
/// Harborline filed`, `the agency issued a citation`).
pub(super) const MADE: &[&str] = &[
    "signed",
    "written",
    "wrote",
    "issued",
    "sent",
    "posted",
    "published",
    "prepared",
    "filed",
    "released",
    "drafted",
    "authored",
    "compiled",
    "conducted",
    "submitted",
];

/// Words after an author's name that end it (`a report by the division in March`).
pub(super) const AUTHOR_ENDS: &[&str] = &[
    "in", "on", "at", "with", "to", "last", "this", "that", "which", "who", "after", "before",
    "during", "dated", "signed", "and", "says", "said", "found", "shows",
];

/// Verbs that end a description of a document's author (`a letter from the parents was
/// delivered`).
pub(super) const ENDING_VERBS: &[&str] = &[
    "was", "were", "is", "are", "has", "had", "will", "would", "arrived", "reached", "came",
    "lists", "demands", "asks", "sets",
];

/// Verbs after the author of a document opened in a phrase (`In a post, X wrote that`).
pub(super) const WROTE: &[&str] = &[
    "wrote", "writes", "said", "says", "argued", "added", "stated",
];

/// Names of the article's own outlet as its text gives them (`told the Herald`, `obtained
/// by the Examiner`): never a document's author.
pub(super) fn outlets(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    for lead in [
        "told the ",
        "obtained by the ",
        "reviewed by the ",
        "shared with the ",
    ] {
        for (at, _) in body.match_indices(lead) {
            let rest = &body[at + lead.len()..];
            let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
            if word.starts_with(char::is_uppercase) {
                out.push(word.to_lowercase());
            }
        }
    }
    out
}

/// The author of the document at word `doc` of the speaker's `words`: named inside the
/// phrase (`A review by the inspector general`, `The agency's report`, `records the
/// company filed`), else, for `the letter`, where the text up to `until` last met a
/// letter with its maker ([`maker_in_sentence`]).
pub(super) fn document_author(
    context: &Context,
    words: &[String],
    doc: usize,
    until: usize,
    people: &People,
    depth: usize,
) -> Option<Target> {
    let body = context.body;
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let author = if let Some(by) =
        (doc + 1..lower.len()).find(|&k| lower[k] == "by" || lower[k] == "from")
    {
        let made = by == doc + 1
            || lower[doc + 1..by]
                .iter()
                .any(|w| MADE.contains(&w.as_str()));
        if !made {
            return None;
        }
        let to = (by + 1..lower.len())
            .find(|&k| AUTHOR_ENDS.contains(&lower[k].as_str()) && !joins_name(words, k))
            .unwrap_or(lower.len());
        Some(words[by + 1..to].join(" "))
    } else if let Some(p) = (0..doc).rev().find(|&k| is_possessive(&words[k])) {
        let mut owner: Vec<String> = words[..=p].to_vec();
        owner[p] = unpossessed(&owner[p]).to_string();
        Some(owner.join(" "))
    } else if let Some(v) = (doc + 1..lower.len()).find(|&k| MADE.contains(&lower[k].as_str())) {
        Some(words[doc + 1..v].join(" "))
    } else {
        None
    };
    if let Some(author) = author {
        return author_target(context, &author, until, people, depth);
    }
    // `The letter` alone: the nearest letter met before whose maker the text gives.
    let bare = lower.len() <= 3 && lower[0] == "the";
    if !bare {
        return None;
    }
    let word = lower[doc].as_str();
    let mut at = until.min(body.len());
    let mut tries = 0;
    while let Some(k) = find_word_before(body, word, at) {
        tries += 1;
        if tries > 12 {
            break;
        }
        if let Some(author) = maker_in_sentence(body, k, k + word.len())
            && let Some(t) = author_target(context, &author, until, people, depth)
        {
            return Some(t);
        }
        at = k;
    }
    None
}

/// Whether the word at `k` is an `and` between two capitalised words of one name
/// (`Division of Occupational Safety and Health`).
pub(super) fn joins_name<S: AsRef<str>>(words: &[S], k: usize) -> bool {
    let capital = |j: usize| {
        words
            .get(j)
            .is_some_and(|w| w.as_ref().starts_with(char::is_uppercase))
    };
    // A comma before `and` ends the name (`the Division, and Health officials`).
    words[k].as_ref() == "and"
        && k > 0
        && capital(k - 1)
        && !words[k - 1].as_ref().ends_with(',')
        && capital(k + 1)
}

/// The last place before byte `at` where `word` stands as a whole word, any case.
pub(super) fn find_word_before(body: &str, word: &str, at: usize) -> Option<usize> {
    let head = &body[..at];
    let lower = head.to_lowercase();
    if lower.len() != head.len() {
        // Case folding changed lengths: search the text as written, in two cases.
        let capital = super::people::capitalised(word);
        return [word, capital.as_str()]
            .iter()
            .filter_map(|w| whole_occurrences(head, w).last().copied())
            .max();
    }
    whole_occurrences(&lower, word).last().copied()
}

/// Who the sentence around a document's word at `start..end` says made it: `signed by X`,
/// `from X` (`The letter, signed by Tom Hale,`, `A letter from the union`), a possessor
/// before it (`The board's report`), `In a post …, X wrote`, or a subject that `issued`,
/// `sent` or `wrote` it (`The agency issued a citation`).
pub(super) fn maker_in_sentence(body: &str, start: usize, end: usize) -> Option<String> {
    let from = body[..start]
        .rfind(['.', '!', '?', '\n'])
        .map_or(0, |k| k + 1);
    let to = body[end..]
        .find(['.', '!', '?', '\n'])
        .map_or(body.len(), |k| end + k);
    let before: Vec<&str> = body[from..start].split_whitespace().collect();
    let after: Vec<&str> = body[end..to].split_whitespace().collect();
    let clean = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    // After the document: `, signed by X,` or ` from X`.
    if let Some(by) = after
        .iter()
        .take(5)
        .position(|w| ["by", "from"].contains(&clean(w).as_str()))
    {
        let between: Vec<String> = after[..by].iter().map(|w| clean(w)).collect();
        let made = between.is_empty() || between.iter().any(|w| MADE.contains(&w.as_str()));
        let closed = body[end..].starts_with(['.', ';', ':']);
        if made && !closed && !after[..by].iter().any(|w| w.ends_with(['.', ';'])) {
            let mut out: Vec<&str> = Vec::new();
            let proper = after
                .get(by + 1)
                .is_some_and(|w| w.starts_with(char::is_uppercase));
            for (k, w) in after.iter().enumerate().skip(by + 1) {
                if AUTHOR_ENDS.contains(&clean(w).as_str()) && !joins_name(&after, k) {
                    break;
                }
                // A proper name ends at its first word in lower case that joins nothing
                // (`Harbor Parents United was delivered`); a description at a verb.
                let lower_word = w.starts_with(char::is_lowercase);
                let joining = ["of", "for", "and", "&", "on"].contains(&clean(w).as_str())
                    && after
                        .get(k + 1)
                        .is_some_and(|n| n.starts_with(char::is_uppercase));
                if proper && lower_word && !joining || ENDING_VERBS.contains(&clean(w).as_str()) {
                    break;
                }
                let ends = w.ends_with([',', ';', ':', ')']);
                out.push(w.trim_end_matches([',', ';', ':', ')']));
                if ends || out.len() >= 8 {
                    break;
                }
            }
            if !out.is_empty() {
                return Some(out.join(" "));
            }
        }
    }
    // A possessor before it, at most three words back: `The Regional Wage Board's most
    // recent report`.
    let possessor = (before.len().saturating_sub(4)..before.len())
        .rev()
        .find(|&k| is_possessive(before[k]))
        .filter(|&k| {
            before[k + 1..]
                .iter()
                .all(|w| w.starts_with(char::is_lowercase))
        });
    if let Some(p) = possessor {
        let owner = unpossessed(before[p]);
        if !["her", "his", "its", "their", "our"].contains(&owner.to_lowercase().as_str()) {
            let mut run = vec![owner];
            for w in before[..p].iter().rev().take(5) {
                let capital = w.starts_with(char::is_uppercase) && !w.ends_with(',');
                if capital || *w == "the" || *w == "of" || *w == "and" {
                    run.push(w);
                } else {
                    break;
                }
            }
            run.reverse();
            return Some(run.join(" "));
        }
    }
    // `In a post on Tuesday, X wrote that …`.
    let opens_in = before.first().is_some_and(|w| *w == "In") && before.len() <= 4;
    if opens_in
        && let Some(comma) = after.iter().position(|w| w.ends_with(','))
        && let Some(v) = after[comma + 1..]
            .iter()
            .take(5)
            .position(|w| WROTE.contains(&clean(w).as_str()))
        && v > 0
    {
        return Some(after[comma + 1..comma + 1 + v].join(" "));
    }
    // `X issued a citation`: the subject before a verb of making.
    let det = before
        .len()
        .checked_sub(1)
        .filter(|&k| ["a", "an", "the"].contains(&clean(before[k]).as_str()))?;
    let verb = det.checked_sub(1)?;
    if !MADE.contains(&clean(before[verb]).as_str()) {
        return None;
    }
    let subject_from = before[..verb]
        .iter()
        .rposition(|w| w.ends_with(','))
        .map_or(0, |k| k + 1);
    let subject = &before[subject_from..verb];
    (!subject.is_empty() && subject.len() <= 6).then(|| subject.join(" "))
}

/// Whom an author's phrase (`Commissioner Tom Hale`, `Hale`, `the company`, `the
/// Regional Wage Board`, `the planning department`) stands for: a person named in full
/// (with a title before), the one full name of a surname, a description resolved in turn,
/// or a body or a name made known as written. `None` for the article's outlet, a pronoun,
/// a count (`more than 300 parents`) or an indefinite phrase.
pub(super) fn author_target(
    context: &Context,
    author: &str,
    until: usize,
    people: &People,
    depth: usize,
) -> Option<Target> {
    let author = author
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
        .trim_end_matches('.');
    let words: Vec<&str> = author.split_whitespace().collect();
    let first = words.first()?.to_lowercase();
    let stop = [
        "a", "an", "more", "some", "one", "two", "several", "many", "his", "her", "its", "their",
        "our", "it", "he", "she", "they", "about", "at", "nearly",
    ];
    if stop.contains(&first.as_str())
        || words.len() > 8
        || first.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    let bare = author
        .strip_prefix("the ")
        .or_else(|| author.strip_prefix("The "))
        .unwrap_or(author);
    if context.outlets.contains(&bare.to_lowercase()) {
        return None;
    }
    // A person the drafter knows, written in full (a title before allowed).
    if let Some(i) = people.all.iter().position(|p| {
        p.kind == NpKind::Name
            && p.name.contains(' ')
            && bare.strip_suffix(p.name.as_str()).is_some_and(|title| {
                title
                    .split_whitespace()
                    .all(|w| lexicon::is_title_word(&w.to_lowercase()))
            })
    }) {
        return Some(Target::Known(i));
    }
    // A surname of one person named in full.
    if !bare.contains(' ') && bare.starts_with(char::is_uppercase) {
        let full: Vec<usize> = people
            .all
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                p.kind == NpKind::Name
                    && p.name.contains(' ')
                    && p.name.split_whitespace().last() == Some(bare)
            })
            .map(|(i, _)| i)
            .collect();
        if let [only] = full.as_slice() {
            return Some(Target::Known(*only));
        }
    }
    // A proper name after a modifier in lower case: `the state Division of Emergency
    // Management` is the division.
    let bare = match bare.find(|c: char| c.is_uppercase()) {
        Some(k) if bare.starts_with(char::is_lowercase) && bare[..k].ends_with(' ') => {
            if bare[..k].split_whitespace().any(is_possessive) {
                return None;
            }
            &bare[k..]
        }
        _ => bare,
    };
    if bare.starts_with(char::is_lowercase) {
        // A description: `the company`, `the site's general manager`.
        if depth > 0
            && let Some(t) =
                resolve_phrase(context, &format!("the {bare}"), until, people, depth - 1)
        {
            return Some(t);
        }
        let words: Vec<&str> = bare.split_whitespace().collect();
        let head = words.last().copied().unwrap_or("");
        let named_by_kind = lexicon::has("roles", head)
            || lexicon::has("organisation-heads", head)
            || KINDS.contains(&head);
        // A body named by what it is (`the planning department`, `the state inspector
        // general`) stands as written; a role of someone's (`the site's manager`), a kind
        // alone (`the company`) or any other noun (`the state`) does not.
        return (words.len() >= 2 && named_by_kind && !words.iter().any(|w| is_possessive(w)))
            .then(|| known_or_new(bare, NpKind::Body, people));
    }
    let kind = if bare.split_whitespace().any(|w| {
        let w = w.trim_end_matches('.').to_lowercase();
        lexicon::is_not_person(&w)
            || lexicon::has("corporate", &w)
            || lexicon::has("organisation-heads", &w)
    }) || !bare.contains(' ')
    {
        NpKind::Body
    } else {
        NpKind::Name
    };
    Some(known_or_new(bare, kind, people))
}
