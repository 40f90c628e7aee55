use super::*;

fn lines(layout: &Layout, article: &Article) -> Vec<(LineKind, String)> {
    let first = layout.first(article).unwrap();
    layout
        .lines_from(article, first)
        .map(|(_, l)| {
            let text = match l.kind {
                LineKind::Title | LineKind::Dek | LineKind::Meta => {
                    &layout.header_text(l.kind)[l.range.clone()]
                }
                _ => &article.body[l.range.clone()],
            };
            (l.kind, text.to_string())
        })
        .collect()
}

#[test]
fn layout_maps_positions_to_lines_and_back() {
    let article = Article::parse(
        "a",
        b"+++\ntitle = \"Title\"\n+++\nalpha beta gamma\n\ndelta",
    )
    .unwrap();
    let layout = Layout::new(&article, 11);
    use LineKind::*;
    let kinds: Vec<LineKind> = lines(&layout, &article).iter().map(|l| l.0).collect();
    assert_eq!(kinds, [Title, Blank, Text, Text, Blank, Text]);
    let at = |block, row| LinePos { block, row };
    let delta = article.body.find("delta").unwrap();
    assert_eq!(layout.line_of(&article, delta), Some(at(2, 1)));
    assert_eq!(layout.line_of(&article, 0), Some(at(1, 1)));
    let gamma = article.body.find("gamma").unwrap();
    assert_eq!(layout.line_of(&article, gamma), Some(at(1, 2)));
    assert_eq!(layout.step_body(&article, at(1, 1), 5), at(2, 1));
    assert_eq!(layout.step_body(&article, at(2, 1), -1), at(1, 2));
    assert_eq!(layout.nearest_body_line(&article, at(0, 0)), Some(at(1, 1)));
    assert_eq!(layout.first_body_line(&article), Some(at(1, 1)));
    assert_eq!(layout.last(&article), Some(at(2, 1)));
    assert_eq!(layout.offset(&article, at(0, 0), 4), at(2, 0));
    assert_eq!(layout.offset(&article, at(2, 1), -100), at(0, 0));
    assert_eq!(layout.distance(&article, at(0, 0), at(2, 1), 10), Some(5));
    assert_eq!(layout.distance(&article, at(0, 0), at(2, 1), 4), None);
    assert_eq!(layout.distance(&article, at(2, 1), at(0, 0), 10), None);
}

#[test]
fn only_the_paragraphs_read_are_wrapped() {
    // More paragraphs than a chunk holds, twice over.
    let text = (0..2500)
        .map(|i| format!("Paragraph {i} has a few words in it."))
        .collect::<Vec<_>>()
        .join("\n\n");
    let article = Article::parse("a", text.as_bytes()).unwrap();
    let layout = Layout::new(&article, 20);
    let first = layout.first(&article).unwrap();
    assert_eq!(layout.lines_from(&article, first).take(40).count(), 40);
    assert!(layout.wrapped_blocks() <= 20, "{}", layout.wrapped_blocks());
    let end = article.body.len() - 1;
    let last = layout.line_of(&article, end).unwrap();
    assert_eq!(last.block, 2500);
    assert!(layout.wrapped_blocks() <= 21, "{}", layout.wrapped_blocks());
    // Across a chunk's edge, both ways.
    let at = article.body.find("Paragraph 1024 ").unwrap();
    let line = layout.line_of(&article, at).unwrap();
    assert_eq!(
        line,
        LinePos {
            block: 1025,
            row: 1
        }
    );
    let before = layout.step_body(&article, line, -1);
    let shown = &article.body[layout.line(&article, before).unwrap().range.clone()];
    assert!(shown.ends_with(" in it."), "{shown}");
    assert_eq!(before.block, 1024);
    assert_eq!(layout.step_body(&article, before, 1), line);
}

#[test]
fn a_long_paragraph_goes_on_without_blank_lines_between_its_blocks() {
    let words = "word ".repeat(10_000);
    let article = Article::parse("a", words.as_bytes()).unwrap();
    assert!(article.paragraphs.len() > 2);
    let layout = Layout::new(&article, 30);
    let blanks = lines(&layout, &article)
        .iter()
        .filter(|l| l.0 == LineKind::Blank)
        .count();
    assert_eq!(blanks, 1, "only the one after the title");
}

#[test]
fn author_line_breaks_and_table_rows_are_kept() {
    let shown = |text: &str, kind, breaks, width| -> Vec<String> {
        paragraph_lines(text, kind, breaks, width)
            .into_iter()
            .map(|r| text[r].to_string())
            .collect()
    };
    let text = "the bridge\nis entirely safe";
    assert_eq!(
        shown(text, ParagraphKind::Text, true, 40),
        ["the bridge", "is entirely safe"]
    );
    assert_eq!(
        shown(text, ParagraphKind::Text, true, 10),
        ["the bridge", "is", "entirely", "safe"]
    );
    // A plain text file's line breaks are where its editor wrapped: spaces.
    assert_eq!(
        shown(text, ParagraphKind::Text, false, 40),
        ["the bridge\nis entirely safe"]
    );
    let table = "Country │ Share\nFrance  │ 12.5%";
    assert_eq!(
        shown(table, ParagraphKind::Table, false, 15),
        ["Country │ Share", "France  │ 12.5%"]
    );
    assert_eq!(
        shown(table, ParagraphKind::Table, false, 14),
        ["Country", "Share", "", "France", "12.5%"]
    );
}

#[test]
fn a_markdown_article_shows_its_breaks_and_tables_in_the_layout() {
    let article = Article::from_text(
        "a.md",
        "+++\ntitle = \"T\"\n+++\nthe bridge<br>is safe\n\n| a | b |\n|---|---|\n| 1 | 22 |\n",
    )
    .unwrap();
    let layout = Layout::new(&article, 40);
    let texts: Vec<String> = lines(&layout, &article)
        .into_iter()
        .filter(|l| l.0 == LineKind::Text)
        .map(|l| l.1)
        .collect();
    assert_eq!(texts, ["the bridge", "is safe", "a │ b", "1 │ 22"]);
}

proptest::proptest! {
    /// A code block's lines, indented any way, at any width: every row fits the width
    /// (a row is drawn from its range's start, the first with its indentation), no word
    /// is lost, and only the first row of a line shows its indentation.
    #[test]
    fn code_lines_fit_their_width_and_keep_every_word(
        source in proptest::collection::vec(("[ \t]{0,12}", "[a-z(){};\"!]{1,9}( [a-z(){};\"!]{1,14}){0,12}"), 1..4),
        width in 1usize..60,
    ) {
        let code: Vec<String> = source.iter().map(|(indent, words)| format!("{indent}{words}")).collect();
        let markdown = format!("```\n{}\n```\n", code.join("\n"));
        let article = Article::parse("a.md", markdown.as_bytes()).unwrap();
        let layout = Layout::new(&article, width);
        let text_width = width;
        let rows: Vec<(LineKind, String)> = lines(&layout, &article);
        let mut shown = String::new();
        for (kind, row) in &rows {
            if *kind != LineKind::Code {
                continue;
            }
            let indent = row.len() - row.trim_start_matches([' ', '\t']).len();
            let words_width = display_width(row.trim_start_matches([' ', '\t']));
            // An indentation as wide as the row is the one case wrapped as words.
            if indent < text_width {
                proptest::prop_assert!(indent + words_width <= text_width, "{row:?} wider than {text_width}: {rows:?}");
            }
            shown.push_str(&row.split_whitespace().collect::<String>());
        }
        let all: String = code.iter().flat_map(|l| l.split_whitespace()).collect();
        proptest::prop_assert_eq!(shown, all);
    }
}

/// A line indented 8 columns, wider than the measure: the first row holds the
/// indentation and what fits after it, and the next row goes on at the next word.
#[test]
fn an_indented_code_line_wraps_after_its_indentation() {
    let article = Article::parse(
        "a.md",
        b"```\n        println!(\"a long line that is wider\");\n```\n",
    )
    .unwrap();
    let layout = Layout::new(&article, 30);
    let rows: Vec<String> = lines(&layout, &article)
        .into_iter()
        .filter(|(kind, _)| *kind == LineKind::Code)
        .map(|(_, text)| text)
        .collect();
    assert_eq!(
        rows,
        ["        println!(\"a long line", "that is wider\");"]
    );
}
