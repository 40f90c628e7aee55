//! The interactive loop: terminal set-up and restore, key events to actions, drawing.

use std::time::Duration;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event, KeyEventKind};

use crate::action::Action;
use crate::error::{Error, Result};
use crate::state::{State, update};

/// Runs the reader until the user quits. The terminal is restored on every way out;
/// on a panic, ratatui's hook restores it before the message is printed.
pub fn run(state: State) -> Result<()> {
    let mut terminal = ratatui::try_init().map_err(|e| Error::Terminal(e.to_string()))?;
    let result = event_loop(&mut terminal, state);
    let restored = ratatui::try_restore().map_err(|e| Error::Terminal(e.to_string()));
    result.and(restored)
}

fn event_loop(terminal: &mut DefaultTerminal, mut state: State) -> Result<()> {
    let terminal_error = |e: std::io::Error| Error::Terminal(e.to_string());
    let size = terminal.size().map_err(terminal_error)?;
    update(
        &mut state,
        Action::Resize {
            width: size.width,
            height: size.height,
        },
    );
    loop {
        terminal
            .draw(|frame| crate::ui::draw(frame, &state))
            .map_err(terminal_error)?;
        // Handle everything already waiting before drawing again, so held keys keep up.
        let mut next = Some(event::read().map_err(terminal_error)?);
        while let Some(event) = next.take() {
            if let Some(action) = action_for(&state, &event) {
                update(&mut state, action);
            }
            if state.should_quit {
                return Ok(());
            }
            if event::poll(Duration::ZERO).map_err(terminal_error)? {
                next = Some(event::read().map_err(terminal_error)?);
            }
        }
    }
}

fn action_for(state: &State, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => state.config.keys.0.action_for(key),
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        _ => None,
    }
}
