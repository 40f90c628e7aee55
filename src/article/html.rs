//! Saved web pages: the article found by dom_smoothie (a port of Mozilla's Readability, which leaves out navigation, teasers and share widgets) and its HTML rendered into the reader's blocks and styles.

use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability};

use crate::article::rich::{InlineStyle, Rich, RichBuilder, Script, script_form};
use crate::article::{Article, Meta, ParagraphKind};
use crate::article::{boilerplate, page};
use crate::sanitize::clean;

/// The article in a saved page `html`, named `name` in messages. Never refuses a page:
/// when Readability cannot read it or finds no article with text in it, the article
/// is all of the page's visible text ([`whole_page`]), marked [`Article::whole_page`].
pub fn article(name: &str, html: &str) -> Article {
    let Ok(mut readability) = Readability::new(
        html,
        None,
        Some(Config {
            // Classes name boilerplate that Readability keeps ([`boilerplate::prune`]);
            // the reader never shows them.
            keep_classes: true,
            ..Config::default()
        }),
    ) else {
        return whole_page(name, html);
    };
    // The summary the page prints above its text, read before Readability changes the
    // page; it opens the body when Readability left it out.
    let page_meta = page::metadata(&readability.doc);
    let summary = readability
        .get_article_metadata(readability.parse_json_ld())
        .excerpt
        .or_else(|| page_meta.description.clone());
    let standfirst = summary
        .as_deref()
        .and_then(|summary| page::standfirst(&readability.doc, summary));
    let marked = page::marked_article(&readability.doc);
    let Ok(found) = readability.parse() else {
        return whole_page(name, html);
    };
    let mut content = found.content.to_string();
    let mut text = found.text_content.to_string();
    // Readability chose another part of the page than the article the page marks as its
    // own: most of that article's paragraphs are missing. The marked article is read.
    if let Some(marked) = marked
        && marked.paragraphs.len() >= 2
        && page::held(&text, &marked.paragraphs) * 2 < marked.paragraphs.len()
    {
        content = marked.html;
        text = marked.text;
    }
    // The page's JSON-LD gives the article's text, and what Readability found is a
    // small part of it: the page draws its text with a script.
    if let Some(body) = &page_meta.article_body
        && let Some((body_html, body_text)) = page::body_paragraphs(body, &text)
    {
        content = body_html;
        text = body_text;
    }
    // The byline the header shows: its line in the body goes.
    let given = |value: &Option<String>| value.clone().filter(|v| !v.trim().is_empty());
    let author = given(&found.byline)
        .or_else(|| given(&page_meta.byline))
        .map(|b| byline_without_by(&b));
    let rich = match standfirst {
        Some(standfirst) if !holds(&text, &standfirst) => {
            render_article_by(&format!("{standfirst}{content}"), author.as_deref())
        }
        _ => render_article_by(&content, author.as_deref()),
    };
    if rich.paragraphs.is_empty() {
        return whole_page(name, html);
    }
    let field = |value: Option<String>| value.filter(|v| !v.trim().is_empty());
    // What Readability leaves empty, the page's JSON-LD and tags may say.
    let page::PageMeta {
        title,
        byline,
        date,
        site,
        description,
        headings,
        ..
    } = page_meta;
    // The excerpt is often one of the first paragraphs again; then it is no dek.
    // Nor is the byline's line, which Readability takes for the excerpt when it opens
    // the article.
    let author_words = author.as_deref().map(words_folded).unwrap_or_default();
    let dek = field(found.excerpt)
        .or(description)
        .filter(|e| !repeats_lede(e, &rich) && !is_byline_line(e, &author_words))
        // Readability takes the page's first paragraph for its excerpt when the page
        // gives none: a cookie request above the article is not its summary.
        .filter(|e| {
            !crate::article::phrases::is_consent_notice(&crate::article::phrases::words(e))
        });
    let outlet = field(found.site_name).or(site);
    let title = field(Some(found.title)).or(title).unwrap_or_default();
    let meta = Meta {
        title: field(Some(title_without_site(
            &title,
            outlet.as_deref(),
            &headings,
        ))),
        dek,
        outlet,
        date: field(found.published_time).or(date).map(|d| page_date(&d)),
        url: field(found.url),
        byline: field(found.byline)
            .or(byline)
            .map(|b| byline_without_by(&b)),
        ..Meta::default()
    };
    let mut article = Article::from_rich(name, meta.cleaned(), rich, 1);
    article.source_lines = false;
    article
}

/// The words that open a byline before the names, in the web's languages ("By Jane
/// Doe", "Par Jean Dupont"; lower case).
const BY: &[&str] = &["by", "par", "von", "por", "di", "door", "av", "przez"];

/// A byline without the "By …" that opens it, trimmed.
pub fn byline_without_by(byline: &str) -> String {
    let byline = byline.trim();
    if let Some((first, rest)) = byline.split_once(char::is_whitespace) {
        let first = first.trim_end_matches(':').to_lowercase();
        if BY.contains(&first.as_str()) && !rest.trim().is_empty() {
            return rest.trim().to_string();
        }
    }
    byline.to_string()
}

/// All of a page's visible text as its article: the body rendered as an article is
/// (scripts, styles, navigation, forms and the like left out; what a `<noscript>` holds
/// kept), titled by the page's
/// `<title>`; marked [`Article::whole_page`].
pub fn whole_page(name: &str, html: &str) -> Article {
    let document = Document::from(html);
    let mut b = RichBuilder::new();
    let body = document.select("body");
    let root = body
        .nodes()
        .first()
        .cloned()
        .unwrap_or_else(|| document.root());
    // Some pages wrap all their text in a `<noscript>` left open: its words are the page's.
    root.strip_elements(&["noscript"]);
    walk(&mut b, &root);
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

/// What stands between a page's title and its site's name: `Title | Site`, `Site -
/// Title`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " » "];

/// The page's title without the name of its site before or after it (the header names
/// the site on its own line): the side that is not the site `site`; or else, when one
/// side is one of the page's own `headings` (its `og:title` or an `<h1>`,
/// [`page::PageMeta::headings`]), that side, unless the other has more words: a heading
/// is the article's (`Port deal questioned | The Gazette` under the heading `Port deal
/// questioned`) or the site's logo set as one (`The Gazette`). The title as it is
/// when neither says which side is the site's, or nothing would be left. Headings are
/// compared folded (case and space aside, [`page::fold`]).
fn title_without_site(title: &str, site: Option<&str>, headings: &[String]) -> String {
    let title = title.trim();
    let site = site.map(str::trim).filter(|s| !s.is_empty());
    let same_site = |a: &str| site.is_some_and(|site| a.trim().eq_ignore_ascii_case(site));
    let headings: Vec<String> = headings.iter().map(|h| page::fold(h)).collect();
    let a_heading = |a: &str| {
        let a = page::fold(a);
        !a.is_empty() && headings.contains(&a)
    };
    let words = |a: &str| a.split_whitespace().count();
    for separator in TITLE_SEPARATORS {
        // The site's name last, then first.
        let sides = [
            title.rsplit_once(separator),
            title
                .split_once(separator)
                .map(|(start, rest)| (rest, start)),
        ];
        for (article, other) in sides.into_iter().flatten() {
            let (article, other) = (article.trim(), other.trim());
            if article.is_empty() || other.is_empty() {
                continue;
            }
            if same_site(other) {
                return article.to_string();
            }
            let (heading, rest) = match (a_heading(article), a_heading(other)) {
                (false, false) => continue,
                (true, false) => (article, other),
                (false, true) => (other, article),
                // Both (the logo's `<h1>` and the article's): the longer, else the first.
                (true, true) if words(other) > words(article) => (other, article),
                (true, true) => (article, other),
            };
            return if words(rest) > words(heading) {
                rest
            } else {
                heading
            }
            .to_string();
        }
    }
    title.to_string()
}

/// A page's publication date as the header shows it: the day (`2021-01-12`) of a
/// timestamp that starts with one (`2021-01-12T09:30:00+01:00`), else the date as the
/// page writes it (`12 January 2021`).
fn page_date(published: &str) -> String {
    let published = published.trim();
    let day: String = published.chars().take(10).collect();
    let is_day = day.len() == 10
        && day.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
    if is_day { day } else { published.to_string() }
}

/// Whether the article's text `text` already holds the text of the HTML block `block`.
fn holds(text: &str, block: &str) -> bool {
    let block = Document::fragment(block).root().text();
    page::fold(text).contains(&page::fold(&block))
}

/// How many of the first paragraphs a summary is compared with.
const LEDE_PARAGRAPHS: usize = 5;

/// Whether the summary `excerpt` repeats one of the article's first paragraphs: compared
/// without whitespace (a `<br>` is a line break in the text, nothing in an excerpt),
/// case or script marks, either one beginning the other (an excerpt is often cut short).
fn repeats_lede(excerpt: &str, rich: &Rich) -> bool {
    let fold = page::fold;
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

/// The text, blocks, styles and links of the article Readability found, without the
/// boilerplate it leaves in ([`boilerplate::prune`]).
pub fn render_article(html: &str) -> Rich {
    render_article_by(html, None)
}

/// [`render_article`], also without the byline's own line near the top of the text
/// when the page names its `author` (the header shows it: [`remove_byline_line`]).
pub fn render_article_by(html: &str, author: Option<&str>) -> Rich {
    let document = Document::fragment(html);
    boilerplate::prune(&document.root());
    if let Some(author) = author {
        remove_byline_line(&document.root(), author);
    }
    let mut builder = RichBuilder::new();
    walk(&mut builder, &document.root());
    builder.finish()
}

/// How many blocks with text, from the top, may hold the byline's line.
const BYLINE_BLOCKS: usize = 3;

/// The most words of a byline's line ("By Dana Whitfield · November 28, 2026").
const BYLINE_WORDS: usize = 20;

/// Removes the first block among the first [`BYLINE_BLOCKS`] with text that is the
/// byline's line: a few words ([`BYLINE_WORDS`]) that open with a word of [`BY`] and
/// name `author` (the byline the header shows, without its "By"), ignoring case. A
/// sentence that only mentions the author, or a byline further down, stays.
fn remove_byline_line(root: &NodeRef, author: &str) {
    let author = words_folded(author);
    if author.is_empty() {
        return;
    }
    let blocks: Vec<NodeRef> = root
        .descendants_it()
        .filter(|n| {
            n.is_element()
                && matches!(
                    n.node_name().as_deref(),
                    Some("p" | "div" | "span" | "address")
                )
        })
        .filter(|n| !n.text().trim().is_empty())
        // The innermost blocks: a div around the whole article is not its byline.
        .filter(|n| {
            !n.descendants_it()
                .any(|d| d.is_element() && matches!(d.node_name().as_deref(), Some("p" | "div")))
        })
        .take(BYLINE_BLOCKS)
        .collect();
    for block in blocks {
        if is_byline_line(&block.text(), &author) {
            block.remove_from_parent();
            return;
        }
    }
}

/// Whether `text` is a byline's line for `author` (folded by [`words_folded`]): a few
/// words ([`BYLINE_WORDS`]) that open with a word of [`BY`] and name the author.
fn is_byline_line(text: &str, author: &str) -> bool {
    let text = words_folded(text);
    let opens_with_by = text
        .split(' ')
        .next()
        .is_some_and(|w| BY.contains(&w.trim_end_matches(':')));
    !author.is_empty()
        && opens_with_by
        && text.split(' ').count() <= BYLINE_WORDS
        && format!(" {text} ").contains(&format!(" {author} "))
}

/// `text` in lower case, its words (letters and digits) joined by single spaces.
fn words_folded(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != ':')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
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

/// Whether `node` holds blocks: a table that does holds a page's columns, not data
/// (rows of cells of words).
fn holds_blocks(node: &NodeRef) -> bool {
    node.descendants_it().any(|n| {
        n.node_name().is_some_and(|name| {
            crate::article::blocks::BLOCKS.contains(&name.to_ascii_lowercase().as_str())
        })
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
#[path = "html_tests.rs"]
mod tests;
