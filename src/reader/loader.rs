//! Loading a large document in the background while the reader shows its beginning.

use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::document::source::{Sources, Stage};
use crate::error::{Error, Result};
use crate::reader::action::Action;

/// A load under way on another thread.
pub struct Loader {
    result: Receiver<Result<crate::document::source::Loaded>>,
    /// The stage reached, as an index into [`STAGES`] plus one (0: not started).
    stage: Arc<AtomicU8>,
    /// The stage last reported to the state.
    reported: u8,
}

const STAGES: [Stage; 3] = [
    Stage::ReadingArticle,
    Stage::ReadingClaims,
    Stage::Anchoring,
];

impl Loader {
    /// Starts loading `sources` on a thread of its own.
    pub fn start(sources: Sources) -> Loader {
        let (send, result) = channel();
        let stage = Arc::new(AtomicU8::new(0));
        let reached = stage.clone();
        std::thread::spawn(move || {
            let loaded = sources.load_in_stages(|s| {
                let index = STAGES.iter().position(|&t| t == s).unwrap_or(0);
                reached.store(index as u8 + 1, Ordering::Relaxed);
            });
            // The reader may have quit already; then nobody wants the result.
            let _ = send.send(loaded);
        });
        Loader {
            result,
            stage,
            reported: 0,
        }
    }

    /// What the load has to tell the reader now: a new stage, the finished document, or
    /// the error that stopped it. `None` while nothing has changed.
    pub fn poll(&mut self) -> Option<Result<Action>> {
        match self.result.try_recv() {
            Ok(Ok(loaded)) => return Some(Ok(Action::Loaded(Box::new(loaded.doc)))),
            Ok(Err(error)) => return Some(Err(error)),
            Err(TryRecvError::Disconnected) => {
                return Some(Err(Error::Terminal(
                    "loading stopped without a result".into(),
                )));
            }
            Err(TryRecvError::Empty) => {}
        }
        let stage = self.stage.load(Ordering::Relaxed);
        if stage == self.reported || stage == 0 {
            return None;
        }
        self.reported = stage;
        let what = STAGES[usize::from(stage - 1)].describe();
        Some(Ok(Action::LoadProgress(what.to_string())))
    }
}
