//! Where the reader opens: at `+N`, `+N%`, `--claim ID`, or where it was left last time — and keeping that place, per article, in the XDG state directory.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::document::source::Sources;
use crate::error::{Error, Result};

/// Characters of text kept with a saved place, to find it again in an edited article.
const WORDS_KEPT: usize = 48;
/// Articles remembered; the least recently read are forgotten first.
const PLACES_KEPT: usize = 1000;

/// Where to open an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartAt {
    /// Line N of the article file (for a web page, its paragraph N).
    Line(usize),
    /// N percent of the way through the text.
    Percent(u8),
    /// A claim by its id, or by its number in the sidebar.
    Claim(String),
    /// Where the reader was left last time.
    Saved(SavedPlace),
}

impl StartAt {
    /// Reads `+N` or `+N%` (as `less` and `vi` take them); anything else is not a place.
    pub fn parse_plus(arg: &str) -> Option<StartAt> {
        let rest = arg.strip_prefix('+')?;
        if let Some(percent) = rest.strip_suffix('%') {
            let n: u8 = percent.parse().ok()?;
            return (n <= 100).then_some(StartAt::Percent(n));
        }
        rest.parse().ok().map(StartAt::Line)
    }

    /// Why `arg` is no place though it is written like one (`+150%`, `+-5%`, `+50.5%`,
    /// `+%`): `+`, then only digits, signs, points and a final `%`. `None` for a place
    /// ([`StartAt::parse_plus`] reads it) and for anything else, such as a file whose
    /// name begins with `+`.
    pub fn misplaced(arg: &str) -> Option<String> {
        let rest = arg.strip_prefix('+')?;
        let number = rest.strip_suffix('%').unwrap_or(rest);
        let looks_like_one = !rest.is_empty()
            && number
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | ','));
        if !looks_like_one || StartAt::parse_plus(arg).is_some() {
            return None;
        }
        let percent = rest.ends_with('%');
        Some(match number.parse::<u64>() {
            Ok(n) if percent && n > 100 => {
                format!("{arg}: a place in percent is +0% to +100% of the way through")
            }
            _ if percent => format!(
                "{arg}: a place in percent is a whole number from +0% to +100% (+50% is half way)"
            ),
            _ => format!("{arg}: a place is a line number, +1 or more (+120 opens at line 120)"),
        })
    }
}

impl StartAt {
    /// Why `arg`, which begins with `+` but is neither a place nor written like one
    /// ([`StartAt::misplaced`]), is refused when no file has that name (`exists` says
    /// whether one does): `+abc` is a mistyped place more often than a file's name.
    /// `None` for anything else.
    pub fn unknown_plus(arg: &str, exists: bool) -> Option<String> {
        let rest = arg.strip_prefix('+')?;
        if rest.is_empty() || exists || StartAt::parse_plus(arg).is_some() {
            return None;
        }
        if let Some(why) = StartAt::misplaced(arg) {
            return Some(why);
        }
        Some(format!(
            "{arg}: no such file, and no place: a place is +N (line N, +120) or +N% (+50% is half way)"
        ))
    }
}

/// A reading place: a byte offset of the body and the text that begins there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedPlace {
    pub offset: usize,
    pub words: String,
}

impl SavedPlace {
    /// The place at byte `offset` of `body` (the reader's cursor, say).
    pub fn at(body: &str, offset: usize) -> SavedPlace {
        SavedPlace {
            offset,
            words: body
                .get(offset..)
                .unwrap_or_default()
                .chars()
                .take(WORDS_KEPT)
                .collect(),
        }
    }
}

/// Where `words` stand in `body` nearest `near` (the text may have changed since they
/// were taken there); failing that, `near` itself, moved back to a character boundary.
pub fn find_place(body: &str, words: &str, near: usize) -> usize {
    let found = (!words.trim().is_empty())
        .then(|| {
            body.match_indices(words)
                .map(|(i, _)| i)
                .min_by_key(|i| i.abs_diff(near))
        })
        .flatten();
    found.unwrap_or_else(|| {
        let mut at = near.min(body.len());
        while !body.is_char_boundary(at) {
            at -= 1;
        }
        at
    })
}

/// The claim named by `name`: its id, else its number (from 1) in the sidebar's order.
pub fn find_claim(doc: &Document, name: &str) -> Option<usize> {
    doc.claims
        .iter()
        .position(|c| c.entry.id == name)
        .or_else(|| {
            let n: usize = name.parse().ok()?;
            (1..=doc.claims.len()).contains(&n).then(|| n - 1)
        })
}

/// Says which claims there are, for a `--claim` that names none of them.
pub fn unknown_claim(doc: &Document, name: &str, claims_file: &str) -> Error {
    let ids: Vec<&str> = doc
        .claims
        .iter()
        .map(|c| c.entry.id.as_str())
        .filter(|id| !id.is_empty())
        .take(8)
        .collect();
    let count = doc.claims.len();
    let numbers = if count == 1 {
        "the number 1".to_string()
    } else {
        format!("a number from 1 to {count}")
    };
    let hint = match (count, ids.is_empty()) {
        (0, _) => "this article has no claims".to_string(),
        (_, true) => format!("give {numbers}"),
        (_, false) => format!(
            "give an id ({}{}) or {numbers}",
            ids.join(", "),
            if ids.len() < count { ", ..." } else { "" }
        ),
    };
    Error::Usage(format!(
        "--claim {name}: no such claim in {claims_file}: {hint}"
    ))
}

/// The saved places, one file for every article: `places.toml` in the state directory.
#[derive(Debug, Clone)]
pub struct PlaceStore {
    path: PathBuf,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct PlacesFile {
    #[serde(default)]
    place: Vec<PlaceEntry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct PlaceEntry {
    /// The article's absolute path, or `bundled sample`.
    article: String,
    offset: usize,
    words: String,
    /// When it was saved, in seconds since 1970.
    saved: u64,
}

impl PlaceStore {
    /// The store in `$XDG_STATE_HOME/counterpoint` (else `~/.local/state/counterpoint`).
    pub fn from_environment() -> Option<PlaceStore> {
        Some(PlaceStore::at(
            crate::state_dir::state_dir()?.join("places.toml"),
        ))
    }

    pub fn at(path: PathBuf) -> PlaceStore {
        PlaceStore { path }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The name an article is remembered by: its absolute path; a fetched page by its
    /// address (saved or not); the bundled sample by that name; standard input not at all.
    pub fn key_for(sources: &Sources) -> Option<String> {
        if let Some(page) = &sources.page {
            return Some(page.url.clone());
        }
        match &sources.article {
            None => Some("bundled sample".into()),
            Some(path) if path.as_os_str() == "-" => None,
            Some(path) => {
                let path = std::fs::canonicalize(path).ok()?;
                Some(path.to_string_lossy().into_owned())
            }
        }
    }

    /// The place `key` was left at, if it was saved (an unreadable store is no place).
    ///
    /// This runs before the first screen, and the store holds up to a thousand articles,
    /// so only `key`'s own `[[place]]` table is parsed: its `article = "…"` line is found
    /// as [`PlaceStore::remember`] writes it, and the table around it read as TOML. An
    /// entry written in some other way by hand is not found (the place is then the
    /// article's start, and the next save writes it afresh). Should the table found not
    /// parse as the entry for `key` (a saved place's words can hold line breaks), the
    /// whole store is read instead.
    pub fn recall(&self, key: &str) -> Option<SavedPlace> {
        let text = std::fs::read_to_string(&self.path).ok()?;
        let own = |table: &str| {
            let file: PlacesFile = toml::from_str(table).ok()?;
            file.place.into_iter().find(|p| p.article == key)
        };
        // A saved place's words may hold line breaks and so, rarely, a line that looks
        // like a header or an article line: then the whole store is read.
        let entry = match entry_table(&text, key).map(own) {
            Some(Some(entry)) => entry,
            Some(None) => own(&text)?,
            None => return None,
        };
        Some(SavedPlace {
            offset: entry.offset,
            words: entry.words,
        })
    }

    /// Saves `place` for `key`, replacing the store's file atomically (a store that
    /// cannot be read is started afresh).
    ///
    /// # Errors
    /// [`Error::Io`] naming the store's folder when it cannot be created, or the store's
    /// file when it cannot be written (see [`crate::output::write_atomically_unsynced`]); the file
    /// is then as it was. [`Error::Usage`] with the TOML serializer's message if the
    /// places cannot be written as TOML (not expected: they are strings and numbers).
    pub fn remember(&self, key: &str, place: &SavedPlace) -> Result<()> {
        let mut file = self.read().unwrap_or_default();
        file.place.retain(|p| p.article != key);
        let saved = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        file.place.insert(
            0,
            PlaceEntry {
                article: key.to_string(),
                offset: place.offset,
                words: place.words.clone(),
                saved,
            },
        );
        file.place.sort_by_key(|p| std::cmp::Reverse(p.saved));
        file.place.truncate(PLACES_KEPT);
        let text = toml::to_string(&file).map_err(|e| Error::Usage(e.to_string()))?;
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, &e))?;
        }
        let text = format!(
            "# Where counterpoint left each article (most recent first). Safe to delete.\n{text}"
        );
        // Not synced: a crash of the program leaves the old store or the new whole, and
        // the sync cost 10 ms at every quit (`output::write_atomically_unsynced`).
        crate::output::write_atomically_unsynced(&self.path, &text)
    }

    fn read(&self) -> std::result::Result<PlacesFile, ()> {
        let text = std::fs::read_to_string(&self.path).map_err(|_| ())?;
        toml::from_str(&text).map_err(|_| ())
    }
}

/// The `[[place]]` table of `text` (a store as [`PlaceStore::remember`] writes it) whose
/// `article` line names `key`, from its header to the next header or the end.
fn entry_table<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    #[derive(Serialize)]
    struct ArticleLine<'k> {
        article: &'k str,
    }
    let line = toml::to_string(&ArticleLine { article: key }).ok()?;
    let line = line.trim_end();
    let at = text.match_indices(line).map(|(i, _)| i).find(|&i| {
        (i == 0 || text.as_bytes()[i - 1] == b'\n')
            && matches!(
                text.as_bytes().get(i + line.len()),
                None | Some(b'\n' | b'\r')
            )
    })?;
    let start = text[..at].rfind("[[place]]")?;
    let end = text[at..]
        .find("\n[[place]]")
        .map_or(text.len(), |i| at + i + 1);
    Some(&text[start..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 20: quitting (q, Ctrl-c, a signal: all end in `place_to_keep`) before a
    /// large document is read kept offset 0 over the place it was opening at.
    #[test]
    fn a_load_cut_short_keeps_the_place_it_was_going_to_or_none() {
        use crate::reader::action::Action;
        use crate::reader::state::{Loading, State};
        use crate::reader::update::update;
        let loading = || {
            let mut state = State::sample_at_120x40();
            state.loading = Some(Loading {
                stage: "reading".into(),
                deferred: None,
            });
            state
        };
        let saved = SavedPlace {
            offset: 1234,
            words: "somewhere further on".into(),
        };
        // Opening at the saved place, then quitting: that place, however the reader moved.
        for keys in [vec![], vec![Action::LineDown, Action::PageDown]] {
            let mut state = loading();
            update(&mut state, Action::OpenAt(StartAt::Saved(saved.clone())));
            for key in keys {
                update(&mut state, key);
            }
            assert_eq!(state.place_to_keep(), Some(saved.clone()));
        }
        // Going somewhere not yet known (G, n, p, +N, --claim): the old place stays.
        let elsewhere = [
            Action::Bottom,
            Action::NextClaim,
            Action::PrevClaim,
            Action::OpenAt(StartAt::Line(40)),
            Action::OpenAt(StartAt::Percent(50)),
            Action::OpenAt(StartAt::Claim("1".into())),
        ];
        for action in elsewhere {
            let mut state = loading();
            update(&mut state, Action::OpenAt(StartAt::Saved(saved.clone())));
            update(&mut state, action.clone());
            assert_eq!(state.place_to_keep(), None, "{action:?}");
        }
        // Near shapes that keep the cursor: loading with nowhere to go, and loaded.
        let mut state = loading();
        update(&mut state, Action::PageDown);
        let cursor = state.view.cursor;
        assert!(cursor > 0);
        assert_eq!(state.place_to_keep().map(|p| p.offset), Some(cursor));
        let mut state = loading();
        update(&mut state, Action::OpenAt(StartAt::Line(3)));
        let doc = state.doc.clone();
        update(&mut state, Action::Loaded(Box::new(doc)));
        assert_eq!(state.loading, None);
        assert_eq!(
            state.place_to_keep().map(|p| p.offset),
            Some(state.view.cursor)
        );
    }

    #[test]
    fn plus_arguments_are_lines_or_percentages() {
        assert_eq!(StartAt::parse_plus("+12"), Some(StartAt::Line(12)));
        assert_eq!(StartAt::parse_plus("+40%"), Some(StartAt::Percent(40)));
        assert_eq!(StartAt::parse_plus("+100%"), Some(StartAt::Percent(100)));
        assert_eq!(StartAt::parse_plus("+101%"), None);
        assert_eq!(StartAt::parse_plus("12"), None);
        assert_eq!(StartAt::parse_plus("+x"), None);
        assert_eq!(StartAt::parse_plus("+-3"), None);
        // Written with letters: refused when no file has the name, taken as one when it does.
        for arg in ["+abc", "+50x%", "+1e3", "+first"] {
            let why = StartAt::unknown_plus(arg, false).unwrap_or_default();
            assert!(why.starts_with(&format!("{arg}: ")), "{arg}: {why}");
            assert_eq!(StartAt::unknown_plus(arg, true), None, "{arg}");
        }
        for arg in ["+12", "+40%", "plain.md", "+", "a+b"] {
            assert_eq!(StartAt::unknown_plus(arg, false), None, "{arg}");
        }
        assert!(
            StartAt::unknown_plus("+150%", false)
                .unwrap()
                .contains("+0% to +100%")
        );
        // What looks like a place and is none is explained; other words are left alone.
        for (arg, says) in [
            ("+150%", "+0% to +100% of the way"),
            ("+-5%", "a whole number from +0% to +100%"),
            ("+50.5%", "a whole number from +0% to +100%"),
            ("+%", "a whole number from +0% to +100%"),
            ("+-3", "a line number"),
            ("+1.5", "a line number"),
            ("+99999999999999999999999", "a line number"),
        ] {
            let message = StartAt::misplaced(arg).unwrap_or_default();
            assert!(
                message.starts_with(arg) && message.contains(says),
                "{arg}: {message}"
            );
        }
        for arg in [
            "+12",
            "+40%",
            "+0%",
            "+100%",
            "+notes.md",
            "+",
            "12",
            "-5%",
            "+5x",
        ] {
            assert_eq!(StartAt::misplaced(arg), None, "{arg}");
        }
    }

    /// As `less +N`: `+0` opens at the first line and `+N` past the end at the end, and
    /// each says so with where it opened (`+0` was taken silently; a line past the end was
    /// said without where the reader had gone); a line in the article says nothing.
    #[test]
    fn a_line_asked_for_opens_as_less_does_and_says_what_it_did() {
        use crate::reader::action::Action;
        use crate::reader::state::State;
        use crate::reader::update::update;
        let opened = |line: usize| {
            let mut state = State::sample_at_120x40();
            update(&mut state, Action::OpenAt(StartAt::Line(line)));
            (state.view.cursor, state.message.clone())
        };
        let last = (1..100_000)
            .take_while(|&n| {
                State::sample_at_120x40()
                    .doc
                    .article
                    .offset_of_line(n)
                    .is_some()
            })
            .last()
            .unwrap();
        let mut at_end = State::sample_at_120x40();
        update(&mut at_end, Action::Bottom);
        let (first, said) = opened(1);
        assert_eq!(said, None);
        let (zero, said) = opened(0);
        assert_eq!(zero, first);
        let said = said.unwrap_or_default();
        assert!(
            said.starts_with("+0: ") && said.ends_with("opened at line 1"),
            "{said}"
        );
        for line in [1, 2, last / 2, last] {
            assert_eq!(opened(line).1, None, "+{line}");
        }
        for line in [last + 1, last + 7, 99_999] {
            let (cursor, said) = opened(line);
            assert_eq!(cursor, at_end.view.cursor, "+{line}");
            let said = said.unwrap_or_default();
            assert!(said.starts_with(&format!("+{line}: ")), "{said}");
            assert!(said.ends_with("opened at its end"), "{said}");
        }
    }

    #[test]
    fn lines_of_the_file_are_places_in_the_text() {
        use crate::article::Article;
        let text = "+++\ntitle = \"T\"\n+++\nFirst line.\n\nThird *line*.\n";
        let plain = Article::from_text("a.txt", text).unwrap();
        let at = plain.offset_of_line(6).unwrap();
        assert!(
            plain.body[at..].starts_with("Third"),
            "{:?}",
            &plain.body[at..]
        );
        assert_eq!(plain.offset_of_line(99), None);
        let markdown = Article::from_text("a.md", text).unwrap();
        let at = markdown.offset_of_line(6).unwrap();
        assert!(markdown.body[at..].starts_with("Third"));
        // Lines of the front matter are the text's start.
        assert_eq!(markdown.offset_of_line(1), Some(0));
    }

    #[test]
    fn a_place_is_found_by_its_words_nearest_where_it_was() {
        let body = "alpha beta. gamma. alpha beta. delta.";
        assert_eq!(find_place(body, "alpha beta", 25), 19);
        assert_eq!(find_place(body, "alpha beta", 2), 0);
        // Words gone: the old offset, on a character boundary.
        assert_eq!(find_place("héllo", "zzz", 2), 1);
        assert_eq!(find_place("short", "zzz", 99), 5);
    }

    #[test]
    fn the_store_keeps_one_place_per_article_and_survives_garbage() {
        let dir = tempfile::tempdir().unwrap();
        let store = PlaceStore::at(dir.path().join("state/counterpoint/places.toml"));
        assert_eq!(store.recall("/a.md"), None);
        let place = |offset| SavedPlace {
            offset,
            words: "some words".into(),
        };
        store.remember("/a.md", &place(10)).unwrap();
        store.remember("/b.md", &place(20)).unwrap();
        store.remember("/a.md", &place(30)).unwrap();
        assert_eq!(store.recall("/a.md"), Some(place(30)));
        assert_eq!(store.recall("/b.md"), Some(place(20)));
        let text = std::fs::read_to_string(store.path()).unwrap();
        assert_eq!(text.matches("[[place]]").count(), 2, "{text}");
        std::fs::write(store.path(), "not = [toml").unwrap();
        assert_eq!(store.recall("/a.md"), None);
        store.remember("/a.md", &place(5)).unwrap();
        assert_eq!(store.recall("/a.md"), Some(place(5)));
    }

    #[test]
    fn each_article_is_recalled_from_a_full_store_by_its_own_table() {
        let dir = tempfile::tempdir().unwrap();
        let store = PlaceStore::at(dir.path().join("places.toml"));
        // Keys that are prefixes of each other, need escaping, or are not ASCII.
        let keys: Vec<String> = (0..40)
            .map(|i| match i % 4 {
                0 => format!("/a/{i}.md"),
                1 => format!("/a/{}.md.md", i - 1),
                2 => format!("/q\"uote\\d/{i} \u{e9}t\u{e9}\t.md"),
                _ => format!("https://example.org/{i}?x=\"[[place]]\""),
            })
            .collect();
        // Odd entries' words hold a line break and a header, as an article's text may.
        let words = |i: usize| match i % 2 {
            0 => format!("words of {i}"),
            _ => format!("words of {i} \"quoted\"\n[[place]]"),
        };
        for (i, key) in keys.iter().enumerate() {
            let place = SavedPlace {
                offset: i,
                words: words(i),
            };
            store.remember(key, &place).unwrap();
        }
        for (i, key) in keys.iter().enumerate() {
            let got = store
                .recall(key)
                .unwrap_or_else(|| panic!("{key} not recalled"));
            assert_eq!(got.offset, i, "{key}");
            assert_eq!(got.words, words(i), "{key}");
        }
        // The plain entries are read from their own table alone.
        let text = std::fs::read_to_string(store.path()).unwrap();
        for key in keys.iter().step_by(2) {
            let table = entry_table(&text, key).unwrap();
            assert_eq!(table.matches("[[place]]").count(), 1, "{table}");
            assert!(toml::from_str::<PlacesFile>(table).is_ok(), "{table}");
        }
        assert_eq!(store.recall("/a/0"), None);
        assert_eq!(store.recall("/a/"), None);
    }
}
