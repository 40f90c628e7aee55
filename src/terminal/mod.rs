//! The interactive loop: the terminal's set-up and restore (on quit, error, panic, signals
//! and suspend), key events to actions, watching the files, drawing; the effects `update`
//! returns are carried out in `effects`.

pub mod backend;
mod cells;
mod diff;
mod effects;
pub mod frame;
pub(crate) mod input;
pub(crate) mod store;
mod taken_on;
mod typing;
mod watch;

use std::io::{BufWriter, Stdout, stdout};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyEventKind,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

/// The terminal we draw on: standard output through one buffer, so a frame goes out in
/// one write rather than a write per kilobyte (which matters over SSH and for start-up),
/// steadied where terminals disagree about an emoji's width (see [`crate::terminal::backend`]).
type Screen = Terminal<SteadyBackend<CrosstermBackend<BufWriter<Stdout>>>>;

/// Room for a whole frame of a large terminal.
const FRAME_BUFFER: usize = 256 * 1024;
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGSTOP, SIGTERM, SIGTSTP};

use crate::document::source::Sources;
use crate::error::{Error, Result};
use crate::reader::action::Action;
use crate::reader::loader::Loader;
use crate::reader::model::resume::{PlaceStore, StartAt};
use crate::reader::state::State;
use crate::terminal::backend::SteadyBackend;
use watch::Watch;

/// How the reader ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The user quit.
    Quit,
    /// A signal (SIGTERM, SIGHUP, ...) asked it to stop; the exit status is 128 + the number.
    Signal(i32),
}

/// How often the loop looks for signals and changed files while no key is pressed.
const TICK: Duration = Duration::from_millis(100);
/// How often the loop looks for a background load's progress while it runs.
const LOADING_TICK: Duration = Duration::from_millis(10);

/// Signals that end the reader, and Ctrl-Z sent from outside (`kill -TSTP`).
struct Signals {
    stop: Arc<AtomicUsize>,
    suspend: Arc<AtomicBool>,
}

impl Signals {
    fn register() -> Result<Signals> {
        let stop = Arc::new(AtomicUsize::new(0));
        let suspend = Arc::new(AtomicBool::new(false));
        let failed = |e: std::io::Error| Error::Terminal(format!("cannot handle signals: {e}"));
        for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
            signal_hook::flag::register_usize(signal, stop.clone(), signal as usize)
                .map_err(failed)?;
        }
        signal_hook::flag::register(SIGTSTP, suspend.clone()).map_err(failed)?;
        Ok(Signals { stop, suspend })
    }
}

/// What the interactive reader needs besides its state.
pub struct Session {
    pub sources: Sources,
    /// Reads the whole of a large document while its beginning is shown.
    pub loader: Option<Loader>,
    /// Where to open, once the first screen is laid out.
    pub start: Option<StartAt>,
    /// Where to keep the reading place when the reader ends, and the article's name there.
    pub memory: Option<(PlaceStore, String)>,
}

/// Runs the reader until the user quits or a signal stops it. The terminal is restored on
/// every way out, by [`restore_terminal`]; on a panic, our hook restores it before the
/// message is printed.
///
/// With a `loader`, the state shows the beginning of the document until the loader
/// delivers the whole of it.
///
/// # Errors
/// [`Error::Terminal`] when the terminal fails (taking it, drawing, reading input,
/// suspending); a background load that fails ends the reader with the load's own error
/// (see [`Loader::poll`]), as a load before the first screen would.
pub fn run(mut state: State, session: Session) -> Result<Outcome> {
    let signals = Signals::register()?;
    let mut terminal = start_terminal()?;
    let Session {
        sources,
        loader,
        start,
        memory,
    } = session;
    // The previous searches, as less keeps them; added to when the reader ends.
    let history = crate::keys::prompt::History::path_from_environment();
    if let Some(path) = &history {
        state.search_history = crate::keys::prompt::History::load(path);
    }
    let mut sources = sources;
    let mut store = store::Store::new(&sources, state.config.editing.save);
    let result = event_loop(
        &mut terminal,
        &mut state,
        &mut sources,
        &mut store,
        &signals,
        loader,
        start,
    );
    // What a form holds is kept whichever way the reader ended (the loop keeps it after
    // every batch of keys; a quit from inside a batch is caught here).
    let _ = typing::keep_now(&sources, &state, store.journal_path());
    let discarded = store.discarded().map(Path::to_path_buf);
    let journal_at = store.journal_path().map(Path::to_path_buf);
    // Edits saved at once are written before the reader ends (the journal keeps the rest).
    let unsaved = store.finish();
    // Keep the reading place for next time, however the reader ended.
    // A load cut short keeps the place it was opening at, never the first screen's.
    let place = state.place_to_keep();
    let remembered = memory.zip(place).map(|((store, key), place)| {
        // A page saved to a file is remembered by its address and by the file, so the
        // file opened offline opens at the same place.
        let file = PlaceStore::key_for(&Sources {
            page: None,
            ..sources.clone()
        })
        .filter(|file| sources.page.is_some() && sources.article.is_some() && *file != key);
        file.map_or(Ok(()), |file| store.remember(&file, &place))
            .and_then(|()| store.remember(&key, &place))
    });
    // We restore the terminal ourselves: ratatui's Terminal, when dropped, complains on
    // standard error if it cannot show the cursor, and on a closed terminal that
    // complaint itself fails and aborts the program.
    std::mem::forget(terminal);
    let restored = restore_terminal();
    if let Some(Err(e)) = remembered {
        eprintln!("counterpoint: could not keep the reading place: {e}");
    }
    if let (Some(aside), Some(at)) = (&discarded, &journal_at) {
        eprintln!(
            "counterpoint: unsaved edits were set aside this session, not applied: {} (to be offered them again, rename it to {} while no reader has the article open, unless a file of that name is there, then open the article)",
            aside.display(),
            at.display()
        );
    }
    if let Some(why) = unsaved {
        eprintln!(
            "counterpoint: the claims file was not saved ({why}); your edits are journaled, and opening the article again offers to recover them"
        );
    }
    if let Some(Err(e)) = history.map(|path| state.search_history.save(&path)) {
        eprintln!("counterpoint: could not keep the search history: {e}");
    }
    match result {
        Ok(Outcome::Signal(signal)) => Ok(Outcome::Signal(signal)),
        // The terminal went away while we drew or read: a closed window, not an error.
        Err(_) if wait_for_input(Duration::ZERO) == Input::HungUp => Ok(Outcome::Signal(SIGHUP)),
        result => result.and_then(|outcome| restored.map(|()| outcome).map_err(terminal_error)),
    }
}

/// Why the reader will not take a terminal that `TERM` names (`None`: it will). A dumb
/// terminal (Emacs `M-x shell`, acme) has no cursor addressing or alternate screen, and
/// with no `TERM` (unset or empty) nothing says what it has: both get the plain text, as
/// a pipe does. The reason is one line, for standard error.
pub fn unfit_terminal(term: Option<&str>) -> Option<String> {
    match term.map(str::trim) {
        None | Some("") => Some(
            "TERM is not set, so the terminal's abilities are unknown: printing the plain text instead of the reader (set TERM, e.g. TERM=xterm-256color, for the reader)"
                .into(),
        ),
        Some("dumb") => Some(
            "TERM is dumb (no cursor addressing): printing the plain text instead of the reader"
                .into(),
        ),
        Some(_) => None,
    }
}

/// Takes the terminal ([`take_terminal`]) after setting a panic hook that gives it back
/// ([`restore_terminal`]) before the panic's message is printed.
fn start_terminal() -> Result<Screen> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = restore_terminal();
        previous(info);
    }));
    take_terminal().map_err(terminal_error)?;
    new_screen()
}

/// Takes the terminal, at start and on resuming: raw mode, the alternate screen, and
/// bracketed paste (so a paste arrives as one piece of text, never as keys). The mouse is
/// taken by the loop, when the state asks for it. [`restore_terminal`] undoes all of it.
fn take_terminal() -> std::io::Result<()> {
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste)
}

fn new_screen() -> Result<Screen> {
    let output = BufWriter::with_capacity(FRAME_BUFFER, stdout());
    Terminal::new(SteadyBackend::new(CrosstermBackend::new(output))).map_err(terminal_error)
}

fn terminal_error(e: std::io::Error) -> Error {
    Error::Terminal(e.to_string())
}

fn event_loop(
    terminal: &mut Screen,
    state: &mut State,
    sources: &mut Sources,
    store: &mut store::Store,
    signals: &Signals,
    mut loader: Option<Loader>,
    start: Option<StartAt>,
) -> Result<Outcome> {
    // For the end-to-end tests of fault handling only: fail once the first screen is up.
    let fault = std::env::var("COUNTERPOINT_TEST_FAULT").ok();
    let watch = Watch::new(sources);
    // Whether the terminal sends us the mouse (after a suspension it does not).
    let captured = false;
    let size = terminal_size(terminal)?;
    let mut outside = effects::Outside {
        terminal,
        sources,
        watch,
        captured,
        store,
        drafter: None,
        refetcher: None,
        save_asked: false,
        unreadable: None,
    };
    let target = Action::EditTarget(store::target(outside.sources));
    let page = Action::PageFile(store::page_file(
        outside.sources,
        state.doc.article.meta.title.as_deref(),
    ));
    let recovery = outside
        .store
        .leftover()
        .map(|(left, moved)| Action::OfferRecovery {
            // Each named by its id too, as the file read has it; a file changed since may
            // have other entries at those places, so then by place alone.
            changes: match moved {
                false => crate::claims::change::describe_on(&left.changes, state.doc.entries()),
                true => left.changes.iter().map(|c| c.describe()).collect(),
            },
            moved,
        });
    let unreadable = (outside.store.unreadable_journal()).map(|aside| {
        Action::Notify(format!(
            "the journal of unsaved edits could not be read: it was set aside as {} and not recovered",
            aside.display()
        ))
    });
    // Where to open comes after the actions that only say what the reader is editing:
    // every action clears the status bar's message, and opening says where it opened.
    let first = std::iter::once(size)
        .chain([target, page])
        .chain(start.map(Action::OpenAt))
        .chain(recovery)
        .chain(unreadable);
    for action in first {
        if effects::apply(action, state, &mut outside)? {
            return Ok(Outcome::Quit);
        }
    }
    // What was typed in forms last time is placed once the whole document is read.
    let mut typing = typing::KeptTyping::new(outside.store.journal_path());
    let mut typing_to_resume = true;
    // The question about recovering unsaved edits is answered first: the forms are placed
    // on the file as recovered, the open one reopened, and both are said.
    let after_recovery = state.asks_recovery();
    if loader.is_none() && !after_recovery {
        typing_to_resume = false;
        if let Some(resume) = typing.resume(outside.sources, state)
            && effects::apply(resume, state, &mut outside)?
        {
            return Ok(Outcome::Quit);
        }
    }
    // Whether the state may have changed since the last frame: idle ticks draw nothing.
    let mut changed = true;
    // Keys the user did not press (late replies to the colour query, the ESC of a
    // sequence) are dropped here; `last_input` is when the last event came.
    let mut keys = crate::terminal::input::KeyFilter::default();
    let mut last_input = Instant::now();
    let mut printed = false;
    loop {
        // The first frame goes onto the blank alternate screen (its cells need no diff),
        // the later ones are compared with the frame before.
        if changed {
            frame::draw(outside.terminal, |frame| crate::ui::draw(frame, state))
                .map_err(terminal_error)?;
        }
        if !printed && loader.is_none() {
            // Once the first screen of the whole document is up: what its claims were
            // read from, for a journal started after the file changes on disk.
            printed = true;
            outside.store.note_read_bytes();
        }
        if state.mouse != outside.captured {
            if state.mouse {
                execute!(stdout(), EnableMouseCapture).map_err(terminal_error)?;
            } else {
                execute!(stdout(), DisableMouseCapture).map_err(terminal_error)?;
            }
            outside.captured = state.mouse;
        }
        match fault.as_deref() {
            Some("panic") => panic!("COUNTERPOINT_TEST_FAULT=panic"),
            Some("error") => return Err(Error::Terminal("COUNTERPOINT_TEST_FAULT=error".into())),
            _ => {}
        }
        // Wait for input ourselves: crossterm's reader spins on a terminal that has hung up
        // (its window closed), and not every way of closing one sends SIGHUP.
        let searching = state.search.scan.is_some();
        let busy = outside.drafter.is_some() || outside.refetcher.is_some();
        let tick = if searching {
            Duration::ZERO
        } else if loader.is_some() || busy || keys.holding() {
            LOADING_TICK
        } else {
            TICK
        };
        if wait_for_input(tick) == Input::HungUp {
            return Ok(Outcome::Signal(SIGHUP));
        }
        let signal = signals.stop.load(Ordering::Relaxed);
        if signal != 0 {
            return Ok(Outcome::Signal(signal as i32));
        }
        // Take everything waiting (keys, resizes) before drawing again, so held keys keep up.
        let mut pending = Vec::new();
        let mut events = Vec::new();
        loop {
            match event::poll(Duration::ZERO).and_then(|ready| ready.then(event::read).transpose())
            {
                Ok(Some(event)) => {
                    last_input = Instant::now();
                    keys.push(event, &mut events);
                }
                Ok(None) => {
                    keys.quiet(last_input.elapsed(), &mut events);
                    break;
                }
                // A terminal that hangs up as we read is a closed window, not an error.
                Err(_) if wait_for_input(Duration::ZERO) == Input::HungUp => {
                    return Ok(Outcome::Signal(SIGHUP));
                }
                Err(e) => return Err(terminal_error(e)),
            }
        }
        // Mapped to an action only when its turn comes: a key before it may have opened
        // the search prompt, which takes keys as text.
        pending.extend(events.into_iter().map(Pending::Event));
        if signals.suspend.swap(false, Ordering::Relaxed) {
            pending.push(Pending::Action(Action::Suspend));
        }
        // The writer's reports first: a write of our own is then known before the watch
        // looks at the file.
        pending.extend(outside.saved(state).into_iter().map(Pending::Action));
        let store = &*outside.store;
        if outside.watch.changed(|path| store.wrote_last(path)) {
            pending.push(Pending::Action(Action::SourcesChanged));
        }
        if let Some(load) = loader.as_mut().and_then(Loader::poll) {
            // A failed load ends the reader with its own error (a file's, never the
            // terminal's): the caller prints it once the terminal is restored.
            let action = load?;
            if let Action::Loaded(_) = action {
                loader = None;
                outside.watch = Watch::new(outside.sources);
            }
            pending.push(Pending::Action(action));
        }
        if let Some(done) = outside.drafter.as_ref().and_then(effects::Drafter::poll) {
            outside.drafter = None;
            pending.push(Pending::Action(done));
        } else if let Some(progress) = outside
            .drafter
            .as_ref()
            .and_then(effects::Drafter::progressed)
        {
            pending.push(Pending::Action(progress));
        }
        pending.extend(outside.refetched(state).into_iter().map(Pending::Action));
        if searching && pending.is_empty() {
            // A long search goes on a step at a time while no key waits.
            pending.push(Pending::Action(Action::SearchMore));
        }
        changed = !pending.is_empty();
        for item in pending {
            let action = match item {
                Pending::Action(action) => action,
                Pending::Event(event) => match action_for(state, &event) {
                    Some(action) => action,
                    None => continue,
                },
            };
            if effects::apply(action, state, &mut outside)? {
                return Ok(Outcome::Quit);
            }
        }
        if typing_to_resume && loader.is_none() && !state.asks_recovery() {
            typing_to_resume = false;
            if let Some(resume) = typing.resume(outside.sources, state) {
                changed = true;
                let answered = state.message.take().filter(|_| after_recovery);
                if effects::apply(resume, state, &mut outside)? {
                    return Ok(Outcome::Quit);
                }
                // What the answer did stays said, after what came back.
                state.message = match (answered, state.message.take()) {
                    (Some(answered), Some(now)) => Some(format!("{now}; {answered}")),
                    (answered, now) => now.or(answered),
                };
            }
        }
        // Only a batch that did something can have changed a form.
        if changed && let Some(failed) = typing.keep(outside.sources, state) {
            changed = true;
            effects::apply(failed, state, &mut outside)?;
        }
    }
}

/// What waits to be applied: a terminal event (mapped when its turn comes) or an action.
enum Pending {
    Event(Event),
    Action(Action),
}

/// The terminal's size, for the state (at start, and after a suspension).
fn terminal_size(terminal: &Screen) -> Result<Action> {
    let size = terminal.size().map_err(terminal_error)?;
    let (width, height) = (size.width, size.height);
    Ok(Action::Resize { width, height })
}

fn action_for(state: &State, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            crate::reader::mode::key_action(state, key)
        }
        Event::Paste(text) => Some(Action::Paste(text.clone())),
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        Event::Mouse(mouse) if state.mouse => {
            use crate::reader::action::MouseKind;
            use ratatui::crossterm::event::{MouseButton, MouseEventKind};
            let kind = match mouse.kind {
                MouseEventKind::ScrollDown => MouseKind::ScrollDown,
                MouseEventKind::ScrollUp => MouseKind::ScrollUp,
                MouseEventKind::Down(MouseButton::Left) => MouseKind::Click,
                MouseEventKind::Drag(MouseButton::Left) => MouseKind::Drag,
                MouseEventKind::Up(MouseButton::Left) => MouseKind::Release,
                _ => return None,
            };
            Some(Action::Mouse {
                kind,
                column: mouse.column,
                row: mouse.row,
            })
        }
        _ => None,
    }
}

/// Gives the terminal back, the one routine for every way the reader lets go of it (quit,
/// error, panic, signals, suspend, a closed window): mouse reporting off (whether or not
/// it was on), bracketed paste off, the alternate screen left, the cursor shown, raw mode
/// off. Every step is tried even if one fails (the first error is returned), so a write
/// to a closed terminal still leaves raw mode.
fn restore_terminal() -> std::io::Result<()> {
    let written = execute!(
        stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        Show
    );
    let cooked = disable_raw_mode();
    written.and(cooked)
}

#[derive(Debug, PartialEq, Eq)]
enum Input {
    /// Input is waiting, a signal (such as a resize) came, or the time ran out.
    Maybe,
    /// The terminal behind standard input has hung up.
    HungUp,
}

/// Waits up to `timeout` for input on the terminal, returning early for a signal.
fn wait_for_input(timeout: Duration) -> Input {
    let mut poll = libc::pollfd {
        fd: libc::STDIN_FILENO,
        events: libc::POLLIN,
        revents: 0,
    };
    let millis = i32::try_from(timeout.as_millis()).unwrap_or(i32::MAX);
    // SAFETY: one valid pollfd; poll only writes its `revents`.
    let ready = unsafe { libc::poll(&mut poll, 1, millis) };
    if ready > 0 && poll.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
        Input::HungUp
    } else {
        Input::Maybe
    }
}

/// Gives the terminal back to the shell and stops; on `fg`, takes it again and redraws.
fn suspend(terminal: &mut Screen) -> Result<()> {
    restore_terminal().map_err(terminal_error)?;
    signal_hook::low_level::raise(SIGSTOP).map_err(terminal_error)?;
    // Here the shell has sent SIGCONT. A fresh Terminal has no memory of the old screen,
    // so the next draw paints all of it (Terminal::clear would ask the terminal for the
    // cursor position, which not every terminal answers).
    take_terminal().map_err(terminal_error)?;
    execute!(stdout(), Clear(ClearType::All)).map_err(terminal_error)?;
    *terminal = new_screen()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dumb_or_unnamed_terminal_is_not_taken() {
        for term in [None, Some(""), Some(" "), Some("dumb")] {
            let why = unfit_terminal(term).expect("refused");
            assert!(why.starts_with("TERM is") && !why.contains('\n'), "{why}");
        }
        for term in [
            "xterm-256color",
            "screen",
            "tmux-256color",
            "linux",
            "vt100",
        ] {
            assert_eq!(unfit_terminal(Some(term)), None, "{term}");
        }
    }
}
