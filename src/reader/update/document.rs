//! The glue that shows a new version of the document in place of the old: a reload, or the whole of a document whose beginning was shown while it loaded, keeping the reading place.

use crate::document::Document;
use crate::layout::Layout;
use crate::reader::state::State;

impl State {
    /// Shows a newly read document in place of the old one, keeping the reading place:
    /// the cursor goes to the same words nearest where they were, else to the same offset.
    /// `errors` (parts that kept their last good version) lead the warnings.
    pub(crate) fn replace_document(&mut self, doc: Document, errors: Vec<crate::warning::Warning>) {
        let row = self.cursor_row();
        let old_body = &self.doc.article.body;
        let words: String = old_body
            .get(self.view.cursor..)
            .unwrap_or_default()
            .chars()
            .take(48)
            .collect();
        let old_cursor = self.view.cursor;
        let unplaced_before = unplaced_quotes(&self.doc);
        let approximate_before = approximate_quotes(&self.doc);
        // The edits saved before are in the file read again (unless another writer took
        // them out): they stay undoable there, found by their ids, and those undone stay
        // redoable.
        let history = match self.editing.history.changes() == 0
            && self.editing.history.redo_what().is_none()
        {
            true => crate::reader::model::history::History::new(),
            false => self.editing.history.moved_onto(
                self.doc.entries(),
                self.doc.rejected.clone(),
                doc.entries(),
                doc.rejected.clone(),
            ),
        };
        self.doc = doc;
        let newly_unplaced = unplaced_quotes(&self.doc).saturating_sub(unplaced_before);
        let newly_approximate = approximate_quotes(&self.doc).saturating_sub(approximate_before);
        // The file read again is the new starting point: saved edits are in it (and undo
        // still takes them back), unsaved ones are made again as a new edit (see
        // `Action::Recovered`).
        self.editing.history = history;
        self.editing.saving = crate::reader::model::editing::Saving::Saved;
        self.editing.parked = None;
        self.editing.unreadable = false;
        let mut message = errors
            .first()
            .map_or_else(|| "reloaded".to_string(), ToString::to_string);
        match newly_unplaced {
            0 => {}
            1 => message
                .push_str("; 1 more quote is not found in the article now (⚠ in the sidebar)"),
            n => message.push_str(&format!(
                "; {n} more quotes are not found in the article now (⚠ in the sidebar)"
            )),
        }
        // A quote whose words changed is still shown, at the nearest words: the reader
        // should know it no longer stands there word for word.
        if newly_approximate > 0 {
            let help = (self.config.keys.0).key_or_name(&crate::reader::action::Action::ToggleHelp);
            let (count, verb) = match newly_approximate {
                1 => ("1 more quote".to_string(), "is"),
                n => (format!("{n} more quotes"), "are"), // 2 or more
            };
            message.push_str(&format!(
                "; {count} {verb} placed only approximately now ({help} lists the warnings)"
            ));
        }
        self.doc.warnings.splice(0..0, errors);
        self.view.cursor =
            crate::reader::model::resume::find_place(&self.doc.article.body, &words, old_cursor);
        self.lay_out_new_text(row);
        self.stale = false;
        self.message = Some(message);
    }

    /// Replaces the document with the same text read from other files (the bundled
    /// sample copied here, a fetched page saved): a confirmation step, so the words
    /// selected before it stay selected (a reload, whose text may differ, ends them).
    pub(crate) fn replace_with_copy(&mut self, doc: Document) {
        let selection = (doc.article.body == self.doc.article.body)
            .then(|| self.selection.clone())
            .flatten();
        self.replace_document(doc, Vec::new());
        self.selection = selection;
    }

    /// The bundled sample's copy is open (`existed`: an earlier session's copy, opened as
    /// it is): edits go to it, and the key that asked for it does what it asked there,
    /// on the words still selected. A copy whose text is not the sample's ends the
    /// selection, so that key waits to be pressed again on words chosen in it.
    pub(crate) fn copied_sample(
        &mut self,
        doc: Document,
        target: crate::reader::model::editing::Target,
        existed: bool,
    ) -> Vec<crate::reader::effect::Effect> {
        let same_text = doc.article.body == self.doc.article.body;
        self.replace_with_copy(doc);
        self.editing.target = Some(target);
        let then = self.after_copy.take();
        let said = match (existed, same_text) {
            (false, _) => {
                "counterpoint-sample.md and its claims file are copied here: edits go to the copy"
            }
            (true, true) => {
                "counterpoint-sample.md was already here: that copy is open, as it was left, and edits go to it"
            }
            (true, false) => {
                "counterpoint-sample.md was already here, its text changed: that copy is open, edits go to it; select the words again"
            }
        };
        self.message = Some(said.into());
        let Some(then) = then.filter(|_| same_text) else {
            return Vec::new();
        };
        // The key that asked for the copy does what it asked, on the copy; what it says
        // comes after what the copy is.
        let effects = super::update(self, then);
        if let Some(theirs) = self.message.take().filter(|m| m != said) {
            self.message = Some(format!("{said}; {theirs}"));
        } else {
            self.message = Some(said.into());
        }
        effects
    }

    /// Shows the whole of a document whose beginning was shown while it loaded: the same
    /// text up to where the preview ended, so the cursor stays at the same offset. The
    /// load is over.
    pub(crate) fn show_whole_document(&mut self, doc: Document) {
        let row = self.cursor_row();
        // A search's count shown while loading was of the part read: the whole count is
        // said when the search of the whole text ends.
        let counting = self.message.is_some() && self.message == self.search_notice();
        // The reader on the match the search is on: it is that match again once the
        // whole text is searched.
        let on_match = (self.search.current)
            .and_then(|i| self.search.matches.get(i))
            .is_some_and(|m| m.start == self.view.cursor);
        self.loading = None;
        self.doc = doc;
        self.view.cursor = self.view.cursor.min(self.doc.article.body.len());
        self.lay_out_new_text(row);
        // Other messages were of the part (`still loading: …`) and go.
        self.message = None;
        match &mut self.search.scan {
            Some(scan) => {
                scan.submitted |= counting;
                self.search.keep_at = on_match.then_some(self.view.cursor);
            }
            None => {
                let cursor = self.view.cursor;
                self.search.current = on_match
                    .then(|| self.search.matches.iter().position(|m| m.start == cursor))
                    .flatten();
                if counting {
                    self.message = self.search_notice();
                }
            }
        }
    }

    /// After the document changed: ends a selection, lays the text out at the same width,
    /// puts the cursor's line back on screen row `row`, and makes the claim under the
    /// cursor current.
    pub(crate) fn lay_out_new_text(&mut self, row: Option<usize>) {
        // A selection was of the old text: it ends.
        self.end_selection();
        if self.layout.width > 0 {
            self.layout = Layout::new(&self.doc.article, self.layout.width);
        }
        // The matches were places in the old text: find them again in the new.
        self.search
            .refresh(&self.doc, &self.layout, self.view.cursor);
        self.search_step();
        if let Some(active) = self.filter.take() {
            self.filter = Some(crate::reader::model::filter::ActiveFilter::new(
                active.filter,
                &self.doc,
            ));
        }
        if let crate::reader::model::overlay::Overlay::Chooser(chooser) = &mut self.overlay {
            let rows = crate::reader::model::chooser::choices(&self.doc, chooser.kind);
            chooser.list.set_rows(rows);
        }
        self.view.restore_row(&self.layout, &self.doc.article, row);
        self.follow_cursor();
        self.keep_cursor_visible();
    }
}

/// How many claim and response quotes of `doc` have no place in its text.
/// How many claims' and responses' quotes of `doc` are placed at words alike but not the
/// same ([`AnchorStatus::Approximate`](crate::anchor::AnchorStatus::Approximate)).
fn approximate_quotes(doc: &Document) -> usize {
    let approximate = |a: &crate::anchor::Anchoring| {
        matches!(a.status, crate::anchor::AnchorStatus::Approximate { .. })
    };
    (doc.claims.iter())
        .map(|claim| {
            usize::from(approximate(&claim.anchoring))
                + (claim.responses.iter())
                    .filter(|r| approximate(&r.anchoring))
                    .count()
        })
        .sum()
}

fn unplaced_quotes(doc: &Document) -> usize {
    (doc.claims.iter())
        .map(|claim| {
            usize::from(claim.anchoring.range.is_none())
                + (claim.responses.iter())
                    .filter(|r| r.anchoring.range.is_none())
                    .count()
        })
        .sum()
}
