//! Reported (indirect) speech beyond the shapes statements.rs reads first: what a speech verb reports after adverbials and an addressee (`said on Sunday that …`, `told reporters the …`), questions (`asked whether …`), pledges and demands (`vowed to …`, `called for …`), what a verb of attack or praise is aimed at, clauses before their speaker (`…, said Jane Doe, a …`); where the clause ends is reported_end.rs's.
//!
//! The verbs are lemmas in `lexicon.txt` ([speech], [bare-speech], [to-speech],
//! [object-speech], [beliefs]); reported_verbs.rs knows them in their inflected forms, and
//! reported_sources.rs finds who speaks where the speaker rules find no one.

use std::ops::Range;

pub(super) use super::adverbials::skip_adverbials;
use super::clause_words::{PRONOUNS, WH};
pub(super) use super::clauses::{
    after_addressee, has_finite_verb, opens_clause_at, to_after_addressee,
};
use super::lexicon;
use super::not_said;
use super::people;
pub(super) use super::reported_end::content_end;
use super::reported_objects::{named_by_what, object_opens, object_report};
pub(super) use super::reported_verbs::is_speech;
// The verb tests partial.rs reads through this module.
pub(super) use super::reported_verbs::{is_belief, negated};
use super::sentence::Sentence;
use super::tokens::Kind;

/// Words that open no speaker after a comma: `…, who said`, `…, as X noted`, `…, and
/// urged`.
pub(super) const NOT_A_SPEAKER_AFTER_COMMA: &[&str] = &[
    "who", "whom", "whose", "which", "that", "and", "but", "or", "nor", "while", "if", "because",
    "despite", "to", "so", "where", "when", "after", "before", "since", "though", "although",
    "even", "just", "with", "without", "for", "in", "on", "at", "by", "from", "than", "then",
    "not", "also", "only", "until", "unless", "whether", "once", "like",
];

/// Whether the `that`, `it` or `this` at `k`, after a verb of saying, is the verb's object
/// (words said before, pointed at) rather than what opens the clause it reports: `has said
/// that to the board`, `will say it to anybody`, `said this before.`, `said that.` — the
/// sentence ends right after it, or `to` follows with someone it is said to (a
/// determiner, a possessive, an object pronoun, `anybody`, a name), or words of time or
/// manner alone up to the end, a comma or `and` (`again`, `many times`). `said that in
/// 2019 the …`, `said it would …`, `said that, if …`, `said that — for now — …`, `said that
/// before the vote, …` open clauses. With `aimed`, a verb that reports with its object
/// (`decried it.`, what a verb of attack aims at), the sentence's end after the pronoun
/// leaves it a report.
pub(super) fn pronoun_object(s: &Sentence, k: usize, aimed: bool) -> bool {
    const HEARERS: &[&str] = &[
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "me",
        "him",
        "them",
        "us",
        "you",
        "anybody",
        "anyone",
        "everybody",
        "everyone",
        "reporters",
    ];
    const TIMES: &[&str] = &[
        "again",
        "before",
        "publicly",
        "privately",
        "repeatedly",
        "often",
        "too",
        "already",
        "many",
        "several",
        "all",
        "twice",
        "once",
        "myself",
        "himself",
        "herself",
        "themselves",
        "ourselves",
        "yourself",
        "loudly",
        "plainly",
    ];
    if !s
        .word(k)
        .is_some_and(|w| matches!(w.as_str(), "that" | "it" | "this"))
    {
        return false;
    }
    let stops = |j: usize| {
        j >= s.span.end || matches!(s.toks[j].kind, Kind::End | Kind::Semi | Kind::Close)
    };
    if stops(k + 1) {
        return !aimed;
    }
    let next = s.word(k + 1).unwrap_or_default();
    if next == "to" {
        return s.word(k + 2).is_some_and(|w| HEARERS.contains(&w.as_str()))
            || s.toks.get(k + 2).is_some_and(|t| {
                t.kind == Kind::Word
                    && k + 2 < s.span.end
                    && t.text(s.body).starts_with(char::is_uppercase)
            });
    }
    // Words of time or manner alone, then the end: `again`, `many times`, `before.`.
    let mut j = k + 1;
    while j < k + 4
        && s.word(j)
            .is_some_and(|w| TIMES.contains(&w.as_str()) || w == "times")
    {
        j += 1;
    }
    j > k + 1
        && (stops(j)
            || s.toks[j].kind == Kind::Comma
            || s.word(j).is_some_and(|w| w == "and" || w == "but"))
}

/// Whether the words from `k` are a clause cut to its subject and auxiliary that ends the
/// sentence, an answer whose verb the sentence before gave (`said he would.`, `said she
/// did not.`, `says it was.`): a subject pronoun or `it`, one finite auxiliary, maybe
/// `not`, then the end.
pub(super) fn elliptical_clause(s: &Sentence, k: usize) -> bool {
    let pronoun = s
        .word(k)
        .is_some_and(|w| PRONOUNS.contains(&w.as_str()) || w == "it");
    let auxiliary = s
        .word(k + 1)
        .is_some_and(|w| lexicon::has("finite-verbs", &w));
    let mut e = k + 2;
    if s.word(e).as_deref() == Some("not") {
        e += 1;
    }
    pronoun && auxiliary && (e >= s.span.end || s.toks[e].kind == Kind::End)
}

/// What the speech verb `word` at `v` reports, as a range of tokens with the name of its
/// shape (the rule `--misses` shows: `complement clause`, `complement object` …), when
/// the rules of statements.rs found no shape: the clause after adverbials and an
/// addressee, a reported question, or — for verbs of demand, pledge, attack or praise —
/// the verb with its object. `None` when the verb reports nothing here (`said Tuesday.`,
/// `talked`, `reported a few days later`, `whom he attacked during the campaign`).
pub(super) fn complement(
    s: &Sentence,
    v: usize,
    word: &str,
) -> Option<(Range<usize>, &'static str)> {
    let lemma = lexicon::lemma_in("speech", word)?;
    if lexicon::plural_noun(word, s.word(v + 1).as_deref()) {
        return None;
    }
    // `states that have voted`: the noun and a relative clause.
    if matches!(word, "state" | "states") && relative_that(s, v + 1) {
        return None;
    }
    let end_of = |from: usize| content_end(s, v, from);
    let words_from =
        |from: usize, to: usize| (from..to).filter(|&k| s.toks[k].kind == Kind::Word).count();
    // `what it described as fragments of a shell`, `what he called a betrayal`: `what`
    // stands for the thing named, and the words after the verb are the speaker's name
    // for it.
    if let Some(from) = named_by_what(s, v, lemma) {
        let end = end_of(from);
        return (words_from(from, end) >= 2).then_some((from..end, "naming what"));
    }
    // A verb with its preposition, reported with its object: "called for …", "talked
    // about …", "spoke movingly of …", "has spoken out about …", "pointed to …".
    let mut p = v + 1;
    while s
        .word(p)
        .is_some_and(|w| w.ends_with("ly") || w == "out" || w == "up")
    {
        p += 1;
    }
    // An object a relative pronoun took (`whom he attacked viciously`, `which she
    // pledged to meet`) leaves nothing after the verb to report.
    let taken = not_said::object_taken(s, v);
    // `reported on Tuesday`: a time, not what was reported on.
    if let Some(prep) = s.word(p)
        && lexicon::has("particle-speech", &format!("{lemma} {prep}"))
        && !not_said::time_only(s, p + 1, end_of(p + 1))
    {
        if taken {
            return None;
        }
        let end = end_of(p + 1);
        return (words_from(p + 1, end) >= 1).then_some((v..end, "complement particle"));
    }
    if let Some(range) = as_reported(s, v) {
        return Some((range, "complement as reported"));
    }
    if lemma == "call"
        && !taken
        && let Some(from) = super::reported_verbs::named_as(s, v)
    {
        let end = end_of(from);
        return (end > from + 1).then_some((v + 1..end, "naming object"));
    }
    // A passive ("rejected by most voters") reports nothing of its subject's.
    if s.word(v + 1).as_deref() == Some("by") {
        return None;
    }
    let k = after_addressee(s, v, lemma);
    let w = s.word(k).unwrap_or_default();
    // A base form after `to` with an object or a clause is what someone plans or is able
    // to do (`plans to announce a bid`, `efforts to counter the ads`), not what was said;
    // with a preposition (`to call for …`, above) or a question (`to explain why …`) it
    // is.
    if word == lemma
        && v > s.span.start
        && s.word(v - 1).as_deref() == Some("to")
        && !WH.contains(&w.as_str())
    {
        return None;
    }
    // An infinitive or a base form after `and` with its object (`had to defend his
    // record`, `… and reject the plan`) tells what someone would do, not what was said.
    let infinitive =
        v > s.span.start && s.word(v - 1).is_some_and(|p| p == "to" || p == "and") && word == lemma;
    // `has said that to the board`, `said it again`: what was said is pointed at, not
    // reported here.
    if pronoun_object(s, k, lexicon::has("object-speech", lemma)) {
        return None;
    }
    if w == "that" && !relative_that(s, k) {
        let end = end_of(k + 1);
        return (words_from(k + 1, end) >= 2).then_some((k + 1..end, "complement that"));
    }
    // "asked Trump about his remarks": a question, no statement.
    if w == "about" && lexicon::has("asking", lemma) {
        return None;
    }
    // `what X said when …`: `what` took the object, and `when …` is a time.
    let what_before = (v.saturating_sub(4).max(s.span.start)..v).any(|j| {
        s.word(j).as_deref() == Some("what") && (j..v).all(|i| s.toks[i].kind == Kind::Word)
    });
    if what_before && WH.contains(&w.as_str()) {
        return None;
    }
    // A question is no statement (the project's convention: `asked whether …`,
    // `wondered why …`); a request is (`asked the board to …`, below).
    if WH.contains(&w.as_str()) && lexicon::has("asking", lemma) {
        return None;
    }
    if WH.contains(&w.as_str()) && lexicon::has("question-speech", lemma) {
        let end = end_of(k);
        return (words_from(k, end) >= 3).then_some((k..end, "complement question"));
    }
    if w == "to" && lexicon::has("to-speech", lemma) {
        if taken {
            return None;
        }
        let end = end_of(k);
        return (words_from(k, end) >= 2).then_some((v..end, "complement to"));
    }
    // A longer addressee before `to`: `asked the congregation to stand`, `urged the
    // rest of the party to rally`.
    if lexicon::has("addressee-speech", lemma)
        && lexicon::has("to-speech", lemma)
        && !infinitive
        && let Some(to) = to_after_addressee(s, k)
    {
        let end = end_of(to);
        return (words_from(to, end) >= 2).then_some((v..end, "complement addressee to"));
    }
    // `added 300 jobs`, `added up to $5 million`, `adds a missing voice`: a thing, not a
    // clause.
    let object_first = lexicon::has("object-or-clause", lemma)
        && (lexicon::has("object-openers", &w)
            || s.toks[k]
                .text(s.body)
                .starts_with(|c: char| c.is_ascii_digit() || c == '$'));
    if object_first {
        return None;
    }
    if lexicon::has("bare-speech", lemma) && opens_clause_at(s, k) {
        let end = end_of(k);
        let pronoun = s.word(k).is_some_and(|w| {
            PRONOUNS.contains(&w.as_str())
                || ["it", "you", "there"].contains(&w.as_str())
                || w.contains(['’', '\''])
        });
        // A verb is no subject (`a merger announced Monday would …`), unless the verb's
        // own subject stands before it in a relative clause (`which she said was …`).
        let relative = (v.saturating_sub(5).max(s.span.start)..v).any(|j| {
            s.word(j)
                .is_some_and(|w| ["which", "that", "what", "who", "whom"].contains(&w.as_str()))
        });
        let verb_first = lexicon::has("finite-verbs", &s.word(k).unwrap_or_default());
        if verb_first && !relative {
            return None;
        }
        // No clause: a verb that also reports with its object does so below
        // (`acknowledged their uphill battle`, `has promised a veto`).
        if !pronoun && !verb_first && !has_finite_verb(s, k, end) {
            return object_opens(s, v, k)
                .then(|| object_report(s, v, lemma, infinitive, taken))
                .flatten();
        }
        // A clause: three words at least, and not just a name closing the sentence
        // ("…, said Jane Doe.").
        // Nor a name and its description (`…," said Jane Doe, an analyst.`).
        let inverted = v > s.span.start
            && (s.toks[v - 1].kind == Kind::Comma || s.toks[v - 1].quote.is_some());
        // A name inside a clause (`all staffers sign NDAs`) leaves it a clause.
        let name_only = people::parse(s.body, s.toks, k, end).is_some_and(|np| {
            (np.end >= end || inverted && s.toks.get(np.end).is_some_and(|t| t.kind == Kind::Comma))
                && !has_finite_verb(s, k, np.end)
        });
        // `as the Courier reported a few days later.`
        if not_said::time_only(s, k, end) {
            return None;
        }
        return (words_from(k, end) >= 3 && !name_only).then_some((k..end, "complement clause"));
    }
    object_report(s, v, lemma, infinitive, taken)
}

/// The clause after `As X reported,` / `As X pointed out,` / `As reported by X,`: what
/// the verb at `v` reports when it stands in a clause opened by `as` and ends on a comma.
fn as_reported(s: &Sentence, v: usize) -> Option<Range<usize>> {
    let opener = (s.span.start..v)
        .rev()
        .find(|&k| s.toks[k].kind == Kind::Comma)
        .map_or(s.span.start, |k| k + 1);
    if s.word(opener).as_deref() != Some("as") {
        return None;
    }
    let comma = (v + 1..s.span.end).find(|&k| s.toks[k].kind == Kind::Comma)?;
    if (v + 1..comma).any(|k| s.toks[k].quote.is_some()) || comma > v + 6 {
        return None;
    }
    let end = content_end(s, s.span.start, comma + 1);
    ((comma + 1..end)
        .filter(|&k| s.toks[k].kind == Kind::Word)
        .count()
        >= 3)
        .then_some(comma + 1..end)
}

/// For `according to` at `v` inside its sentence, its source ending at `source_end`: the
/// clause after the source's comma, as a range of tokens, when what stands before is no
/// clause of its own — an opener (`In addition,`, `But,`), a subordinate clause (`While
/// most were sealed,`), a clause broken off (`… because,`), a phrase with no finite verb
/// (`Among the cases at risk,`) — and at least three words follow.
pub(super) fn after_according(s: &Sentence, v: usize, source_end: usize) -> Option<(usize, usize)> {
    let start = s.span.start;
    if s.toks.get(source_end).is_none_or(|t| t.kind != Kind::Comma) {
        return None;
    }
    let from = source_end + 1;
    let end = content_end(s, v, from);
    let words = (from..end)
        .filter(|&k| s.toks[k].kind == Kind::Word)
        .count();
    let opener = s
        .word(start)
        .is_some_and(|w| lexicon::has("subordinators", &w));
    let broken = v >= s.span.start + 2
        && s.word(v - 2).is_some_and(|w| {
            [
                "after", "because", "and", "but", "or", "than", "to", "of", "in", "for", "that",
            ]
            .contains(&w.as_str())
        });
    let clause = has_finite_verb(s, start, v - 1) && !opener && !broken;
    // Not the source's own description: `according to Jane Doe, head of …`, `…, a
    // historian who …`, `according to three polls, including …`.
    let first = s.word(from)?;
    let lower = s.toks[from].text(s.body).starts_with(char::is_lowercase);
    let appositive = ["a", "an", "including", "such", "who", "which"].contains(&first.as_str())
        || lexicon::is_role(&first)
        || lower && !has_finite_verb(s, from, end);
    (!clause && !appositive && words >= 3).then_some((from, end))
}

/// The `that` opening the clause a speech verb at `v` reports, after adverbials and an
/// addressee (`said on Sunday that`, `told reporters that`), never a relative `that`
/// after a noun (`vowed to veto any bill that …`).
pub(super) fn that_at(s: &Sentence, v: usize, word: &str) -> Option<usize> {
    let lemma = lexicon::lemma_in("speech", word).or_else(|| {
        // The lexicon's reporting verbs that are no speech lemma ("showed", "found").
        lexicon::is_reporting(word).then_some("")
    })?;
    let k = after_addressee(s, v, lemma);
    (s.word(k).as_deref() == Some("that")
        && !relative_that(s, k)
        && !(lexicon::is_disputing(word) && determiner_that(s, k)))
    .then_some(k)
    .filter(|&k| !pronoun_object(s, k, false))
}

/// Whether the `that` at `k` after a verb of disputing is a determiner, the verb's object
/// its noun (`disputed that timeline on Thursday`, `rejected that account`): a word in
/// lower case that is no pronoun follows, and no finite verb before the clause's end, where
/// a reported clause has one (`disputed that the timeline was right`).
fn determiner_that(s: &Sentence, k: usize) -> bool {
    s.toks
        .get(k + 1)
        .is_some_and(|t| t.kind == Kind::Word && t.text(s.body).starts_with(char::is_lowercase))
        && s.word(k + 1).is_some_and(|w| {
            !PRONOUNS.contains(&w.as_str()) && !lexicon::has("clause-subjects", &w)
        })
        && !has_finite_verb(s, k, s.clause_end(k + 1).0)
}

/// Whether the `that` at `k` is a relative pronoun (`a rate that has doubled`): a verb
/// follows it straight away, where a reported clause has its subject first.
fn relative_that(s: &Sentence, k: usize) -> bool {
    s.word(k + 1)
        .is_some_and(|w| lexicon::has("finite-verbs", &w) || w.ends_with("ed") || is_speech(&w))
}

#[cfg(test)]
#[path = "reported_tests.rs"]
pub(super) mod tests;

#[cfg(test)]
#[path = "reported_kinds_tests.rs"]
mod kinds_tests;

#[cfg(test)]
#[path = "reported_subjects_tests.rs"]
mod subjects_tests;

#[cfg(test)]
#[path = "statement_edges_tests.rs"]
mod edges_tests;
