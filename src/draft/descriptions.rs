//! Noun phrases that describe rather than name: a role given in an appositive ("a senior fellow at New America"), a common noun that speaks ("the tycoon", "a reporter", "the letter").

use super::lexicon;
use super::mention::{Np, NpKind, STOPS, counts_people, is_cap, is_possessive};
use super::openers::{adverbial, participle_phrase};
use super::relative_roles;
use super::role_heads;
use super::sentence::{Sentence, chunks};
use super::tokens::{Kind, Tok};
use crate::sanitize::without_marks;

/// Determiners that open a common noun phrase naming a speaker without a name (and, with
/// them, the words that count people: [`counts_people`]).
const COMMON_OPENERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "this", "that", "some", "other",
];

/// Quantifiers that speak alone for people the sentence has in mind: "Others shouted",
/// "Most said they were worried".
const ALONE: &[&str] = &["others", "many", "most", "some", "several", "both"];

/// A common noun phrase that fills all of `toks[start..end]` and names a speaker without a
/// name: "the tycoon", "a reporter", "one person", "his colleague", "the 46-year-old",
/// "the letter". At most six words, none quoted, none a verb of speech; read as a body
/// (an office or a document) that later mentions of the same words find again.
pub fn common(body: &str, toks: &[Tok], start: usize, end: usize) -> Option<Np> {
    // A relative clause or a comma ends the phrase: "a source who asked not to be named".
    let stop = (start..end)
        .find(|&k| {
            toks[k].kind != Kind::Word
                || ["who", "which", "that", "whose"]
                    .contains(&toks[k].text(body).to_lowercase().as_str())
        })
        .unwrap_or(end);
    let mut words: Vec<&Tok> = toks.get(start..stop)?.iter().collect();
    // Prepositions may follow the head: "a longtime adviser to the governor".
    let of_after = words.iter().position(|t| {
        ["to", "of", "for", "with", "close", "at", "in", "from", "on"]
            .contains(&t.text(body).to_lowercase().as_str())
    });
    if words.len() > 8 || words.iter().any(|t| t.quote.is_some()) {
        return None;
    }
    let head_end = of_after.unwrap_or(words.len());
    let alone = head_end == 1 && ALONE.contains(&words[0].text(body).to_lowercase().as_str());
    if head_end < 2 && !alone {
        return None;
    }
    let tail: Vec<&Tok> = words.split_off(head_end);
    let tail_plain = tail.iter().all(|t| {
        let w = t.text(body).to_lowercase();
        !lexicon::is_reporting(&w) && !lexicon::is_between(&w)
    });
    if !tail_plain {
        return None;
    }
    words.extend(tail);
    let end = start + words.len();
    let texts: Vec<&str> = words[..head_end].iter().map(|t| t.text(body)).collect();
    let first = texts[0].to_lowercase();
    let counted = first.chars().all(|c| c.is_ascii_digit());
    let opens = COMMON_OPENERS.contains(&first.as_str()) || counts_people(&first) || counted;
    if !opens || (texts.len() < 2 && !alone) {
        return None;
    }
    // `former` and `new` describe a speaker (`a former official`, `a New Hampshire
    // Republican`) though they open no name.
    let plain = texts[1..].iter().all(|w| {
        let lower = w.to_lowercase();
        let adjective = lower == "former" || lower == "new";
        !lexicon::is_reporting(&lower)
            && !lexicon::is_between(&lower)
            && !STOPS.contains(&lower.as_str())
            && (adjective || !lexicon::is_not_name(&lower))
            && !is_possessive(w)
    });
    if !plain {
        return None;
    }
    Some(Np {
        kind: NpKind::Body,
        text: body[words[0].range.start..words[words.len() - 1].range.end].to_string(),
        title: None,
        end,
    })
}

pub(super) fn age(word: &str) -> bool {
    word.contains("year-old") || word.chars().all(|c| c.is_ascii_digit())
}

/// The words of `toks[start..end]`, or none when a quotation is among them (a phrase
/// holding quoted words is what someone said, not who they are).
fn unquoted_words<'a>(
    body: &'a str,
    toks: &[Tok],
    start: usize,
    end: usize,
) -> Option<Vec<&'a str>> {
    if toks[start..end].iter().any(|t| t.quote.is_some()) {
        return None;
    }
    Some(
        toks[start..end]
            .iter()
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.text(body))
            .collect(),
    )
}

/// The relative clause that fills `toks[start..end]` and says what a person does for a
/// living or a cause, kept whole as an affiliation: `who runs the county's water board`,
/// `who studies transit finance at a state university`, or what they did until lately
/// (`who ran the depot until 2021`, `who coached at the school for 30 years`). It opens
/// with `who` and a verb in lower case: in the present tense (`runs`, `chairs`), or in the
/// past with the span it lasted (`until`, `for … years`). A single act (`who voted
/// against it`, `who made transit her cause`), a verb of speech (`who said …`), a
/// quotation or more than 16 words give none.
pub fn who_clause(body: &str, toks: &[Tok], start: usize, end: usize) -> Option<String> {
    if start + 1 >= end {
        return None;
    }
    let words = unquoted_words(body, toks, start, end)?;
    let verb = *words.get(1)?;
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let auxiliary = [
        "has", "had", "is", "was", "were", "are", "does", "did", "would", "could",
    ];
    let present = verb.len() > 3
        && verb.ends_with('s')
        && !verb.ends_with("ss")
        && !verb.ends_with("ous")
        && !auxiliary.contains(&verb);
    // `who has managed the branch since 2009`: the perfect with the span it has lasted.
    let perfect = ["has", "have"].contains(&verb)
        && words
            .get(2)
            .is_some_and(|w| w.ends_with("ed") && w.starts_with(char::is_lowercase));
    let since = lower
        .windows(2)
        .any(|w| w[0] == "since" && w[1].len() == 4 && w[1].chars().all(|c| c.is_ascii_digit()));
    let lasted = (!auxiliary.contains(&verb) || perfect)
        && (lower.iter().any(|w| w == "until")
            || since
            || lower.windows(3).any(|w| {
                w[0] == "for"
                    && w[2].starts_with("year")
                    && (w[1].chars().all(|c| c.is_ascii_digit())
                        || [
                            "two", "three", "four", "five", "six", "ten", "many", "several",
                        ]
                        .contains(&w[1].as_str()))
            }));
    // Or an adverb, the perfect or the progressive of standing work, a past with its
    // span: `who now teaches`, `who has advised`, `who spent two years` (`relative_roles`).
    let opens = lower[0] == "who"
        && toks[start + 1].kind == Kind::Word
        && verb.starts_with(char::is_lowercase)
        && !lexicon::is_reporting(verb)
        && ((present || lasted) && (perfect || !lexicon::is_between(verb))
            || relative_roles::standing_who(&lower));
    if !opens || words.len() > 16 || words.iter().any(|w| lexicon::is_reporting(w) && !is_cap(w)) {
        return None;
    }
    // A second verb joined by `and` says something else of them: `who studies X and was
    // not involved in the study` keeps `who studies X`. One that says what they are or
    // have long done is the same description going on, kept whole: `who has lived there
    // for 22 years and is the association's treasurer`, `who lives near the school and
    // has taught there since 2004` (`is` then a determiner or a possessive; `has` then a
    // participle that is no refusal, negation or speech).
    let goes_on = |k: usize| {
        let word = |i: usize| toks.get(i).map_or("", |t| t.text(body));
        match word(k + 1) {
            "is" => {
                let next = word(k + 2).to_lowercase();
                ["a", "an", "the"].contains(&next.as_str()) || is_possessive(word(k + 2))
            }
            "has" => {
                let next = word(k + 2);
                next.starts_with(char::is_lowercase)
                    && !["not", "never", "no", "declined", "refused", "yet"].contains(&next)
                    && !lexicon::is_reporting(next)
            }
            _ => false,
        }
    };
    let end = (start + 2..end)
        .find(|&k| {
            toks[k].text(body) == "and"
                && !goes_on(k)
                && toks.get(k + 1).is_some_and(|t| {
                    [
                        "was", "is", "has", "had", "did", "does", "were", "not", "declined",
                    ]
                    .contains(&t.text(body))
                })
        })
        .unwrap_or(end);
    let text = without_marks(&body[toks[start].range.start..toks[end - 1].range.end]);
    Some(
        text.trim_end_matches(['.', ',', ';', ':'])
            .trim()
            .to_string(),
    )
}

/// The `whose` clause that fills `toks[start..end]` and says what a person works in or
/// answers for, kept whole as an affiliation: `whose district includes four ferry
/// terminals`, `whose company built the span`; never kin or home (`whose daughter …`):
/// [`relative_roles::whose_clause`].
pub fn whose_clause(body: &str, toks: &[Tok], start: usize, end: usize) -> Option<String> {
    let words = unquoted_words(body, toks, start, end)?;
    let kept = relative_roles::whose_clause(&words)?;
    let last = toks[start..end]
        .iter()
        .filter(|t| t.kind == Kind::Word)
        .nth(kept - 1)?;
    let text = without_marks(&body[toks[start].range.start..last.range.end]);
    Some(
        text.trim_end_matches(['.', ',', ';', ':'])
            .trim()
            .to_string(),
    )
}

/// The affiliations an appositive after a name gives, `toks[start..end]` being the
/// phrase after the name's comma: a role (`a toxicologist at Ohio Lakes University`), or
/// a `who` clause ([`who_clause`]), or both where the role goes on into a `who` clause
/// (`a political scientist at Four Corners College who studies polling` is the role and
/// `who studies polling`). A `who` clause after words that are no role gives nothing.
pub fn appositive(body: &str, toks: &[Tok], start: usize, end: usize) -> Vec<String> {
    let who = (start + 1..end)
        .find(|&k| toks[k].kind == Kind::Word && toks[k].text(body).eq_ignore_ascii_case("who"));
    match who {
        Some(k) => match role_phrase(body, toks, start, k) {
            // A bare role (`a nurse`, `a retired teacher`) with its `who` clause is one
            // affiliation: the clause says which nurse (`a nurse who works overnight
            // shifts at …`). A role placed by a preposition (`a toxicologist at X`) is
            // whole already, and its clause says something more of them: two.
            Some(role) if bare_role(body, toks, start, k) => {
                vec![match who_clause(body, toks, k, end) {
                    Some(clause) => format!("{role} {clause}"),
                    None => role,
                }]
            }
            Some(role) => std::iter::once(role)
                .chain(who_clause(body, toks, k, end))
                .collect(),
            None => Vec::new(),
        },
        None => coordinated_roles(body, toks, start, end)
            .or_else(|| role_phrase(body, toks, start, end).map(|r| vec![r]))
            .or_else(|| who_clause(body, toks, start, end).map(|r| vec![r]))
            .or_else(|| whose_clause(body, toks, start, end).map(|r| vec![r]))
            .unwrap_or_default(),
    }
}

/// Two roles joined by `and` and a determiner, each a role phrase of its own: `a
/// pulmonologist at Tallmadge University and the study's lead author`, `a mother of two
/// and a certified public accountant` are two affiliations, or one where only one side
/// reads as a role. `None` when neither does, or no `and` and a determiner join them
/// (`director of policy and research at the Soufan Group` stays one role).
fn coordinated_roles(body: &str, toks: &[Tok], start: usize, end: usize) -> Option<Vec<String>> {
    let and = (start + 2..end.saturating_sub(2)).find(|&k| {
        toks[k].kind == Kind::Word
            && toks[k].text(body) == "and"
            && ["a", "an", "the"].contains(&toks[k + 1].text(body).to_lowercase().as_str())
    })?;
    let roles: Vec<String> = role_phrase(body, toks, start, and)
        .into_iter()
        .chain(role_phrase(body, toks, and + 1, end))
        .collect();
    (!roles.is_empty()).then_some(roles)
}

/// Whether the role phrase `toks[start..end]` is a role alone, with no preposition placing
/// it (`a nurse`, `the foreman`; not `a toxicologist at Ohio Lakes University`, `director of
/// policy`).
fn bare_role(body: &str, toks: &[Tok], start: usize, end: usize) -> bool {
    toks[start..end].iter().all(|t| {
        t.kind == Kind::Word
            && ![
                "at", "of", "for", "in", "with", "from", "on", "to", "and", "or", "by",
            ]
            .contains(&t.text(body).to_lowercase().as_str())
    })
}

/// Whether `toks[start..end]` holds an age and nothing else (`, 61,` after a name), which
/// an appositive after it passes over: `Dolores Apodaca, 61, a retired school nurse`.
pub fn age_alone(body: &str, toks: &[Tok], start: usize, end: usize) -> bool {
    let mut words = toks[start..end].iter().filter(|t| t.kind != Kind::End);
    words
        .next()
        .is_some_and(|t| t.kind == Kind::Word && age(t.text(body)))
        && words.next().is_none()
}

/// Words that place someone in a sequence (`the first speaker`), not in a job.
const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "next", "last", "final", "another", "other",
];

/// Words that open a clause of time or reason, ending a role phrase before them.
const SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "because", "since", "while", "until",
];

/// Whether `toks[start..end]` reads as an appositive that gives a role: "a senior fellow
/// at New America", "director of policy and research at the Soufan Group".
pub fn role_phrase(body: &str, toks: &[Tok], start: usize, end: usize) -> Option<String> {
    if start >= end {
        return None;
    }
    // A clause that tells when or why ends the role: "a special prosecutor appointed by
    // the attorney general's office after the county prosecutor stepped aside".
    let end = (start + 1..end)
        .find(|&k| {
            toks[k].kind == Kind::Word
                && SUBORDINATORS.contains(&toks[k].text(body).to_lowercase().as_str())
        })
        .unwrap_or(end);
    let words = unquoted_words(body, toks, start, end)?;
    let first = words.first()?.to_lowercase();
    if [
        "who",
        "which",
        "whose",
        "speaking",
        "according",
        "and",
        "but",
        "in",
        "on",
        "at",
        // A verb: `Rosa Delgado, 71, is now the only potter left` is no appositive.
        "is",
        "was",
        "are",
        "were",
        "has",
        "had",
        "will",
        "would",
    ]
    .contains(&first.as_str())
        || words.len() > 14
        || words.iter().any(|w| lexicon::is_reporting(w) && !is_cap(w))
    {
        return None;
    }
    // A party member is a role in an appositive ("a Democrat in her second term"), though
    // not a title before a name ("The Republican National Committee").
    // Or a noun of a relation (`Her daughter`) or an agent noun by its ending (`a forklift
    // operator`) heading a phrase a determiner opens: `draft/role_heads`.
    let head_at = (0..words.len()).find(|&i| {
        lexicon::is_role(words[i])
            || ["Democrat", "Republican"].contains(&words[i])
            || role_heads::heads_description(&words, i)
    })?;
    // The role noun comes early: "a senior fellow at …", not "the dam at the site of …".
    if head_at > 4 {
        return None;
    }
    // A place in a sequence is no role: `The first speaker`, `the next witness`, `the
    // last caller` say when they spoke, not what they are (`the first deputy mayor`, with
    // more than the head after the ordinal, stays a role).
    if head_at >= 1
        && head_at + 1 == words.len()
        && ORDINALS.contains(&words[head_at - 1].to_lowercase().as_str())
    {
        return None;
    }
    let text = without_marks(&body[toks[start].range.start..toks[end - 1].range.end]);
    Some(
        text.trim_end_matches(['.', ',', ';', ':'])
            .trim()
            .to_string(),
    )
}

#[cfg(test)]
#[path = "appositive_tests.rs"]
mod tests;

/// Words that end an unnamed source's head noun and open what describes it: a relative
/// pronoun, an adjective or participle taking a complement, a preposition.
const DESCRIBING: &[&str] = &[
    "who", "that", "familiar", "involved", "close", "for", "at", "in", "from", "with", "on", "of",
    "based", "briefed",
];

/// Determiners and counts that open an unnamed source (`a`, `another`, `some`, `two`).
const UNNAMED_OPENERS: &[&str] = &[
    "a", "an", "another", "one", "some", "other", "several", "two", "three", "four", "many",
];

/// Nouns for a person of fewer than four letters, which [`person_noun`] otherwise passes
/// over as too short to tell.
const SHORT_PERSON_NOUNS: &[&str] = &["fan", "kid", "guy", "cop", "mom", "dad", "boy", "vet"];

/// Whether `word` (lower case) can be the head of a phrase for a person or people: a role
/// or group word of the lexicon, a short noun for a person (`fan`), or a noun for a person
/// by its ending (`engineer`, `economists`, `agent`, `lawyers`, `person`); never a
/// document or a body.
pub(super) fn person_noun(word: &str) -> bool {
    let w = word.to_lowercase();
    // Nouns for a person too short for the endings below (`Another fan, Rosa, said`).
    if SHORT_PERSON_NOUNS.contains(&w.strip_suffix('s').unwrap_or(&w)) {
        return true;
    }
    if lexicon::is_document(&w) || lexicon::is_not_person(&w) || w.len() < 4 {
        return false;
    }
    let singular = w.strip_suffix('s').unwrap_or(&w);
    lexicon::is_role(&w)
        || lexicon::is_group(&w)
        || lexicon::is_role(singular)
        || ["person", "people", "source", "man", "woman", "men", "women"].contains(&w.as_str())
        || ["er", "or", "ist", "ant", "ent", "ian"]
            .iter()
            .any(|end| singular.ends_with(end))
}

/// The head word (lower case) of an unnamed source as the drafter names it (`A veteran
/// player agent who represents …` → `agent`, `A senior official` → `official`, `One
/// engineer, who asked not to be named` → `engineer`): the word before what describes it,
/// or its last word. `None` unless the name opens with `a`, `an`, `one` or `another` and
/// the head is a noun for a person ([`person_noun`]).
pub(super) fn unnamed_head(name: &str) -> Option<String> {
    head_after(name, &["a", "an", "one", "another"])
}

/// The head word (lower case) of a speaker named by a description (`the county's health
/// officer` → `officer`, `The commissioner of the league` → `commissioner`, `A Democratic
/// senator on Wednesday` → `senator`), as [`unnamed_head`] reads it, after `the`, `a`,
/// `an` or `another`.
pub(super) fn description_head(name: &str) -> Option<String> {
    head_after(name, &["the", "a", "an", "another"])
}

fn head_after(name: &str, openers: &[&str]) -> Option<String> {
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| w.trim_end_matches(',').to_lowercase())
        .collect();
    if !openers.contains(&words.first()?.as_str()) {
        return None;
    }
    let end = (2..words.len())
        .find(|&k| DESCRIBING.contains(&words[k].as_str()))
        .unwrap_or(words.len());
    let head = words.get(end.checked_sub(1)?)?;
    (end >= 2 && person_noun(head)).then(|| head.clone())
}

/// An unnamed source written whole as the subject before its verb (tokens `left..r`, `r`
/// the verb): a noun for a person, after `a`, `another`, `some` or a count or as a bare
/// plural, with what describes it — a relative clause (`A veteran agent who represents ten
/// players`), an adjective or participle with its complement (`An official involved in the
/// talks`, `A person familiar with the matter`), a preposition (`Lawyers for people who
/// were burned`). Opening adverbials may stand before it; after it, up to the verb, only
/// asides set off by commas (a participle's phrase, a `who` clause). The phrase as written,
/// a group: the gold sets keep such a source whole, never a name inside it nor cut at
/// `who`. `None` for any other shape: a name, a document (`A report that …`), a body, a
/// source with nothing after its head (`A nurse said`, read by the other rules).
pub(super) fn described_source(s: &Sentence, left: usize, r: usize) -> Option<Np> {
    if left >= r {
        return None;
    }
    let parts = chunks(s, left, r);
    let first = parts.iter().position(|c| {
        !c.is_empty() && !adverbial(s, c.start, c.end) && !participle_phrase(s, c.start, c.end)
    })?;
    let asides = parts[first + 1..].iter().all(|c| {
        !c.is_empty()
            && (participle_phrase(s, c.start, c.end)
                || s.word(c.start)
                    .is_some_and(|w| ["who", "whose"].contains(&w.as_str())))
    });
    let c = parts[first].clone();
    if !asides
        || c.len() < 3
        || c.len() > 18
        || s.toks[c.clone()]
            .iter()
            .any(|t| t.kind != Kind::Word || t.quote.is_some())
    {
        return None;
    }
    let mut from = c.start;
    if s.word(from)
        .is_some_and(|w| ["but", "and"].contains(&w.as_str()))
    {
        from += 1;
    }
    let opener = s.word(from)?;
    let head_from = if UNNAMED_OPENERS.contains(&opener.as_str()) {
        from + 1
    } else {
        from
    };
    let m = (head_from + 1..c.end)
        .find(|&k| s.word(k).is_some_and(|w| DESCRIBING.contains(&w.as_str())))?;
    let head = s.toks[m - 1].text(s.body);
    let bare_plural = head_from == from;
    // A bare plural is the phrase's first word (`Economists who …`); after a determiner
    // the head is in lower case (`A former Porchlight engineer who …`).
    let head_ok = if bare_plural {
        m == from + 1 && head.ends_with('s') && !head.ends_with("ss")
    } else {
        head.starts_with(char::is_lowercase)
    };
    if !head_ok || !person_noun(head) || m + 1 >= c.end {
        return None;
    }
    // What describes it holds no verb of saying (that is the statement, not the source).
    if s.toks[m..c.end].iter().any(|t| {
        let w = t.text(s.body).to_lowercase();
        lexicon::is_reporting(&w)
    }) {
        return None;
    }
    Some(Np {
        kind: NpKind::Group,
        text: without_marks(&s.body[s.bytes(from, c.end)]),
        title: None,
        end: c.end,
    })
}
