//! Articles in the forms people have them: a saved web page with its site's boilerplate,
//! Markdown, and text piped in, each read end to end through the binary.

use crate::common;

use common::files::{run as counterpoint, run_with_input, stdout};

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn sample_claims() -> String {
    format!(
        "{}/assets/pompeo-iran-al-qaida.claims.toml",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// Words of the page that are not the article: navigation, share and follow widgets,
/// the cookie notice, tags, the newsletter box, teasers of other articles, the footer.
const BOILERPLATE: &[&str] = &[
    "Follow us on social",
    "We use cookies",
    "Share on Twitter",
    "Military Industrial Complex",
    "Tags:",
    "Sign up for our newsletter",
    "Diplomacy Watch",
    "keep reading",
    "All rights reserved",
    "Donate",
];

#[test]
fn a_saved_page_reads_as_its_article_alone() {
    let page = fixture("pompeo-saved-page.html");
    let output = counterpoint(&[&page, "--claims", &sample_claims(), "--width", "100"]);
    assert!(output.status.success());
    let text = stdout(&output);
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("Pompeo floats dubious claim that Iran is helping al-Qaida")
    );
    assert!(
        text.contains("Responsible Statecraft · Staff writer · 2021-01-12"),
        "outlet, byline and date: {text}"
    );
    assert!(text.contains(
        "Mike Pompeo on Tuesday accused Iran of acting as al-Qaida’s “new home base,”[1]"
    ));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("None of them want to live under extremists."),
        "{text}"
    );
    assert!(
        flat.contains("especially after the 2003 U.S. Iraq invasion,” he added."),
        "the last paragraph: {text}"
    );
    for words in BOILERPLATE {
        assert!(
            !text.contains(words),
            "{words:?} leaked into the article:\n{text}"
        );
    }
}

#[test]
fn the_sample_claims_anchor_in_the_saved_page_as_in_the_markdown() {
    let page = fixture("pompeo-saved-page.html");
    let output = counterpoint(&["check", "--strict", &page, "--claims", &sample_claims()]);
    let text = stdout(&output);
    assert!(output.status.success(), "{text}");
    assert!(
        text.trim_end().ends_with(
            "9 claims (9 in the text), 15 responses (15 quoted in the text): no problems"
        ),
        "{text}"
    );
    // A web page's text has no lines of its own: places are paragraphs.
    assert!(
        text.contains("✓ claim 1 \"new-home-base\" (Mike Pompeo): ")
            && text.contains("pompeo-saved-page.html, paragraph 1"),
        "{text}"
    );
}

#[test]
fn a_page_piped_in_is_recognised_as_a_page() {
    let html = std::fs::read_to_string(fixture("pompeo-saved-page.html")).unwrap();
    let output = run_with_input(&["-", "--claims", &sample_claims()], &html);
    let text = stdout(&output);
    assert!(
        text.starts_with("Pompeo floats dubious claim that Iran is helping al-Qaida\n"),
        "{text}"
    );
    assert!(!text.contains("We use cookies"), "{text}");
}

#[test]
fn markdown_keeps_its_structure_in_plain_output() {
    let output = counterpoint(&[&fixture("bridge.md"), "--width", "60"]);
    let text = stdout(&output);
    assert!(text.starts_with("The bridge report\n"), "{text}");
    assert!(
        text.contains("engineering report was finished[1] last week."),
        "emphasis and link markup gone, the claim marked: {text}"
    );
    assert!(
        text.contains("\n> An engineer said the load tests were never finished."),
        "{text}"
    );
    assert!(
        text.contains("\n•  the main span and its cables\n•  the approach ramps"),
        "{text}"
    );
    assert!(
        text.contains("\n    load: 60%\n      status: incomplete\n"),
        "{text}"
    );
}

/// An article page of invented text, its words `body` (bytes in the page's charset).
fn article_page(head: &str, body: &[u8]) -> Vec<u8> {
    let mut page = format!(
        "<!DOCTYPE html><html><head>{head}<title>The bridge</title></head><body><nav>Start</nav><article><h1>The bridge</h1><p>"
    )
    .into_bytes();
    page.extend_from_slice(body);
    page.extend_from_slice(
        b"</p><p>The inspectors wrote their report in May and sent it to the ministry at once.</p>\
          <p>Nobody has seen the report since, though a court ordered it to be published.</p></article></body></html>",
    );
    page
}

#[test]
fn saved_pages_in_other_charsets_and_with_nul_bytes_open() {
    let dir = common::files::scratch("formats-charsets");
    let words =
        "Der Bürgermeister sagte, die Brücke über den Fluss sei für alle sicher, so der Bericht.";
    let latin1: Vec<u8> = words
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap())
        .collect();
    let mut with_nul = words.as_bytes().to_vec();
    with_nul.insert(3, 0);
    let cases = [
        (
            "latin1.html",
            article_page(r#"<meta charset="iso-8859-1">"#, &latin1),
        ),
        ("undeclared.html", article_page("", &latin1)),
        (
            "mislabelled.html",
            article_page(r#"<meta charset="iso-8859-1">"#, words.as_bytes()),
        ),
        ("nul.html", article_page("", &with_nul)),
    ];
    for (name, bytes) in cases {
        let path = common::files::write(&dir, name, bytes);
        let output = counterpoint(&[&path, "--width", "1000"]);
        let text = stdout(&output);
        assert!(
            output.status.success(),
            "{name}: {}",
            common::files::stderr(&output)
        );
        assert!(text.starts_with("The bridge\n"), "{name}: {text}");
        assert!(text.contains(words), "{name}: {text}");
        assert!(
            common::files::stderr(&output)
                .lines()
                .all(|l| l.contains("no claims file")),
            "{name}"
        );
    }
}

#[test]
fn a_page_without_an_article_opens_on_its_text_with_a_note() {
    let dir = common::files::scratch("formats-whole-page");
    // Nothing Readability can call an article.
    let page = "<html><head><title>Opening hours</title></head><body><nav>Home · About</nav>\
        <script>track()</script></body></html>";
    let path = common::files::write(&dir, "hours.html", page);
    let output = counterpoint(&[&path, "--width", "100"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(text.starts_with("Opening hours\n"), "{text}");
    assert!(!text.contains("Home") && !text.contains("track"), "{text}");
    let errors = common::files::stderr(&output);
    assert!(
        errors.contains("warning: no article found in ")
            && errors.contains("hours.html: showing all of the page's text"),
        "{errors}"
    );
    assert!(errors.contains("hours.html has no text"), "{errors}");
}
