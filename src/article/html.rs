//! Saved web pages: the article found by dom_smoothie (a port of Mozilla's Readability, which leaves out navigation, teasers and share widgets) and its HTML rendered into the reader's blocks and styles.

use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability};

use crate::article::rich::{InlineStyle, Rich, RichBuilder, Script, script_form};
use crate::article::{Article, Meta, ParagraphKind};
use crate::sanitize::clean;

/// The article in a saved page `html`, named `name` in messages. Never refuses a page:
/// when Readability cannot read it or finds no article with text in it, the article
/// is all of the page's visible text ([`whole_page`]), marked [`Article::whole_page`].
pub fn article(name: &str, html: &str) -> Article {
    let found = Readability::new(html, None, Some(Config::default()))
        .ok()
        .and_then(|mut readability| readability.parse().ok());
    let Some(found) = found else {
        return whole_page(name, html);
    };
    let rich = render(&found.content);
    if rich.paragraphs.is_empty() {
        return whole_page(name, html);
    }
    let field = |value: Option<String>| value.filter(|v| !v.trim().is_empty());
    // The excerpt is often one of the first paragraphs again; then it is no dek.
    let dek = field(found.excerpt).filter(|e| !repeats_lede(e, &rich));
    let meta = Meta {
        title: field(Some(found.title)),
        dek,
        outlet: field(found.site_name),
        date: field(found.published_time).map(|d| d.chars().take(10).collect()),
        url: field(found.url),
        byline: field(found.byline),
        ..Meta::default()
    };
    let mut article = Article::from_rich(name, meta.cleaned(), rich, 1);
    article.source_lines = false;
    article
}

/// All of a page's visible text as its article: the body rendered as an article is
/// (scripts, styles, navigation, forms and the like left out), titled by the page's
/// `<title>`; marked [`Article::whole_page`].
pub fn whole_page(name: &str, html: &str) -> Article {
    let document = Document::from(html);
    let mut b = RichBuilder::new();
    let body = document.select("body");
    match body.nodes().first() {
        Some(body) => walk(&mut b, body),
        None => walk(&mut b, &document.root()),
    }
    let title = document.select("head title").text().trim().to_string();
    let meta = Meta {
        title: (!title.is_empty()).then_some(title),
        ..Meta::default()
    };
    let mut article = Article::from_rich(name, meta.cleaned(), b.finish(), 1);
    article.source_lines = false;
    article.whole_page = true;
    article
}

/// How many of the first paragraphs a summary is compared with.
const LEDE_PARAGRAPHS: usize = 5;

/// Whether the summary `excerpt` repeats one of the article's first paragraphs: compared
/// without whitespace (a `<br>` is a line break in the text, nothing in an excerpt),
/// case or script marks, either one beginning the other (an excerpt is often cut short).
fn repeats_lede(excerpt: &str, rich: &Rich) -> bool {
    let fold = |text: &str| -> String {
        text.chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '^' | '_' | '…'))
            .map(|c| Script::base(c).unwrap_or(c))
            .flat_map(char::to_lowercase)
            .collect()
    };
    let excerpt = fold(excerpt.trim().trim_end_matches("..."));
    if excerpt.is_empty() {
        return true;
    }
    let start: String = excerpt.chars().take(60).collect();
    rich.paragraphs
        .iter()
        .filter(|p| !p.range.is_empty())
        .take(LEDE_PARAGRAPHS)
        .map(|p| fold(&rich.body[p.range.clone()]))
        .any(|lede| {
            !lede.is_empty()
                && (lede.starts_with(&start) || (lede.len() >= 20 && excerpt.starts_with(&lede)))
        })
}

/// The text, blocks, styles and links of an article's HTML.
pub fn render(html: &str) -> Rich {
    let mut builder = RichBuilder::new();
    render_into(&mut builder, html);
    builder.finish()
}

/// Renders the HTML fragment `html` into `b`, after what it holds: a web page's article,
/// or a raw HTML block of a Markdown file.
pub fn render_into(b: &mut RichBuilder, html: &str) {
    let document = Document::fragment(html);
    walk(b, &document.root());
}

/// Block elements: a table whose cells hold one is laid out with a table (an old page's
/// columns), not a table of data.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "ul",
    "ol",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "section",
    "article",
];

/// Whether `node` holds blocks: a table that does holds a page's columns, not data
/// (rows of cells of words).
fn holds_blocks(node: &NodeRef) -> bool {
    node.descendants_it().any(|n| {
        n.node_name()
            .is_some_and(|name| BLOCKS.contains(&name.to_ascii_lowercase().as_str()))
    })
}

/// The lower-case tag name of an element.
fn tag(node: &NodeRef) -> String {
    node.node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default()
}

/// Elements whose words are not the article's.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "button", "form", "nav", "input",
    "select", "textarea", "object", "canvas", "head",
];

fn walk(b: &mut RichBuilder, node: &NodeRef) {
    for child in node.children_it(false) {
        visit(b, &child);
    }
}

/// Renders one node (text or element) and what it holds.
fn visit(b: &mut RichBuilder, child: &NodeRef) {
    if child.is_text() {
        b.text(&clean(&child.text(), true), None);
        return;
    }
    if !child.is_element() {
        return;
    }
    let name = tag(child);
    let styled = |b: &mut RichBuilder, style: InlineStyle| {
        b.start_style(style);
        walk(b, child);
        b.end_style(style);
    };
    match name.as_str() {
        n if SKIPPED.contains(&n) => {}
        "p" | "figcaption" | "dt" | "dd" | "address" | "summary" | "caption" => {
            b.start_block(ParagraphKind::Text);
            walk(b, child);
            b.end_block();
        }
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
            b.start_block(ParagraphKind::Heading);
            walk(b, child);
            b.end_block();
        }
        "blockquote" => {
            b.enter_quote();
            walk(b, child);
            b.leave_quote();
        }
        "ul" | "menu" => {
            b.enter_list(None);
            walk(b, child);
            b.leave_list();
        }
        "ol" => {
            let first = child.attr("start").and_then(|s| s.trim().parse().ok());
            b.enter_list(Some(first.unwrap_or(1)));
            walk(b, child);
            b.leave_list();
        }
        "li" => {
            b.start_item();
            walk(b, child);
            b.end_item();
        }
        "pre" => {
            b.start_block(ParagraphKind::Code);
            b.text(clean(&child.text(), true).trim_end(), None);
            b.end_block();
        }
        "table" if !b.in_table() && !holds_blocks(child) => {
            let (captions, rest): (Vec<NodeRef>, Vec<NodeRef>) = child
                .element_children()
                .into_iter()
                .partition(|n| tag(n) == "caption");
            for caption in captions {
                b.start_block(ParagraphKind::Text);
                walk(b, &caption);
                b.end_block();
            }
            b.start_table(Vec::new());
            for part in rest {
                walk_table_part(b, &part);
            }
            b.end_table();
        }
        "tr" if b.in_table() => {
            let header = child.element_children().iter().all(|c| tag(c) == "th");
            b.start_row(header);
            walk(b, child);
            b.end_row();
        }
        "td" | "th" if b.in_table() => {
            b.start_cell();
            walk(b, child);
            b.end_cell();
        }
        // A row of a table that lays out a page: cells of words joined by " · ", a
        // cell of blocks its blocks.
        "tr" => {
            b.start_block(ParagraphKind::Text);
            let mut first = true;
            for cell in child.element_children() {
                if holds_blocks(&cell) {
                    b.end_block();
                    walk(b, &cell);
                    b.start_block(ParagraphKind::Text);
                    first = true;
                    continue;
                }
                if !first {
                    b.text(" · ", None);
                }
                walk(b, &cell);
                first = false;
            }
            b.end_block();
        }
        "br" => b.hard_break(),
        "sup" | "sub" => {
            let script = if name == "sup" {
                Script::Super
            } else {
                Script::Sub
            };
            b.text(&script_form(&clean(&child.text(), true), script), None);
        }
        "q" => {
            b.text("“", None);
            walk(b, child);
            b.text("”", None);
        }
        "hr" => b.rule(),
        "em" | "i" | "cite" | "dfn" | "var" => styled(b, InlineStyle::Emphasis),
        "strong" | "b" => styled(b, InlineStyle::Strong),
        "code" | "kbd" | "samp" | "tt" => styled(b, InlineStyle::Code),
        "s" | "del" | "strike" => styled(b, InlineStyle::Strike),
        "a" => match child.attr("href") {
            Some(href) if !href.starts_with('#') && !href.starts_with("javascript:") => {
                b.start_link(&href);
                walk(b, child);
                b.end_link();
            }
            _ => walk(b, child),
        },
        // Other block containers: their text makes blocks of its own.
        "div" | "section" | "article" | "main" | "figure" | "header" | "footer" | "aside"
        | "details" | "table" | "tbody" | "thead" | "tfoot" | "center" => {
            b.end_block();
            walk(b, child);
            b.end_block();
        }
        _ => walk(b, child),
    }
}

/// A part of a data table (`thead`, `tbody`, a row): rows under `thead` are headings.
fn walk_table_part(b: &mut RichBuilder, part: &NodeRef) {
    match tag(part).as_str() {
        "thead" => {
            for row in part.element_children() {
                if tag(&row) == "tr" {
                    b.start_row(true);
                    walk(b, &row);
                    b.end_row();
                } else {
                    visit(b, &row);
                }
            }
        }
        _ => visit(b, part),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(rich: &Rich) -> Vec<&str> {
        rich.paragraphs
            .iter()
            .map(|p| &rich.body[p.range.clone()])
            .collect()
    }

    #[test]
    fn html_becomes_blocks_styles_and_links() {
        let rich = render(
            "<div><h2>Part</h2><p>Some <em>very</em>\n   <b>bold</b> words and a <a href=\"https://x.org/a\">link</a>.</p>\
             <blockquote><p>Quoted.</p></blockquote><ol start=\"4\"><li>four</li><li><p>five</p></li></ol>\
             <pre>line one\n  line two\n</pre><script>var x = 1;</script><p>Last<br>line</p></div>",
        );
        assert_eq!(
            blocks(&rich),
            [
                "Part",
                "Some very bold words and a link.",
                "Quoted.",
                "four",
                "five",
                "line one\n  line two",
                "Last\nline"
            ]
        );
        assert_eq!(rich.paragraphs[0].kind, ParagraphKind::Heading);
        assert_eq!(rich.paragraphs[2].lead.quote_depth, 1);
        assert_eq!(rich.paragraphs[4].lead.marker.as_deref(), Some("5. "));
        assert_eq!(rich.paragraphs[5].kind, ParagraphKind::Code);
        assert_eq!(rich.links[0].url, "https://x.org/a");
        assert_eq!(&rich.body[rich.links[0].range.clone()], "link");
    }

    #[test]
    fn a_page_with_no_article_shows_its_visible_text() {
        let hours = "<html><head><title>Opening hours</title><style>p{}</style></head><body>\
            <nav><a href=\"/\">Home</a></nav><div>Open <b>daily</b></div><script>var x;</script>\
            <ul><li>Mon 9–5</li></ul><form><button>Go</button></form></body></html>";
        let a = whole_page("hours.html", hours);
        assert!(a.whole_page);
        assert_eq!(a.meta.title.as_deref(), Some("Opening hours"));
        let rich = Rich {
            body: a.body.clone(),
            paragraphs: a.paragraphs.clone(),
            ..Rich::default()
        };
        assert_eq!(blocks(&rich), ["Open daily", "Mon 9–5"]);
        // Readability finds nothing: the page's text, here none (navigation is left out).
        let empty = article("empty.html", "<html><body><nav>Home</nav></body></html>");
        assert!(empty.whole_page && empty.paragraphs.is_empty());
        let empty = article("nothing.html", "");
        assert!(empty.whole_page && empty.paragraphs.is_empty());
        // A page with an article is not marked.
        let found = article(
            "p.html",
            &page(None, &format!("<p>{LEDE}</p><p>{SECOND}</p><p>{THIRD}</p>")),
        );
        assert!(!found.whole_page);
    }

    fn page(description: Option<&str>, body: &str) -> String {
        let meta = description
            .map(|d| format!("<meta name=\"description\" content=\"{d}\">"))
            .unwrap_or_default();
        format!(
            "<html><head><title>The bridge</title>{meta}</head><body><article><h1>The bridge</h1>{body}</article></body></html>"
        )
    }

    const LEDE: &str = "The minister said on Tuesday that the old bridge over the river, closed since the spring floods, is entirely safe for traffic again.";
    const SECOND: &str = "Engineers who inspected it in May wrote that two of its piers had lost much of their footing, and that repairs would take a year.";
    const THIRD: &str = "The ministry has not published the inspection report, which a court ordered it to release in full by the end of the month.";

    #[test]
    fn a_summary_that_repeats_one_of_the_first_paragraphs_is_not_shown() {
        let with_break = LEDE.replacen("bridge ", "bridge<br>", 1);
        let body = format!("<p>{with_break}</p><p>{SECOND}</p><p>{THIRD}</p>");
        let cases = [
            // No description: the excerpt is the first paragraph, read without its <br>.
            (None, body.clone()),
            (Some(LEDE), body.clone()),
            // The description repeats the second paragraph, after a photo credit.
            (
                Some(SECOND),
                format!(
                    "<p>Photo: Jane Doe for the Courier, all rights held.</p><p>{LEDE}</p><p>{SECOND}</p><p>{THIRD}</p>"
                ),
            ),
            (
                Some(THIRD),
                format!("<p>{LEDE}</p><p>{SECOND}</p><p>{THIRD}</p>"),
            ),
            // Cut short, spaced differently, in other case.
            (
                Some(&SECOND[..70]),
                format!(
                    "<p>{LEDE}</p><p>{}</p><p>{THIRD}</p>",
                    SECOND.to_uppercase().replace(' ', "  ")
                ),
            ),
        ];
        for (description, body) in cases {
            let a = article("p.html", &page(description, &body));
            assert_eq!(a.meta.dek, None, "{description:?}");
            assert!(a.body.contains("bridge"), "{description:?}");
        }
        // A summary of its own is shown.
        let own = "Closed since the floods, the bridge reopens as engineers warn.";
        let a = article(
            "p.html",
            &page(
                Some(own),
                &format!("<p>{LEDE}</p><p>{SECOND}</p><p>{THIRD}</p>"),
            ),
        );
        assert_eq!(a.meta.dek.as_deref(), Some(own));
    }

    #[test]
    fn line_breaks_scripts_and_quotations_are_kept() {
        let rich = render(
            "<p>the bridge<br>is safe</p><p>2<sup>80</sup> keys, 10<sup>6</sup> users, CO<sub>2</sub>, \
             the 5<sup>th</sup>, a note<sup><a href=\"#n1\">12</a></sup>, <q>quoted</q>.</p>",
        );
        assert_eq!(
            blocks(&rich),
            [
                "the bridge\nis safe",
                "2⁸⁰ keys, 10⁶ users, CO₂, the 5^th, a note¹², “quoted”."
            ]
        );
    }

    #[test]
    fn data_tables_are_aligned_and_layout_tables_are_blocks() {
        let rich = render(
            "<table><caption>Shares</caption><thead><tr><th>Country</th><th>Share</th></tr></thead>\
             <tbody><tr><td>France</td><td><b>12.5%</b></td></tr><tr><td>Germany</td><td>3%</td></tr></tbody></table>\
             <table><tr><td><p>A column of the page.</p></td><td><p>Another.</p></td></tr></table>",
        );
        assert_eq!(
            blocks(&rich),
            [
                "Shares",
                "Country │ Share\nFrance  │ 12.5%\nGermany │ 3%",
                "A column of the page.",
                "Another."
            ]
        );
        assert_eq!(rich.paragraphs[1].kind, ParagraphKind::Table);
        let styled: Vec<(&str, InlineStyle)> = rich
            .styles
            .iter()
            .map(|s| (&rich.body[s.range.clone()], s.style))
            .collect();
        assert_eq!(
            styled,
            [
                ("Country", InlineStyle::Strong),
                ("Share", InlineStyle::Strong),
                ("12.5%", InlineStyle::Strong)
            ]
        );
    }
}
