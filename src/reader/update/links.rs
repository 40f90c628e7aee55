//! The glue that applies the links feature's actions to the reader's state.

use crate::reader::action::Action;
use crate::reader::effect::Effect;
use crate::reader::model::links::*;
use crate::reader::model::list::{List, ListKey};
use crate::reader::model::overlay::Overlay;
use crate::reader::state::State;

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
    /// With the sidebar focused, the selected response's source, if it is an address.
    /// Returns the opening, for the loop to do.
    pub(crate) fn open_link_here(&mut self) -> Option<Effect> {
        if self.focus == crate::reader::state::Focus::Sidebar
            && let (Some(claim), Some(response)) = (self.selected, self.selected_response)
        {
            let entry = &self.doc.claims[claim].responses[response].entry;
            match entry
                .source
                .as_deref()
                .map(str::trim)
                .filter(|s| openable(s))
            {
                Some(url) => {
                    self.message = Some(format!("opening {}'s source: {url}", entry.expert));
                    return Some(Effect::OpenLink(url.to_string()));
                }
                None => self.message = Some(format!("{}'s source is not an address", entry.expert)),
            }
            return None;
        }
        let here = self.links_on_cursor_line();
        match here.as_slice() {
            [only] => {
                let url = self.doc.article.links[*only].url.clone();
                return self.request_open(*only, url);
            }
            [first, ..] => self.open_links_list(*first),
            [] => self.toggle_links(),
        }
        None
    }

    pub(crate) fn toggle_links(&mut self) {
        if let Overlay::Links(_) = self.overlay {
            self.overlay = Overlay::None;
            return;
        }
        let selected = self.links_on_cursor_line().first().copied().unwrap_or(0);
        self.open_links_list(selected);
    }

    /// Opens the list of every link, row `selected` chosen.
    fn open_links_list(&mut self, selected: usize) {
        let items = link_items(&self.doc);
        if items.is_empty() {
            self.message = Some("this article and its claims have no links".into());
            return;
        }
        self.overlay = Overlay::Links(List::new(items, selected));
    }

    /// The opening of link `index` at `url`, for the interactive loop to do (it is I/O),
    /// if the link may be opened; the message says which.
    fn request_open(&mut self, index: usize, url: String) -> Option<Effect> {
        if openable(&url) {
            self.message = Some(format!("opening link {}: {url}", index + 1));
            Some(Effect::OpenLink(url))
        } else {
            self.message = Some(format!(
                "link {} not opened: only http, https and mailto links are ({url})",
                index + 1,
            ));
            None
        }
    }

    /// Keys while the links list is open: Enter (or `o`) opens the selected link, for
    /// the loop to do; `L` closes the list too.
    pub(crate) fn links_update(&mut self, action: Action) -> Option<Effect> {
        let Overlay::Links(list) = &mut self.overlay else {
            return None;
        };
        let chosen = match list.key(&action) {
            ListKey::Chosen(index) => index,
            ListKey::Other if action == Action::OpenLink => list.selected,
            ListKey::Closed => {
                self.overlay = Overlay::None;
                return None;
            }
            ListKey::Other if action == Action::ToggleLinks => {
                self.overlay = Overlay::None;
                return None;
            }
            ListKey::Quit => return Some(Effect::Quit),
            ListKey::Moved | ListKey::Other => return None,
        };
        let url = list.rows.get(chosen).map(|item| item.url.clone());
        self.overlay = Overlay::None;
        self.request_open(chosen, url?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::action::Action;

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
        crate::reader::update::update(
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
        use crate::reader::update::update;
        let mut state = reader(
            "See [one](https://one.example).\n\nThen [two](https://two.example) and [three](file:///etc/passwd).\n",
        );
        let effects = update(&mut state, Action::OpenLink);
        assert_eq!(effects, [Effect::OpenLink("https://one.example".into())]);
        assert_eq!(
            state.message.as_deref(),
            Some("opening link 1: https://one.example")
        );
        let effects = update(
            &mut state,
            Action::LinkOpened {
                url: "https://one.example".into(),
                error: None,
            },
        );
        assert_eq!(effects, []);
        // The next paragraph has two: the list opens on the first of them.
        update(&mut state, Action::LineDown);
        assert_eq!(state.links_on_cursor_line(), [1, 2]);
        update(&mut state, Action::OpenLink);
        let links = |state: &State| match &state.overlay {
            Overlay::Links(list) => Some(list.clone()),
            _ => None,
        };
        let list = links(&state).expect("the list is open");
        assert_eq!(list.selected, 1);
        assert_eq!(list.rows.len(), 3);
        assert_eq!(list.rows[2].words, "three");
        update(&mut state, Action::LineDown);
        update(&mut state, Action::LineDown);
        assert_eq!(links(&state).unwrap().selected, 2, "stops at the last");
        let effects = update(&mut state, Action::Activate);
        assert!(links(&state).is_none());
        assert_eq!(effects, [], "a file: link is never opened");
        assert!(state.message.as_deref().unwrap().contains("not opened"));
        // L opens and q closes the list; the reader's keys are back.
        update(&mut state, Action::ToggleLinks);
        assert!(links(&state).is_some());
        let effects = update(&mut state, Action::Quit);
        assert!(links(&state).is_none() && !effects.contains(&Effect::Quit));
    }

    #[test]
    fn an_article_without_links_says_so() {
        let mut state = reader("No links here.");
        crate::reader::update::update(&mut state, Action::OpenLink);
        assert_eq!(state.overlay, Overlay::None);
        assert_eq!(
            state.message.as_deref(),
            Some("this article and its claims have no links")
        );
    }

    #[test]
    fn the_list_holds_the_article_address_and_the_claims_addresses_too() {
        let mut doc = crate::document::source::load(None, None).unwrap().doc;
        doc.article.meta.url = Some("https://example.org/story".into());
        doc.claims[0].responses[0].entry.source = Some(" https://example.org/email ".into());
        doc.claims[1].responses[0].entry.source = Some("javascript:alert(1)".into());
        let items = link_items(&doc);
        let words: Vec<&str> = items.iter().map(|i| i.words.as_str()).collect();
        assert_eq!(words, ["this article", "claim 1: Colin P. Clarke's source"]);
        assert_eq!(items[1].url, "https://example.org/email");
        // In the sidebar, o opens the selected response's source.
        let mut state = State::new(doc, crate::config::Config::default());
        crate::reader::update::update(
            &mut state,
            Action::Resize {
                width: 120,
                height: 40,
            },
        );
        let mut effects = Vec::new();
        for action in [Action::ToggleFocus, Action::LineDown, Action::OpenLink] {
            effects = crate::reader::update::update(&mut state, action);
        }
        assert_eq!(
            effects,
            [Effect::OpenLink("https://example.org/email".into())]
        );
    }

    #[test]
    fn a_source_s_number_is_its_row_in_the_list() {
        let mut doc = crate::document::source::load(None, None).unwrap().doc;
        doc.article.meta.url = Some("https://example.org/story".into());
        let sources = [
            (0, 0, "https://example.org/a"),
            (0, 1, "told us by email"),
            (2, 0, "https://example.org/b"),
            (4, 0, "mailto:x@example.org"),
            (5, 0, "javascript:alert(1)"),
        ];
        let mut openable_set = 0;
        for (claim, response, source) in sources {
            if let Some(r) = doc.claims[claim].responses.get_mut(response) {
                r.entry.source = Some(source.into());
                openable_set += usize::from(openable(source));
            }
        }
        assert!(openable_set >= 2);
        doc.claims[1].entry.appearances = vec!["https://example.org/said".into()];
        let items = link_items(&doc);
        let mut numbered = 0;
        for (c, claim) in doc.claims.iter().enumerate() {
            for r in 0..claim.responses.len() {
                if let Some(n) = source_link_number(&doc, c, r) {
                    let source = claim.responses[r].entry.source.as_deref().unwrap();
                    assert_eq!(items[n - 1].url, source.trim(), "claim {c} response {r}");
                    numbered += 1;
                }
            }
        }
        assert_eq!(
            numbered, openable_set,
            "the web and mail sources, not the others"
        );
    }

    #[test]
    fn the_opener_is_the_first_browser_named() {
        assert_eq!(opener(Some("w3m:firefox")), "w3m");
        assert_eq!(opener(Some(" :firefox")), "firefox");
        let desktop = opener(None);
        assert!(desktop == "xdg-open" || desktop == "open");
    }
}
