//! Reading a noun phrase: the name (with its title kept apart), pronoun, group or body that opens a stretch of tokens, as the subject of a clause or the speaker after an inverted verb.

use super::lexicon;
use super::mention::{Np, NpKind, Pronoun, STOPS, counts_people, is_cap, is_possessive};
use super::name_runs::{PARTY_WORDS, name_from_runs, person_of_the_body};
use super::tokens::{Kind, Tok};
use crate::sanitize::without_marks;

const CONNECTIVES: &[&str] = &[
    "but",
    "and",
    "still",
    "yet",
    "however",
    "meanwhile",
    "so",
    "also",
    "then",
    "instead",
    // Subordinators that open a clause before its subject: "As Politico put it, …".
    "as",
    "when",
    "while",
    "because",
    "although",
    "though",
];
const PARTICLES: &[&str] = &[
    "al", "bin", "ibn", "de", "van", "von", "der", "da", "di", "du", "la", "le", "del", "of",
    "for", "abu", "el",
];
fn pronoun(word: &str) -> Option<Pronoun> {
    match word.to_lowercase().as_str() {
        "he" => Some(Pronoun::He),
        "she" => Some(Pronoun::She),
        "they" => Some(Pronoun::They),
        "it" => Some(Pronoun::It),
        _ => None,
    }
}

/// What a state runs that speaks for it, after `state`: `Tavrian state media`.
const STATE_OUTLETS: &[&str] = &["media", "television", "radio", "broadcaster", "TV"];

/// The noun phrase that opens `toks[start..end]`, if one does: the subject of a clause or
/// the speaker after an inverted verb. Appositives after a comma are not part of it.
pub fn parse(body: &str, toks: &[Tok], start: usize, end: usize) -> Option<Np> {
    let mut i = start;
    while i < end
        && (toks[i].kind == Kind::Other
            || toks[i].kind == Kind::Word
                && CONNECTIVES.contains(&toks[i].text(body).to_lowercase().as_str()))
    {
        i += 1;
    }
    let first = toks.get(i).filter(|t| i < end && t.kind == Kind::Word)?;
    if let Some(p) = pronoun(first.text(body)) {
        return Some(Np {
            kind: NpKind::Pronoun(p),
            text: first.text(body).to_string(),
            title: None,
            end: i + 1,
        });
    }
    // An appositive ("director of …", "a senior fellow …") is not a subject.
    let first_lower = first.text(body).to_lowercase();
    // A role in lower case before a name is the name's title: "pollster Ann Mole".
    // Roles of several words in lower case lead to it too: "chief executive Ann Mole".
    let mut after = i + 1;
    while after < end.min(i + 4)
        && toks[after].kind == Kind::Word
        && !is_cap(toks[after].text(body))
        && lexicon::is_role(toks[after].text(body))
    {
        after += 1;
    }
    let titles_name = toks.get(after).filter(|_| after < end).is_some_and(|n| {
        n.kind == Kind::Word && is_cap(n.text(body)) && !is_possessive(n.text(body))
    });
    if ["a", "an"].contains(&first_lower.as_str())
        || !is_cap(first.text(body)) && lexicon::is_role(first.text(body)) && !titles_name
    {
        return None;
    }
    // The phrase's words: up to a verb, a preposition other than "of", or punctuation.
    let mut words: Vec<usize> = Vec::new();
    let mut j = i;
    while j < end
        && (toks[j].kind == Kind::Word
            || ampersand(body, toks, j) && !words.is_empty()
            || plural_possessive_in_name(body, toks, j, end))
        && !toks[j].quoted()
    {
        if toks[j].kind != Kind::Word && !ampersand(body, toks, j) {
            // The apostrophe of `Players' Association` is inside the name, no word of it.
            j += 1;
            continue;
        }
        let w = toks[j].text(body);
        let lower = w.to_lowercase();
        let next_cap = toks
            .get(j + 1)
            .is_some_and(|n| n.kind == Kind::Word && is_cap(n.text(body)));
        if !words.is_empty() && (lexicon::is_between(w) || lexicon::is_reporting(w) && !is_cap(w)) {
            break;
        }
        if STOPS.contains(&lower.as_str()) || (lower == "for" || lower == "and") && !next_cap {
            break;
        }
        words.push(j);
        j += 1;
        if words.len() >= 9 {
            break;
        }
    }
    if words.is_empty() {
        return None;
    }
    let texts: Vec<&str> = words.iter().map(|&k| toks[k].text(body)).collect();
    let joined = |from: usize, to: usize| {
        without_marks(&body[toks[words[from]].range.start..toks[words[to - 1]].range.end])
    };
    // A group: a plural head such as "officials", "Members of Congress".
    // A plural inside an organisation's name is no group: `Federal Wildland Workers Union`.
    if let Some(g) = texts.iter().position(|w| lexicon::is_group(w))
        && !texts
            .get(g + 1)
            .is_some_and(|w| is_cap(w) && lexicon::is_not_person(w))
    {
        let lower0 = texts[0].to_lowercase();
        let mut from = usize::from(lower0 == "the" || lower0 == "some" || lower0 == "many");
        // A share of a group is the group: `Fifty-eight percent of the voters`.
        if texts
            .get(1)
            .is_some_and(|w| w.eq_ignore_ascii_case("percent"))
            && texts.get(2).is_some_and(|w| w.eq_ignore_ascii_case("of"))
            && g > 3
        {
            from = if texts[3].eq_ignore_ascii_case("the") {
                4
            } else {
                3
            };
        }
        let to = if texts
            .get(g + 1)
            .is_some_and(|w| w.eq_ignore_ascii_case("of"))
        {
            texts.len()
        } else {
            g + 1
        };
        if from < to {
            return Some(Np {
                kind: NpKind::Group,
                text: joined(from, to),
                title: None,
                end: words[to - 1] + 1,
            });
        }
    }
    // A count of people, never a name: "One employee", "Several hundred demonstrators",
    // "Others", "46 percent", "Nine in 10 voters" (read on through "in 10").
    let percent = texts
        .get(1)
        .is_some_and(|w| w.eq_ignore_ascii_case("percent"));
    let opens = texts[0].starts_with(char::is_uppercase) || percent;
    if opens && (counts_people(texts[0]) || percent) {
        let mut last = words[words.len() - 1];
        if words.len() == 1
            && toks
                .get(last + 1)
                .is_some_and(|t| t.text(body).eq_ignore_ascii_case("in"))
            && toks.get(last + 2).is_some_and(|t| {
                let w = t.text(body);
                counts_people(w) || w.chars().all(|c| c.is_ascii_digit())
            })
        {
            last += 2;
            while let Some(t) = toks
                .get(last + 1)
                .filter(|t| last + 1 < end && t.kind == Kind::Word)
            {
                let w = t.text(body);
                let lower = w.to_lowercase();
                if lexicon::is_between(w)
                    || lexicon::is_reporting(&lower)
                    || STOPS.contains(&lower.as_str())
                {
                    break;
                }
                last += 1;
            }
        }
        // A share of a group is the group speaking: `Seven percent of respondents said …`
        // and `Fifty-eight percent of respondents said …` are both the respondents.
        let mut first = words[0];
        if percent
            && texts.get(2).is_some_and(|w| w.eq_ignore_ascii_case("of"))
            && let Some(&k) = words.get(3)
        {
            let the = texts[3].eq_ignore_ascii_case("the");
            first = if the {
                words.get(4).copied().unwrap_or(k)
            } else {
                k
            };
        }
        return Some(Np {
            kind: NpKind::Group,
            text: without_marks(&body[toks[first].range.start..toks[last].range.end]),
            title: None,
            end: last + 1,
        });
    }
    // Capitalised runs, particles allowed inside.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k < texts.len() {
        if is_cap(texts[k]) && !is_possessive(texts[k]) {
            let s = k;
            k += 1;
            while k < texts.len() {
                let w = texts[k];
                // `&` between capitalised words joins a firm's name: `Barstow & Klein`.
                let particle = (PARTICLES.contains(&w.to_lowercase().as_str()) || w == "&")
                    && texts.get(k + 1).is_some_and(|n| is_cap(n));
                if (is_cap(w) || particle || w.starts_with("al-")) && !is_possessive(w) {
                    k += 1;
                } else {
                    break;
                }
            }
            runs.push((s, k));
        } else {
            k += 1;
        }
    }
    // "Department of Health and Human Services", "Ministry of Trade and Economic
    // Development": a body's name whose complement after `of` is two things joined by `and`
    // goes on to the second (a title in it starts someone else: `the Department of
    // Justice and Sen. Ann Mole`).
    while let [.., (s1, e1), (s2, e2)] = runs[..]
        && e1 + 1 == s2
        && texts[e1] == "and"
        && e2 - s2 <= 3
        && of_complement(&texts[s1..e1])
        && !texts[s2..e2]
            .iter()
            .any(|w| lexicon::is_title_word(w) || lexicon::is_role(w) || is_possessive(w))
    {
        runs.truncate(runs.len() - 2);
        runs.push((s1, e2));
    }
    // A country's or a body's own office keeps its possessor: `Solvany's Foreign Ministry`
    // is not any foreign ministry (a person's office stays as it was: `Ann Mole's office`
    // is no name run).
    if let Some(&(s, e)) = runs.last()
        && e == texts.len()
        && s == 1
        && is_cap(texts[0])
        && is_possessive(texts[0])
        && e - s >= 2
        // The body's head: its last word, or the word before its `of` (`Vardesh's Ministry
        // of Foreign Affairs`).
        && lexicon::is_not_person(
            texts[s..e]
                .iter()
                .position(|w| *w == "of")
                .map_or(texts[e - 1], |o| texts[s + o.max(1) - 1]),
        )
    {
        runs.pop();
        runs.push((0, e));
    }
    // "Food and Drug Administration", "Great Plains & Western Railway": an organisation's
    // name holds `and` or `&` between its capitalised words (a person's never: `Clinton
    // and Trump` stays two runs).
    while let [.., (s1, e1), (s2, e2)] = runs[..]
        && e1 + 1 == s2
        && matches!(texts[e1], "and" | "&")
        && lexicon::is_not_person(texts[e2 - 1])
        && !lexicon::is_not_person(texts[e1 - 1])
    {
        runs.truncate(runs.len() - 2);
        runs.push((s1, e2));
    }
    let determiner = texts[0].eq_ignore_ascii_case("the");
    // "The mayor attacked Hale": the role is the subject, not the name after its verb.
    if determiner
        && texts.len() > 2
        && !is_cap(texts[1])
        && !is_possessive(texts[1])
        && lexicon::is_role(texts[1])
        && !is_cap(texts[2])
        && !lexicon::is_role(texts[2])
        && !["of", "for", "general", "emeritus"].contains(&texts[2].to_lowercase().as_str())
    {
        return Some(Np {
            kind: NpKind::Body,
            text: joined(0, 2),
            title: None,
            end: words[1] + 1,
        });
    }
    // "The commissioner of the North American Hockey Federation": the one who holds a
    // body's role, written as a description, not the body.
    if determiner
        && texts.len() > 4
        && !is_cap(texts[1])
        && lexicon::is_role(texts[1])
        && texts[2] == "of"
        && texts[3] == "the"
        && runs
            .last()
            .is_some_and(|&(s, e)| s == 4 && e == texts.len())
        && lexicon::is_not_person(texts[texts.len() - 1])
    {
        return Some(Np {
            kind: NpKind::Body,
            text: joined(0, texts.len()),
            title: None,
            end: words[texts.len() - 1] + 1,
        });
    }
    // A name after a title: "Iranian foreign minister Javad Zarif called …".
    if let Some(&(s, e)) = runs.iter().find(|&&(s, _)| {
        s > 0 && (lexicon::is_role(texts[s - 1]) || lexicon::is_title_word(texts[s - 1]))
    }) {
        let runs: Vec<(usize, usize)> = runs.iter().copied().filter(|&(_, re)| re <= e).collect();
        debug_assert!(runs.contains(&(s, e)));
        return name_from_runs(body, toks, &words[..e], &texts[..e], &runs, determiner);
    }
    // A title word inside a later run names the one after it, whatever stands before the
    // run: "Speaker of the House Rep. Ann Mole", "said Dr. Ann Mole".
    // Only titles and function words stand before it: not a verb (`threw her support
    // behind Sen. Ann Mole` is no Ann Mole).
    let titling = |w: &str| {
        is_cap(w)
            || lexicon::is_role(w)
            || lexicon::is_title_word(w)
            || lexicon::is_reporting(w)
            || [
                "of",
                "the",
                "and",
                "for",
                "state",
                "former",
                "deputy",
                "acting",
                "assistant",
                "senior",
                "vice",
                "foreign",
            ]
            .contains(&w.to_lowercase().as_str())
    };
    if let Some(&(_, e)) = runs.iter().find(|&&(rs, re)| {
        rs > 0
            && (rs..re.saturating_sub(1)).any(|t| lexicon::is_title_word(texts[t]))
            && texts[..rs].iter().all(|w| titling(w))
    }) {
        let runs: Vec<(usize, usize)> = runs.iter().copied().filter(|&(_, re)| re <= e).collect();
        return name_from_runs(body, toks, &words[..e], &texts[..e], &runs, determiner);
    }
    // A party word that describes the name after it is no name: "GOP rival Ann Mole",
    // "Democratic opponent Sen. Ann Mole".
    let later_run = |s: usize| runs.iter().any(|&(rs, _)| rs > s);
    let party = |s: usize, e: usize| e == s + 1 && PARTY_WORDS.contains(&texts[s]) && later_run(s);
    // A country's state broadcaster: `Tavrian state media`, `Tavrian state television`
    // (the adjective alone is no one).
    if let [(0, 1), ..] = runs[..]
        && texts.len() == 3
        && texts[1] == "state"
        && STATE_OUTLETS.contains(&texts[2])
    {
        return Some(Np {
            kind: NpKind::Body,
            text: joined(0, 3),
            title: None,
            end: words[2] + 1,
        });
    }
    // A name followed by an ordinary word ends there: "Rosa Delgado unlocks the door".
    if let Some(&(_, e)) = runs
        .iter()
        .filter(|&&(s, e)| !party(s, e))
        .find(|&&(_, e)| {
            texts.get(e).is_some_and(|w| {
                !is_cap(w)
                    && !lexicon::is_role(w)
                    && !lexicon::is_group(w)
                    && !lexicon::is_not_person(w)
                    && !is_possessive(w)
            })
        })
    {
        let cut = e;
        if let Some(np) = person_of_the_body(body, toks, &words, &texts, &runs, cut) {
            return Some(np);
        }
        runs.retain(|&(_, re)| re <= cut);
        let texts = &texts[..cut];
        let words = &words[..cut];
        return name_from_runs(body, toks, words, texts, &runs, determiner);
    }
    name_from_runs(body, toks, &words, &texts, &runs, determiner)
}

/// Whether `toks[k]` is an `&` between capitalised words (`Harbor & Finch`).
/// Whether token `k` is the apostrophe of a capitalised plural possessive inside a body's
/// name (`NAHF Players' Association`, `Dockworkers' Union`): written straight after a
/// capitalised word ending in `s`, followed by capitalised words (before `end`) whose last
/// is a body's head (the lexicon's `not-people`). `the players' union` and `the Smiths'
/// lawyer` are not names.
fn plural_possessive_in_name(body: &str, toks: &[Tok], k: usize, end: usize) -> bool {
    let t = &toks[k];
    if t.kind == Kind::Word || !matches!(t.text(body), "'" | "’") || k == 0 {
        return false;
    }
    let before = &toks[k - 1];
    let owner = before.text(body);
    if before.kind != Kind::Word || before.range.end != t.range.start || !owner.ends_with('s') {
        return false;
    }
    if !is_cap(owner)
        || toks
            .get(k + 1)
            .is_some_and(|n| n.range.start == t.range.end)
    {
        return false;
    }
    let mut m = k + 1;
    while m < end && toks[m].kind == Kind::Word && is_cap(toks[m].text(body)) {
        m += 1;
    }
    m > k + 1 && lexicon::is_not_person(toks[m - 1].text(body))
}

fn ampersand(body: &str, toks: &[Tok], k: usize) -> bool {
    toks[k].text(body) == "&"
        && toks
            .get(k + 1)
            .is_some_and(|n| n.kind == Kind::Word && is_cap(n.text(body)))
}

/// Whether a capitalised run is a body's head and its complement: a word of the lexicon's
/// `organisation-heads` (`Department`, `Ministry`, `Division`), `of`, then one to three
/// words (`Department of Parks`, `Division of Occupational Safety`), as the first half of
/// a name that goes on after `and`.
fn of_complement(run: &[&str]) -> bool {
    run.iter().position(|w| *w == "of").is_some_and(|o| {
        o > 0
            && (1..=3).contains(&(run.len() - o - 1))
            && lexicon::has("organisation-heads", &run[o - 1].to_lowercase())
    })
}
