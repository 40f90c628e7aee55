//! Tests of the article model: formats, front matter, paragraphs and places.

use super::*;

/// The blocks of a plain-text article whose body is `body`.
fn blocks_of(body: &str) -> Vec<Paragraph> {
    let article = Article::from_text_as("t", body, Format::Plain).unwrap();
    assert_eq!(article.body, body);
    article.paragraphs
}

#[test]
fn formats_follow_the_name_or_the_content() {
    assert_eq!(Format::for_name("story.md"), Format::Markdown);
    assert_eq!(Format::for_name("Story.HTML"), Format::Html);
    assert_eq!(Format::for_name("notes.txt"), Format::Plain);
    assert_eq!(Format::for_name("sample:x.md"), Format::Markdown);
    assert_eq!(Format::sniff("  <!DOCTYPE html><html>"), Format::Html);
    assert_eq!(Format::sniff("# A heading"), Format::Markdown);
    assert_eq!(Format::sniff("\u{feff}<html lang=en>"), Format::Html);
}

#[test]
fn a_file_the_name_calls_text_is_a_page_when_it_starts_like_one() {
    let page = b"\n  <!doctype HTML>\n<html><body><p>The pier.</p></body></html>";
    for name in ["pier", "pier.txt", "saved/pier.page", "Pier.TXT"] {
        assert_eq!(Format::for_file(name, page), Format::Html, "{name}");
        assert_eq!(
            Format::for_file(name, b"The pier."),
            Format::Plain,
            "{name}"
        );
        assert_eq!(Format::for_file(name, b""), Format::Plain, "{name}");
    }
    // What the name says otherwise stands: Markdown may hold HTML, a page is a page.
    assert_eq!(Format::for_file("pier.md", page), Format::Markdown);
    assert_eq!(Format::for_file("pier.html", b"plain words"), Format::Html);
    // HTML further in, or only mentioned, is no page.
    assert_eq!(
        Format::for_file("notes.txt", b"Notes on <html> tags"),
        Format::Plain
    );
    // A page read from a file with no extension is extracted as a page.
    let article = Article::parse("pier", page).unwrap();
    assert_eq!(article.body.trim(), "The pier.");
}

#[test]
fn front_matter_gives_metadata_and_body_start() {
    let text = "+++\ntitle = \"T\"\ndate = 2021-01-12\n+++\nFirst para.\n\nSecond\npara.\n";
    let article = Article::parse("a.md", text.as_bytes()).unwrap();
    assert_eq!(article.meta.title.as_deref(), Some("T"));
    assert_eq!(article.meta.date.as_deref(), Some("2021-01-12"));
    assert_eq!(article.body_first_line, 5);
    let paras: Vec<&str> = article
        .paragraphs
        .iter()
        .map(|p| &article.body[p.range.clone()])
        .collect();
    // Markdown: a line break inside a paragraph is a space.
    assert_eq!(paras, ["First para.", "Second para."]);
    assert_eq!(article.line_col(article.paragraphs[1].range.start), (7, 1));
}

#[test]
fn unclosed_front_matter_is_an_error_at_line_one() {
    let err = Article::parse("a.md", b"+++\ntitle = \"T\"\nbody").unwrap_err();
    assert!(
        err.to_string().starts_with("a.md:1:1: front matter"),
        "{err}"
    );
}

#[test]
fn bad_front_matter_names_the_line() {
    let err = Article::parse("a.md", b"+++\ntitle = \"T\"\ndek = 3\n+++\nbody").unwrap_err();
    assert!(err.to_string().starts_with("a.md:3:7:"), "{err}");
}

#[test]
fn first_heading_becomes_title_and_later_headings_stay() {
    let article = Article::parse("a.md", b"# The title\n\nText.\n\n## Part two\n\nMore.").unwrap();
    assert_eq!(article.meta.title.as_deref(), Some("The title"));
    assert_eq!(article.paragraphs.len(), 3);
    assert_eq!(article.paragraphs[1].kind, ParagraphKind::Heading);
    assert_eq!(
        &article.body[article.paragraphs[1].range.clone()],
        "Part two"
    );
}

#[test]
fn paragraphs_are_trimmed_and_blank_runs_collapse() {
    let paras = split_paragraphs("\n\n  one  \n \n\n\ttwo\nthree\n\n");
    assert_eq!(paras.len(), 2);
    assert_eq!(paras[0].range, 4..7);
}

#[test]
fn long_paragraphs_are_cut_into_blocks_at_spaces() {
    let words = "lorem ipsum dolor ".repeat(3000);
    let body = format!("short\n\n{}", words.trim_end());
    let paras = blocks_of(&body);
    assert!(paras.len() > 3, "{}", paras.len());
    assert!(!paras[0].continues && !paras[1].continues);
    assert!(paras[2..].iter().all(|p| p.continues));
    for p in &paras {
        assert!(p.range.len() <= BLOCK_LIMIT);
        let text = &body[p.range.clone()];
        assert_eq!(text, text.trim(), "blocks are trimmed");
    }
    // Together the blocks hold every word, in order.
    let joined: Vec<&str> = paras[1..].iter().map(|p| &body[p.range.clone()]).collect();
    assert_eq!(joined.join(" "), words.trim_end());
}

#[test]
fn a_paragraph_without_spaces_is_cut_between_graphemes() {
    let body = "e\u{301}".repeat(20_000);
    let paras = blocks_of(&body);
    assert!(paras.len() > 1);
    for p in &paras {
        assert!(!body[p.range.clone()].starts_with('\u{301}'));
    }
    assert_eq!(paras.last().unwrap().range.end, body.len());
    assert!(paras.windows(2).all(|w| w[0].range.end == w[1].range.start));
}

#[test]
fn a_first_heading_saying_what_the_title_says_is_shown_once() {
    let headings = |text: &str| {
        let article = Article::parse("a.md", text.as_bytes()).unwrap();
        let shown: Vec<String> = (article.paragraphs.iter())
            .filter(|p| p.kind == ParagraphKind::Heading)
            .map(|p| article.body[p.range.clone()].to_string())
            .collect();
        (article.meta.title.unwrap(), shown)
    };
    let front = "+++\ntitle = \"Harbour bridge to close\"\n+++\n";
    // The same words, in any spacing or case: once.
    for heading in [
        "# Harbour bridge to close",
        "# Harbour  bridge to close ",
        "## harbour bridge TO close",
    ] {
        let (title, shown) = headings(&format!("{front}{heading}\n\nThe council said so.\n"));
        assert_eq!(title, "Harbour bridge to close");
        assert!(shown.is_empty(), "{heading:?}: {shown:?}");
    }
    // A heading that differs (a word, a mark), or a later one alike, stays.
    for (heading, kept) in [
        (
            "# Harbour bridge to close in May",
            "Harbour bridge to close in May",
        ),
        ("# Harbour bridge to close?", "Harbour bridge to close?"),
        ("# Why the bridge closes", "Why the bridge closes"),
    ] {
        let (_, shown) = headings(&format!("{front}{heading}\n\nThe council said so.\n"));
        assert_eq!(shown, [kept], "{heading:?}");
    }
    let (_, shown) = headings(&format!(
        "{front}Text first.\n\n# Harbour bridge to close\n\nMore.\n"
    ));
    assert_eq!(shown, ["Harbour bridge to close"]);
    // A paragraph (not a heading) saying the title stays too.
    let article = Article::parse(
        "a.md",
        format!("{front}Harbour bridge to close\n\nMore.\n").as_bytes(),
    )
    .unwrap();
    assert_eq!(article.paragraphs.len(), 2);
}
