//! What a verb of saying reports with its object, where it reports no clause (and what a verb of naming gives as the name of what `what` stands for: `what she called a betrayal`): whether a determiner, a possessive or a name opens an object (`acknowledged their uphill battle`), and the verb with its object to where it ends (`attacked the plan`).

use std::ops::Range;

use super::lexicon;
use super::reported_end::content_end;
use super::reported_verbs::is_speech;
use super::sentence::Sentence;
use super::tokens::Kind;

/// Whether a verb of saying at `v` in the past or in `-ing` has an object at `k` that a
/// determiner, a possessive or a name opens (`acknowledged their uphill battle`, `has
/// promised a veto`, `noted Reed's record`): not an adverb or a count (`reported live`,
/// `confirmed 92 to 0`, `announced earlier this year`), nor a form in `-s` that may be a
/// noun (`reports show`, `promises become reality`).
pub(super) fn object_opens(s: &Sentence, v: usize, k: usize) -> bool {
    const DETERMINERS: &[&str] = &[
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
        "those", "any", "every", "no",
    ];
    let verb = s.word(v).unwrap_or_default();
    let Some(w) = s.word(k) else {
        return false;
    };
    let raw = s.toks[k].text(s.body);
    (verb.ends_with("ed") || verb.ends_with("ing"))
        && (DETERMINERS.contains(&w.as_str())
            || raw.ends_with("'s")
            || raw.ends_with("’s")
            || raw.starts_with(char::is_uppercase) && !lexicon::is_not_name(&w))
}

/// A verb of [object-speech] at `v` reported with its object (`attacked the plan`,
/// `praised the mayor's record`), the verb kept in the range; `None` for an infinitive
/// or base form after `and` (`infinitive`), an object a relative pronoun took (`taken`),
/// or an adverbial or `as` right after the verb.
pub(super) fn object_report(
    s: &Sentence,
    v: usize,
    lemma: &str,
    infinitive: bool,
    taken: bool,
) -> Option<(Range<usize>, &'static str)> {
    if !lexicon::has("object-speech", lemma)
        || infinitive
        || taken
        || !s
            .word(v + 1)
            .is_some_and(|w| !lexicon::has("adverbial-openers", &w) && w != "as")
    {
        return None;
    }
    // A noun or an adjective, not a verb: `a 2010 recall of …`, `after repeated clashes`,
    // `cuts repeat offences`.
    let verb = s.word(v).unwrap_or_default();
    if verb == "repeat" {
        return None;
    }
    if v > s.span.start
        && s.word(v - 1).is_some_and(|p| {
            ["a", "an", "the"].contains(&p.as_str())
                || p.starts_with(|c: char| c.is_ascii_digit())
                || verb.ends_with("ed")
                    && ["after", "of", "with", "by", "amid"].contains(&p.as_str())
        })
    {
        return None;
    }
    let mut end = content_end(s, v, v + 1);
    // A participle's object is a phrase, to its comma: `X, noting the size of the
    // crowd, said …`.
    if verb.ends_with("ing")
        && let Some(c) =
            (v + 1..end).find(|&c| s.toks[c].kind == Kind::Comma && s.toks[c].quote.is_none())
    {
        end = c;
    }
    let words = (v + 1..end)
        .filter(|&k| s.toks[k].kind == Kind::Word)
        .count();
    (words >= 1).then_some((v..end, "complement object"))
}

/// Where the name starts that a verb of naming at `v` gives to what `what` stands for,
/// `what S called NP`, `what S described as NP` (`as` and an adverb in `-ly` passed
/// over): `what` one to three words (the subject, no verb) before the verb, and a word
/// outside quotation marks after it (a quotation is the naming rules' own).
pub(super) fn named_by_what(s: &Sentence, v: usize, lemma: &str) -> Option<usize> {
    if !["call", "describe"].contains(&lemma) || !lexicon::has("naming", &s.word(v)?) {
        return None;
    }
    let j = (v.saturating_sub(4).max(s.span.start)..v.checked_sub(1)?)
        .rev()
        .find(|&j| s.word(j).as_deref() == Some("what"))?;
    let subject_only = (j + 1..v).all(|k| {
        s.toks[k].kind == Kind::Word
            && s.toks[k].quote.is_none()
            && s.word(k)
                .is_some_and(|w| !lexicon::has("finite-verbs", &w) && !is_speech(&w) && w != "what")
    });
    // `asked what he called the dog`, `not clear what she described`: a question.
    let question = j > s.span.start
        && s.word(j - 1).is_some_and(|p| {
            is_speech(&p)
                || lexicon::is_reporting(&p)
                || [
                    "know", "knew", "knows", "clear", "unclear", "sure", "wonder",
                ]
                .contains(&p.as_str())
        });
    if !subject_only || question {
        return None;
    }
    let mut from = v + 1;
    while s
        .word(from)
        .is_some_and(|w| w == "as" || w.len() > 4 && w.ends_with("ly"))
    {
        from += 1;
    }
    // A verb after it is the clause's own (`what she described was a long night`).
    (s.toks.get(from)?.kind == Kind::Word
        && s.toks[from].quote.is_none()
        && !s
            .word(from)
            .is_some_and(|w| lexicon::has("finite-verbs", &w)))
    .then_some(from)
}

#[cfg(test)]
#[path = "reported_objects_tests.rs"]
mod tests;
