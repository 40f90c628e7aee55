//! What a verb of saying reports with its object, where it reports no clause: whether a determiner, a possessive or a name opens an object (`acknowledged their uphill battle`), and the verb with its object to where it ends (`attacked the plan`).

use std::ops::Range;

use super::lexicon;
use super::reported::content_end;
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

#[cfg(test)]
#[path = "reported_objects_tests.rs"]
mod tests;
