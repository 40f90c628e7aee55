//! The glue that applies the search feature's actions to the reader's state.

use crate::keys::prompt::PromptKey;
use crate::reader::action::Action;
use crate::reader::model::overlay::Overlay;
use crate::reader::model::search::*;
use crate::reader::state::State;

impl State {
    /// `/` or `?`: opens the prompt.
    pub(crate) fn open_search(&mut self, backward: bool) {
        self.overlay = Overlay::Prompt(Prompt::default());
        self.search_history.stop_browsing();
        self.search.backward = backward;
        self.search.origin = self.view.cursor;
    }

    /// A key typed into the prompt: the search follows each keystroke.
    pub(crate) fn prompt_key(&mut self, key: PromptKey) {
        use crate::keys::prompt::{Edit, apply, insert};
        let Overlay::Prompt(Prompt { text: prompt, at }) = &mut self.overlay else {
            return;
        };
        if !matches!(key, PromptKey::Older | PromptKey::Newer) {
            self.search_history.stop_browsing();
        }
        match key {
            PromptKey::Char(c) => insert(prompt, at, c.encode_utf8(&mut [0; 4])),
            PromptKey::Text(text) => insert(prompt, at, &text),
            PromptKey::Backspace if prompt.is_empty() => {
                // Backspace on an empty prompt closes it, as in less.
                self.overlay = Overlay::None;
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
                let query = std::mem::take(prompt);
                self.overlay = Overlay::None;
                if let Some(found) = (self.search.current)
                    .filter(|_| self.selection.is_some() && !query.is_empty())
                    .and_then(|i| self.search.matches.get(i).cloned())
                {
                    self.selection_to_match(found);
                }
                self.search_history.add(&query);
                if query.is_empty() {
                    // An empty search repeats the last one.
                    self.step_match(!self.search.backward);
                } else if let Some(scan) = &mut self.search.scan {
                    // Said when the scan ends; until then the count says it is counting.
                    scan.submitted = true;
                    self.message = self.search_notice();
                } else {
                    self.message = self.submitted_message();
                }
                return;
            }
            PromptKey::Cancel => {
                let origin = self.search.origin;
                self.overlay = Overlay::None;
                self.search = Search::default();
                self.go_to(origin);
                return;
            }
        }
        let query = prompt.clone();
        self.set_query(&query);
    }

    /// What Enter says once the search is done: the count, or where else it was found,
    /// or that it was not.
    fn submitted_message(&self) -> Option<String> {
        if self.search.matches.is_empty() && !self.search.header.is_empty() {
            // Found in the header only: the count says so.
            self.search_notice()
        } else if self.search.matches.is_empty() && self.shown_claim_hits() > 0 {
            let keys = &self.config.keys.0;
            Some(format!(
                "only in the sidebar: {} · {}, then {} steps through them",
                crate::text::plural(self.shown_claim_hits(), "claim"),
                keys.key_or_name(&Action::ToggleFocus),
                keys.key_or_name(&Action::NextMatch)
            ))
        } else if self.search.matches.is_empty() {
            Some(format!("no match for {}", self.search.query))
        } else {
            self.search_notice()
        }
    }

    /// One more step of a search too long for one keystroke (see
    /// [`crate::reader::model::search::scan`]): more of the body and the claims scanned,
    /// the reader landed on the first match from where the search began once it is found,
    /// and what Enter says said at the end.
    pub(crate) fn search_step(&mut self) {
        if let Some(query) = Query::new(&self.search.query) {
            self.step_with(&query);
        }
    }

    /// [`State::search_step`] with the query already built.
    fn step_with(&mut self, query: &Query) {
        use crate::reader::model::search::scan::{STEP_BYTES, STEP_CLAIMS, word_count};
        let Some(mut scan) = self.search.scan.take() else {
            return;
        };
        let body = &self.doc.article.body;
        let search = &mut self.search;
        let words = word_count(&search.query);
        let inserted = scan.step(
            body,
            query,
            words,
            STEP_BYTES,
            &mut search.matches,
            &mut search.more,
        );
        if let Some(current) = &mut search.current {
            *current += inserted;
        } else if let Some(at) = search.keep_at
            && let Ok(i) = search.matches.binary_search_by_key(&at, |m| m.start)
        {
            search.current = Some(i);
            search.keep_at = None;
        }
        let claims = self.doc.claims.len();
        let end = (scan.next_claim + STEP_CLAIMS).min(claims);
        search
            .claim_hits
            .extend(crate::reader::model::claim_search::claims_mentioning_in(
                &self.doc,
                query,
                scan.next_claim..end,
            ));
        scan.next_claim = end;
        if scan.landing {
            self.land(&mut scan);
        }
        if scan.body_done() && scan.next_claim >= claims {
            if scan.submitted {
                self.message = self.submitted_message();
            }
        } else {
            self.search.scan = Some(scan);
        }
    }

    /// Lands on the first match from where the search began, in its direction, once the
    /// scan has found it; when the whole body holds none, on the header's, the first
    /// match (wrapping), or back where it began.
    fn land(&mut self, scan: &mut Scan) {
        let origin = self.search.origin;
        let matches = &self.search.matches;
        let target = if self.search.backward {
            scan.first_part_done()
                .then(|| matches.iter().rposition(|m| m.start < origin))
                .flatten()
        } else {
            matches.iter().position(|m| m.start >= origin)
        };
        if let Some(i) = target {
            scan.landing = false;
            self.land_on(i);
            return;
        }
        if !scan.body_done() {
            return;
        }
        scan.landing = false;
        if !self.search.header.is_empty() {
            // Nothing in the text from there on: the header's, at the top.
            let backward = self.search.backward;
            self.land_on_header(if backward {
                self.search.header.len() - 1
            } else {
                0
            });
            return;
        }
        match (!self.search.matches.is_empty()).then_some(0) {
            Some(i) => self.land_on(i),
            None => self.go_to(origin),
        }
    }

    /// Text pasted into the terminal: into the open prompt as one line, else ignored (and
    /// said so): a paste is never run as keys.
    pub(crate) fn paste(&mut self, text: &str) {
        if matches!(self.overlay, Overlay::Prompt(_)) {
            self.prompt_key(PromptKey::Text(pasted_line(text)));
            return;
        }
        let search = (self.config.keys.0)
            .first_key(&Action::SearchForward)
            .unwrap_or_else(|| "/".into());
        self.message = Some(format!(
            "paste ignored: text is pasted into the search prompt ({search}) or a form's field"
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

    /// A new query typed: the search starts again from where it began, scanning as much
    /// as one step scans now and the rest in later steps ([`Action::SearchMore`]).
    fn set_query(&mut self, query: &str) {
        let search = &mut self.search;
        search.query = query.to_string();
        search.matches.clear();
        search.more = false;
        search.claim_hits.clear();
        search.current = None;
        search.keep_at = None;
        search.header = header_matches(&self.layout, query);
        search.on_header = None;
        let Some(searcher) = Query::new(query) else {
            // Nothing to look for: back where the search began.
            search.scan = None;
            let origin = search.origin;
            self.go_to(origin);
            return;
        };
        search.scan = Some(Scan::new(
            &self.doc.article.body,
            search.origin,
            search.backward,
        ));
        self.step_with(&searcher);
        if self.search.scan.as_ref().is_some_and(|scan| scan.landing) {
            // Not found yet: the view waits where the search began.
            let origin = self.search.origin;
            self.go_to(origin);
        }
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
        let cursor = self.view.cursor;
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
        // A selection being made takes the match once the prompt is closed (while typing
        // only the cursor goes, so Esc gives the selection back as it was).
        if self.selection.is_some() && !matches!(self.overlay, Overlay::Prompt(_)) {
            self.selection_to_match(self.search.matches[index].clone());
        }
    }

    /// Shows header match `index`: the view goes to the top, the cursor to the text's start.
    fn land_on_header(&mut self, index: usize) {
        self.view.move_to_top(&self.layout, &self.doc.article);
        self.follow_cursor();
        self.search.current = None;
        self.search.on_header = Some(index);
    }

    /// "match 3 of 17", "17 matches", or "100000+ matches", for the status bar; "+" and
    /// "(counting…)" while a scan or the document's load is still going.
    pub fn match_count(&self) -> Option<String> {
        let search = &self.search;
        if search.query.is_empty() {
            return None;
        }
        let header = search.header.len();
        let total = header + search.matches.len();
        // While the document is still loading, what was found is of the part read so far.
        let loading = self.loading.is_some();
        let plus = if search.more || loading { "+" } else { "" };
        let current = search.on_header.or(search.current.map(|i| header + i));
        Some(
            match (current, total) {
                (_, 0) if search.scan.is_some() => format!("searching for {}", search.query),
                (_, 0) => format!("no match for {}", search.query),
                (Some(i), _) => format!("match {} of {total}{plus}", i + 1),
                (None, 1) => "1 match".to_string(),
                (None, _) => format!("{total}{plus} matches"), // 2 or more: 1 is the arm above
            }
            .to_string()
                + if search.scan.is_some() || loading {
                    " (counting…)"
                } else {
                    ""
                }
                + &match self.shown_claim_hits() {
                    0 => String::new(),
                    n => format!(" · {} in the sidebar", crate::text::plural(n, "claim")),
                },
        )
    }
}

#[cfg(test)]
#[path = "search_tests.rs"]
mod tests;
