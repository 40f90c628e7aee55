//! Fuzz target: anchoring a quote (first line: quote, second: prefix, third: suffix) in
//! an article (the rest) never panics, and a quote found is a valid range of the text
//! that folds to the quote.
#![no_main]

use counterpoint::anchor::{FoldedText, anchor, fold};
use counterpoint::claims::QuoteSelector;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(4, '\n');
    let exact = parts.next().unwrap_or_default().to_string();
    let prefix = parts.next().unwrap_or_default().to_string();
    let suffix = parts.next().unwrap_or_default().to_string();
    let article = parts.next().unwrap_or_default();
    let selector = QuoteSelector { exact: exact.clone(), prefix, suffix };
    let anchoring = anchor(&FoldedText::new(article), &selector);
    if let Some(range) = anchoring.range {
        assert!(range.end <= article.len());
        assert!(article.is_char_boundary(range.start) && article.is_char_boundary(range.end));
        assert_eq!(fold(&article[range]), fold(&exact));
    }
});
