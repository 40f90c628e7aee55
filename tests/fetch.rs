//! Opening an address: pages fetched from a server on the loopback address that the test
//! starts itself (redirects, a loop, a slow server, a huge body, charsets, gzip, a 404, a
//! body that is not a page), in the library and through the binary.

use std::time::Duration;

use crate::common::files::{run, scratch, stderr, stdout};
use crate::common::http::{Reply, Server, gzip};
use counterpoint::fetch::{Kind, Limits, fetch};

/// A news page written for these tests.
pub fn story() -> String {
    let paragraph = |s: &str| format!("<p>{s}</p>\n");
    let body: String = [
        "The harbour master said on Tuesday that the new pier is \"ready for the winter storms\" and needs no further work.",
        "Engineers who inspected the pier in the spring found two cracked pilings, according to a report the council published.",
        "The council will vote on the repairs next month, after a public meeting at the town hall.",
        "Fishermen who use the pier every morning said they had noticed the pilings moving in rough weather.",
        "The café on the quay, run by Zoë Müller, stayed open through the last storm.",
        "A spokesperson for the harbour declined to say when the report had first been seen by the harbour master.",
    ]
    .iter()
    .map(|s| paragraph(s))
    .collect();
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>The pier and the storms</title></head>\
         <body><nav><a href=\"/\">Home</a></nav><article><h1>The pier and the storms</h1>\n{body}</article>\
         <footer>Copyright the Harbour Gazette</footer></body></html>"
    )
}

fn quick() -> Limits {
    Limits {
        timeout: Duration::from_secs(5),
        ..Limits::default()
    }
}

fn fetched(url: &str, limits: Limits) -> Result<counterpoint::fetch::Page, String> {
    fetch(url, limits, &mut |_, _| {}).map_err(|e| e.to_string())
}

/// The server every test here uses, one route table for all of them.
fn server() -> Server {
    Server::start(|path| match path {
        "/story" => Reply::html(&story()),
        "/old" => Reply::redirect("/older"),
        "/older" => Reply::Page {
            status: "301 Moved Permanently",
            headers: vec![("Location", "/story".into())],
            body: Vec::new(),
        },
        "/loop" => Reply::redirect("/loop"),
        "/moved-away" => Reply::redirect("/gone"),
        "/slow" => Reply::Slow(Duration::from_secs(3), Box::new(Reply::html(&story()))),
        "/huge" => Reply::Endless { bytes: 3_000_000 },
        "/huge-said" => Reply::typed("text/html", &vec![b' '; 3_000_000]),
        "/latin" => Reply::typed("text/html; charset=ISO-8859-1", story().as_bytes()),
        "/latin-said" => Reply::typed("text/html; charset=ISO-8859-1", &latin1(&story())),
        "/latin-unsaid" => Reply::typed(
            "text/html",
            &latin1(&story().replace("<meta charset=\"utf-8\">", "")),
        ),
        "/untyped" => Reply::Page {
            status: "200 OK",
            headers: Vec::new(),
            body: story().into_bytes(),
        },
        "/gzip" => Reply::Page {
            status: "200 OK",
            headers: vec![
                ("Content-Type", "text/html; charset=utf-8".into()),
                ("Content-Encoding", "gzip".into()),
            ],
            body: gzip(story().as_bytes()),
        },
        "/pdf" => Reply::typed("application/pdf", b"%PDF-1.7 not a page"),
        "/png" => Reply::typed("image/png", b"\x89PNG\r\n"),
        "/pdf-untyped" => Reply::Page {
            status: "200 OK",
            headers: Vec::new(),
            body: b"%PDF-1.7 not a page".to_vec(),
        },
        "/notes.txt" => Reply::typed("text/plain", b"The pier is ready, the harbour master said."),
        _ => Reply::not_found(),
    })
}

#[test]
fn redirects_are_followed_to_the_page_and_the_request_names_counterpoint() {
    let server = server();
    let page = fetched(&server.url("/old"), quick()).unwrap();
    assert_eq!(
        page.url,
        server.url("/old"),
        "the address asked for is kept"
    );
    assert_eq!(page.final_url, server.url("/story"));
    assert_eq!(&page.bytes[..], story().as_bytes());
    assert_eq!(page.kind, Kind::Html);
    let requests = server.requests.lock().unwrap().join("\n").to_lowercase();
    assert!(requests.contains("user-agent: counterpoint/"), "{requests}");
    assert!(requests.contains("accept: text/html"), "{requests}");
    assert!(requests.contains("accept-encoding: gzip"), "{requests}");
}

#[test]
fn a_redirect_loop_ends_at_the_limit() {
    let server = server();
    let limits = Limits {
        max_redirects: 4,
        ..quick()
    };
    let error = fetched(&server.url("/loop"), limits).unwrap_err();
    assert!(error.starts_with(&server.url("/loop")), "{error}");
    assert!(
        error.contains("too many redirects (more than 4)"),
        "{error}"
    );
    assert!(server.hits("/loop") <= 5, "stopped at the limit");
}

#[test]
fn a_slow_server_times_out() {
    let server = server();
    let limits = Limits {
        timeout: Duration::from_millis(300),
        ..Limits::default()
    };
    let started = std::time::Instant::now();
    let error = fetched(&server.url("/slow"), limits).unwrap_err();
    assert!(error.contains("timed out after 0.3 s"), "{error}");
    assert!(error.contains("COUNTERPOINT_TIMEOUT"), "{error}");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "gave up in time"
    );
}

#[test]
fn a_huge_body_is_refused_with_or_without_its_length() {
    let server = server();
    let limits = Limits {
        max_bytes: 1_000_000,
        ..quick()
    };
    let mut seen = 0;
    let error = fetch(&server.url("/huge"), limits, &mut |got, _| seen = got)
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("too large: over the limit of 1 MB"),
        "{error}"
    );
    assert!(
        seen > 500_000 && seen <= 1_000_000,
        "progress was told: {seen}"
    );
    let error = fetched(&server.url("/huge-said"), limits).unwrap_err();
    assert!(
        error.contains("too large: 3.0 MB, over the limit of 1 MB"),
        "refused from its Content-Length: {error}"
    );
}

/// `text` in ISO-8859-1 (every character of the test pages is in it).
fn latin1(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap())
        .collect()
}

#[test]
fn a_wrong_or_missing_charset_still_reads_the_page() {
    let server = server();
    let words = "The café on the quay, run by Zoë Müller";
    for path in ["/latin", "/latin-said", "/latin-unsaid", "/untyped"] {
        let page = fetched(&server.url(path), quick()).unwrap();
        let text = counterpoint::fetch::page_text(&page);
        assert!(text.text.contains(words), "{path}: {}", text.text);
        assert!(text.warnings.is_empty(), "{path}: {:?}", text.warnings);
    }
    // The header's charset is kept; a wrong one (UTF-8 bytes said to be latin-1) is
    // overruled by the bytes, a missing one found in the page or the bytes.
    let latin = fetched(&server.url("/latin"), quick()).unwrap();
    assert_eq!(latin.charset.as_deref(), Some("iso-8859-1"));
    let untyped = fetched(&server.url("/untyped"), quick()).unwrap();
    assert_eq!((untyped.charset, untyped.kind), (None, Kind::Html));
    let plain = run(&[&server.url("/latin-unsaid")]);
    assert!(stdout(&plain).contains("Zoë Müller"), "{}", stdout(&plain));
}

#[test]
fn a_gzip_body_is_decompressed() {
    let server = server();
    let page = fetched(&server.url("/gzip"), quick()).unwrap();
    assert_eq!(&page.bytes[..], story().as_bytes());
}

#[test]
fn a_status_or_a_body_that_is_not_a_page_says_what_it_is() {
    let server = server();
    let error = fetched(&server.url("/missing"), quick()).unwrap_err();
    assert_eq!(
        error,
        format!("{}: HTTP 404 Not Found", server.url("/missing"))
    );
    for (path, what) in [
        ("/pdf", "a PDF (application/pdf)"),
        ("/png", "an image (image/png)"),
        ("/pdf-untyped", "a PDF (application/pdf)"),
    ] {
        let error = fetched(&server.url(path), quick()).unwrap_err();
        assert!(
            error.contains(&format!("not a web page: {what}")),
            "{error}"
        );
    }
    let text = fetched(&server.url("/notes.txt"), quick()).unwrap();
    assert_eq!(text.kind, Kind::Text);
    let refused = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let closed = format!("http://{}/", refused.local_addr().unwrap());
    drop(refused);
    let error = fetched(&closed, quick()).unwrap_err();
    assert!(error.contains("refused"), "{error}");
}

#[test]
fn every_command_opens_an_address_as_a_saved_page() {
    let server = server();
    let url = server.url("/old");
    let plain = run(&[&url]);
    assert!(plain.status.success(), "{}", stderr(&plain));
    let text = stdout(&plain);
    assert!(text.contains("The pier and the storms"), "{text}");
    assert!(text.contains("cracked pilings"), "{text}");
    assert!(
        !text.contains("Copyright the Harbour Gazette"),
        "extracted: {text}"
    );
    assert!(stderr(&plain).contains("--save FILE"), "{}", stderr(&plain));

    // The same page saved opens the same.
    let dir = scratch("fetch-commands");
    let saved = dir.join("pier.html");
    std::fs::write(&saved, story()).unwrap();
    let from_file = stdout(&run(&[saved.to_str().unwrap()]));
    let body = |t: &str| {
        t.lines()
            .skip_while(|l| !l.contains("harbour master"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(body(&text), body(&from_file));

    let render = run(&["render", &url, "--size", "100x20"]);
    assert!(
        stdout(&render).contains("The pier and the storms"),
        "{}",
        stdout(&render)
    );
    let check = run(&["check", &url]);
    assert_eq!(
        check.status.code(),
        Some(1),
        "no claims file: {}",
        stdout(&check)
    );
    assert!(
        stdout(&check).contains("has no claims file to check")
            && !stdout(&check).contains("no problems"),
        "nothing checked is not said to be fine: {}",
        stdout(&check)
    );
    let draft = run(&["draft", &url]);
    assert!(draft.status.success(), "{}", stderr(&draft));
    assert!(
        stdout(&draft).contains("harbour master"),
        "drafted to standard output: {}",
        stdout(&draft)
    );
    let export = run(&[
        "export",
        "claimreview",
        &url,
        "--claims",
        dir.join("no-such-folder/none.toml").to_str().unwrap(),
    ]);
    // (Export reads a claims file: one named that is not there is refused.)
    assert_eq!(export.status.code(), Some(2), "{}", stderr(&export));
    assert!(
        stderr(&export).contains("none.toml: no such claims file"),
        "{}",
        stderr(&export)
    );
}

#[test]
fn save_keeps_the_page_and_its_claims_go_beside_it() {
    let server = server();
    let url = server.url("/gzip");
    let dir = scratch("fetch-save");
    let saved = dir.join("pier.html");
    let draft = run(&["draft", &url, "--save", saved.to_str().unwrap()]);
    assert!(draft.status.success(), "{}", stderr(&draft));
    assert_eq!(
        std::fs::read(&saved).unwrap(),
        story().as_bytes(),
        "kept as it was sent"
    );
    let claims = dir.join("pier.claims.toml");
    assert!(
        claims.exists(),
        "drafted beside the saved page: {}",
        stderr(&draft)
    );
    std::fs::write(
        &claims,
        "[[claim]]\nclaimant = \"The harbour master\"\nquote = 'the new pier is \"ready for the winter storms\"'\nverdict = \"Disputed\"\n",
    )
    .unwrap();
    let export = run(&[
        "export",
        "claimreview",
        &url,
        "--save",
        saved.to_str().unwrap(),
    ]);
    assert!(export.status.success(), "{}", stderr(&export));
    assert!(
        stdout(&export).contains(&url),
        "the page's address is its source: {}",
        stdout(&export)
    );
    let check = run(&["check", &url, "--save", saved.to_str().unwrap()]);
    assert!(stdout(&check).contains(&url), "{}", stdout(&check));
    // Offline, the saved page opens with the same claims.
    let offline = run(&["check", saved.to_str().unwrap()]);
    assert_eq!(
        stdout(&offline).replace(saved.to_str().unwrap(), "PAGE"),
        stdout(&check).replace(&url, "PAGE"),
        "the same claim at the same place"
    );

    let error = run(&["check", saved.to_str().unwrap(), "--save", "x.html"]);
    assert_eq!(error.status.code(), Some(2));
    assert!(
        stderr(&error).contains("--save x.html: keeps a page fetched"),
        "{}",
        stderr(&error)
    );
}

/// The binary looks a host's name up through the C library (`getaddrinfo`, which reads
/// `/etc/hosts` and the resolver as `/etc/nsswitch.conf` says): `localhost` reaches the
/// server as the address itself does, and a name that cannot exist (`.invalid`, RFC 2606)
/// is an error naming the address, not a crash.
#[test]
fn an_address_by_name_is_looked_up_as_the_system_does() {
    let server = server();
    let by_address = server.url("/story");
    let by_name = by_address.replace("127.0.0.1", "localhost");
    assert_ne!(by_name, by_address);
    for url in [&by_address, &by_name] {
        let output = run(&[url]);
        assert!(output.status.success(), "{url}: {}", stderr(&output));
        assert!(stdout(&output).contains("cracked pilings"), "{url}");
    }
    let heads = server.requests.lock().unwrap().join("\n").to_lowercase();
    assert!(heads.contains("host: localhost:"), "{heads}");
    let nowhere = "http://nowhere.invalid/story";
    let output = run(&[nowhere]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).starts_with(&format!("counterpoint: {nowhere}")),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_failed_fetch_exits_2_naming_the_address() {
    let server = server();
    for (args, says) in [
        (
            vec![server.url("/missing")],
            "HTTP 404 Not Found".to_string(),
        ),
        (
            vec!["check".into(), server.url("/pdf")],
            "not a web page: a PDF".into(),
        ),
        (
            vec!["ftp://example.org/story.html".into()],
            "only http:// and https://".into(),
        ),
    ] {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let output = run(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let error = stderr(&output);
        assert!(
            error.starts_with(&format!("counterpoint: {}", args[args.len() - 1])),
            "{error}"
        );
        assert!(error.contains(&says), "{error}");
    }
}

/// A longer page than [`story`], so the reader has somewhere to move to.
fn long_story() -> String {
    let more: String = (1..=60)
        .map(|i| format!("<p>Paragraph {i} of the report describes the pilings, the tides and the winter storms at length.</p>\n"))
        .collect();
    story().replace("</article>", &format!("{more}</article>"))
}

#[test]
fn the_reader_opens_an_address_reloads_it_and_resumes_there() {
    use crate::common::pty::Session;
    let server = Server::start(|path| match path {
        "/long" => Reply::html(&long_story()),
        _ => Reply::not_found(),
    });
    let url = server.url("/long");
    let state = tempfile::tempdir().unwrap();
    let state_home = state.path().to_str().unwrap();
    let env = [("XDG_STATE_HOME", state_home)];
    let mut session = Session::start_with_env(&[&url], &env, 100, 30);
    let screen = session.wait_text("The pier and the storms");
    assert!(screen.contains("cracked pilings"), "{screen}");
    assert!(screen.contains("No claims for this page"), "{screen}");
    assert!(
        screen.contains("the page was fetched"),
        "the status says it is not kept: {screen}"
    );
    // r fetches the page again.
    session.press("r");
    session.wait_text("reloaded");
    assert_eq!(server.hits("/long"), 2, "fetched again");
    // Down the page, quit: reopened, the address opens where it was left.
    session.press("G");
    session.wait_text("Paragraph 60");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
    let mut again = Session::start_with_env(&[&url], &env, 100, 30);
    let screen = again.wait_text("Paragraph 60");
    assert!(
        !screen.contains("cracked pilings"),
        "reopened at the end: {screen}"
    );
    again.press("q");
    assert_eq!(again.exit_code(), 0);

    // Recording claims on a page not saved first offers to save it here.
    let dir = tempfile::tempdir().unwrap();
    let mut editing = Session::start_in(dir.path(), &[&url], &env, 100, 30);
    editing.wait_text("Paragraph 60");
    editing.press("D");
    editing.wait_text("save the page as: long.html");
    editing.press("\r");
    editing.wait_text("press the key again to edit");
    assert_eq!(
        std::fs::read(dir.path().join("long.html")).unwrap(),
        long_story().as_bytes()
    );
    editing.press("D");
    editing.wait_for("the drafts written beside the saved page", |_| {
        dir.path().join("long.claims.toml").exists()
    });
    editing.press("q");
    assert_eq!(editing.exit_code(), 0);

    // A page that cannot be fetched: the error, and the terminal as it was.
    let mut missing = Session::start_with_env(&[&server.url("/gone")], &env, 100, 30);
    missing.wait_text("HTTP 404 Not Found");
    assert_eq!(missing.exit_code(), 2);
}

#[test]
fn ctrl_c_stops_a_fetch_under_way() {
    use crate::common::pty::Session;
    let server =
        Server::start(|_| Reply::Slow(Duration::from_secs(20), Box::new(Reply::html(&story()))));
    let url = server.url("/slow");
    let mut session = Session::start(&[&url], 100, 20);
    session.wait_text(&format!("counterpoint: fetching {url}…"));
    session.press("\x03");
    let screen = session.wait_text("cancelled");
    assert!(
        screen.contains(&format!("counterpoint: {url}: cancelled")),
        "{screen}"
    );
    assert!(
        !screen.contains("fetching"),
        "the progress line is cleared: {screen}"
    );
    assert_eq!(session.exit_code(), 130);
}

#[test]
fn a_failure_after_a_redirect_names_where_it_led() {
    let server = server();
    let error = fetched(&server.url("/moved-away"), quick()).unwrap_err();
    assert_eq!(
        error,
        format!(
            "{}: HTTP 404 Not Found (redirected to {})",
            server.url("/moved-away"),
            server.url("/gone")
        )
    );
    // Without a redirect, the address alone is named.
    let error = fetched(&server.url("/gone"), quick()).unwrap_err();
    assert!(!error.contains("redirected"), "{error}");
}

#[test]
fn a_time_out_that_is_no_number_of_seconds_stops_with_status_2() {
    let server = server();
    for value in ["abc", "0", "-1"] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_counterpoint"))
            .arg(server.url("/story"))
            .env("COUNTERPOINT_TIMEOUT", value)
            .env(
                "XDG_CONFIG_HOME",
                std::env::temp_dir().join("counterpoint-tests-no-config"),
            )
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{value}");
        assert!(
            stderr(&output).contains(&format!(
                "COUNTERPOINT_TIMEOUT={value}: the time-out is a number of seconds"
            )),
            "{}",
            stderr(&output)
        );
    }
    assert_eq!(
        server.hits("/story"),
        0,
        "nothing fetched with a time-out not understood"
    );
}

#[test]
fn a_page_saved_under_any_name_opens_as_a_page_with_its_claims_file_beside_it() {
    let server = server();
    let url = server.url("/story");
    let dir = scratch("fetch-save-names");
    for name in ["pier", "pier.txt", "pier.html"] {
        let saved = dir.join(name);
        // Reading (here to a pipe) with --save keeps the page and starts its claims file.
        let read = run(&[&url, "--save", saved.to_str().unwrap()]);
        assert!(read.status.success(), "{name}: {}", stderr(&read));
        let claims = dir.join("pier.claims.toml");
        let header = std::fs::read_to_string(&claims).unwrap();
        assert!(
            header.starts_with(&format!("# Claims about {url}")),
            "{header}"
        );
        let offline = run(&[saved.to_str().unwrap()]);
        let text = stdout(&offline);
        assert!(text.contains("The pier and the storms"), "{name}: {text}");
        assert!(
            !text.contains("<p>") && !text.contains("Copyright the Harbour Gazette"),
            "{name}: extracted as a page: {text}"
        );
        std::fs::remove_file(&claims).unwrap();
    }
}
