//! Tests of the reader's `D`: the draft asked of the loop, merged as one edit when it comes back (reviewed entries untouched, rejected quotes left out), undone whole, and refused where edits cannot be made.

use crate::claims::ClaimEntry;
use crate::document::Document;
use crate::reader::action::Action;
use crate::reader::effect::Effect;
use crate::reader::model::editing::Target;
use crate::reader::model::overlay::Overlay;
use crate::reader::state::State;
use crate::reader::update::update;

/// The sample, as if it were a writable file; with `entries` in place of its claims
/// and `rejected` as its rejected list, when given.
fn editable(entries: Option<Vec<ClaimEntry>>, rejected: &[&str]) -> State {
    let mut state = State::sample_at_120x40();
    if let Some(entries) = entries {
        let mut doc = Document::new(state.doc.article.clone(), entries);
        doc.rejected = rejected.iter().map(|q| q.to_string()).collect();
        state.replace_document(doc, Vec::new());
    }
    update(
        &mut state,
        Action::EditTarget(Target::File {
            name: "a.claims.toml".into(),
            exists: true,
        }),
    );
    state
}

/// Presses `D` and carries out the draft as the loop would; returns the effects of its
/// result.
fn draft(state: &mut State) -> Vec<Effect> {
    let effects = update(state, Action::DraftClaims);
    let [Effect::Draft(job)] = effects.as_slice() else {
        panic!("D asks the loop to draft: {effects:?}");
    };
    assert!(state.editing.drafting);
    let done = (**job).clone().run();
    update(state, Action::Drafted(Ok(Box::new(done))))
}

fn message(state: &State) -> String {
    state.message.clone().unwrap_or_default()
}

#[test]
fn d_on_an_article_without_claims_adds_every_draft_as_one_edit_and_undo_takes_it_back() {
    let mut state = editable(Some(Vec::new()), &[]);
    let effects = draft(&mut state);
    assert!(!state.editing.drafting);
    let [
        Effect::Edited {
            changes,
            undo: false,
            ..
        },
    ] = effects.as_slice()
    else {
        panic!("one edit: {effects:?}");
    };
    assert!(changes.len() >= 9, "{changes:?}");
    assert!(state.doc.claims.len() >= 9);
    let drafts = state.doc.drafts_to_review();
    assert!(
        message(&state).starts_with(&format!("drafted from the text: {drafts} added")),
        "{}",
        message(&state)
    );
    assert!(message(&state).contains(&format!("{drafts} drafts to review")));
    assert_eq!(state.editing.history.changes(), 1, "one edit");
    let undone = update(&mut state, Action::Undo);
    assert!(matches!(
        undone.as_slice(),
        [Effect::Edited { undo: true, .. }]
    ));
    assert!(
        state.doc.claims.is_empty(),
        "undo takes the whole draft back"
    );
}

#[test]
fn d_merges_into_reviewed_claims_without_touching_them_and_again_adds_nothing() {
    let mut state = editable(None, &[]);
    let before = state.doc.entries();
    assert!(before.iter().all(|c| c.draft.is_none()));
    let effects = draft(&mut state);
    let after = state.doc.entries();
    // Every reviewed claim and response is still there, as it was.
    for (old, new) in before.iter().zip(&after) {
        assert_eq!(
            ClaimEntry {
                responses: Vec::new(),
                ..old.clone()
            },
            ClaimEntry {
                responses: Vec::new(),
                ..new.clone()
            }
        );
        assert_eq!(old.responses[..], new.responses[..old.responses.len()]);
        assert!(
            new.responses[old.responses.len()..]
                .iter()
                .all(|r| r.draft.is_some())
        );
    }
    assert_eq!(
        after.len(),
        before.len() + after.iter().filter(|c| c.draft.is_some()).count()
    );
    let said = message(&state);
    assert!(said.contains("already reviewed"), "{said}");
    if effects.is_empty() {
        assert!(said.starts_with("drafted again: nothing new"), "{said}");
    } else {
        update(&mut state, Action::Undo);
        assert_eq!(state.doc.entries(), before, "undo brings the file back");
        draft(&mut state);
    }
    // Drafting again finds nothing new to add.
    let again = draft(&mut state);
    assert!(again.is_empty(), "{again:?}");
    assert!(
        message(&state).starts_with("drafted again: nothing new"),
        "{}",
        message(&state)
    );
}

#[test]
fn d_leaves_rejected_quotes_out() {
    let mut state = editable(Some(Vec::new()), &[]);
    draft(&mut state);
    let all = state.doc.entries();
    let rejected = all[1].selector.exact.clone();
    let mut state = editable(Some(Vec::new()), &[rejected.as_str()]);
    draft(&mut state);
    let some = state.doc.entries();
    assert_eq!(some.len(), all.len() - 1);
    assert!(some.iter().all(|c| c.selector.exact != rejected));
    assert!(
        message(&state).contains(&format!(
            "{} left out as rejected",
            1 + all[1].responses.len()
        )),
        "{}",
        message(&state)
    );
    assert_eq!(
        state.doc.rejected,
        [rejected],
        "the list itself is not changed"
    );
}

#[test]
fn d_asks_may_edit_first() {
    let mut state = State::sample_at_120x40();
    update(&mut state, Action::EditTarget(Target::Sample));
    assert!(update(&mut state, Action::DraftClaims).is_empty());
    assert!(
        matches!(state.overlay, Overlay::Question(_)),
        "the sample offers a copy"
    );
    assert!(!state.editing.drafting);
    let mut state = State::sample_at_120x40();
    update(
        &mut state,
        Action::EditTarget(Target::ReadOnly {
            name: "a.claims.toml".into(),
            why: "the file is read-only".into(),
        }),
    );
    assert!(update(&mut state, Action::DraftClaims).is_empty());
    assert!(
        message(&state).contains("cannot be written"),
        "{}",
        message(&state)
    );
}

#[test]
fn a_draft_that_comes_back_over_a_window_or_a_changed_file_is_handled() {
    let mut state = editable(Some(Vec::new()), &[]);
    let effects = update(&mut state, Action::DraftClaims);
    let [Effect::Draft(job)] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    let done = (**job).clone().run();
    assert!(update(&mut state, Action::DraftClaims).is_empty());
    assert!(message(&state).starts_with("already drafting"));
    // Over the help, nothing is made; D drafts again.
    update(&mut state, Action::ToggleHelp);
    assert!(update(&mut state, Action::Drafted(Ok(Box::new(done.clone())))).is_empty());
    assert!(message(&state).contains("drafts again"));
    assert!(state.doc.claims.is_empty());
    update(&mut state, Action::ToggleHelp);
    // The claims changed while drafting: the plan is made again on them.
    let mut claim = done.drafted[0].clone();
    claim.draft = None;
    let edit = crate::claims::change::Edit::one(
        crate::claims::change::Change::AddClaim {
            at: 0,
            entry: claim.clone(),
        },
        "new claim",
    );
    state.make_edit(edit);
    let effects = update(&mut state, Action::Drafted(Ok(Box::new(done.clone()))));
    assert_eq!(effects.len(), 1);
    let entries = state.doc.entries();
    assert_eq!(
        entries.len(),
        done.drafted.len(),
        "the reviewed claim is not doubled"
    );
    assert!(entries.contains(&claim));
    // A draft that stopped says why.
    assert!(update(&mut state, Action::Drafted(Err("it broke".into()))).is_empty());
    assert_eq!(message(&state), "could not draft: it broke");
}

/// The status bar's last row, as drawn.
fn status_row(state: &State) -> String {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
    let frame = terminal
        .draw(|frame| crate::ui::draw(frame, state))
        .unwrap();
    let buffer = frame.buffer;
    let width = buffer.area.width as usize;
    let cells = &buffer.content[buffer.content.len() - width..];
    cells.iter().map(|c| c.symbol()).collect()
}

#[test]
fn the_status_bar_says_how_far_a_draft_has_come_and_the_last_key_still_speaks() {
    let mut state = editable(Some(Vec::new()), &[]);
    let effects = update(&mut state, Action::DraftClaims);
    assert!(matches!(effects.as_slice(), [Effect::Draft(_)]));
    assert!(status_row(&state).contains("drafting claims from the text… 0%"));
    assert!(update(&mut state, Action::DraftProgress(37)).is_empty());
    assert!(status_row(&state).contains("drafting claims from the text… 37%"));
    // A message of the last key stands over it until the next key.
    state.message = Some("copied".into());
    update(&mut state, Action::DraftProgress(52));
    assert_eq!(message(&state), "copied");
    assert_eq!(state.editing.draft_percent, 52);
    // Progress after the draft is done is nothing.
    let job = match effects.into_iter().next() {
        Some(Effect::Draft(job)) => job,
        _ => unreachable!(),
    };
    update(&mut state, Action::Drafted(Ok(Box::new(job.run()))));
    update(&mut state, Action::DraftProgress(90));
    assert!(!status_row(&state).contains("drafting claims"));
}

/// After `D` the sidebar stays on the claim at the reader's place (not the last claim the
/// draft added), and so after `u` takes the draft back.
#[test]
fn d_keeps_the_claim_at_the_reader_s_place() {
    let mut state = editable(Some(Vec::new()), &[]);
    // Somewhere in the middle of the article.
    for _ in 0..12 {
        update(&mut state, Action::LineDown);
    }
    draft(&mut state);
    let count = state.doc.claims.len();
    assert!(count >= 9);
    let line = state.cursor_range().unwrap();
    let here = state.doc.current_claim(state.view.cursor, line.clone());
    assert_eq!(state.selected, here, "the claim at the reader's place");
    assert_ne!(state.selected, Some(count - 1), "not the last drafted");
    update(&mut state, Action::Undo);
    assert_eq!(state.selected, None);
    update(&mut state, Action::Redo);
    assert_eq!(
        state.selected,
        state.doc.current_claim(state.view.cursor, line)
    );
}
