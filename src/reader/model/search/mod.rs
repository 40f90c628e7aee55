//! Searching the article: the prompt (`/` forward, `?` backward), incremental matching with smart case, every match found, and stepping from match to match.

use std::ops::Range;
use std::sync::Arc;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::anchor::fold::FoldedText;
use crate::layout::{Layout, LineKind};
use crate::reader::action::Action;
use crate::reader::state::State;

mod query;
pub use query::{Query, find, header_matches};
use query::{capped, fold_for_search};

/// The most matches counted and highlighted; more are reported as "N+".
pub const MAX_MATCHES: usize = 100_000;

/// A key typed into the search prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptKey {
    Char(char),
    Backspace,
    /// Enter: keep the search and close the prompt.
    Submit,
    /// Esc: close the prompt and go back to where the search began.
    Cancel,
    /// Pasted text, typed in as one piece (already one line: see [`pasted_line`]).
    Text(String),
    /// Moving in the line or deleting (see [`crate::keys::prompt::Edit`]).
    Edit(crate::keys::prompt::Edit),
    /// Up: the previous search in the history.
    Older,
    /// Down: the next search in the history, then the line typed before Up.
    Newer,
}

/// Pasted text as one line for the prompt: each line break (CR LF, CR or LF) and tab
/// becomes a space, other control characters are dropped, and line breaks at either end
/// are trimmed. A paste is never read as keys, so a pasted line break never submits.
pub fn pasted_line(text: &str) -> String {
    text.trim_matches(['\r', '\n'])
        .replace("\r\n", " ")
        .chars()
        .filter_map(|c| match c {
            '\r' | '\n' | '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// The search: what is being typed, what was searched, and where it was found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// The prompt's text while it is open.
    pub prompt: Option<String>,
    /// The prompt's cursor: a byte offset into its text, on a character boundary.
    pub prompt_at: usize,
    /// Searching forward (`/`) or backward (`?`).
    pub backward: bool,
    /// The query the matches are for.
    pub query: String,
    /// Every place it occurs in the body, in order (at most [`MAX_MATCHES`]).
    pub matches: Vec<Range<usize>>,
    /// More than [`MAX_MATCHES`] were found.
    pub more: bool,
    /// The claims whose sidebar text mentions the query (see [`crate::reader::model::claim_search`]).
    pub claim_hits: Vec<usize>,
    /// The match the cursor is on.
    pub current: Option<usize>,
    /// Matches in the header the pane shows above the text (title, dek, meta line): the
    /// line kind and the byte range in that header string ([`Layout::header_text`]).
    /// They come before the body's matches in the count and in stepping.
    pub header: Vec<(LineKind, Range<usize>)>,
    /// The header match stepped to (the view is at the top), instead of `current`.
    pub on_header: Option<usize>,
    /// The cursor when the prompt opened, to go back to on Esc.
    origin: usize,
    /// The body folded for searching, kept from keystroke to keystroke.
    body: FoldedBody,
}

/// The article's body folded for searching (by the marks rule or not, see [`Query`]),
/// kept so that each keystroke searches it without folding it again. Not part of the
/// search's state: any two compare equal.
#[derive(Clone, Default)]
struct FoldedBody(Option<(bool, Arc<FoldedText>)>);

impl PartialEq for FoldedBody {
    fn eq(&self, _: &FoldedBody) -> bool {
        true
    }
}

impl Eq for FoldedBody {}

impl std::fmt::Debug for FoldedBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FoldedBody")
    }
}

impl Search {
    /// Finds the query again in a new text (after a reload); no match is current.
    pub(crate) fn refresh(&mut self, doc: &crate::document::Document, layout: &Layout) {
        self.body = FoldedBody::default();
        (self.matches, self.more) = self.find_in_body(&doc.article.body, &self.query.clone());
        self.header = header_matches(layout, &self.query);
        self.claim_hits = crate::reader::model::claim_search::claims_mentioning(doc, &self.query);
        self.current = None;
        self.on_header = None;
    }

    /// [`find`] in the body, folded once for all the keystrokes of a search.
    fn find_in_body(&mut self, body: &str, query: &str) -> (Vec<Range<usize>>, bool) {
        let Some(query) = Query::new(query) else {
            return (Vec::new(), false);
        };
        let folded = match &self.body.0 {
            Some((marks, folded)) if *marks == query.marks => Arc::clone(folded),
            _ => {
                let folded = Arc::new(fold_for_search(body, query.marks));
                self.body.0 = Some((query.marks, Arc::clone(&folded)));
                folded
            }
        };
        capped(query.find_in_folded(&folded).into_iter())
    }
}

/// The action for a key while the search prompt is open (every key types into it). The
/// editing keys are a shell's: Left/Right, Home/End (Ctrl-a/Ctrl-e), Delete, Ctrl-u,
/// Ctrl-k, Ctrl-w, and Up/Down for the previous searches.
pub fn prompt_action(event: &KeyEvent) -> Option<Action> {
    use crate::keys::prompt::Edit;
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let key = match event.code {
        KeyCode::Enter => PromptKey::Submit,
        KeyCode::Esc => PromptKey::Cancel,
        KeyCode::Char('c') if ctrl => PromptKey::Cancel,
        KeyCode::Backspace => PromptKey::Backspace,
        KeyCode::Char('h') if ctrl => PromptKey::Backspace,
        KeyCode::Left => PromptKey::Edit(Edit::Left),
        KeyCode::Char('b') if ctrl => PromptKey::Edit(Edit::Left),
        KeyCode::Right => PromptKey::Edit(Edit::Right),
        KeyCode::Char('f') if ctrl => PromptKey::Edit(Edit::Right),
        KeyCode::Home => PromptKey::Edit(Edit::Home),
        KeyCode::Char('a') if ctrl => PromptKey::Edit(Edit::Home),
        KeyCode::End => PromptKey::Edit(Edit::End),
        KeyCode::Char('e') if ctrl => PromptKey::Edit(Edit::End),
        KeyCode::Delete => PromptKey::Edit(Edit::Delete),
        KeyCode::Char('d') if ctrl => PromptKey::Edit(Edit::Delete),
        KeyCode::Char('u') if ctrl => PromptKey::Edit(Edit::KillToStart),
        KeyCode::Char('k') if ctrl => PromptKey::Edit(Edit::KillToEnd),
        KeyCode::Char('w') if ctrl => PromptKey::Edit(Edit::KillWord),
        KeyCode::Up => PromptKey::Older,
        KeyCode::Char('p') if ctrl => PromptKey::Older,
        KeyCode::Down => PromptKey::Newer,
        KeyCode::Char('n') if ctrl => PromptKey::Newer,
        KeyCode::Char(c) if !ctrl => PromptKey::Char(c),
        _ => return None,
    };
    Some(Action::Prompt(key))
}

impl State {
    /// `/` or `?`: opens the prompt.
    pub(crate) fn open_search(&mut self, backward: bool) {
        self.search.prompt = Some(String::new());
        self.search.prompt_at = 0;
        self.search_history.stop_browsing();
        self.search.backward = backward;
        self.search.origin = self.cursor;
    }

    /// A key typed into the prompt: the search follows each keystroke.
    pub(crate) fn prompt_key(&mut self, key: PromptKey) {
        use crate::keys::prompt::{Edit, apply, insert};
        let Some(prompt) = &mut self.search.prompt else {
            return;
        };
        let at = &mut self.search.prompt_at;
        if !matches!(key, PromptKey::Older | PromptKey::Newer) {
            self.search_history.stop_browsing();
        }
        match key {
            PromptKey::Char(c) => insert(prompt, at, c.encode_utf8(&mut [0; 4])),
            PromptKey::Text(text) => insert(prompt, at, &text),
            PromptKey::Backspace if prompt.is_empty() => {
                // Backspace on an empty prompt closes it, as in less.
                self.search.prompt = None;
                return;
            }
            PromptKey::Backspace => {
                if !apply(prompt, at, Edit::Backspace) {
                    return;
                }
            }
            PromptKey::Edit(edit) => {
                if !apply(prompt, at, edit) {
                    return;
                }
            }
            PromptKey::Older | PromptKey::Newer => {
                let older = key == PromptKey::Older;
                match self.search_history.step(prompt, older) {
                    Some(line) => {
                        *at = line.len();
                        *prompt = line;
                    }
                    None => return,
                }
            }
            PromptKey::Submit => {
                let query = self.search.prompt.take().unwrap_or_default();
                self.search_history.add(&query);
                if query.is_empty() {
                    // An empty search repeats the last one.
                    self.step_match(!self.search.backward);
                } else if self.search.matches.is_empty() && !self.search.header.is_empty() {
                    // Found in the header only: the count says so.
                    self.message = self.search_notice();
                } else if self.search.matches.is_empty() && self.shown_claim_hits() > 0 {
                    let keys = &self.config.keys.0;
                    self.message = Some(format!(
                        "only in the sidebar: {} · {}, then {} steps through them",
                        crate::text::plural(self.shown_claim_hits(), "claim"),
                        keys.key_or_name(&Action::ToggleFocus),
                        keys.key_or_name(&Action::NextMatch)
                    ));
                } else if self.search.matches.is_empty() {
                    self.message = Some(format!("no match for {query}"));
                } else {
                    self.message = self.search_notice();
                }
                return;
            }
            PromptKey::Cancel => {
                let origin = self.search.origin;
                self.search = Search::default();
                self.go_to(origin);
                return;
            }
        }
        let query = prompt.clone();
        let origin = self.search.origin;
        self.set_query(&query);
        // Incremental: the first match from where the search began, in its direction.
        let target = if self.search.backward {
            self.search.matches.iter().rposition(|m| m.start < origin)
        } else {
            self.search.matches.iter().position(|m| m.start >= origin)
        };
        if target.is_none() && !self.search.header.is_empty() {
            // Nothing in the text from there on: the header's, at the top.
            let backward = self.search.backward;
            self.land_on_header(if backward {
                self.search.header.len() - 1
            } else {
                0
            });
            return;
        }
        let target = target.or((!self.search.matches.is_empty()).then_some(0));
        match target {
            Some(i) => self.land_on(i),
            None => self.go_to(origin),
        }
    }

    /// Text pasted into the terminal: into the open prompt as one line, else ignored (and
    /// said so): a paste is never run as keys.
    pub(crate) fn paste(&mut self, text: &str) {
        if self.search.prompt.is_some() {
            self.prompt_key(PromptKey::Text(pasted_line(text)));
            return;
        }
        let search = (self.config.keys.0)
            .first_key(&Action::SearchForward)
            .unwrap_or_else(|| "/".into());
        self.message = Some(format!(
            "paste ignored: text is pasted only into the search prompt ({search})"
        ));
    }

    /// How many of the claims that mention the query the sidebar shows (a filter may
    /// hide some): the count the status bar gives.
    pub(crate) fn shown_claim_hits(&self) -> usize {
        self.search
            .claim_hits
            .iter()
            .filter(|&&i| self.shows_claim(i))
            .count()
    }

    fn set_query(&mut self, query: &str) {
        let (matches, more) = self.search.find_in_body(&self.doc.article.body, query);
        self.search.query = query.to_string();
        self.search.matches = matches;
        self.search.more = more;
        self.search.claim_hits =
            crate::reader::model::claim_search::claims_mentioning(&self.doc, query);
        self.search.current = None;
        self.search.header = header_matches(&self.layout, query);
        self.search.on_header = None;
    }

    /// The next match in the search's direction (`forward`), or the other way; wraps.
    pub(crate) fn step_match(&mut self, forward: bool) {
        let forward = forward != self.search.backward;
        if self.focus == crate::reader::state::Focus::Sidebar && !self.search.query.is_empty() {
            self.step_claim_hit(forward);
            return;
        }
        let matches = &self.search.matches;
        if self.search.query.is_empty() {
            let keys = &self.config.keys.0;
            self.message = Some(format!(
                "no search yet: {} searches forward, {} backward",
                keys.key_or_name(&Action::SearchForward),
                keys.key_or_name(&Action::SearchBackward)
            ));
            return;
        }
        let header = self.search.header.len();
        if matches.is_empty() && header == 0 {
            self.message = Some(format!("no match for {}", self.search.query));
            return;
        }
        let cursor = self.cursor;
        // One list: the header's matches, then the body's, in the order they are shown.
        let next = match self.search.on_header {
            Some(h) if forward => (h + 1 < header)
                .then_some(h + 1)
                .or((!matches.is_empty()).then_some(header)),
            Some(h) => h.checked_sub(1),
            None if forward => matches
                .iter()
                .position(|m| m.start > cursor)
                .map(|i| header + i),
            None => matches
                .iter()
                .rposition(|m| m.start < cursor)
                .map(|i| header + i)
                .or(header.checked_sub(1)),
        };
        let total = header + matches.len();
        let (index, wrapped) = match next {
            Some(i) => (i, false),
            None if forward => (0, true),
            None => (total - 1, true),
        };
        match index.checked_sub(header) {
            Some(i) => self.land_on(i),
            None => self.land_on_header(index),
        }
        let notice = self.search_notice().unwrap_or_default();
        self.message = Some(match (wrapped, forward) {
            (false, _) => notice,
            (true, true) => format!("search wrapped to the top · {notice}"),
            (true, false) => format!("search wrapped to the bottom · {notice}"),
        });
    }

    /// "match 3 of 17 · > next": the status bar's message right after a search is kept
    /// (Enter) or stepped (`>`, `<`); the next key gives the bar back to the state in force.
    pub(crate) fn search_notice(&self) -> Option<String> {
        let count = self.match_count()?;
        let next = (self.config.keys.0)
            .first_key(&Action::NextMatch)
            .map(|k| format!(" · {k} next"))
            .unwrap_or_default();
        Some(format!("{count}{next}"))
    }

    /// Puts the cursor on match `index` and keeps it in view.
    fn land_on(&mut self, index: usize) {
        self.search.current = Some(index);
        self.search.on_header = None;
        let start = self.search.matches[index].start;
        self.go_to(start);
    }

    /// Shows header match `index`: the view goes to the top, the cursor to the text's start.
    fn land_on_header(&mut self, index: usize) {
        self.go_to(self.first_body_position());
        self.top = self.layout.first(&self.doc.article).unwrap_or_default();
        self.keep_cursor_visible();
        self.search.current = None;
        self.search.on_header = Some(index);
    }

    /// "match 3 of 17", "17 matches", or "100000+ matches", for the status bar.
    pub fn match_count(&self) -> Option<String> {
        let search = &self.search;
        if search.query.is_empty() {
            return None;
        }
        let header = search.header.len();
        let total = header + search.matches.len();
        let plus = if search.more { "+" } else { "" };
        let current = search.on_header.or(search.current.map(|i| header + i));
        Some(
            match (current, total) {
                (_, 0) => format!("no match for {}", search.query),
                (Some(i), _) => format!("match {} of {total}{plus}", i + 1),
                (None, 1) => "1 match".to_string(),
                (None, _) => format!("{total}{plus} matches"),
            }
            .to_string()
                + &match self.shown_claim_hits() {
                    0 => String::new(),
                    n => format!(" · {} in the sidebar", crate::text::plural(n, "claim")),
                },
        )
    }
}

#[cfg(test)]
mod tests;
