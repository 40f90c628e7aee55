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
    /// What is loading (the article's path, or `standard input`), for an error that
    /// comes with no file of its own.
    what: String,
}

const STAGES: [Stage; 3] = [
    Stage::ReadingArticle,
    Stage::ReadingClaims,
    Stage::Anchoring,
];

impl Loader {
    /// Starts loading `sources` on a thread of its own.
    pub fn start(sources: Sources) -> Loader {
        let what = sources.article_name();
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
            what,
        }
    }

    /// What the load has to tell the reader now: a new stage, the finished document, or
    /// the error that stopped it. `None` while nothing has changed.
    ///
    /// # Errors
    /// The load's own error, as [`Sources::load`] gives it (a file that cannot be read,
    /// a claims file with a mistake at a place); if the loading thread ended without a
    /// result (it panicked), an [`Error::Io`] on what was loading. Never a terminal error.
    pub fn poll(&mut self) -> Option<Result<Action>> {
        match self.result.try_recv() {
            Ok(Ok(loaded)) => return Some(Ok(Action::Loaded(Box::new(loaded.doc)))),
            Ok(Err(error)) => return Some(Err(error)),
            Err(TryRecvError::Disconnected) => {
                return Some(Err(Error::Io {
                    path: self.what.clone(),
                    reason: "loading stopped without a result".into(),
                }));
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Polls until the load has something to say other than its stage.
    fn outcome(loader: &mut Loader) -> Result<Action> {
        let start = std::time::Instant::now();
        loop {
            match loader.poll() {
                Some(Ok(Action::LoadProgress(_))) | None => {}
                Some(outcome) => return outcome,
            }
            assert!(start.elapsed().as_secs() < 30, "the load never ended");
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    /// A claims file with a mistake stops the background load with that mistake, at its
    /// place in the file, as a load before the first screen would report it.
    #[test]
    fn a_failed_load_gives_its_own_error() {
        let dir = tempfile::tempdir().unwrap();
        let article = dir.path().join("a.md");
        std::fs::write(&article, "Pompeo said Iran is the new home base.\n").unwrap();
        let claims = dir.path().join("a.claims.toml");
        std::fs::write(&claims, "[[claim]]\nclaimant = \n").unwrap();
        let sources = Sources {
            article: Some(article),
            claims: Some(claims.clone()),
            decoding: Default::default(),
            stdin: None,
            page: None,
        };
        let expected = sources.load().expect_err("the claims file is wrong");
        let got = outcome(&mut Loader::start(sources)).expect_err("an error");
        assert!(matches!(got, Error::At(_)), "{got:?}");
        assert_eq!(got.to_string(), expected.to_string());
        assert!(
            got.to_string()
                .starts_with(&format!("{}:2:", claims.display()))
        );
    }

    /// A loading thread that ends without a result (a panic) is a failure to load what
    /// was loading, not a terminal's.
    #[test]
    fn a_load_that_ends_without_a_result_is_a_load_error() {
        let (send, result) = channel();
        drop::<std::sync::mpsc::Sender<Result<crate::document::source::Loaded>>>(send);
        let mut loader = Loader {
            result,
            stage: Arc::new(AtomicU8::new(0)),
            reported: 0,
            what: "big.md".into(),
        };
        let error = outcome(&mut loader).expect_err("an error");
        assert!(matches!(error, Error::Io { .. }), "{error:?}");
        assert_eq!(
            error.to_string(),
            "big.md: loading stopped without a result"
        );
    }
}
