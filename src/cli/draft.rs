//! `counterpoint draft`: drafting an article's claims into a file (new, or merged into the one a person is reviewing), and scoring the drafter.

use std::path::{Path, PathBuf};

use crate::document::source::Sources;
use crate::draft::{entries, extract_article, header, merge, score};
use crate::error::{Error, Result};
use crate::text::plural;

/// Where a draft goes: standard output, or a file.
fn target(sources: &Sources, out: Option<&Path>) -> Option<PathBuf> {
    match out {
        Some(path) if path == Path::new("-") => None,
        Some(path) => Some(path.to_path_buf()),
        None => sources.claims_path(),
    }
}

/// Drafts the claims of the article `sources` names. Returns what was done, for stderr.
///
/// # Errors
/// Those of [`Sources::load_article`] (the article cannot be read, is not UTF-8, or is
/// malformed). When the target file (`out`, else the claims file beside the article)
/// exists: [`Error::Usage`] without `merging`, saying to use `--merge` or `--out`; with
/// it, [`Error::Io`] when the file cannot be read and those of [`merge::merge`] (the
/// existing file is malformed). Writing a file gives [`Error::Io`] (see
/// [`crate::output::write_atomically`]); printing to standard output (`--out -`, or an
/// article from standard input) gives [`Error::ClosedPipe`] or [`Error::Output`].
pub fn draft(sources: &Sources, out: Option<&Path>, merging: bool) -> Result<String> {
    let mut warnings = Vec::new();
    let article = sources.load_article(&mut warnings)?;
    let extraction = extract_article(&article);
    let drafted = entries(&extraction, &article.body);
    let responses: usize = drafted.iter().map(|c| c.responses.len()).sum();
    let counts = format!(
        "{} and {}",
        plural(drafted.len(), "claim"),
        plural(responses, "response")
    );
    let Some(path) = target(sources, out) else {
        let text = crate::claims::write::write(&drafted, &header(&article.name));
        crate::output::print(&text)?;
        return Ok(format!("drafted {counts}"));
    };
    let name = path.display().to_string();
    let exists = path.exists();
    if exists && !merging {
        return Err(Error::Usage(format!(
            "{name} already exists: `counterpoint draft --merge` adds to it and keeps what you reviewed, or give --out FILE"
        )));
    }
    if exists {
        let old = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, &e))?;
        let merged = merge::merge(&name, &old, &drafted, &article.body)?;
        crate::output::write_atomically(&path, &merged.text)?;
        return Ok(format!(
            "merged into {name}: {} reviewed kept as they were, {} drafted afresh",
            merged.kept, merged.added
        ));
    }
    let text = crate::claims::write::write(&drafted, &header(&article.name));
    crate::output::write_atomically(&path, &text)?;
    Ok(format!("wrote {name}: {counts}, each a draft to review"))
}

/// Scores the drafter on the gold annotations in `dir` and prints the table.
///
/// # Errors
/// Those of [`score::score_dir`] (the folder cannot be listed, holds no gold file, or a
/// gold file or its article cannot be read, parsed or placed); then
/// [`Error::ClosedPipe`] or [`Error::Output`] when printing the table fails.
pub fn score(dir: &Path, misses: bool) -> Result<String> {
    let reports = score::score_dir(dir)?;
    crate::output::print(&score::table(&reports, misses))?;
    Ok(format!("scored {}", plural(reports.len(), "article")))
}
