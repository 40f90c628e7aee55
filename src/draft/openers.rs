//! Openers and participles: the stretches of a sentence that hold no subject (datelines, opening participles' phrases, adverbials, the rest of a place, a passive set off after a name) and the participles whose speaker is their clause's subject.

use std::ops::Range;

use super::lexicon;
use super::sentence::Sentence;
use super::tokens::Kind;

/// Whether tokens `start..end` are a participle's phrase, which holds no subject: `citing
/// the magic of Trump`, or one that opens the sentence, capitalised only by its place
/// (`Following a swiftly called meeting, the council …`, `Hastily blaming …, she`): a
/// lower-case word follows its first.
pub(super) fn participle_phrase(s: &Sentence, start: usize, end: usize) -> bool {
    let opening = start == s.span.start
        && s.toks
            .get(start + 1)
            .is_some_and(|t| start + 1 < end && t.text(s.body).starts_with(char::is_lowercase));
    let lower = s.toks[start].text(s.body).starts_with(char::is_lowercase);
    let adverb = opening
        && s.word(start)
            .is_some_and(|w| w.ends_with("ly") && w.len() > 4)
        && s.word(start + 1).is_some_and(|w| w.ends_with("ing"));
    start < end
        && (lower || opening)
        && (s
            .word(start)
            .is_some_and(|w| w.ends_with("ing") && w.len() > 5)
            || adverb)
}

/// Whether the quotation that closes at `close` is the object of a participle (`citing
/// "…,"`): it is no quotation beside a verb after it, and no end of its subject.
pub(super) fn participle_quote(s: &Sentence, close: usize) -> bool {
    (s.span.start..close)
        .rev()
        .find(|&k| s.toks[k].kind == Kind::Open)
        .is_some_and(|open| {
            open > s.span.start
                && s.toks[open - 1]
                    .text(s.body)
                    .starts_with(char::is_lowercase)
                && s.word(open - 1)
                    .is_some_and(|w| w.ends_with("ing") && w.len() > 5)
        })
}

/// Whether tokens `start..end` (a stretch between commas) are an adverbial rather than a
/// subject: it opens with a sentence adverb (`Instead`, `Likewise`, `Moments earlier`,
/// `Shortly after …`) or a unit of time stands in its first three words (`Last month`,
/// `One month after …`, `Three years ago`).
pub(super) fn adverbial(s: &Sentence, start: usize, end: usize) -> bool {
    start < end
        && (s
            .word(start)
            .is_some_and(|w| lexicon::has("adverbial-subjects", &w))
            || (start..end.min(start + 3))
                .any(|k| s.word(k).is_some_and(|w| lexicon::has("time-units", &w))))
}

/// The token after a dateline that opens the stretch `left..to` (`PARIS, Aug 31 (Reuters)
/// -`, `Washington (AFP) –`): a dash among its first twelve tokens with no word in lower
/// case before it.
pub(super) fn dateline_end(s: &Sentence, left: usize, to: usize) -> Option<usize> {
    let dash = (left..to.min(left + 12)).find(|&k| s.toks[k].kind == Kind::Dash)?;
    (left..dash)
        .all(|k| {
            s.toks[k].kind != Kind::Word || !s.toks[k].text(s.body).starts_with(char::is_lowercase)
        })
        .then_some(dash + 1)
}

/// Where the stretch `left..to` begins past a dateline in capitals (`ASHGROVE, Pa. —`,
/// `WASHINGTON (AP) —`), which is never a subject: its first word is written wholly in
/// capitals, three letters or more; else `left`.
pub(super) fn after_dateline(s: &Sentence, left: usize, to: usize) -> usize {
    let first = s.toks[left].text(s.body);
    let capitals = first.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && first
            .chars()
            .all(|c| !c.is_alphabetic() || c.is_uppercase());
    if !capitals || left >= to {
        return left;
    }
    dateline_end(s, left, to).unwrap_or(left)
}

/// Whether the stretch `c` is the rest of a place the stretch `prev` ends with (`in Salem,
/// New Hampshire,`, `at a rally in Beaumont, Tex.,`): a few capitalised words after a
/// stretch that ends on a place after `in`, `at`, `near` or `from`.
pub(super) fn place_after(s: &Sentence, prev: &Range<usize>, c: &Range<usize>) -> bool {
    let cap = |k: usize| {
        s.toks[k].kind != Kind::Word || s.toks[k].text(s.body).starts_with(char::is_uppercase)
    };
    let short = c.len() <= 3 && (c.start..c.end).all(cap) && c.end < s.span.end;
    let place = (prev.start..prev.end)
        .rev()
        .find(|&k| !cap(k))
        .is_some_and(|k| {
            // `k` is the last word in lower case: the preposition before the place.
            k + 1 < prev.end
                && s.word(k).is_some_and(|w| {
                    ["in", "at", "near", "from", "outside", "of"].contains(&w.as_str())
                })
        });
    short && place
}

/// Whether the verb at `v` is a participle that follows its clause after a comma (`…,
/// calling him "…"`, `…, saying the plan …`): its speaker is the clause's subject, never
/// a name in the clause's object.
pub(super) fn trailing_participle(s: &Sentence, v: usize, left: usize) -> bool {
    v > left + 1
        && s.toks[v - 1].kind == Kind::Comma
        && s.toks[v].text(s.body).starts_with(char::is_lowercase)
        && s.word(v).is_some_and(|w| w.ends_with("ing") && w.len() > 5)
}

/// Whether the verb in `-ed` at `v` opens a passive set off between a name and its verb:
/// `Ellery, asked about the layoffs, told reporters …` (Ellery was asked; what he told is
/// his), `Roe, pressed on the figure, said …`. The stretch after the name's comma ends at a
/// comma followed by a word in lower case that goes on with the clause (not `and`, `but`,
/// `or`, `then`, which make the verb one of a series: `He stopped in Roswell, asked about
/// the plant, and left`; nor a participle), and the verb has no object: a preposition or a
/// question's word follows it.
pub(super) fn passive_aside(s: &Sentence, v: usize, word: &str) -> bool {
    if !word.ends_with("ed") || v < s.span.start + 2 || s.toks[v - 1].kind != Kind::Comma {
        return false;
    }
    // A passive's object is gone: a preposition or a question's word follows it (`asked
    // about`, `pressed on`, `asked whether`), never an object (`X, repeated that figure,
    // telling …` is X's verb).
    let opens = s.word(v + 1).is_some_and(|w| {
        [
            "about", "on", "by", "for", "whether", "if", "why", "how", "what", "at", "in", "after",
            "during", "to", "over",
        ]
        .contains(&w.as_str())
    });
    let name = &s.toks[v - 2];
    if !opens {
        return false;
    }
    if name.kind != Kind::Word
        || name.quoted()
        || !name.text(s.body).starts_with(char::is_uppercase)
    {
        return false;
    }
    let Some(comma) = (v + 1..s.span.end)
        .take_while(|&k| s.toks[k].kind != Kind::Close && s.toks[k].kind != Kind::Open)
        .find(|&k| s.toks[k].kind == Kind::Comma)
    else {
        return false;
    };
    let next = s.toks.get(comma + 1).filter(|t| t.kind == Kind::Word);
    next.is_some_and(|t| {
        let w = t.text(s.body);
        w.starts_with(char::is_lowercase)
            && !w.ends_with("ing")
            && !["and", "but", "or", "then", "nor"].contains(&w)
    })
}
