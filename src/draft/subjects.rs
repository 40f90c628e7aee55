//! Whose words a clause is: the subject before a reporting verb, read from the stretch between commas that opens the clause (past datelines, openers and places), a collective in lower case (`police said`), a name or pronoun just before a token, and the subject after an opening participle's phrase. `speakers` asks these to find the speaker.

use std::ops::Range;

use super::lexicon;
use super::mention::{is_cap, is_possessive};
use super::openers::{adverbial, dateline_end, participle_phrase, place_after};
use super::people::{self, Np, NpKind, People, Pronoun};
use super::sentence::{Sentence, chunks};
use super::tokens::Kind;

/// A collective in lower case that is the whole stretch `last` right before the verb (at
/// `r`): `…, police said.`, `…, his family said.`, `Reinholt's family said …`. It is the
/// speaker, never a name met earlier in the sentence (`X was pronounced dead …, police
/// said` is not X's): as written (`police`, `local officials`), or after a possessive,
/// the possessor's (`Reinholt's family`; `his family` for the person `his` points back
/// to, by surname). `None` for any other stretch, or a pronoun nobody is known for.
pub(super) fn collective_subject(
    s: &Sentence,
    last: &Range<usize>,
    r: usize,
    people: &mut People,
) -> Option<(usize, u8)> {
    if last.end != r || last.is_empty() || last.len() > 2 {
        return None;
    }
    let words: Vec<&str> = (last.start..last.end)
        .map(|k| {
            (s.toks[k].kind == Kind::Word && !s.toks[k].quoted()).then(|| s.toks[k].text(s.body))
        })
        .collect::<Option<_>>()?;
    let head = *words.last()?;
    // In lower case only: `Police` opening a name is not the collective.
    if !head.chars().all(char::is_lowercase) || !lexicon::has("collectives", head) {
        return None;
    }
    let text = match words[..] {
        [_] => head.to_string(),
        [owner, _] if ["his", "her"].contains(&owner.to_lowercase().as_str()) => {
            let p = if owner.eq_ignore_ascii_case("his") {
                Pronoun::He
            } else {
                Pronoun::She
            };
            let np = Np {
                kind: NpKind::Pronoun(p),
                text: owner.to_string(),
                title: None,
                end: last.start + 1,
            };
            let who = people.mention(&np)?;
            let surname = people.all[who].name.split_whitespace().last()?.to_string();
            format!("{surname}'s {head}")
        }
        [owner, _] if is_possessive(owner) && is_cap(owner) => format!("{owner} {head}"),
        [modifier, _]
            if modifier.chars().all(char::is_lowercase)
                && !["the", "a", "an"].contains(&modifier) =>
        {
            format!("{modifier} {head}")
        }
        _ => return None,
    };
    // As written, in its own case (`police`, not a name's `Police`).
    let who = people.named(&text, NpKind::Body);
    people.touch(who);
    Some((who, 60))
}

/// The subject of the sentence's main clause, read from the first stretch between commas
/// (from token `left`, before token `to`) that opens with it: no dateline, opening
/// participle's phrase, adverbial, subordinate or prepositional phrase or relative
/// clause, nor the place after one (`In Ames, Iowa, Roe …`), and a name, title, pronoun
/// or determiner first (`Ann Pruitt, …, also attacked …`; not `also attacked Dale Voss`).
pub(super) fn clause_subject(s: &Sentence, left: usize, to: usize) -> Option<Np> {
    let left = dateline_end(s, left, to).unwrap_or(left);
    let parts = chunks(s, left, to);
    parts.iter().enumerate().find_map(|(i, c)| {
        if c.is_empty() || participle_phrase(s, c.start, c.end) || adverbial(s, c.start, c.end) {
            return None;
        }
        let first = s.toks[c.start].text(s.body);
        let lower = first.to_lowercase();
        let subordinate = lexicon::has("subordinators", &lower)
            || s.word(c.start + 1).is_some_and(|w| {
                lexicon::has("subordinators", &w)
                    && (lexicon::has("adverbial-subjects", &lower)
                        || ["ever", "long", "just", "even", "right", "only"]
                            .contains(&lower.as_str()))
            });
        // `Reached by phone, …`, `Asked about it, …`: a past participle's phrase.
        let past_participle = c.start == s.span.start
            && lower.len() > 5
            && lower.ends_with("ed")
            && s.word(c.start + 1).is_some_and(|w| {
                [
                    "by", "about", "on", "for", "in", "at", "with", "if", "whether", "why",
                ]
                .contains(&w.as_str())
            });
        let preposition = [
            "inside",
            "outside",
            "near",
            "beyond",
            "behind",
            "amid",
            "among",
            "despite",
            "throughout",
            "across",
            "under",
            "upon",
            "within",
            "without",
            "toward",
            "towards",
            "via",
            "unlike",
            "like",
            "besides",
            "since",
            "following",
        ]
        .contains(&lower.as_str());
        if subordinate
            || past_participle
            || preposition
            || lexicon::has("not-subjects", &lower) && !["a", "an"].contains(&lower.as_str())
        {
            return None;
        }
        if i > 0 && place_after(s, &parts[i - 1], c) {
            return None;
        }
        let opens = first.starts_with(char::is_uppercase)
            || lower == "the"
            || lexicon::is_role(&lower)
            || lexicon::is_title_word(first);
        if !opens || s.toks[c.start].quoted() {
            return None;
        }
        let np = people::parse(s.body, s.toks, c.start, c.end)?;
        // A description before the name it describes: `the other candidate, Sen. Ann
        // Mole, …` is Ann Mole.
        let named = (np.kind != NpKind::Name)
            .then(|| parts.get(i + 1))
            .flatten()
            .and_then(|n| people::parse(s.body, s.toks, n.start, n.end))
            .filter(|n| n.kind == NpKind::Name && n.end == parts[i + 1].end);
        Some(named.unwrap_or(np))
    })
}

/// Where the run of capitalised words (and name particles: `of`, `bin`, `van`…) that
/// ends just before token `end` begins (`end` when there is none).
fn name_start_before(s: &Sentence, end: usize) -> usize {
    let mut start = end;
    while start > s.span.start {
        let t = &s.toks[start - 1];
        let w = t.text(s.body);
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        let particle = ["of", "for", "al", "bin", "de", "van", "von"].contains(&w);
        if t.kind == Kind::Word && !t.quoted() && (cap || particle) {
            start -= 1;
        } else {
            break;
        }
    }
    start
}

/// Where the name or pronoun that [`np_before`] reads before token `end` begins (`end`
/// when there is none).
pub(super) fn np_start_before(s: &Sentence, end: usize) -> usize {
    let start = name_start_before(s, end);
    if start == end
        && end > s.span.start
        && s.word(end - 1)
            .is_some_and(|w| ["he", "she", "they", "it"].contains(&w.as_str()))
    {
        return end - 1;
    }
    start
}

/// The name or pronoun that ends just before token `end`.
pub(super) fn np_before(s: &Sentence, end: usize) -> Option<Np> {
    let start = name_start_before(s, end);
    if start == end {
        let w = s.word(end - 1)?;
        if ["he", "she", "they", "it"].contains(&w.as_str()) {
            return people::parse(s.body, s.toks, end - 1, end);
        }
        return None;
    }
    people::parse(s.body, s.toks, start, end)
}

/// The subject after an opening participle's phrase that holds the verb at `v`
/// (`Having announced that …, Judge Roe proceeded …`, `Rattling off promises …, Okafor
/// promised …`): the phrase after the first comma past the verb, when a verb follows it.
pub(super) fn subject_after_opening(s: &Sentence, v: usize) -> Option<Np> {
    let opening = s.span.start;
    let first = s.toks.get(opening)?.text(s.body);
    let participle = first.starts_with(char::is_uppercase)
        && s.word(opening)
            .is_some_and(|w| w.ends_with("ing") && w.len() > 5)
        && (opening + 1..v).all(|k| !s.toks[k].text(s.body).starts_with(char::is_uppercase));
    if !participle || v > opening + 2 {
        return None;
    }
    let comma = (v + 1..s.span.end)
        .find(|&k| s.toks[k].kind == Kind::Comma && s.toks[k].quote.is_none())?;
    let np = people::parse(s.body, s.toks, comma + 1, s.span.end)?;
    let verb_follows = s.toks.get(np.end).is_some_and(|t| {
        t.kind == Kind::Word && t.text(s.body).starts_with(char::is_lowercase) && !t.quoted()
    });
    verb_follows.then_some(np)
}
