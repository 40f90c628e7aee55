//! Tests of the page's own fact-checks in the reader: shown marked after the file's claims, saved into the claims file as one undoable edit (merged, never twice), and not editable before they are saved.

use crate::article::Article;
use crate::claims::{ClaimEntry, QuoteSelector};
use crate::document::Document;
use crate::reader::action::Action;
use crate::reader::effect::Effect;
use crate::reader::model::editing::Target;
use crate::reader::state::{Focus, State};
use crate::reader::update::update;

const TEXT: &str = "# Bridges\n\nThe mayor said the river was cleaner than ever.\n\n\
    Critics said the budget had doubled since last year.\n\n\
    A resident said nothing had changed at all.\n";

fn claim(id: &str, who: &str, quote: &str) -> ClaimEntry {
    ClaimEntry {
        id: id.into(),
        claimant: who.into(),
        summary: quote.into(),
        selector: QuoteSelector {
            exact: quote.into(),
            ..QuoteSelector::default()
        },
        ..ClaimEntry::default()
    }
}

/// A reader on TEXT with `file` in its claims file and `page` as the page's fact-checks,
/// laid out at 120×40 and editable.
fn reader(file: Vec<ClaimEntry>, page: Vec<ClaimEntry>) -> State {
    let article = Article::from_text("bridges.md", TEXT).unwrap();
    let mut doc = Document::new(article, file);
    doc.offer_page_claims(page);
    let mut state = State::at_120x40(doc);
    update(
        &mut state,
        Action::EditTarget(Target::File {
            name: "bridges.claims.toml".into(),
            exists: true,
        }),
    );
    state
}

fn mine() -> ClaimEntry {
    let mut mine = claim(
        "budget",
        "A Critic",
        "the budget had doubled since last year",
    );
    mine.note = Some("my own note".into());
    mine
}

fn page() -> Vec<ClaimEntry> {
    let mut river = claim("river", "The Mayor", "the river was cleaner than ever");
    river.verdict = Some("False".into());
    vec![
        river,
        // The file already has this one (other case).
        claim(
            "budget",
            "Critics",
            "The budget had doubled since last year",
        ),
    ]
}

/// The sidebar's and status bar's text, as drawn at 120×40.
fn screen(state: &State) -> String {
    let backend = ratatui::backend::TestBackend::new(120, 40);
    let mut terminal = ratatui::Terminal::new(backend).unwrap();
    let frame = terminal
        .draw(|frame| crate::ui::draw(frame, state))
        .unwrap();
    let buffer = frame.buffer;
    let width = buffer.area.width as usize;
    buffer
        .content
        .chunks(width)
        .map(|row| row.iter().map(|c| c.symbol()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_pages_claims_are_shown_marked_and_not_in_the_files_entries() {
    let mut doc = Document::new(
        Article::from_text("bridges.md", TEXT).unwrap(),
        vec![mine()],
    );
    let plan = crate::interchange::page::plan(&doc.entries(), &[], &page(), &doc.article.body);
    assert_eq!(plan.already, 1, "the file has the budget claim");
    doc.add_page_claims(plan.new);
    assert_eq!(doc.claims.len(), 2);
    assert_eq!(doc.page_claims(), 1);
    assert_eq!(doc.entries(), vec![mine()], "the file's entries alone");
    // Placed where its words are: first in reading order.
    assert!(doc.claims[0].from_page);
    assert!(doc.claims[0].start().is_some());
    let state = reader(vec![mine()], doc.page_entries());
    let drawn = screen(&state);
    assert!(drawn.contains(" 1◇The Mayor"), "{drawn}");
    assert!(drawn.contains(" 2 A Critic"), "{drawn}");
    assert!(
        drawn.contains("◇ 1 fact-check from the page (I saves)"),
        "{drawn}"
    );
}

#[test]
fn the_open_page_claim_says_where_it_comes_from() {
    let mut state = reader(vec![mine()], vec![page().remove(0)]);
    update(&mut state, Action::NextClaim);
    assert_eq!(state.selected, Some(0));
    let drawn = screen(&state);
    assert!(
        drawn.contains("◇ from the page's own fact-checks, not in"),
        "{drawn}"
    );
    assert!(drawn.contains("claim 1◇ of 2"), "{drawn}");
}

#[test]
fn saving_merges_them_as_one_edit_and_a_second_press_adds_nothing() {
    let mut state = reader(vec![mine()], vec![page().remove(0)]);
    let effects = update(&mut state, Action::SavePageClaims);
    let [Effect::Edited { changes, .. }] = effects.as_slice() else {
        panic!("one edit: {effects:?}");
    };
    assert_eq!(changes.len(), 1);
    assert_eq!(state.doc.page_claims(), 0);
    let entries = state.doc.entries();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0].selector.exact, "the river was cleaner than ever");
    assert_eq!(entries[1], mine(), "the user's own claim untouched");
    assert!(
        state
            .message
            .as_deref()
            .unwrap()
            .starts_with("saved 1 fact-check from the page"),
        "{:?}",
        state.message
    );
    // Nothing is shown twice, and a second press saves nothing, saying why.
    assert_eq!(state.doc.claims.len(), 2);
    assert!(update(&mut state, Action::SavePageClaims).is_empty());
    assert_eq!(state.doc.entries().len(), 2);
    assert_eq!(
        state.message.as_deref(),
        Some("the claims file already has the page's 1 fact-check")
    );
    // Undo takes the saved claim out of the file again, and the page shows it again,
    // marked as its own; redo saves it again; a second save after the undo works.
    update(&mut state, Action::Undo);
    assert_eq!(state.doc.entries(), vec![mine()]);
    assert_eq!(state.doc.page_claims(), 1);
    assert_eq!(state.doc.claims.len(), 2);
    assert!(
        screen(&state).contains(" 1◇The Mayor"),
        "{}",
        screen(&state)
    );
    update(&mut state, Action::Redo);
    assert_eq!(state.doc.entries().len(), 2);
    assert_eq!(state.doc.page_claims(), 0);
    update(&mut state, Action::Undo);
    assert_eq!(state.doc.page_claims(), 1);
    assert!(!update(&mut state, Action::SavePageClaims).is_empty());
    assert_eq!(state.doc.entries().len(), 2);
    assert_eq!(state.doc.page_claims(), 0);
}

#[test]
fn a_page_claim_cannot_be_edited_before_it_is_saved_and_edits_of_the_file_pass_it_by() {
    let mut state = reader(vec![mine()], vec![page().remove(0)]);
    update(&mut state, Action::NextClaim);
    update(&mut state, Action::ToggleFocus);
    assert_eq!(state.focus, Focus::Sidebar);
    assert_eq!(state.selected, Some(0));
    for key in [Action::EditEntry, Action::DeleteEntry, Action::Accept] {
        assert!(update(&mut state, key.clone()).is_empty(), "{key:?}");
        assert!(
            state.message.as_deref().unwrap().contains("I saves"),
            "{:?}",
            state.message
        );
        assert_eq!(state.overlay, crate::reader::model::overlay::Overlay::None);
    }
    // Deleting the file's claim (after the question) leaves the page's claim shown.
    update(&mut state, Action::NextClaim);
    assert_eq!(state.selected, Some(1));
    update(&mut state, Action::DeleteEntry);
    let effects = update(&mut state, Action::Confirm(true));
    assert!(matches!(effects.as_slice(), [Effect::Edited { .. }]));
    assert!(state.doc.entries().is_empty());
    assert_eq!(state.doc.page_claims(), 1);
}

#[test]
fn without_page_claims_the_key_says_so() {
    let mut state = reader(vec![mine()], Vec::new());
    assert!(update(&mut state, Action::SavePageClaims).is_empty());
    assert!(
        state.message.as_deref().unwrap().contains("no fact-checks"),
        "{:?}",
        state.message
    );
}
