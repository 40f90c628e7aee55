//! The article's links: the list the reader shows, the link on the cursor's line, and which links may be handed to the system's opener.

use crate::action::Action;
use crate::state::State;

/// The links list: whether it is open and which link is selected.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinksView {
    pub open: bool,
    pub selected: usize,
}

/// Only these schemes are handed to the opener: an article is other people's text, and a
/// `file:` or custom-scheme link could start anything.
const OPENABLE: &[&str] = &["http://", "https://", "mailto:"];

/// Whether `url` may be opened.
pub fn openable(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    OPENABLE.iter().any(|scheme| lower.starts_with(scheme))
        && !url.chars().any(|c| c.is_control() || c.is_whitespace())
}

/// The program that opens links: the first of `$BROWSER` (a `:`-separated list), else
/// the desktop's opener.
pub fn opener(browser: Option<&str>) -> String {
    browser
        .and_then(|b| b.split(':').map(str::trim).find(|p| !p.is_empty()))
        .map(str::to_string)
        .unwrap_or_else(|| {
            if cfg!(target_os = "macos") {
                "open".into()
            } else {
                "xdg-open".into()
            }
        })
}

impl State {
    /// The links on the cursor's line, by index.
    pub fn links_on_cursor_line(&self) -> Vec<usize> {
        let Some(range) = self.cursor_range() else {
            return Vec::new();
        };
        let links = &self.doc.article.links;
        let first = links.partition_point(|l| l.range.end <= range.start);
        (first..links.len())
            .take_while(|&i| links[i].range.start < range.end.max(range.start + 1))
            .collect()
    }

    /// `o`: the link on the cursor's line is opened; with several, or none, the list opens.
    pub(crate) fn open_link_here(&mut self) {
        let here = self.links_on_cursor_line();
        match here.as_slice() {
            [only] => self.request_open(*only),
            [first, ..] => {
                self.links = LinksView {
                    open: true,
                    selected: *first,
                }
            }
            [] => self.toggle_links(),
        }
    }

    pub(crate) fn toggle_links(&mut self) {
        if self.doc.article.links.is_empty() {
            self.message = Some("this article has no links".into());
            return;
        }
        let selected = self.links_on_cursor_line().first().copied().unwrap_or(0);
        self.links = LinksView {
            open: !self.links.open,
            selected,
        };
    }

    /// Asks the interactive loop to open link `index` (opening is I/O, done there).
    fn request_open(&mut self, index: usize) {
        let Some(link) = self.doc.article.links.get(index) else {
            return;
        };
        if openable(&link.url) {
            self.open_request = Some(link.url.clone());
            self.message = Some(format!("opening link {}: {}", index + 1, link.url));
        } else {
            self.message = Some(format!(
                "link {} not opened: only http, https and mailto links are ({})",
                index + 1,
                link.url
            ));
        }
    }

    /// Keys while the links list is open.
    pub(crate) fn links_update(&mut self, action: Action) {
        let count = self.doc.article.links.len();
        let last = count.saturating_sub(1);
        if let Some(moved) = action.move_in_list(self.links.selected, last) {
            self.links.selected = moved;
            return;
        }
        match action {
            Action::Activate | Action::OpenLink => {
                let index = self.links.selected;
                self.links.open = false;
                self.request_open(index);
            }
            Action::Quit | Action::ToggleLinks => self.links.open = false,
            Action::ForceQuit => self.should_quit = true,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_and_mail_links_open() {
        assert!(openable("https://example.org/a?b=c"));
        assert!(openable("HTTP://EXAMPLE.ORG"));
        assert!(openable("mailto:desk@example.org"));
        assert!(!openable("file:///etc/passwd"));
        assert!(!openable("javascript:alert(1)"));
        assert!(!openable("https://example.org/\u{1b}]0;x"));
        assert!(!openable("https://example.org/a b"));
    }

    fn reader(markdown: &str) -> State {
        let article = crate::article::Article::from_text_as(
            "a.md",
            markdown,
            crate::article::Format::Markdown,
        )
        .unwrap();
        let doc = crate::document::Document::new(article, Vec::new());
        let mut state = State::new(doc, crate::config::Config::default());
        crate::state::update(
            &mut state,
            Action::Resize {
                width: 100,
                height: 20,
            },
        );
        state
    }

    #[test]
    fn o_opens_the_one_link_on_the_line_or_lists_several() {
        use crate::state::update;
        let mut state = reader(
            "See [one](https://one.example).\n\nThen [two](https://two.example) and [three](file:///etc/passwd).\n",
        );
        update(&mut state, Action::OpenLink);
        assert_eq!(state.open_request.as_deref(), Some("https://one.example"));
        assert_eq!(
            state.message.as_deref(),
            Some("opening link 1: https://one.example")
        );
        update(
            &mut state,
            Action::LinkOpened {
                url: "https://one.example".into(),
                error: None,
            },
        );
        assert_eq!(state.open_request, None);
        // The next paragraph has two: the list opens on the first of them.
        update(&mut state, Action::LineDown);
        assert_eq!(state.links_on_cursor_line(), [1, 2]);
        update(&mut state, Action::OpenLink);
        assert_eq!(
            state.links,
            LinksView {
                open: true,
                selected: 1
            }
        );
        update(&mut state, Action::LineDown);
        update(&mut state, Action::LineDown);
        assert_eq!(state.links.selected, 2, "stops at the last");
        update(&mut state, Action::Activate);
        assert!(!state.links.open);
        assert_eq!(state.open_request, None, "a file: link is never opened");
        assert!(state.message.as_deref().unwrap().contains("not opened"));
        // L opens and q closes the list; the reader's keys are back.
        update(&mut state, Action::ToggleLinks);
        assert!(state.links.open);
        update(&mut state, Action::Quit);
        assert!(!state.links.open && !state.should_quit);
    }

    #[test]
    fn an_article_without_links_says_so() {
        let mut state = reader("No links here.");
        crate::state::update(&mut state, Action::OpenLink);
        assert!(!state.links.open);
        assert_eq!(state.message.as_deref(), Some("this article has no links"));
    }

    #[test]
    fn the_opener_is_the_first_browser_named() {
        assert_eq!(opener(Some("w3m:firefox")), "w3m");
        assert_eq!(opener(Some(" :firefox")), "firefox");
        let desktop = opener(None);
        assert!(desktop == "xdg-open" || desktop == "open");
    }
}
