//! End-to-end tests of editing claims in the reader: the built binary in a pseudo-terminal,
//! each in a folder of its own (its working directory, with its own XDG state directory),
//! passages selected and recorded with the keys, and the claims file read back from disk
//! with the library.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::common;

use common::pty::Session;
use counterpoint::anchor::AnchorStatus;
use counterpoint::claims::{ClaimsFile, parse_file};

pub(crate) const TAB: &str = "\t";
pub(crate) const ENTER: &str = "\r";
pub(crate) const CTRL_U: &str = "\x15";
pub(crate) const CTRL_S: &str = "\x13";
pub(crate) const ESC: &str = "\x1b";
/// Wide enough that the status bar shows a whole message.
const WIDTH: u16 = 160;

/// A claims file with comments and odd formatting: a header, a trailing comment, literal
/// and multi-line strings, an indented comment, spaces around `=`.
pub(crate) const CLAIMS: &str = r#"# Header comment for the file.
#   indented comment line

[[claim]]
id   =   "home"   # trailing comment
claimant = 'Mike Pompeo'
summary = "Iran is al-Qaida's new home base"
quote = "acting as al-Qaida’s “new home base,”"

    # an indented comment before a response
[[claim.response]]
expert = "Javad Zarif"
stance = "disputes"
quote = "warmongering lies"


# Between the claims, after two blank lines.
[[claim]]
claimant = "Mike Pompeo"
summary  = "Iran gives al-Qaida freedom of movement"
quote = 'militants “freedom of movement,”'
note = """
A note on two lines,
kept as written."""
verdict = "Unproven"  # the last line
"#;

/// A folder with the sample's article as `a.md` and `claims` as `a.claims.toml`.
pub(crate) struct Case {
    dir: tempfile::TempDir,
}

impl Case {
    pub(crate) fn new(claims: &str) -> Case {
        let dir = tempfile::tempdir().unwrap();
        let article = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/pompeo-iran-al-qaida.md"
        );
        std::fs::copy(article, dir.path().join("a.md")).unwrap();
        std::fs::write(dir.path().join("a.claims.toml"), claims).unwrap();
        std::fs::create_dir(dir.path().join("state")).unwrap();
        Case { dir }
    }

    pub(crate) fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub(crate) fn claims(&self) -> String {
        std::fs::read_to_string(self.path("a.claims.toml")).unwrap()
    }

    /// The reader on `a.md` in this folder, with `args` after it.
    pub(crate) fn open(&self, args: &[&str]) -> Session {
        let state = self.path("state");
        let mut all = vec!["a.md"];
        all.extend_from_slice(args);
        let session = Session::start_in(
            self.dir.path(),
            &all,
            &[("XDG_STATE_HOME", state.to_str().unwrap())],
            WIDTH,
            40,
        );
        session.wait_text("Claims ");
        session
    }

    /// The reader saving on the save key only.
    pub(crate) fn open_on_key(&self) -> Session {
        let config = self.path("config.toml");
        std::fs::write(&config, "[editing]\nsave = \"on-key\"\n").unwrap();
        self.open(&["--config", config.to_str().unwrap()])
    }

    /// The journals in the state directory (and what was set aside beside them).
    pub(crate) fn journals(&self) -> Vec<PathBuf> {
        let dir = self.path("state/counterpoint/journal");
        let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|d| d.map(|e| e.unwrap().path()).collect())
            .unwrap_or_default();
        found.sort();
        found
    }

    /// The document as the command line loads it from this folder.
    fn load(&self) -> counterpoint::document::Document {
        common::load(Some(&self.path("a.md")), Some(&self.path("a.claims.toml")))
    }
}

/// Waits until the file at `path` satisfies `ready`; returns its text.
pub(crate) fn wait_file(path: &Path, what: &str, ready: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        if ready(&text) {
            return text;
        }
        if Instant::now() > deadline {
            panic!("timed out waiting for {what}; {}:\n{text}", path.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

pub(crate) fn parsed(text: &str) -> ClaimsFile {
    parse_file("a.claims.toml", text).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

/// Puts the cursor on the first match of `words` (a search).
pub(crate) fn go_to(session: &mut Session, words: &str) {
    session.press(&format!("/{words}{ENTER}"));
    session.wait_text("match 1 of");
}

/// Selects from the word under the cursor, `w` pressed `words` more times.
pub(crate) fn select_words(session: &mut Session, words: usize) {
    session.press("v");
    session.wait_text("selection:");
    session.press(&"w".repeat(words));
    std::thread::sleep(Duration::from_millis(100));
}

/// Records a new claim from the selection: claimant, summary, verdict.
pub(crate) fn new_claim(session: &mut Session, claimant: &str, summary: &str, verdict: &str) {
    session.press("c");
    session.wait_text("New claim");
    session.press(&format!(
        "{CTRL_U}{claimant}{TAB}{TAB}{summary}{TAB}{verdict}"
    ));
    session.wait_text(verdict);
    session.press(ENTER);
    session.wait_text(&format!("by {claimant}"));
}

/// Records a new response from the selection to the current claim.
pub(crate) fn new_response(session: &mut Session, expert: &str, affiliation: &str, stance: &str) {
    session.press("a");
    session.wait_text("New response");
    session.press(&format!(
        "{CTRL_U}{expert}{TAB}{CTRL_U}{affiliation}{TAB}{CTRL_U}{stance}"
    ));
    session.wait_text(affiliation);
    session.press(ENTER);
    session.wait_text(&format!("new response by {expert} ({stance})"));
}

/// The claim and two responses of the first scenario, recorded with the keys.
fn record_claim_and_two_responses(session: &mut Session) {
    go_to(session, "The administration has tried");
    select_words(session, 6);
    new_claim(
        session,
        "Trump administration",
        "Tied Iran to al-Qaida",
        "Politicized",
    );
    go_to(session, "It seems clear");
    session.press("V");
    session.wait_text("selection:");
    new_response(session, "Colin P. Clarke", "Soufan Group", "disputes");
    go_to(session, "appears to be an attempt");
    session.press("v))");
    session.wait_text("selection:");
    new_response(session, "C. P. Clarke", "the Soufan Group", "context");
}

fn status_ok(status: &AnchorStatus) -> bool {
    matches!(status, AnchorStatus::Exact { .. })
}

#[test]
fn a_claim_and_two_responses_recorded_with_the_keys_are_saved_anchored_and_shown_again() {
    let case = Case::new(CLAIMS);
    let mut session = case.open(&[]);
    record_claim_and_two_responses(&mut session);
    session.press("q");
    assert_eq!(session.exit_code(), 0);

    let text = case.claims();
    // What was there is untouched, byte for byte: the new claim comes after it.
    assert!(text.starts_with(CLAIMS), "{text}");
    let file = parsed(&text);
    assert_eq!(file.claims.len(), 3);
    let new = &file.claims[2];
    assert_eq!(new.claimant, "Trump administration");
    assert_eq!(new.summary, "Tied Iran to al-Qaida");
    assert_eq!(new.verdict.as_deref(), Some("Politicized"));
    assert!(
        new.selector
            .exact
            .starts_with("The administration has tried"),
        "{}",
        new.selector.exact
    );
    let experts: Vec<(&str, String)> = new
        .responses
        .iter()
        .map(|r| (r.expert.as_str(), r.stance.to_string()))
        .collect();
    assert_eq!(
        experts,
        [
            ("Colin P. Clarke", "disputes".to_string()),
            ("C. P. Clarke", "context".to_string())
        ]
    );
    assert!(
        new.responses[1]
            .selector
            .exact
            .contains("appears to be an attempt"),
        "{}",
        new.responses[1].selector.exact
    );
    // The untouched claims are as they were.
    assert_eq!(file.claims[..2], parsed(CLAIMS).claims[..]);

    // Every quote anchors exactly, at once.
    let doc = case.load();
    let claim = doc
        .claims
        .iter()
        .find(|c| c.entry.claimant == "Trump administration")
        .unwrap();
    assert!(status_ok(&claim.anchoring.status), "{:?}", claim.anchoring);
    let body = &doc.article.body;
    let range = claim.anchoring.range.clone().unwrap();
    assert_eq!(
        body[range].split_whitespace().collect::<Vec<_>>(),
        claim
            .entry
            .selector
            .exact
            .split_whitespace()
            .collect::<Vec<_>>()
    );
    for response in &claim.responses {
        assert!(
            status_ok(&response.anchoring.status),
            "{:?}",
            response.anchoring
        );
    }
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    // Nothing is left journaled.
    assert!(case.journals().is_empty(), "{:?}", case.journals());

    // Opened again: the entries are in the sidebar. At the end the last claim is open,
    // and the new claim shows its summary and its two responses counted by stance.
    // (Waiting for a responder's name right after `G` raced the key: the names show only
    // while their claim is open, as at the place the reading resumes.)
    let mut session = case.open(&[]);
    session.wait_text("/3 ");
    session.press("G");
    session.wait_text("Claims 3/3");
    session.wait_text("Trump administration");
    session.wait_text("Tied Iran to al-Qaida");
    session.wait_text("1 disputes  • 1 context");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}

#[test]
fn undoing_every_edit_gives_back_the_files_bytes() {
    let case = Case::new(CLAIMS);
    let mut session = case.open(&[]);
    record_claim_and_two_responses(&mut session);
    wait_file(&case.path("a.claims.toml"), "the second response", |t| {
        t.contains("C. P. Clarke")
    });
    session.press("u");
    session.wait_text("2 changes in force");
    session.press("uu");
    session.wait_text("the file is as it was opened");
    wait_file(&case.path("a.claims.toml"), "the original bytes", |t| {
        t == CLAIMS
    });
    // Redo and undo again: the same bytes.
    session.press("\x12");
    session.wait_text("1 change in force");
    wait_file(&case.path("a.claims.toml"), "the claim again", |t| {
        t.contains("Trump administration")
    });
    session.press("u");
    session.wait_text("the file is as it was opened");
    wait_file(&case.path("a.claims.toml"), "the original bytes", |t| {
        t == CLAIMS
    });
    session.press("q");
    assert_eq!(session.exit_code(), 0);
    assert_eq!(case.claims(), CLAIMS);
}

/// Records the claim "Trump administration" on the words "The administration has tried".
pub(crate) fn record_a_claim(session: &mut Session) {
    go_to(session, "The administration has tried");
    select_words(session, 3);
    new_claim(
        session,
        "Trump administration",
        "Tied Iran to al-Qaida",
        "Politicized",
    );
}

/// Records one claim saving on the key, then kills the reader with SIGKILL: the edit is
/// journaled, the file untouched.
fn edit_and_kill(case: &Case) {
    let mut session = case.open_on_key();
    record_a_claim(&mut session);
    session.press(ESC);
    session.wait_text("● unsaved (Ctrl-s saves)");
    session.signal("KILL");
    session.exit_code();
    assert_eq!(case.claims(), CLAIMS, "saving on the key: nothing written");
    let journals = case.journals();
    assert_eq!(journals.len(), 1, "{journals:?}");
    let journal = std::fs::read_to_string(&journals[0]).unwrap();
    assert!(journal.contains("Trump administration"), "{journal}");
}

#[test]
fn a_kill_in_the_middle_loses_nothing_and_y_recovers_the_edits() {
    let case = Case::new(CLAIMS);
    edit_and_kill(&case);

    let mut session = case.open_on_key();
    let screen = session.wait_text("Recover it?");
    assert!(screen.contains("left 1 change"), "{screen}");
    assert!(
        screen.contains("add claim tied-iran-qaida (Trump administration)"),
        "{screen}"
    );
    session.press("y");
    session.wait_text("recovered the unsaved edits: 1 change made");
    session.wait_text("Trump administration");
    session.press(ESC);
    session.wait_text("● unsaved (Ctrl-s saves)");
    session.press(CTRL_S);
    let text = wait_file(&case.path("a.claims.toml"), "the recovered claim", |t| {
        t.contains("Trump administration")
    });
    assert!(text.starts_with(CLAIMS), "{text}");
    assert_eq!(parsed(&text).claims.len(), 3);
    session.wait_text("saved a.claims.toml");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
    assert!(case.journals().is_empty(), "{:?}", case.journals());

    // Nothing is offered the next time.
    let mut session = case.open_on_key();
    std::thread::sleep(Duration::from_millis(300));
    assert!(!session.screen().contains("Recover"));
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}

#[test]
fn after_a_kill_n_sets_the_edits_aside() {
    let case = Case::new(CLAIMS);
    edit_and_kill(&case);

    let mut session = case.open_on_key();
    session.wait_text("Recover it?");
    session.press("n");
    session.wait_text("set aside");
    assert!(!session.screen().contains("Trump administration"));
    session.press("q");
    assert_eq!(session.exit_code(), 0);
    assert_eq!(case.claims(), CLAIMS);
    let journals = case.journals();
    assert!(
        journals.len() == 1 && journals[0].extension().unwrap() == "discarded",
        "{journals:?}"
    );
    let mut session = case.open_on_key();
    std::thread::sleep(Duration::from_millis(300));
    assert!(!session.screen().contains("Recover"));
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}

const DRAFTS: &str = r#"# Drafted by counterpoint draft.

[[claim]]
id = "home-base"
claimant = "Mike Pompeo"
summary = "Iran is al-Qaida's new home base"
quote = "acting as al-Qaida’s “new home base,”"
draft = true
confidence = 0.8

[[claim]]
id = "politics"
claimant = "Colin P. Clarke"
summary = "The timing is politics"
quote = "It seems clear to me that the timing of the Iran-[al-Qaida] revelations"
draft = true
confidence = 0.6

[[claim.response]]
expert = "Javad Zarif"
stance = "disputes"
quote = "warmongering lies"
draft = true
confidence = 0.5

[[claim.response]]
expert = "Brett McGurk"
stance = "context"
quote = "the largest al-Qaida safe haven since 9/11,"
draft = true
confidence = 0.4

[[claim]]
id = "movement"
claimant = "Mike Pompeo"
summary = "Freedom of movement"
quote = "militants “freedom of movement,”"
draft = true
confidence = 0.7
"#;

#[test]
fn the_draft_review_keys_accept_and_reject_in_the_file() {
    let case = Case::new(DRAFTS);
    let mut session = case.open(&[]);
    session.press("d");
    session.wait_text("5 drafts to review");
    session.press("a");
    session.wait_text("accepted the draft (u undoes) · 4 drafts to review (d)");
    let text = wait_file(&case.path("a.claims.toml"), "the first accepted", |t| {
        parsed(t).claims[0].draft.is_none()
    });
    assert_eq!(text.matches("confidence").count(), 4, "{text}");
    session.press("d");
    session.wait_text("4 drafts to review");
    session.press("A");
    session.wait_text("accepted 3 drafts (u undoes) · 1 draft to review (d)");
    session.press("d");
    session.wait_text("1 draft to review");
    session.press("X");
    session.wait_text("no drafts left to review");
    let text = wait_file(&case.path("a.claims.toml"), "every draft reviewed", |t| {
        !t.contains("draft")
            || t.contains("rejected") && !t.contains("confidence") && !t.contains("draft = ")
    });
    let file = parsed(&text);
    assert_eq!(
        file.claims
            .iter()
            .map(|c| c.id.as_str())
            .collect::<Vec<_>>(),
        ["home-base", "politics"],
        "{text}"
    );
    assert!(file.claims.iter().all(|c| c.draft.is_none()));
    assert!(file.claims[1].responses.iter().all(|r| r.draft.is_none()));
    assert_eq!(file.claims[1].responses.len(), 2);
    assert_eq!(file.rejected, ["militants “freedom of movement,”"]);
    assert!(
        text.starts_with("# Drafted by counterpoint draft.\n"),
        "{text}"
    );
    session.press("d");
    session.wait_text("no drafts to review");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}

#[test]
fn a_read_only_claims_file_is_said_up_front() {
    use std::os::unix::fs::PermissionsExt;
    let case = Case::new(CLAIMS);
    let path = case.path("a.claims.toml");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let mut session = case.open(&[]);
    go_to(&mut session, "The administration has tried");
    select_words(&mut session, 2);
    session.press("c");
    let screen = session.wait_text("cannot be written");
    assert!(
        screen.contains("a.claims.toml cannot be written (the file is read-only)"),
        "{screen}"
    );
    assert!(!screen.contains("New claim"), "{screen}");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
    assert_eq!(case.claims(), CLAIMS);
}

#[test]
fn the_sample_is_copied_here_at_the_first_edit_and_editing_goes_on_there() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = edit_the_sample_in(
        dir.path(),
        "Copy its article and claims file into this directory",
    );
    // One step: the copy is made and `c` opens its form on the words still selected.
    session.press("y");
    session.wait_text("New claim");
    session.wait_text("“The administration has");
    let article = dir.path().join("counterpoint-sample.md");
    let claims = dir.path().join("counterpoint-sample.claims.toml");
    assert_eq!(
        std::fs::read_to_string(&article).unwrap(),
        include_str!("../assets/pompeo-iran-al-qaida.md")
    );
    let sample = include_str!("../assets/pompeo-iran-al-qaida.claims.toml");
    assert_eq!(std::fs::read_to_string(&claims).unwrap(), sample);
    // Editing goes on in the copy.
    session.press(&format!(
        "{CTRL_U}A. Tester{TAB}{TAB}Tied Iran to al-Qaida{TAB}Politicized"
    ));
    session.wait_text("Politicized");
    session.press(ENTER);
    session.wait_text("by A. Tester");
    let text = wait_file(&claims, "the new claim in the copy", |t| {
        t.contains("A. Tester")
    });
    assert!(text.starts_with(sample), "{text}");
    assert_eq!(parsed(&text).claims.len(), 10);
    session.press("q");
    assert_eq!(session.exit_code(), 0);
    // The sample opened again here: its first edit opens that copy, edits and all, and
    // says so; the key does what it asked there (the question once came back forever).
    // The question says so: `y` opens the copy here, it copies nothing.
    let mut session = edit_the_sample_in(dir.path(), "as it was left, and edit it?");
    session.press("y");
    session.wait_text("was already here");
    session.wait_text("“The administration has");
    // Esc and q apart: sent together they are one key, Alt+q.
    session.press(ESC);
    std::thread::sleep(Duration::from_millis(300));
    session.press("q");
    assert_eq!(session.exit_code(), 0);
    assert_eq!(std::fs::read_to_string(&claims).unwrap(), text);
}

/// The bundled sample opened in `dir` (its state directory inside it), three words of "The
/// administration has tried" selected and `c` pressed: the session once the question
/// `asked` (words of it) is on screen.
fn edit_the_sample_in(dir: &Path, asked: &str) -> Session {
    let state = dir.join("state");
    let mut session = Session::start_in(
        dir,
        &[],
        &[("XDG_STATE_HOME", state.to_str().unwrap())],
        WIDTH,
        40,
    );
    session.wait_text("/9 ");
    go_to(&mut session, "The administration has tried");
    select_words(&mut session, 3);
    session.press("c");
    session.wait_text(asked);
    session
}
