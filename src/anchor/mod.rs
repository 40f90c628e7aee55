//! Placing a quote in the article: the position hint, then exact search, then approximate
//! search, and two gates (the quote's own similarity, the margin over the runner-up)
//! before any answer is believed.
//!
//! This follows the W3C Web Annotation TextQuoteSelector (exact, prefix, suffix) with a
//! TextPositionSelector hint, in the order the well-known annotation clients use, with
//! one difference that matters: they always place the best-scoring candidate, so an
//! edited article can move a highlight silently onto the wrong sentence. Here a quote
//! that matches too poorly is not found, and one with a close runner-up is ambiguous;
//! both are reported and listed apart, never placed.

use std::ops::Range;

mod hints;
mod score;

pub use hints::CONTEXT_CHARS;
pub use score::MAX_WIDENING;

use crate::char_index::CharIndex;
use crate::claims::QuoteSelector;
use crate::fold::{FoldedText, fold};
use crate::multi_search::find_all;

/// The least similarity (1 − edits ÷ the quote's length in characters) a quote found
/// approximately must have.
pub const MIN_SIMILARITY: f64 = 0.8;
/// The least lead, in score, the best place must have over the next best.
pub const MIN_MARGIN: f64 = 0.05;
/// Below this similarity of prefix and suffix to the text around it, a quote found
/// exactly is also looked for approximately, in case the edit moved it.
const CONTEXT_TRUSTED: f64 = 0.5;

/// How much each part of the selector counts in a place's score (they sum to 1).
const QUOTE_WEIGHT: f64 = 0.5;
const PREFIX_WEIGHT: f64 = 0.2;
const SUFFIX_WEIGHT: f64 = 0.2;
const POSITION_WEIGHT: f64 = 0.1;
/// A place this many characters from the position hint scores half for nearness.
const NEARNESS_HALF: f64 = 1000.0;

/// How a quote was placed in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnchorStatus {
    /// The quote is where its position hint says, or (without a hint) it occurs once or
    /// its context singles out one of its `candidates` places.
    Exact { candidates: usize },
    /// The quote occurs exactly, but not where its position hint says.
    Moved { candidates: usize },
    /// The quote does not occur exactly; a stretch `similarity` per mille alike does.
    Approximate { similarity: u16 },
    /// `candidates` places fit about equally well: none is used.
    Ambiguous { candidates: usize },
    /// Nothing in the article is close enough.
    NotFound,
}

/// The outcome of anchoring one quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchoring {
    /// Where the quote is in the article (bytes), when it was placed.
    pub range: Option<Range<usize>>,
    pub status: AnchorStatus,
    /// For an ambiguous quote, the places that tied, best first (at most a few).
    pub alternatives: Vec<Range<usize>>,
}

impl Anchoring {
    pub fn not_found() -> Anchoring {
        Anchoring {
            range: None,
            status: AnchorStatus::NotFound,
            alternatives: Vec::new(),
        }
    }

    fn placed(range: Range<usize>, status: AnchorStatus) -> Anchoring {
        Anchoring {
            range: Some(range),
            status,
            alternatives: Vec::new(),
        }
    }

    /// A sentence for the user, or `None` when the quote was placed without doubt.
    pub fn problem(&self) -> Option<String> {
        match self.status {
            AnchorStatus::Exact { .. } | AnchorStatus::Moved { .. } => None,
            AnchorStatus::Approximate { similarity } => Some(format!(
                "quote not found exactly; placed where the text is {}% alike",
                similarity / 10
            )),
            AnchorStatus::Ambiguous { candidates } => Some(format!(
                "quote fits {candidates} places about equally well, so it is not placed (add a prefix or suffix to choose)"
            )),
            AnchorStatus::NotFound => Some("quote not found in the article".to_string()),
        }
    }

    /// One or two words for the status: "exact", "moved", "≈ 94%", "ambiguous", "not found".
    pub fn label(&self) -> String {
        match self.status {
            AnchorStatus::Exact { .. } => "exact".into(),
            AnchorStatus::Moved { .. } => "moved".into(),
            AnchorStatus::Approximate { similarity } => format!("≈ {}%", similarity / 10),
            AnchorStatus::Ambiguous { .. } => "ambiguous".into(),
            AnchorStatus::NotFound => "not found".into(),
        }
    }
}

/// The two tests a place must pass before it is believed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Gates {
    /// The least similarity of a quote found approximately ([`MIN_SIMILARITY`]).
    pub min_similarity: f64,
    /// The least lead over the runner-up ([`MIN_MARGIN`]).
    pub min_margin: f64,
}

impl Default for Gates {
    fn default() -> Gates {
        Gates {
            min_similarity: MIN_SIMILARITY,
            min_margin: MIN_MARGIN,
        }
    }
}

impl Gates {
    /// What the well-known annotation clients do: any place within half the quote's
    /// length in edits, the best score taken however close the next. For comparison in
    /// tests only.
    pub fn none() -> Gates {
        Gates {
            min_similarity: 0.5,
            min_margin: 0.0,
        }
    }
}

/// An article made ready for anchoring: its text folded, and its characters counted.
pub struct Anchorer<'a> {
    source: &'a str,
    folded: FoldedText,
    chars: CharIndex,
    gates: Gates,
}

/// A place a quote might be, in folded bytes, with how it matched.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    range: Range<usize>,
    /// 1 − edits ÷ the quote's length (1 for an exact match).
    similarity: f64,
    score: f64,
}

impl<'a> Anchorer<'a> {
    pub fn new(source: &'a str) -> Anchorer<'a> {
        Anchorer {
            source,
            folded: FoldedText::new(source),
            chars: CharIndex::new(source),
            gates: Gates::default(),
        }
    }

    /// The same, with other gates (for comparing matchers).
    pub fn with_gates(self, gates: Gates) -> Anchorer<'a> {
        Anchorer { gates, ..self }
    }

    pub fn chars(&self) -> &CharIndex {
        &self.chars
    }

    /// Places every selector: the position hints first, then every remaining quote
    /// searched for exactly in one pass over the text ([`find_all`]), so the cost grows
    /// with the text plus the quotes, not with the text times the quotes; approximate
    /// search only for the quotes that need it.
    pub fn anchor_all(&self, selectors: &[&QuoteSelector]) -> Vec<Anchoring> {
        let quotes: Vec<String> = selectors.iter().map(|s| fold(&s.exact)).collect();
        let mut results: Vec<Option<Anchoring>> = selectors
            .iter()
            .zip(&quotes)
            .map(|(selector, quote)| self.at_hint(selector, quote))
            .collect();
        // Each different quote still to place is one pattern, however many selectors share it.
        let mut patterns: Vec<&str> = quotes
            .iter()
            .zip(&results)
            .filter(|(quote, result)| result.is_none() && !quote.is_empty())
            .map(|(quote, _)| quote.as_str())
            .collect();
        patterns.sort_unstable();
        patterns.dedup();
        let found = find_all(&self.folded.folded, &patterns);
        for ((result, selector), quote) in results.iter_mut().zip(selectors).zip(&quotes) {
            if result.is_none() {
                let exact = match patterns.binary_search(&quote.as_str()) {
                    Ok(pattern) => found[pattern].as_slice(),
                    Err(_) => &[],
                };
                *result = Some(self.choose(selector, quote, exact));
            }
        }
        results
            .into_iter()
            .map(|r| r.unwrap_or_else(Anchoring::not_found))
            .collect()
    }

    /// The quote where its position hint says, if the text there is still the quote.
    fn at_hint(&self, selector: &QuoteSelector, quote: &str) -> Option<Anchoring> {
        let position = selector.position?;
        let start = self.chars.byte_of(self.source, position.start)?;
        let end = self.chars.byte_of(self.source, position.end)?;
        let text = self.source.get(start..end)?;
        (!quote.is_empty() && fold(text) == quote).then(|| {
            let trimmed = start + (text.len() - text.trim_start().len());
            let range = trimmed..(end - (text.len() - text.trim_end().len())).max(trimmed);
            Anchoring::placed(range, AnchorStatus::Exact { candidates: 1 })
        })
    }

    /// Picks among a quote's exact places (`exact`, in folded bytes), adding approximate
    /// ones when there are none or their context fits badly, and applies both gates.
    fn choose(&self, selector: &QuoteSelector, quote: &str, exact: &[Range<usize>]) -> Anchoring {
        if quote.is_empty() {
            return Anchoring::not_found();
        }
        let prefix = fold(&selector.prefix);
        let suffix = fold(&selector.suffix);
        let hint = selector.position.map(|p| p.start);
        // The common case: one exact place, no hint to disagree with, context that fits.
        if let [only] = exact
            && hint.is_none()
            && self.context_similarity(only, &prefix, &suffix) >= CONTEXT_TRUSTED
        {
            return Anchoring::placed(
                self.folded.source_range(only.clone()),
                AnchorStatus::Exact { candidates: 1 },
            );
        }
        let mut pool: Vec<Candidate> = exact
            .iter()
            .map(|range| Candidate {
                range: range.clone(),
                similarity: 1.0,
                score: 0.0,
            })
            .collect();
        let context_fits = exact
            .iter()
            .any(|r| self.context_similarity(r, &prefix, &suffix) >= CONTEXT_TRUSTED);
        if exact.is_empty() || !context_fits {
            pool.extend(self.approximate(quote, exact));
        }
        for candidate in &mut pool {
            candidate.score = self.score(candidate, &prefix, &suffix, hint);
        }
        pool.sort_by(|a, b| b.score.total_cmp(&a.score));
        let Some(best) = pool.first() else {
            return Anchoring::not_found();
        };
        let margin = self.gates.min_margin;
        if let Some(second) = pool.get(1)
            && best.score - second.score < margin.max(f64::EPSILON)
        {
            let close = pool
                .iter()
                .filter(|c| best.score - c.score < margin.max(f64::EPSILON))
                .take(4)
                .map(|c| self.folded.source_range(c.range.clone()))
                .collect();
            return Anchoring {
                range: None,
                status: AnchorStatus::Ambiguous {
                    candidates: pool.len(),
                },
                alternatives: close,
            };
        }
        let status = if best.similarity < 1.0 {
            AnchorStatus::Approximate {
                similarity: (best.similarity * 1000.0).floor() as u16,
            }
        } else if hint.is_some() {
            AnchorStatus::Moved {
                candidates: exact.len(),
            }
        } else {
            AnchorStatus::Exact {
                candidates: exact.len(),
            }
        };
        Anchoring::placed(self.folded.source_range(best.range.clone()), status)
    }
}

/// Places one selector in `source` (for tests and tools; the reader anchors a whole file
/// at once with [`Anchorer::anchor_all`]).
pub fn anchor(source: &str, selector: &QuoteSelector) -> Anchoring {
    Anchorer::new(source)
        .anchor_all(&[selector])
        .pop()
        .unwrap_or_else(Anchoring::not_found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::TextPosition;

    fn selector(exact: &str, prefix: &str, suffix: &str) -> QuoteSelector {
        QuoteSelector {
            exact: exact.into(),
            prefix: prefix.into(),
            suffix: suffix.into(),
            position: None,
        }
    }

    fn find(source: &str, exact: &str, prefix: &str, suffix: &str) -> Anchoring {
        anchor(source, &selector(exact, prefix, suffix))
    }

    fn at(source: &str, exact: &str, start: usize, end: usize) -> Anchoring {
        let selector = QuoteSelector {
            position: Some(TextPosition { start, end }),
            ..selector(exact, "", "")
        };
        anchor(source, &selector)
    }

    fn found_text<'a>(source: &'a str, anchoring: &Anchoring) -> &'a str {
        &source[anchoring.range.clone().expect("anchored")]
    }

    const ONCE: AnchorStatus = AnchorStatus::Exact { candidates: 1 };

    #[test]
    fn straight_quotes_find_curly_text() {
        let source = "Pompeo accused Iran of acting as al-Qaida’s “new home base,” said";
        let a = find(source, "acting as al-Qaida's \"new home base,\"", "", "");
        assert_eq!(a.status, ONCE);
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
        assert_eq!(a.status, ONCE);
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
    fn ligatures_and_other_compatibility_forms_anchor_by_their_plain_letters() {
        let source = "The ﬁrst oﬃcial ﬁgures arrived late.";
        let a = find(source, "first official figures", "", "");
        assert_eq!(a.status, ONCE);
        assert_eq!(found_text(source, &a), "ﬁrst oﬃcial ﬁgures");
        // A quote that starts inside a ligature covers all of it.
        let a = find(source, "irst official", "", "");
        assert_eq!(found_text(source, &a), "ﬁrst oﬃcial");
        let source = "Ｔｈｅ ｆｉｇｕｒｅ ｗａｓ 2⁸⁰, H₂O.";
        let a = find(source, "figure was 280, H2O", "", "");
        assert_eq!(found_text(source, &a), "ｆｉｇｕｒｅ ｗａｓ 2⁸⁰, H₂O");
    }

    #[test]
    fn invisible_characters_and_marked_superscripts_anchor_either_way() {
        for (text, quote, found) in [
            (
                "Acknow\u{AD}ledge\u{200B}ments of it.",
                "Acknowledgements",
                "Acknow\u{AD}ledge\u{200B}ments",
            ),
            (
                "Acknowledgements of it.",
                "Acknow\u{AD}ledge\u{2060}ments",
                "Acknowledgements",
            ),
            ("\u{FEFF}Keys: 2⁸⁰ of them.", "Keys: 2^80", "Keys: 2⁸⁰"),
            ("Keys: 2^(80) of them.", "Keys: 2⁸⁰ of", "Keys: 2^(80) of"),
            ("Water is H_2O here.", "is H₂O", "is H_2O"),
        ] {
            let a = find(text, quote, "", "");
            assert_eq!(a.status, ONCE, "{quote:?} in {text:?}");
            assert_eq!(found_text(text, &a), found);
        }
    }

    #[test]
    fn prefix_and_suffix_choose_among_repeats() {
        let source = "Iran is a home base. Experts say no home base exists.";
        let a = find(source, "home base", "no", "");
        assert_eq!(a.status, AnchorStatus::Exact { candidates: 2 });
        let second = source.rfind("home base").unwrap();
        assert_eq!(a.range, Some(second..second + 9));
        let a = find(source, "home base", "", ". Experts");
        assert_eq!(a.range, Some(10..19));
        // Context that is itself slightly off still chooses.
        let a = find(source, "home base", "Experts sey no", "");
        assert_eq!(a.range, Some(second..second + 9));
    }

    #[test]
    fn repeats_without_context_are_ambiguous_and_not_placed() {
        let a = find("x y x", "x", "", "");
        assert_eq!(a.status, AnchorStatus::Ambiguous { candidates: 2 });
        assert_eq!(a.range, None);
        assert_eq!(a.alternatives, [0..1, 4..5]);
        assert!(a.problem().unwrap().contains("2 places"));
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

    #[test]
    fn a_position_hint_that_still_matches_is_taken_without_search() {
        // Characters, not bytes: "é" and "“" are one each.
        let source = "café “a” then a";
        let a = at(source, "a", 6, 7);
        assert_eq!(a.status, ONCE);
        assert_eq!(found_text(source, &a), "a");
        assert_eq!(a.range.unwrap().start, "café “".len());
        // Without the hint the two "a"s are ambiguous.
        assert_eq!(find(source, "a", "", "").range, None);
    }

    #[test]
    fn a_quote_not_at_its_hint_is_moved() {
        let source = "A new first paragraph. Then the quote we want.";
        let a = at(source, "the quote we want", 5, 22);
        assert_eq!(a.status, AnchorStatus::Moved { candidates: 1 });
        assert_eq!(found_text(source, &a), "the quote we want");
        // A hint beyond the end of the text is only out of date.
        assert_eq!(
            at(source, "the quote", 900, 909).status,
            AnchorStatus::Moved { candidates: 1 }
        );
    }

    #[test]
    fn the_hint_chooses_between_repeats_only_when_clearly_nearer() {
        let filler = "filler text. ".repeat(300);
        let source = format!("the claim here. {filler} the claim here.");
        let second = source.rfind("the claim").unwrap();
        let a = at(&source, "the claim", second + 3, second + 12);
        assert_eq!(a.status, AnchorStatus::Moved { candidates: 2 });
        assert_eq!(a.range.unwrap().start, second);
        // Two repeats a few words apart are too close for the hint to tell.
        let source = "the claim, and again the claim.";
        assert_eq!(at(source, "the claim", 12, 21).range, None);
    }

    #[test]
    fn a_typo_fixed_in_the_article_is_found_approximately() {
        let source = "Clarke said the revelations are politics, plain and simple.";
        let a = find(source, "the revelatoins are politcs", "", "");
        assert_eq!(found_text(source, &a), "the revelations are politics");
        assert_eq!(
            a.status,
            AnchorStatus::Approximate {
                similarity: 888 // 3 edits in 27 characters
            }
        );
        assert!(a.problem().unwrap().contains("88% alike"));
    }

    #[test]
    fn a_quote_changed_too_much_is_not_found_rather_than_misplaced() {
        let source = "Clarke said the revelations are politics, plain and simple.";
        let a = find(source, "the disclosures were mere politicking", "", "");
        assert_eq!(a.status, AnchorStatus::NotFound);
    }

    #[test]
    fn two_near_matches_of_equal_merit_are_ambiguous() {
        let source = "They said the home bass. Later: the home bast.";
        let a = find(source, "the home base", "", "");
        assert_eq!(a.status, AnchorStatus::Ambiguous { candidates: 2 });
        assert_eq!(a.range, None);
        // Context breaks the tie.
        let a = find(source, "the home base", "Later:", "");
        assert_eq!(found_text(source, &a), "the home bast");
    }

    #[test]
    fn an_exact_repeat_with_the_wrong_context_yields_to_the_edited_original() {
        // The quote was edited where it was annotated ("Iran" -> "Tehran"), and the
        // old wording survives elsewhere with other words around it.
        let source = "Pompeo said Tehran is the new home base for the group. \
                      Critics asked whether Iran is the new home base at all.";
        let a = find(
            source,
            "Iran is the new home base",
            "Pompeo said",
            "for the group",
        );
        assert_eq!(found_text(source, &a), "Tehran is the new home base");
        assert!(matches!(a.status, AnchorStatus::Approximate { .. }));
    }

    #[test]
    fn without_gates_a_wrong_place_is_taken() {
        // The quote was deleted; a sentence half like it remains.
        let source = "Experts said the claim about the bridge was plainly false.";
        let selector = selector("the claim about the tunnel is simply untrue", "", "");
        assert_eq!(anchor(source, &selector).status, AnchorStatus::NotFound);
        let ungated = Anchorer::new(source)
            .with_gates(Gates::none())
            .anchor_all(&[&selector])
            .pop()
            .unwrap();
        assert!(ungated.range.is_some(), "{ungated:?}");
    }

    #[test]
    fn labels_name_each_status() {
        let labels: Vec<String> = [
            find("a b", "a", "", ""),
            at("x a", "a", 0, 1),
            find("the home base", "the hme base", "", ""),
            find("x x", "x", "", ""),
            find("x", "y", "", ""),
        ]
        .iter()
        .map(Anchoring::label)
        .collect();
        assert_eq!(
            labels,
            ["exact", "moved", "≈ 91%", "ambiguous", "not found"]
        );
    }
}
