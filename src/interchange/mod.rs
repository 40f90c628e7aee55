//! `counterpoint import` and `export`: claims files to and from ClaimReview, the Fact Check Tools API's form, and W3C Web Annotation.

pub(crate) mod claimreview;
pub(crate) mod json;
pub mod page;
pub(crate) mod web_annotation;

#[cfg(test)]
mod export_tests;

use std::path::Path;

use clap::ValueEnum;

use crate::article::Article;
use crate::document::source::Sources;
use crate::error::{Error, Result};
use crate::text::plural;
use claimreview::Defaults;

/// The forms claims come in from elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// schema.org ClaimReview: JSON-LD, a fact-check page carrying it, or a Google Fact
    /// Check Tools API response (told apart by their shape).
    Claimreview,
    /// W3C Web Annotation (an Annotation, a list, an AnnotationPage or Collection).
    Annotations,
}

/// The forms claims can be exported in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// schema.org ClaimReview JSON-LD, one per review.
    Claimreview,
    /// The Google Fact Check Tools API's response form (`{"claims": [...]}`).
    FactcheckApi,
    /// W3C Web Annotation: an AnnotationCollection over the article.
    Annotations,
}

/// Reads `file` in `format` and writes a claims file to `out` (or standard output);
/// returns what to tell the user.
///
/// # Errors
/// [`Error::Io`] naming `file` when it cannot be read; [`Error::At`] when its bytes look
/// binary or are not UTF-8; those of [`claimreview::import`] or
/// [`web_annotation::import`] for `format` (not JSON, nothing of that form in it);
/// those of [`crate::claims::parse_text`], in "the imported claims", if the claims file
/// written from them does not read back (e.g. a claim whose text is empty). Then
/// [`Error::Usage`] when `out` already exists (nothing is written over);
/// [`Error::Io`] when writing `out` fails (see [`crate::output::write_atomically`]); to
/// standard output, [`Error::ClosedPipe`] or [`Error::Output`] (see
/// [`crate::output::print`]).
pub fn import(format: ImportFormat, file: &Path, out: Option<&Path>) -> Result<String> {
    let out = out.filter(|o| !is_stdout(o));
    let bytes = std::fs::read(file).map_err(|e| Error::io(file, &e))?;
    let name = file.display().to_string();
    let text = crate::text::decode_utf8(&name, &bytes)?;
    let (claims, what, left_out) = match format {
        ImportFormat::Claimreview => {
            let (claims, shape) = claimreview::import(&name, &text)?;
            let what = match shape {
                claimreview::Shape::JsonLd => "ClaimReview JSON-LD",
                claimreview::Shape::FactCheckApi => "a Fact Check Tools API response",
            };
            (claims, what, 0)
        }
        ImportFormat::Annotations => {
            let (claims, left_out) = crate::interchange::web_annotation::import(&name, &text)?;
            (claims, "W3C Web Annotations", left_out)
        }
    };
    let file_name = file
        .file_name()
        .map_or(name.clone(), |n| n.to_string_lossy().into_owned());
    let header = format!(
        "Imported by counterpoint from {what} ({file_name}).\n\
         Each quote is the claim's text as the source gives it: where the article words it\n\
         differently, edit the quote to the article's words, then run `counterpoint check --fix`."
    );
    let written = crate::claims::write::write(&claims, &header);
    // What is written must read back as the same claims.
    crate::claims::parse_text("the imported claims", &written)?;
    let reviews: usize = claims.iter().map(|c| c.reviews.len()).sum();
    let responses: usize = claims.iter().map(|c| c.responses.len()).sum();
    let mut summary = format!(
        "imported {} with {} and {} from {name}",
        plural(claims.len(), "claim"),
        plural(reviews, "review"),
        plural(responses, "response")
    );
    if left_out > 0 {
        summary.push_str(&format!(
            "; left out {} with no text quote and no claim to answer",
            plural(left_out, "annotation")
        ));
    }
    write_out(out, &written)?;
    if let Some(out) = out {
        summary.push_str(&format!(" into {}", out.display()));
    }
    Ok(summary)
}

/// Writes the claims of `sources` in `format` to `out` (or standard output).
///
/// # Errors
/// Those of [`Sources::load_article`] and [`Sources::load_claims`] (a file that cannot be
/// read, is not UTF-8, or is malformed; a missing claims file beside the article is no
/// error, and no claims are exported); then [`Error::Usage`] when `out` already exists
/// (nothing is written over); [`Error::Io`] when writing `out` fails (see
/// [`crate::output::write_atomically`]); to standard output, [`Error::ClosedPipe`] or
/// [`Error::Output`] (see [`crate::output::print`]).
pub fn export(
    format: ExportFormat,
    sources: &Sources,
    out: Option<&Path>,
    drafts: bool,
) -> Result<String> {
    let mut warnings = Vec::new();
    let article = sources.load_article(&mut warnings)?;
    // The file's own order: an export mirrors the file, not the reading order.
    let (file, _) = sources.load_claims_file(&mut warnings)?;
    let (mut entries, rejected) = (file.claims, file.rejected.len());
    let out = out.filter(|o| !is_stdout(o));
    refuse_existing(out)?;
    // schema.org's dates are calendar dates: one that is none is left out, and said.
    let dates_note = leave_out_bad_dates(&mut entries, &warnings);
    let (entries, drafts_left_out) = if drafts {
        (entries, 0)
    } else {
        reviewed_only(entries)
    };
    // Claims that ClaimReview has nothing to publish for (no verdict, no review).
    let mut unreviewed = 0;
    // The experts' responses: ClaimReview and the Fact Check Tools API have no place for
    // them (Web Annotation does: each is an annotation of its own).
    // And the fact-checker's notes on claims, which Web Annotation keeps as comments.
    let (responses, notes) = match format {
        ExportFormat::Claimreview | ExportFormat::FactcheckApi => (
            entries.iter().map(|e| e.responses.len()).sum::<usize>(),
            entries.iter().filter(|e| e.note.is_some()).count(),
        ),
        ExportFormat::Annotations => (0, 0),
    };
    // Each item is written as it is made, so the export is never held whole.
    let count = match format {
        ExportFormat::Claimreview => {
            unreviewed = entries
                .iter()
                .filter(|e| e.reviews.is_empty() && e.verdict.is_none())
                .count();
            let defaults = defaults(&article);
            drop(article);
            write_out_with(out, |w| claimreview::write_json_ld(w, &entries, &defaults))?
        }
        ExportFormat::FactcheckApi => {
            let defaults = defaults(&article);
            drop(article);
            write_out_with(out, |w| claimreview::write_api(w, &entries, &defaults))?
        }
        ExportFormat::Annotations => {
            let source = article
                .meta
                .url
                .clone()
                .unwrap_or_else(|| article.name.clone());
            let doc = crate::document::Document::new(article, entries);
            write_out_with(out, |w| web_annotation::write(w, &doc, &source))?
        }
    };
    let noun = match format {
        ExportFormat::Claimreview => "ClaimReview",
        ExportFormat::FactcheckApi => "claim",
        ExportFormat::Annotations => "annotation",
    };
    let left_out = if unreviewed > 0 {
        format!(
            "; left out {} with no verdict or review to publish (give it a verdict)",
            plural(unreviewed, "claim")
        )
    } else {
        String::new()
    };
    let drafts_note = match drafts_left_out {
        0 => String::new(),
        n => format!(
            "; left out {} not yet reviewed (--drafts includes them, marked as drafts)",
            plural(n, "draft")
        ),
    };
    let notes_said = |n: usize| match n {
        1 => "1 claim's note".to_string(),
        n => format!("{n} claims' notes"),
    };
    let unplaceable = match (responses, notes) {
        (0, 0) => None,
        (r, 0) => Some(plural(r, "response")),
        (0, n) => Some(notes_said(n)),
        (r, n) => Some(format!("{} and {}", plural(r, "response"), notes_said(n))),
    };
    let responses_note = match unplaceable {
        None => String::new(),
        Some(what) => format!(
            "; left out {what}, which this format has no place for (export annotations keeps them)"
        ),
    };
    // The claims file's `rejected` list (drafts a person threw away, so that drafting
    // again does not bring them back) has no place in any of these formats: say so.
    let rejected_note = match rejected {
        0 => String::new(),
        n => format!(
            "; the claims file's rejected list ({}) is not in this format: keep the claims file to keep it",
            plural(n, "quote")
        ),
    };
    Ok(format!(
        "exported {}{}{left_out}{drafts_note}{responses_note}{rejected_note}{dates_note}",
        plural(count, noun),
        out.map(|o| format!(" to {}", o.display()))
            .unwrap_or_default()
    ))
}

/// Takes the dates that are no calendar dates out of `entries` (claims' and reviews'),
/// and says where each was in the claims file (`warnings`' [`Warning::Date`]s), for the
/// export's message; empty when every date is one.
///
/// [`Warning::Date`]: crate::warning::Warning::Date
fn leave_out_bad_dates(
    entries: &mut [crate::claims::ClaimEntry],
    warnings: &[crate::warning::Warning],
) -> String {
    use crate::claims::dates::is_calendar_date;
    for claim in entries.iter_mut() {
        if claim
            .date
            .as_deref()
            .is_some_and(|d| !is_calendar_date(d.trim()))
        {
            claim.date = None;
        }
        for review in &mut claim.reviews {
            if review
                .date
                .as_deref()
                .is_some_and(|d| !is_calendar_date(d.trim()))
            {
                review.date = None;
            }
        }
    }
    let places: Vec<String> = (warnings.iter())
        .filter_map(|w| match w {
            crate::warning::Warning::Date { at, date } => Some(format!("{at} `{date}`")),
            _ => None,
        })
        .collect();
    match places.len() {
        0 => String::new(),
        n => format!(
            "; left out {} that {} no calendar date (YYYY-MM-DD, YYYY-MM, YYYY, or a day and time as 2021-01-14T09:30:00Z): {}",
            plural(n, "date"),
            if n == 1 { "is" } else { "are" },
            places.join(", ")
        ),
    }
}

/// The entries a person has reviewed, and how many drafted entries (claims and
/// responses with `draft = true`) were left out: a drafted claim goes with all its
/// responses (each counted), a drafted response of a reviewed claim alone.
pub(crate) fn reviewed_only(
    entries: Vec<crate::claims::ClaimEntry>,
) -> (Vec<crate::claims::ClaimEntry>, usize) {
    let mut left_out = 0;
    let kept = entries
        .into_iter()
        .filter_map(|mut claim| {
            if claim.draft.is_some() {
                left_out += 1 + claim.responses.len();
                return None;
            }
            let before = claim.responses.len();
            claim.responses.retain(|r| r.draft.is_none());
            left_out += before - claim.responses.len();
            Some(claim)
        })
        .collect();
    (kept, left_out)
}

/// Whether an output path means standard output: `-`, as every command that writes
/// takes it.
pub fn is_stdout(path: &Path) -> bool {
    path == Path::new("-")
}

/// A review made from a hand-written verdict is written by the article's byline (else
/// its outlet), published by its outlet, at the article's address (its front matter's
/// `url`, or the address it was fetched from), on its date.
fn defaults(article: &Article) -> Defaults {
    Defaults {
        publisher: article.meta.outlet.clone(),
        reviewer: article.meta.byline.clone(),
        // The front matter's address, else the address the article was fetched from.
        url: (article.meta.url.clone()).or_else(|| {
            (article.name.starts_with("https://") || article.name.starts_with("http://"))
                .then(|| article.name.clone())
        }),
        date: article.meta.date.clone(),
    }
}

/// Writes to a new file, atomically, never over an existing one; or to standard output.
fn write_out(out: Option<&Path>, text: &str) -> Result<()> {
    refuse_existing(out)?;
    match out {
        Some(path) if is_device(path) => {
            write_device(path, |w| std::io::Write::write_all(w, text.as_bytes()))
        }
        Some(path) => crate::output::write_atomically(path, text),
        None => crate::output::print(text),
    }
}

/// The error for an `out` that already exists: nothing is written over.
fn refuse_existing(out: Option<&Path>) -> Result<()> {
    if let Some(path) = out.filter(|p| !is_stdout(p)) {
        crate::output::folder_must_exist(path)?;
    }
    match out {
        Some(path) if path.exists() && !is_device(path) => Err(Error::Usage(format!(
            "{} already exists; counterpoint does not write over a file: choose another --out, or remove it first",
            path.display()
        ))),
        _ => Ok(()),
    }
}

/// Writes what `write` makes, as it makes it, and a closing line break to a new file
/// (atomically) or to standard output; returns what `write` returned. The caller has
/// refused an `out` that exists ([`refuse_existing`]).
fn write_out_with(
    out: Option<&Path>,
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<usize>,
) -> Result<usize> {
    let write = |w: &mut dyn std::io::Write| {
        let count = write(w)?;
        w.write_all(b"\n")?;
        Ok(count)
    };
    match out {
        Some(path) if is_device(path) => write_device(path, write),
        Some(path) => crate::output::write_atomically_with(path, write),
        None => crate::output::print_with(write),
    }
}

/// Whether `path` is there and is neither a regular file nor a folder: a device, a FIFO,
/// a socket (`/dev/stdout`, `/dev/null`, `/dev/full`, a named pipe). Naming one is the
/// user's choice to write there: it is written to as it is, not refused as a file that
/// exists, nor replaced.
fn is_device(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

/// Writes what `write` makes to the device at `path`, opened as it is ([`is_device`]).
///
/// # Errors
/// [`Error::Io`] naming `path` when it cannot be opened, or a write or the flush fails
/// (`/dev/full`: no space left on the device).
fn write_device<T>(
    path: &Path,
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<T>,
) -> Result<T> {
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(|e| Error::io(path, &e))?;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, file);
    write(&mut out)
        .and_then(|made| std::io::Write::flush(&mut out).map(|()| made))
        .map_err(|e| Error::io(path, &e))
}
