//! Statements: each quotation or reported clause of an article tied to the speaker whose words it gives, and whether it makes a claim.

use std::ops::Range;

use super::lexicon;
use super::people::{self, People};
use super::progress::{self, Progress};
use super::reported;
use super::reported_sources;
use super::sentence::{AUXILIARIES, Found, Sentence};
use super::speakers::{administration, confidence, known, scan_mentions, speaker_of};
use super::tokens::{Kind, Para};

const BASE_SUBJECTS: &[&str] = &[
    "i", "we", "they", "you", "to", "will", "would", "could", "can", "may", "might", "should",
    "must", "did", "do", "does", "and", "but", "not",
];
const NOUN_BEFORE: &[&str] = &[
    "the", "a", "an", "some", "these", "those", "his", "her", "its", "their", "our", "my", "of",
    "many", "several", "new", "such", "no", "any", "all", "both", "this", "that", "dubious",
    "latest", "false",
];

/// Every statement of the paragraphs, in reading order, with speakers made known in
/// `people`; says how far it has come in `progress`.
pub fn find(body: &str, paras: &[Para], people: &mut People, progress: &Progress) -> Vec<Found> {
    people.administration = administration(body, paras);
    let mut found: Vec<Found> = Vec::new();
    for (pi, para) in paras.iter().enumerate() {
        if pi % 64 == 0 {
            progress.within(progress::READ, progress::FOUND, pi, paras.len());
        }
        let para_first = found.len();
        for span in &para.sentences {
            let sentence = Sentence {
                body,
                toks: &para.toks,
                para,
                span: span.clone(),
                index: pi,
            };
            scan_mentions(&sentence, people);
            let before = found.len();
            let attributed = verbs(&sentence, people, &mut found);
            quotes_left(&sentence, attributed, para_first, before, &mut found);
        }
    }
    untangle(found)
}

/// The statements with none overlapping another: of two at the same place, the tighter
/// stays (the quotation itself rather than the quotation with its attribution), the
/// earlier on a tie. Reading order is kept; costs n log n.
fn untangle(found: Vec<Found>) -> Vec<Found> {
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&i| (found[i].range.len(), i));
    // The kept ranges, which never overlap: start → end.
    let mut kept: std::collections::BTreeMap<usize, usize> = Default::default();
    let mut keep = vec![false; found.len()];
    for i in order {
        let r = &found[i].range;
        let clash = kept
            .range(..r.end.max(r.start + 1))
            .next_back()
            .is_some_and(|(_, &end)| end > r.start);
        if !clash {
            kept.insert(r.start, r.end);
            keep[i] = true;
        }
    }
    found
        .into_iter()
        .zip(keep)
        .filter_map(|(f, keep)| keep.then_some(f))
        .collect()
}

/// Whether the word at `v` is used as a verb here, not as a noun or adjective.
fn verb_here(s: &Sentence, v: usize, word: &str) -> bool {
    let prev = v
        .checked_sub(1)
        .filter(|&p| p >= s.span.start)
        .map(|p| s.toks[p].text(s.body).to_lowercase());
    let prev = prev.as_deref().unwrap_or("");
    let next = s.word(v + 1).unwrap_or_default();
    if matches!(word, "points" | "pointed") && next != "out" {
        return false;
    }
    if word == "pushed" && next != "back" {
        return false;
    }
    if NOUN_BEFORE.contains(&prev) || prev.ends_with("’s") || prev.ends_with("'s") {
        return false;
    }
    let base = !word.ends_with('s')
        && !word.ends_with("ed")
        && !word.ends_with("ing")
        && ![
            "said", "told", "wrote", "thought", "found", "showed", "spoke", "swore",
        ]
        .contains(&word);
    if base {
        return BASE_SUBJECTS.contains(&prev)
            || lexicon::is_group(prev)
            || reported::plural_subject(prev);
    }
    true
}

/// Statements made through the sentence's verbs. Returns the speaker that quotations
/// beside a verb belong to, if any.
fn verbs(s: &Sentence, people: &mut People, found: &mut Vec<Found>) -> Option<(usize, u8)> {
    let mut adjacent: Option<(usize, u8)> = None;
    let sentence_bytes = s.bytes(s.span.start, s.span.end);
    let sentence_first = found.len();
    let mut covered_until = s.span.start;
    let mut v = s.span.start;
    while v < s.span.end {
        let Some(word) = s.word(v) else {
            v += 1;
            continue;
        };
        if v < covered_until {
            v += 1;
            continue;
        }
        let emit = |found: &mut Vec<Found>,
                    people: &mut People,
                    from: usize,
                    to: usize,
                    who: usize,
                    conf: u8,
                    claim: bool,
                    against: Option<usize>| {
            if from >= to {
                return;
            }
            let (range, quoted) = words_of(s, from, to);
            if !s.body[range.clone()].chars().any(char::is_alphanumeric) {
                return;
            }
            // A quotation one verb took is not another's: `"…," X said when Y asked`.
            if found[sentence_first..].iter().any(|f| f.range == range) {
                return;
            }
            people.spoke(who);
            if claim {
                people.claimants.insert(who);
            }
            found.push(Found {
                range,
                speaker: who,
                claim,
                confidence: conf,
                para: s.index,
                sentence: sentence_bytes.clone(),
                quoted,
                against,
            });
        };
        // "according to S"
        if word == "according" && s.word(v + 1).as_deref() == Some("to") {
            if let Some(np) = people::parse(s.body, s.toks, v + 2, s.span.end)
                .or_else(|| reported_sources::phrase_np(s, v + 2))
            {
                let conf = confidence(&np).saturating_sub(5);
                if let Some(who) = people.mention(&np) {
                    if v == s.span.start
                        && s.toks.get(np.end).is_some_and(|t| t.kind == Kind::Comma)
                    {
                        let (end, _) = s.clause_end(np.end + 1);
                        emit(found, people, np.end + 1, end, who, conf, false, None);
                        covered_until = end;
                    } else if v > s.span.start && s.toks[v - 1].kind == Kind::Comma {
                        emit(found, people, s.span.start, v - 1, who, conf, false, None);
                    }
                }
            }
            v += 2;
            continue;
        }
        let alleged_adjective = word == "alleged" && v > s.span.start && {
            let p = s.toks[v - 1].text(s.body).to_lowercase();
            p.ends_with("’s")
                || p.ends_with("'s")
                || ["the", "its", "their", "his", "her"].contains(&p.as_str())
        };
        let linking = matches!(word.as_str(), "tie" | "link" | "connect")
            && s.word(v.wrapping_sub(1)).as_deref() == Some("to")
            && (v + 1..(v + 7).min(s.span.end)).any(|k| s.word(k).as_deref() == Some("to"));
        if alleged_adjective || linking {
            // A claim told as what someone did: its subject, and the rest to a comma.
            if let Some(np) = people::parse(s.body, s.toks, s.span.start, v)
                && np.end < v
            {
                let conf = confidence(&np).saturating_sub(if linking { 15 } else { 30 });
                if let Some(who) = people.mention(&np) {
                    let end = s.phrase_end(np.end);
                    emit(found, people, np.end, end, who, conf, true, None);
                    covered_until = end;
                }
            }
            v += 1;
            continue;
        }
        let listed = lexicon::is_reporting(&word) || lexicon::is_naming(&word);
        let is_verb = (listed || reported::is_speech(&word))
            && reported::used_as_speech(s, v, &word, !listed)
            && !reported::is_belief(&word)
            && !matches!(word.as_str(), "tie" | "link" | "connect")
            && verb_here(s, v, &word);
        if !is_verb || reported::negated(s, v) {
            v += 1;
            continue;
        }
        let claim = lexicon::is_claiming(&word);
        // What the verb reports, before working out who speaks.
        let that = reported::that_at(s, v, &word);
        let naming_quote = lexicon::is_naming(&word)
            .then(|| {
                (v + 1..(v + 11).min(s.span.end))
                    .take_while(|&k| s.toks[k].kind != Kind::End || s.toks[k].quote.is_some())
                    .find(|&k| s.toks[k].kind == Kind::Open)
            })
            .flatten();
        let accused_of = matches!(word.as_str(), "accused" | "accuses" | "accuse")
            .then(|| (v + 1..(v + 7).min(s.span.end)).find(|&k| s.word(k).as_deref() == Some("of")))
            .flatten();
        let quote_after = (v + 1..(v + 3).min(s.span.end))
            .take_while(|&k| matches!(s.toks[k].kind, Kind::Comma | Kind::Colon | Kind::Open))
            .find(|&k| s.toks[k].kind == Kind::Open);
        let quote_before = quote_before(s, v);
        let bare = lexicon::takes_bare_clause(&word)
            && s.word(v + 1).is_some_and(|w| lexicon::opens_clause(&w))
            && s.span.end.saturating_sub(v) > 4;
        let parenthetical = s.toks.get(v + 1).is_some_and(|t| t.kind == Kind::Comma)
            && v > s.span.start + 1
            && s.span.end > v + 4
            && quote_before.is_none();
        let final_attribution = (v + 1..s.span.end).all(|k| {
            s.word(k).is_some_and(|w| !lexicon::opens_clause(&w)) || s.toks[k].kind == Kind::End
        }) && s.span.end - v <= 5
            && quote_before.is_none();
        let disputing = lexicon::is_disputing(&word);
        let reports_something = that.is_some()
            || naming_quote.is_some()
            || accused_of.is_some()
            || quote_after.is_some()
            || quote_before.is_some()
            || bare
            || parenthetical
            || final_attribution
            || disputing;
        // A clause before its speaker and verb, which end the sentence.
        if (final_attribution || !reports_something)
            && let Some((range, inverted)) = reported::clause_before(s, v, &word)
            && let Some((who, conf)) = reported_sources::speaker_near(s, v, inverted, found, people)
        {
            emit(
                found,
                people,
                range.start,
                range.end,
                who,
                conf.saturating_sub(10),
                claim,
                None,
            );
            covered_until = s.span.end;
            v += 1;
            continue;
        }
        if !reports_something {
            // Reported speech in the other shapes of reported.rs.
            if let Some(range) = reported::complement(s, v, &word)
                && let Some((who, conf)) = speaker_of(s, v, found, people)
                    .or_else(|| reported_sources::subject_as_written(s, v, people))
            {
                emit(
                    found,
                    people,
                    range.start,
                    range.end,
                    who,
                    conf.saturating_sub(8),
                    claim,
                    None,
                );
                covered_until = range.end;
            }
            v += 1;
            continue;
        }
        let Some((who, conf)) = speaker_of(s, v, found, people)
            .or_else(|| reported_sources::subject_as_written(s, v, people))
        else {
            v += 1;
            continue;
        };
        if let Some(t) = that {
            let (_, coordinated) = s.clause_end(t + 1);
            let end = reported::content_end(s, v, t + 1);
            emit(found, people, t + 1, end, who, conf, claim, None);
            covered_until = end;
            if let Some(c) = coordinated
                && s.word(c).is_some_and(|w| AUXILIARIES.contains(&w.as_str()))
            {
                let (end2, _) = s.clause_end(c);
                emit(
                    found,
                    people,
                    c,
                    end2,
                    who,
                    conf.saturating_sub(5),
                    claim,
                    None,
                );
                covered_until = end2;
            }
        } else if let Some(open) = naming_quote {
            let close = quote_close(s, open);
            emit(
                found,
                people,
                open,
                close,
                who,
                conf.saturating_sub(5),
                false,
                None,
            );
            covered_until = close;
        } else if let Some(of) = accused_of {
            let against =
                people::parse(s.body, s.toks, v + 1, of).and_then(|np| known(people, &np));
            let end = s.phrase_end(of + 1);
            let answers = against.is_some_and(|a| people.claimants.contains(&a));
            emit(
                found,
                people,
                of + 1,
                end,
                who,
                conf,
                !answers,
                against.filter(|_| answers),
            );
            covered_until = end;
        } else if quote_after.is_some() || quote_before.is_some() {
            adjacent = Some((who, conf));
            if let Some(open) = quote_after {
                let close = quote_close(s, open);
                emit(found, people, open, close, who, conf, claim, None);
                covered_until = close;
            }
            if let Some(open) = quote_before {
                let close = quote_close(s, open);
                emit(found, people, open, close, who, conf, claim, None);
            }
        } else if bare {
            let end = reported::content_end(s, v, v + 1);
            emit(
                found,
                people,
                v + 1,
                end,
                who,
                conf.saturating_sub(8),
                claim,
                None,
            );
            covered_until = end;
        } else if parenthetical {
            let end = reported::content_end(s, v, v + 2);
            emit(
                found,
                people,
                v + 2,
                end,
                who,
                conf.saturating_sub(10),
                claim,
                None,
            );
            covered_until = end;
        } else if final_attribution {
            let mut comma = v;
            while comma > s.span.start && s.toks[comma - 1].kind != Kind::Comma {
                comma -= 1;
            }
            if comma > s.span.start + 4
                && !s.toks[s.span.start..comma]
                    .iter()
                    .any(|t| t.quote.is_some())
            {
                emit(
                    found,
                    people,
                    s.span.start,
                    comma - 1,
                    who,
                    conf.saturating_sub(10),
                    claim,
                    None,
                );
            }
        } else if disputing {
            let end = s.phrase_end(v + 1);
            emit(
                found,
                people,
                v,
                end,
                who,
                conf.saturating_sub(5),
                false,
                None,
            );
            covered_until = end;
        }
        v += 1;
    }
    adjacent
}

/// The quotation that ends just before the verb at `v` with only its speaker between:
/// "…," Jane Doe, an analyst, said.
fn quote_before(s: &Sentence, v: usize) -> Option<usize> {
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
    let open = (s.span.start..close)
        .rev()
        .find(|&k| s.toks[k].kind == Kind::Open && s.toks[k].quote == s.toks[close].quote)?;
    let ends_in_punctuation =
        close > 0 && matches!(s.toks[close - 1].kind, Kind::Comma | Kind::End | Kind::Dash);
    let comma_after = s.toks.get(close + 1).is_some_and(|t| t.kind == Kind::Comma);
    (ends_in_punctuation || comma_after).then_some(open)
}

/// The token after the quotation opened at `open` (its closing mark, or the sentence end).
fn quote_close(s: &Sentence, open: usize) -> usize {
    let q = s.toks[open].quote;
    (open + 1..s.span.end)
        .find(|&k| s.toks[k].kind == Kind::Close && s.toks[k].quote == q)
        .map_or(s.span.end, |k| k + 1)
}

/// The bytes of tokens `from..to`; a stretch that is exactly one quotation gives the
/// quotation's words without its marks.
fn words_of(s: &Sentence, from: usize, to: usize) -> (Range<usize>, bool) {
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
fn trimmed(body: &str, range: Range<usize>) -> Range<usize> {
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
fn quotes_left(
    s: &Sentence,
    adjacent: Option<(usize, u8)>,
    para_first: usize,
    sentence_first: usize,
    found: &mut Vec<Found>,
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
        let speaker = if let Some((who, conf)) = adjacent.filter(|_| sentence_first < found.len()) {
            Some((who, conf.saturating_sub(5)))
        } else if quote.continued && qi == 0 {
            found.last().filter(|f| f.quoted).map(|f| (f.speaker, 80))
        } else if whole && found.len() > para_first {
            found
                .last()
                .map(|f| (f.speaker, f.confidence.saturating_sub(10).min(82)))
        } else if whole && s.span.start == 0 {
            // A paragraph of quotation after a paragraph that ended on one.
            found
                .last()
                .filter(|f| f.quoted && f.para + 1 == s.index)
                .map(|f| (f.speaker, 65))
        } else {
            None
        };
        let Some((who, conf)) = speaker else {
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
        });
    }
}

/// A quotation that is a title, not someone's words: every main word capitalised.
fn title_like(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let small = [
        "a", "an", "the", "of", "in", "on", "and", "for", "to", "at", "with",
    ];
    words.len() >= 2
        && words.len() <= 8
        && words.iter().enumerate().all(|(i, w)| {
            w.chars().next().is_some_and(char::is_uppercase) || (i > 0 && small.contains(w))
        })
}
