//! Opening an address from the command line: the page fetched with a line on standard error saying how far it has come, kept with `--save FILE`.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::time::Duration;

use crate::cli::progress::{Status, while_working};
use crate::error::{Error, Result};
use crate::fetch::{Limits, Page, received};

/// Fetches `url`, saying on a terminal (after half a second) how many bytes have come;
/// with `save`, writes the page as it was sent to that file. Returns the page and the
/// file it was saved to.
///
/// # Errors
/// Those of [`Limits::from_environment`] and [`crate::fetch::fetch`] (exit status 2, naming the address);
/// [`Error::Cancelled`] when Ctrl-c (SIGINT) comes first; those of
/// [`crate::output::write_bytes_atomically`] naming the file when it cannot be saved.
pub fn fetch(url: &str, save: Option<&Path>) -> Result<(Arc<Page>, Option<PathBuf>)> {
    let limits = Limits::from_environment()?;
    let status = Status::default();
    let shown = status.clone();
    status.set(format!("fetching {url}…"));
    // Ctrl-c stops the wait at once (a read may be blocked on a slow server): the fetch
    // runs on a thread of its own and is left behind; the line is cleared on the way out.
    let cancelled = Arc::new(AtomicBool::new(false));
    let handler = signal_hook::flag::register(signal_hook::consts::SIGINT, cancelled.clone()).ok();
    let (send, result) = mpsc::channel();
    let (address, progress) = (url.to_string(), status.clone());
    std::thread::spawn(move || {
        let page = crate::fetch::fetch(&address, limits, &mut |got, of| {
            progress.set(format!("fetching {address}… {}", received(got, of)));
        });
        let _ = send.send(page);
    });
    let page = while_working(
        move || format!("counterpoint: {}", shown.get()),
        || loop {
            match result.recv_timeout(Duration::from_millis(20)) {
                Ok(page) => break page,
                Err(mpsc::RecvTimeoutError::Timeout) if !cancelled.load(Ordering::Relaxed) => {}
                Err(_) => break Err(Error::Cancelled(url.to_string())),
            }
        },
    );
    if let Some(id) = handler {
        signal_hook::low_level::unregister(id);
    }
    let page = page?;
    if let Some(path) = save {
        crate::output::write_bytes_atomically(path, &page.bytes)?;
    }
    Ok((Arc::new(page), save.map(Path::to_path_buf)))
}

/// `--save FILE` without an address to fetch.
///
/// # Errors
/// Always: [`Error::Usage`] saying what `--save` is for.
pub fn save_needs_an_address(file: &Path) -> Error {
    Error::Usage(format!(
        "--save {}: keeps a page fetched from an address (counterpoint https://… --save FILE); this article is a file already",
        file.display()
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn progress_names_sizes_as_people_read_them() {
        assert_eq!(
            crate::fetch::received(1_234_567, Some(3_400_000)),
            "1.2 MB of 3.4 MB"
        );
        assert_eq!(crate::fetch::received(811_200, None), "812 kB");
    }
}
