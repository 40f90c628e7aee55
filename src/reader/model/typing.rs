//! What was typed in forms, kept across sessions: the open form and the forms closed with typing in them, written to the state directory after every change so that a closed terminal, a signal or a crash never loses them, and read back when the claims file is opened again.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::reader::model::form::{Field, Form, Purpose};

/// The typing of every form worth keeping for one claims file, as written to
/// `$XDG_STATE_HOME/counterpoint/typing/<hash>.json`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Typing {
    /// The claims file they belong to, as the reader named it (for a person reading the
    /// file; the file's name is a hash of its absolute path).
    #[serde(default)]
    pub claims: String,
    pub forms: Vec<TypedForm>,
}

/// One form's typing, named by what it does rather than by indices into this session's
/// document, so it can be placed in the next one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypedForm {
    /// The form's title: `new claim`, `new response`, `edit claim` or `edit response`.
    pub purpose: String,
    /// The id of the claim the form answers or edits (`None` for a new claim).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim: Option<String>,
    /// For an edited response, its place among its claim's responses (from 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<usize>,
    /// The words the entry quotes (the TextQuoteSelector's `exact`) and where they begin
    /// in the article's body, in bytes.
    pub quote: String,
    pub start: usize,
    /// Each field's label (`claimant`, `stance`, …) and its text as typed.
    pub fields: Vec<(String, String)>,
    /// Each field's text when the form opened, to tell what was typed from what was not.
    pub initial: Vec<String>,
    /// The field typed in last (an index into `fields`).
    pub focus: usize,
    /// Whether its quote was chosen again (Ctrl-o) before it was kept.
    #[serde(default)]
    pub requoted: bool,
    /// Whether the form was open when the reader ended: it opens again at once.
    #[serde(default)]
    pub open: bool,
}

impl TypedForm {
    /// `form`'s typing; `claim` is the id of the claim its purpose names and `body` the
    /// article's body its quote is in. `open` says whether it is the form on screen.
    pub fn of(form: &Form, claim: Option<String>, body: &str, open: bool) -> TypedForm {
        let response = match form.purpose {
            Purpose::EditResponse { response, .. } => Some(response),
            _ => None,
        };
        let quote = body.get(form.quote.clone()).unwrap_or_default().to_string();
        TypedForm {
            purpose: form.purpose.title().to_string(),
            claim,
            response,
            quote,
            start: form.quote.start,
            fields: (form.fields.iter())
                .map(|(field, line)| (field.label().to_string(), line.text.clone()))
                .collect(),
            initial: form.initial().to_vec(),
            focus: form.focus,
            requoted: form.requoted,
            open,
        }
    }

    /// The form's purpose, given the file index of the claim its id names (`None` when
    /// the purpose needs a claim and none has that id); `None` for an unknown title.
    pub fn purpose(&self, claim: Option<usize>) -> Option<Purpose> {
        Some(match self.purpose.as_str() {
            "new claim" => Purpose::NewClaim,
            "new response" => Purpose::NewResponse { claim: claim? },
            "edit claim" => Purpose::EditClaim { claim: claim? },
            "edit response" => Purpose::EditResponse {
                claim: claim?,
                response: self.response?,
            },
            _ => return None,
        })
    }

    /// The typed values by field, for [`Form::new`] (labels that name no field are left
    /// out).
    pub fn values(&self) -> Vec<(Field, String)> {
        (self.fields.iter())
            .filter_map(|(label, text)| Some((Field::from_label(label)?, text.clone())))
            .collect()
    }

    /// Where the quote is in `body` now, in bytes: where it was, or else its only
    /// occurrence; `None` when it is not there, or is there more than once elsewhere.
    pub fn place_in(&self, body: &str) -> Option<std::ops::Range<usize>> {
        let end = self.start.checked_add(self.quote.len())?;
        if body.get(self.start..end) == Some(self.quote.as_str()) {
            return Some(self.start..end);
        }
        if self.quote.is_empty() {
            return None;
        }
        let mut found = body.match_indices(self.quote.as_str()).map(|(at, _)| at);
        let at = found.next()?;
        found.next().is_none().then(|| at..at + self.quote.len())
    }

    /// The typed fields in a few words, for a message (`claimant "Jane Roe" · summary
    /// "…"`); only fields that were typed in.
    pub fn describe(&self) -> String {
        let typed: Vec<String> = (self.fields.iter().enumerate())
            .filter(|(i, (_, text))| !text.is_empty() && self.initial.get(*i) != Some(text))
            .map(|(_, (label, text))| format!("{label} \"{text}\""))
            .collect();
        if typed.is_empty() {
            format!("a {} form", self.purpose)
        } else {
            format!("a {} form ({})", self.purpose, typed.join(" · "))
        }
    }
}

/// Where the typing of one claims file is kept: `$XDG_STATE_HOME/counterpoint/typing/`
/// and a 16-hex-digit hash of the claims file's absolute path, `.json`; `None` without
/// a state directory.
pub fn typing_path(claims: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(claims).unwrap_or_else(|_| claims.to_path_buf());
    let key = crate::claims::journal::Fingerprint::of(absolute.as_os_str().as_encoded_bytes());
    Some(
        crate::state_dir::state_dir()?
            .join("typing")
            .join(format!("{:016x}.json", key.hash)),
    )
}

/// Where the reader that keeps its journal at `journal` (its slot, see
/// [`crate::claims::journal::hold_journal`]: `journal/<hash>.jsonl`, another reader of the
/// same claims file meanwhile `journal/<hash>-2.jsonl`, …) keeps its typing: beside the
/// journal folder, `typing/<hash>.json`, `typing/<hash>-2.json`, …; the first slot's is
/// [`typing_path`]'s. Readers of one claims file at once each keep their own, so neither
/// opens the other's form nor writes over its typing. `None` when `journal` is no
/// journal's path.
pub fn slot_typing_path(journal: &Path) -> Option<PathBuf> {
    let stem = journal.file_name()?.to_str()?.strip_suffix(".jsonl")?;
    let state = journal.parent()?.parent()?;
    Some(state.join("typing").join(format!("{stem}.json")))
}

/// The other slots' typing files of the claims file whose slot's typing is at `own` (see
/// [`slot_typing_path`]): `typing/<hash>.json` and `typing/<hash>-K.json` but `own`
/// itself. Their readers may be alive or gone; the caller asks the slot's lock.
pub fn other_slots(own: &Path) -> Vec<PathBuf> {
    let (Some(stem), Some(dir)) = (
        (own.file_name().and_then(|n| n.to_str())).and_then(|n| n.strip_suffix(".json")),
        own.parent(),
    ) else {
        return Vec::new();
    };
    let hash = stem.split_once('-').map_or(stem, |(hash, _)| hash);
    let mut found: Vec<PathBuf> = (crate::claims::journal::slot_files(dir, hash, "json"))
        .into_iter()
        .map(|(_, path)| path)
        .filter(|path| path != own)
        .collect();
    found.sort();
    found
}

/// The typing kept at `path`: empty when there is none.
///
/// # Errors
/// Why the file that is there is no typing (cut short, written over by another program),
/// in a few words: the caller sets it aside, so that it is neither lost nor written over,
/// and says where (`crate::terminal::typing`).
pub fn read(path: &Path) -> Result<Typing, String> {
    let text = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Typing::default()),
        Err(e) => return Err(e.to_string()),
    };
    serde_json::from_slice(&text).map_err(|e| e.to_string())
}

/// Keeps `typing` at `path` (its folder made when missing), or removes the file when
/// there is nothing to keep. Written whole beside the file and renamed over it, without
/// waiting for the disk: this runs after a keystroke, and guards against the program
/// ending, not the machine.
///
/// # Errors
/// The I/O error, when the folder cannot be made or the file written or removed.
pub fn write(path: &Path, typing: &Typing) -> std::io::Result<()> {
    if typing.forms.is_empty() {
        return match std::fs::remove_file(path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        };
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let text = serde_json::to_string_pretty(typing).map_err(std::io::Error::other)?;
    let temp = path.with_extension("json.new");
    std::fs::write(&temp, text)?;
    std::fs::rename(&temp, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(quote: &str, start: usize) -> TypedForm {
        TypedForm {
            purpose: "new claim".into(),
            claim: None,
            response: None,
            quote: quote.into(),
            start,
            fields: vec![("claimant".into(), "Jane Roe".into())],
            initial: vec![String::new()],
            focus: 0,
            requoted: false,
            open: true,
        }
    }

    #[test]
    fn a_quote_is_placed_where_it_was_else_at_its_only_occurrence() {
        let body = "alpha beta gamma beta";
        assert_eq!(typed("beta", 6).place_in(body), Some(6..10));
        assert_eq!(typed("beta", 17).place_in(body), Some(17..21));
        // Moved, and there only once: found.
        assert_eq!(typed("gamma", 0).place_in(body), Some(11..16));
        // Moved, and there twice: not guessed.
        assert_eq!(typed("beta", 0).place_in(body), None);
        // Gone, or past the end, or inside a character: none.
        assert_eq!(typed("delta", 0).place_in(body), None);
        assert_eq!(typed("beta", usize::MAX).place_in(body), None);
        assert_eq!(typed("é", 1).place_in("aéb"), Some(1..3));
        assert_eq!(typed("é", 2).place_in("aéb"), Some(1..3));
        // An empty quote (an edited entry whose words are not in the text) stays put.
        assert_eq!(typed("", 3).place_in("aéb"), Some(3..3));
        assert_eq!(typed("", 9).place_in("aéb"), None);
    }

    #[test]
    fn purposes_need_their_claim_and_unknown_titles_give_none() {
        let mut form = typed("x", 0);
        assert_eq!(form.purpose(None), Some(Purpose::NewClaim));
        for (title, want) in [
            ("new response", Purpose::NewResponse { claim: 4 }),
            ("edit claim", Purpose::EditClaim { claim: 4 }),
        ] {
            form.purpose = title.into();
            assert_eq!(form.purpose(Some(4)), Some(want));
            assert_eq!(form.purpose(None), None);
        }
        form.purpose = "edit response".into();
        assert_eq!(form.purpose(Some(4)), None, "which response is missing");
        form.response = Some(2);
        assert_eq!(
            form.purpose(Some(4)),
            Some(Purpose::EditResponse {
                claim: 4,
                response: 2
            })
        );
        form.purpose = "rename claim".into();
        assert_eq!(form.purpose(Some(4)), None);
    }

    /// A reader's slot's typing sits beside its journal's slot, and the other slots of the
    /// same claims file are found, and nothing else in the folder.
    #[test]
    fn each_slot_keeps_its_own_typing_and_finds_the_others() {
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path();
        let journal = |name: &str| state.join("journal").join(name);
        let own = slot_typing_path(&journal("00aa.jsonl")).unwrap();
        assert_eq!(own, state.join("typing").join("00aa.json"));
        let second = slot_typing_path(&journal("00aa-2.jsonl")).unwrap();
        assert_eq!(second, state.join("typing").join("00aa-2.json"));
        assert_eq!(slot_typing_path(&journal("00aa.toml")), None);
        std::fs::create_dir_all(state.join("typing")).unwrap();
        for name in [
            "00aa.json",
            "00aa-2.json",
            "00aa-17.json",
            "00aa.unplaced.json",
            "00aa-x.json",
            "00aa-.json",
            "00aa.unreadable",
            "00bb.json",
            "00bb-2.json",
            "00aa-3.json.new",
        ] {
            std::fs::write(state.join("typing").join(name), "{}").unwrap();
        }
        let names = |found: Vec<PathBuf>| -> Vec<String> {
            (found.iter())
                .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
                .collect()
        };
        assert_eq!(names(other_slots(&own)), ["00aa-17.json", "00aa-2.json"]);
        assert_eq!(names(other_slots(&second)), ["00aa-17.json", "00aa.json"]);
    }

    #[test]
    fn the_file_is_written_read_back_removed_and_garbage_said() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("typing").join("0123.json");
        assert_eq!(read(&path), Ok(Typing::default()));
        let typing = Typing {
            claims: "a.claims.toml".into(),
            forms: vec![typed("beta", 6)],
        };
        write(&path, &typing).unwrap();
        assert_eq!(read(&path), Ok(typing));
        write(&path, &Typing::default()).unwrap();
        assert!(!path.exists());
        // Removing what is not there is no error.
        write(&path, &Typing::default()).unwrap();
        // What is not typing is said, and left where it is for the caller to set aside.
        for garbage in [&b"{ not json"[..], b"", b"\xff\xfe", b"[1, 2]"] {
            std::fs::write(&path, garbage).unwrap();
            assert!(read(&path).is_err(), "{garbage:?}");
            assert_eq!(std::fs::read(&path).unwrap(), garbage);
        }
    }

    #[test]
    fn a_description_names_only_the_fields_typed_in() {
        let mut form = typed("x", 0);
        form.fields.push(("role".into(), "mayor".into()));
        form.initial.push("mayor".into());
        assert_eq!(form.describe(), "a new claim form (claimant \"Jane Roe\")");
        form.fields[0].1.clear();
        assert_eq!(form.describe(), "a new claim form");
    }
}
