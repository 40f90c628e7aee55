//! The search prompt's and the forms' keys, and their line editing, as a shell's line editor does it (readline's keys):
//! moving by character and to either end, deleting a character, a word or the line, and
//! the previous searches, kept across sessions in the XDG state directory as `less`
//! keeps its history.
//!
//! Positions are byte offsets into the line, always on a character boundary. A "word"
//! for Ctrl-w is what readline's `unix-word-rubout` takes: the spaces before the cursor,
//! then the run of non-spaces before them.

use std::path::{Path, PathBuf};
use unicode_segmentation::UnicodeSegmentation;

/// A key typed into the search prompt (the keys for each are the prompt's rows of the key
/// table, [`crate::keys::table::BINDINGS`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptKey {
    Char(char),
    Backspace,
    /// Enter: keep the search and close the prompt.
    Submit,
    /// Esc: close the prompt and go back to where the search began.
    Cancel,
    /// Pasted text, typed in as one piece (already one line: see [`crate::reader::model::search::pasted_line`]).
    Text(String),
    /// Moving in the line or deleting (see [`Edit`]).
    Edit(Edit),
    /// Up: the previous search in the history.
    Older,
    /// Down: the next search in the history, then the line typed before Up.
    Newer,
}

/// A key typed into an open form ([`crate::reader::model::form::Form`]); the form's rows
/// of the key table give the keys, and its fields share the prompt's line editing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormKey {
    /// A character typed into the field.
    Char(char),
    /// Pasted text, typed in as one piece (line breaks become spaces).
    Text(String),
    /// Moving in the field's line or deleting (the prompt's line editing).
    Edit(Edit),
    /// Tab: the next field (the last goes round to the first).
    NextField,
    /// Shift-Tab: the field before.
    PrevField,
    /// Down: the next suggestion for the field.
    NextSuggestion,
    /// Up: the suggestion before (above the first: none chosen).
    PrevSuggestion,
    /// Enter: take the chosen suggestion; with none chosen, save the entry.
    Submit,
    /// Esc: close the suggestions; with none open, close the form, keeping its typing.
    Cancel,
    /// Choose the quote again: the form steps aside while a new selection is made.
    Reselect,
    /// A new response answers the next claim in reading order instead (going round).
    NextClaim,
    /// A new response answers the claim before instead (going round).
    PrevClaim,
}

/// The most searches kept in the history file; the oldest go first.
pub const HISTORY_KEPT: usize = 200;

/// An edit to the line being typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// Left: one character back (a grapheme cluster: a flag or an emoji with its joiners
    /// is one).
    Left,
    /// Right: one character on.
    Right,
    /// Home or Ctrl-a: to the start.
    Home,
    /// End or Ctrl-e: to the end.
    End,
    /// Backspace: deletes the character (grapheme cluster) before the cursor.
    Backspace,
    /// Delete: deletes the character (grapheme cluster) under the cursor.
    Delete,
    /// Ctrl-u: deletes from the start to the cursor.
    KillToStart,
    /// Ctrl-k: deletes from the cursor to the end.
    KillToEnd,
    /// Ctrl-w: deletes the word before the cursor (and the spaces after it).
    KillWord,
}

/// Applies `edit` to `line` with the cursor at byte `at`; returns whether the line's text
/// changed (moves change only `at`).
pub fn apply(line: &mut String, at: &mut usize, edit: Edit) -> bool {
    *at = (*at).min(line.len());
    while !line.is_char_boundary(*at) {
        *at -= 1;
    }
    // A user-perceived character (a grapheme cluster: a flag, an emoji with its joiners,
    // a letter with its accents) is moved over and deleted whole, never cut.
    let before = |line: &str, at: usize| line[..at].graphemes(true).next_back().map_or(0, str::len);
    let after = |line: &str, at: usize| line[at..].graphemes(true).next().map_or(0, str::len);
    match edit {
        Edit::Left => *at -= before(line, *at),
        Edit::Right => *at += after(line, *at),
        Edit::Home => *at = 0,
        Edit::End => *at = line.len(),
        Edit::Backspace => {
            let n = before(line, *at);
            line.replace_range(*at - n..*at, "");
            *at -= n;
            return n > 0;
        }
        Edit::Delete => {
            let n = after(line, *at);
            line.replace_range(*at..*at + n, "");
            return n > 0;
        }
        Edit::KillToStart => {
            let changed = *at > 0;
            line.replace_range(..*at, "");
            *at = 0;
            return changed;
        }
        Edit::KillToEnd => {
            let changed = *at < line.len();
            line.truncate(*at);
            return changed;
        }
        Edit::KillWord => {
            let head = &line[..*at];
            let spaces = head.trim_end_matches(char::is_whitespace);
            let start = spaces
                .rfind(char::is_whitespace)
                .map_or(0, |i| i + after(spaces, i));
            let changed = start < *at;
            line.replace_range(start..*at, "");
            *at = start;
            return changed;
        }
    }
    false
}

/// Inserts `text` at the cursor and moves the cursor past it.
pub fn insert(line: &mut String, at: &mut usize, text: &str) {
    *at = (*at).min(line.len());
    while !line.is_char_boundary(*at) {
        *at -= 1;
    }
    line.insert_str(*at, text);
    *at += text.len();
}

/// What the prompt's cursor cell shows for the text `after` it: the character under it
/// (drawn reversed) and the rest; at the end of the line, a block `█`.
pub fn cursor_cell(after: &str) -> (&str, &str) {
    match after.graphemes(true).next() {
        Some(g) => after.split_at(g.len()),
        None => ("█", ""),
    }
}

/// The parts of a line before and after the cursor that fit `room` columns with the
/// cursor's cell: the end of `before` nearest the cursor first, then the start of `after`.
pub fn window(before: &str, after: &str, room: usize) -> (String, String) {
    use crate::layout::display_width;
    let mut used = 1;
    let mut start = before.len();
    for (i, g) in before.grapheme_indices(true).rev() {
        let w = display_width(g);
        if used + w > room {
            break;
        }
        used += w;
        start = i;
    }
    let mut end = 0;
    for (i, g) in after.grapheme_indices(true) {
        let w = display_width(g);
        if used + w > room {
            break;
        }
        used += w;
        end = i + g.len();
    }
    (before[start..].to_string(), after[..end].to_string())
}

/// The previous searches, oldest first, and where Up and Down are among them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    /// Every search kept, oldest first, each once (a repeat moves to the end).
    pub entries: Vec<String>,
    /// The searches made in this session, to add to the file when the reader ends.
    added: Vec<String>,
    /// While browsing with Up/Down: the entry shown, and the line typed before browsing.
    browsing: Option<(usize, String)>,
}

impl History {
    /// A history of `entries` (oldest first).
    pub fn with(entries: Vec<String>) -> History {
        History {
            entries,
            ..History::default()
        }
    }

    /// A search made: kept at the end (moved there if it was already kept).
    pub fn add(&mut self, query: &str) {
        self.browsing = None;
        if query.trim().is_empty() {
            return;
        }
        self.entries.retain(|e| e != query);
        self.entries.push(query.to_string());
        self.added.retain(|e| e != query);
        self.added.push(query.to_string());
    }

    /// Browsing ends (the prompt closed, or a key other than Up/Down edited the line).
    pub fn stop_browsing(&mut self) {
        self.browsing = None;
    }

    /// Up (`older`) or Down: the line to show instead of `line`, if there is one. Down
    /// past the newest entry gives back the line that was being typed.
    pub fn step(&mut self, line: &str, older: bool) -> Option<String> {
        let newest = self.entries.len();
        let (index, typed) = match self.browsing.take() {
            Some(browsing) => browsing,
            None => (newest, line.to_string()),
        };
        let next = if older {
            index.checked_sub(1)
        } else {
            (index < newest).then_some(index + 1)
        };
        let Some(next) = next else {
            self.browsing = (index < newest).then_some((index, typed));
            return None;
        };
        let shown = self
            .entries
            .get(next)
            .cloned()
            .unwrap_or_else(|| typed.clone());
        self.browsing = (next < newest).then_some((next, typed));
        Some(shown)
    }

    /// The history file: `$XDG_STATE_HOME/counterpoint/search_history` (else
    /// `~/.local/state/counterpoint/search_history`), beside `places.toml`.
    pub fn path_from_environment() -> Option<PathBuf> {
        Some(crate::state_dir::state_dir()?.join("search_history"))
    }

    /// Reads the history file: one search a line, oldest first; a missing or unreadable
    /// file is an empty history.
    pub fn load(path: &Path) -> History {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        History::with(text.lines().map(str::to_string).collect())
    }

    /// Adds this session's searches to the file as it is now (another reader may have
    /// written it meanwhile), keeping the newest [`HISTORY_KEPT`], written atomically.
    /// Nothing is written when nothing was searched.
    ///
    /// # Errors
    /// [`Error::Io`](crate::error::Error::Io) naming the folder when it cannot be created,
    /// or naming `path` when the file cannot be written (see
    /// [`crate::output::write_atomically`]); the file is then as it was. An unreadable
    /// existing file is no error: it counts as an empty history.
    pub fn save(&self, path: &Path) -> crate::error::Result<()> {
        if self.added.is_empty() {
            return Ok(());
        }
        let mut merged = History::load(path);
        for query in &self.added {
            merged.add(query);
        }
        let skip = merged.entries.len().saturating_sub(HISTORY_KEPT);
        let mut text = String::new();
        for entry in &merged.entries[skip..] {
            text.push_str(entry);
            text.push('\n');
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| crate::error::Error::io(dir, &e))?;
        }
        crate::output::write_atomically(path, &text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn edit(line: &str, at: usize, edits: &[Edit]) -> (String, usize) {
        let (mut line, mut at) = (line.to_string(), at);
        for &e in edits {
            apply(&mut line, &mut at, e);
        }
        (line, at)
    }

    #[test]
    fn the_keys_edit_as_a_shell_does() {
        use Edit::*;
        assert_eq!(edit("iran qaida", 10, &[KillWord]), ("iran ".into(), 5));
        assert_eq!(edit("iran  qaida  ", 13, &[KillWord]), ("iran  ".into(), 6));
        assert_eq!(
            edit("iran qaida", 10, &[Home, Delete]),
            ("ran qaida".into(), 0)
        );
        assert_eq!(edit("iran qaida", 5, &[KillToStart]), ("qaida".into(), 0));
        assert_eq!(edit("iran qaida", 4, &[KillToEnd]), ("iran".into(), 4));
        assert_eq!(
            edit("héllo", 5, &[Left, Left, Backspace]),
            ("hllo".into(), 1)
        );
        assert_eq!(
            edit("ab", 0, &[Left, Backspace, End, Right, Delete]),
            ("ab".into(), 2)
        );
        let (mut line, mut at) = ("iran".to_string(), 0);
        insert(&mut line, &mut at, "“new ");
        assert_eq!((line.as_str(), at), ("“new iran", "“new ".len()));
    }

    proptest! {
        /// Any edits on any line keep the cursor on a character boundary within it.
        #[test]
        fn the_cursor_stays_on_a_character_boundary(
            line in "[a-zé “” 🇮🇷]{0,12}",
            at in 0usize..40,
            edits in proptest::collection::vec(0usize..9, 1..20),
        ) {
            use Edit::*;
            let all = [Left, Right, Home, End, Backspace, Delete, KillToStart, KillToEnd, KillWord];
            let edits: Vec<Edit> = edits.into_iter().map(|i| all[i]).collect();
            let (line, at) = edit(&line, at, &edits);
            prop_assert!(at <= line.len() && line.is_char_boundary(at));
        }

        /// Moving and deleting never cut a grapheme cluster (a flag, an emoji family
        /// joined by ZWJ, a letter and its combining accent, a CRLF-free Hangul syllable
        /// in jamo): every cluster left is one the line had, and the cursor stays between
        /// clusters when it started between them.
        #[test]
        fn edits_keep_grapheme_clusters_whole(
            parts in proptest::collection::vec(0usize..9, 0..10),
            at in 0usize..12,
            edits in proptest::collection::vec(0usize..9, 1..20),
        ) {
            use Edit::*;
            const CLUSTERS: [&str; 9] = [
                "a", "é", "e\u{301}", "🇯🇵", "👨‍👩‍👧‍👦", "太", "🦀", "\u{1100}\u{1161}\u{11a8}", "👍🏽",
            ];
            let line: String = parts.iter().map(|&i| CLUSTERS[i]).collect();
            let starts: Vec<usize> = line.grapheme_indices(true).map(|(i, _)| i).chain([line.len()]).collect();
            let at = starts[at % starts.len()];
            let all = [Left, Right, Home, End, Backspace, Delete, KillToStart, KillToEnd, KillWord];
            let edits: Vec<Edit> = edits.into_iter().map(|i| all[i]).collect();
            let (after, at) = edit(&line, at, &edits);
            for cluster in after.graphemes(true) {
                prop_assert!(CLUSTERS.contains(&cluster), "{cluster:?} cut from {line:?}");
            }
            let boundaries: Vec<usize> = after.grapheme_indices(true).map(|(i, _)| i).chain([after.len()]).collect();
            prop_assert!(boundaries.contains(&at), "cursor {at} inside a cluster of {after:?}");
        }
    }

    #[test]
    fn up_and_down_go_through_the_history_and_back_to_the_line_typed() {
        let mut history = History::with(vec!["iran".into(), "qaida".into()]);
        assert_eq!(history.step("zar", true).as_deref(), Some("qaida"));
        assert_eq!(history.step("qaida", true).as_deref(), Some("iran"));
        assert_eq!(history.step("iran", true), None, "no older one");
        assert_eq!(history.step("iran", false).as_deref(), Some("qaida"));
        assert_eq!(history.step("qaida", false).as_deref(), Some("zar"));
        assert_eq!(history.step("zar", false), None);
        history.add("iran");
        assert_eq!(history.entries, ["qaida", "iran"]);
    }

    #[test]
    fn the_history_is_kept_across_sessions_and_merged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state/counterpoint/search_history");
        let mut first = History::load(&path);
        first.add("iran");
        let mut second = History::load(&path);
        second.add("zarif");
        first.save(&path).unwrap();
        second.save(&path).unwrap();
        assert_eq!(History::load(&path).entries, ["iran", "zarif"]);
        let mut many = History::default();
        for i in 0..HISTORY_KEPT + 5 {
            many.add(&format!("q{i}"));
        }
        many.save(&path).unwrap();
        let kept = History::load(&path).entries;
        assert_eq!(kept.len(), HISTORY_KEPT);
        assert_eq!(kept.last().map(String::as_str), Some("q204"));
    }
}
