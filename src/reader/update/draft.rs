//! The reader's offer to draft: claims drafted from the text of an article that has none, shown at once and handed to the loop to write beside it.

use crate::document::Document;
use crate::draft::{entries, extract_article, header};
use crate::reader::state::State;
use crate::text::plural;

impl State {
    /// Drafts the claims of an article that has none, shows them, and returns the claims
    /// file's text for the loop to write beside the article
    /// ([`Effect::WriteDraft`](crate::reader::effect::Effect::WriteDraft)).
    pub(crate) fn draft_claims(&mut self) -> Option<crate::reader::effect::Effect> {
        if self.loading.is_some() {
            self.message = Some("the article is still loading: draft when it has been read".into());
            return None;
        }
        if !self.doc.claims.is_empty() {
            self.message = Some(
                "this article has claims: `counterpoint draft --merge` adds drafts to its file"
                    .into(),
            );
            return None;
        }
        let article = self.doc.article.clone();
        let drafted = entries(&extract_article(&article), &article.body);
        if drafted.is_empty() {
            self.message = Some("found no quotation or reported speech to draft".into());
            return None;
        }
        let text = crate::claims::write::write(&drafted, &header(&article.name));
        let responses: usize = drafted.iter().map(|c| c.responses.len()).sum();
        let said = format!(
            "drafted {} and {} from the text",
            plural(drafted.len(), "claim"),
            plural(responses, "response")
        );
        self.replace_document(Document::new(article, drafted), Vec::new());
        self.message = Some(said);
        Some(crate::reader::effect::Effect::WriteDraft(text))
    }
}
