//! `update`, the one function that changes the reader's state: each action, routed to the overlay that is open (help, a list, the prompt), else to the selection being made, else applied to the reading position.

#[cfg(test)]
mod answer_tests;
mod chooser;
mod claim_search;
mod clipboard;
mod document;
mod draft;
mod edit;
#[cfg(test)]
mod edit_tests;
mod filter;
mod form;
#[cfg(test)]
mod form_tests;
mod links;
mod mouse;
mod navigate;
mod page;
#[cfg(test)]
mod page_save_tests;
#[cfg(test)]
mod page_tests;
#[cfg(test)]
mod reload_history_tests;
mod resume;
#[cfg(test)]
mod sample_copy_tests;
mod saving;
#[cfg(test)]
mod saving_tests;
mod screen;
mod search;
mod selection;
mod typing;
#[cfg(test)]
mod typing_tests;

use crate::reader::action::Action;
use crate::reader::effect::Effect;
use crate::reader::model::overlay::Overlay;
use crate::reader::state::State;

/// Applies one action to the state: the only place state changes. Returns what the
/// interactive loop must do outside the state, in order (empty for most actions): the
/// loop carries each [`Effect`] out and answers with its result as an action (see
/// [`Effect`] for which). [`Effect::Quit`] comes from [`Action::Quit`] (`q`) with nothing
/// open and from [`Action::ForceQuit`] (Ctrl-c) whatever is open.
///
/// A change in how many digits the claims' numbers take (the whole document loaded, a
/// draft, an undo) lays the screen out again, so that the gutter fits the largest number.
pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let effects = apply(state, action);
    let digits = crate::reader::screen::number_digits(state.doc.claims.len());
    if digits != state.screen.number_digits && state.screen.area.width > 0 {
        state.relayout(state.screen.area.width, state.screen.area.height);
    }
    effects
}

/// [`update`] but for the gutter's width.
fn apply(state: &mut State, action: Action) -> Vec<Effect> {
    if let Action::Copied { error } = action {
        // The message of the copy stands unless it failed.
        if let Some(error) = error {
            state.message = Some(format!("could not copy: {error}"));
        }
        return Vec::new();
    }
    if let Action::Saved { error } = action {
        // A write in the background: the message of the edit it saves stands (a quit
        // waiting for the save goes on).
        return state.saved(error);
    }
    if let Action::ClaimsUnreadable { error, after_edit } = action {
        // Like a failed write: whatever is open stays, the quit waiting for it does not.
        state.claims_unreadable(error, after_edit);
        return Vec::new();
    }
    if let Action::Drafted(done) = action {
        // Whatever is open: a draft finished in the background.
        return state.drafted(done);
    }
    if let Action::DraftProgress(percent) = action {
        // Whatever is open, and the last key's message stands: the status bar says it.
        if state.editing.drafting {
            state.editing.draft_percent = percent;
        }
        return Vec::new();
    }
    if let Action::SearchMore = action {
        // Whatever is open, and the last key's message stands.
        state.search_step();
        return Vec::new();
    }
    if let Action::FetchProgress { bytes, total } = action {
        // Whatever is open, and the last key's message stands: the status bar says it.
        if let Some(fetching) = &mut state.fetching {
            *fetching = crate::reader::model::save_as::Fetching { bytes, total };
        }
        return Vec::new();
    }
    if let Action::FetchDone { error } = action {
        state.fetched(error);
        return Vec::new();
    }
    // The load going on in the background is no key: the last key's message stands.
    let loading_news = matches!(action, Action::Loaded(_) | Action::LoadProgress(_));
    if state.overlay == Overlay::None
        && !loading_news
        && let Some(scan) = &mut state.search.scan
    {
        // The reader has moved on: a match found later no longer moves the cursor.
        scan.landing = false;
    }
    if !loading_news {
        state.message = None;
    }
    match action {
        // Whatever is open: these leave the state to the loop.
        Action::Suspend => return vec![Effect::Suspend],
        Action::Redraw => return vec![Effect::Redraw],
        Action::Reload if state.loading.is_none() && state.page.is_some() => {
            return state.fetch_again();
        }
        Action::Reload if state.loading.is_none() => return vec![Effect::Reload],
        // A fetch under way: Ctrl-c, and Esc with nothing open, cancel it (Ctrl-c again quits).
        Action::ForceQuit if state.fetching.is_some() => return state.cancel_fetch(),
        Action::Back if state.fetching.is_some() && state.overlay == Overlay::None => {
            return state.cancel_fetch();
        }

        // Pasted text goes into whatever line is being typed: a form's field, the search.
        Action::Paste(text) if matches!(state.overlay, Overlay::Form(_)) => {
            return state.form_update(Action::Paste(text));
        }
        Action::Paste(text) => {
            state.paste(&text);
            return Vec::new();
        }
        Action::Resize { width, height } => {
            state.relayout(width, height);
            return Vec::new();
        }
        // Results of effects: said in the status bar.
        Action::LinkOpened { url, error } => {
            state.message = Some(match error {
                None => format!("opened {url}"),
                Some(error) => format!("could not open {url}: {error}"),
            });
            return Vec::new();
        }
        _ => {}
    }
    // Over an overlay the wheel moves through it; a click there does nothing.
    let action = match action {
        Action::Mouse { kind, .. } if state.overlay.covers_panes() => {
            match crate::reader::model::mouse::overlay_action(kind) {
                Some(action) => action,
                None => return Vec::new(),
            }
        }
        action => action,
    };
    // The overlay open takes every key; files change whatever is on screen.
    let from_files = matches!(
        action,
        Action::Reloaded { .. }
            | Action::Recovered { .. }
            | Action::SourcesChanged
            | Action::Loaded(_)
            | Action::LoadProgress(_)
            | Action::ResumeTyping { .. }
    );
    match &state.overlay {
        _ if from_files => {}
        Overlay::None => {}
        Overlay::Prompt(_) => {
            match action {
                Action::Prompt(key) => state.prompt_key(key),
                Action::ForceQuit => return vec![Effect::Quit],
                _ => {}
            }
            return Vec::new();
        }
        Overlay::SaveAs(_) => {
            return match action {
                Action::Prompt(key) => state.save_as_key(key),
                Action::ForceQuit => vec![Effect::Quit],
                _ => Vec::new(),
            };
        }
        Overlay::Form(_) => return state.form_update(action),
        Overlay::Question(_) => return state.question_update(action),
        Overlay::Links(_) => return state.links_update(action).into_iter().collect(),
        Overlay::Chooser(_) => return state.chooser_update(action).into_iter().collect(),
        &Overlay::Help { scroll } => {
            match action {
                Action::Quit | Action::Back | Action::ToggleHelp => state.overlay = Overlay::None,
                Action::ForceQuit => return vec![Effect::Quit],
                action => {
                    let area = state.screen.area;
                    let max =
                        crate::reader::geometry::help::max_scroll(state, area.width, area.height);
                    if let Some(scroll) =
                        crate::reader::geometry::help::scrolled(scroll, &action, area.height, max)
                    {
                        state.overlay = Overlay::Help { scroll };
                    }
                }
            }
            return Vec::new();
        }
    }
    // A selection being made takes the keys (the files and the mouse go on below).
    if state.selection.is_some()
        && !from_files
        && let Some(effects) = state.selection_update(&action)
    {
        return effects;
    }
    if let Some(loading) = &mut state.loading {
        match action {
            Action::OpenAt(_) => {
                loading.deferred = Some(action);
                return Vec::new();
            }
            Action::Bottom | Action::NextClaim | Action::PrevClaim => {
                loading.deferred = Some(action);
                state.message = Some("still loading: going there when it is read".into());
                return Vec::new();
            }
            Action::Reload => {
                state.message = Some("still loading: nothing to reload yet".into());
                return Vec::new();
            }
            Action::LoadProgress(stage) => {
                loading.stage = stage;
                return Vec::new();
            }
            Action::Loaded(doc) => {
                let deferred = loading.deferred.take();
                state.show_whole_document(*doc);
                return match deferred {
                    Some(action) => update(state, action),
                    None => Vec::new(),
                };
            }
            _ => {}
        }
    }
    let mut effects = Vec::new();
    match action {
        Action::LineDown
        | Action::LineUp
        | Action::HalfPageDown
        | Action::HalfPageUp
        | Action::PageDown
        | Action::PageUp
        | Action::Top
        | Action::Bottom => state.navigate(&action),
        Action::NextClaim | Action::PrevClaim
            if matches!(
                state.filter.as_ref().map(|f| &f.filter),
                Some(crate::reader::model::filter::Filter::Person(_))
            ) =>
        {
            state.step_statement(action == Action::NextClaim)
        }
        Action::NextClaim | Action::PrevClaim => {
            state.step_claim_in_text(action == Action::NextClaim)
        }
        Action::ToggleFocus => state.toggle_focus(),
        Action::Activate => state.activate(),
        Action::ToggleSidebar => state.toggle_sidebar(),
        Action::Narrower => state.change_measure(false),
        Action::Wider => state.change_measure(true),
        Action::ToggleHelp => state.overlay = Overlay::Help { scroll: 0 },
        Action::SearchForward => state.open_search(false),
        Action::SearchBackward => state.open_search(true),
        Action::NextMatch => state.step_match(true),
        Action::PrevMatch => state.step_match(false),
        // Keys for a prompt that is not open.
        Action::Prompt(_) => {}
        Action::OpenLink => effects.extend(state.open_link_here()),
        Action::CopyClaim => effects.extend(state.copy_claim()),
        Action::DraftClaims => effects.extend(state.draft_claims()),
        Action::ChooseFilter => {
            state.open_chooser(crate::reader::model::chooser::ChooserKind::Filters)
        }
        Action::People => state.open_chooser(crate::reader::model::chooser::ChooserKind::People),
        Action::StartSelection | Action::SelectSentence | Action::SelectQuotation => {
            state.start_selection(&action)
        }
        // The selection's own keys, with no selection: a movement key does nothing, a key
        // that would act on the selected words says how to select them.
        Action::Extend(_) | Action::SwapEnds => {}
        Action::CopySelection | Action::NewClaim | Action::NewResponse | Action::UseSelection => {
            state.message = Some(state.needs_a_selection(&action))
        }
        Action::ToggleMouse => state.toggle_mouse(),
        Action::Mouse { kind, column, row } => state.mouse_event(kind, column, row),
        Action::Copied { .. }
        | Action::Drafted(_)
        | Action::DraftProgress(_)
        | Action::SearchMore => {}
        Action::ToggleLinks => state.toggle_links(),
        Action::Quit if state.unsaved_on_quit() => {}
        Action::Quit | Action::ForceQuit => effects.push(Effect::Quit),
        // Nothing open: Esc clears the search's highlights (and, above, the message).
        Action::Back => state.search = crate::reader::model::search::Search::default(),
        Action::Paste(_) => {}
        Action::EditEntry
        | Action::DeleteEntry
        | Action::MoveResponse
        | Action::CycleStance
        | Action::Undo
        | Action::Redo
        | Action::NextDraft
        | Action::Accept
        | Action::AcceptAll
        | Action::Reject
        | Action::Save => effects.extend(state.edit_key(&action)),
        Action::SavePageClaims => effects.extend(state.save_page_claims()),
        Action::SavePage => state.ask_where_to_save(crate::reader::model::save_as::Then::Keep),
        Action::PageFile(page) => state.page = page,
        Action::PageFileTaken { file, then } => state.ask_to_replace(file, then),
        // Keys for a form or a question that is not open.
        Action::Form(_) | Action::Confirm(_) => {}
        Action::Saved { .. } | Action::ClaimsUnreadable { .. } => {}
        Action::Recovered {
            changes,
            what,
            lost,
            kept,
            save,
        } => effects.extend(state.recovered(changes, what, lost, kept, save)),
        Action::EditTarget(target) => state.editing.target = Some(target),
        Action::CopiedSample {
            doc,
            target,
            existed,
        } => effects.extend(state.copied_sample(*doc, target, existed)),
        Action::PageSaved {
            doc,
            target,
            file,
            then,
        } => state.page_saved(*doc, target, file, then),
        Action::OfferRecovery { changes, moved } => state.offer_recovery(changes, moved),
        Action::ResumeTyping {
            forms,
            unplaced,
            set_aside,
        } => state.resume_typing(forms, unplaced, set_aside),
        Action::SourcesChanged => state.stale = true,
        Action::Notify(message) => state.message = Some(message),
        Action::OpenAt(at) => state.start_at(at),
        Action::Reloaded { doc, errors } => state.replace_document(*doc, errors),
        // Only meaningful while loading, or handled above.
        Action::LoadProgress(_)
        | Action::Loaded(_)
        | Action::LinkOpened { .. }
        | Action::FetchProgress { .. }
        | Action::FetchDone { .. } => {}
        // Answered above (Reload here only while loading, which the loading branch takes).
        Action::Reload | Action::Suspend | Action::Redraw | Action::Resize { .. } => {}
    }
    effects
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Esc closes what is open, else clears the search and the message; it never quits.
    #[test]
    fn esc_closes_or_clears_and_never_quits() {
        let mut state = State::sample_at_120x40();
        // Every effect asked for on the way: none of them is a quit.
        let mut effects = update(&mut state, Action::SearchForward);
        for c in "Zarif".chars() {
            effects.extend(update(
                &mut state,
                Action::Prompt(crate::keys::prompt::PromptKey::Char(c)),
            ));
        }
        effects.extend(update(
            &mut state,
            Action::Prompt(crate::keys::prompt::PromptKey::Submit),
        ));
        assert!(!state.search.matches.is_empty());
        effects.extend(update(&mut state, Action::NextMatch));
        let cursor = state.view.cursor;
        effects.extend(update(&mut state, Action::Back));
        assert_eq!(
            state.search,
            crate::reader::model::search::Search::default()
        );
        assert_eq!(state.message, None);
        assert_eq!(state.view.cursor, cursor, "the cursor stays");
        for open in [
            Action::ToggleHelp,
            Action::ToggleLinks,
            Action::ChooseFilter,
            Action::People,
        ] {
            effects.extend(update(&mut state, open.clone()));
            effects.extend(update(&mut state, Action::Back));
            assert_eq!(state.overlay, Overlay::None, "{open:?} closed");
        }
        for _ in 0..3 {
            effects.extend(update(&mut state, Action::Back));
        }
        assert!(!effects.contains(&Effect::Quit));
        assert!(update(&mut state, Action::Quit).contains(&Effect::Quit));
    }
}
