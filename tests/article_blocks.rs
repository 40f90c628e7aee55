//! Whatever sequence of blocks a page has, every range the article builder hands out lies
//! inside the text, and everything downstream (plain output, the reader's layout and
//! drawing, draft) runs over it: random Markdown and HTML block sequences, and the
//! smallest pages that once crashed.

use counterpoint::article::rich::Rich;
use counterpoint::article::{Article, Format};
use counterpoint::config::Config;
use counterpoint::document::Document;
use counterpoint::layout::Layout;
use counterpoint::reader::state::State;
use proptest::prelude::*;

/// Checks every range of `rich`-built text: paragraphs, styles, links and source points
/// inside the body and on character boundaries, in order where order is promised.
fn assert_ranges_inside(body: &str, article: &Article) -> Result<(), TestCaseError> {
    let valid = |r: &std::ops::Range<usize>| {
        r.start <= r.end
            && r.end <= body.len()
            && body.is_char_boundary(r.start)
            && body.is_char_boundary(r.end)
    };
    for p in &article.paragraphs {
        prop_assert!(
            valid(&p.range),
            "paragraph {:?} in {} bytes: {body:?}",
            p.range,
            body.len()
        );
    }
    prop_assert!(
        article
            .paragraphs
            .windows(2)
            .all(|w| w[0].range.end <= w[1].range.start),
        "paragraphs in order"
    );
    for s in &article.styles {
        prop_assert!(valid(&s.range), "style {:?}: {body:?}", s.range);
    }
    for l in &article.links {
        prop_assert!(valid(&l.range), "link {:?}: {body:?}", l.range);
    }
    for p in &article.paragraphs {
        let _ = article.place(p.range.start);
        let _ = article.place(p.range.end);
        let _ = article.line_col(p.range.end);
    }
    Ok(())
}

/// Runs what reads an article over it: plain output, layout at several widths (every
/// line walked), the reader drawn after a few keys, and draft.
fn walk_downstream(article: Article) -> Result<(), TestCaseError> {
    for width in [1, 7, 40, 120] {
        let layout = Layout::new(&article, width);
        if let Some(first) = layout.first(&article) {
            let mut last = 0;
            for (_, line) in layout
                .lines_from(&article, first)
                .filter(|(_, l)| l.kind.is_body())
            {
                prop_assert!(line.range.start >= last && line.range.end <= article.body.len());
                // The author's line breaks and a table's rows end lines: none is inside one.
                prop_assert!(
                    !article.body[line.range.clone()].contains('\n') || !article.line_breaks,
                    "a line holds a line break: {:?}",
                    &article.body[line.range.clone()]
                );
                last = line.range.end;
            }
        }
    }
    let extraction = counterpoint::draft::extract_article(&article);
    let drafted = counterpoint::draft::entries(&extraction, &article.body);
    let doc = Document::new(article, drafted);
    let _ = counterpoint::document::plain::render(&doc, 30);
    let keys = counterpoint::cli::render::parse_keys("Gnpgj<Tab>j").expect("keys");
    let rows = counterpoint::cli::render::render(State::new(doc, Config::default()), 50, 12, &keys);
    prop_assert_eq!(rows.len(), 12);
    Ok(())
}

/// A Markdown block of a kind real pages have, often empty.
fn markdown_block() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("---".to_string()),
        Just("***".to_string()),
        Just("#".to_string()),
        Just("## ".to_string()),
        Just("# Heading".to_string()),
        Just("-".to_string()),
        Just("- ".to_string()),
        Just("1.".to_string()),
        Just("- item\n-\n- ".to_string()),
        Just(">".to_string()),
        Just("> quoted *words*".to_string()),
        Just("```\n```".to_string()),
        Just("```\ncode\n  line\n```".to_string()),
        Just("    indented code".to_string()),
        Just("| a | b |\n|---|---|\n| 1 | 2 |".to_string()),
        Just("| |\n|-|\n| |".to_string()),
        Just("<div>raw <b>html</b></div>".to_string()),
        Just("<div></div>".to_string()),
        Just("<p></p>".to_string()),
        Just("<!-- comment -->".to_string()),
        Just("Line one  \nline two\\\nline three".to_string()),
        Just("the bridge<br>is safe".to_string()),
        Just("2<sup>80</sup> and H<sub>2</sub>O".to_string()),
        Just("[](http://x.org) [link](http://x.org) ![img](i.png)".to_string()),
        Just("* *".to_string()),
        Just("**".to_string()),
        Just("Footnote[^1].\n\n[^1]: ".to_string()),
        Just("\u{ad}\u{200b}".to_string()),
        "[A-Za-z .,“”]{0,40}",
        // Tables, scripts and inline HTML as the author wrote them (issue 14, item 5).
        Just("| left | centre | right |\n|:--|:-:|--:|\n| *a* | [l](http://x.org) | `c` |\n| | | |\n| 2<sup>8</sup> | x<br>y | ~~no~~ |".to_string()),
        Just("| 日本語 | naïve |\n|---|---|\n| “q” |".to_string()),
        Just("> | a |\n> |---|\n> | b |".to_string()),
        Just("- | a |\n  |---|\n  | b |".to_string()),
        Just("x<sup>n + 1</sup> <sub></sub> <sup>open".to_string()),
        Just("<q>said</q> <em>so</em> <a href=\"http://x.org\">here</a></a> <del>gone</del>".to_string()),
        Just("*a<br>*<br><br>b  \n".to_string()),
        Just("<table><caption>c</caption><thead><tr><th>h</th></tr></thead><tr><td><p>p</p></td></tr></table>".to_string()),
        Just("<details><summary>More</summary>\n\n*markdown inside*\n\n</details>".to_string()),
        Just("<div>\n".to_string()),
        Just("</table>".to_string()),
    ]
}

/// An HTML block of a kind real pages have, often empty.
fn html_block() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<p></p>".to_string()),
        Just("<p> </p>".to_string()),
        Just("<p>Hello world.</p>".to_string()),
        Just("<hr>".to_string()),
        Just(" ".to_string()),
        Just("<h2></h2>".to_string()),
        Just("<h3> <em></em> </h3>".to_string()),
        Just("<ul><li></li><li> </li></ul>".to_string()),
        Just("<ol start=\"3\"><li><p></p></li></ol>".to_string()),
        Just("<blockquote></blockquote>".to_string()),
        Just("<blockquote><p>quoted</p><hr></blockquote>".to_string()),
        Just("<pre></pre>".to_string()),
        Just("<pre>code\n  line\n</pre>".to_string()),
        Just("<table><tr><td></td><td>a</td></tr><tr></tr></table>".to_string()),
        Just("<figure><img src=x><figcaption></figcaption></figure>".to_string()),
        Just("<br><br>".to_string()),
        Just("<div><p>nested <a href=\"http://x.org\"></a></p></div>".to_string()),
        Just("<a href=\"http://x.org\"><p>a link around a block</p></a>".to_string()),
        Just("<em><p>emphasis around a block</p> </em>".to_string()),
        Just("x<sup>2</sup> H<sub>2</sub>O".to_string()),
        Just("<script>var x;</script>".to_string()),
        Just("Acknowledge&shy;ments".to_string()),
        "[A-Za-z .,]{0,40}",
        // Tables, scripts and line breaks as the author wrote them (issue 14, item 5).
        Just("<table><caption>Shares</caption><thead><tr><th>A</th><th></th></tr></thead><tbody><tr><td><b>1</b></td><td><a href=\"http://x.org\">l</a></td><td>日本語</td></tr><tr></tr><tr><td></td></tr></tbody></table>".to_string()),
        Just("<table><tr><td>outer<table><tr><td>inner</td></tr></table></td><td><br></td></tr></table>".to_string()),
        Just("<table><tr><td><p>a page column</p></td><td>words</td><td><ul><li>x</li></ul></td></tr></table>".to_string()),
        Just("<table></table><table><tr></tr></table>".to_string()),
        Just("<p>the bridge<br>is<br><br> safe<br></p>".to_string()),
        Just("<p><em>a<br></em><br>b</p>".to_string()),
        Just("<p>10<sup>-6</sup> 5<sup>th</sup> <sup>a b</sup> <sup></sup> <q>quoted</q><sup><a href=\"#n\">1</a></sup></p>".to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn markdown_block_sequences_keep_every_range_inside_the_text(
        blocks in prop::collection::vec(markdown_block(), 0..12),
        separators in prop::collection::vec(prop_oneof![Just("\n\n"), Just("\n"), Just("\n\n\n")], 12),
    ) {
        let mut text = String::new();
        for (i, block) in blocks.iter().enumerate() {
            text.push_str(block);
            text.push_str(separators[i % separators.len()]);
        }
        let article = Article::from_text_as("t.md", &text, Format::Markdown).expect("Markdown always reads");
        assert_ranges_inside(&article.body.clone(), &article)?;
        walk_downstream(article)?;
    }

    #[test]
    fn html_block_sequences_keep_every_range_inside_the_text(
        blocks in prop::collection::vec(html_block(), 0..12),
    ) {
        let fragment = blocks.concat();
        let rich: Rich = counterpoint::article::html::render(&fragment);
        let article = Article::from_rich("t.html", Default::default(), rich, 1);
        assert_ranges_inside(&article.body.clone(), &article)?;
        walk_downstream(article)?;
        // The same blocks as a whole page, through the article extractor.
        let page = format!(
            "<!doctype html><html><head><title>T</title></head><body><article><p>{}</p>{fragment}</article></body></html>",
            "Enough words for an article to be found here. ".repeat(6)
        );
        if let Ok(article) = Article::from_text_as("t.html", &page, Format::Html) {
            assert_ranges_inside(&article.body.clone(), &article)?;
            walk_downstream(article)?;
        }
    }
}

/// The smallest inputs that panicked on real pages: an empty block after a rule took back
/// the rule's blank line too, so the rule's range pointed past the end of the text.
#[test]
fn an_empty_block_after_a_rule_keeps_the_rule_inside_the_text() {
    for (name, text) in [
        ("min.html", "<p>Hello world.</p><hr> "),
        ("t.md", "Some text.\n\n---\n\n#\n"),
        ("u.md", "---\n\n##\n\n-\n\n---\n\n>\n"),
    ] {
        let article = Article::from_text(name, text).expect("reads");
        for p in &article.paragraphs {
            assert!(
                p.range.end <= article.body.len(),
                "{name}: {:?} in {:?}",
                p.range,
                article.body
            );
        }
        let doc = Document::new(article, Vec::new());
        let plain = counterpoint::document::plain::render(&doc, 80);
        assert!(plain.contains("Hello world.") || plain.contains("Some text.") || name == "u.md");
    }
}
