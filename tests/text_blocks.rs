//! The text built from Markdown and web pages: whatever sequence of blocks an article
//! has (empty ones, rules, tables, raw HTML, line breaks, scripts), every range handed
//! out lies inside the body on character boundaries, and plain output, layout and the
//! drafter run over it; and the constructs whose loss changes what the text says
//! (line breaks, tables, superscripts) reach plain output.

use counterpoint::article::{Article, Format};
use counterpoint::document::Document;
use counterpoint::layout::Layout;
use counterpoint::{draft, plain};
use proptest::prelude::*;

fn words() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            "[a-z]{1,9}",
            Just("naïve".to_string()),
            Just("日本語".to_string()),
            Just("“quoted”".to_string())
        ],
        1..6,
    )
    .prop_map(|w| w.join(" "))
}

/// Inline Markdown: words, emphasis, code, links, hard breaks, inline HTML.
fn inline_markdown() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            words(),
            words().prop_map(|w| format!("*{w}*")),
            words().prop_map(|w| format!("`{w}`")),
            words().prop_map(|w| format!("[{w}](https://example.org/{})", w.len())),
            Just("<br>".to_string()),
            Just("  \n".to_string()),
            Just("\\\n".to_string()),
            Just("\n".to_string()),
            "[0-9]{1,3}".prop_map(|n| format!("2<sup>{n}</sup>")),
            words().prop_map(|w| format!("x<sup>{w}</sup>")),
            Just("<sup></sup>".to_string()),
            Just("<sup>".to_string()),
            Just("</sub>".to_string()),
            "[0-9]{1,2}".prop_map(|n| format!("CO<sub>{n}</sub>")),
            words().prop_map(|w| format!("<q>{w}</q>")),
            words().prop_map(|w| format!("<em>{w}</em>")),
            words().prop_map(|w| format!("<a href=\"https://x.org\">{w}</a>")),
            Just("&nbsp;".to_string()),
        ],
        0..8,
    )
    .prop_map(|parts| parts.join(" "))
}

fn markdown_block() -> impl Strategy<Value = String> {
    prop_oneof![
        inline_markdown(),
        Just(String::new()),
        Just("---".to_string()),
        Just("#".to_string()),
        inline_markdown().prop_map(|t| format!("## {}", t.replace('\n', " "))),
        Just("- ".to_string()),
        inline_markdown().prop_map(|t| format!("- {t}\n- \n  - {t}")),
        Just(">".to_string()),
        inline_markdown().prop_map(|t| format!("> {}", t.replace('\n', "\n> "))),
        words().prop_map(|w| format!("```\n{w}\n\n  {w}\n```")),
        (words(), words(), 0usize..4).prop_map(|(a, b, rows)| {
            let row = format!("| {a} | {b} |\n");
            format!("| {b} | {a} |\n|:--|--:|\n{}", row.repeat(rows))
        }),
        Just("| a |\n|---|\n| |".to_string()),
        html_block(),
        Just("<div>\n".to_string()),
        Just("</div>".to_string()),
    ]
}

/// HTML blocks, for web pages and raw HTML in Markdown.
fn html_block() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<p></p>".to_string()),
        words().prop_map(|w| format!("<p>{w}<br>{w}<br><br></p>")),
        Just("<hr>".to_string()),
        Just("<h2></h2>".to_string()),
        Just("<ul><li></li><li><p></p></li></ul>".to_string()),
        words().prop_map(|w| format!("<ol><li>{w}</li><li><ul><li></li></ul></li></ol>")),
        words().prop_map(|w| format!("<blockquote><p>{w}</p><blockquote></blockquote></blockquote>")),
        words().prop_map(|w| format!("<pre>{w}\n  {w}\n</pre>")),
        Just("<pre></pre>".to_string()),
        (words(), words()).prop_map(|(a, b)| format!(
            "<table><caption>{a}</caption><thead><tr><th>{a}</th><th></th></tr></thead>\
             <tbody><tr><td><b>{b}</b></td><td><a href=\"https://x.org\">{a}</a></td><td>{b}</td></tr>\
             <tr></tr><tr><td></td></tr></tbody></table>"
        )),
        words().prop_map(|w| format!("<table><tr><td><p>{w}</p></td><td>{w}</td></tr></table>")),
        words().prop_map(|w| format!("<table><tr><td>{w}<table><tr><td>{w}</td></tr></table></td><td><br></td></tr></table>")),
        Just("<table></table>".to_string()),
        "[0-9]{1,3}".prop_map(|n| format!("<p>10<sup>{n}</sup> H<sub>{n}</sub> <sup>a b</sup></p>")),
        words().prop_map(|w| format!("<p><q>{w}</q><sup><a href=\"#n\">1</a></sup></p>")),
        Just("<br>".to_string()),
        Just("<div><br><hr><br></div>".to_string()),
        words(),
    ]
}

/// Every range the builder handed out lies in the body, on character boundaries.
fn check_ranges(article: &Article) -> Result<(), TestCaseError> {
    let body = &article.body;
    let inside = |r: &std::ops::Range<usize>| {
        r.start <= r.end
            && r.end <= body.len()
            && body.is_char_boundary(r.start)
            && body.is_char_boundary(r.end)
    };
    let mut last = 0;
    for p in &article.paragraphs {
        prop_assert!(inside(&p.range), "paragraph {:?} in {:?}", p.range, body);
        prop_assert!(p.range.start >= last, "paragraphs out of order");
        last = p.range.end;
    }
    for s in &article.styles {
        prop_assert!(inside(&s.range), "style {:?} in {:?}", s, body);
    }
    for l in &article.links {
        prop_assert!(inside(&l.range), "link {:?} in {:?}", l, body);
    }
    for offset in 0..=body.len() {
        if body.is_char_boundary(offset) {
            let _ = article.line_col(offset);
        }
    }
    Ok(())
}

/// Plain output, layout at a few widths and the drafter run over the article.
fn run_everything(article: Article) -> Result<(), TestCaseError> {
    check_ranges(&article)?;
    for width in [1, 13, 40, 120] {
        let layout = Layout::new(&article, width);
        if let Some(first) = layout.first(&article) {
            for (_, line) in layout.lines_from(&article, first) {
                if line.kind.is_body() {
                    prop_assert!(line.range.end <= article.body.len());
                    prop_assert!(article.body.is_char_boundary(line.range.start));
                    prop_assert!(article.body.is_char_boundary(line.range.end));
                    prop_assert!(
                        !article.body[line.range.clone()].contains('\n'),
                        "a row holds a line break"
                    );
                }
            }
        }
    }
    let extraction = draft::extract_article(&article);
    let entries = draft::entries(&extraction, &article.body);
    let doc = Document::new(article, entries);
    for width in [20, 37, 80] {
        plain::render(&doc, width);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn markdown_block_sequences_build_sound_text(blocks in prop::collection::vec(markdown_block(), 0..12), tight in any::<bool>()) {
        let text = blocks.join(if tight { "\n" } else { "\n\n" });
        let article = Article::from_text_as("random.md", &text, Format::Markdown).unwrap();
        run_everything(article)?;
    }

    #[test]
    fn html_block_sequences_build_sound_text(blocks in prop::collection::vec(html_block(), 0..12)) {
        let html = blocks.concat();
        let rich = counterpoint::web_page::render(&html);
        let mut article = Article::from_rich("random.html", Default::default(), rich, 1);
        article.source_lines = false;
        run_everything(article)?;
    }
}

/// The plain output of Markdown `text` at `width`.
fn plain_output(text: &str, width: usize) -> String {
    let article = Article::from_text_as(
        "a.md",
        &format!("+++\ntitle = \"T\"\n+++\n{text}"),
        Format::Markdown,
    )
    .unwrap();
    plain::render(&Document::new(article, Vec::new()), width)
}

#[test]
fn plain_output_keeps_line_breaks_tables_and_scripts() {
    let out = plain_output("The minister said the bridge<br>is entirely safe.", 80);
    assert!(out.contains("the bridge\nis entirely safe."), "{out}");
    let out = plain_output("- a list item  \n  broken, in a quote", 80);
    assert!(
        out.contains("•  a list item\n   broken, in a quote"),
        "{out}"
    );
    let table = "| Country | Share |\n|:--|--:|\n| France | 12.5% |\n| Germany | 3% |";
    let out = plain_output(table, 80);
    assert!(
        out.contains("Country │ Share\nFrance  │ 12.5%\nGermany │    3%\n"),
        "{out}"
    );
    // Too narrow to align: each cell's words on lines of their own, a blank line
    // between rows.
    let wide = "| Country | Share of the vote in the last election |\n|--|--|\n| France | twelve and a half percent |";
    let out = plain_output(wide, 20);
    assert!(
        out.contains("Country\nShare of the vote in\nthe last election\n\nFrance\ntwelve and a half\npercent\n"),
        "{out}"
    );
    let out = plain_output(
        "Brute force takes 2<sup>80</sup> steps and 10<sup>6</sup> keys.",
        80,
    );
    assert!(out.contains("2⁸⁰ steps and 10⁶ keys"), "{out}");
}

/// The reader's layout of a Markdown table at any width keeps every word, in order.
#[test]
fn a_table_wider_than_the_pane_keeps_every_word() {
    let text = "| Country | Share of the vote |\n|--|--|\n| France | twelve percent |";
    let article = Article::from_text_as("a.md", text, Format::Markdown).unwrap();
    for width in [6, 12, 30, 80] {
        let layout = Layout::new(&article, width);
        let first = layout.first(&article).unwrap();
        let shown: String = layout
            .lines_from(&article, first)
            .filter(|(_, l)| l.kind.is_body())
            .map(|(_, l)| &article.body[l.range.clone()])
            .collect::<Vec<_>>()
            .join(" ");
        let letters = |t: &str| t.replace('│', "").split_whitespace().collect::<String>();
        assert_eq!(letters(&shown), letters(&article.body), "width {width}");
    }
}

/// Struck words are marked in plain output, where no style shows: without the mark a
/// withdrawn statement would read as made.
#[test]
fn struck_words_are_marked_in_plain_output() {
    let out = plain_output(
        "The toll was ~~twelve~~ fourteen, <del>the minister said</del> <s>2<sup>80</sup></s>.",
        80,
    );
    assert!(
        out.contains("The toll was ~~twelve~~ fourteen, ~~the minister said~~ ~~2⁸⁰~~."),
        "{out}"
    );
}
