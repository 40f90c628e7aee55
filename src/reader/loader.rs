//! Loading beside the reader's start: a large document in the background while its
//! beginning is shown, and a small one's claims file on a second thread while the article
//! is read and the terminal made ready.

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

/// What reading a claims file gives ([`Sources::load_claims_file`]), with its warnings.
type ClaimsRead = (
    Result<(crate::claims::ClaimsFile, Option<String>)>,
    Vec<crate::warning::Warning>,
);

/// A small document's claims file read and parsed on a thread of its own, started before
/// the reader's first screen is prepared, and then whatever else the first screen needs
/// that the document does not (`then`: the reader makes its screen's buffers there). The
/// thread that started it reads the reading places, asks the terminal for its colours and
/// reads the article meanwhile; [`ClaimsBeside::load`] puts the two together. On the
/// sample that takes the claims file's 0.84 M instructions (its TOML) and the screen's
/// 0.26 M off the first screen's path, onto a second core.
pub struct ClaimsBeside<T> {
    thread: std::thread::JoinHandle<(ClaimsRead, T)>,
}

impl<T: Send + 'static> ClaimsBeside<T> {
    /// Starts reading the claims file of `sources` on a thread, which then runs `then`;
    /// `None` when no thread could be started (then load on this one, [`Sources::load`]).
    pub fn start(
        sources: &Sources,
        then: impl FnOnce() -> T + Send + 'static,
    ) -> Option<ClaimsBeside<T>> {
        let sources = sources.clone();
        std::thread::Builder::new()
            .name("claims".into())
            .spawn(move || {
                let mut warnings = Vec::new();
                let read = sources.load_claims_file(&mut warnings);
                ((read, warnings), then())
            })
            .ok()
            .map(|thread| ClaimsBeside { thread })
    }

    /// The document, as [`Sources::load`] gives it for the same `sources` (the article
    /// read here, the claims file waited for, the claims placed), and what `then` gave.
    ///
    /// # Errors
    /// Those of [`Sources::load`], in its order: the article's first (the thread is then
    /// not waited for), then the claims file's. A panic on the thread goes on here, as if
    /// its work had been done on this one.
    pub fn load(self, sources: &Sources) -> Result<(crate::document::source::Loaded, T)> {
        let mut warnings = Vec::new();
        let article = sources.load_article_told(&mut warnings)?;
        let ((claims, theirs), then) = self
            .thread
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        warnings.extend(theirs);
        Ok((sources.assemble(article, claims?, warnings), then))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::source::Loaded;

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

    /// The files of one case: the article's text (or none: the sample) and the claims
    /// file's (or none: no file beside it), loaded both ways.
    fn both_ways(article: Option<&str>, claims: Option<&str>, named: bool) -> (String, String) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        let claims_path = dir.path().join("a.claims.toml");
        if let Some(text) = article {
            std::fs::write(&path, text).unwrap();
        }
        if let Some(text) = claims {
            std::fs::write(&claims_path, text).unwrap();
        }
        let sources = Sources {
            article: article.map(|_| path.clone()),
            claims: named.then(|| claims_path.clone()),
            ..Sources::default()
        };
        // Every part of the document but its tally, whose maps print in no fixed order
        // (the tally is counted from the claims, which are compared).
        let shown = |loaded: Result<crate::document::source::Loaded>| match loaded {
            Ok(Loaded { doc, claims_name }) => format!(
                "{claims_name:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}",
                doc.article, doc.claims, doc.spans, doc.warnings, doc.rejected, doc.page_offer
            ),
            Err(error) => format!("error: {error}"),
        };
        let at_once = shown(sources.load());
        let beside = ClaimsBeside::start(&sources, || 7).expect("a thread");
        let beside = shown(beside.load(&sources).map(|(loaded, then)| {
            assert_eq!(then, 7, "what the thread did after the claims file");
            loaded
        }));
        (at_once, beside)
    }

    /// Reading the claims file on a second thread gives what the load on one gives: the
    /// same document, warnings in the same order, the same error (the article's first
    /// when both are wrong), for the shapes a load meets.
    #[test]
    fn claims_read_beside_give_the_same_document_or_error() {
        let said = "Pompeo said Iran is the new home base of the group.\n\nHe said more.\n";
        let claim = "[[claim]]\nid = \"c1\"\nquote = \"Iran is the new home base\"\nclaimant = \"Mike Pompeo\"\nverdict = \"false\"\n";
        let cases: [(Option<&str>, Option<&str>, bool); 10] = [
            (Some(said), Some(claim), false),
            (Some(said), Some(claim), true),
            // No claims file beside the article, or one named and missing.
            (Some(said), None, false),
            (Some(said), None, true),
            // A claims file with a mistake; an empty one (no claims).
            (Some(said), Some("[[claim]]\nclaimant = \n"), false),
            (Some(said), Some(""), false),
            // A quote the article does not have; an article without text.
            (
                Some(said),
                Some(&claim.replace("new home", "old home")),
                false,
            ),
            (Some(""), Some(claim), false),
            // A binary article (a NUL byte), with a wrong claims file: the article's error.
            (Some("caf\u{0}e"), Some("[[claim]]\nclaimant = \n"), false),
            // The bundled sample.
            (None, None, false),
        ];
        for (article, claims, named) in cases {
            let (at_once, beside) = both_ways(article, claims, named);
            assert_eq!(beside, at_once, "{article:?} {claims:?} {named}");
        }
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
