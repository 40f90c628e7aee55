//! Noticing that the files behind the document changed on disk: each file's modification
//! time when it was read, looked at again once a second while no key is pressed, the
//! reader's own writes taken as read.

use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime};

use crate::document::source::Sources;

/// How often the loop looks at the files' modification times.
const FILE_CHECK: Duration = Duration::from_secs(1);

/// The files behind the document and when they last changed, to notice edits.
pub(super) struct Watch {
    files: Vec<(PathBuf, Option<SystemTime>)>,
    last_check: Instant,
    reported: bool,
}

impl Watch {
    pub(super) fn new(sources: &Sources) -> Watch {
        let files = sources
            .files()
            .into_iter()
            .map(|path| {
                let modified = modified(&path);
                (path, modified)
            })
            .collect();
        Watch {
            files,
            last_check: Instant::now(),
            reported: false,
        }
    }

    /// Whether a file changed since it was read (said once until the next reload). A
    /// file `own` says the reader itself wrote (its bytes are those of its last save) is
    /// taken as read again.
    pub(super) fn changed(&mut self, own: impl Fn(&std::path::Path) -> bool) -> bool {
        if self.reported || self.last_check.elapsed() < FILE_CHECK {
            return false;
        }
        self.last_check = Instant::now();
        for (path, seen) in &mut self.files {
            let now = modified(path);
            if now != *seen {
                if own(path) {
                    *seen = now;
                } else {
                    self.reported = true;
                }
            }
        }
        self.reported
    }
}

fn modified(path: &std::path::Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}
