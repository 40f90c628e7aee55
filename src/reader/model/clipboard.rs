//! Copying the current claim with its responses as plain text, through the terminal (OSC 52), so it works over SSH too.

use base64::Engine;

use crate::document::Document;

/// Wide enough that no line of a copied claim is wrapped: the paste wraps it.
const UNWRAPPED: usize = 100_000;

/// Claim `index` as plain text: the endnote of the plain-text output, unwrapped, then
/// where it comes from (the article's title, outlet and address).
pub fn claim_text(doc: &Document, index: usize) -> String {
    let mut text = crate::document::plain::claim_note(doc, index, UNWRAPPED);
    let meta = &doc.article.meta;
    let from: Vec<&str> = [
        Some(doc.article.display_title()),
        meta.outlet.as_deref(),
        meta.url.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    text.push_str(&format!("From: {}\n", from.join(" · ")));
    text
}

/// The escape sequence that asks the terminal to put `text` on the clipboard.
pub fn osc52(text: &str) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    format!("\x1b]52;c;{encoded}\x07")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copied_claim_nests_the_marks_its_quote_holds() {
        let doc = crate::document::source::load(None, None).unwrap().doc;
        let mut nested = 0;
        for (index, claim) in doc.claims.iter().enumerate() {
            let text = claim_text(&doc, index);
            let exact = claim.entry.selector.exact.trim();
            if exact.contains('“') {
                nested += 1;
                assert!(text.contains(&format!("‘{exact}’")), "{text}");
            } else {
                assert!(text.contains(&format!("“{exact}”")), "{text}");
            }
            assert!(!text.contains("““") && !text.contains("””"), "{text}");
        }
        assert!(nested > 0, "the sample has a quote holding a quotation");
    }
}
