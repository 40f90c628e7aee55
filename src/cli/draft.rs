//! `counterpoint draft`: drafting an article's claims into a file (new, or merged into the one a person is reviewing), and scoring the drafter.

use std::path::{Path, PathBuf};

use crate::document::source::Sources;
use crate::draft::{Progress, entries_with, extract_article_with, header, merge, plan, score};
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
/// Quotes the article's claims file rejected (its `rejected` list) are left out, in a
/// merge and in a fresh draft written elsewhere alike.
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
    // Said before the drafting, not after it.
    if let Some(path) = out.filter(|p| !crate::interchange::is_stdout(p)) {
        crate::output::folder_must_exist(path)?;
    }
    let mut drafted = with_progress(|progress| {
        let extraction = extract_article_with(&article, progress);
        entries_with(&extraction, &article.body, progress)
    });
    let path = target(sources, out);
    // A fresh draft (to standard output, or to a file of its own) still leaves out what
    // was rejected in the article's claims file.
    let mut left_out = String::new();
    let fresh = path.as_deref().is_none_or(|p| !p.exists());
    if let Some(rejected) = rejected_beside(sources).filter(|r| fresh && !r.is_empty()) {
        let decided = plan::decide(&[], &rejected, &drafted, &article.body);
        if decided.counts.rejected > 0 {
            left_out = format!(
                " ({} left out as rejected)",
                plural(decided.counts.rejected, "drafted entry")
            );
        }
        drafted = decided.new.into_iter().map(|(_, entry)| entry).collect();
    }
    let responses: usize = drafted.iter().map(|c| c.responses.len()).sum();
    let counts = format!(
        "{} and {}",
        plural(drafted.len(), "claim"),
        plural(responses, "response")
    );
    let Some(path) = path else {
        let text = crate::claims::write::write(&drafted, &header(&article.name));
        crate::output::print(&text)?;
        return Ok(format!("drafted {counts}{left_out}"));
    };
    let name = path.display().to_string();
    let exists = path.exists();
    if exists && !merging {
        // `--merge` is offered only for a claims file: on the article itself, or any
        // other file, it would fail.
        return Err(Error::Usage(match not_claims(&path) {
            None => format!(
                "{name} already exists: `counterpoint draft --merge` adds to it and keeps what you reviewed, or give --out FILE"
            ),
            Some(what) => format!(
                "{name} already exists and is not a claims file ({what}): draft never writes over it; give --out another FILE"
            ),
        }));
    }
    if exists {
        let old = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, &e))?;
        let merged = merge::merge(&name, &old, &drafted, &article.body)?;
        crate::output::write_atomically(&path, &merged.text)?;
        let rejected = match merged.rejected {
            0 => String::new(),
            n => format!(", {n} left out as rejected"),
        };
        return Ok(format!(
            "merged into {name}: {} reviewed kept as they were, {} drafted afresh{rejected}",
            merged.kept, merged.added
        ));
    }
    let text = crate::claims::write::write(&drafted, &header(&article.name));
    crate::output::write_atomically(&path, &text)?;
    Ok(format!(
        "wrote {name}: {counts}, each a draft to review{left_out}"
    ))
}

/// Why the file at `path` is no claims file `draft --merge` could add to (a folder, not
/// text, not a claims file's TOML: the parser's first words), or `None` when it is one.
fn not_claims(path: &Path) -> Option<String> {
    if path.is_dir() {
        return Some("it is a folder".into());
    }
    let Ok(text) = std::fs::read_to_string(path) else {
        return Some("it cannot be read as text".into());
    };
    let name = path.display().to_string();
    let error = crate::claims::parse_text(&name, &text).err()?;
    let first = error.to_string();
    let first = first.lines().next().unwrap_or_default().trim().to_string();
    Some(crate::sanitize::clean_line(&first))
}

/// Runs `work`, showing how far it has come on a terminal's standard error when it goes on
/// for more than half a second ([`crate::cli::progress::while_working`]).
fn with_progress<T>(work: impl FnOnce(&Progress) -> T) -> T {
    let progress = Progress::default();
    let shown = progress.clone();
    crate::cli::progress::while_working(
        move || format!("drafting claims from the text… {}%", shown.percent()),
        || work(&progress),
    )
}

/// The `rejected` list of the article's own claims file, when it has one that reads;
/// `None` when there is none, or it cannot be read (drafting does not depend on it).
fn rejected_beside(sources: &Sources) -> Option<Vec<String>> {
    let path = sources.claims_path()?;
    let text = std::fs::read_to_string(&path).ok()?;
    let file = crate::claims::parse_file(&path.display().to_string(), &text).ok()?;
    Some(file.rejected)
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

/// Scores the drafter on the PolNeAR corpus in `dir` and prints the tables.
///
/// # Errors
/// Those of [`crate::draft::polnear_score::score_corpus`] (not a corpus or split folder, a
/// file that cannot be read, an `.ann` file that is not BRAT); then
/// [`Error::ClosedPipe`] or [`Error::Output`] when printing fails.
pub fn score_polnear(dir: &Path, misses: bool) -> Result<String> {
    use crate::draft::polnear_score;
    let reports = polnear_score::score_corpus(dir, misses)?;
    crate::output::print(&polnear_score::table(&reports, misses))?;
    let articles: usize = reports.iter().map(|r| r.articles).sum();
    Ok(format!("scored {}", plural(articles, "article")))
}
