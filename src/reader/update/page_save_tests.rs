//! Tests of saving a fetched page from the reader: the prompt asking where (its line edited as the search prompt's), a file there replaced only after a yes, the first edit of a page not saved asking the same, and the page read on from its file with its address kept.

use crate::article::Article;
use crate::document::Document;
use crate::keys::prompt::{Edit as LineEdit, PromptKey};
use crate::reader::action::Action;
use crate::reader::effect::Effect;
use crate::reader::model::editing::Target;
use crate::reader::model::overlay::Overlay;
use crate::reader::model::question::OnYes;
use crate::reader::model::save_as::{PageFile, Then};
use crate::reader::state::State;
use crate::reader::update::update;

const URL: &str = "http://127.0.0.1:9/news/the-pier";

/// A reader on a fetched page not saved, `width` columns wide.
fn fetched(width: u16) -> State {
    let article = Article::from_text_as(
        URL,
        "<html><head><title>The pier</title></head><body><article><h1>The pier</h1>\
         <p>The harbour master said the pier was ready for the winter storms.</p>\
         <p>Engineers found two cracked pilings in the spring.</p></article></body></html>",
        crate::article::Format::Html,
    )
    .unwrap();
    let mut state = State::new(
        Document::new(article, Vec::new()),
        crate::config::Config::default(),
    );
    update(&mut state, Action::Resize { width, height: 20 });
    update(
        &mut state,
        Action::EditTarget(Target::UnsavedPage {
            file: "the-pier.html".into(),
            claims: "the-pier.claims.toml".into(),
        }),
    );
    update(
        &mut state,
        Action::PageFile(Some(PageFile {
            url: URL.into(),
            file: None,
            suggested: "the-pier.html".into(),
        })),
    );
    state
}

fn typed(state: &mut State, keys: &[PromptKey]) -> Vec<Effect> {
    keys.iter()
        .flat_map(|key| update(state, Action::Prompt(key.clone())))
        .collect()
}

/// The status bar's row, as drawn.
fn status_row(state: &State) -> String {
    let area = state.screen.area;
    let backend = ratatui::backend::TestBackend::new(area.width, area.height);
    let mut terminal = ratatui::Terminal::new(backend).unwrap();
    let frame = terminal
        .draw(|frame| crate::ui::draw(frame, state))
        .unwrap();
    let buffer = frame.buffer;
    let width = buffer.area.width as usize;
    let cells = &buffer.content[buffer.content.len() - width..];
    cells.iter().map(|c| c.symbol()).collect()
}

#[test]
fn the_save_key_asks_where_with_the_name_offered_and_enter_saves_as_typed() {
    let mut state = fetched(120);
    assert!(update(&mut state, Action::SavePage).is_empty());
    let Overlay::SaveAs(prompt) = &state.overlay else {
        panic!("the prompt opens: {:?}", state.overlay);
    };
    assert_eq!(prompt.line.text, "the-pier.html");
    let row = status_row(&state);
    assert!(row.contains(" save the page as: the-pier.html"), "{row}");
    assert!(row.contains("Enter saves · Esc cancels"), "{row}");
    // The line is edited as the search prompt's: Ctrl-w takes the word before the cursor.
    let mut keys = vec![PromptKey::Edit(LineEdit::KillToStart)];
    keys.extend("kept/pier notes".chars().map(PromptKey::Char));
    keys.push(PromptKey::Edit(LineEdit::KillWord));
    keys.extend("log".chars().map(PromptKey::Char));
    keys.push(PromptKey::Submit);
    let effects = typed(&mut state, &keys);
    assert_eq!(
        effects,
        vec![Effect::SavePage {
            file: "kept/pier log.html".into(),
            replace: false,
            then: Then::Keep,
        }]
    );
    assert_eq!(state.overlay, Overlay::None);
}

#[test]
fn an_empty_name_is_refused_in_the_prompt_and_esc_saves_nothing() {
    let mut state = fetched(60);
    update(&mut state, Action::SavePage);
    let effects = typed(
        &mut state,
        &[PromptKey::Edit(LineEdit::KillToStart), PromptKey::Submit],
    );
    assert!(effects.is_empty());
    let row = status_row(&state);
    assert!(row.contains("give the file a name"), "{row}");
    assert!(typed(&mut state, &[PromptKey::Cancel]).is_empty());
    assert_eq!(state.overlay, Overlay::None);
    assert_eq!(state.message.as_deref(), Some("the page was not saved"));
}

#[test]
fn a_long_name_in_a_narrow_status_bar_keeps_the_cursor_in_view_and_never_overflows() {
    let mut state = fetched(40);
    update(&mut state, Action::SavePage);
    let long: String = "a-very-long-folder-name/".repeat(4);
    let keys: Vec<PromptKey> = long.chars().map(PromptKey::Char).collect();
    typed(&mut state, &keys);
    let row = status_row(&state);
    assert_eq!(crate::layout::display_width(&row), 40, "{row}");
    assert!(
        row.contains("folder-name/█"),
        "the cursor's end in view: {row}"
    );
    assert!(row.starts_with(" save the pag…"), "{row}");
}

#[test]
fn a_file_that_is_there_is_replaced_only_after_a_yes() {
    let mut state = fetched(120);
    update(
        &mut state,
        Action::PageFileTaken {
            file: "the-pier.html".into(),
            then: Then::Keep,
        },
    );
    let Overlay::Question(question) = &state.overlay else {
        panic!("a question: {:?}", state.overlay);
    };
    assert!(question.text.contains("the-pier.html is already there"));
    assert_eq!(
        question.on_yes,
        OnYes::SavePage {
            file: "the-pier.html".into(),
            then: Then::Keep
        }
    );
    assert!(update(&mut state, Action::Confirm(false)).is_empty());
    update(
        &mut state,
        Action::PageFileTaken {
            file: "the-pier.html".into(),
            then: Then::Keep,
        },
    );
    assert_eq!(
        update(&mut state, Action::Confirm(true)),
        vec![Effect::SavePage {
            file: "the-pier.html".into(),
            replace: true,
            then: Then::Keep,
        }]
    );
}

#[test]
fn the_first_edit_of_a_page_not_saved_asks_where_and_after_saving_the_address_stays() {
    let mut state = fetched(120);
    update(&mut state, Action::DraftClaims);
    let Overlay::SaveAs(prompt) = &state.overlay else {
        panic!("the prompt opens: {:?}", state.overlay);
    };
    assert_eq!(prompt.then, Then::Edit);
    let effects = typed(&mut state, &[PromptKey::Submit]);
    assert!(matches!(
        effects.as_slice(),
        [Effect::SavePage {
            then: Then::Edit,
            ..
        }]
    ));
    // The loop saved it and read it again from the file.
    let doc = state.doc.clone();
    update(
        &mut state,
        Action::PageSaved {
            doc: Box::new(doc),
            target: Target::File {
                name: "the-pier.claims.toml".into(),
                exists: true,
            },
            file: "the-pier.html".into(),
            then: Then::Edit,
        },
    );
    let page = state.page.clone().unwrap();
    assert_eq!(page.url, URL);
    assert_eq!(page.file.as_deref(), Some("the-pier.html"));
    assert!(
        state
            .message
            .as_deref()
            .unwrap()
            .starts_with("press the key again to edit"),
        "{:?}",
        state.message
    );
    // Now the key saves again where it is kept.
    update(&mut state, Action::SavePage);
    let Overlay::SaveAs(prompt) = &state.overlay else {
        panic!("the prompt opens: {:?}", state.overlay);
    };
    assert_eq!(prompt.line.text, "the-pier.html");
}

#[test]
fn an_article_not_fetched_has_no_page_to_save() {
    let mut state = State::sample_at_120x40();
    update(&mut state, Action::SavePage);
    assert_eq!(state.overlay, Overlay::None);
    assert!(
        state
            .message
            .as_deref()
            .unwrap()
            .contains("only a page opened from an address"),
        "{:?}",
        state.message
    );
}

/// The article pane's rows, as drawn.
fn rows(state: &State) -> Vec<String> {
    let area = state.screen.area;
    let backend = ratatui::backend::TestBackend::new(area.width, area.height);
    let mut terminal = ratatui::Terminal::new(backend).unwrap();
    let frame = terminal
        .draw(|frame| crate::ui::draw(frame, state))
        .unwrap();
    let buffer = frame.buffer;
    let width = buffer.area.width as usize;
    buffer
        .content
        .chunks(width)
        .map(|row| row.iter().map(|c| c.symbol()).collect())
        .collect()
}

#[test]
fn the_header_shows_the_address_shortened_to_fit_and_never_wider() {
    let state = fetched(120);
    let drawn = rows(&state);
    assert!(
        drawn
            .iter()
            .any(|r| r.contains("127.0.0.1:9/news/the-pier")),
        "{drawn:#?}"
    );
    // Narrow: the sidebar goes under the text, and the address is cut in its middle.
    let mut state = fetched(30);
    update(
        &mut state,
        Action::Resize {
            width: 30,
            height: 20,
        },
    );
    let drawn = rows(&state);
    let line = drawn
        .iter()
        .find(|r| r.contains("127.0.0.1:9/…/"))
        .unwrap_or_else(|| panic!("{drawn:#?}"));
    assert!(line.contains("the-pier"), "{line}");
    assert!(drawn.iter().all(|r| crate::layout::display_width(r) == 30));
    // An article read from a file shows no address.
    let sample = State::sample_at_120x40();
    assert!(!rows(&sample).iter().any(|r| r.contains("://")));
}

#[test]
fn r_fetches_off_the_loop_says_how_far_and_esc_or_ctrl_c_cancels_keeping_the_text() {
    let mut state = fetched(120);
    let body = state.doc.article.body.clone();
    assert_eq!(update(&mut state, Action::Reload), vec![Effect::Refetch]);
    assert!(
        status_row(&state).contains("fetching the page again… (Esc cancels)"),
        "{}",
        status_row(&state)
    );
    // The keys still work while it comes, and the status bar follows the bytes.
    update(&mut state, Action::ToggleSidebar);
    assert!(!state.sidebar_visible);
    update(
        &mut state,
        Action::FetchProgress {
            bytes: 1_234_567,
            total: Some(3_400_000),
        },
    );
    let row = status_row(&state);
    assert!(
        row.contains("fetching the page again… 1.2 MB of 3.4 MB (Esc cancels)"),
        "{row}"
    );
    assert!(update(&mut state, Action::Reload).is_empty());
    assert!(
        state
            .message
            .as_deref()
            .unwrap()
            .contains("already fetching")
    );
    // Esc cancels; what the fetch would have said after is nothing.
    assert_eq!(update(&mut state, Action::Back), vec![Effect::CancelFetch]);
    assert_eq!(state.fetching, None);
    assert!(
        state
            .message
            .as_deref()
            .unwrap()
            .starts_with("stopped fetching")
    );
    update(
        &mut state,
        Action::FetchDone {
            error: Some("late".into()),
        },
    );
    assert!(!state.message.as_deref().unwrap_or("").contains("late"));
    // Ctrl-c cancels a fetch under way first, then quits.
    update(&mut state, Action::Reload);
    assert_eq!(
        update(&mut state, Action::ForceQuit),
        vec![Effect::CancelFetch]
    );
    assert_eq!(update(&mut state, Action::ForceQuit), vec![Effect::Quit]);
    assert_eq!(state.doc.article.body, body, "the text stays");
}

#[test]
fn a_failed_fetch_says_why_and_the_text_stays() {
    let mut state = fetched(120);
    let body = state.doc.article.body.clone();
    update(&mut state, Action::Reload);
    update(
        &mut state,
        Action::FetchDone {
            error: Some("HTTP 404 Not Found".into()),
        },
    );
    assert_eq!(state.fetching, None);
    assert_eq!(
        state.message.as_deref(),
        Some("not fetched again (HTTP 404 Not Found): the text shown stays")
    );
    assert_eq!(state.doc.article.body, body);
    // A file's article is read again at once, as before.
    let mut sample = State::sample_at_120x40();
    assert_eq!(update(&mut sample, Action::Reload), vec![Effect::Reload]);
}
