//! Unit tests of the address checks and header reading (fetching itself is tested against a local server in tests/fetch.rs).

use super::*;

#[test]
fn an_address_is_told_from_a_file_name() {
    assert!(is_address("https://example.org/story"));
    assert!(is_address("http://example.org"));
    assert!(is_address("ftp://example.org/a.html"));
    assert!(!is_address("story.html"));
    assert!(!is_address("-"));
    assert!(!is_address("notes/https:/x"));
    assert!(!is_address("1http://x"), "a scheme starts with a letter");
    assert!(!is_address("a b://x"), "a scheme has no space");
}

#[test]
fn only_http_and_https_are_fetched() {
    assert!(check_address("https://example.org/a").is_ok());
    assert!(check_address("HTTP://example.org").is_ok());
    for bad in ["ftp://example.org/a", "file:///etc/passwd", "gopher://x"] {
        let message = check_address(bad).unwrap_err().to_string();
        assert!(message.starts_with(bad), "{message}");
        assert!(message.contains("only http:// and https://"), "{message}");
    }
    let message = check_address("https:///path").unwrap_err().to_string();
    assert!(message.contains("no host"), "{message}");
    let message = fetch("ftp://example.org/", Limits::default(), &mut |_, _| {})
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("only http"),
        "refused before any connection: {message}"
    );
}

#[test]
fn the_content_type_gives_the_kind_and_charset() {
    assert_eq!(
        parse_content_type("text/html; charset=\"ISO-8859-1\""),
        ("text/html".into(), Some("iso-8859-1".into()))
    );
    assert_eq!(parse_content_type("TEXT/HTML"), ("text/html".into(), None));
    assert_eq!(parse_content_type(""), (String::new(), None));
    assert_eq!(
        parse_content_type("text/html; charset="),
        ("text/html".into(), None)
    );
    assert_eq!(kind_of("text/html"), Ok(Kind::Html));
    assert_eq!(kind_of(""), Ok(Kind::Html));
    assert_eq!(kind_of("text/plain"), Ok(Kind::Text));
    let pdf = kind_of("application/pdf").unwrap_err();
    assert!(pdf.contains("a PDF"), "{pdf}");
    assert!(kind_of("image/png").unwrap_err().contains("an image"));
    assert!(
        sniff_not_a_page(b"%PDF-1.7 ...")
            .unwrap_err()
            .contains("a PDF")
    );
    assert!(sniff_not_a_page(b"<html>").is_ok());
}

#[test]
fn limits_and_messages_name_their_figures() {
    let limits = Limits::default();
    assert_eq!(limits.max_bytes, 50_000_000);
    assert_eq!(
        too_large(Some(75_300_000), limits),
        "too large: 75.3 MB, over the limit of 50 MB"
    );
    assert_eq!(
        too_large(None, limits),
        "too large: over the limit of 50 MB"
    );
    assert!(user_agent().starts_with(concat!("counterpoint/", env!("CARGO_PKG_VERSION"))));
    let refused = std::io::Error::from(std::io::ErrorKind::ConnectionRefused);
    assert!(describe_io(&refused, limits).contains("refused"));
    assert_eq!(
        describe(&ureq::Error::HostNotFound, limits),
        "the host was not found (DNS)"
    );
}

#[test]
fn a_page_is_saved_under_a_name_from_its_address() {
    let free = |_: &str| false;
    assert_eq!(
        file_name_for("https://example.org/news/the-pier/", free),
        "the-pier.html"
    );
    assert_eq!(
        file_name_for("https://example.org/a/story.html?x=1#top", free),
        "story.html"
    );
    assert_eq!(file_name_for("https://example.org/", free), "page.html");
    assert_eq!(file_name_for("https://example.org", free), "page.html");
    assert_eq!(
        file_name_for("https://example.org/caf%C3%A9 x", free),
        "caf-C3-A9-x.html"
    );
    assert_eq!(file_name_for("https://example.org/..", free), "page.html");
    let taken = |name: &str| ["story.html", "story-2.html"].contains(&name);
    assert_eq!(
        file_name_for("https://example.org/story", taken),
        "story-3.html"
    );
}

#[test]
fn a_page_whose_address_gives_no_name_is_named_by_its_title() {
    let free = |_: &str| false;
    let titled = Some("The Pier, Again: a Report");
    assert_eq!(
        file_name_for_page("https://example.org/", titled, free),
        "the-pier-again-a-report.html"
    );
    // The address's own name comes first; no title, or one of no letters, is "page".
    assert_eq!(
        file_name_for_page("https://example.org/the-pier", titled, free),
        "the-pier.html"
    );
    assert_eq!(
        file_name_for_page("https://example.org/", None, free),
        "page.html"
    );
    assert_eq!(
        file_name_for_page("https://example.org/", Some("…"), free),
        "page.html"
    );
    // An address whose own name is `page` (or `page.html`, `index.htm`) gives it: only an
    // address with no name at all is named by the title.
    for (url, name) in [
        ("http://127.0.0.1:8765/page.html", "page.html"),
        ("https://example.org/news/page", "page.html"),
        ("https://example.org/index.htm", "index.html"),
        ("https://example.org/?id=4", "the-pier-again-a-report.html"),
        ("https://example.org/--/", "the-pier-again-a-report.html"),
    ] {
        assert_eq!(file_name_for_page(url, titled, free), name, "{url}");
    }
    let taken = |name: &str| name == "the-pier-again-a-report.html";
    assert_eq!(
        file_name_for_page("https://example.org/", titled, taken),
        "the-pier-again-a-report-2.html"
    );
}

#[test]
fn the_time_out_is_a_positive_number_of_seconds_or_an_error_naming_it() {
    assert_eq!(parse_timeout("30").unwrap(), Duration::from_secs(30));
    assert_eq!(parse_timeout(" 2.5 ").unwrap(), Duration::from_millis(2500));
    assert_eq!(parse_timeout("").unwrap(), DEFAULT_TIMEOUT);
    for wrong in ["abc", "0", "-5", "inf", "NaN", "30s", "1e12"] {
        let error = parse_timeout(wrong).unwrap_err().to_string();
        assert!(
            error.contains(&format!("COUNTERPOINT_TIMEOUT={wrong}")),
            "{error}"
        );
        assert!(error.contains("number of seconds"), "{error}");
    }
}
