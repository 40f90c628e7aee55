//! The program's own sources, for the tests that read them for a kind of fault (counts
//! before plural nouns, quotes between marks put by hand).

use std::path::{Path, PathBuf};

/// Every `.rs` file under the crate's `src/`, as (path, text), except test modules kept in
/// files of their own (`*_tests.rs`, `tests.rs`); a file's own `#[cfg(test)]` part is the
/// caller's to stop at.
pub fn program_sources() -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out.sort();
    out
}

fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(&path, out);
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.ends_with(".rs") || name.ends_with("_tests.rs") || name == "tests.rs" {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        out.push((path, text));
    }
}
