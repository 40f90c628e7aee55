//! `counterpoint generate`: a generated article and claims file of the size asked for,
//! written as two new files (never over one).

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::output::print;

/// Writes `OUT.md` and `OUT.claims.toml` ([`generated_paths`]): an article of about
/// `megabytes` MB (1 MB = 1,000,000 bytes) with `claim_count` claims (default
/// [`generate_claims_for`]), the same for the same `seed`, each file's path and size said
/// on standard output.
///
/// # Errors
/// [`Error::Usage`] (exit status 2) when `out` is standard output, either file already
/// exists, its folder does not, or the claims asked for cannot fit in the size; an I/O
/// error naming the file when a write fails. Nothing is written when refused.
pub fn run(out: &Path, megabytes: f64, claim_count: Option<usize>, seed: u64) -> Result<()> {
    if crate::interchange::is_stdout(out) {
        return Err(Error::Usage(
            "generate writes two files, NAME.md and NAME.claims.toml, so --out - (standard output) cannot take them: give --out a name".into(),
        ));
    }
    let (article_path, claims_path) = generated_paths(out);
    generate_may_write(&article_path, &claims_path)?;
    // The options are checked when read (`args::parse_megabytes`, …).
    let bytes = (megabytes * 1_000_000.0) as usize;
    let count = claim_count.unwrap_or_else(|| generate_claims_for(megabytes));
    let (article, claims) = crate::document::generate::generate(bytes, count, seed);
    if let Some(asked) = claim_count
        && article.len() > bytes.saturating_mul(2)
    {
        return Err(Error::Usage(generate_too_small(
            megabytes,
            asked,
            article.len(),
        )));
    }
    for (path, text) in [(&article_path, &article), (&claims_path, &claims)] {
        let written = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
            .and_then(|mut file| file.write_all(text.as_bytes()));
        written.map_err(|e| generate_write_error(path, &e))?;
        print(&format!(
            "wrote {} ({} bytes)\n",
            path.display(),
            text.len()
        ))?;
    }
    Ok(())
}

/// `generate`'s claim count when `--claim-count` is not given: 1,000 claims a megabyte
/// (20,000 for the default 20 MB), at least 1.
fn generate_claims_for(megabytes: f64) -> usize {
    ((megabytes * 1000.0).round() as usize).max(1)
}

/// The refusal when `--claim-count asked` claims do not fit in `--megabytes megabytes`:
/// the article they make is `made` bytes, more than twice the size asked for. Names
/// both options, the size the claims need and how many claims fit.
fn generate_too_small(megabytes: f64, asked: usize, made: usize) -> String {
    let fit = (asked as f64 * megabytes * 1_000_000.0 / made as f64).floor() as usize;
    format!(
        "--claim-count {asked} does not fit in --megabytes {megabytes}: those claims make an article of {:.1} MB; give --megabytes {} or more, or at most {} (or leave out --claim-count: {} for this size)",
        made as f64 / 1_000_000.0,
        (made as f64 / 1_000_000.0).ceil(),
        crate::text::plural(fit.max(1), "claim"),
        generate_claims_for(megabytes),
    )
}

/// The two files `generate --out NAME` writes: `NAME.md` and `NAME.claims.toml`, the whole
/// name kept (`--out report.v2` writes `report.v2.md`, not `report.md`); a NAME already
/// ending in `.md` is the article's path itself.
fn generated_paths(out: &Path) -> (PathBuf, PathBuf) {
    let article = if out.extension().is_some_and(|e| e == "md") {
        out.to_path_buf()
    } else {
        let mut name = out.as_os_str().to_owned();
        name.push(".md");
        PathBuf::from(name)
    };
    let claims = crate::document::source::claims_path_for(&article);
    (article, claims)
}

/// Refuses, before anything is generated, when either file `generate` would write already
/// exists (it never writes over an article or a claims file) or its folder does not.
fn generate_may_write(article: &Path, claims: &Path) -> Result<()> {
    for path in [article, claims] {
        if path.exists() {
            return Err(Error::Usage(format!(
                "{} already exists: generate never writes over a file; give --out another name, or remove it first",
                path.display()
            )));
        }
    }
    crate::output::folder_must_exist(article)
}

/// A failed write of `generate`'s file `path`: one made meanwhile by another program is
/// said as such, anything else as [`Error::io`] says it.
fn generate_write_error(path: &Path, err: &std::io::Error) -> Error {
    if err.kind() == std::io::ErrorKind::AlreadyExists {
        return Error::Usage(format!(
            "{} already exists: generate never writes over a file; give --out another name, or remove it first",
            path.display()
        ));
    }
    Error::io(path, err)
}
