//! End-to-end tests that what is typed in a form outlives the reader: the built binary in a pseudo-terminal, a form typed in and the reader ended every way it can end (its terminal closed, TERM, KILL, Esc and `q`), then opened again on the same folder.

use std::path::PathBuf;

use crate::common;

use common::pty::Session;

const TAB: &str = "\t";
const ENTER: &str = "\r";
const ESC: &str = "\x1b";
const CTRL_U: &str = "\x15";
const WIDTH: u16 = 160;

/// A folder with the sample as `a.md` and its claims file, and a state directory.
struct Case {
    dir: tempfile::TempDir,
}

impl Case {
    fn new() -> Case {
        let dir = tempfile::tempdir().unwrap();
        let assets = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/pompeo-iran-al-qaida");
        std::fs::copy(format!("{assets}.md"), dir.path().join("a.md")).unwrap();
        std::fs::copy(
            format!("{assets}.claims.toml"),
            dir.path().join("a.claims.toml"),
        )
        .unwrap();
        Case { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn open(&self) -> Session {
        let state = self.path("state");
        let session = Session::start_in(
            self.dir.path(),
            &["a.md"],
            &[("XDG_STATE_HOME", state.to_str().unwrap())],
            WIDTH,
            40,
        );
        session.wait_text("Claims ");
        session
    }

    /// The files the state directory keeps typing in.
    fn typing_files(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.path("state/counterpoint/typing"))
            .map(|d| {
                d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }
}

/// The claims file once `ready` holds for it (up to ten seconds).
fn wait_claims(case: &Case, ready: impl Fn(&str) -> bool) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let text = std::fs::read_to_string(case.path("a.claims.toml")).unwrap_or_default();
        if ready(&text) || std::time::Instant::now() > deadline {
            return text;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// Opens a new claim's form on the sentence that begins "The administration has tried"
/// and types a summary and a verdict into it, the verdict field left focused.
fn type_a_claim(session: &mut Session) {
    session.press(&format!("/The administration has tried{ENTER}"));
    session.wait_text("match 1 of");
    session.press("V");
    session.wait_text("selection:");
    session.press("c");
    session.wait_text("New claim");
    session.press(&format!("{TAB}{TAB}Tied Iran to al-Qaida{TAB}Politicized"));
    session.wait_text("Politicized");
}

#[test]
fn a_form_typed_in_opens_again_after_its_terminal_closed_term_or_kill() {
    for signal in ["HUP", "TERM", "KILL"] {
        let case = Case::new();
        let mut session = case.open();
        type_a_claim(&mut session);
        session.signal(signal);
        session.exit_code();
        assert_eq!(case.typing_files().len(), 1, "{signal}");

        let mut again = case.open();
        let screen = again.wait_text("is open again");
        assert!(screen.contains("New claim"), "{signal}:\n{screen}");
        assert!(
            screen.contains("Tied Iran to al-Qaida"),
            "{signal}:\n{screen}"
        );
        assert!(screen.contains("Politicized"), "{signal}:\n{screen}");
        // Saved now, it is recorded as typed, and nothing is kept any more.
        again.press(ENTER);
        again.wait_text("new claim");
        // The writer saves off the keystroke path.
        let claims = wait_claims(&case, |text| text.contains("Tied Iran to al-Qaida"));
        assert!(
            claims.contains("summary = \"Tied Iran to al-Qaida\""),
            "{signal}"
        );
        assert!(claims.contains("verdict = \"Politicized\""), "{signal}");
        again.press("q");
        assert_eq!(again.exit_code(), 0);
        assert!(
            case.typing_files().is_empty(),
            "{signal}: {:?}",
            case.typing_files()
        );
    }
}

#[test]
fn a_form_closed_with_esc_before_quitting_comes_back_on_its_words_next_time() {
    let case = Case::new();
    let mut session = case.open();
    type_a_claim(&mut session);
    session.press(ESC);
    session.wait_text("form closed");
    session.press("q");
    assert_eq!(session.exit_code(), 0);

    let mut again = case.open();
    again.wait_text("comes back when opened on the same words");
    type_again(&mut again);
}

/// Opens the same form again: the typing is back.
fn type_again(session: &mut Session) {
    session.press(&format!("/The administration has tried{ENTER}"));
    session.wait_text("match 1 of");
    session.press("Vc");
    let screen = session.wait_text("resumed: what you typed");
    assert!(screen.contains("Tied Iran to al-Qaida"), "{screen}");
    assert!(screen.contains("Politicized"), "{screen}");
}

#[test]
fn typing_whose_words_left_the_article_is_set_aside_and_named() {
    let case = Case::new();
    let mut session = case.open();
    type_a_claim(&mut session);
    session.signal("KILL");
    session.exit_code();
    // The sentence the form quoted is rewritten while the reader is closed.
    let article = std::fs::read_to_string(case.path("a.md")).unwrap();
    let changed = article.replace("The administration has tried", "The White House tried");
    assert_ne!(article, changed);
    std::fs::write(case.path("a.md"), changed).unwrap();

    let again = case.open();
    let screen = again.wait_text("could not bring back");
    assert!(screen.contains("Tied Iran to al-Qaida"), "{screen}");
    let files = case.typing_files();
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(files[0].ends_with(".unplaced.json"), "{files:?}");
    let aside =
        std::fs::read_to_string(case.path("state/counterpoint/typing").join(&files[0])).unwrap();
    assert!(aside.contains("Politicized"), "{aside}");
}

/// Two readers of one claims file at once each keep their own typing: the second never
/// opens the first one's form (and so cannot save the first one's claim), neither writes
/// over the other's typing, and once a reader is gone its typing is the next reader's.
#[test]
fn two_readers_of_one_file_keep_their_own_typing_and_a_gone_one_s_is_taken_over() {
    let case = Case::new();
    let mut first = case.open();
    type_a_claim(&mut first);
    let mut second = case.open();
    std::thread::sleep(std::time::Duration::from_millis(500));
    let screen = second.screen();
    assert!(!screen.contains("New claim"), "{screen}");
    assert!(!screen.contains("is open again"), "{screen}");
    // The second reader types a response form of its own.
    second.press(&format!("/It seems clear{ENTER}"));
    second.wait_text("match 1 of");
    second.press("V");
    second.wait_text("selection:");
    second.press("a");
    second.wait_text("New response");
    second.press(&format!("{CTRL_U}Colin Kahl"));
    second.wait_text("Colin Kahl");
    std::thread::sleep(std::time::Duration::from_millis(300));
    // One typing file each.
    assert_eq!(case.typing_files().len(), 2, "{:?}", case.typing_files());
    // The first saves its claim: it is in the file once, as the first one typed it.
    first.press(ENTER);
    first.wait_text("new claim");
    let claims = wait_claims(&case, |text| text.contains("Tied Iran to al-Qaida"));
    assert_eq!(
        claims.matches("Tied Iran to al-Qaida").count(),
        1,
        "{claims}"
    );
    first.press("q");
    assert_eq!(first.exit_code(), 0);
    // The second is killed with its form open: its typing outlives it, and the next
    // reader (in the first's slot, now free) takes it over and opens its form.
    second.signal("KILL");
    second.exit_code();
    assert_eq!(case.typing_files().len(), 1, "{:?}", case.typing_files());
    let mut third = case.open();
    let screen = third.wait_text("is open again");
    assert!(screen.contains("New response"), "{screen}");
    assert!(screen.contains("Colin Kahl"), "{screen}");
    assert_eq!(case.typing_files().len(), 1, "{:?}", case.typing_files());
    third.press(ESC);
    third.wait_text("form closed");
    third.press("q");
    assert_eq!(third.exit_code(), 0);
}

/// A gone reader's form for the same purpose as this reader's own (two new claims) is set
/// aside in the unplaced file and named, never dropped.
#[test]
fn a_gone_reader_s_form_for_a_purpose_already_kept_is_set_aside_not_dropped() {
    let case = Case::new();
    let mut first = case.open();
    let mut second = case.open();
    type_a_claim(&mut second);
    type_a_claim(&mut first);
    first.press(ESC);
    first.wait_text("form closed");
    second.signal("KILL");
    second.exit_code();
    first.press("q");
    assert_eq!(first.exit_code(), 0);
    assert_eq!(case.typing_files().len(), 2, "{:?}", case.typing_files());
    let third = case.open();
    let screen = third.wait_text("could not bring back");
    assert!(screen.contains("Tied Iran to al-Qaida"), "{screen}");
    let files = case.typing_files();
    assert!(
        files.iter().any(|f| f.ends_with(".unplaced.json")),
        "{files:?}"
    );
}
