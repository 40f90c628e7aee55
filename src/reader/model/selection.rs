//! A selection of the article's text (the selection mode, `v`): a passage that grows and shrinks by word, line, sentence and paragraph from the word it began on, and the passages one key selects whole (the sentence under the cursor, the quotation around it).
//!
//! Positions are byte offsets of the body, always on word, sentence or paragraph
//! boundaries, so the selected text is whole words as the article shows them (emphasis
//! and links are styles beside the text, never in it) and can be written as a quote that
//! anchors exactly. Words and sentences are Unicode's (UAX #29, through the
//! unicode-segmentation crate).

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::article::Article;
use crate::layout::Layout;

/// A selection: the passage it began on (`anchor`, a word or a whole sentence, always
/// selected) and the end that moves (`head`, a byte offset of the body). The selected
/// text runs from the anchor's start to the head when the head is past the anchor, else
/// from the head to the anchor's end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    pub anchor: Range<usize>,
    pub head: usize,
}

/// A movement of the selection's moving end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// `w`, `e`: a word further on.
    WordForward,
    /// `b`: a word back.
    WordBack,
    /// `j`, `k`: to the same column of the next or previous screen line.
    LineDown,
    LineUp,
    /// `)`, `(`: a sentence further on, or back.
    SentenceForward,
    SentenceBack,
    /// `}`, `{`: a paragraph further on, or back.
    ParagraphForward,
    ParagraphBack,
}

impl Selection {
    /// A selection of the first word at or after byte `from` of `body` (the first word of
    /// the cursor's line, say), or `None` when no word follows.
    pub fn word_at(body: &str, from: usize) -> Option<Selection> {
        let word = words(body).find(|w| w.end > from)?;
        Some(Selection {
            head: word.end,
            anchor: word,
        })
    }

    /// The sentence of `body` that holds byte `at` (the cursor), trimmed of the spaces
    /// around it, or `None` when it holds no word.
    pub fn sentence_at(body: &str, at: usize) -> Option<Selection> {
        let sentence = sentences(body).find(|s| s.end > at)?;
        let sentence = trim(body, sentence);
        (!sentence.is_empty()).then_some(Selection {
            head: sentence.end,
            anchor: sentence,
        })
    }

    /// The quotation around byte `at` within `line` (a range of the body, the cursor's
    /// screen line): the text between the nearest opening quotation mark before `at` and
    /// its closing mark after it, the marks left out, as a quote of someone's words is
    /// written. A quotation may run past the line, within its paragraph `within`. `None`
    /// when `at` is not inside one.
    pub fn quotation_at(
        body: &str,
        at: usize,
        line: Range<usize>,
        within: Range<usize>,
    ) -> Option<Selection> {
        let before = body.get(within.start..at.min(within.end))?;
        // The nearest opening mark before the cursor, on the cursor's line or earlier in
        // the paragraph, whose closing mark is not before the cursor: an inner quotation
        // that closed before the cursor (‘new home base’ inside “…”) is passed over.
        let candidates = before
            .char_indices()
            .rev()
            // An apostrophe is no quotation mark.
            .filter(|&(_, c)| crate::quotation::opens(c) && !matches!(c, '\'' | '＇'))
            .map(|(i, c)| (within.start + i, c));
        for (open_at, open) in candidates {
            // A mark that closes what it opens (`"`, `＂`) after an odd number of them in
            // the paragraph closes one.
            if crate::quotation::closing_marks(open).contains(&open)
                && body[within.start..open_at].matches(open).count() % 2 == 1
            {
                continue;
            }
            let close = crate::quotation::closing_marks(open);
            let start = open_at + open.len_utf8();
            let rest = body.get(start..within.end)?;
            let Some(end) = rest.find(|c: char| close.contains(&c)).map(|i| start + i) else {
                continue;
            };
            if end < at {
                continue;
            }
            if open_at < line.start && end < line.start {
                return None;
            }
            let quote = trim(body, start..end);
            return (!quote.is_empty()).then_some(Selection {
                head: quote.end,
                anchor: quote,
            });
        }
        None
    }

    /// A drag to byte `at` of the body (the character under the pointer): the moving end
    /// goes to the end of the word under or before `at` when it is past the anchor, to the
    /// start of the word under or after it when before, so a drag selects whole words as
    /// the keys do.
    pub fn reach(&mut self, article: &Article, at: usize) {
        let (start, end) = (self.anchor.start, self.anchor.end);
        let words = spans(Kind::Word, article, at);
        self.head = if at >= end {
            (words.iter().take_while(|w| w.start <= at).last())
                .map_or(end, |w| w.end)
                .max(end)
        } else if at < start {
            (words.iter().find(|w| w.end > at))
                .map_or(start, |w| w.start)
                .min(start)
        } else {
            end
        };
        self.take_marks(&article.body);
    }

    /// How many words and characters the selection holds, for the status bar.
    pub fn size(&self, body: &str) -> (usize, usize) {
        let text = body.get(self.range()).unwrap_or_default();
        (words(text).count(), text.chars().count())
    }

    /// The selected bytes of the body.
    pub fn range(&self) -> Range<usize> {
        if self.head >= self.anchor.end {
            self.anchor.start..self.head
        } else {
            self.head.min(self.anchor.start)..self.anchor.end
        }
    }

    /// `o`: the other end moves from now on; the selected text stays the same.
    pub fn swap_ends(&mut self, body: &str) {
        let range = self.range();
        let forward = self.head >= self.anchor.end;
        let ends: Vec<Range<usize>> = words(&body[range.clone()])
            .map(|w| w.start + range.start..w.end + range.start)
            .collect();
        let (Some(first), Some(last)) = (ends.first(), ends.last()) else {
            return;
        };
        // The end that stays keeps the marks its word took (`“We`, `it.”`).
        if forward {
            self.anchor = last.start..range.end;
            self.head = range.start;
        } else {
            self.anchor = range.start..first.end;
            self.head = range.end;
        }
    }

    /// Moves the selection's moving end by `step`. Growing past the anchor's other side
    /// turns the selection round, and the anchor stays selected.
    pub fn extend(&mut self, step: Step, article: &Article, layout: &Layout) {
        let body = article.body.as_str();
        let forward_side = self.head >= self.anchor.end;
        let (start, end) = (self.anchor.start, self.anchor.end);
        // The marks a word step took are given back first, so that a step back gives up
        // the word with its marks, never the marks alone.
        let carried = self.head;
        let by_word = matches!(
            step,
            Step::WordForward | Step::WordBack | Step::LineDown | Step::LineUp
        );
        if !by_word {
        } else if forward_side && self.head > end {
            self.head = without_closing_marks(body, self.head).max(end);
        } else if !forward_side && self.head < start {
            self.head = without_opening_marks(body, self.head).min(start);
        }
        // A step on spans: forward it takes the next span's end while the head is past
        // the anchor, the next start while it is before; back, the other way round. A
        // step that would cross the anchor goes on from the anchor's other side, so the
        // selection turns round on whole spans.
        let on = |kind: Kind, forward: bool, head: usize| {
            let near = |at: usize| spans(kind, article, at);
            match (forward, forward_side) {
                (true, true) => next_end(near(head).into_iter(), head),
                (false, false) => prev_start(near(head).into_iter(), head),
                // Shrinking with no span boundary left before the anchor: back to it.
                (true, false) => match next_start(near(head).into_iter(), head) {
                    Some(s) if s > start => next_end(near(end).into_iter(), end),
                    None if head < start => Some(start),
                    other => other,
                },
                (false, true) => match prev_end(near(head).into_iter(), head) {
                    Some(e) if e < end => prev_start(near(start).into_iter(), start),
                    None if head > end => Some(end),
                    other => other,
                },
            }
        };
        self.head = match step {
            Step::WordForward => on(Kind::Word, true, self.head),
            Step::WordBack => on(Kind::Word, false, self.head),
            Step::SentenceForward => on(Kind::Sentence, true, self.head),
            Step::SentenceBack => on(Kind::Sentence, false, self.head),
            Step::ParagraphForward => on(Kind::Paragraph, true, self.head),
            Step::ParagraphBack => on(Kind::Paragraph, false, self.head),
            Step::LineDown | Step::LineUp => {
                let down = step == Step::LineDown;
                line_below_or_above(article, layout, self.head, down, forward_side).map(|at| {
                    if at >= end {
                        word_end_at_or_before(article, at)
                            .filter(|&e| e >= end)
                            .unwrap_or(end)
                    } else {
                        word_start_at_or_after(article, at)
                            .filter(|&s| s <= start)
                            .unwrap_or(start)
                    }
                })
            }
        }
        .unwrap_or(carried);
        // Between the anchor's two ends the head stands at the anchor's far end.
        if self.head > self.anchor.start && self.head < self.anchor.end {
            self.head = self.anchor.end;
        }
        if by_word {
            self.take_marks(body);
        }
    }

    /// A moving end on a word takes the marks that word carries, as a quote is written:
    /// past the anchor, the closing punctuation and quotation marks after the word (`it.”`,
    /// `it,”`, `safe.)`), before it, the opening marks before the word (`“We`); only marks
    /// that touch the word and end (or begin) at a space or the text's end, so `well-known`
    /// and `U.S.-led` are left to the word steps. Sentences and paragraphs carry theirs.
    fn take_marks(&mut self, body: &str) {
        if self.head > self.anchor.end {
            self.head = with_closing_marks(body, self.head);
        } else if self.head < self.anchor.start {
            self.head = with_opening_marks(body, self.head);
        }
    }
}

/// What a step moves over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Sentence,
    Paragraph,
}

/// The spans of `kind` near byte `at`: the paragraphs around it, or the words or
/// sentences of the paragraphs before, around and after it (a step never goes further).
fn spans(kind: Kind, article: &Article, at: usize) -> Vec<Range<usize>> {
    let paras = paragraphs_around(article, at);
    if kind == Kind::Paragraph || paras.is_empty() {
        return paras;
    }
    let here = paras.partition_point(|p| p.start <= at).saturating_sub(1);
    let from = paras[here.saturating_sub(1)].start;
    let to = paras[(here + 1).min(paras.len() - 1)].end;
    let text = &article.body[from..to];
    let local: Vec<Range<usize>> = match kind {
        Kind::Word => words(text).collect(),
        _ => trimmed_sentences(text).collect(),
    };
    local
        .into_iter()
        .map(|r| r.start + from..r.end + from)
        .collect()
}

/// Marks that close what a word says: sentence punctuation, closing quotation marks
/// ([`crate::quotation::closes`]: the German `“` and `‘` close too) and brackets.
fn closes(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '…' | ')' | ']' | '}')
        || crate::quotation::closes(c)
}

/// Marks that open what a word says: opening quotation marks
/// ([`crate::quotation::opens`]) and brackets.
fn opens(c: char) -> bool {
    matches!(c, '(' | '[' | '{') || crate::quotation::opens(c)
}

/// Byte `at` (a word's end) moved past the closing marks touching it, when they end at a
/// space or the end of `body`; else `at`.
fn with_closing_marks(body: &str, at: usize) -> usize {
    let Some(rest) = body.get(at..) else {
        return at;
    };
    let run = rest.len() - rest.trim_start_matches(closes).len();
    let next = rest[run..].chars().next();
    if run > 0 && next.is_none_or(char::is_whitespace) {
        at + run
    } else {
        at
    }
}

/// Byte `at` (a word's start) moved back before the opening marks touching it, when they
/// begin at a space or the start of `body`; else `at`.
fn with_opening_marks(body: &str, at: usize) -> usize {
    let Some(before) = body.get(..at) else {
        return at;
    };
    let kept = before.trim_end_matches(opens);
    let prev = kept.chars().next_back();
    if kept.len() < at && prev.is_none_or(char::is_whitespace) {
        kept.len()
    } else {
        at
    }
}

/// The word's end before the closing marks [`with_closing_marks`] took, when `at` is after
/// such marks; else `at`.
fn without_closing_marks(body: &str, at: usize) -> usize {
    let Some(before) = body.get(..at) else {
        return at;
    };
    let word_end = before.trim_end_matches(closes).len();
    let after_word = before[..word_end]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    if word_end < at && after_word && with_closing_marks(body, word_end) == at {
        word_end
    } else {
        at
    }
}

/// The word's start after the opening marks [`with_opening_marks`] took; else `at`.
fn without_opening_marks(body: &str, at: usize) -> usize {
    let Some(rest) = body.get(at..) else {
        return at;
    };
    let word_start = at + (rest.len() - rest.trim_start_matches(opens).len());
    let before_word = body[word_start..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    if word_start > at && before_word && with_opening_marks(body, word_start) == at {
        word_start
    } else {
        at
    }
}

/// The words of `body` (segments with a letter or digit), in order.
fn words(body: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    body.split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(|(i, w)| i..i + w.len())
}

/// The sentences of `body`, as Unicode bounds them (trailing spaces included).
fn sentences(body: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    body.split_sentence_bound_indices()
        .map(|(i, s)| i..i + s.len())
}

/// The sentences of `body` without the spaces around them, those with a word only.
fn trimmed_sentences(body: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    sentences(body)
        .map(|s| trim(body, s))
        .filter(|s| body[s.clone()].chars().any(char::is_alphanumeric))
}

/// The article's paragraphs around byte `at` (a long one's blocks counted as one): the
/// one holding it and up to two on either side, all a step can reach, found by a binary
/// search so a step costs the same in a short article and a 20 MB report.
fn paragraphs_around(article: &Article, at: usize) -> Vec<Range<usize>> {
    let paras = &article.paragraphs;
    let mut first = paras
        .partition_point(|p| p.range.start <= at)
        .saturating_sub(1);
    // Back to the head of the second paragraph before (a block that continues is no head).
    let mut heads = 0;
    while first > 0 {
        if !paras[first].continues {
            heads += 1;
            if heads == 3 {
                break;
            }
        }
        first -= 1;
    }
    let mut out: Vec<Range<usize>> = Vec::new();
    for p in &paras[first..] {
        if let (true, Some(last)) = (p.continues, out.last_mut()) {
            last.end = p.range.end;
        } else if out.len() == 5 {
            break;
        } else {
            out.push(p.range.clone());
        }
    }
    out
}

/// `range` of `body` without the whitespace at either end.
fn trim(body: &str, range: Range<usize>) -> Range<usize> {
    let text = &body[range.clone()];
    let start = range.start + (text.len() - text.trim_start().len());
    let end = range.end - (text.len() - text.trim_end().len());
    start..end.max(start)
}

/// The first end after `at` among `spans` (in order).
fn next_end(spans: impl Iterator<Item = Range<usize>>, at: usize) -> Option<usize> {
    spans.map(|s| s.end).find(|&e| e > at)
}

/// The first start after `at`.
fn next_start(spans: impl Iterator<Item = Range<usize>>, at: usize) -> Option<usize> {
    spans.map(|s| s.start).find(|&s| s > at)
}

/// The last end before `at`.
fn prev_end(spans: impl Iterator<Item = Range<usize>>, at: usize) -> Option<usize> {
    spans.map(|s| s.end).take_while(|&e| e < at).last()
}

/// The last start before `at`.
fn prev_start(spans: impl Iterator<Item = Range<usize>>, at: usize) -> Option<usize> {
    spans.map(|s| s.start).take_while(|&s| s < at).last()
}

/// The end of the last word ending at or before `at`, or of the word `at` is in.
fn word_end_at_or_before(article: &Article, at: usize) -> Option<usize> {
    spans(Kind::Word, article, at)
        .into_iter()
        .take_while(|w| w.start < at)
        .last()
        .map(|w| w.end)
}

/// The start of the first word starting at or after `at`, or of the word `at` is in.
fn word_start_at_or_after(article: &Article, at: usize) -> Option<usize> {
    spans(Kind::Word, article, at)
        .into_iter()
        .find(|w| w.end > at)
        .map(|w| w.start)
}

/// The byte on the next (or previous) body line at the same column (in characters) as
/// the boundary `at` on its own line, or that line's end when it is shorter. An `ending`
/// boundary belongs to the line of the character before it (a word's end at a line's end
/// is on that line, not the next).
fn line_below_or_above(
    article: &Article,
    layout: &Layout,
    at: usize,
    down: bool,
    ending: bool,
) -> Option<usize> {
    let body = article.body.as_str();
    let on = if ending { at.saturating_sub(1) } else { at };
    let here = layout.line_of(article, on)?;
    let line = layout.line(article, here)?;
    let column = body
        .get(line.range.start..at.max(line.range.start))?
        .chars()
        .count();
    let there = layout.step_body(article, here, if down { 1 } else { -1 });
    if there == here {
        return None;
    }
    let target = layout.line(article, there)?.range.clone();
    let text = body.get(target.clone())?;
    Some(
        text.char_indices()
            .nth(column)
            .map_or(target.end, |(i, _)| target.start + i),
    )
}

#[cfg(test)]
#[path = "selection_tests.rs"]
mod tests;
