//! The editing session's sub-state: where the claims file is saved (or why it cannot be), the undo history, whether what is shown is saved, the forms kept for next time, and the drafts left to review.

pub use crate::config::SavePolicy;
use crate::document::Document;
use crate::reader::model::form::{Form, Purpose};
use crate::reader::model::history::History;
use crate::reader::model::known::Known;

/// The files the bundled sample is copied to, in the current directory: its article and
/// its claims file.
pub const SAMPLE_COPY: (&str, &str) = ("counterpoint-sample.md", "counterpoint-sample.claims.toml");

/// Why the sample cannot be copied when one of its copy's files is here without the
/// other (`article`, `claims`: which are here); `None` when both or neither are.
pub fn sample_copy_refusal(article: bool, claims: bool) -> Option<String> {
    let (a, c) = SAMPLE_COPY;
    match (article, claims) {
        (true, false) => Some(format!(
            "not copied: {a} is already here without its claims file; open it with `counterpoint {a}`, or move it away to copy the sample"
        )),
        (false, true) => Some(format!(
            "not copied: {c} is already here without {a}; move it away to copy the sample"
        )),
        _ => None,
    }
}

/// Where edits go, settled when the document is opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The claims file at this path (it may not exist yet: the first edit creates it).
    File { name: String, exists: bool },
    /// The claims file cannot be written: says which and why.
    ReadOnly { name: String, why: String },
    /// The bundled sample, read-only: the first edit offers to copy it here.
    Sample,
    /// The bundled sample, read-only, with files of an earlier session's copy already in
    /// this directory ([`SAMPLE_COPY`]; which are here, at least one): the first edit
    /// offers to open that copy, or says why nothing can be copied.
    SampleCopyHere { article: bool, claims: bool },
    /// Nowhere to save (an article from standard input without `--claims`): why.
    Nowhere { why: String },
    /// A page fetched from an address and not saved: the first edit offers to save it as
    /// `file` (in the current directory, a name not taken) with its claims file beside it.
    UnsavedPage { file: String, claims: String },
}

impl Target {
    /// Why edits cannot be saved here, or `None` when they can.
    pub fn refusal(&self) -> Option<String> {
        match self {
            Target::File { .. }
            | Target::Sample
            | Target::SampleCopyHere { .. }
            | Target::UnsavedPage { .. } => None,
            Target::ReadOnly { name, why } => Some(format!(
                "{name} cannot be written ({why}): edits could not be saved"
            )),
            Target::Nowhere { why } => Some(why.clone()),
        }
    }
}

/// Whether what the reader shows is on disk.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Saving {
    /// Nothing to write.
    #[default]
    Saved,
    /// Edits made and journaled, not written yet (on the save key, or a write under way).
    Unsaved,
    /// The last write failed: why (the edits are journaled and kept).
    Failed(String),
}

/// The editing session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Editing {
    pub target: Option<Target>,
    pub policy: SavePolicy,
    pub history: History,
    pub saving: Saving,
    /// Forms closed with typing in them, one per purpose, brought back when a form of
    /// that purpose opens again on the same words (a new claim on other words starts
    /// empty).
    pub kept: Vec<Form>,
    /// A form waiting while its quote is selected again (Ctrl-o).
    pub parked: Option<Box<Form>>,
    /// What the open form offers (gathered when it opened).
    pub known: Known,
    /// A draft is being made off the keystroke path (`D`); its result merges when done.
    pub drafting: bool,
    /// How far that draft has come, in percent.
    pub draft_percent: u8,
    /// The entry (claim in reading order, response) that took the place of the selected
    /// claim when an edit took that claim out (`X`, `x`): the next draft is looked for
    /// from it, itself included, while it stays selected, so none is skipped.
    pub review_from: Option<(usize, Option<usize>)>,
    /// The save key was answered by reading the file again (another program had changed
    /// it): what that did, said with the save that follows it.
    pub save_note: Option<String>,
    /// The quit question's save key was pressed: the reader quits once the file is saved.
    pub quit_when_saved: bool,
    /// The claims file on disk did not read when it was last read again, and that was
    /// said: edits made since are kept unsaved, each said in a few words.
    pub unreadable: bool,
}

impl Editing {
    /// The typing kept from an earlier form for `purpose` (taken out of the store): the
    /// same entry's form opened again, or a new entry's on the same body bytes `quote`. A
    /// new claim or response on other words gets none (the kept one waits for its own).
    pub fn take_kept(&mut self, purpose: &Purpose, quote: &std::ops::Range<usize>) -> Option<Form> {
        let new = matches!(purpose, Purpose::NewClaim | Purpose::NewResponse { .. });
        let at = (self.kept.iter())
            .position(|f| f.purpose == *purpose && (!new || f.quote == *quote))?;
        Some(self.kept.remove(at))
    }

    /// Keeps `form`'s typing for the next form of its purpose.
    pub fn keep(&mut self, form: Form) {
        self.kept.retain(|f| f.purpose != form.purpose);
        self.kept.push(form);
    }

    /// For the status bar: "unsaved", "not saved: <why>", or `None` when all is on disk.
    pub fn mark(&self) -> Option<String> {
        match &self.saving {
            Saving::Saved => None,
            Saving::Unsaved => Some("unsaved".into()),
            Saving::Failed(why) => Some(format!("not saved: {why}")),
        }
    }
}

/// The next drafted entry after (`claim`, `response`) in reading order (`inclusive`: at
/// it or after), going round: a claim's own draft comes before its responses'. `None`
/// when there is none.
pub fn next_draft(
    doc: &Document,
    claim: Option<usize>,
    response: Option<usize>,
    inclusive: bool,
) -> Option<(usize, Option<usize>)> {
    let entries = doc.claims.iter().enumerate().flat_map(|(c, claim)| {
        std::iter::once((c, None, claim.entry.draft.is_some())).chain(
            claim
                .responses
                .iter()
                .enumerate()
                .map(move |(r, resp)| (c, Some(r), resp.entry.draft.is_some())),
        )
    });
    let mut drafts = entries
        .filter(|&(_, _, draft)| draft)
        .map(|(c, r, _)| (c, r));
    let Some(here) = claim.map(|c| key((c, response))) else {
        return drafts.next();
    };
    // The first draft past here, else the first of all (going round); the walk stops at
    // the draft it finds.
    let past = |e: &(usize, Option<usize>)| {
        if inclusive {
            key(*e) >= here
        } else {
            key(*e) > here
        }
    };
    let first = drafts.next()?;
    if past(&first) {
        return Some(first);
    }
    drafts.find(past).or(Some(first))
}

/// An entry's place in reading order: a claim before its responses.
fn key((claim, response): (usize, Option<usize>)) -> (usize, usize) {
    (claim, response.map_or(0, |r| r + 1))
}
