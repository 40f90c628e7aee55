//! The glue that applies the selection mode's actions to the reader's state: starting a selection (`v`, `V`, `"`, a drag of the mouse), extending it, swapping its ends, copying it and leaving it, with the reading cursor on its moving end.

use crate::reader::action::Action;
use crate::reader::effect::Effect;
use crate::reader::model::overlay::Overlay;
use crate::reader::model::selection::{Selection, Step};
use crate::reader::state::{Focus, State};

impl State {
    /// What the status bar says when a key that acts on selected words (`action`: copy,
    /// a new claim or response, use in a form) is pressed with nothing selected: what the
    /// key does and the keys that select, from the key table.
    pub(crate) fn needs_a_selection(&self, action: &Action) -> String {
        let keys = &self.config.keys.0;
        let what = match action {
            Action::NewClaim => "records a claim quoting the selected words",
            Action::NewResponse => "records a response quoting the selected words",
            Action::CopySelection => "copies the selected words",
            _ => "uses the selected words",
        };
        format!(
            "{} {what}: nothing is selected; {} selects from the cursor's word, {} a sentence, {} a quotation",
            keys.key_or_name(action),
            keys.key_or_name(&Action::StartSelection),
            keys.key_or_name(&Action::SelectSentence),
            keys.key_or_name(&Action::SelectQuotation),
        )
    }

    /// `v`, `V` or `"` (`action` is [`Action::StartSelection`], [`Action::SelectSentence`]
    /// or [`Action::SelectQuotation`]): selects the first word of the cursor's line, the
    /// sentence under the cursor or the quotation on its line, and enters the selection
    /// mode; where there is none, says so and stays.
    pub(crate) fn start_selection(&mut self, action: &Action) {
        let body = self.doc.article.body.as_str();
        let at = self.view.cursor.min(body.len());
        // Words and sentences are read from the start of the cursor's paragraph on, not
        // from the start of the body (a 20 MB report would be read to the cursor).
        let from = self.paragraph_start(at);
        let shift = |selection: Selection| Selection {
            anchor: selection.anchor.start + from..selection.anchor.end + from,
            head: selection.head + from,
        };
        let (selection, none) = match action {
            Action::SelectSentence => (
                Selection::sentence_at(&body[from..], at - from).map(shift),
                "no sentence under the cursor to select",
            ),
            Action::SelectQuotation => (
                self.quotation_here(),
                "no quotation on the cursor's line to select",
            ),
            // The word under the cursor: the first of its line after a line move, the
            // match after a search.
            _ => (self.word_from(at), "no words from here on to select"),
        };
        match selection {
            Some(selection) => self.begin_selection(selection),
            None => self.message = Some(none.into()),
        }
    }

    /// The word at or after byte `at` of the body, read from the start of its paragraph.
    fn word_from(&self, at: usize) -> Option<Selection> {
        let from = self.paragraph_start(at);
        let word = Selection::word_at(&self.doc.article.body[from..], at - from)?;
        Some(Selection {
            anchor: word.anchor.start + from..word.anchor.end + from,
            head: word.head + from,
        })
    }

    /// The start of the paragraph holding byte `at` of the body (0 before the first).
    fn paragraph_start(&self, at: usize) -> usize {
        let paras = &self.doc.article.paragraphs;
        paras
            .partition_point(|p| p.range.start <= at)
            .checked_sub(1)
            .map_or(0, |i| paras[i].range.start)
    }

    /// The quotation around the cursor, else the first one that opens on its line.
    fn quotation_here(&self) -> Option<Selection> {
        let article = &self.doc.article;
        let body = article.body.as_str();
        let line = self.cursor_range()?;
        let paras = &article.paragraphs;
        let here = paras
            .partition_point(|p| p.range.start <= line.start)
            .checked_sub(1)?;
        let within = paras[here].range.clone();
        let at = self.view.cursor.clamp(line.start, line.end);
        let text = body.get(line.clone())?;
        // After each mark on the line that may open a quotation.
        let openings = text
            .char_indices()
            .filter(|&(_, c)| crate::quotation::opens(c) && !matches!(c, '\'' | '＇'))
            .map(|(i, c)| line.start + i + c.len_utf8());
        std::iter::once(at)
            .chain(openings)
            .find_map(|at| Selection::quotation_at(body, at, line.clone(), within.clone()))
    }

    /// Enters the selection mode with `selection`, the article focused and the cursor on
    /// its moving end.
    pub(crate) fn begin_selection(&mut self, selection: Selection) {
        self.selection = Some(selection);
        self.focus = Focus::Article;
        self.follow_selection();
    }

    /// Puts the reading cursor on the selection's moving end (on the character before it
    /// when it ends the selection, so the cursor's line is the one the end is drawn on),
    /// makes the claim there current and scrolls as little as shows it.
    fn follow_selection(&mut self) {
        let Some(selection) = &self.selection else {
            return;
        };
        let body = self.doc.article.body.as_str();
        let head = selection.head.min(body.len());
        let ends = head >= selection.anchor.end && head > selection.range().start;
        let place = if ends {
            body[..head]
                .char_indices()
                .next_back()
                .map_or(head, |(i, _)| i)
        } else {
            head
        };
        self.view.cursor = place;
        self.follow_cursor();
        self.keep_cursor_visible();
    }

    /// Starts a selection for a new quote of the form set aside (Ctrl-o in a form): from
    /// its old quote at `at` when it has a place, else from the cursor's line.
    pub(crate) fn start_selection_for_requote(&mut self, at: std::ops::Range<usize>) {
        // From the old quote's first word to its end, so that `b` shrinks it as `w`
        // grows it.
        let selection = if at.is_empty() {
            let line = self.cursor_range().map_or(self.view.cursor, |l| l.start);
            self.word_from(line)
        } else {
            self.word_from(at.start).map(|first| Selection {
                head: at.end.max(first.anchor.end),
                anchor: first.anchor,
            })
        };
        match selection {
            Some(selection) => {
                self.begin_selection(selection);
                let keys = &self.config.keys.0;
                self.message = Some(format!(
                    "select the new quote, then {}; {} keeps the old one",
                    keys.key_or_name_in(
                        crate::keys::keymap::Mode::Selection,
                        &Action::UseSelection
                    ),
                    keys.key_or_name_in(crate::keys::keymap::Mode::Selection, &Action::Back),
                ));
            }
            None => {
                if let Some(form) = self.editing.parked.take() {
                    self.overlay = Overlay::Form(form);
                }
                self.message = Some("no words to select here".into());
            }
        }
    }

    /// Leaves the selection mode, the cursor where the selection's moving end left it.
    pub(crate) fn end_selection(&mut self) {
        self.selection = None;
        self.pressed = None;
    }

    /// An action in the selection mode: the selection's keys move, swap, copy or leave it;
    /// help opens over it; Ctrl-c quits; other keys do nothing there. `None` for what is
    /// not a key (the mouse, results of effects, where to open): the reader takes those
    /// as it always does.
    pub(crate) fn selection_update(&mut self, action: &Action) -> Option<Vec<Effect>> {
        let step = match action {
            Action::Extend(step) => Some(*step),
            Action::LineDown => Some(Step::LineDown),
            Action::LineUp => Some(Step::LineUp),
            _ => None,
        };
        if let Some(step) = step {
            if let Some(selection) = &mut self.selection {
                selection.extend(step, &self.doc.article, &self.layout);
            }
            self.follow_selection();
            return Some(Vec::new());
        }
        match action {
            Action::SwapEnds => {
                if let Some(selection) = &mut self.selection {
                    selection.swap_ends(&self.doc.article.body);
                }
                self.follow_selection();
            }
            Action::CopySelection => return Some(self.copy_selection().into_iter().collect()),
            Action::NewClaim | Action::NewResponse | Action::UseSelection => {
                let Some(range) = self.selection.as_ref().map(Selection::range) else {
                    return Some(Vec::new());
                };
                let selection = self.selection.take();
                self.end_selection();
                if self.editing.parked.is_some() {
                    self.requote(range);
                } else {
                    self.open_new_form(range, *action == Action::NewResponse);
                }
                // A question before the form (copy the sample here? save the page?):
                // the words stay selected for the form that follows the answer; and when
                // the sample's copy is refused at once, to try again.
                let refused_copy = matches!(
                    self.editing.target,
                    Some(crate::reader::model::editing::Target::SampleCopyHere { .. })
                ) && self.overlay == Overlay::None;
                if refused_copy || matches!(self.overlay, Overlay::Question(_) | Overlay::SaveAs(_))
                {
                    self.selection = selection;
                }
            }
            Action::Quit | Action::Back => {
                self.end_selection();
                // A form that asked for a new quote comes back with its old one.
                if let Some(form) = self.editing.parked.take() {
                    self.overlay = Overlay::Form(form);
                }
            }
            Action::ForceQuit => return Some(vec![Effect::Quit]),
            Action::ToggleHelp => self.overlay = Overlay::Help { scroll: 0 },
            // As in less and vim's visual mode: the prompt opens over the selection, and
            // Enter (or `>`, `<` after it) takes the moving end to the match.
            Action::SearchForward => self.open_search(false),
            Action::SearchBackward => self.open_search(true),
            Action::NextMatch => self.step_match(true),
            Action::PrevMatch => self.step_match(false),
            Action::Mouse { .. }
            | Action::Notify(_)
            | Action::OpenAt(_)
            | Action::Copied { .. }
            | Action::LinkOpened { .. }
            | Action::Drafted(_)
            | Action::DraftProgress(_)
            | Action::Reloaded { .. }
            | Action::Loaded(_)
            | Action::LoadProgress(_)
            | Action::SourcesChanged
            | Action::Reload
            | Action::Suspend
            | Action::Redraw
            | Action::Resize { .. }
            | Action::Paste(_)
            | Action::CopiedSample { .. }
            | Action::PageSaved { .. }
            | Action::PageFile(_)
            | Action::PageFileTaken { .. }
            | Action::EditTarget(_)
            | Action::Recovered { .. }
            | Action::OfferRecovery { .. }
            | Action::ResumeTyping { .. } => return None,
            _ => {}
        }
        Some(Vec::new())
    }

    /// A search landed on body bytes `found` during a selection (Enter, `>`, `<`): the
    /// moving end goes to the match's last word (with the marks it carries) when the match
    /// is past the anchor, to its first word when before; a match inside the anchor leaves
    /// the selection as it is. The cursor goes to the moving end.
    pub(crate) fn selection_to_match(&mut self, found: std::ops::Range<usize>) {
        let Some(selection) = &mut self.selection else {
            return;
        };
        let at = if found.start >= selection.anchor.end {
            found.end.saturating_sub(1).max(found.start)
        } else {
            found.start
        };
        selection.reach(&self.doc.article, at);
        self.follow_selection();
    }

    /// `y` in a selection: its text for the loop to put on the clipboard
    /// ([`Effect::Copy`]), said in the status bar; the selection mode ends.
    fn copy_selection(&mut self) -> Option<Effect> {
        let selection = self.selection.take()?;
        self.pressed = None;
        let text = self.doc.article.body.get(selection.range())?.to_string();
        let (words, chars) = selection.size(&self.doc.article.body);
        self.message = Some(format!(
            "copied the selection: {}, {}",
            crate::text::plural(words, "word"),
            crate::text::plural(chars, "character")
        ));
        Some(Effect::Copy(text))
    }

    /// A drag in the article to body byte `at`, from where the button went down: starts a
    /// selection at the word pressed on (the selection mode), and takes its moving end to
    /// the word under the pointer.
    pub(crate) fn drag_to(&mut self, at: usize) {
        let Some(origin) = self.pressed else {
            return;
        };
        if self.selection.is_none() {
            match self.word_from(origin) {
                Some(selection) => self.selection = Some(selection),
                None => return,
            }
        }
        if let Some(selection) = &mut self.selection {
            selection.reach(&self.doc.article, at);
        }
        self.focus = Focus::Article;
        self.follow_selection();
    }

    /// A drag of a selection past the article pane's top or bottom edge (`down`): its
    /// moving end goes a line up or down, and the text scrolls to show it.
    pub(crate) fn drag_past(&mut self, down: bool) {
        if self.pressed.is_none() {
            return;
        }
        if let Some(selection) = &mut self.selection {
            let step = if down { Step::LineDown } else { Step::LineUp };
            selection.extend(step, &self.doc.article, &self.layout);
            self.follow_selection();
        }
    }
}

#[cfg(test)]
#[path = "selection_tests.rs"]
mod tests;
