//! Shapes around a verb of speech that report nothing: a time phrase where the report would stand (`as the Courier reported a few days later`), an object a relative pronoun took before the subject (`whom he attacked during the campaign`), a form in `-s` after an adjective that makes it a plural noun (`other estimates put …`), a comma after the verb that ends a subordinate clause or opens a phrase (`When she spoke, …`, `…, with ads`).

use super::lexicon;
use super::sentence::Sentence;
use super::tokens::Kind;

/// Subject pronouns: the subject of a relative clause may be one (`which he denied`).
const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it", "you"];

/// Words of time that stand alone as a time phrase (`Tuesday`, `yesterday`).
const DAYS: &[&str] = &["today", "yesterday", "tonight"];

/// Months, capitalised in the text: `March 23`, `Dec. 2`.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan.",
    "feb.",
    "aug.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
];

/// Units of time after `this`, `last`, a number: `this week`, `two days`.
const UNITS: &[&str] = &[
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "weekend",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "morning",
    "afternoon",
    "evening",
    "night",
];

/// Words that tie a counted time to the moment: `two days later`, `a month before`.
const RELATIONS: &[&str] = &["ago", "later", "earlier", "after", "before"];

/// Words that count a unit of time: `a few days`, `two weeks`.
const COUNTS: &[&str] = &[
    "a", "an", "few", "couple", "of", "several", "two", "three", "four", "five", "six", "many",
];

/// The end (exclusive) of a time phrase starting at token `k`, if one starts there:
/// `Tuesday`, `March 23`, `this week`, `last year`, `a few days later`, `two days after`.
pub(super) fn time_phrase_end(s: &Sentence, k: usize) -> Option<usize> {
    let w = s.word(k)?;
    if DAYS.contains(&w.as_str()) || super::lexicon::is_weekday(&w) {
        return Some(k + 1);
    }
    if MONTHS.contains(&w.as_str()) && s.toks[k].text(s.body).starts_with(char::is_uppercase) {
        let mut e = k + 1;
        while s
            .word(e)
            .is_some_and(|x| x.starts_with(|c: char| c.is_ascii_digit()))
        {
            e += 1;
        }
        return Some(e);
    }
    if ["this", "last", "next", "that", "earlier", "later"].contains(&w.as_str())
        && s.word(k + 1).is_some_and(|u| UNITS.contains(&u.as_str()))
    {
        return Some(k + 2);
    }
    let mut e = k;
    while e < k + 3
        && s.word(e).is_some_and(|x| {
            COUNTS.contains(&x.as_str()) || x.starts_with(|c: char| c.is_ascii_digit())
        })
    {
        e += 1;
    }
    (e > k
        && s.word(e).is_some_and(|u| UNITS.contains(&u.as_str()))
        && s.word(e + 1)
            .is_some_and(|r| RELATIONS.contains(&r.as_str())))
    .then_some(e + 2)
}

/// Whether tokens `from..to`, what a verb would report, are only a time phrase and what
/// hangs on it (a preposition's phrase, a subordinate clause): `on Tuesday`, `a few days
/// later.`, `this week at an event in Ohio`, `two days after voters went to the polls`.
/// A clause that opens with a time phrase (`last year the county hired …`) is none of
/// these: a word that is no preposition follows the phrase.
pub(super) fn time_only(s: &Sentence, from: usize, to: usize) -> bool {
    let mut k = from;
    if s.word(k)
        .is_some_and(|w| ["on", "in", "during", "since", "until"].contains(&w.as_str()))
    {
        k += 1;
    }
    let Some(e) = time_phrase_end(s, k) else {
        return false;
    };
    // `two days after the polls closed`: the clause is the time's.
    let conjunction = s.word(e - 1).is_some_and(|w| w == "after" || w == "before");
    conjunction
        || e >= to
        || s.toks[e].kind != Kind::Word
        || s.word(e).is_some_and(|w| {
            [
                "at", "in", "on", "during", "from", "after", "before", "when", "as", "since",
                "while", "by", "with",
            ]
            .contains(&w.as_str())
        })
}

/// Whether the verb at `v` has its object taken by a relative pronoun before its
/// subject (`whom he attacked`, `which Ann Mole proposed`, `which he has denied`): what
/// follows the verb is then no report of it. The subject between is a pronoun, a name or a
/// determiner's phrase of at most five words; a pronoun after a preposition (`in which
/// he joked about …`) or a relative that is itself the subject (`which together vowed`)
/// leaves the verb its object.
pub(super) fn object_taken(s: &Sentence, v: usize) -> bool {
    let from = v.saturating_sub(8).max(s.span.start);
    let mut k = v;
    // Auxiliaries and adverbs before the verb.
    while k > from
        && s.word(k - 1).is_some_and(|w| {
            [
                "has", "have", "had", "would", "will", "could", "did", "does", "do", "also",
                "both", "is", "was", "not", "never", "once",
            ]
            .contains(&w.as_str())
                || w.ends_with("ly")
        })
    {
        k -= 1;
    }
    let subject_end = k;
    if zero_relative(s, k) {
        return true;
    }
    while k > from {
        let Some(w) = s.word(k - 1) else {
            return false;
        };
        if w == "which" || w == "whom" {
            let after_preposition = s.word(k.wrapping_sub(2)).is_some_and(|p| {
                lexicon::has("no-clause", &p) || lexicon::has("adverbial-openers", &p)
            });
            let subject = s.word(k).is_some_and(|f| {
                PRONOUNS.contains(&f.as_str())
                    || s.toks[k].text(s.body).starts_with(char::is_uppercase)
                    || super::reported_verbs::NOUN_BEFORE.contains(&f.as_str())
            });
            return k < subject_end && subject && !after_preposition;
        }
        if w == "to"
            || lexicon::has("finite-verbs", &w)
            || super::reported_verbs::is_speech(&w)
            || subject_end - k >= 5
        {
            return false;
        }
        k -= 1;
    }
    false
}

/// Determiners that open the noun a relative clause with no pronoun hangs on.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those", "any",
    "every", "each", "many", "some",
];

/// Whether a pronoun ending just before token `k` opens a relative clause with no
/// pronoun after a noun (`the target it pledged to reach`, `the many programs she has
/// proposed`): a subject pronoun after a word in lower case, with a determiner at most
/// four plain words before that word. The verb's object is then the noun before.
fn zero_relative(s: &Sentence, k: usize) -> bool {
    if k < s.span.start + 3
        || !s
            .word(k - 1)
            .is_some_and(|w| PRONOUNS.contains(&w.as_str()))
    {
        return false;
    }
    let noun = k - 2;
    let plain = |j: usize| {
        s.toks[j].kind == Kind::Word
            && s.toks[j].quote.is_none()
            && s.toks[j].text(s.body).starts_with(char::is_lowercase)
            && s.word(j).is_some_and(|w| {
                !lexicon::has("finite-verbs", &w)
                    && !lexicon::has("no-clause", &w)
                    && !lexicon::has("subordinators", &w)
                    && !lexicon::has("after-verb", &w)
                    && !super::reported_verbs::is_speech(&w)
                    && !DETERMINERS.contains(&w.as_str())
                    && !["that", "which", "who", "whom", "what", "said", "says"]
                        .contains(&w.as_str())
                    && !w.ends_with("ly")
                    && !w.ends_with("ed")
            })
    };
    // `this time he praised …`, `to the extent she talks about …`: a time or a measure,
    // not what the verb took.
    if !plain(noun)
        || s.word(noun).is_some_and(|w| {
            lexicon::has("time-units", &w)
                || ["time", "times", "extent", "degree", "point"].contains(&w.as_str())
        })
    {
        return false;
    }
    let mut j = noun;
    while j > s.span.start && noun - j < 4 {
        let Some(w) = s.word(j - 1) else {
            return false;
        };
        if DETERMINERS.contains(&w.as_str()) {
            return true;
        }
        if !plain(j - 1) {
            return false;
        }
        j -= 1;
    }
    false
}

#[cfg(test)]
#[path = "not_said_tests.rs"]
mod tests;

/// Words that open no reported clause after a verb's comma: a preposition's phrase or a
/// conjunction hung on the sentence (`Ann Mole responded, with ads on Friday`, `…, which
/// was seen as a failure`, `…, although a memo says …`).
const NOT_A_CLAUSE: &[&str] = &[
    "with", "along", "although", "though", "which", "however", "despite", "unlike", "whereas",
];

/// Subordinating conjunctions that, opening a sentence, make its first comma the end of
/// their clause: in `When Ann Mole spoke, the hall went quiet` what follows the comma is
/// the sentence's own main clause, not her words. (`As` is not among them: `As the
/// Courier reported, the levy passed` reports.)
const SUBORDINATORS: &[&str] = &[
    "when", "whenever", "while", "until", "before", "after", "since", "if", "once", "because",
    "though", "although", "unless",
];

/// Whether the verb at `v`, followed by a comma, reports nothing of what follows that
/// comma: what follows opens with a word of [`NOT_A_CLAUSE`], or the verb stands in a
/// subordinate clause that opens the sentence (a word of [`SUBORDINATORS`] first, no
/// comma before the verb).
pub(super) fn parenthetical_reports_nothing(s: &Sentence, v: usize) -> bool {
    let after = s.word(v + 2).unwrap_or_default();
    let subordinate = s
        .word(s.span.start)
        .is_some_and(|w| SUBORDINATORS.contains(&w.as_str()))
        && (s.span.start..v).all(|k| s.toks[k].kind != Kind::Comma);
    NOT_A_CLAUSE.contains(&after.as_str())
        || subordinate
        || noun_in_opening_phrase(s, v)
        || object_taken(s, v)
}

/// Whether the form at `v` is a noun ending a preposition's phrase that opens the
/// clause (`In the wake of the Courier report, …`, `… because of her Fifth Amendment
/// claims, …`): back from `v` over a name's words, possessives and determiners to `of`
/// after `because`, `wake`, `light`, `spite`, `view` or `result`, or to a preposition
/// that opens the sentence or follows its comma.
fn noun_in_opening_phrase(s: &Sentence, v: usize) -> bool {
    const OPENING: &[&str] = &[
        "in",
        "on",
        "at",
        "after",
        "amid",
        "despite",
        "following",
        "from",
        "with",
        "under",
    ];
    const BEFORE_OF: &[&str] = &["because", "wake", "light", "spite", "view", "result"];
    let mut k = v;
    while k > s.span.start {
        let t = s.toks[k - 1].text(s.body);
        let Some(w) = s.word(k - 1) else {
            return false;
        };
        let opens = k - 1 == s.span.start
            || matches!(s.toks[k - 2].kind, Kind::Comma | Kind::Colon | Kind::Semi);
        // `of` opening the sentence has no word before it.
        if w == "of"
            && k - 1 > s.span.start
            && s.word(k - 2)
                .is_some_and(|p| BEFORE_OF.contains(&p.as_str()))
            || opens && OPENING.contains(&w.as_str())
        {
            return k < v;
        }
        let in_name = t.starts_with(char::is_uppercase)
            || t.ends_with("'s")
            || t.ends_with("’s")
            || ["the", "a", "an", "his", "her", "its", "their"].contains(&w.as_str());
        if !in_name {
            return false;
        }
        k -= 1;
    }
    false
}

#[cfg(test)]
#[path = "no_statement_tests.rs"]
mod no_statement_tests;
