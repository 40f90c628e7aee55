//! Tests of the editing keys' glue: edits made to the document with their effects, undo and redo back to the file as opened, questions before deleting, the draft review's keys, and forms saved as edits.

use crate::claims::Stance;
use crate::claims::change::Change;
use crate::reader::action::Action;
use crate::reader::effect::Effect;
use crate::reader::model::editing::{Saving, Target};
use crate::reader::model::overlay::Overlay;
use crate::reader::state::{Focus, State};
use crate::reader::update::update;

/// The sample, as if it were a writable file.
pub(super) fn editable() -> State {
    let mut state = State::sample_at_120x40();
    update(
        &mut state,
        Action::EditTarget(Target::File {
            name: "a.claims.toml".into(),
            exists: true,
        }),
    );
    state
}

/// The entries the document holds, in file order.
fn entries(state: &State) -> Vec<crate::claims::ClaimEntry> {
    state.doc.entries()
}

/// Selects response `r` of the first claim in the sidebar.
pub(super) fn select_response(state: &mut State, r: usize) {
    update(state, Action::NextClaim);
    update(state, Action::ToggleFocus);
    for _ in 0..=r {
        update(state, Action::LineDown);
    }
    assert_eq!(state.focus, Focus::Sidebar);
    assert_eq!(state.selected_response, Some(r));
}

pub(super) fn edited(effects: &[Effect]) -> Vec<Change> {
    effects
        .iter()
        .flat_map(|e| match e {
            Effect::Edited { changes, .. } => changes.clone(),
            _ => Vec::new(),
        })
        .collect()
}

#[test]
fn the_stance_key_changes_the_response_and_undo_and_redo_take_it_back_and_forth() {
    let mut state = editable();
    let before = entries(&state);
    select_response(&mut state, 0);
    let claim = state.selected.unwrap();
    let was = state.doc.claims[claim].responses[0].entry.stance;
    let effects = update(&mut state, Action::CycleStance);
    assert_eq!(edited(&effects).len(), 1, "{effects:?}");
    let now = state.doc.claims[claim].responses[0].entry.stance;
    assert_ne!(now, was);
    assert_eq!(state.editing.saving, Saving::Unsaved);
    assert!(state.message.as_deref().unwrap().contains("undoes"));

    let effects = update(&mut state, Action::Undo);
    assert!(matches!(
        effects.as_slice(),
        [Effect::Edited { undo: true, .. }]
    ));
    assert_eq!(entries(&state), before, "undo gives the file as opened");
    update(&mut state, Action::Undo);
    assert_eq!(
        state.message.as_deref(),
        Some("nothing to undo: the claims file is as it was opened")
    );
    let effects = update(&mut state, Action::Redo);
    assert!(matches!(
        effects.as_slice(),
        [Effect::Edited { undo: false, .. }]
    ));
    assert_eq!(state.doc.claims[claim].responses[0].entry.stance, now);
}

#[test]
fn deleting_asks_first_naming_what_goes_and_no_leaves_everything() {
    let mut state = editable();
    let before = entries(&state);
    update(&mut state, Action::NextClaim);
    let effects = update(&mut state, Action::DeleteEntry);
    assert!(effects.is_empty());
    let Overlay::Question(question) = &state.overlay else {
        panic!("no question: {:?}", state.overlay);
    };
    assert!(
        question.text.starts_with("Delete claim "),
        "{}",
        question.text
    );
    assert!(question.text.contains("responses?"), "{}", question.text);
    // The short question, for a small window, says what goes with the claim too.
    let responses = state.doc.claims[state.selected.unwrap()].responses.len();
    assert!(
        question
            .short
            .ends_with(&format!(" and its {responses} responses?")),
        "{}",
        question.short
    );
    assert!(
        question.detail.len() > 1,
        "the claim and its responses are listed"
    );
    update(&mut state, Action::Confirm(false));
    assert_eq!(state.overlay, Overlay::None);
    assert_eq!(entries(&state), before);

    update(&mut state, Action::DeleteEntry);
    let effects = update(&mut state, Action::Confirm(true));
    assert_eq!(edited(&effects).len(), 1);
    assert_eq!(entries(&state).len(), before.len() - 1);
    update(&mut state, Action::Undo);
    assert_eq!(entries(&state), before);
}

#[test]
fn a_read_only_file_is_told_up_front_and_nothing_changes() {
    let mut state = State::sample_at_120x40();
    update(
        &mut state,
        Action::EditTarget(Target::ReadOnly {
            name: "a.claims.toml".into(),
            why: "the file is read-only".into(),
        }),
    );
    update(&mut state, Action::NextClaim);
    let effects = update(&mut state, Action::EditEntry);
    assert!(effects.is_empty());
    assert_eq!(state.overlay, Overlay::None);
    assert_eq!(
        state.message.as_deref(),
        Some("a.claims.toml cannot be written (the file is read-only): edits could not be saved")
    );
}

#[test]
fn drafts_are_stepped_through_accepted_and_rejected_and_a_rejected_quote_is_remembered() {
    let mut state = editable();
    let mut entries = entries(&state);
    for claim in &mut entries {
        claim.draft = Some(crate::claims::DraftMark { confidence: 70 });
        for r in &mut claim.responses {
            r.draft = Some(crate::claims::DraftMark { confidence: 60 });
        }
    }
    let article = state.doc.article.clone();
    state.replace_document(crate::document::Document::new(article, entries), Vec::new());
    let total = state.doc.drafts_to_review();
    update(&mut state, Action::NextDraft);
    assert!(
        state
            .message
            .as_deref()
            .unwrap()
            .starts_with(&format!("{total} drafts to review"))
    );
    let (claim, response) = (state.selected.unwrap(), state.selected_response);
    assert_eq!(
        response, None,
        "a claim's draft comes before its responses'"
    );
    update(&mut state, Action::Accept);
    assert_eq!(state.doc.claims[claim].entry.draft, None);
    assert!(
        state.doc.claims[claim].responses[0].entry.draft.is_some(),
        "a alone leaves them"
    );
    update(&mut state, Action::AcceptAll);
    assert!(
        state.doc.claims[claim]
            .responses
            .iter()
            .all(|r| r.entry.draft.is_none())
    );

    update(&mut state, Action::NextDraft);
    let quote = state.doc.claims[state.selected.unwrap()]
        .entry
        .selector
        .exact
        .clone();
    let c = &state.doc.claims[state.selected.unwrap()];
    let drafted: Vec<_> = c
        .responses
        .iter()
        .filter(|r| r.entry.draft.is_some())
        .map(|r| r.entry.selector.exact.to_string())
        .collect();
    let effects = if c.responses.is_empty() {
        update(&mut state, Action::Reject)
    } else {
        // A claim with responses takes them with it: asked first, as deleting is.
        assert!(update(&mut state, Action::Reject).is_empty());
        let Overlay::Question(question) = &state.overlay else {
            panic!("{:?}", state.overlay)
        };
        assert!(question.text.starts_with("Reject the drafted claim"));
        assert!(question.text.contains("response"), "{}", question.text);
        update(&mut state, Action::Confirm(true))
    };
    let changes = edited(&effects);
    assert!(matches!(
        changes.as_slice(),
        [Change::RemoveClaim { .. }, Change::AddRejected { .. }, ..]
    ));
    assert_eq!(changes.len(), 2 + drafted.len());
    let mut rejected = vec![quote.to_string()];
    rejected.extend(drafted);
    assert_eq!(
        state.doc.rejected, rejected,
        "the drafted responses are named too"
    );
}

#[test]
fn rejecting_a_drafted_claim_alone_needs_no_question() {
    let mut state = editable();
    let mut entries = entries(&state);
    entries[0].draft = Some(crate::claims::DraftMark { confidence: 70 });
    entries[0].responses.clear();
    let quote = entries[0].selector.exact.to_string();
    let article = state.doc.article.clone();
    state.replace_document(crate::document::Document::new(article, entries), Vec::new());
    update(&mut state, Action::NextDraft);
    let effects = update(&mut state, Action::Reject);
    assert!(matches!(
        edited(&effects).as_slice(),
        [Change::RemoveClaim { .. }, Change::AddRejected { .. }]
    ));
    assert_eq!(state.doc.rejected, [quote]);
    assert!(
        state
            .message
            .as_deref()
            .unwrap()
            .contains("rejected the drafted claim")
    );
}

/// A document of the sample's claims, every claim a draft (with its responses when
/// `responses`, else none).
fn all_drafts(responses: bool) -> State {
    let mut state = editable();
    let mut entries = entries(&state);
    for claim in &mut entries {
        claim.draft = Some(crate::claims::DraftMark { confidence: 70 });
        if !responses {
            claim.responses.clear();
        }
        for r in &mut claim.responses {
            r.draft = Some(crate::claims::DraftMark { confidence: 60 });
        }
    }
    let article = state.doc.article.clone();
    state.replace_document(crate::document::Document::new(article, entries), Vec::new());
    state
}

/// Taking out the selected claim (`X` rejecting it, `x` deleting it, each asked first
/// when it has responses) and pressing `d` reaches the claim that took its place: going
/// through every draft so, claim by claim, takes them out in reading order, none skipped.
#[test]
fn d_after_the_selected_claim_is_taken_out_skips_no_draft() {
    for (responses, key) in [
        (false, Action::Reject),
        (true, Action::Reject),
        (false, Action::DeleteEntry),
        (true, Action::DeleteEntry),
    ] {
        let mut state = all_drafts(responses);
        let order: Vec<String> = state
            .doc
            .claims
            .iter()
            .map(|c| c.entry.id.to_string())
            .collect();
        let mut taken = Vec::new();
        update(&mut state, Action::NextDraft);
        while !state.doc.claims.is_empty() {
            let selected = state.selected.expect("d selects a draft");
            assert_eq!(state.selected_response, None, "a claim's draft comes first");
            taken.push(state.doc.claims[selected].entry.id.to_string());
            update(&mut state, key.clone());
            if matches!(state.overlay, Overlay::Question(_)) {
                update(&mut state, Action::Confirm(true));
            }
            update(&mut state, Action::NextDraft);
        }
        assert_eq!(taken, order, "{key:?}, responses: {responses}");
    }
}

/// Only the entry that took the removed claim's place is looked at first: once another
/// is chosen, `d` goes past the chosen one as before.
#[test]
fn d_from_another_entry_chosen_after_a_removal_goes_past_it() {
    let mut state = all_drafts(false);
    update(&mut state, Action::NextDraft);
    update(&mut state, Action::Reject);
    let in_place = state.selected.unwrap();
    assert!(in_place + 1 < state.doc.claims.len());
    state.select_claim(in_place + 1, None);
    update(&mut state, Action::NextDraft);
    assert_eq!(state.selected, Some(in_place + 2));
}

/// After a removal `d` looks at the entry in the removed one's place once; each later
/// `d` goes on, so that `d` pressed again and again after an `X` (or `x`) visits every
/// remaining draft in reading order, none twice, going round at the end (it once stayed
/// on the draft in the removed one's place).
#[test]
fn d_pressed_again_after_a_removal_goes_on_through_every_draft() {
    for (responses, key) in [
        (false, Action::Reject),
        (false, Action::DeleteEntry),
        (true, Action::Reject),
    ] {
        for taken_out in [0, 1, 3] {
            let mut state = all_drafts(responses);
            update(&mut state, Action::NextDraft);
            for _ in 0..taken_out {
                update(&mut state, Action::NextDraft);
            }
            update(&mut state, key.clone());
            if matches!(state.overlay, Overlay::Question(_)) {
                update(&mut state, Action::Confirm(true));
            }
            let mut seen = Vec::new();
            for _ in 0..state.doc.drafts_to_review() {
                update(&mut state, Action::NextDraft);
                seen.push((state.selected.unwrap(), state.selected_response));
            }
            let mut distinct = seen.clone();
            distinct.sort();
            distinct.dedup();
            assert_eq!(distinct.len(), seen.len(), "{key:?} {taken_out}: {seen:?}");
            if !responses {
                // Claims alone: the first `d` is the claim now in the removed one's place.
                assert_eq!(seen[0].0, taken_out.min(state.doc.claims.len() - 1));
            }
        }
    }
}

/// Rejecting a draft says how many other drafts quote the same words (white space
/// aside), since drafting again leaves them out too; a draft whose words differ, or the
/// rejected entry itself, is not counted, and nothing is said when none is alike.
#[test]
fn rejecting_a_draft_says_how_many_others_quote_the_same_words() {
    for (alike, said) in [
        (0, None),
        (
            1,
            Some("1 other draft quotes the same words: D leaves it out too"),
        ),
        (
            2,
            Some("2 other drafts quote the same words: D leaves them out too"),
        ),
    ] {
        let mut state = editable();
        let mut entries = entries(&state);
        for claim in &mut entries {
            claim.draft = Some(crate::claims::DraftMark { confidence: 70 });
            claim.responses.clear();
        }
        let words = entries[0].selector.exact.to_string();
        for other in entries.iter_mut().skip(1).take(alike) {
            // The same words with other white space, placed nowhere in particular.
            other.selector.exact = words.replace(' ', "  ").into();
        }
        let id = entries[0].id.clone();
        let article = state.doc.article.clone();
        state.replace_document(crate::document::Document::new(article, entries), Vec::new());
        let index = (state.doc.claims.iter())
            .position(|c| c.entry.id == id)
            .unwrap();
        state.select_claim(index, None);
        update(&mut state, Action::Reject);
        let message = state.message.clone().unwrap_or_default();
        assert!(message.contains("rejected the drafted claim"), "{message}");
        match said {
            Some(said) => assert!(message.contains(said), "{alike}: {message}"),
            None => assert!(!message.contains("same words"), "{message}"),
        }
    }
}

#[test]
fn accept_on_a_reviewed_entry_says_there_is_nothing_to_accept() {
    let mut state = editable();
    update(&mut state, Action::NextClaim);
    assert!(update(&mut state, Action::Accept).is_empty());
    assert_eq!(
        state.message.as_deref(),
        Some("nothing to accept: the selection is not a draft")
    );
    assert!(update(&mut state, Action::Reject).is_empty());
    assert!(state.message.as_deref().unwrap().contains("is not a draft"));
}

#[test]
fn saving_on_a_key_asks_before_quitting_with_edits_unsaved() {
    let mut state = editable();
    state.editing.policy = crate::config::SavePolicy::OnKey;
    select_response(&mut state, 0);
    update(&mut state, Action::CycleStance);
    assert!(update(&mut state, Action::Quit).is_empty());
    assert!(matches!(state.overlay, Overlay::Question(_)));
    update(&mut state, Action::Confirm(false));
    assert_eq!(update(&mut state, Action::Save), [Effect::Save]);
    update(&mut state, Action::Saved { error: None });
    assert_eq!(update(&mut state, Action::Quit), [Effect::Quit]);
}

/// The quit question's save key saves and then quits, once the write is done; a failed
/// write stays and says why; a save that found the file changed on disk goes on after
/// the edits are made again (one press), and what could not be made stops the quit.
#[test]
fn the_quit_question_s_save_key_saves_then_quits() {
    let unsaved = || {
        let mut state = editable();
        state.editing.policy = crate::config::SavePolicy::OnKey;
        select_response(&mut state, 0);
        update(&mut state, Action::CycleStance);
        update(&mut state, Action::Quit);
        let Overlay::Question(question) = &state.overlay else {
            panic!("no question");
        };
        assert!(
            question.text.contains("Ctrl-s saves and quits"),
            "{}",
            question.text
        );
        assert_eq!(update(&mut state, Action::Save), [Effect::Save]);
        assert_eq!(state.overlay, Overlay::None);
        state
    };
    let mut state = unsaved();
    assert_eq!(
        update(&mut state, Action::Saved { error: None }),
        [Effect::Quit]
    );

    let mut state = unsaved();
    let failed = update(
        &mut state,
        Action::Saved {
            error: Some("disk full".into()),
        },
    );
    assert!(failed.is_empty());
    assert!(state.message.as_deref().unwrap().contains("disk full"));
    assert!(update(&mut state, Action::Saved { error: None }).is_empty());

    // The file changed on disk: read again, the edit made again, and saved on.
    for lost in [
        Vec::new(),
        vec!["claim x is no longer in the file".to_string()],
    ] {
        let mut state = unsaved();
        let stance = Change::RemoveClaim { at: 0 };
        let effects = update(
            &mut state,
            Action::Recovered {
                changes: vec![stance.clone()],
                what: "the claims file changed on disk".into(),
                lost: lost.clone(),
                kept: None,
                save: true,
            },
        );
        assert_eq!(edited(&effects), [stance]);
        assert_eq!(effects.last(), Some(&Effect::Save));
        let after = update(&mut state, Action::Saved { error: None });
        assert_eq!(after.is_empty(), !lost.is_empty(), "{lost:?}: {after:?}");
        let message = state.message.clone().unwrap();
        assert!(message.starts_with("saved a.claims.toml; "), "{message}");
        assert_eq!(
            message.contains("could not be"),
            !lost.is_empty(),
            "{message}"
        );
    }
}

#[test]
fn recovered_changes_are_made_where_they_fit_and_said() {
    let mut state = editable();
    let count = state.doc.claims.len();
    let effects = update(
        &mut state,
        Action::Recovered {
            changes: vec![
                Change::RemoveClaim { at: 0 },
                Change::RemoveClaim { at: 99 },
            ],
            what: "recovered the unsaved edits".into(),
            lost: Vec::new(),
            kept: None,
            save: false,
        },
    );
    assert_eq!(edited(&effects), [Change::RemoveClaim { at: 0 }]);
    assert_eq!(state.doc.claims.len(), count - 1);
    let message = state.message.clone().unwrap();
    assert!(
        message.starts_with("recovered the unsaved edits: 1 change made; 1 could not be"),
        "{message}"
    );
}

#[test]
fn stances_cycle_through_all_four() {
    let mut stance = Stance::Supports;
    let mut seen = vec![stance];
    for _ in 0..4 {
        stance = super::edit::next_stance(stance);
        seen.push(stance);
    }
    assert_eq!(seen.first(), seen.last());
    seen.pop();
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 4);
}

/// Questions and messages name a claim by the number the sidebar and the status bar give
/// it: with ids `cN` by place in the file (here the file's order is the text's reversed),
/// deleting, rejecting and editing each claim name `claim K` where the status bar says
/// `claim K of N`, and never the id, whose number is another (`c5` beside a sidebar's 4).
#[test]
fn a_claim_is_named_by_its_number_in_the_sidebar_not_by_its_place_in_the_file() {
    let sample = editable();
    let mut reversed = sample.doc.entries();
    reversed.reverse();
    for (i, entry) in reversed.iter_mut().enumerate() {
        entry.id = format!("c{}", i + 1).into();
        entry.draft = Some(crate::claims::DraftMark { confidence: 50 });
    }
    let count = reversed.len();
    let doc = crate::document::Document::new(sample.doc.article.clone(), reversed);
    let mut state = State::at_120x40(doc);
    update(
        &mut state,
        Action::EditTarget(Target::File {
            name: "a.claims.toml".into(),
            exists: true,
        }),
    );
    let mut others = 0;
    for reading in 0..count {
        let id = state.doc.claims[reading].entry.id.to_string();
        // The middle claim keeps its number reversed; every other's id is another number.
        let other = id != format!("c{}", reading + 1);
        others += usize::from(other);
        state.select_claim(reading, None);
        for key in [Action::DeleteEntry, Action::Reject] {
            update(&mut state, key.clone());
            let said = match &state.overlay {
                Overlay::Question(q) => format!("{} | {}", q.text, q.short),
                _ => state.message.clone().unwrap_or_default(),
            };
            assert!(
                said.contains(&format!("claim {}", reading + 1)),
                "{key:?}: {said}"
            );
            assert!(!other || !said.contains(&id), "{key:?}: {said}");
            state.overlay = Overlay::None;
            state.message = None;
            // A drafted claim with no responses is rejected at once: take it back.
            if state.doc.claims.len() < count {
                update(&mut state, Action::Undo);
                state.message = None;
            }
        }
    }
    assert!(others + 1 >= count, "{others} of {count}");
    assert_eq!(super::edit::claim_name(3, "c5"), "claim 4");
    assert_eq!(super::edit::claim_name(3, "ferry"), "claim 4 (ferry)");
    assert_eq!(super::edit::claim_name(0, "c"), "claim 1 (c)");
}
