//! Who speaks: the speaker of a reporting verb (after it when inverted, else its clause's subject, through appositives, relative clauses and coordination), and the names, titles and appositives met along the way.

use std::ops::Range;

use super::lexicon;
use super::mention::{is_cap, is_possessive};
pub(super) use super::openers::{adverbial, participle_phrase};
use super::openers::{
    after_dateline, dateline_end, participle_quote, place_after, trailing_participle,
};
pub(super) use super::people::confidence;
use super::people::{self, Np, NpKind, People, Pronoun};
use super::sentence::{Found, Sentence, chunks};
use super::tokens::{Kind, Tok};

pub(super) use super::register::{administration, scan_mentions};

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

/// A collective in lower case that is the whole stretch `last` right before the verb (at
/// `r`): `…, police said.`, `…, his family said.`, `Reinholt's family said …`. It is the
/// speaker, never a name met earlier in the sentence (`X was pronounced dead …, police
/// said` is not X's): as written (`police`, `local officials`), or after a possessive,
/// the possessor's (`Reinholt's family`; `his family` for the person `his` points back
/// to, by surname). `None` for any other stretch, or a pronoun nobody is known for.
fn collective_subject(
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
fn clause_subject(s: &Sentence, left: usize, to: usize) -> Option<Np> {
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
fn np_start_before(s: &Sentence, end: usize) -> usize {
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
fn np_before(s: &Sentence, end: usize) -> Option<Np> {
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
