//! Partial quotations inside a paraphrase: a person's verb of saying, believing, judging, promising, urging, attacking, praising, blaming or naming before a quotation that is only part of the clause (`X slammed the proposal as "reprehensible"`, `X urged them "to act"`), drafted with the paraphrase around it.

use super::lexicon;
use super::people::{self, Np, NpKind, People, Pronoun};
use super::quotes::{quote_close, title_like, trimmed, words_of};
use super::reported;
use super::sentence::{Found, Sentence};
use super::speakers::{confidence, speaker_of};
use super::tokens::Kind;

/// The rule name these statements carry (shown by `--misses`).
pub(super) const RULE: &str = "partial quote";

/// How many tokens before a quotation its verb may stand.
const REACH: usize = 30;

/// Words before a verb's form that make it a noun or an adjective: `his promise of "…"`,
/// `the so-called "…"`.
const NOUN_BEFORE: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
    "those", "of", "to", "for", "with", "by", "on", "in", "at", "from", "into", "about", "so",
    "no", "any", "some", "such", "every",
];

/// Auxiliaries of a passive: `was called "a disgrace"` reports nothing of its subject's.
const PASSIVE: &[&str] = &[
    "was", "were", "been", "being", "be", "is", "are", "get", "got", "gets",
];

/// Drafts each quotation of the sentence that no rule took yet and that opens inside it,
/// after a verb of the [partial-verbs] list, of speech or of belief whose subject is a
/// person: the words from
/// after the verb (and its `that`) to the clause's end, the quotation among them.
/// `sentence_first` is the index in `found` of the sentence's first statement.
pub(super) fn partial_quotes(
    s: &Sentence,
    found: &mut Vec<Found>,
    sentence_first: usize,
    people: &mut People,
) {
    let first = s.para.quotes.partition_point(|q| q.open < s.span.start);
    for quote in s.para.quotes.iter().skip(first) {
        if quote.open >= s.span.end {
            break;
        }
        // A quotation that opens the sentence is the other rules' (beside a verb, whole).
        if quote.open == s.span.start {
            continue;
        }
        let content = trimmed(s.body, quote.content.clone());
        if content.is_empty()
            || !s.body[content.clone()].chars().any(char::is_alphanumeric)
            || title_like(&s.body[content.clone()])
        {
            continue;
        }
        let taken = |found: &[Found], range: &std::ops::Range<usize>| {
            found[sentence_first..]
                .iter()
                .any(|f| f.range.start < range.end && range.start < f.range.end)
        };
        if taken(found, &content) {
            continue;
        }
        // `mocked his claim that … "…"`: the words are the claim's owner's.
        let (v, subject, noun) = if let Some((v, np)) = noun_of_saying(s, quote.open) {
            (v, Subject::Phrase(np), true)
        } else if let Some(v) = verb_before(s, quote.open) {
            (v, subject_before(s, v, people), false)
        } else {
            continue;
        };
        let speaker = match subject {
            Subject::None => None,
            Subject::Clause => speaker_of(s, v, found, people, true),
            Subject::Phrase(np) => {
                let conf = confidence(&np);
                people.mention(&np).map(|who| (who, conf))
            }
        };
        let Some((who, conf)) = speaker else {
            continue;
        };
        let word = s.word(v).unwrap_or_default();
        let mut from = v + 1;
        if let Some(t) = reported::that_at(s, v, &word).filter(|&t| t < quote.open) {
            from = t + 1;
        } else if s.word(from).as_deref() == Some("that") {
            from += 1;
        }
        // `Said Roe, "…"`: the speaker after the verb is no part of the words.
        if v == s.span.start {
            from = quote.open;
        }
        // `went on to say, "…"`: the marks between the verb and what it reports.
        while from < quote.open && matches!(s.toks[from].kind, Kind::Comma | Kind::Colon) {
            from += 1;
        }
        // `wrote in an email to a friend, and "…"`, `explained earlier in the hearing,
        // were "…"`: the circumstances of the saying, to their comma, are no part of it.
        // Not a comma inside a date or a place (`in a March 19, 2011 message`, `in
        // Buffalo, New York, that …`).
        let after = reported::skip_adverbials(s, from);
        let inside = |k: usize| {
            s.toks[k]
                .text(s.body)
                .starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase())
                && (k..quote.open)
                    .any(|j| s.toks[j].kind == Kind::Comma || s.word(j).as_deref() == Some("that"))
                || s.toks[k]
                    .text(s.body)
                    .starts_with(|c: char| c.is_ascii_digit())
        };
        if after > from
            && after < quote.open
            && s.toks[after - 1].kind == Kind::Comma
            && !inside(after)
        {
            from = after;
            if matches!(s.word(from).as_deref(), Some("and" | "but")) {
                from += 1;
            }
        }
        let close = quote_close(s, quote.open);
        // What a noun reports ends with its quotation (`Roe's warning that the dam was
        // "unsafe" went unheeded`: the sentence's verb is no part of it).
        let end = if noun {
            close
        } else {
            reported::content_end(s, v, from).max(close)
        };
        if from >= end {
            continue;
        }
        let (mut range, _) = words_of(s, from, end);
        // Words another statement of the sentence holds stay its own.
        let mut before = None;
        for (i, f) in found.iter().enumerate().skip(sentence_first) {
            if f.range.start < range.end && range.start < f.range.end {
                if f.range.end <= content.start {
                    range.start = f.range.end;
                    before = Some(i);
                } else {
                    range = content.clone();
                    before = None;
                }
            }
        }
        let range = trimmed(s.body, range);
        if range.is_empty() || taken(found, &range) {
            continue;
        }
        // The same speaker's clause ended just before (`charged that they made a deal
        // with X, which "has …"`): the quotation finishes it.
        if let Some(i) = before.filter(|&i| found[i].speaker == who) {
            found[i].range.end = range.end;
            found[i].quoted = true;
            continue;
        }
        people.spoke(who);
        found.push(Found {
            range,
            speaker: who,
            claim: false,
            confidence: conf.saturating_sub(10),
            para: s.index,
            sentence: s.bytes(s.span.start, s.span.end),
            quoted: true,
            against: None,
            rule: RULE,
        });
    }
}

/// The rule name of a quotation that opens the paragraph after one ending on a colon.
pub(super) const COLON_RULE: &str = "quote after a colon paragraph";

/// The speaker of a paragraph that ends on a colon outside quotations, for the quotation
/// that opens the next paragraph: the subject of the clause's last verb of speech
/// (`Roe released the following statement:`, `…, she declared:`), else the name just
/// before the colon (`More from Jones:`). `s` is the paragraph's last sentence.
pub(super) fn colon_ending(
    s: &Sentence,
    found: &[Found],
    people: &mut People,
) -> Option<(usize, u8)> {
    let colon = s.span.end.checked_sub(1).filter(|&c| c > s.span.start)?;
    let t = &s.toks[colon];
    if t.kind != Kind::Colon || t.quote.is_some() || colon + 1 != s.toks.len() {
        return None;
    }
    let stop = colon.saturating_sub(REACH).max(s.span.start);
    let verb = (stop..colon)
        .rev()
        .take_while(|&k| s.toks[k].quote.is_none())
        .find(|&k| {
            s.word(k).is_some_and(|w| {
                lexicon::lemma_in("partial-verbs", &w).is_some()
                    || lexicon::lemma_in("colon-verbs", &w).is_some()
                    || lexicon::is_reporting(&w)
                    || reported::is_speech(&w)
            })
        });
    if let Some(v) = verb {
        if reported::negated(s, v) || reported::is_belief(&s.word(v).unwrap_or_default()) {
            return None;
        }
        return match subject_before(s, v, people) {
            Subject::None => None,
            Subject::Clause => speaker_of(s, v, found, people, true),
            Subject::Phrase(np) => {
                let conf = confidence(&np);
                people.mention(&np).map(|who| (who, conf))
            }
        };
    }
    // No verb: the name that ends at the colon.
    let np = (stop..colon)
        .rev()
        .take_while(|&k| s.toks[k].kind == Kind::Word && s.toks[k].quote.is_none())
        .filter_map(|k| people::parse(s.body, s.toks, k, colon).filter(|np| np.end == colon))
        .last()
        .filter(|np| np.kind == NpKind::Name)?;
    let conf = confidence(&np);
    people.mention(&np).map(|who| (who, conf))
}

/// The quotation that opens the paragraph of `s` (its first sentence), given to `speaker`
/// of the paragraph before, which ended on a colon ([`colon_ending`]).
pub(super) fn after_colon_paragraph(
    s: &Sentence,
    speaker: Option<(usize, u8)>,
    found: &mut Vec<Found>,
    sentence_first: usize,
    people: &mut People,
) {
    let Some((who, conf)) = speaker else {
        return;
    };
    let Some(quote) = s.para.quotes.first().filter(|q| q.open == 0) else {
        return;
    };
    if s.span.start != 0 {
        return;
    }
    let content = trimmed(s.body, quote.content.clone());
    if content.is_empty()
        || !s.body[content.clone()].chars().any(char::is_alphanumeric)
        || found[sentence_first..]
            .iter()
            .any(|f| f.range.start < content.end && content.start < f.range.end)
    {
        return;
    }
    people.spoke(who);
    found.push(Found {
        range: content,
        speaker: who,
        claim: false,
        confidence: conf.saturating_sub(15),
        para: s.index,
        sentence: s.bytes(s.span.start, s.span.end),
        quoted: true,
        against: None,
        rule: COLON_RULE,
    });
}

/// Whether the verb at `v` has a person's subject where a reader sees it: a name, a
/// description or a pronoun that opens the verb's own stretch between commas (past
/// `with`), a relative `who` or a coordinating `and`; or, for a verb just after a comma
/// (`…, calling him "…"`, `Roe, a senator, called …`), the first noun phrase of the
/// sentence's stretches. A single capitalised word alone before a comma counts only as
/// the surname of someone already named (not `Hastily, aides …`, `Citing …, she`).
fn subject_before(s: &Sentence, v: usize, people: &People) -> Subject {
    // The verb first: `Said Roe, "…"`, `Added the senator, who …, "…"`.
    if v == s.span.start
        && s.word(v).is_some_and(|w| lexicon::is_inverting(&w))
        && let Some(np) = people::parse(s.body, s.toks, v + 1, s.span.end).or_else(|| {
            let end = s.phrase_end(v + 1);
            people::common(s.body, s.toks, v + 1, end).filter(|np| np.end == end)
        })
    {
        return Subject::Phrase(np);
    }
    let mut r = v;
    while r > s.span.start && s.word(r - 1).is_some_and(|w| lexicon::is_between(&w)) {
        r -= 1;
    }
    if r > s.span.start + 1
        && s.word(r - 1)
            .is_some_and(|w| ["who", "and", "but", "or"].contains(&w.as_str()))
    {
        return Subject::Clause;
    }
    // `She’s predicting …`: the pronoun of a contraction.
    if r > s.span.start
        && let Some(w) = s.word(r - 1)
        && let Some(p) = w
            .strip_suffix("’s")
            .or_else(|| w.strip_suffix("'s"))
            .filter(|p| ["he", "she"].contains(p))
    {
        let raw = s.toks[r - 1].text(s.body);
        return Subject::Phrase(Np {
            kind: NpKind::Pronoun(if p == "he" { Pronoun::He } else { Pronoun::She }),
            text: raw[..p.len()].to_string(),
            title: None,
            end: r,
        });
    }
    let mut c = r;
    while c > s.span.start
        && !matches!(
            s.toks[c - 1].kind,
            Kind::Comma | Kind::Dash | Kind::Close | Kind::Open | Kind::Colon | Kind::Semi
        )
    {
        c -= 1;
    }
    if c < r {
        // `with Cruz promising …`, `whom he describes as …`, `what she called …`.
        if s.word(c)
            .is_some_and(|w| ["with", "whom", "which", "what", "that"].contains(&w.as_str()))
        {
            c += 1;
        }
        return people::parse(s.body, s.toks, c, r)
            .or_else(|| people::common(s.body, s.toks, c, r).filter(|np| np.end == r))
            .filter(|np| np.kind != NpKind::Pronoun(Pronoun::It))
            .map_or(Subject::None, Subject::Phrase);
    }
    // The first stretch of the sentence that opens with a noun phrase.
    let mut from = s.span.start;
    for k in s.span.start..=r {
        let edge = k == r || s.toks[k].kind == Kind::Comma && s.toks[k].quote.is_none();
        if !edge {
            continue;
        }
        if let Some(np) = people::parse(s.body, s.toks, from, k)
            .filter(|_| !super::speakers::participle_phrase(s, from, k))
        {
            let alone = np.kind == NpKind::Name
                && np.text.split_whitespace().count() < 2
                && np.end == k
                && !people.has_surname(&np.text);
            return if alone || np.kind == NpKind::Pronoun(Pronoun::It) {
                Subject::None
            } else {
                Subject::Phrase(np)
            };
        }
        from = k + 1;
    }
    Subject::None
}

/// A noun of saying after its speaker's possessive and before `that`, with the quotation
/// opened at `open` in what it reports (`Roe's claim that the levy is "a tax on work"`,
/// `his warning that …`): the noun's index and the possessor (`his`, `her`, or the
/// capitalised words before `'s`).
fn noun_of_saying(s: &Sentence, open: usize) -> Option<(usize, Np)> {
    let stop = open.saturating_sub(REACH).max(s.span.start);
    let k = (stop..open).rev().find(|&k| {
        s.toks[k].kind == Kind::Word
            && s.toks[k].quote.is_none()
            && s.word(k).is_some_and(|w| {
                lexicon::lemma_in("partial-verbs", &w).is_some() || reported::is_speech(&w)
            })
    })?;
    if s.word(k + 1).as_deref() != Some("that")
        || (k..open).any(|j| {
            s.toks[j].quote.is_some()
                || matches!(
                    s.toks[j].kind,
                    Kind::Semi | Kind::Colon | Kind::Dash | Kind::End | Kind::Open | Kind::Close
                )
        })
    {
        return None;
    }
    let p = k.checked_sub(1).filter(|&p| p >= s.span.start)?;
    let raw = s.toks[p].text(s.body);
    let pronoun = match raw.to_lowercase().as_str() {
        "his" => Some(Pronoun::He),
        "her" => Some(Pronoun::She),
        _ => None,
    };
    if let Some(pr) = pronoun {
        return Some((
            k,
            Np {
                kind: NpKind::Pronoun(pr),
                text: raw.to_string(),
                title: None,
                end: k,
            },
        ));
    }
    let stem = raw.strip_suffix("’s").or_else(|| raw.strip_suffix("'s"))?;
    if !stem.starts_with(char::is_uppercase) {
        return None;
    }
    let mut first = p;
    while first > s.span.start
        && p - first < 3
        && s.toks[first - 1].kind == Kind::Word
        && s.toks[first - 1]
            .text(s.body)
            .starts_with(char::is_uppercase)
    {
        first -= 1;
    }
    let text = format!(
        "{}{stem}",
        &s.body[s.toks[first].range.start..s.toks[p].range.start]
    );
    Some((
        k,
        Np {
            kind: NpKind::Name,
            text,
            title: None,
            end: k,
        },
    ))
}

/// Who a partial quotation's verb has as its subject.
enum Subject {
    /// No person a reader would take for the speaker.
    None,
    /// A relative or coordinated clause: its subject as the speaker rules find it.
    Clause,
    /// This noun phrase.
    Phrase(Np),
}

/// The verb of the [partial-verbs] list, or of speech or belief, that the quotation
/// opened at `open` completes: the nearest before it in the same clause (no sentence
/// mark, semicolon, colon or dash between, and no other quotation), used as a verb (one
/// after a determiner, preposition or possessive is a noun, `denounced Trump's remarks as
/// "…"`, passed over for a verb before it; a passive or denied one is none). A belief
/// with a quotation reports the believer's words (`thinks the levy should be "a test"`).
fn verb_before(s: &Sentence, open: usize) -> Option<usize> {
    let stop = open.saturating_sub(REACH).max(s.span.start);
    let mut k = open;
    while k > stop {
        k -= 1;
        let t = &s.toks[k];
        if t.quote.is_some() {
            return None;
        }
        match t.kind {
            // `goes on to say: "…"`, `adding: "…"`: the colon that opens the quotation.
            Kind::Colon if k + 1 == open => continue,
            Kind::Semi | Kind::Colon | Kind::Dash | Kind::End | Kind::Open | Kind::Close => {
                return None;
            }
            Kind::Word => {}
            _ => continue,
        }
        let word = t.text(s.body).to_lowercase();
        if lexicon::lemma_in("partial-verbs", &word).is_none()
            && !reported::is_speech(&word)
            && !reported::is_belief(&word)
        {
            continue;
        }
        let prev = k
            .checked_sub(1)
            .filter(|&p| p >= s.span.start)
            .map(|p| s.toks[p].text(s.body).to_lowercase())
            .unwrap_or_default();
        // `He’s predicting`, `is telling`: a progressive, not a possessive or a passive.
        let progressive = word.ends_with("ing");
        let possessive = (prev.ends_with("’s") || prev.ends_with("'s")) && !progressive;
        // `went on to say, "…"`: an infinitive, not a noun after a preposition.
        let infinitive = prev == "to" && lexicon::lemma_in("partial-verbs", &word) == Some(&word);
        // `denounced Trump's remarks as "…"`: a noun; the verb may stand before it.
        if NOUN_BEFORE.contains(&prev.as_str()) && !infinitive || possessive {
            continue;
        }
        if PASSIVE.contains(&prev.as_str()) && !progressive || reported::negated(s, k) {
            return None;
        }
        return Some(k);
    }
    None
}

#[cfg(test)]
#[path = "partial_tests.rs"]
mod tests;
