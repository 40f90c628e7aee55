//! Where counterpoint keeps what it remembers between sessions (reading places, search history): a leaf every part may use without knowing the reader.

use std::path::PathBuf;

/// counterpoint's folder for what it keeps between sessions (places, search history):
/// `$XDG_STATE_HOME/counterpoint`, else `~/.local/state/counterpoint`; `None` with
/// neither variable set.
pub fn state_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_STATE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".local/state"))
        })?;
    Some(base.join("counterpoint"))
}
