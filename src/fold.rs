//! Text folded for matching: quote styles, dashes and whitespace made uniform, with a map back to the source.

use std::ops::Range;

/// Text folded for matching, with a map back to the source.
///
/// Most of a text folds to itself, so rather than a source offset for every folded byte
/// (four bytes of map per byte of text) the map keeps only the places where the two
/// differ: each folded character, whitespace run and dropped character is a [`Unit`],
/// and between units folded and source bytes correspond one to one.
#[derive(Debug, Clone)]
pub struct FoldedText {
    pub folded: String,
    units: Vec<Unit>,
}

/// A stretch of source that folded to something else: source bytes
/// `source..source + source_len` became folded bytes `folded..folded + folded_len`.
#[derive(Debug, Clone, Copy)]
struct Unit {
    folded: usize,
    folded_len: usize,
    source: usize,
    source_len: usize,
}

impl Unit {
    fn folded_end(&self) -> usize {
        self.folded + self.folded_len
    }

    fn source_end(&self) -> usize {
        self.source + self.source_len
    }
}

/// What one source character becomes in folded text.
enum Fold {
    Keep,
    Drop,
    Replace(&'static str),
}

fn fold_char(ch: char) -> Fold {
    match ch {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => Fold::Replace("'"),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => Fold::Replace("\""),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => Fold::Replace("-"),
        '\u{2026}' => Fold::Replace("..."),
        // Invisible characters that hand-typed text never has.
        '\u{00AD}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}' => Fold::Drop,
        _ => Fold::Keep,
    }
}

impl FoldedText {
    /// Folds `source`: curly quotes become straight, dashes become `-`, `…` becomes
    /// `...`, invisible characters go, and every run of whitespace becomes one space.
    pub fn new(source: &str) -> FoldedText {
        let mut folded = String::with_capacity(source.len());
        let mut units: Vec<Unit> = Vec::new();
        let bytes = source.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            let byte = bytes[at];
            // Plain ASCII other than whitespace folds to itself: copy the whole run.
            if byte.is_ascii() && !byte.is_ascii_whitespace() {
                let run = bytes[at..]
                    .iter()
                    .position(|b| !b.is_ascii() || b.is_ascii_whitespace())
                    .map_or(bytes.len(), |n| at + n);
                folded.push_str(&source[at..run]);
                at = run;
                continue;
            }
            let ch = source[at..].chars().next().unwrap_or(' ');
            if ch.is_whitespace() {
                let run_end = source[at..]
                    .char_indices()
                    .find(|&(_, c)| !c.is_whitespace())
                    .map_or(source.len(), |(n, _)| at + n);
                // Each run becomes one space; a lone space needs no unit.
                if source[at..run_end] != *" " {
                    units.push(Unit {
                        folded: folded.len(),
                        folded_len: 1,
                        source: at,
                        source_len: run_end - at,
                    });
                }
                folded.push(' ');
                at = run_end;
                continue;
            }
            let replacement = match fold_char(ch) {
                Fold::Keep => None,
                Fold::Drop => Some(""),
                Fold::Replace(with) => Some(with),
            };
            match replacement {
                None => folded.push(ch),
                Some(with) => {
                    units.push(Unit {
                        folded: folded.len(),
                        folded_len: with.len(),
                        source: at,
                        source_len: ch.len_utf8(),
                    });
                    folded.push_str(with);
                }
            }
            at += ch.len_utf8();
        }
        FoldedText { folded, units }
    }

    /// The source offset where folded byte `at` (a character boundary) begins.
    pub fn source_start(&self, at: usize) -> usize {
        match self.units[..self.units.partition_point(|u| u.folded <= at)].last() {
            None => at,
            Some(u) if at < u.folded_end() => u.source,
            Some(u) => u.source_end() + (at - u.folded_end()),
        }
    }

    /// The source offset where the folded text ending at byte `at` ends.
    fn source_end(&self, at: usize) -> usize {
        match self.units[..self.units.partition_point(|u| u.folded < at)].last() {
            None => at,
            Some(u) if at <= u.folded_end() => u.source_end(),
            Some(u) => u.source_end() + (at - u.folded_end()),
        }
    }

    /// The source byte range that folded bytes `range` came from.
    pub fn source_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.source_start(range.start);
        let end = self.source_end(range.end);
        start..end.max(start)
    }
}

/// Folds a piece of a selector the same way as the article, trimmed of outer spaces.
pub fn fold(text: &str) -> String {
    FoldedText::new(text).folded.trim().to_string()
}
