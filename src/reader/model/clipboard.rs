//! Copying the current claim with its responses as plain text, through the terminal (OSC 52), so it works over SSH too.

use base64::Engine;

use crate::document::Document;
use crate::reader::state::State;

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

impl State {
    /// Asks the loop to copy the current claim; says what was copied.
    pub(crate) fn copy_claim(&mut self) {
        let Some(index) = self.selected else {
            self.message = Some(if self.doc.claims.is_empty() {
                "this article has no claims to copy".into()
            } else {
                format!(
                    "no claim here to copy: {} goes to the next one",
                    (self.config.keys.0).key_or_name(&crate::reader::action::Action::NextClaim)
                )
            });
            return;
        };
        let text = claim_text(&self.doc, index);
        let responses = self.doc.claims[index].responses.len();
        self.message = Some(format!(
            "copied claim {} with {} ({} characters)",
            index + 1,
            crate::text::plural(responses, "response"),
            text.chars().count()
        ));
        self.clipboard_request = Some(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_is_copied_whole_and_encoded_for_the_terminal() {
        let doc = crate::document::source::load(None, None).unwrap().doc;
        let text = claim_text(&doc, 0);
        assert!(
            text.starts_with("[1] Mike Pompeo, U.S. Secretary of State (outgoing): "),
            "{text}"
        );
        assert!(text.contains("✗ disputes — Colin P. Clarke, director of policy and research at the Soufan Group\n"), "{text}");
        assert!(text.ends_with("From: Pompeo floats dubious claim that Iran is helping al-Qaida · Responsible Statecraft\n"), "{text}");
        assert_eq!(osc52("hi"), "\x1b]52;c;aGk=\x07");
    }
}
