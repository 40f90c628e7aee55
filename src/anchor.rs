//! Finding a quote in the article despite differences of quote style, dashes and whitespace.

use std::ops::Range;

use crate::claims::QuoteSelector;
use crate::multi_search::find_all;

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
    fn source_start(&self, at: usize) -> usize {
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
    fn source_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.source_start(range.start);
        let end = self.source_end(range.end);
        start..end.max(start)
    }
}

/// Folds a piece of a selector the same way as the article, trimmed of outer spaces.
pub fn fold(text: &str) -> String {
    FoldedText::new(text).folded.trim().to_string()
}

/// How a quote was placed in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnchorStatus {
    /// The quote occurs exactly once.
    Unique,
    /// The quote occurs `candidates` times and prefix/suffix picked one.
    ChosenByContext { candidates: usize },
    /// The quote occurs `candidates` times and nothing tells them apart: the first is used.
    Ambiguous { candidates: usize },
    /// The quote is not in the article.
    NotFound,
}

/// The outcome of anchoring one quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchoring {
    pub range: Option<Range<usize>>,
    pub status: AnchorStatus,
}

impl Anchoring {
    pub fn not_found() -> Anchoring {
        Anchoring {
            range: None,
            status: AnchorStatus::NotFound,
        }
    }

    /// A sentence for the user, or `None` when the quote was placed without doubt.
    pub fn problem(&self) -> Option<String> {
        match self.status {
            AnchorStatus::Unique | AnchorStatus::ChosenByContext { .. } => None,
            AnchorStatus::Ambiguous { candidates } => Some(format!(
                "quote occurs {candidates} times; the first is used (add prefix or suffix to choose)"
            )),
            AnchorStatus::NotFound => Some("quote not found in the article".to_string()),
        }
    }
}

/// Finds `selector` in `source` (already folded as `folded`).
pub fn anchor(folded: &FoldedText, selector: &QuoteSelector) -> Anchoring {
    anchor_all(folded, &[selector])
        .pop()
        .unwrap_or_else(Anchoring::not_found)
}

/// Finds every selector in the folded text in one pass over it: all quotes are searched
/// for at once ([`find_all`]), so the cost grows with the text plus the quotes, not with
/// the text times the quotes.
pub fn anchor_all(folded: &FoldedText, selectors: &[&QuoteSelector]) -> Vec<Anchoring> {
    let exacts: Vec<String> = selectors.iter().map(|s| fold(&s.exact)).collect();
    // Each different quote is one pattern, however many selectors share it.
    let mut patterns: Vec<&str> = exacts
        .iter()
        .map(String::as_str)
        .filter(|e| !e.is_empty())
        .collect();
    patterns.sort_unstable();
    patterns.dedup();
    let candidates = find_all(&folded.folded, &patterns);
    selectors
        .iter()
        .zip(&exacts)
        .map(
            |(selector, exact)| match patterns.binary_search(&exact.as_str()) {
                Ok(pattern) if !exact.is_empty() => choose(folded, selector, &candidates[pattern]),
                _ => Anchoring::not_found(),
            },
        )
        .collect()
}

/// Picks one of a quote's places in the folded text: the only one, else the one that
/// prefix and suffix single out, else the first (ambiguous).
fn choose(folded: &FoldedText, selector: &QuoteSelector, candidates: &[Range<usize>]) -> Anchoring {
    let haystack = folded.folded.as_str();
    let (range, status) = match candidates {
        [] => return Anchoring::not_found(),
        [only] => (only.clone(), AnchorStatus::Unique),
        _ => {
            let count = candidates.len();
            let prefix = fold(&selector.prefix);
            let suffix = fold(&selector.suffix);
            let score = |range: &Range<usize>| {
                let before_ok =
                    !prefix.is_empty() && haystack[..range.start].trim_end().ends_with(&prefix);
                let after_ok =
                    !suffix.is_empty() && haystack[range.end..].trim_start().starts_with(&suffix);
                usize::from(before_ok) + usize::from(after_ok)
            };
            let best = candidates.iter().map(score).max().unwrap_or(0);
            let winners: Vec<&Range<usize>> =
                candidates.iter().filter(|r| score(r) == best).collect();
            let status = if best > 0 && winners.len() == 1 {
                AnchorStatus::ChosenByContext { candidates: count }
            } else {
                AnchorStatus::Ambiguous { candidates: count }
            };
            (winners[0].clone(), status)
        }
    };
    Anchoring {
        range: Some(folded.source_range(range)),
        status,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(source: &str, exact: &str, prefix: &str, suffix: &str) -> Anchoring {
        let selector = QuoteSelector {
            exact: exact.into(),
            prefix: prefix.into(),
            suffix: suffix.into(),
        };
        anchor(&FoldedText::new(source), &selector)
    }

    fn found_text<'a>(source: &'a str, anchoring: &Anchoring) -> &'a str {
        &source[anchoring.range.clone().expect("anchored")]
    }

    #[test]
    fn straight_quotes_find_curly_text() {
        let source = "Pompeo accused Iran of acting as al-Qaida’s “new home base,” said";
        let a = find(source, "acting as al-Qaida's \"new home base,\"", "", "");
        assert_eq!(a.status, AnchorStatus::Unique);
        assert_eq!(
            found_text(source, &a),
            "acting as al-Qaida’s “new home base,”"
        );
    }

    #[test]
    fn curly_quotes_find_straight_text_and_dashes_fold() {
        let source = "a claim -- no: a claim - yes";
        let a = find(source, "claim — yes", "", "");
        assert_eq!(found_text(source, &a), "claim - yes");
        let a = find("he said \"hi\"", "said “hi”", "", "");
        assert_eq!(a.status, AnchorStatus::Unique);
    }

    #[test]
    fn whitespace_runs_and_line_breaks_fold() {
        let source = "relationship\n  with   Iran.";
        let a = find(source, "relationship with Iran.", "", "");
        assert_eq!(found_text(source, &a), source);
    }

    #[test]
    fn ellipsis_matches_three_dots() {
        let source = "for Biden…to return";
        let a = find(source, "Biden...to", "", "");
        assert_eq!(found_text(source, &a), "Biden…to");
    }

    #[test]
    fn prefix_and_suffix_choose_among_repeats() {
        let source = "Iran is a home base. Experts say no home base exists.";
        let a = find(source, "home base", "no", "");
        assert_eq!(a.status, AnchorStatus::ChosenByContext { candidates: 2 });
        let second = source.rfind("home base").unwrap();
        assert_eq!(a.range, Some(second..second + 9));
        let a = find(source, "home base", "", ". Experts");
        assert_eq!(a.range, Some(10..19));
    }

    #[test]
    fn repeats_without_context_are_ambiguous_and_take_the_first() {
        let a = find("x y x", "x", "", "");
        assert_eq!(a.status, AnchorStatus::Ambiguous { candidates: 2 });
        assert_eq!(a.range, Some(0..1));
        assert!(a.problem().unwrap().contains("2 times"));
    }

    #[test]
    fn missing_quote_is_not_found() {
        let a = find("nothing here", "home base", "", "");
        assert_eq!(a, Anchoring::not_found());
        assert_eq!(a.problem().unwrap(), "quote not found in the article");
    }

    #[test]
    fn multibyte_end_is_a_whole_character() {
        let source = "say “yes”";
        let a = find(source, "\"yes\"", "", "");
        assert_eq!(found_text(source, &a), "“yes”");
    }
}
