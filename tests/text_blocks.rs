//! The constructs whose loss changes what an article says — the author's line breaks,
//! tables, superscripts and subscripts, struck words — reach plain output and the
//! reader's layout (issue 14, item 5). Random block sequences are in `article_blocks.rs`.

use counterpoint::article::{Article, Format};
use counterpoint::document::Document;
use counterpoint::document::plain;
use counterpoint::layout::Layout;

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
