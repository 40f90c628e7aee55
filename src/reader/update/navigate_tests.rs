//! Tests of the reading position: paging, and the article following the sidebar.

use crate::config::Config;
use crate::reader::action::Action;
use crate::reader::state::State;
use crate::reader::update::update;
use proptest::prelude::*;

fn sized(width: u16, height: u16) -> State {
    let doc = crate::document::source::load(None, None).unwrap().doc;
    let mut state = State::new(doc, Config::default());
    update(&mut state, Action::Resize { width, height });
    state
}

/// `Space` then `b` from the top comes back where it started (issue 16, item 3).
#[test]
fn space_then_b_from_the_top_comes_back() {
    for (width, height) in [(140, 42), (120, 40), (100, 20), (80, 24), (60, 20)] {
        let mut state = sized(width, height);
        let start = (state.view.top, state.view.cursor, state.cursor_row());
        update(&mut state, Action::PageDown);
        update(&mut state, Action::PageUp);
        let end = (state.view.top, state.view.cursor, state.cursor_row());
        assert_eq!(end, start, "{width}x{height}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Paging is symmetric, as in less: any number of page-downs (half or whole) then as
    /// many page-ups of the same size return to the start, away from the document's end.
    #[test]
    fn paging_down_then_up_returns_to_the_start(
        width in 40u16..160,
        height in 8u16..50,
        lines in 0usize..200,
        pages in 1usize..5,
        half in any::<bool>(),
    ) {
        let mut state = sized(width, height);
        for _ in 0..lines {
            update(&mut state, Action::LineDown);
        }
        let start = (state.view.top, state.view.cursor);
        let (down, up) = if half {
            (Action::HalfPageDown, Action::HalfPageUp)
        } else {
            (Action::PageDown, Action::PageUp)
        };
        let step = if half { (state.page() / 2).max(1) } else { state.page() } as isize;
        for _ in 0..pages {
            let expected = state.layout.offset(&state.doc.article, state.view.top, step);
            update(&mut state, down.clone());
            // Away from the end: no page-down was stopped by it.
            prop_assume!(state.view.top == expected && expected < state.view.max_top(&state.layout, &state.doc.article));
        }
        for _ in 0..pages {
            update(&mut state, up.clone());
        }
        prop_assert_eq!((state.view.top, state.view.cursor), start);
    }
}
