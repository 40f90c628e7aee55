//! Quotations beside their verbs — the one a verb introduces, the one that ends before its attribution, the words that run on from it — and the quotations of a sentence no verb took: another part of an attributed one, one after a colon, one that goes on from the one before.

use std::ops::Range;

use super::lexicon;
use super::people::{self, People, confidence};
use super::sentence::{Found, Sentence};
use super::tokens::Kind;

/// The quotation that opens after the verb at `v`, straight after it or after a comma or
/// colon that ends the verb's object and circumstances: `said, "…"`, `declared: "…"`,
/// `told a radio host on Monday, "…"`, `responded pointedly, with a smile: "…"`.
pub(super) fn quote_after(s: &Sentence, v: usize) -> Option<usize> {
    let end = (v + 16).min(s.span.end);
    let mut k = v + 1;
    while k < end {
        let t = &s.toks[k];
        match t.kind {
            Kind::Open => {
                let prev = s.toks[k - 1].kind;
                return (k == v + 1 || matches!(prev, Kind::Comma | Kind::Colon)).then_some(k);
            }
            Kind::Word if t.quote.is_none() => {
                // Another clause starts: the quotation is not this verb's.
                let w = t.text(s.body).to_lowercase();
                if k > v + 1 && (w == "that" || lexicon::is_reporting(&w) || w == "and") {
                    return None;
                }
            }
            Kind::Comma | Kind::Colon | Kind::Other => {}
            _ => return None,
        }
        k += 1;
    }
    None
}

/// The quotation that ends just before the verb at `v` with only its speaker between:
/// "…," Jane Doe, an analyst, said.
pub(super) fn quote_before(s: &Sentence, v: usize) -> Option<usize> {
    let close = (s.span.start..v)
        .rev()
        .find(|&k| s.toks[k].kind == Kind::Close)?;
    if (close + 1..v).any(|k| s.toks[k].kind == Kind::Open) {
        return None;
    }
    let after = s.word(close + 1).unwrap_or_default();
    if ["which", "who", "that", "and", "but", "or"].contains(&after.as_str()) {
        return None;
    }
    if run_on(s, close + 1, v).is_some() {
        return (s.span.start..close)
            .rev()
            .find(|&k| s.toks[k].kind == Kind::Open && s.toks[k].quote == s.toks[close].quote);
    }
    let open = (s.span.start..close)
        .rev()
        .find(|&k| s.toks[k].kind == Kind::Open && s.toks[k].quote == s.toks[close].quote)?;
    // The quotation's last mark, past a nested quotation's close: "…, ‘I hope so,’"
    let mut last = close;
    while last > open + 1 && s.toks[last - 1].kind == Kind::Other {
        last -= 1;
    }
    let ends_in_punctuation =
        last > 0 && matches!(s.toks[last - 1].kind, Kind::Comma | Kind::End | Kind::Dash);
    let comma_after = s.toks.get(close + 1).is_some_and(|t| t.kind == Kind::Comma);
    // No mark at all, but only the speaker between: "…" Jane Doe said. (or said, and
    // what follows: "…" Jane Doe tweeted, quoting …); or the verb straight after the
    // quotation, its speaker after it: "…" said Jane Doe. Either way the quotation is a
    // saying of some words, not a title or a scare quote.
    let sentence_like = || {
        s.toks[open].quote.is_some_and(|q| {
            let text = &s.body[s.para.quotes[q].content.clone()];
            text.split_whitespace().count() >= 4 && !title_like(text)
        })
    };
    // Or a circumstance after the verb, when the quotation opens the sentence: "…" Jane
    // Doe said after a rally in Ohio.
    let circumstance = || {
        open == s.span.start
            && v > close + 1
            && s.word(v + 1)
                .is_some_and(|w| CIRCUMSTANCE.contains(&w.as_str()))
            && sentence_like()
    };
    let speaker_between = v - close <= 4
        && (close + 1..v).all(|k| s.toks[k].kind == Kind::Word)
        && s.toks.get(v + 1).is_none_or(|t| {
            t.kind == Kind::End
                || (v > close + 1 && t.kind == Kind::Comma && sentence_like())
                || circumstance()
        });
    let verb_then_speaker = v == close + 1
        && lexicon::is_inverting(&s.word(v).unwrap_or_default())
        && s.toks.get(v + 1).is_some_and(|t| {
            t.kind == Kind::Word && t.text(s.body).starts_with(char::is_uppercase)
        })
        && sentence_like();
    (ends_in_punctuation || comma_after || speaker_between || verb_then_speaker).then_some(open)
}

/// Prepositions and conjunctions that open a circumstance after a verb of speech: `said
/// after a rally`, `told reporters on Monday`, `wrote in a letter`.
const CIRCUMSTANCE: &[&str] = &[
    "after", "before", "on", "in", "at", "during", "while", "when", "outside", "from", "to", "of",
    "as",
];

/// Where a quotation closed before token `after` goes on in the writer's words to a comma
/// and then the attribution at `v`: `"We are happy" about the ruling, said X` (the comma's
/// index). At most eight words, no other quotation or verb of speech among them.
pub(super) fn run_on(s: &Sentence, after: usize, v: usize) -> Option<usize> {
    let comma = (after..v).rev().find(|&k| s.toks[k].kind == Kind::Comma)?;
    let words = after..comma;
    let plain = !words.is_empty()
        && words.len() <= 8
        && s.toks[words.clone()]
            .iter()
            .all(|t| t.kind == Kind::Word && t.quote.is_none())
        && !words.clone().any(|k| {
            s.word(k).is_some_and(|w| {
                lexicon::is_reporting(&w) || ["who", "which"].contains(&w.as_str())
            })
        });
    // Only the speaker (or nothing) between the comma and the verb.
    let speaker_only = v - comma <= 5
        && (comma + 1..v).all(|k| s.toks[k].kind == Kind::Word && s.toks[k].quote.is_none());
    (plain && speaker_only).then_some(comma)
}

/// Whether the word at `v` is a verb of manner that reports the quotation beside it,
/// known by the shape alone, whatever the verb: a past form (or a present in -s) in lower
/// case that ends its sentence after a quotation closed on a comma and its speaker (`"…,"
/// Tom Reed cracked.`, `"…," he pressed.`), or stands between that quotation and its
/// speaker (`"…," beamed Tom Reed.`), or follows its speaker right before a comma and a
/// quotation (`Tom Reed started, "…"`). Returns whether the speaker comes after the verb.
pub(super) fn manner_verb(s: &Sentence, v: usize) -> Option<bool> {
    let word = s.word(v)?;
    let text = s.toks[v].text(s.body);
    let past = word.ends_with("ed") || word.ends_with('s') && !word.ends_with("ss");
    if !past || word.len() < 4 || !text.starts_with(char::is_lowercase) {
        return None;
    }
    if lexicon::has("beliefs", &word) || lexicon::has("finite-verbs", &word) {
        return None;
    }
    let name_like = |k: usize| {
        s.toks.get(k).is_some_and(|t| {
            t.kind == Kind::Word
                && t.quote.is_none()
                && (t.text(s.body).starts_with(char::is_uppercase)
                    || ["he", "she", "they"].contains(&t.text(s.body)))
        })
    };
    let end_at = |k: usize| k >= s.span.end || s.toks[k].kind == Kind::End;
    // The quotation closed on a comma: `…,”`.
    let comma_close = |k: usize| {
        k > s.span.start
            && s.toks[k].kind == Kind::Close
            && matches!(s.toks[k - 1].kind, Kind::Comma | Kind::End)
            && !(s.toks[k - 1].kind == Kind::End && s.toks[k - 1].text(s.body) == ".")
    };
    // `"…," beamed Tom Reed.`
    if v > s.span.start && comma_close(v - 1) && name_like(v + 1) {
        let mut k = v + 1;
        while k < s.span.end && k < v + 6 && s.toks[k].kind == Kind::Word {
            k += 1;
        }
        if end_at(k) || s.toks[k].kind == Kind::Comma {
            return Some(true);
        }
    }
    // `"…," Tom Reed cracked.`: one to four words of speaker between.
    if end_at(v + 1) {
        let mut k = v;
        while k > s.span.start && v - k < 4 && name_like(k - 1) {
            k -= 1;
        }
        if k < v && k > s.span.start && comma_close(k - 1) {
            return Some(false);
        }
    }
    // `Tom Reed started, "…"`: the speaker straight before the verb.
    let opens = s.toks.get(v + 2).is_some_and(|t| t.kind == Kind::Open);
    if v > s.span.start
        && name_like(v - 1)
        && s.toks.get(v + 1).is_some_and(|t| t.kind == Kind::Comma)
        && opens
    {
        return Some(false);
    }
    None
}

/// Whether the `that` at `t` points at a thing rather than opening a clause: `"…," she
/// said in her speech that night.` — a time word after it, or too few words to its
/// sentence's end for a clause of its own.
pub(super) fn demonstrative_that(s: &Sentence, t: usize) -> bool {
    let next = s.word(t + 1).unwrap_or_default();
    let time = [
        "day",
        "night",
        "morning",
        "afternoon",
        "evening",
        "week",
        "weekend",
        "month",
        "year",
        "time",
        "spring",
        "summer",
        "fall",
        "autumn",
        "winter",
    ];
    let words = (t + 1..s.span.end)
        .filter(|&k| s.toks[k].kind == Kind::Word)
        .count();
    time.contains(&next.as_str()) || words < 3
}

/// The token after the quotation opened at `open` (its closing mark, or the sentence end).
pub(super) fn quote_close(s: &Sentence, open: usize) -> usize {
    let q = s.toks[open].quote;
    (open + 1..s.span.end)
        .find(|&k| s.toks[k].kind == Kind::Close && s.toks[k].quote == q)
        .map_or(s.span.end, |k| k + 1)
}

/// The bytes of tokens `from..to`; a stretch that is exactly one quotation gives the
/// quotation's words without its marks.
pub(super) fn words_of(s: &Sentence, from: usize, to: usize) -> (Range<usize>, bool) {
    let first = &s.toks[from];
    if first.kind == Kind::Open
        && let Some(q) = first.quote
    {
        let quote = &s.para.quotes[q];
        let last = &s.toks[to - 1];
        let whole = last.quote == Some(q)
            || (last.kind == Kind::End && to >= 2 && s.toks[to - 2].quote == Some(q));
        if whole {
            return (trimmed(s.body, quote.content.clone()), true);
        }
    }
    let range = s.bytes(from, to);
    let quoted = s.toks[from..to].iter().any(|t| t.quote.is_some());
    (trimmed(s.body, range), quoted)
}

/// `range` without the white space, stand-in marks and invisible characters at its edges.
pub(super) fn trimmed(body: &str, range: Range<usize>) -> Range<usize> {
    let (mut start, mut end) = (range.start, range.end);
    loop {
        let text = &body[start..end];
        let trimmed = text.trim_start();
        start += text.len() - trimmed.len();
        match crate::sanitize::mark_len(trimmed) {
            Some(len) => start += len,
            None => break,
        }
    }
    loop {
        let text = &body[start..end];
        let trimmed = text.trim_end();
        end -= text.len() - trimmed.len();
        match crate::sanitize::mark_len_back(trimmed) {
            Some(len) => end -= len,
            None => break,
        }
    }
    start..end.max(start)
}

/// Quotations of the sentence no verb took: another part of an attributed one, a
/// quotation that goes on from the one before, else nobody's (scare quotes, titles).
pub(super) fn quotes_left(
    s: &Sentence,
    adjacent: Option<(usize, u8)>,
    para_first: usize,
    sentence_first: usize,
    found: &mut Vec<Found>,
    people: &mut People,
) {
    // The paragraph's quotations are in reading order: those opening in this sentence.
    let first = s.para.quotes.partition_point(|q| q.open < s.span.start);
    for (qi, quote) in s.para.quotes.iter().enumerate().skip(first) {
        if quote.open >= s.span.end {
            break;
        }
        let content = trimmed(s.body, quote.content.clone());
        if found[sentence_first..]
            .iter()
            .any(|f| f.range.start < content.end && content.start < f.range.end)
        {
            continue;
        }
        if title_like(&s.body[content.clone()]) {
            continue;
        }
        let close = quote.close.unwrap_or(s.span.end);
        let whole = quote.open == s.span.start
            && (close + 1 >= s.span.end
                || (close + 2 == s.span.end && s.toks[close + 1].kind == Kind::End));
        let speaker = if let Some((who, conf)) = signed(s, quote, people) {
            Some((who, conf, SIGNED_RULE))
        } else if let Some((who, conf)) = adjacent.filter(|_| sentence_first < found.len()) {
            Some((who, conf.saturating_sub(5), "quote beside another"))
        } else if let Some((who, conf)) = colon_speaker(s, quote.open, people) {
            Some((who, conf, "quote after a colon"))
        } else if quote.continued && qi == 0 {
            found
                .last()
                .filter(|f| f.quoted)
                .map(|f| (f.speaker, 80, "quote continued"))
        } else if whole && found.len() > para_first {
            found.last().map(|f| {
                (
                    f.speaker,
                    f.confidence.saturating_sub(10).min(82),
                    "quote whole sentence",
                )
            })
        } else if whole && s.span.start == 0 {
            // A paragraph of quotation after a paragraph that ended on one, or on a
            // report of the same speaker's (`She is closing, she says, because …` and then
            // `"People think …`).
            let start = s.toks[s.span.start].range.start;
            found
                .last()
                .filter(|f| {
                    f.para + 1 == s.index
                        && (f.quoted
                            // A transcript's label speaks for its own paragraph only.
                            || f.rule != super::sentence::LABEL_RULE
                                && ends_paragraph(s.body, f.sentence.end, start))
                })
                .map(|f| (f.speaker, 65, "quote paragraph"))
        } else {
            None
        };
        let Some((who, conf, rule)) = speaker else {
            continue;
        };
        let wordy = s.body[content.clone()].split_whitespace().count();
        if wordy < 2 || !s.body[content.clone()].chars().any(char::is_alphanumeric) {
            continue;
        }
        found.push(Found {
            range: content,
            speaker: who,
            claim: false,
            confidence: conf,
            para: s.index,
            sentence: s.bytes(s.span.start, s.span.end),
            quoted: true,
            against: None,
            rule,
        });
    }
}

/// Whether nothing but white space and closing marks stands between byte `end`, where a
/// statement's sentence ends, and byte `next`, where the next paragraph's first sentence
/// starts: the statement's sentence was the last of its paragraph.
fn ends_paragraph(body: &str, end: usize, next: usize) -> bool {
    end <= next
        && body.get(end..next).is_some_and(|gap| {
            gap.chars()
                .all(|c| c.is_whitespace() || "\"'\u{201d}\u{2019})".contains(c))
        })
}

/// The rule name of a quotation signed by a dash and a name after it.
pub(super) const SIGNED_RULE: &str = "quote signed";

/// The name that signs a quotation after a dash (`"…" ― Ann Mole`, `"…" — Rep. Ann Mole.`),
/// as readers' letters, blurbs and epigraphs are signed: a name of two words or more (or
/// a surname already met) after the closing mark and a dash, with nothing after it but a
/// full stop before the paragraph ends or the next quotation opens.
fn signed(s: &Sentence, quote: &super::tokens::Quote, people: &mut People) -> Option<(usize, u8)> {
    let toks = s.toks;
    let close = quote.close?;
    let dash = close + 1;
    if toks.get(dash)?.kind != Kind::Dash {
        return None;
    }
    let limit = (dash + 1..toks.len())
        .find(|&k| toks[k].kind == Kind::Open)
        .unwrap_or(toks.len());
    let np = people::parse(s.body, toks, dash + 1, limit)?;
    if np.kind != people::NpKind::Name
        || np.text.split_whitespace().count() < 2 && !people.has_surname(&np.text)
    {
        return None;
    }
    let rest = &toks[np.end..limit];
    if !(rest.is_empty() || rest.len() == 1 && rest[0].kind == Kind::End) {
        return None;
    }
    let conf = confidence(&np);
    people.mention(&np).map(|who| (who, conf))
}

/// The speaker of a quotation opened at `open` after a colon that ends a clause with no
/// verb of speech: its subject, after any opening circumstance (`Trump: "…"`, `In a speech
/// in 1999, he had one message: "…"`). The quotation must open with a capital: a sentence.
pub(super) fn colon_speaker(s: &Sentence, open: usize, people: &mut People) -> Option<(usize, u8)> {
    let colon = open.checked_sub(1).filter(|&c| c > s.span.start)?;
    if s.toks[colon].kind != Kind::Colon || s.toks[colon].quote.is_some() {
        return None;
    }
    let first = s.toks.get(open + 1)?.text(s.body);
    if !first.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    if (s.span.start..colon).any(|k| s.toks[k].quote.is_some()) {
        return None;
    }
    // After a headline's dash, what follows it: `Polls missed the caucus - Pollster
    // Ann Mole: "…"`.
    let mut start = (s.span.start..colon)
        .rev()
        .find(|&k| s.toks[k].kind == Kind::Dash)
        .map_or(s.span.start, |k| k + 1);
    // `More from Jones: "…"`, `From the report: "…"`.
    if s.word(start).as_deref() == Some("more") && s.word(start + 1).as_deref() == Some("from") {
        start += 2;
    } else if s.word(start).as_deref() == Some("from") {
        start += 1;
    }
    let from = start;
    for k in from..colon {
        if matches!(s.toks[k].kind, Kind::Comma) {
            let np = people::parse(s.body, s.toks, start, k);
            if np.is_some() {
                break;
            }
            start = k + 1;
        }
    }
    // The verb first: "Stated Stone: …", "Added the senator: …".
    if s.word(start).is_some_and(|w| lexicon::is_reporting(&w)) {
        start += 1;
    }
    let np = people::parse(s.body, s.toks, start, colon)
        .or_else(|| people::common(s.body, s.toks, start, colon).filter(|n| n.end == colon))
        .or_else(|| document_subject(s, start, colon))?;
    let conf = confidence(&np).saturating_sub(15);
    Some((people.mention(&np)?, conf))
}

/// A document (the lexicon's `documents`) that opens the clause from `start` as its
/// subject, with a verb after it before `colon`: `A footnote in the report makes that
/// clear: "…"`, `The piece used one of her lines as its headline: "…"` (a determiner, at
/// most one word, the head).
fn document_subject(s: &Sentence, start: usize, colon: usize) -> Option<people::Np> {
    let det = s.word(start)?;
    if !["a", "an", "the", "this", "its", "their", "his", "her"].contains(&det.as_str()) {
        return None;
    }
    let head = (start + 1..(start + 3).min(colon))
        .find(|&h| s.word(h).is_some_and(|w| lexicon::has("documents", &w)))?;
    // A verb follows the phrase: another word, not a clause's end.
    s.word(head + 1)?;
    people::common(s.body, s.toks, start, head + 1).filter(|n| n.end == head + 1)
}

/// Whether the quotation opening at `open`, beside the verb at `v`, is the title of a
/// show, book or the like, not words said: a title (every main word capitalised, at most
/// eight words) after a possessive, `on` or a noun for a work, or `of` after one (`on
/// CNN's "State of the Union,"`, `in his memoir, "Hard Roads"`, `the anthem "…,"`, `this
/// weekend's broadcast of "…,"`, `a co-author of "…"`), or straight after `told` (`told "Fox
/// and Friends"`).
pub(super) fn title_quote(s: &Sentence, v: usize, open: usize) -> bool {
    const WORKS: &[&str] = &[
        "book",
        "memoir",
        "autobiography",
        "podcast",
        "show",
        "program",
        "programme",
        "film",
        "movie",
        "documentary",
        "novel",
        "column",
        "series",
        "episode",
        "album",
        "song",
        "newsletter",
        "blog",
        "anthem",
        "hymn",
        "broadcast",
        "segment",
        "edition",
        "author",
        "co-author",
    ];
    let close = quote_close(s, open);
    if close <= open + 1 || open + 1 >= s.toks.len() {
        return false;
    }
    let words = capitalised_words(&s.body[s.bytes(open + 1, close)]);
    let title = words.is_some_and(|n| (1..=8).contains(&n));
    let mut before = open;
    while before > s.span.start && s.toks[before - 1].kind == Kind::Comma {
        before -= 1;
    }
    let Some(prev) = before.checked_sub(1).filter(|&p| p >= s.span.start) else {
        return false;
    };
    let raw = s.toks[prev].text(s.body);
    let p = raw.to_lowercase();
    let told = prev == v && open == v + 1 && p == "told" && words.is_some_and(|n| n >= 2);
    title
        && (s.toks[prev].kind == Kind::Word && (p.ends_with("’s") || p.ends_with("'s"))
            || p == "on"
            || WORKS.contains(&p.as_str())
            || p == "of"
                && prev > s.span.start
                && s.word(prev - 1)
                    .is_some_and(|w| WORKS.contains(&w.as_str()))
            || told)
}

/// The token after the quotation opening at `open` when it is a title (every main word
/// capitalised, one to eight words: `"Morning Call"`, `''Hardball''`) closed within the
/// sentence; `None` for anything else, words said among them.
pub(super) fn title_from(s: &Sentence, open: usize) -> Option<usize> {
    let t = s.toks.get(open).filter(|t| t.kind == Kind::Open)?;
    let quote = &s.para.quotes[t.quote?];
    let close = quote_close(s, open);
    let closed = close <= s.span.end && s.toks[close - 1].kind == Kind::Close;
    let words = capitalised_words(&s.body[quote.content.clone()]);
    (closed && words.is_some_and(|n| (1..=8).contains(&n))).then_some(close)
}

/// A quotation that is a title, not someone's words: two to eight words, every main
/// word capitalised ([`capitalised_words`]).
pub(super) fn title_like(text: &str) -> bool {
    capitalised_words(text).is_some_and(|n| (2..=8).contains(&n))
}

/// How many words `text` has when every main word opens with a capital (small words
/// such as "of" and "the" may stay small after the first), as a title's do; `None` else.
pub(super) fn capitalised_words(text: &str) -> Option<usize> {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let small = [
        "a", "an", "the", "of", "in", "on", "and", "for", "to", "at", "with",
    ];
    words
        .iter()
        .enumerate()
        .all(|(i, w)| {
            w.chars().next().is_some_and(char::is_uppercase) || (i > 0 && small.contains(w))
        })
        .then_some(words.len())
}

#[cfg(test)]
#[path = "quotes_tests.rs"]
pub(super) mod tests;

#[cfg(test)]
#[path = "quotes_shapes_tests.rs"]
mod shapes_tests;
