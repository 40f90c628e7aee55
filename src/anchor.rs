//! Finding a quote in the article despite differences of quote style, dashes and whitespace.

use std::ops::Range;

use aho_corasick::AhoCorasick;

use crate::claims::QuoteSelector;

/// Text folded for matching, with the source byte each folded byte came from.
#[derive(Debug, Clone)]
pub struct FoldedText {
    pub folded: String,
    /// For each byte of `folded`, the byte offset in the source of the character it came from.
    origin: Vec<u32>,
    source_len: usize,
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
    /// `...`, and every run of whitespace becomes one space.
    pub fn new(source: &str) -> FoldedText {
        let mut folded = String::with_capacity(source.len());
        let mut origin = Vec::with_capacity(source.len());
        let mut last_was_space = false;
        for (offset, ch) in source.char_indices() {
            if ch.is_whitespace() {
                if !last_was_space {
                    folded.push(' ');
                    origin.push(offset as u32);
                    last_was_space = true;
                }
                continue;
            }
            last_was_space = false;
            match fold_char(ch) {
                Fold::Drop => {}
                Fold::Keep => {
                    folded.push(ch);
                    origin.extend(std::iter::repeat_n(offset as u32, ch.len_utf8()));
                }
                Fold::Replace(replacement) => {
                    folded.push_str(replacement);
                    origin.extend(std::iter::repeat_n(offset as u32, replacement.len()));
                }
            }
        }
        FoldedText {
            folded,
            origin,
            source_len: source.len(),
        }
    }

    /// The source byte range that folded bytes `range` came from.
    fn source_range(&self, source: &str, range: Range<usize>) -> Range<usize> {
        let start = self
            .origin
            .get(range.start)
            .map_or(self.source_len, |&o| o as usize);
        let end = match range
            .end
            .checked_sub(1)
            .and_then(|last| self.origin.get(last))
        {
            Some(&o) => {
                let o = o as usize;
                o + source[o..].chars().next().map_or(0, char::len_utf8)
            }
            None => start,
        };
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
pub fn anchor(source: &str, folded: &FoldedText, selector: &QuoteSelector) -> Anchoring {
    anchor_all(source, folded, &[selector])
        .pop()
        .unwrap_or_else(Anchoring::not_found)
}

/// Finds every selector in `source` (already folded as `folded`) in one pass over the text:
/// all quotes are searched for at once (Aho-Corasick), so the cost grows with the text
/// plus the quotes, not with the text times the quotes.
pub fn anchor_all(
    source: &str,
    folded: &FoldedText,
    selectors: &[&QuoteSelector],
) -> Vec<Anchoring> {
    let exacts: Vec<String> = selectors.iter().map(|s| fold(&s.exact)).collect();
    // Each different quote is one pattern, however many selectors share it.
    let mut patterns: Vec<&str> = exacts
        .iter()
        .map(String::as_str)
        .filter(|e| !e.is_empty())
        .collect();
    patterns.sort_unstable();
    patterns.dedup();
    let mut candidates: Vec<Vec<Range<usize>>> = vec![Vec::new(); patterns.len()];
    if let Ok(searcher) = AhoCorasick::new(&patterns) {
        for found in searcher.find_overlapping_iter(&folded.folded) {
            candidates[found.pattern().as_usize()].push(found.start()..found.end());
        }
    }
    selectors
        .iter()
        .zip(&exacts)
        .map(
            |(selector, exact)| match patterns.binary_search(&exact.as_str()) {
                Ok(pattern) if !exact.is_empty() => {
                    choose(source, folded, selector, &candidates[pattern])
                }
                _ => Anchoring::not_found(),
            },
        )
        .collect()
}

/// Picks one of a quote's places in the folded text: the only one, else the one that
/// prefix and suffix single out, else the first (ambiguous).
fn choose(
    source: &str,
    folded: &FoldedText,
    selector: &QuoteSelector,
    candidates: &[Range<usize>],
) -> Anchoring {
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
        range: Some(folded.source_range(source, range)),
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
        anchor(source, &FoldedText::new(source), &selector)
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
