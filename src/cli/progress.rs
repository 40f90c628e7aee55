//! The one line on standard error that tells what a long command is doing (loading a large document, drafting), shown only on a terminal, only after half a second, rewritten in place and cleared when the work ends.

use std::io::{IsTerminal, Write};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use crate::document::source::{Loaded, Sources, Stage};
use crate::error::Result;

/// How long work goes before its line is shown: quicker work shows nothing.
const QUIET: Duration = Duration::from_millis(500);
/// Documents smaller than this many bytes (article and claims file) load without a line.
const SMALL: u64 = 1 << 20;
/// How often the line is written again.
const EVERY: Duration = Duration::from_millis(100);

/// What the work is doing now, shared between the thread that works and the one that
/// shows it. Clones share the text.
#[derive(Debug, Clone, Default)]
pub struct Status(Arc<Mutex<String>>);

impl Status {
    /// Says what the work is doing now (shown at the next rewrite of the line).
    pub fn set(&self, now: impl Into<String>) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = now.into();
    }

    /// What the work is doing now.
    pub fn get(&self) -> String {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

/// Runs `work`, and when standard error is a terminal and the work goes on for more than
/// half a second, shows `line()` there, rewritten every tenth of a second and cleared at the
/// end. Not a byte goes to standard error when it is not a terminal.
pub fn while_working<T>(line: impl Fn() -> String + Send + 'static, work: impl FnOnce() -> T) -> T {
    let sink = std::io::stderr().is_terminal().then(std::io::stderr);
    show_while(sink, QUIET, EVERY, line, work)
}

/// Loads the document `sources` names, as [`Sources::load`] does, saying on a terminal
/// which stage a long load is in (`counterpoint: story.md: placing the claims…`).
///
/// # Errors
/// Those of [`Sources::load`].
pub fn load(sources: &Sources) -> Result<Loaded> {
    // A document under a megabyte loads in a few milliseconds: no thread is worth starting
    // for it (the reader's first screen waits for this load).
    let bytes: u64 = sources
        .files()
        .iter()
        .filter_map(|path| std::fs::metadata(path).ok())
        .map(|m| m.len())
        .sum::<u64>()
        + sources.stdin.as_ref().map_or(0, |b| b.len() as u64)
        + sources.page.as_ref().map_or(0, |p| p.bytes.len() as u64);
    if bytes < SMALL {
        return sources.load();
    }
    let status = Status::default();
    let shown = status.clone();
    let name = sources.article_name();
    while_working(
        move || format!("counterpoint: {name}: {}", shown.get()),
        || sources.load_in_stages(|stage: Stage| status.set(stage.describe())),
    )
}

/// Where the line is: not shown yet, being shown, or never to be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Waiting,
    Showing,
    Done,
}

/// [`while_working`] with the sink and times given: `None` runs `work` and writes nothing.
/// Work that ends before `quiet` returns at once, without waiting for the thread that would
/// have shown the line (it ends by itself), so quick work costs only the thread's start.
fn show_while<T, W: Write + Send + 'static>(
    sink: Option<W>,
    quiet: Duration,
    every: Duration,
    line: impl Fn() -> String + Send + 'static,
    work: impl FnOnce() -> T,
) -> T {
    let Some(mut sink) = sink else {
        return work();
    };
    let phase = Arc::new(Mutex::new(Phase::Waiting));
    let (done, finished) = mpsc::channel::<()>();
    let printer_phase = Arc::clone(&phase);
    let printer = std::thread::spawn(move || {
        if finished.recv_timeout(quiet) != Err(RecvTimeoutError::Timeout) {
            return;
        }
        {
            let mut phase = printer_phase.lock().unwrap_or_else(PoisonError::into_inner);
            if *phase == Phase::Done {
                return;
            }
            *phase = Phase::Showing;
        }
        loop {
            // A closed standard error is nothing to stop working for.
            let _ = write!(sink, "\r\x1b[K{}", line());
            let _ = sink.flush();
            if finished.recv_timeout(every) != Err(RecvTimeoutError::Timeout) {
                break;
            }
        }
        let _ = write!(sink, "\r\x1b[K");
        let _ = sink.flush();
    });
    let out = work();
    let shown = {
        let mut phase = phase.lock().unwrap_or_else(PoisonError::into_inner);
        let shown = *phase == Phase::Showing;
        *phase = Phase::Done;
        shown
    };
    drop(done);
    // The line is cleared before anything else is written; a line never shown needs no wait.
    if shown {
        let _ = printer.join();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sink the test can read after the printer thread is done with it.
    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl Shared {
        fn text(&self) -> String {
            String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
        }
    }

    #[test]
    fn long_work_shows_each_status_and_clears_the_line_at_the_end() {
        let sink = Shared::default();
        let status = Status::default();
        let shown = status.clone();
        status.set("reading");
        let out = show_while(
            Some(sink.clone()),
            Duration::from_millis(10),
            Duration::from_millis(5),
            move || format!("work: {}", shown.get()),
            || {
                std::thread::sleep(Duration::from_millis(60));
                status.set("placing");
                std::thread::sleep(Duration::from_millis(60));
                42
            },
        );
        assert_eq!(out, 42);
        let text = sink.text();
        assert!(text.contains("\r\x1b[Kwork: reading"), "{text:?}");
        assert!(text.contains("\r\x1b[Kwork: placing"), "{text:?}");
        assert!(text.ends_with("\r\x1b[K"), "the line is cleared: {text:?}");
    }

    #[test]
    fn quick_work_writes_nothing() {
        let sink = Shared::default();
        let out = show_while(
            Some(sink.clone()),
            Duration::from_secs(5),
            Duration::from_millis(5),
            || "never".to_string(),
            || "done",
        );
        assert_eq!(out, "done");
        assert_eq!(sink.text(), "");
    }

    #[test]
    fn without_a_terminal_nothing_is_shown_however_long_the_work() {
        let out = show_while(
            None::<Shared>,
            Duration::ZERO,
            Duration::from_millis(1),
            || unreachable!("no line is made without a sink"),
            || {
                std::thread::sleep(Duration::from_millis(20));
                7
            },
        );
        assert_eq!(out, 7);
    }
}
