//! Tests of rendering Markdown: pieces, tags, links, quotes, lines.

use super::*;

#[test]
fn a_long_article_parsed_in_pieces_renders_as_it_does_whole() {
    let mut text = String::new();
    let mut n = 0;
    while text.len() < 2 * PIECE + 5000 {
        n += 1;
        text.push_str(&format!(
            "## Part {n}\n\nSome *emphasis* and **strong** words, a [link](https://example.com/{n}) and `code`.\nA second line of paragraph {n}.\n\n- one item\n- two items\n\n  still in the item\n\n> quoted {n}\n> more\n\n1. first\n2. second\n\nHeading {n}\n=========\n\n    indented code {n}\n\n| a | b |\n|---|---|\n| {n} | x |\n\n"
        ));
    }
    let cuts = pieces(&text);
    assert!(cuts.len() >= 3, "{} pieces", cuts.len());
    let whole = render_in(&text, 7, std::iter::once(0..text.len()));
    assert_eq!(render(&text, 7), whole);
    // Cuts fall between blocks, never inside a character, whatever the size.
    let typographic =
        "“Quoted” — and ‘more’.\n\nAnother “paragraph”.\n\n- “item”\n\nÉtude.\n\nEnd.\n";
    for size in 1..typographic.len() {
        let cuts = cut_pieces(typographic, size);
        assert_eq!(cuts.first().map(|c| c.start), Some(0));
        assert_eq!(cuts.last().map(|c| c.end), Some(typographic.len()));
        for cut in &cuts[1..] {
            assert!(typographic[..cut.start].ends_with("\n\n"), "{size}");
        }
        let whole = render_in(typographic, 1, std::iter::once(0..typographic.len()));
        assert_eq!(render_in(typographic, 1, cuts), whole, "{size}");
    }
    // Anything that could reach across a blank line keeps the text whole.
    for mark in ["```", "~~~", "<b>", "[a]: https://example.com", "[^1]"] {
        let marked = format!("{text}{mark}\n");
        assert_eq!(pieces(&marked), vec![0..marked.len()], "{mark}");
    }
}
use crate::article::{Article, Format};

fn article(text: &str) -> Article {
    Article::from_text_as("a.md", text, Format::Markdown).unwrap()
}

fn blocks(article: &Article) -> Vec<(ParagraphKind, &str)> {
    article
        .paragraphs
        .iter()
        .map(|p| (p.kind, &article.body[p.range.clone()]))
        .collect()
}

#[test]
fn markup_goes_and_the_words_stay() {
    let a = article(
        "# Title\n\nSome *very* **bold**\nwords with `code` and a [link](https://example.org \"t\").\n\n## Part\n\n> Quoted\n> text.\n\n- one\n- two\n\n1. first\n\n---\n\n```\nfn main() {}\n  indented\n```\n",
    );
    assert_eq!(a.meta.title.as_deref(), Some("Title"));
    assert_eq!(
        blocks(&a),
        [
            (
                ParagraphKind::Text,
                "Some very bold words with code and a link."
            ),
            (ParagraphKind::Heading, "Part"),
            (ParagraphKind::Text, "Quoted text."),
            (ParagraphKind::Text, "one"),
            (ParagraphKind::Text, "two"),
            (ParagraphKind::Text, "first"),
            (ParagraphKind::Rule, ""),
            (ParagraphKind::Code, "fn main() {}\n  indented"),
        ]
    );
    assert_eq!(a.paragraphs[2].lead.quote_depth, 1);
    assert_eq!(a.paragraphs[3].lead.marker.as_deref(), Some("•  "));
    assert_eq!(a.paragraphs[5].lead.marker.as_deref(), Some("1. "));
    assert_eq!(a.links.len(), 1);
    assert_eq!(a.links[0].url, "https://example.org");
    assert_eq!(&a.body[a.links[0].range.clone()], "link");
    let styled: Vec<(&str, InlineStyle)> = a
        .styles
        .iter()
        .map(|s| (&a.body[s.range.clone()], s.style))
        .collect();
    assert_eq!(
        styled,
        [
            ("very", InlineStyle::Emphasis),
            ("bold", InlineStyle::Strong),
            ("code", InlineStyle::Code),
            ("link", InlineStyle::Link(0)),
        ]
    );
}

#[test]
fn entities_cannot_smuggle_control_characters() {
    let a = article("Escape &#27;[2J here and `&#7;` there.\n");
    assert!(!a.body.contains('\u{1b}'), "{:?}", a.body);
    assert!(a.body.contains("␛[2J"), "{:?}", a.body);
}

#[test]
fn places_in_the_text_are_lines_of_the_file() {
    let a = article("+++\ntitle = \"T\"\n+++\nFirst *line*\nsecond line.\n\n> A quote\n");
    let second = a.body.find("second").unwrap();
    assert_eq!(a.line_col(second), (5, 1));
    let line = a.body.find("line").unwrap();
    assert_eq!(a.line_col(line), (4, 8));
    let quote = a.body.find("quote").unwrap();
    assert_eq!(a.line_col(quote), (7, 5));
}

#[test]
fn a_quote_typed_without_markup_anchors_across_emphasis() {
    let a = article("The minister said the bridge is *entirely* safe, [twice](https://x.org).");
    let anchoring = crate::anchor::anchor(
        &a.body,
        &crate::claims::QuoteSelector {
            exact: "the bridge is entirely safe, twice".into(),
            ..Default::default()
        },
    );
    let range = anchoring.range.unwrap();
    assert_eq!(&a.body[range.clone()], "the bridge is entirely safe, twice");
    // The highlight covers the emphasised word and the link.
    assert!(a.styles_overlapping(range).count() == 2);
}

fn anchored<'a>(a: &'a Article, quote: &str) -> (&'a str, crate::anchor::AnchorStatus) {
    let anchoring = crate::anchor::anchor(
        &a.body,
        &crate::claims::QuoteSelector {
            exact: quote.into(),
            ..Default::default()
        },
    );
    let range = anchoring.range.expect("anchored");
    (&a.body[range], anchoring.status)
}

#[test]
fn every_kind_of_hard_break_is_a_line_break() {
    for source in [
        "the bridge<br>is entirely safe",
        "the bridge<br/>is entirely safe",
        "the bridge <BR /> is entirely safe",
        "the bridge  \nis entirely safe",
        "the bridge\\\nis entirely safe",
        "*the bridge*<br>is entirely safe",
    ] {
        let a = article(source);
        assert_eq!(a.body, "the bridge\nis entirely safe", "{source:?}");
        // A quote typed across the break with a space anchors exactly.
        let (text, status) = anchored(&a, "the bridge is entirely safe");
        assert_eq!(text, "the bridge\nis entirely safe", "{source:?}");
        assert!(
            matches!(status, crate::anchor::AnchorStatus::Exact { .. }),
            "{source:?}: {status:?}"
        );
    }
    // A soft break (a plain line break in the source) is still a space.
    assert_eq!(article("the bridge\nis safe").body, "the bridge is safe");
}

#[test]
fn superscripts_and_subscripts_keep_their_numbers_apart() {
    let cases = [
        (
            "Brute force takes 2<sup>80</sup> steps.",
            "Brute force takes 2⁸⁰ steps.",
        ),
        ("About 10<sup>6</sup> users.", "About 10⁶ users."),
        ("CO<sub>2</sub> and H<sub>2</sub>O.", "CO₂ and H₂O."),
        ("Down 10<sup>-3</sup>.", "Down 10⁻³."),
        ("The 5<sup>th</sup> time.", "The 5^th time."),
        ("x<sup>n + 1</sup> grows.", "x^(n + 1) grows."),
        ("v<sub>max</sub> is reached.", "v_max is reached."),
        ("*2<sup>`80`</sup>* bits", "2⁸⁰ bits"),
        ("Cut <sup></sup>short", "Cut short"),
        ("Open 2<sup>80 at the end", "Open 2^(80 at the end)"),
    ];
    for (source, text) in cases {
        assert_eq!(article(source).body, text, "{source:?}");
    }
}

#[test]
fn a_quote_typed_with_a_caret_anchors_on_a_superscript() {
    let a = article(
        "Brute force takes 2<sup>80</sup> steps, they said; CO<sub>2</sub> rose by 10<sup>6</sup> tonnes.",
    );
    for (quote, found) in [
        ("takes 2^80 steps", "takes 2⁸⁰ steps"),
        ("takes 2⁸⁰ steps", "takes 2⁸⁰ steps"),
        ("CO_2 rose by 10^6 tonnes", "CO₂ rose by 10⁶ tonnes"),
        ("CO₂ rose by 10⁶ tonnes", "CO₂ rose by 10⁶ tonnes"),
    ] {
        let (text, status) = anchored(&a, quote);
        assert_eq!(text, found, "{quote}");
        assert!(
            matches!(status, crate::anchor::AnchorStatus::Exact { .. }),
            "{quote}: {status:?}"
        );
    }
}

#[test]
fn raw_html_keeps_its_words() {
    let cases: [(&str, &[&str]); 5] = [
        (
            "<div class=\"note\">\n<p>Raw HTML words stay.</p>\n</div>\n\nAfter.",
            &["Raw HTML words stay.", "After."],
        ),
        ("<p>One\ntwo</p>\n\n<p>three</p>", &["One two", "three"]),
        (
            "<details><summary>More</summary>\nHidden words.\n</details>",
            &["More", "Hidden words."],
        ),
        ("<!-- a comment -->\n\nText.", &["Text."]),
        (
            "<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>22</td></tr></table>",
            &["A │ B\n1 │ 22"],
        ),
    ];
    for (source, want) in cases {
        let a = article(source);
        assert_eq!(
            blocks(&a).iter().map(|b| b.1).collect::<Vec<_>>(),
            want,
            "{source:?}"
        );
    }
    let a = article(
        "Said <q>no</q>, <em>twice</em>, <a href=\"https://x.org\">here</a> <span>kept</span>.",
    );
    assert_eq!(a.body, "Said “no”, twice, here kept.");
    assert_eq!(a.links[0].url, "https://x.org");
    assert_eq!(&a.body[a.links[0].range.clone()], "here");
    assert!(
        a.styles
            .iter()
            .any(|s| s.style == InlineStyle::Emphasis && &a.body[s.range.clone()] == "twice")
    );
}

#[test]
fn pipe_tables_are_tables_and_their_cells_anchor() {
    let a = article(
        "Before.\n\n| Country | Share |\n|:--|--:|\n| France | 12.5% |\n| Germany | 3% |\n\nAfter.",
    );
    assert_eq!(
        blocks(&a),
        [
            (ParagraphKind::Text, "Before."),
            (
                ParagraphKind::Table,
                "Country │ Share\nFrance  │ 12.5%\nGermany │    3%"
            ),
            (ParagraphKind::Text, "After."),
        ]
    );
    let (text, _) = anchored(&a, "Germany");
    assert_eq!(text, "Germany");
    let (text, _) = anchored(&a, "12.5%");
    assert_eq!(text, "12.5%");
}
