//! Meeting the people and bodies an article names, sentence by sentence: names with their titles and party–state labels, full names met only as possessives, businesses, and the administration an article is about.

use std::ops::Range;

use super::lexicon;
use super::mention::{is_cap, is_possessive};
use super::name_runs;
use super::people::{self, Np, NpKind, People};
use super::roster;
use super::sentence::{Sentence, chunks};
use super::tokens::{Kind, Para, Tok};

/// The most named "X administration" outside quotations.
pub(super) fn administration(body: &str, paras: &[Para]) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for para in paras {
        for w in para.toks.windows(2) {
            if !w[0].quoted()
                && w[1].text(body).eq_ignore_ascii_case("administration")
                && w[0]
                    .text(body)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                && w[0].text(body) != "The"
            {
                let name = format!(
                    "{} administration",
                    crate::sanitize::without_marks(w[0].text(body))
                );
                match counts.iter_mut().find(|(n, _)| *n == name) {
                    Some((_, c)) => *c += 1,
                    None => counts.push((name, 1)),
                }
            }
        }
    }
    counts.into_iter().max_by_key(|(_, c)| *c).map(|(n, _)| n)
}

/// Nouns for things that a proper name after them names (`the journal Coastal Ecology`,
/// `the firm Hadley Voss`, `the town Forest Grove`): the name is no person's.
const NAMED_THINGS: &[&str] = &[
    "journal",
    "magazine",
    "newspaper",
    "paper",
    "website",
    "newsletter",
    "blog",
    "podcast",
    "show",
    "programme",
    "firm",
    "company",
    "nonprofit",
    "organization",
    "organisation",
    "publication",
    "network",
    "station",
    "app",
    "outlet",
    "broadcaster",
    "channel",
    "brand",
    "band",
    "book",
    "film",
    "town",
    "village",
    "neighborhood",
    "neighbourhood",
    "suburb",
];

/// Whether the name at token `at` is one someone had before (`born Ruth Ann Dorsey`, `née
/// Dorsey`): no one new.
fn former_name(s: &Sentence, at: usize) -> bool {
    at > s.span.start
        && s.word(at - 1)
            .is_some_and(|w| ["born", "née", "nee"].contains(&w.as_str()))
}

/// Prepositions of place: a name after one is where something is, not who.
const PLACE_PREPOSITIONS: &[&str] = &[
    "at", "in", "across", "near", "outside", "inside", "toward", "towards", "along", "into",
    "through", "beside", "behind", "under", "past", "around",
];

/// Whether the name at token `at` follows `the` (`the Tollgate Bridge`) or a preposition
/// of place (`at City Hall`, `from the East Flats neighborhood`): a place or a thing.
fn placed(s: &Sentence, at: usize) -> bool {
    let before = |k: usize| (k > s.span.start).then(|| s.word(k - 1)).flatten();
    match before(at).as_deref() {
        Some("the") => true,
        Some(w) => PLACE_PREPOSITIONS.contains(&w),
        None => false,
    }
}

/// Names met outside quotations: made known, with their titles and appositives.
pub(super) fn scan_mentions(s: &Sentence, people: &mut People) {
    let span = s.span.clone();
    people.paragraph = s.index;
    people.begin_scan();
    // `He died in 2004.`: a sentence opened by `he` or `she` outside quotations tells the
    // gender of whom it points back to, whether or not the sentence reports speech, so
    // that a later `she` is not given to a man named in between.
    if let Some(first) = s.toks.get(span.start)
        && !first.quoted()
        && ["He", "She"].contains(&first.text(s.body))
        && let Some(np) = people::parse(s.body, s.toks, span.start, span.end)
        && matches!(np.kind, NpKind::Pronoun(_))
    {
        people.mention(&np);
    }
    // `The judge did not agree.`: the one person given the role is mentioned.
    super::role_subjects::mention_role_subject(s, people);
    // Every run of two or more capitalised words that can be a name.
    let mut k = span.start;
    while k < span.end {
        if s.toks[k].quoted() || s.toks[k].kind != Kind::Word {
            k += 1;
            continue;
        }
        let end = (k..span.end)
            .find(|&j| s.toks[j].kind != Kind::Word || s.toks[j].quoted())
            .unwrap_or(span.end);
        let mut j = k;
        while j < end {
            if let Some(mut np) = people::parse(s.body, s.toks, j, end)
                && (np.kind == NpKind::Name
                    && !np.text.contains(" of ")
                    && !np.text.contains(" for ")
                    || corporate(&np))
                && np.text.split_whitespace().count() >= 2
            {
                // `She was born Ruth Ann Dorsey`, `née Dorsey`: a name one had before is
                // no one new, and never someone a later `she` is.
                let first = np.end.saturating_sub(np.text.split_whitespace().count());
                if former_name(s, j) || former_name(s, first.max(j)) {
                    j = np.end.max(j + 1);
                    continue;
                }
                // `crossed the Tollgate Bridge`, `a news conference at City Hall`, `a
                // nurse from the East Flats neighborhood`: a name after `the` or a word of
                // place is a place or a thing, never someone `he` or `she` may be.
                if np.kind == NpKind::Name && np.title.is_none() && placed(s, first.max(j)) {
                    j = np.end.max(j + 1);
                    continue;
                }
                // `the journal Coastal Ecology`: a name after the noun for what it is
                // names a thing, never someone `she` may be.
                if np.kind == NpKind::Name
                    && s.word(j)
                        .is_some_and(|w| NAMED_THINGS.contains(&w.as_str()))
                    && s.toks[j].text(s.body).starts_with(char::is_lowercase)
                {
                    np.kind = NpKind::Body;
                    np.title = None;
                }
                people.scanned(&np, j);
                j = np.end.max(j + 1);
            } else {
                j += 1;
            }
        }
        k = end;
    }
    possessive_names(s, people);
    // Titles and appositives of names that open a chunk.
    let parts = chunks(s, span.start, span.end);
    for (ci, chunk) in parts.iter().enumerate() {
        // A name that ends its chunk without opening it: `a study by Ingrid Fallowes, a
        // hydrologist at …`.
        if let Some((np, first)) = name_ending(s, chunk)
            && let Some(who) = people.scanned(&np, first)
        {
            appositive_after(s, &parts, ci, who, people);
        }
        let Some(np) = people::parse(s.body, s.toks, chunk.start, chunk.end) else {
            continue;
        };
        if np.kind != NpKind::Name
            || s.toks[chunk.start..np.end].iter().any(Tok::quoted)
            || former_name(s, chunk.start)
            || former_name(
                s,
                np.end
                    .saturating_sub(np.text.split_whitespace().count())
                    .max(chunk.start),
            )
        {
            continue;
        }
        // A chunk cut at a firm's `&` (`Joanna Pruett of Barstow & Klein`): the name was
        // met whole above, with its firm.
        if s.toks.get(np.end).is_some_and(|t| t.text(s.body) == "&") {
            continue;
        }
        let known_single = np.text.split_whitespace().count() == 1 && people.has_surname(&np.text);
        if np.text.split_whitespace().count() < 2 && !known_single && np.title.is_none() {
            continue;
        }
        let Some(who) = people.scanned(&np, chunk.start) else {
            continue;
        };
        // "Rep. Ann Mole (D-Ore.)": the label in brackets.
        let mut name_end = np.end;
        if s.toks.get(np.end).is_some_and(|t| t.text(s.body) == "(")
            && let Some(close) = (np.end + 1..chunk.end).find(|&k| s.toks[k].text(s.body) == ")")
            && let Some(label) = party_after(s, np.end + 1, close)
        {
            people.add_affiliation(who, &label);
            name_end = close + 1;
        }
        // The appositive after the name (and after its label in brackets, or its age:
        // `Dolores Apodaca, 61, a retired school nurse`).
        if name_end == chunk.end {
            appositive_after(s, &parts, ci, who, people);
        }
        if ci >= 1 {
            let prev = &parts[ci - 1];
            let before_is_name = ci >= 2
                && people::parse(s.body, s.toks, parts[ci - 2].start, parts[ci - 2].end)
                    .is_some_and(|n| n.kind == NpKind::Name);
            // "Osei-Brandt and the company's chief financial officer, Tom Radke": the role
            // is the coordinate after the last `and`.
            let from = (prev.start..prev.end)
                .rev()
                .find(|&k| s.toks[k].text(s.body) == "and")
                .map_or(prev.start, |k| k + 1);
            // `signed by its chief technology officer, Evan Marchetti`: the role opens
            // after the preposition or `where` that places it in the clause.
            let from = role_after_lead(s, from, prev.end).unwrap_or(from);
            // "…, the committee's ranking Republican, said Morrow was …": a role before the
            // comma describes a name that opens its phrase, not the object of a verb.
            // A title in lower case opens the name's phrase too: `The bill's sponsor, state
            // Sen. Lorna Vickery,`.
            let first = s.toks[chunk.start].text(s.body);
            let opens = !first.starts_with(char::is_lowercase)
                || np.title.is_some() && !lexicon::is_reporting(first);
            // `His client, Ashcombe told the judge, had lent …`: a name with its verb of
            // speech is an attribution set into the clause, and the words before it are
            // the clause's subject, not a role of the name.
            let attributing = s
                .toks
                .get(np.end)
                .is_some_and(|t| t.kind == Kind::Word && lexicon::is_reporting(t.text(s.body)));
            if !before_is_name
                && !attributing
                && opens
                && from < prev.end
                && let Some(role) = people::role_phrase(s.body, s.toks, from, prev.end)
                    .or_else(|| trailing_role(s, from, prev.end))
            {
                people.add_affiliation(who, &role);
            }
        }
    }
}

/// The place or body that `toks[start..end]` names after `of` or `from` (`of Dayton,
/// Ohio`, `from the East End`, `of the Sierra Club`): the words after the preposition, all
/// capitalised but a `the` first and the comma before a state, one to five of them, none
/// quoted. `None` for any other phrase (`of counsel`, `from the start`).
fn comma_place(s: &Sentence, start: usize, end: usize) -> Option<String> {
    let lead = s.word(start)?;
    if !["of", "from"].contains(&lead.as_str()) || s.toks[start].quoted() {
        return None;
    }
    let mut first = start + 1;
    if s.word(first).is_some_and(|w| w == "the") {
        first += 1;
    }
    let words: Vec<&Tok> = s
        .toks
        .get(first..end)?
        .iter()
        .filter(|t| t.kind != Kind::Comma)
        .collect();
    let named = !words.is_empty()
        && words.len() <= 5
        && words
            .iter()
            .all(|t| t.kind == Kind::Word && !t.quoted() && is_cap(t.text(s.body)));
    named.then(|| {
        s.body[s.toks[start + 1].range.start..s.toks[end - 1].range.end]
            .trim_end_matches(['.', ','])
            .to_string()
    })
}

/// Words that lead into a role written before a name in the same clause: `signed by`,
/// `a letter to`, `a memo from`, `a hearing where`.
const ROLE_LEADS: &[&str] = &["by", "to", "from", "with", "where", "against", "about"];

/// Where a role written before a name's comma opens, in `toks[from..end]`, when a word of
/// [`ROLE_LEADS`] places it in its clause: the determiner or possessive after the last
/// such word (`a memo from the district's facilities director` → `the district's
/// facilities director`; `a letter to Stridewell's chief executive` → `Stridewell's chief
/// executive`). `None` when no such word comes before a determiner or a possessive.
fn role_after_lead(s: &Sentence, from: usize, end: usize) -> Option<usize> {
    (from..end.saturating_sub(1)).rev().find_map(|k| {
        let lead = s.toks[k].kind == Kind::Word
            && ROLE_LEADS.contains(&s.toks[k].text(s.body).to_lowercase().as_str());
        let next = s.toks[k + 1].text(s.body);
        let opens = s.toks[k + 1].kind == Kind::Word
            && (["the", "its", "his", "her", "their"].contains(&next.to_lowercase().as_str())
                || is_possessive(next));
        (lead && opens).then_some(k + 1)
    })
}

/// The appositive after the name that ends chunk `ci` of `parts` (past an age: `Dolores
/// Apodaca, 61, a retired school nurse`): its roles and `who` clause, and a party label,
/// as `who`'s affiliations (at most two).
fn appositive_after(
    s: &Sentence,
    parts: &[Range<usize>],
    ci: usize,
    who: usize,
    people: &mut People,
) {
    let mut at = ci + 1;
    if let Some(n) = parts.get(at)
        && people::age_alone(s.body, s.toks, n.start, n.end)
    {
        at += 1;
    }
    let Some(mut next) = parts.get(at) else {
        return;
    };
    // `Tom Brackett, R-Texas, who chairs the subcommittee,`: the party label, then what
    // describes the person after it.
    let label = party_after(s, next.start, next.end);
    if let Some(label) = &label
        && let Some(after) = parts.get(at + 1)
    {
        people.add_affiliation(who, label);
        at += 1;
        next = after;
    }
    // `a naturopathic doctor in Boise, Idaho,`: the place goes on to its state.
    let end = name_runs::place_rest(s.body, s.toks, next.end)
        .filter(|&last| last < s.span.end && ends_on_place(s, next))
        .map_or(next.end, |last| last + 1);
    let mut roles = people::appositive(s.body, s.toks, next.start, end);
    // `who directs the program at the Corlan Center, a think tank in Vienna,`: the
    // clause goes on through the appositive of its last noun.
    if let Some(last) = roles.last_mut()
        && last.starts_with("who ")
        && end == next.end
        && let Some(more) = parts.get(at + 1)
        && let Some(described) = what_it_is(s, more)
    {
        *last = format!("{last}, {described}");
    }
    // `Ann Mole, 34, of Dayton, Ohio,`, `Ann Mole, of the Sierra Club,`: a place or body
    // set off by commas after the name.
    if roles.is_empty()
        && let Some(place) = comma_place(s, next.start, end)
    {
        roles.push(place);
    }
    // `Marcus Feeney, the deputy director, who will run it until …`: a role, then a
    // relative clause of its own after the role's comma.
    if roles.len() == 1
        && end == next.end
        && !roles[0].starts_with("who")
        && let Some(more) = parts.get(at + 1)
        && let Some(clause) = people::who_clause(s.body, s.toks, more.start, more.end)
            .or_else(|| people::whose_clause(s.body, s.toks, more.start, more.end))
    {
        roles.push(clause);
    }
    for role in roles
        .into_iter()
        .chain(party_after(s, next.start, next.end))
        .take(2)
    {
        people.add_affiliation(who, &role);
    }
}

/// A person's name of two or more words that ends chunk `c` without opening it, after a
/// word in lower case that is no determiner nor a preposition of place (`a study released
/// by Ingrid Fallowes`, `Among those waiting is Margaret Allerby`): the name and the token
/// it starts at. Its appositive after the comma describes it as a name opening its chunk's
/// does.
fn name_ending(s: &Sentence, c: &Range<usize>) -> Option<(Np, usize)> {
    let capital = |k: usize| {
        let t = &s.toks[k];
        t.kind == Kind::Word && !t.quoted() && t.text(s.body).starts_with(char::is_uppercase)
    };
    let last = c.end.checked_sub(1)?;
    if last <= c.start || !capital(last) {
        return None;
    }
    let mut first = last;
    while first > c.start && capital(first - 1) {
        first -= 1;
    }
    if first <= c.start {
        return None;
    }
    let before = &s.toks[first - 1];
    let word = before.text(s.body);
    if before.kind != Kind::Word
        || before.quoted()
        || !word.starts_with(char::is_lowercase)
        || ["the", "a", "an", "of", "for", "and", "or"].contains(&word)
        || placed(s, first)
    {
        return None;
    }
    let np = people::parse(s.body, s.toks, first, c.end)?;
    (np.kind == NpKind::Name
        && np.title.is_none()
        && np.end == c.end
        && np.text.split_whitespace().count() >= 2)
        .then_some((np, first))
}

/// Whether the stretch `c` ends on a place after `in`, `at`, `near`, `from` or `of` (`a
/// doctor in Boise`), whose state may follow after a comma.
pub(super) fn ends_on_place(s: &Sentence, c: &std::ops::Range<usize>) -> bool {
    (c.start..c.end)
        .rev()
        .find(|&k| {
            s.toks[k].kind != Kind::Word || !s.toks[k].text(s.body).starts_with(char::is_uppercase)
        })
        .is_some_and(|k| {
            k + 1 < c.end
                && s.word(k)
                    .is_some_and(|w| ["in", "at", "near", "from", "of"].contains(&w.as_str()))
        })
}

/// The role that ends `toks[start..end]` from its last determiner or possessive (at most
/// six words back), when the whole is no role phrase: `But the auditor`, `is signed by the
/// firm's principal engineer` give `the auditor`, `the firm's principal engineer`.
fn trailing_role(s: &Sentence, start: usize, end: usize) -> Option<String> {
    let head = s.toks.get(end.checked_sub(1)?)?;
    if head.kind != Kind::Word || !lexicon::is_role(head.text(s.body)) || is_cap(head.text(s.body))
    {
        return None;
    }
    // One person's role: `leaders` before a name is no role of theirs.
    if head.text(s.body).ends_with('s') {
        return None;
    }
    // Only modifiers stand between the determiner and the role: `the phone with House
    // leaders`, `a memo sent to reporters` are no role.
    let modifier = |k: usize| {
        let t = &s.toks[k];
        let w = t.text(s.body);
        t.kind == Kind::Word
            && !t.quoted()
            && (is_possessive(w)
                || w.starts_with(char::is_lowercase)
                    && !lexicon::is_reporting(w)
                    && !w.ends_with("ed")
                    && ![
                        "of", "for", "with", "to", "at", "in", "on", "by", "from", "about", "and",
                        "or",
                    ]
                    .contains(&w))
    };
    let from = start.max(end.saturating_sub(5));
    let mut k = end - 1;
    while k > from {
        k -= 1;
        let w = s.toks[k].text(s.body).to_lowercase();
        if ["the", "a", "an", "its", "his", "her", "their"].contains(&w.as_str()) {
            return people::role_phrase(s.body, s.toks, k, end);
        }
        if !modifier(k) {
            return None;
        }
    }
    None
}

/// Whether `np` is a business, agency or other body by the head word of its proper name
/// (`Halvorsen Outdoor Co.`, `Verdant Root Apothecary`, `Linwood General Hospital`,
/// `Department of Transportation`: [`roster::body_head`]): made known wherever it is met.
fn corporate(np: &Np) -> bool {
    np.kind == NpKind::Body
        && np.text.starts_with(char::is_uppercase)
        && !np.text.starts_with("The ")
        && roster::body_head(&people::Person {
            name: np.text.clone(),
            kind: NpKind::Body,
            affiliations: Vec::new(),
            gender: None,
        })
        .is_some()
}

/// Full names met only as possessives (`Gov. Ruth Marquardt's proposal`), made known
/// with their titles, so that a later `Marquardt` is Ruth Marquardt. A name's capitalised
/// words before the possessive are read as a noun phrase (at most 6 words back); a lone
/// possessive (`Marquardt's spokesman`) makes no one known.
fn possessive_names(s: &Sentence, people: &mut People) {
    for p in s.span.clone() {
        let t = &s.toks[p];
        let text = t.text(s.body);
        if t.kind != Kind::Word || t.quoted() || !is_possessive(text) {
            continue;
        }
        let stem = text
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .to_string();
        if !is_cap(&stem) {
            continue;
        }
        let mut from = p;
        while from > s.span.start && p - from < 6 {
            let b = &s.toks[from - 1];
            if b.kind != Kind::Word || b.quoted() || !b.text(s.body).starts_with(char::is_uppercase)
            {
                break;
            }
            from -= 1;
        }
        if from == p {
            continue;
        }
        let Some(np) = people::parse(s.body, s.toks, from, p) else {
            continue;
        };
        if np.kind != NpKind::Name || np.end != p || np.text.contains(' ') {
            continue;
        }
        people.scanned(
            &Np {
                text: format!("{} {stem}", np.text),
                end: p + 1,
                ..np
            },
            from,
        );
    }
}

/// The party–state label that is all of `toks[start..end]` (its final full stop aside):
/// `R-Fla.`, `D-N.Y.`.
fn party_after(s: &Sentence, start: usize, end: usize) -> Option<String> {
    let words: Vec<&Tok> = s.toks[start..end]
        .iter()
        .filter(|t| t.kind != Kind::End)
        .collect();
    match words.as_slice() {
        [w] if w.kind == Kind::Word && people::party_label(w.text(s.body)) => {
            Some(w.text(s.body).trim_end_matches('.').to_string())
        }
        // A town of more than one word: `R-Port Orchard`, `D-San Jose`.
        [w, rest @ ..]
            if w.kind == Kind::Word
                && people::party_label(w.text(s.body))
                && rest.len() <= 2
                && rest
                    .iter()
                    .all(|t| t.kind == Kind::Word && is_cap(t.text(s.body))) =>
        {
            let last = rest[rest.len() - 1];
            Some(
                s.body[w.range.start..last.range.end]
                    .trim_end_matches('.')
                    .to_string(),
            )
        }
        _ => None,
    }
}

/// The chunk `c` when it is an appositive that says what a body is (`a think tank in
/// Vienna`, `a nonpartisan fact-checking project at Lakeland State University`): it opens
/// with `a` or `an`, holds two to ten words with no role of a person (that would be a
/// second description of the person) and no verb of speech, and a comma or the sentence's
/// end closes it. `None` for any other chunk.
fn what_it_is(s: &Sentence, c: &Range<usize>) -> Option<String> {
    let words: Vec<&str> = s.toks[c.clone()]
        .iter()
        .map(|t| (t.kind == Kind::Word && !t.quoted()).then(|| t.text(s.body)))
        .collect::<Option<_>>()?;
    let opens = words
        .first()
        .is_some_and(|w| ["a", "an"].contains(&w.to_lowercase().as_str()));
    let closed = c.end >= s.span.end || s.toks.get(c.end).is_some_and(|t| t.kind == Kind::Comma);
    let plain = words
        .iter()
        .all(|w| !lexicon::is_role(w) && !lexicon::is_reporting(w) && !lexicon::is_between(w));
    (opens && closed && plain && (2..=10).contains(&words.len()))
        .then(|| s.body[s.toks[c.start].range.start..s.toks[c.end - 1].range.end].to_string())
}
