//! The glue that applies the clipboard feature's actions to the reader's state.

use crate::reader::model::clipboard::*;
use crate::reader::state::State;

impl State {
    /// Returns the current claim's text for the loop to put on the clipboard
    /// ([`Effect::Copy`](crate::reader::effect::Effect::Copy)); says what was copied.
    pub(crate) fn copy_claim(&mut self) -> Option<crate::reader::effect::Effect> {
        let Some(index) = self.selected else {
            self.message = Some(if self.doc.claims.is_empty() {
                "this article has no claims to copy".into()
            } else {
                format!(
                    "no claim here to copy: {} goes to the next one",
                    (self.config.keys.0).key_or_name(&crate::reader::action::Action::NextClaim)
                )
            });
            return None;
        };
        let text = claim_text(&self.doc, index);
        let responses = self.doc.claims[index].responses.len();
        self.message = Some(format!(
            "copied claim {} with {} ({})",
            index + 1,
            crate::text::plural(responses, "response"),
            crate::text::plural(text.chars().count(), "character")
        ));
        Some(crate::reader::effect::Effect::Copy(text))
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
