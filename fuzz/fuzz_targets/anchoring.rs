//! Fuzz target: anchoring a quote (first line: quote, second: prefix, third: suffix) in
//! an article (the rest), with a position hint made from the lengths of the first lines,
//! never panics; a place found is a valid range of the text; an exact place folds to the
//! quote, an approximate one is within the similarity allowed.
#![no_main]

use counterpoint::anchor::{AnchorStatus, MAX_WIDENING, MIN_SIMILARITY, anchor};
use counterpoint::anchor::approx::distance;
use counterpoint::claims::{QuoteSelector, TextPosition};
use counterpoint::anchor::fold::fold;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(4, '\n');
    let exact = parts.next().unwrap_or_default().to_string();
    let prefix = parts.next().unwrap_or_default().to_string();
    let suffix = parts.next().unwrap_or_default().to_string();
    let article = parts.next().unwrap_or_default();
    let position = Some(TextPosition {
        start: prefix.len(),
        end: prefix.len() + suffix.len(),
    });
    let selector = QuoteSelector {
        exact: exact.clone().into(),
        prefix: prefix.into(),
        suffix: suffix.into(),
        position,
    };
    let anchoring = anchor(article, &selector);
    if let Some(range) = anchoring.range {
        assert!(range.start <= range.end && range.end <= article.len());
        assert!(article.is_char_boundary(range.start) && article.is_char_boundary(range.end));
        let found = fold(&article[range]);
        let quote = fold(&exact);
        match anchoring.status {
            AnchorStatus::Approximate { .. } => {
                // Widening to whole words may add characters beyond the edits counted, and
                // folding the source slice again may differ by a character at each edge
                // (a whitespace run or a dropped character at the boundary).
                let allowed = (quote.chars().count() as f64 * (1.0 - MIN_SIMILARITY)) as usize;
                let widening = 2 * MAX_WIDENING;
                assert!(distance(&found, &quote) <= allowed + widening + 2, "{found:?} for {quote:?}");
            }
            _ => assert_eq!(found, quote),
        }
    }
});
