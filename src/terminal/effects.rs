//! Carrying out the effects `update` returns: the clipboard, the link opener, the drafted claims file, reloading, suspending, quitting; each answered with its result as an action.

use crate::document::source::Sources;
use crate::document::{Claim, Document};
use crate::error::Result;
use crate::reader::action::Action;
use crate::reader::effect::Effect;
use crate::reader::state::State;
use crate::reader::update::update;
use crate::warning::{Part, Warning};
use std::io::stdout;

use super::{Screen, Watch, suspend, terminal_size};

/// Applies `action` to the state, carries out the effects `update` returns (in order), and
/// applies what came of each the same way, until nothing is left to do. `Ok(true)` when
/// an effect is to quit; errors are the terminal's (suspending and resuming).
pub(super) fn apply(
    action: Action,
    state: &mut State,
    terminal: &mut Screen,
    sources: &Sources,
    watch: &mut Watch,
    captured: &mut bool,
) -> Result<bool> {
    let mut actions = std::collections::VecDeque::from([action]);
    while let Some(action) = actions.pop_front() {
        for effect in update(state, action) {
            let result = match effect {
                Effect::Copy(text) => {
                    let osc52 = crate::reader::model::clipboard::osc52(&text);
                    let error = send_to_terminal(&osc52).err();
                    Action::Copied { error }
                }
                Effect::OpenLink(url) => {
                    let error = open_link(&url).err();
                    Action::LinkOpened { url, error }
                }
                Effect::WriteDraft(text) => write_draft(sources, watch, &text),
                Effect::Reload => {
                    let reloaded = reload(state, sources);
                    *watch = Watch::new(sources);
                    reloaded
                }
                Effect::Suspend => {
                    suspend(terminal)?;
                    *captured = false;
                    terminal_size(terminal)?
                }
                Effect::Quit => return Ok(true),
            };
            actions.push_back(result);
        }
    }
    Ok(false)
}

/// Writes the drafted claims file beside the article; returns what came of it for the
/// state. The watch takes the new file as read: the reader's own write is not a change on
/// disk to report.
pub(super) fn write_draft(sources: &Sources, watch: &mut Watch, text: &str) -> Action {
    let path = sources.claims_path();
    let (name, error) = match crate::output::write_new(path.as_deref(), text) {
        Ok(name) => (name, None),
        Err(error) => (String::new(), Some(error)),
    };
    if let (Some(path), None) = (&path, &error) {
        watch.wrote(path);
    }
    Action::DraftWritten { path: name, error }
}

/// Writes an escape sequence straight to the terminal, between frames.
fn send_to_terminal(sequence: &str) -> std::result::Result<(), String> {
    use std::io::Write;
    let mut out = stdout().lock();
    out.write_all(sequence.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| e.to_string())
}

/// Hands a link to the system's opener ([`crate::reader::model::links::opener`]), which runs on its own:
/// its input and output go nowhere, so it cannot draw over the reader. The link is one
/// argument, never seen by a shell.
fn open_link(url: &str) -> std::result::Result<(), String> {
    if !crate::reader::model::links::openable(url) {
        return Err("only http, https and mailto links are opened".into());
    }
    let program = crate::reader::model::links::opener(std::env::var("BROWSER").ok().as_deref());
    std::process::Command::new(&program)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map(|mut child| {
            // Reaped when it ends, so no finished opener lingers as a zombie.
            std::thread::spawn(move || child.wait());
        })
        .map_err(|e| format!("{program}: {e}"))
}

/// Reads the article and claims again. A part that fails keeps its last good version, and
/// the error is reported.
fn reload(state: &State, sources: &Sources) -> Action {
    if sources.article.is_none() && sources.claims.is_none() {
        return Action::Notify("the bundled sample is built in: there is nothing to reload".into());
    }
    let mut warnings = Vec::new();
    let mut errors = Vec::new();
    let article = sources.load_article(&mut warnings).unwrap_or_else(|e| {
        errors.push(Warning::NotReloaded {
            part: Part::Article,
            error: e.to_string(),
        });
        state.doc.article.clone()
    });
    let entries = match sources.load_claims(&mut warnings) {
        Ok((entries, _)) => entries,
        Err(e) => {
            errors.push(Warning::NotReloaded {
                part: Part::Claims,
                error: e.to_string(),
            });
            state.doc.claims.iter().map(Claim::to_entry).collect()
        }
    };
    let mut doc = Document::new(article, entries);
    doc.warnings.extend(warnings);
    Action::Reloaded {
        doc: Box::new(doc),
        errors,
    }
}
