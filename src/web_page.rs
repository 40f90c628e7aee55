//! Saved web pages: the article found by dom_smoothie (a port of Mozilla's Readability, which leaves out navigation, teasers and share widgets) and its HTML rendered into the reader's blocks and styles.

use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability};

use crate::article::{Article, Meta, ParagraphKind};
use crate::error::{Error, Result};
use crate::rich::{InlineStyle, Rich, RichBuilder};
use crate::sanitize::clean;

/// The article in a saved page `html`, named `name` in messages.
pub fn article(name: &str, html: &str) -> Result<Article> {
    let not_found = |reason: String| {
        Error::at(name, html, 0, format!("no article found in this page ({reason})")).with_hint(
            "counterpoint reads a saved article page (the page's own HTML, as the browser's Save Page As writes it)",
        )
    };
    let mut readability = Readability::new(html, None, Some(Config::default()))
        .map_err(|e| not_found(e.to_string()))?;
    let found = readability.parse().map_err(|e| not_found(e.to_string()))?;
    let rich = render(&found.content);
    if rich.paragraphs.is_empty() {
        return Err(not_found("the article has no text".into()));
    }
    let field = |value: Option<String>| value.filter(|v| !v.trim().is_empty());
    let first_text = rich
        .paragraphs
        .first()
        .map(|p| rich.body[p.range.clone()].to_string())
        .unwrap_or_default();
    // The excerpt is often the first paragraph again; then it is no dek.
    let dek = field(found.excerpt).filter(|e| {
        let start: String = e.chars().take(60).collect();
        !first_text.starts_with(start.trim())
    });
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
    Ok(article)
}

/// The text, blocks, styles and links of an article's HTML.
pub fn render(html: &str) -> Rich {
    let document = Document::fragment(html);
    let mut builder = RichBuilder::new();
    walk(&mut builder, &document.root());
    builder.finish()
}

/// Elements whose words are not the article's.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "button", "form", "nav", "input",
    "select", "textarea", "object", "canvas", "head",
];

fn walk(b: &mut RichBuilder, node: &NodeRef) {
    for child in node.children_it(false) {
        if child.is_text() {
            b.text(&clean(&child.text(), true), None);
            continue;
        }
        if !child.is_element() {
            continue;
        }
        let name = child
            .node_name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        let styled = |b: &mut RichBuilder, style: InlineStyle| {
            b.start_style(style);
            walk(b, &child);
            b.end_style(style);
        };
        match name.as_str() {
            n if SKIPPED.contains(&n) => {}
            "p" | "figcaption" | "dt" | "dd" | "address" | "summary" | "caption" => {
                b.start_block(ParagraphKind::Text);
                walk(b, &child);
                b.end_block();
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                b.start_block(ParagraphKind::Heading);
                walk(b, &child);
                b.end_block();
            }
            "blockquote" => {
                b.enter_quote();
                walk(b, &child);
                b.leave_quote();
            }
            "ul" | "menu" => {
                b.enter_list(None);
                walk(b, &child);
                b.leave_list();
            }
            "ol" => {
                let first = child.attr("start").and_then(|s| s.trim().parse().ok());
                b.enter_list(Some(first.unwrap_or(1)));
                walk(b, &child);
                b.leave_list();
            }
            "li" => {
                b.start_item();
                walk(b, &child);
                b.end_item();
            }
            "pre" => {
                b.start_block(ParagraphKind::Code);
                b.text(clean(&child.text(), true).trim_end(), None);
                b.end_block();
            }
            "tr" => {
                b.start_block(ParagraphKind::Text);
                for (i, cell) in child.element_children().iter().enumerate() {
                    if i > 0 {
                        b.text(" · ", None);
                    }
                    walk(b, cell);
                }
                b.end_block();
            }
            "br" => b.soft_break(),
            "hr" => b.rule(),
            "em" | "i" | "cite" | "dfn" | "var" => styled(b, InlineStyle::Emphasis),
            "strong" | "b" => styled(b, InlineStyle::Strong),
            "code" | "kbd" | "samp" | "tt" => styled(b, InlineStyle::Code),
            "s" | "del" | "strike" => styled(b, InlineStyle::Strike),
            "a" => match child.attr("href") {
                Some(href) if !href.starts_with('#') && !href.starts_with("javascript:") => {
                    b.start_link(&href);
                    walk(b, &child);
                    b.end_link();
                }
                _ => walk(b, &child),
            },
            // Other block containers: their text makes blocks of its own.
            "div" | "section" | "article" | "main" | "figure" | "header" | "footer" | "aside"
            | "details" | "table" | "tbody" | "thead" | "tfoot" | "center" => {
                b.end_block();
                walk(b, &child);
                b.end_block();
            }
            _ => walk(b, &child),
        }
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
                "Last line"
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
    fn a_page_with_no_article_is_an_error_that_says_so() {
        let err = article("empty.html", "<html><body><nav>Home</nav></body></html>").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("empty.html:1:1: no article found in this page"),
            "{err}"
        );
    }
}
