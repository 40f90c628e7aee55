//! Who speaks: the speaker of a reporting verb (after it when inverted, else its clause's subject, through appositives, relative clauses and coordination), and the names, titles and appositives met along the way.

use std::ops::Range;

use super::lexicon;
pub(super) use super::openers::{adverbial, participle_phrase};
use super::openers::{after_dateline, participle_quote, place_after, trailing_participle};
pub(super) use super::people::confidence;
use super::people::{self, Np, NpKind, People, Pronoun};
use super::sentence::{Found, Sentence, chunks};
use super::tokens::{Kind, Tok};

pub(super) use super::register::{administration, scan_mentions};
pub(super) use super::subjects::subject_after_opening;
use super::subjects::{clause_subject, collective_subject, np_before, np_start_before};

/// The speaker of the verb at `v`: after it when inverted ("…," said Jane Doe), else the
/// subject of its clause. With a quotation beside the verb (`quoted`), a common noun
/// phrase may speak too ("…," the tycoon said).
/// The speaker named after the verb (`"…," said Ana Ruiz, a nurse`), with the role in the
/// phrase after its comma as an affiliation, and how sure the name is.
pub(super) fn after_the_verb(s: &Sentence, np: &Np, people: &mut People) -> Option<(usize, u8)> {
    let conf = confidence(np);
    let who = people.mention(np)?;
    if s.toks.get(np.end).is_some_and(|t| t.kind == Kind::Comma) {
        let mut start = np.end + 1;
        let mut end = s.phrase_end(start);
        // `said Emil Sarkany, 62, who grows rice …`: past the age.
        if people::age_alone(s.body, s.toks, start, end)
            && s.toks.get(end).is_some_and(|t| t.kind == Kind::Comma)
        {
            start = end + 1;
            end = s.phrase_end(start);
        }
        // `said Ann Mole, a doctor in Boise, Idaho.`: the place goes on to its state.
        if let Some(last) = super::name_runs::place_rest(s.body, s.toks, end)
            && super::register::ends_on_place(s, &(start..end))
        {
            end = last + 1;
        }
        for role in people::appositive(s.body, s.toks, start, end) {
            people.add_affiliation(who, &role);
        }
    }
    Some((who, conf))
}

/// After an inverted verb, a role of at most six words and the name it describes after
/// its comma, closed by a comma or the sentence's end: in `"…," said Finch's deputy
/// campaign manager, Rich Beeson, who …` (or `said the mayor, Ann Mole.`) the name speaks.
fn role_then_name(s: &Sentence, from: usize) -> Option<Np> {
    let comma = s.phrase_end(from);
    if s.toks.get(comma)?.kind != Kind::Comma || comma <= from + 1 || comma - from > 6 {
        return None;
    }
    if !(from..comma).all(|k| s.toks[k].kind == Kind::Word && !s.toks[k].quoted()) {
        return None;
    }
    let head = s.word(comma - 1)?;
    if !lexicon::is_role(&head)
        || s.toks[comma - 1]
            .text(s.body)
            .starts_with(char::is_uppercase)
    {
        return None;
    }
    let np = people::parse(s.body, s.toks, comma + 1, s.span.end)?;
    let closed = s
        .toks
        .get(np.end)
        .is_none_or(|t| matches!(t.kind, Kind::Comma | Kind::End));
    (np.kind == NpKind::Name && closed).then_some(np)
}

pub(super) fn speaker_of(
    s: &Sentence,
    v: usize,
    found: &[Found],
    people: &mut People,
    quoted: bool,
) -> Option<(usize, u8)> {
    let word = s.word(v)?;
    let prev_kind = (v > s.span.start).then(|| s.toks[v - 1].kind);
    let after_quote = prev_kind == Some(Kind::Close)
        || prev_kind == Some(Kind::Comma)
            && v >= 2
            && (s.toks[v - 2].kind == Kind::Close || quoted);
    let quote_of_participle = prev_kind == Some(Kind::Close) && participle_quote(s, v - 1);
    let manner_inverted = super::quotes::manner_verb(s, v) == Some(true);
    let inverted =
        ((lexicon::is_inverting(&word) || manner_inverted) && after_quote && !quote_of_participle)
            .then(|| {
                role_then_name(s, v + 1)
                    .or_else(|| people::parse(s.body, s.toks, v + 1, s.span.end))
                    .or_else(|| {
                        let mut end = s.phrase_end(v + 1);
                        while end > v + 1 && s.toks[end - 1].kind == Kind::End {
                            end -= 1;
                        }
                        (quoted && end > v + 1)
                            .then(|| people::common(s.body, s.toks, v + 1, end))
                            .flatten()
                    })
            })
            .flatten();
    if let Some(np) = inverted {
        return after_the_verb(s, &np, people);
    }
    // The subject: from the clause's start (after a quotation) to the verb.
    // A kicker before a colon (`The Latest: Trump urges …`) is no subject. A name before
    // one (`Obama: Voters Will Say No`) stays the headline's speaker.
    let kicker = s
        .word(s.span.start)
        .is_some_and(|w| ["the", "a", "an"].contains(&w.as_str()));
    let mut left = s.span.start;
    for k in s.span.start..v {
        let colon = kicker
            && k < s.span.start + 5
            && s.toks[k].kind == Kind::Colon
            && s.toks[k].quote.is_none();
        // A title's marks (`the co-author of "Going Viral," …`) end no clause.
        let title = || {
            s.toks[k]
                .quote
                .map(|q| s.para.quotes[q].open)
                .filter(|&open| open >= s.span.start && open < k)
                .is_some_and(|open| super::quotes::title_quote(s, v, open))
        };
        if s.toks[k].kind == Kind::Close && !participle_quote(s, k) && !title() || colon {
            left = k + 1;
        }
    }
    let mut r = v;
    while r > left && s.word(r - 1).is_some_and(|w| lexicon::is_between(&w)) {
        r -= 1;
    }
    // An unnamed source written whole: `A veteran agent who represents ten players, …,
    // said`.
    if let Some(np) = super::descriptions::described_source(s, after_dateline(s, left, r), r) {
        // Through `mention`: `A spokesperson for the authority` is the authority.
        return Some((people.mention(&np)?, confidence(&np).saturating_sub(5)));
    }
    // A verb in an opening participle's phrase is the main clause's subject's.
    if let Some(np) = subject_after_opening(s, v) {
        let conf = confidence(&np).saturating_sub(10);
        return Some((people.mention(&np)?, conf));
    }
    // `…, calling him "…"`: the clause's speaker, else its subject.
    // `…, Roe said, adding that …` is the attribution's, whatever stands before it.
    let after_attribution = v >= 2 && s.word(v - 2).is_some_and(|w| lexicon::is_reporting(&w));
    if trailing_participle(s, v, left) && !after_attribution {
        // The clause is the last one before the verb: after `, and`, `, but`, `;`.
        let clause = (left..v - 1)
            .rev()
            .find(|&k| {
                s.toks[k].kind == Kind::Semi
                    || s.toks[k].kind == Kind::Comma
                        && s.word(k + 1).is_some_and(|w| {
                            ["and", "but", "while", "whereas"].contains(&w.as_str())
                        })
            })
            .map_or(left, |k| k + 1 + usize::from(s.toks[k].kind == Kind::Comma));
        if let Some(np) = clause_subject(s, clause, v - 1) {
            let conf = confidence(&np).saturating_sub(5);
            return Some((people.mention(&np)?, conf));
        }
        if let Some(last) = found.last().filter(|f| {
            f.para == s.index
                && f.sentence == s.bytes(s.span.start, s.span.end)
                && f.range.end <= s.toks[v].range.start
        }) {
            return Some((last.speaker, last.confidence));
        }
    }
    // `an explosion that Mayor Ann Mole described as "…"`, `what he called "…"`: the
    // subject of the relative or complement clause that ends at the verb.
    let start = np_start_before(s, r);
    if start < r
        && start > left
        && s.toks[start - 1]
            .text(s.body)
            .starts_with(char::is_lowercase)
        && s.word(start - 1)
            .is_some_and(|w| ["that", "which", "whom", "what"].contains(&w.as_str()))
        && let Some(np) = np_before(s, r)
    {
        let conf = confidence(&np);
        if let Some(who) = people.mention(&np) {
            return Some((who, conf));
        }
    }
    match s.word(r.wrapping_sub(1)).as_deref() {
        Some("and" | "but") if r > left => {
            // "… and points out that": the subject of the sentence's earlier verb.
            // Statements are in reading order: this sentence's, if any, come last.
            if let Some(last) = found
                .last()
                .filter(|f| f.para == s.index && f.sentence == s.bytes(s.span.start, s.span.end))
            {
                return Some((last.speaker, last.confidence));
            }
            // The first stretch that is no opening participle's phrase: `Hastily blaming
            // …, Reed cast … and stressed …` is Reed's.
            let np = chunks(s, s.span.start, r)
                .into_iter()
                .filter(|c| !participle_phrase(s, c.start, c.end) && !adverbial(s, c.start, c.end))
                .find_map(|c| people::parse(s.body, s.toks, c.start, r))?;
            let conf = confidence(&np);
            return Some((people.mention(&np)?, conf.saturating_sub(5)));
        }
        Some("who" | "which") if r > left + 1 => {
            // "Roe, who called it …": the name before the comma.
            let before = if s.toks[r - 2].kind == Kind::Comma && r > left + 2 {
                r - 2
            } else {
                r - 1
            };
            let np = np_before(s, before)?;
            let conf = confidence(&np);
            return Some((people.mention(&np)?, conf));
        }
        _ => {}
    }
    // A dateline is no subject: `ASHGROVE, Pa. — A judge ruled … after a body shop owner
    // testified that …` is not ASHGROVE's.
    let left = after_dateline(s, left, r);
    if r <= left {
        return None;
    }
    let parts = chunks(s, left, r);
    let last = parts.last()?.clone();
    let participle = |c: &Range<usize>| participle_phrase(s, c.start, c.end);
    // Words set off after the subject that describe it say nothing of who speaks: the rest
    // of a place (`X of Rock Hill, South Carolina, says`) and a relative clause with its
    // own subject or object (`X, whose ward includes Maple Court, said`).
    // The place must follow a name that opens its stretch (`Rita Haynes of Rock Hill`):
    // after `Speaking in Harlem,` or `While Roe pledged … in Washington,` the next
    // stretch is the subject.
    let person_of_place = |p: &Range<usize>| {
        s.word(p.start).is_some_and(|w| {
            !lexicon::has("subordinators", &w) && !lexicon::has("not-subjects", &w)
        }) && !participle(p)
            && !adverbial(s, p.start, p.end)
            && people::parse(s.body, s.toks, p.start, p.end)
                .is_some_and(|np| np.kind == NpKind::Name)
    };
    let aside = |c: &Range<usize>| {
        let i = parts.iter().position(|p| p == c);
        i.is_some_and(|i| {
            i > 0 && place_after(s, &parts[i - 1], c) && person_of_place(&parts[i - 1])
        }) || (c.len() > 1
            && s.word(c.start)
                .is_some_and(|w| ["who", "whose"].contains(&w.as_str())))
    };
    let candidate = |c: &Range<usize>| {
        if participle(c) || adverbial(s, c.start, c.end) || aside(c) {
            return None;
        }
        // The subject of a relative clause: `Hale, whom she described as …` is she.
        let relative = s
            .word(c.start)
            .is_some_and(|w| ["whom", "which", "what"].contains(&w.as_str()))
            && c.len() > 1;
        // `…, which represents New York City teachers,`: a relative clause whose verb
        // follows its word says nothing of who speaks.
        if relative
            && s.word(c.start + 1).is_some_and(|w| {
                s.toks[c.start + 1]
                    .text(s.body)
                    .starts_with(char::is_lowercase)
                    && people::parse(s.body, s.toks, c.start + 1, c.end)
                        .is_none_or(|np| !matches!(np.kind, NpKind::Pronoun(_)))
                    && !["the", "a", "an", "i", "we", "you"].contains(&w.as_str())
            })
        {
            return None;
        }
        let start = c.start + usize::from(relative);
        people::parse(s.body, s.toks, start, c.end)
            .filter(|np| !s.toks[c.start..np.end].iter().any(Tok::quoted))
    };
    if let Some(found) = collective_subject(s, &last, r, people) {
        return Some(found);
    }
    let common = (quoted && !last.is_empty())
        .then(|| people::common(s.body, s.toks, last.start, last.end))
        .flatten()
        .filter(|np| np.end == last.end);
    // An appositive that describes ("the 2016 nominee, …") is passed over for the name it
    // follows: "X, the party's nominee and …, said" is X.
    let described = |c: &Range<usize>| {
        s.word(c.start).is_some_and(|w| {
            ["the", "a", "an", "another", "his", "her", "their"].contains(&w.as_str())
        })
    };
    // A description of a person just before a single name introduces it: `Another
    // picker, Sharonda, said`, `Her neighbor, Pilar, said`, `A caller, Yusuf, said`.
    let introduced = |c: &Range<usize>, np: &Np| {
        np.kind == NpKind::Name
            && np.text.split_whitespace().count() == 1
            && parts
                .iter()
                .position(|p| p == c)
                .and_then(|i| i.checked_sub(1))
                .is_some_and(|i| {
                    let d = &parts[i];
                    d.len() >= 2
                        && described(d)
                        && s.toks[d.clone()]
                            .iter()
                            .all(|t| t.kind == Kind::Word && !t.quoted())
                        && s.word(d.end - 1)
                            .is_some_and(|w| super::descriptions::person_noun(&w))
                })
    };
    let np = if common.is_some() && candidate(&last).is_none() {
        common
    } else if last.is_empty() || candidate(&last).is_none() {
        // A single capitalised word of an earlier chunk is a name only when someone
        // already has it as surname: `Hastily, aides called …` is no one's.
        let named = |np: &Np| {
            np.kind != NpKind::Name
                || np.text.split_whitespace().count() >= 2
                || people.has_surname(&np.text)
        };
        parts
            .iter()
            .rev()
            .skip(1)
            .filter(|c| !described(c))
            .filter_map(|c| candidate(c).map(|np| (c, np)))
            .find(|(c, np)| named(np) || introduced(c, np))
            .map(|(_, np)| np)
            .or_else(|| {
                parts
                    .iter()
                    .rev()
                    .skip(1)
                    .filter_map(candidate)
                    .find(|np| named(np))
            })
            .or_else(|| np_before(s, r))
    } else {
        candidate(&last)
    }?;
    let conf = confidence(&np);
    if let Some(who) = people.mention(&np) {
        return Some((who, conf));
    }
    // "he" or "she" with no one of that gender before: beside a quotation, the person
    // last named, as a guess the reader sees by its low confidence.
    match np.kind {
        NpKind::Pronoun(Pronoun::He | Pronoun::She) if quoted => {
            people.last_person().map(|who| (who, 50))
        }
        _ => None,
    }
}

/// A speaker already known by this phrase, without making a new one.
pub(super) fn known(people: &mut People, np: &Np) -> Option<usize> {
    let before = people.all.len();
    let who = people.mention(np)?;
    if who >= before {
        people.forget_from(before);
        return None;
    }
    Some(who)
}

#[cfg(test)]
#[path = "speakers_tests.rs"]
pub(super) mod tests;

#[cfg(test)]
#[path = "pairs_tests.rs"]
mod pairs_tests;
#[cfg(test)]
#[path = "who_kinds10_tests.rs"]
mod who_kinds10_tests;

#[cfg(test)]
#[path = "who_kinds11_tests.rs"]
mod who_kinds11_tests;
#[cfg(test)]
#[path = "who_kinds8_tests.rs"]
mod who_kinds8_tests;
#[cfg(test)]
#[path = "who_kinds9_tests.rs"]
mod who_kinds9_tests;
#[cfg(test)]
#[path = "who_kinds_tests.rs"]
mod who_kinds_tests;
