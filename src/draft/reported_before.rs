//! Clauses before their speaker: `…, Jane Doe, a historian, said on Tuesday.`, `…, said Jane Doe, who led …`, `…, he said, adding that …`, `…, a spokesman said.` — where the clause ends and where the attribution begins.

use std::ops::Range;

use super::lexicon;
use super::people;
use super::reported::{
    NOT_A_SPEAKER_AFTER_COMMA, after_addressee, has_finite_verb, skip_adverbials,
};
use super::reported_verbs::is_speech;
use super::sentence::Sentence;
use super::tokens::Kind;

/// For a speech verb at `v` that ends its sentence with its subject before it or a name
/// after it (`…, Jane Doe, a historian, said on Tuesday.`, `…, said Jane Doe, who led
/// …`), the clause before the comma that opens the attribution, as a range of tokens.
/// The flag tells whether the speaker comes after the verb.
pub(super) fn clause_before(
    s: &Sentence,
    v: usize,
    word: &str,
) -> Option<(Range<usize>, bool, usize)> {
    let lemma = lexicon::lemma_in("bare-speech", word)?;
    // A dateline (`ASHGROVE, Pa. —`) is no part of what is reported.
    let start = super::openers::after_dateline(s, s.span.start, v);
    let quoted = s.toks[start..v].iter().any(|t| t.quote.is_some());
    let commas: Vec<usize> = (start..v)
        .filter(|&k| s.toks[k].kind == Kind::Comma && s.toks[k].quote.is_none())
        .collect();
    let last = *commas.last()?;
    // A quotation next to the attribution (`"…," he said`) is the quotation rules'; one
    // closed inside the clause with its words going on (`"…" that the levy is fair, he
    // said.`) leaves the whole clause, quotation and all, to be reported here.
    if quoted
        && (s.toks[last..v].iter().any(|t| t.quote.is_some()) || !quotes_inside(s, start, last))
    {
        return None;
    }
    if last + 1 == v
        && let Some(np_end) = people::parse(s.body, s.toks, v + 1, s.span.end)
            .map(|np| np.end)
            // A group after a verb with an addressee is the addressee (`…, told
            // reporters.`), not the speaker.
            .or_else(|| {
                (!word.ends_with("ing") && !lexicon::has("addressee-speech", lemma))
                    .then(|| group_after(s, v + 1))
                    .flatten()
            })
    {
        // "…, said Jane Doe[, …]."
        let after = s.toks.get(np_end).map(|t| t.kind);
        if !matches!(after, Some(Kind::Comma | Kind::End) | None) {
            return None;
        }
        // The verbs after the name are read on (`…, said Ann Mole, who conceded that
        // …`): the attribution covers the name only.
        return (words_before(s, start, last) >= 3).then_some((start..last, true, np_end));
    }
    // After the verb, only adverbials and an addressee to the end: "said on Tuesday.",
    // "told The Wall Street Journal."
    let rest = if lexicon::has("addressee-speech", lemma) {
        after_addressee(s, v, lemma)
    } else {
        skip_adverbials(s, v + 1)
    };
    // A tail with a subject or a verb is a clause the verb reports: `said he's not
    // worried.`
    // A semicolon ends the sentence's first clause: `…, analysts say; in 2012, …`.
    let tail_end = (rest..s.span.end)
        .find(|&k| s.toks[k].kind == Kind::Semi && s.toks[k].quote.is_none())
        .unwrap_or(s.span.end);
    // Circumstances to the end, with no verb, which report nothing: `…, he said in an
    // interview on Saturday.`, `…, she told the club during a lunch on Friday.`
    let circumstance = rest < tail_end
        && s.word(rest)
            .is_some_and(|w| CIRCUMSTANCE.contains(&w.as_str()) || lexicon::has("after-verb", &w))
        && tail_end - rest <= 16
        && !has_finite_verb(s, rest.saturating_sub(1), tail_end)
        && (rest..tail_end)
            .all(|k| s.toks[k].kind != Kind::Comma && s.word(k).is_none_or(|w| w != "that"));
    let tail_ok = circumstance
        || (rest..tail_end).all(|k| {
            s.toks[k].kind == Kind::End
                || s.toks[k].kind == Kind::Other
                || s.word(k).is_some_and(|w| {
                    !lexicon::opens_clause(&w)
                        && w != "that"
                        && !lexicon::has("clause-subjects", &w)
                        && !lexicon::has("finite-verbs", &w)
                        && !w.contains(['’', '\''])
                })
        }) && tail_end - rest <= 6;
    // Or a comma and a participle or adverbial that go on about the speaker (`…, he said,
    // wiping his brow.`, `…, she said, adding that …`, `…, he said, on condition of
    // anonymity.`), when what stands before is a clause of its own.
    // Or, in a sentence with no quotation, a comma and a word that carries the clause
    // on past the attribution (`A, he said, because B.`, `A, he told reporters, not B.`):
    // the statement is the whole sentence, as a split quotation is its two pieces.
    let mut continued = None;
    let until = if tail_ok {
        tail_end
    } else {
        let comma = (v + 1..=rest)
            .rev()
            .find(|&k| k < s.span.end && s.toks[k].kind == Kind::Comma)
            .filter(|&c| (v + 1..c).all(|k| s.toks[k].kind == Kind::Word))?;
        let next = s.word(comma + 1)?;
        // `…, Sanders said, a policy that …`: what was said, described.
        let goes_on = next.ends_with("ing") && next.len() > 5
            || [
                "on", "in", "at", "during", "after", "before", "while", "as", "a", "an",
            ]
            .contains(&next.as_str());
        if !goes_on {
            continued = Some(continuation(s, v, comma)?);
        }
        comma
    };
    // `…, Mexico said enough.`: the verb has its answer after it, and what stands before
    // is the sentence's own clause.
    if answered(s, v) {
        return None;
    }
    // A clause: a finite verb the rules know, or four words that open with no
    // preposition (`No one took the offer`, not `In Ohio on Monday`).
    let own_clause = |c: usize| {
        until == s.span.end
            || has_finite_verb(s, start, c)
            || words_before(s, start, c) >= 4
                && s.word(start).is_some_and(|w| {
                    !lexicon::has("adverbial-openers", &w)
                        && !lexicon::has("subordinators", &w)
                        && !NOT_A_SPEAKER_AFTER_COMMA.contains(&w.as_str())
                        && !w.ends_with("ing")
                })
    };
    // The subject: the chunk after one of the commas, a name or group with at most an
    // appositive between it and the verb.
    for &c in commas.iter().rev().take(3) {
        // Not `…, and the union said nothing`, nor `…, hoping voters would say yes`.
        if s.word(c + 1).is_some_and(|w| {
            NOT_A_SPEAKER_AFTER_COMMA.contains(&w.as_str()) || w.ends_with("ing") && w.len() > 5
        }) {
            continue;
        }
        // A name, or a description alone (`…, a nurse told …`).
        let np_end = people::parse(s.body, s.toks, c + 1, v)
            .map(|np| np.end)
            .or_else(|| describes(s, c + 1, v).then_some(v));
        let Some(np_end) = np_end else {
            continue;
        };
        let between = s.toks[np_end..v]
            .iter()
            .all(|t| t.kind == Kind::Word && lexicon::is_between(t.text(s.body)));
        let appositive = s.toks.get(np_end).is_some_and(|t| t.kind == Kind::Comma)
            && s.toks[v - 1].kind == Kind::Comma;
        // A description before the name belongs to the speaker too: `…, a spokeswoman,
        // Anna White, said`.
        let mut c = c;
        if appositive
            && let Some(&d) = commas.iter().rev().find(|&&d| d < c)
            && describes(s, d + 1, c)
        {
            c = d;
        }
        if (between || appositive)
            && words_before(s, start, c) >= 3
            && own_clause(c)
            && !adverbial_only(s, start, c)
            && (!quoted || quotes_inside(s, start, c))
        {
            if let Some(end) = continued {
                return has_finite_verb(s, start, c).then_some((start..end, false, end));
            }
            return Some((start..c, false, until));
        }
    }
    None
}

/// Words that carry a clause on past an attribution in its middle (`A, he said, because
/// B.`, `A, she said, not B.`).
const CONTINUATIONS: &[&str] = &[
    "because", "not", "but", "although", "though", "since", "and", "or", "unless", "if", "rather",
    "so", "yet",
];

/// For the comma at `comma` closing the attribution of the verb at `v` in the middle of a sentence with no
/// quotation, the end (exclusive token) of the words that carry its clause on (`…, he
/// said, because the bridge washed out.`), or `None`: a quotation in the sentence (the
/// quotation rules' pieces), no continuing word, a verb right after `and`, `but` or `or`
/// (`…, he said, and added that …`: a report of its own), or fewer than two words.
fn continuation(s: &Sentence, v: usize, comma: usize) -> Option<usize> {
    if s.toks[s.span.start..s.span.end]
        .iter()
        .any(|t| t.quote.is_some())
    {
        return None;
    }
    let next = s.word(comma + 1)?;
    if !CONTINUATIONS.contains(&next.as_str()) {
        return None;
    }
    if ["and", "but", "or"].contains(&next.as_str())
        && s.word(comma + 2)
            .is_some_and(|w| lexicon::has("finite-verbs", &w) || is_speech(&w) || w.ends_with("ed"))
    {
        return None;
    }
    let end = super::reported::content_end(s, v, comma + 1);
    let words = (comma + 1..end)
        .filter(|&k| s.toks[k].kind == Kind::Word)
        .count();
    (words >= 2).then_some(end)
}

/// The first token of the last clause before token `to` of the sentence: after its last
/// semicolon outside quotations (`World leaders denounce the test; Obama, others vow …`
/// starts at `Obama`), else the sentence's start.
pub(super) fn after_last_semicolon(s: &Sentence, to: usize) -> usize {
    (s.span.start..to)
        .rev()
        .find(|&k| s.toks[k].kind == Kind::Semi && s.toks[k].quote.is_none())
        .map_or_else(
            // A dateline (`ASHGROVE, Pa. —`) is no part of what is reported.
            || super::openers::after_dateline(s, s.span.start, to),
            |k| k + 1,
        )
}

/// Words that answer after a verb of saying (`said enough`, `said no`): the verb's own
/// object, so the clause before its subject is no report of it.
const ANSWERS: &[&str] = &[
    "enough",
    "so",
    "yes",
    "no",
    "nothing",
    "little",
    "much",
    "something",
    "anything",
];

/// Whether the verb of saying at `v` has its answer right after it (`said enough`,
/// `said no`): then nothing before it is what it reports.
pub(super) fn answered(s: &Sentence, v: usize) -> bool {
    s.word(v + 1)
        .is_some_and(|w| ANSWERS.contains(&w.trim_end_matches('.')))
}

/// Whether tokens `from..to` are a preposition's phrase alone (`During his seven years in
/// office`, `In the last week of May`): opened by a preposition, with no comma, no
/// auxiliary and no verb in `-ed` inside. Such a stretch is a circumstance of the
/// sentence, never a clause someone said.
fn adverbial_only(s: &Sentence, from: usize, to: usize) -> bool {
    const PREPOSITIONS: &[&str] = &[
        "in",
        "on",
        "at",
        "during",
        "after",
        "before",
        "from",
        "through",
        "over",
        "for",
        "with",
        "amid",
        "despite",
        "following",
        "under",
        "without",
        "among",
    ];
    s.word(from)
        .is_some_and(|w| PREPOSITIONS.contains(&w.as_str()))
        && (from..to).all(|k| {
            s.toks[k].kind != Kind::Comma
                && s.toks[k].quote.is_none()
                && s.word(k).is_none_or(|w| {
                    !(lexicon::has("finite-verbs", &w) || w.len() > 4 && w.ends_with("ed"))
                })
        })
}

/// Words that open circumstances after a final verb of saying, never what it reports.
const CIRCUMSTANCE: &[&str] = &[
    "in", "on", "at", "during", "after", "before", "while", "as", "when", "because", "since",
    "from", "via", "through", "over", "this", "last", "late", "early",
];

/// The end (exclusive) of a group named after an inverted verb (`…, say some Democrats,
/// who …`, `…, said two officials.`): at most six words to a comma or the sentence's
/// end, opened by a count or `other`, or ending on a group or plural word, with no verb.
fn group_after(s: &Sentence, from: usize) -> Option<usize> {
    let end = (from..s.span.end)
        .find(|&k| s.toks[k].kind != Kind::Word || s.toks[k].quoted())
        .unwrap_or(s.span.end);
    let first = s.word(from)?;
    let last = s.word(end.checked_sub(1)?)?;
    let counted = super::plural_subjects::counts_people(&first) || first == "other";
    let plural = lexicon::is_group(&last) || super::plural_subjects::plural_subject(&last);
    (end > from
        && end - from <= 6
        && (counted || plural)
        && matches!(
            s.toks.get(end).map(|t| t.kind),
            Some(Kind::Comma | Kind::End) | None
        )
        && !has_finite_verb(s, from, end)
        && !(from..end).any(|k| s.word(k).is_some_and(|w| is_speech(&w))))
    .then_some(end)
}

/// Whether tokens `from..to` describe a person before their name: `a spokeswoman`, `the
/// company's chief executive` (an article, at most six words, no verb).
fn describes(s: &Sentence, from: usize, to: usize) -> bool {
    s.word(from)
        .is_some_and(|w| ["a", "an", "the"].contains(&w.as_str()))
        && to - from <= 6
        && (from..to).all(|k| s.toks[k].kind == Kind::Word && s.toks[k].quote.is_none())
        && !has_finite_verb(s, from, to)
        && !(from..to).any(|k| s.word(k).is_some_and(|w| is_speech(&w)))
}

/// Whether every quotation among tokens `from..to` opens and closes inside them, and the
/// clause's own words (not a quotation's) end them: `"We are angry" by the closing of the
/// bridge`, never `"We are angry,"` nor a quotation begun in the sentence before.
fn quotes_inside(s: &Sentence, from: usize, to: usize) -> bool {
    if to <= from || s.toks[to - 1].quote.is_some() || s.toks[to - 1].kind != Kind::Word {
        return false;
    }
    // A quotation's tokens run together: each must begin on its opening mark and end on
    // its closing one (one pass, as the sentence is long or short).
    (from..to).all(|k| {
        let (q, before) = (s.toks[k].quote, (k > from).then(|| s.toks[k - 1].quote));
        let begins = q.is_some() && before.flatten() != q;
        let ended = k > from && before.flatten().is_some() && before.flatten() != q;
        (!begins || s.toks[k].kind == Kind::Open) && (!ended || s.toks[k - 1].kind == Kind::Close)
    })
}

fn words_before(s: &Sentence, from: usize, to: usize) -> usize {
    (from..to).filter(|&k| s.toks[k].kind == Kind::Word).count()
}

/// Whether the words from the comma at `comma` (the one before the verb) to the verb at
/// `v` are a speaker alone, as in `…, a spokesman said.`: at most eight words, opening with
/// no conjunction, relative or preposition, and holding no `is`/`was`, no `-ing` form and no
/// other mark.
pub(super) fn attribution_after_comma(s: &Sentence, comma: usize, v: usize) -> bool {
    let between = comma..v;
    if between.is_empty() || between.len() > 8 {
        return false;
    }
    let Some(first) = s.word(comma) else {
        return false;
    };
    if NOT_A_SPEAKER_AFTER_COMMA.contains(&first.as_str()) {
        return false;
    }
    between.clone().all(|k| {
        let copula_or_ing = |w: String| {
            matches!(w.as_str(), "is" | "are" | "was" | "were") || w.ends_with("ing") && w.len() > 5
        };
        s.word(k).is_some_and(|w| !copula_or_ing(w)) || (s.toks[k].kind == Kind::End && k + 1 < v)
    })
}

/// The token after the comma before a verb at `v` that ends its sentence, when the words
/// between are a speaker alone and a clause of its own stands before them with no quotation
/// (`Sales rose, a spokesman said.`).
pub(super) fn final_comma(s: &Sentence, v: usize) -> Option<usize> {
    let mut comma = v;
    while comma > s.span.start && s.toks[comma - 1].kind != Kind::Comma {
        comma -= 1;
    }
    if !speaker_chunk(s, comma, v) {
        return None;
    }
    // Not when a clause follows the verb: `…, traders also say business is poor.`
    let clause_after =
        (v + 1..s.span.end).any(|k| s.word(k).is_some_and(|w| lexicon::has("finite-verbs", &w)));
    (comma > s.span.start + 4
        && !clause_after
        && attribution_after_comma(s, comma, v)
        && !s.toks[s.span.start..comma]
            .iter()
            .any(|t| t.quote.is_some()))
    .then_some(comma)
}

/// Whether the words from `from` to the final verb at `v` can be its speaker, not the
/// rest of a clause whose subject stands before the comma: no verb, auxiliary or adverb
/// first (`…, has proposed`, `…, forcefully rejected`, `…, very worried`), no relative
/// clause (`…, a bill that critics called …`), no infinitive (`…, rely on users to
/// report`); and a final `call` is a telephone call or a name, never a report (`…, Eric
/// Trump called.`, `…, too close to call.`).
fn speaker_chunk(s: &Sentence, from: usize, v: usize) -> bool {
    let Some(first) = s.word(from) else {
        return false;
    };
    let lower_first = s.toks[from].text(s.body).starts_with(char::is_lowercase);
    let verb_first = lexicon::is_between(&first)
        || lexicon::has("finite-verbs", &first)
        || ["be", "very", "seems", "seem", "seemed"].contains(&first.as_str())
        || lower_first && (first.ends_with("ly") || first.ends_with("ed") && first.len() > 4);
    let relative_or_infinitive = (from..v).any(|k| {
        s.word(k)
            .is_some_and(|w| ["that", "which", "who", "whom"].contains(&w.as_str()))
    }) || v
        .checked_sub(1)
        .and_then(|p| s.word(p))
        .is_some_and(|w| w == "to");
    let calls = s
        .word(v)
        .is_some_and(|w| lexicon::lemma_in("speech", &w) == Some("call"));
    !(verb_first || relative_or_infinitive || calls)
}

#[cfg(test)]
#[path = "reported_before_tests.rs"]
mod tests;
