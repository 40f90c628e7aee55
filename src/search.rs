//! Searching the article: the prompt (`/` forward, `?` backward), incremental matching with smart case, every match found, and stepping from match to match.

use std::ops::Range;
use std::sync::Arc;

use aho_corasick::AhoCorasick;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::action::Action;
use crate::fold::FoldedText;
use crate::layout::{Layout, LineKind};
use crate::state::State;

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
    /// Moving in the line or deleting (see [`crate::line_edit::Edit`]).
    Edit(crate::line_edit::Edit),
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
    /// The claims whose sidebar text mentions the query (see [`crate::claim_search`]).
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
        self.claim_hits = crate::claim_search::claims_mentioning(doc, &self.query);
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

/// Every place `query` occurs in the header lines the pane shows (title, dek, meta), as
/// [`find`] finds them in the body: everything the pane shows can be found.
pub fn header_matches(layout: &Layout, query: &str) -> Vec<(LineKind, Range<usize>)> {
    [LineKind::Title, LineKind::Dek, LineKind::Meta]
        .into_iter()
        .flat_map(|kind| {
            let (found, _) = find(layout.header_text(kind), query);
            found.into_iter().map(move |range| (kind, range))
        })
        .collect()
}

/// A search for a query, ready to run over any text: the query folded as anchoring
/// folds a quote ([`crate::fold`]: typography, invisible characters, compatibility forms
/// such as ligatures and fullwidth letters, marked superscripts), so `/official` finds
/// `oﬃcial` and `/280` finds `2⁸⁰` and `2^80`, with smart case. A query with a `^` or
/// `_` that marks nothing (`/_`, `/x ^ y`) is searched for literally: then neither it
/// nor the text has its marks folded.
pub struct Query {
    searcher: AhoCorasick,
    marks: bool,
}

impl Query {
    /// The search for `query`, or `None` when it folds to nothing. Without capitals it
    /// ignores case (ASCII letters, after folding), with one it matches case exactly
    /// ("smart case").
    pub fn new(query: &str) -> Option<Query> {
        let marks = crate::fold::has_marked_form(query) || !query.contains(['^', '_']);
        let folded = fold_for_search(query, marks).folded;
        if folded.is_empty() {
            return None;
        }
        let ignore_case = !folded.chars().any(char::is_uppercase);
        let searcher = AhoCorasick::builder()
            .ascii_case_insensitive(ignore_case)
            .build([folded])
            .ok()?;
        Some(Query { searcher, marks })
    }

    /// Every place the query occurs in `text`, in bytes of `text`, in order: whole
    /// characters of it (a match inside a ligature covers the ligature), and places that
    /// share a character merged into one.
    pub fn find_in(&self, text: &str) -> Vec<Range<usize>> {
        self.find_in_folded(&fold_for_search(text, self.marks))
    }

    /// The same in a text already folded for this query.
    fn find_in_folded(&self, folded: &FoldedText) -> Vec<Range<usize>> {
        let ranges: Vec<Range<usize>> = self
            .searcher
            .find_iter(&folded.folded)
            .map(|found| folded.source_range(found.range()))
            .collect();
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
        for range in ranges {
            match merged.last_mut() {
                Some(last) if range.start < last.end => last.end = last.end.max(range.end),
                _ => merged.push(range),
            }
        }
        merged
    }

    /// Whether the query occurs in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.searcher
            .is_match(&fold_for_search(text, self.marks).folded)
    }
}

fn fold_for_search(text: &str, marks: bool) -> FoldedText {
    if marks {
        FoldedText::new(text)
    } else {
        FoldedText::literal(text)
    }
}

/// Every place `query` occurs in `text` (see [`Query`]), at most [`MAX_MATCHES`], and
/// whether there were more.
pub fn find(text: &str, query: &str) -> (Vec<Range<usize>>, bool) {
    let Some(query) = Query::new(query) else {
        return (Vec::new(), false);
    };
    capped(query.find_in(text).into_iter())
}

/// The first [`MAX_MATCHES`] places, and whether there were more.
fn capped(places: impl Iterator<Item = Range<usize>>) -> (Vec<Range<usize>>, bool) {
    let mut matches = Vec::new();
    for found in places {
        if matches.len() == MAX_MATCHES {
            return (matches, true);
        }
        matches.push(found);
    }
    (matches, false)
}

/// The action for a key while the search prompt is open (every key types into it). The
/// editing keys are a shell's: Left/Right, Home/End (Ctrl-a/Ctrl-e), Delete, Ctrl-u,
/// Ctrl-k, Ctrl-w, and Up/Down for the previous searches.
pub fn prompt_action(event: &KeyEvent) -> Option<Action> {
    use crate::line_edit::Edit;
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
        use crate::line_edit::{Edit, apply, insert};
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
        self.search.claim_hits = crate::claim_search::claims_mentioning(&self.doc, query);
        self.search.current = None;
        self.search.header = header_matches(&self.layout, query);
        self.search.on_header = None;
    }

    /// The next match in the search's direction (`forward`), or the other way; wraps.
    pub(crate) fn step_match(&mut self, forward: bool) {
        let forward = forward != self.search.backward;
        if self.focus == crate::state::Focus::Sidebar && !self.search.query.is_empty() {
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
mod tests {
    use super::*;

    #[test]
    fn smart_case_ignores_case_until_a_capital_is_typed() {
        let text = "Iran, iran and IRAN";
        assert_eq!(find(text, "iran").0.len(), 3);
        assert_eq!(find(text, "Iran").0, vec![(0..4)]);
        assert!(find(text, "").0.is_empty());
    }

    #[test]
    fn compatibility_forms_are_found_by_their_plain_letters() {
        let text = "The ﬁrst oﬃcial ﬁgures arrived late: ＯＦＦＩＣＩＡＬ, 2⁸⁰ keys.";
        let found = |query| {
            let (matches, _) = find(text, query);
            matches.iter().map(|m| &text[m.clone()]).collect::<Vec<_>>()
        };
        assert_eq!(found("official"), ["oﬃcial", "ＯＦＦＩＣＩＡＬ"]);
        assert_eq!(found("OFFICIAL"), ["ＯＦＦＩＣＩＡＬ"]);
        // A match inside a ligature covers the ligature, once.
        assert_eq!(found("f"), ["ﬁ", "ﬃ", "ﬁ", "Ｆ", "Ｆ"]);
        assert_eq!(found("irst"), ["ﬁrst"]);
        assert_eq!(found("280"), ["2⁸⁰"]);
        assert_eq!(found("2^80"), ["2⁸⁰"]);
        assert_eq!(found("2^(80) keys"), ["2⁸⁰ keys"]);
    }

    #[test]
    fn marks_and_invisible_characters_in_the_text_do_not_hide_words() {
        let text = "snake_case, 2^80 and Acknow\u{AD}ledge\u{200B}ments";
        let found = |query| {
            let (matches, _) = find(text, query);
            matches.iter().map(|m| &text[m.clone()]).collect::<Vec<_>>()
        };
        assert_eq!(
            found("acknowledgements"),
            ["Acknow\u{AD}ledge\u{200B}ments"]
        );
        // `_` and `^` alone are searched for as they are.
        assert_eq!(found("_"), ["_"]);
        assert_eq!(found("^"), ["^"]);
        assert_eq!(found("e_"), ["e_"]);
        // A superscript is found whichever way it is written.
        assert_eq!(found("280"), ["2^80"]);
        assert_eq!(found("2⁸⁰"), ["2^80"]);
        assert_eq!(found("snakecase"), ["snake_case"]);
        assert!(
            find(text, "\u{200B}").0.is_empty(),
            "an invisible query finds nothing"
        );
    }

    fn reader() -> State {
        State::sample_at_120x40()
    }

    fn type_in(state: &mut State, text: &str) {
        for c in text.chars() {
            crate::state::update(state, Action::Prompt(PromptKey::Char(c)));
        }
    }

    #[test]
    fn the_search_follows_each_keystroke_and_enter_keeps_it() {
        use crate::state::update;
        let mut state = reader();
        update(&mut state, Action::SearchForward);
        type_in(&mut state, "warmonger");
        let at = state.doc.article.body.find("warmongering").unwrap();
        assert_eq!(
            state.cursor, at,
            "the cursor is on the match as it is typed"
        );
        assert_eq!(
            state.match_count().as_deref(),
            Some("match 1 of 1 · 1 claim in the sidebar")
        );
        update(&mut state, Action::Prompt(PromptKey::Submit));
        assert_eq!(state.search.prompt, None);
        assert_eq!(state.search.matches.len(), 1);
        // Zarif's words are a response to claim 1: the rule makes it current.
        assert_eq!(state.selected, Some(0));
    }

    #[test]
    fn next_and_previous_match_wrap_and_say_so() {
        use crate::state::update;
        let mut state = reader();
        update(&mut state, Action::SearchForward);
        type_in(&mut state, "Clarke");
        update(&mut state, Action::Prompt(PromptKey::Submit));
        let total = state.search.matches.len();
        assert!(total >= 3, "{total}");
        for n in 2..=total {
            update(&mut state, Action::NextMatch);
            assert_eq!(state.search.current, Some(n - 1));
        }
        update(&mut state, Action::NextMatch);
        assert_eq!(state.search.current, Some(0));
        let message = state.message.clone().unwrap_or_default();
        assert!(
            message.starts_with("search wrapped to the top · match 1 of"),
            "{message}"
        );
        update(&mut state, Action::PrevMatch);
        assert_eq!(state.search.current, Some(total - 1));
        let message = state.message.clone().unwrap_or_default();
        assert!(
            message.starts_with(&format!("search wrapped to the bottom · match {total} of")),
            "{message}"
        );
    }

    #[test]
    fn backward_search_finds_the_match_before_the_cursor() {
        use crate::state::update;
        let mut state = reader();
        update(&mut state, Action::Bottom);
        let end = state.cursor;
        update(&mut state, Action::SearchBackward);
        type_in(&mut state, "pompeo");
        update(&mut state, Action::Prompt(PromptKey::Submit));
        let found = state.search.current.unwrap();
        let last_before = state
            .search
            .matches
            .iter()
            .rposition(|m| m.start < end)
            .unwrap();
        assert_eq!(found, last_before);
        // In a backward search, "next" goes on backward.
        update(&mut state, Action::NextMatch);
        assert_eq!(state.search.current, Some(last_before - 1));
    }

    #[test]
    fn esc_goes_back_to_where_the_search_began() {
        use crate::state::update;
        let mut state = reader();
        update(&mut state, Action::NextClaim);
        let origin = state.cursor;
        update(&mut state, Action::SearchForward);
        type_in(&mut state, "Soleimani");
        assert_ne!(state.cursor, origin);
        update(&mut state, Action::Prompt(PromptKey::Cancel));
        assert_eq!(state.cursor, origin);
        assert_eq!(state.search, Search::default(), "no highlights are left");
        // A search with no match says so, and leaves the cursor where it was.
        update(&mut state, Action::SearchForward);
        type_in(&mut state, "zzzz");
        assert_eq!(state.cursor, origin);
        assert_eq!(state.match_count().as_deref(), Some("no match for zzzz"));
        update(&mut state, Action::Prompt(PromptKey::Submit));
        assert_eq!(state.message.as_deref(), Some("no match for zzzz"));
    }

    #[test]
    fn a_reload_finds_the_matches_again_in_the_new_text() {
        use crate::state::update;
        let mut state = reader();
        update(&mut state, Action::SearchForward);
        type_in(&mut state, "Zarif");
        update(&mut state, Action::Prompt(PromptKey::Submit));
        // The new text has a multibyte word before every old match: old places are stale.
        let mut doc = state.doc.clone();
        let body = format!("Ünïcödé “quotes” first. {}", doc.article.body);
        doc.article =
            crate::article::Article::from_text_as("a.md", &body, crate::article::Format::Plain)
                .unwrap();
        update(
            &mut state,
            Action::Reloaded {
                doc: Box::new(doc),
                errors: Vec::new(),
            },
        );
        let body = &state.doc.article.body;
        assert!(!state.search.matches.is_empty());
        for m in &state.search.matches {
            assert_eq!(&body[m.clone()], "Zarif");
        }
    }

    #[test]
    fn keys_typed_into_the_prompt_are_text_not_commands() {
        let event = |code| KeyEvent::new(code, KeyModifiers::NONE);
        assert_eq!(
            prompt_action(&event(KeyCode::Char('q'))),
            Some(Action::Prompt(PromptKey::Char('q')))
        );
        assert_eq!(
            prompt_action(&event(KeyCode::Esc)),
            Some(Action::Prompt(PromptKey::Cancel))
        );
        assert_eq!(prompt_action(&event(KeyCode::Tab)), None);
    }

    #[test]
    fn matches_are_capped() {
        let text = "a".repeat(MAX_MATCHES + 10);
        let (matches, more) = find(&text, "a");
        assert_eq!(matches.len(), MAX_MATCHES);
        assert!(more);
    }

    #[test]
    fn a_paste_into_the_prompt_is_one_line_of_text_and_never_keys() {
        use crate::state::update;
        let mut state = reader();
        update(&mut state, Action::SearchForward);
        // Pasted as keys, the line break would submit and "qq" quit.
        update(&mut state, Action::Paste("Soufan\nqq".into()));
        assert_eq!(state.search.prompt.as_deref(), Some("Soufan qq"));
        assert!(!state.should_quit);
        for (pasted, line) in [
            ("a\r\nb\rc\nd\te", "a b c d e"),
            ("\r\nSoufan\n", "Soufan"),
            ("bell\x07 and \x1b[31mesc", "bell and [31mesc"),
        ] {
            assert_eq!(pasted_line(pasted), line, "{pasted:?}");
        }
    }

    #[test]
    fn a_paste_outside_the_prompt_changes_nothing_but_the_message() {
        use crate::state::update;
        let mut state = reader();
        update(&mut state, Action::NextClaim);
        let before = (state.cursor, state.top, state.selected, state.focus);
        // Prose that, typed as keys, would draft claims (D), copy (y), quit (q)...
        update(
            &mut state,
            Action::Paste("Dry yarn. Quite good.\nq\n".into()),
        );
        assert_eq!(
            before,
            (state.cursor, state.top, state.selected, state.focus)
        );
        assert!(!state.should_quit);
        assert_eq!(state.draft_request, None);
        assert_eq!(state.clipboard_request, None);
        assert_eq!(state.search, Search::default());
        assert_eq!(
            state.message.as_deref(),
            Some("paste ignored: text is pasted only into the search prompt (/)")
        );
    }
}
