//! The page's own fact-checks end to end: a page carrying schema.org ClaimReview JSON-LD, fetched from a server on the loopback address or opened as a saved `.html`, shows its claims marked in the sidebar, and `I` saves them into the claims file (asking to save a fetched page first), merged, never twice.

use crate::common::http::{Reply, Server};
use crate::common::pty::Session;

/// A fact-check page written for these tests: two reviews in JSON-LD, one of words the
/// article uses, one of words it does not.
pub fn fact_check_page() -> String {
    let json = r#"[{"@context": "https://schema.org", "@type": "ClaimReview",
        "claimReviewed": "the new ferry carries twice as many cars",
        "url": "https://gazette.example/checks/ferry",
        "author": {"@type": "Organization", "name": "Gazette Checks"},
        "reviewRating": {"@type": "Rating", "alternateName": "Misleading"},
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Ada Quill"}}},
       {"@context": "https://schema.org", "@type": "ClaimReview",
        "claimReviewed": "Ticket prices have not risen in ten years",
        "author": {"@type": "Organization", "name": "Gazette Checks"},
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Bo Reed"}}}]"#;
    let paragraphs: String = [
        "The ferry operator, Ada Quill, said on Monday that the new ferry carries twice as many cars as the old one.",
        "Harbour records show the new ferry has room for forty cars, against thirty on the old boat.",
        "Bo Reed, who chairs the passengers' association, said fares were the real question for islanders.",
        "The operator will publish its winter timetable next week, after talks with the council.",
    ]
    .iter()
    .map(|p| format!("<p>{p}</p>\n"))
    .collect();
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Checking the ferry</title>\
         <script type=\"application/ld+json\">{json}</script></head>\
         <body><article><h1>Checking the ferry</h1>\n{paragraphs}</article></body></html>"
    )
}

#[test]
fn a_fetched_page_offers_its_fact_checks_and_i_saves_them_beside_the_saved_page() {
    let server = Server::start(|path| match path {
        "/ferry" => Reply::html(&fact_check_page()),
        _ => Reply::not_found(),
    });
    let url = server.url("/ferry");
    let state = tempfile::tempdir().unwrap();
    let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
    let dir = tempfile::tempdir().unwrap();
    let mut session = Session::start_in(dir.path(), &[&url], &env, 120, 30);
    let screen = session.wait_text("◇ 2 fact-checks from the page (I saves)");
    assert!(screen.contains(" 1◇Ada Quill"), "{screen}");
    assert!(screen.contains(" 2◇Bo Reed"), "{screen}");
    assert!(screen.contains("Misleading"), "{screen}");
    // Not saved yet: I asks to save the page first.
    session.press("I");
    session.wait_text("save the page as: ferry.html");
    session.press("\r");
    session.wait_text("press the key again to edit");
    // Opened from the saved copy: the page's fact-checks are still offered.
    session.press("I");
    session.wait_text("saved 2 fact-checks from the page into the claims file");
    let claims = dir.path().join("ferry.claims.toml");
    session.wait_for("the claims file written", |_| {
        std::fs::read_to_string(&claims).is_ok_and(|t| t.contains("Ada Quill"))
    });
    let written = std::fs::read_to_string(&claims).unwrap();
    assert!(written.contains("Ada Quill"), "{written}");
    assert!(
        written.contains("Ticket prices have not risen"),
        "{written}"
    );
    // Saved, no longer marked.
    session.wait_for("no ◇ left", |s| !s.contains("◇"));
    // A second press saves nothing.
    session.press("I");
    session.wait_text("the claims file already has the page's 2 fact-checks");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
    let again = std::fs::read_to_string(&claims).unwrap();
    assert_eq!(again.matches("[[claim]]").count(), 2, "{again}");
}

#[test]
fn a_saved_page_with_fact_checks_merges_them_into_its_claims_file_leaving_the_users_own() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("ferry.html");
    std::fs::write(&page, fact_check_page()).unwrap();
    let claims = dir.path().join("ferry.claims.toml");
    let mine = "# my notes on the ferry\n\n[[claim]]\nid = \"cars\"\nclaimant = \"Ada Quill\"\n\
        summary = \"My summary of the ferry claim\"\nquote = \"the new ferry carries twice as many cars\"\n\
        note = \"checked against the harbour records\"\n";
    std::fs::write(&claims, mine).unwrap();
    let state = tempfile::tempdir().unwrap();
    let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
    let path = page.to_str().unwrap();
    let mut session = Session::start_in(dir.path(), &[path], &env, 60, 20);
    // The file has the ferry claim: only the other is offered.
    session.wait_text("◇ 1 fact-check from the");
    session.press("I");
    session.wait_text("saved 1 fact-check from");
    session.wait_for("the claims file written", |_| {
        std::fs::read_to_string(&claims).is_ok_and(|t| t.contains("Bo Reed"))
    });
    session.press("q");
    assert_eq!(session.exit_code(), 0);
    let written = std::fs::read_to_string(&claims).unwrap();
    assert!(
        written.starts_with(mine),
        "the user's own untouched:\n{written}"
    );
    assert_eq!(written.matches("[[claim]]").count(), 2, "{written}");
    // Opened again: nothing left to offer.
    let mut again = Session::start_in(dir.path(), &[path], &env, 60, 20);
    let screen = again.wait_text("2 claims");
    assert!(!screen.contains("◇"), "{screen}");
    again.press("q");
    assert_eq!(again.exit_code(), 0);
}

/// [`fact_check_page`] with many more paragraphs, so the reader has somewhere to move to.
fn long_page() -> String {
    let more: String = (1..=50)
        .map(|i| {
            format!("<p>Note {i} on the crossing: the tides, the timetable and the cars.</p>\n")
        })
        .collect();
    fact_check_page().replace("</article>", &format!("{more}</article>"))
}

#[test]
fn w_saves_the_page_where_the_reader_says_replaces_only_after_a_yes_and_it_reopens_offline() {
    let server = Server::start(|path| match path {
        "/" => Reply::html(&long_page()),
        _ => Reply::not_found(),
    });
    let url = server.url("/");
    let state = tempfile::tempdir().unwrap();
    let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
    let dir = tempfile::tempdir().unwrap();
    let mut session = Session::start_in(dir.path(), &[&url], &env, 80, 24);
    session.wait_text("Checking the ferry");
    // The address names nothing: the title does.
    session.press("W");
    session.wait_text("save the page as: checking-the-ferry.html");
    // Ctrl-u clears the line; a name without .html gets it.
    session.press("\x15");
    session.press("crossing");
    session.press("\r");
    session.wait_text("saved the page as cross");
    let saved = dir.path().join("crossing.html");
    assert_eq!(std::fs::read(&saved).unwrap(), long_page().as_bytes());
    let claims = std::fs::read_to_string(dir.path().join("crossing.claims.toml")).unwrap();
    assert!(claims.starts_with("# Claims about http://"), "{claims}");
    // Again: the file is there, and no keeps it as it was.
    std::fs::write(&saved, "mine").unwrap();
    session.press("W");
    session.wait_text("save the page as: crossing.html");
    session.press("\r");
    session.wait_text("crossing.html is already there");
    session.press("n");
    session.wait_for("the question closed", |s| !s.contains("already there"));
    assert_eq!(std::fs::read_to_string(&saved).unwrap(), "mine");
    session.press("W");
    session.wait_text("save the page as: crossing.html");
    session.press("\r");
    session.wait_text("crossing.html is already there");
    session.press("y");
    session.wait_text("saved the page as cross");
    assert_eq!(std::fs::read(&saved).unwrap(), long_page().as_bytes());
    // To the end, and quit: the file opens offline where the reading stopped.
    session.press("G");
    session.wait_text("Note 50");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
    let mut again = Session::start_in(dir.path(), &["crossing.html"], &env, 80, 24);
    let screen = again.wait_text("Note 50");
    assert!(!screen.contains("Note 1 "), "{screen}");
    again.press("q");
    assert_eq!(again.exit_code(), 0);
}

#[test]
fn r_fetches_again_off_the_loop_keeps_the_screen_live_and_esc_or_a_failure_keeps_the_text() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;
    let hits = std::sync::Arc::new(AtomicUsize::new(0));
    let counted = hits.clone();
    // First the page; then a slow answer (cancelled); then a 404; then a new version.
    let server = Server::start(move |_| match counted.fetch_add(1, Ordering::SeqCst) {
        0 => Reply::html(&fact_check_page()),
        1 => Reply::Slow(
            Duration::from_secs(4),
            Box::new(Reply::html(&fact_check_page())),
        ),
        2 => Reply::not_found(),
        _ => Reply::html(&fact_check_page().replace(
            "</article>",
            "<p>Late news: the council approved the timetable.</p></article>",
        )),
    });
    let url = server.url("/ferry");
    let state = tempfile::tempdir().unwrap();
    let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
    let mut session = Session::start_with_env(&[&url], &env, 100, 24);
    session.wait_text("Checking the ferry");
    session.press("r");
    session.wait_text("fetching the page again…");
    // Live: the sidebar hides while the page comes.
    session.press("s");
    session.wait_for("the sidebar hidden", |s| !s.contains("Claims"));
    session.press("\x1b");
    session.wait_text("stopped fetching: the text shown stays");
    session.press("r");
    let screen = session.wait_text("not fetched again (HTTP 404 Not Found)");
    assert!(
        screen.contains("The ferry operator"),
        "the text stays: {screen}"
    );
    session.press("r");
    session.wait_text("reloaded");
    session.press("G");
    session.wait_text("Late news: the council approved");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
    assert_eq!(hits.load(Ordering::SeqCst), 4);
}

#[test]
fn check_and_export_on_a_page_with_no_claims_file_say_what_the_page_carries() {
    use crate::common::files::{run, scratch, stderr, stdout};
    let dir = scratch("page-no-claims-file");
    let page = dir.join("ferry.html");
    std::fs::write(&page, fact_check_page()).unwrap();
    let check = run(&["check", page.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(1));
    let said = stdout(&check);
    assert!(
        said.contains("has no claims file to check; the page carries 2 fact-checks: `I`"),
        "{said}"
    );
    assert!(!said.contains("no problems"), "{said}");
    let export = run(&["export", "claimreview", page.to_str().unwrap()]);
    assert!(export.status.success(), "{}", stderr(&export));
    assert!(
        stderr(&export).contains(
            "exported 0 ClaimReviews; the page carries 2 fact-checks: open it and press `I`"
        ),
        "{}",
        stderr(&export)
    );
    // Once they are in the claims file, nothing more is said.
    std::fs::write(
        dir.join("ferry.claims.toml"),
        "[[claim]]\nclaimant = \"Ada Quill\"\nquote = \"the new ferry carries twice as many cars\"\nverdict = \"Misleading\"\n",
    )
    .unwrap();
    let export = run(&["export", "claimreview", page.to_str().unwrap()]);
    assert!(
        !stderr(&export).contains("the page carries"),
        "{}",
        stderr(&export)
    );
}

#[test]
fn a_saved_page_that_cannot_be_read_again_keeps_its_fact_checks_on_reload() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("ferry.html");
    std::fs::write(&page, fact_check_page()).unwrap();
    let state = tempfile::tempdir().unwrap();
    let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
    let mut session = Session::start_in(dir.path(), &["ferry.html"], &env, 120, 30);
    session.wait_text("◇ 2 fact-checks from the page (I saves)");
    // The page moves away: the reload keeps the last good version, fact-checks and all.
    std::fs::rename(&page, dir.path().join("ferry.bak")).unwrap();
    session.press("r");
    let screen = session.wait_text("article not reloaded, last good version kept");
    assert!(screen.contains(" 1◇Ada Quill"), "{screen}");
    assert!(screen.contains(" 2◇Bo Reed"), "{screen}");
    session.press("I");
    session.wait_text("saved 2 fact-checks from the page into the claims file");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
    let written = std::fs::read_to_string(dir.path().join("ferry.claims.toml")).unwrap();
    assert_eq!(written.matches("[[claim]]").count(), 2, "{written}");
}
