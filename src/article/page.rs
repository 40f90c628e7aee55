//! What a saved page says of its article besides the part Readability keeps: the standfirst it prints above the text (the summary its metadata repeats), and the article it marks as its own (`<article>`, `articleBody`).

use dom_query::{Document, NodeRef};

use crate::article::blocks::BLOCKS;
use crate::article::rich::Script;

/// The fewest words of a summary that is taken for a standfirst: fewer make a site's
/// tagline ("The blog of broken things"), not a paragraph of the article.
const STANDFIRST_WORDS: usize = 8;
/// The fewest characters (folded) of a summary cut short ("…") compared by its start.
const CUT_SUMMARY_CHARS: usize = 40;

/// How many times longer than a summary cut short the paragraph it opens may be.
const CUT_SUMMARY_SHARE: usize = 3;

/// Elements whose text is never the article's standfirst: links (a teaser's summary),
/// navigation, forms, a page's foot or margin.
const NOT_STANDFIRST: &[&str] = &[
    "a",
    "nav",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "option",
    "template",
    "head",
    "title",
    "script",
    "style",
    "noscript",
    "figcaption",
    "li",
    "label",
];

/// `text` as summaries are compared: without whitespace, case, script marks or an
/// ellipsis (an excerpt is often cut short and a `<br>` is nothing in it).
pub(crate) fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '^' | '_' | '…' | '\u{ad}'))
        .map(|c| Script::base(c).unwrap_or(c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The HTML of the standfirst that `document` (a whole page) prints: the element whose
/// text is the page's summary `summary` (its description, which Readability reports as
/// the excerpt), as a block (`<p>…</p>`, or a `<div>` when it holds blocks); `None` when
/// the summary is short (a tagline), or printed nowhere but in the page's metadata, or
/// only in a link, a list, navigation, a form or a page's margin.
pub fn standfirst(document: &Document, summary: &str) -> Option<String> {
    let summary = summary.trim();
    if summary.split_whitespace().count() < STANDFIRST_WORDS {
        return None;
    }
    let cut = summary.ends_with('…') || summary.ends_with("...");
    let wanted = fold(summary.trim_end_matches("..."));
    if cut && wanted.chars().count() < CUT_SUMMARY_CHARS {
        return None;
    }
    let body = document.select("body").nodes().first().cloned()?;
    let found = body
        .descendants_it()
        .filter(NodeRef::is_text)
        .find_map(|text| {
            let start = fold(&text.text());
            if start.is_empty()
                || !(wanted.starts_with(&start) || (cut && start.starts_with(&wanted)))
            {
                return None;
            }
            // The smallest element around this text that holds all of the summary.
            text.ancestors_it(None)
                .take_while(|a| a.id != body.id)
                .find_map(|element| {
                    let words = fold(&element.text());
                    if words.len() < wanted.len() {
                        return None;
                    }
                    let same = words == wanted
                        || (cut
                            && words.starts_with(&wanted)
                            && words.len() <= CUT_SUMMARY_SHARE * wanted.len());
                    Some(same.then_some(element))
                })
                .flatten()
        })?;
    if found
        .ancestors_it(None)
        .chain(std::iter::once(found))
        .any(|a| NOT_STANDFIRST.contains(&tag(&a).as_str()))
    {
        return None;
    }
    // One paragraph, not a part of the page that holds several.
    let blocks = found
        .descendants_it()
        // A list counts once, not once for each of its items.
        .filter(|n| {
            let name = tag(n);
            name != "li" && BLOCKS.contains(&name.as_str())
        })
        .count();
    if blocks > 1 {
        return None;
    }
    let inner = found.inner_html();
    Some(if blocks == 1 {
        format!("<div>{inner}</div>")
    } else {
        format!("<p>{inner}</p>")
    })
}

/// The article a page marks as its own ([`marked_article`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marked {
    /// Its HTML, without its header, foot, figures and margins.
    pub html: String,
    /// Its text, the same parts left out.
    pub text: String,
    /// The text of its paragraphs of [`MARKED_PARAGRAPH_CHARS`] or more, folded
    /// ([`fold`]).
    pub paragraphs: Vec<String>,
}

/// The article a page marks as its own, read before Readability changes the page: the
/// one element marked `itemprop="articleBody"`, else the one `<article>`. `None` when
/// the page marks none, or several.
pub fn marked_article(document: &Document) -> Option<Marked> {
    let one = |selector: &str| {
        let found = document.select(selector);
        let nodes = found.nodes();
        (nodes.len() == 1).then(|| nodes[0])
    };
    let article = one("[itemprop=articleBody]").or_else(|| one("article"))?;
    let paragraphs: Vec<String> = article
        .descendants_it()
        .filter(|n| tag(n) == "p")
        .map(|p| fold(&p.text()))
        .filter(|p| p.chars().count() >= MARKED_PARAGRAPH_CHARS)
        .collect();
    if paragraphs.len() < 2 {
        return None;
    }
    let copy = Document::fragment(article.html());
    copy.select("header, footer, aside, figure, nav, form, script, style, noscript, template")
        .remove();
    Some(Marked {
        html: copy.root().html().to_string(),
        text: copy.root().text().to_string(),
        paragraphs,
    })
}

/// The fewest characters of a paragraph that tells whether an extraction holds the
/// article a page marks.
const MARKED_PARAGRAPH_CHARS: usize = 80;

/// How many of `paragraphs` (folded) the text `text` holds.
pub fn held(text: &str, paragraphs: &[String]) -> usize {
    let text = fold(text);
    paragraphs
        .iter()
        .filter(|p| text.contains(p.as_str()))
        .count()
}

/// How many times longer than the text found a JSON-LD `articleBody` must be to be read
/// instead ([`body_paragraphs`]).
const BODY_SHARE: usize = 2;
/// The fewest characters (folded) of an `articleBody` read instead of the text found.
const BODY_CHARS: usize = 400;

/// The article's text `body` from the page's JSON-LD as HTML (its own HTML when it is
/// some, else paragraphs at its line breaks, escaped) with its text, when its text is
/// [`BODY_SHARE`] times longer than the text found, `found`; `None` otherwise.
pub fn body_paragraphs(body: &str, found: &str) -> Option<(String, String)> {
    let markup = ["</p>", "<br", "</div>", "</h2>"]
        .iter()
        .any(|t| body.contains(t));
    let (html, text) = if markup {
        let text = Document::fragment(body).root().text().to_string();
        (body.to_string(), text)
    } else {
        let escape = |line: &str| {
            line.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
        };
        let html: String = body
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(|line| format!("<p>{}</p>", escape(line)))
            .collect();
        (html, body.to_string())
    };
    let long = fold(&text).chars().count();
    (long >= BODY_CHARS && long >= BODY_SHARE * fold(found).chars().count()).then_some((html, text))
}

/// What a page says of its article in its JSON-LD (schema.org, the first article-like
/// object, `@graph` and lists searched) and its `<meta>` and `<time>` tags, for the
/// fields Readability leaves empty ([`metadata`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub title: Option<String>,
    pub byline: Option<String>,
    /// As the page writes it (`2021-01-12T09:30:00+01:00`).
    pub date: Option<String>,
    pub site: Option<String>,
    pub description: Option<String>,
    /// The article's whole text as the JSON-LD gives it (`articleBody`): paragraphs at
    /// line breaks.
    pub article_body: Option<String>,
    /// The headings the page gives its article besides `<title>`: its `og:title` and
    /// `twitter:title`, then the text of each `<h1>` (at most [`HEADINGS`]), trimmed,
    /// never empty. They seldom carry the site's name that `<title>` adds.
    pub headings: Vec<String>,
}

/// The most `<h1>` elements read for [`PageMeta::headings`].
pub const HEADINGS: usize = 4;

/// schema.org types whose object describes the article (compared as the type's end:
/// `NewsArticle`, `BlogPosting`).
const ARTICLE_TYPES: &[&str] = &["Article", "BlogPosting", "Report", "Posting", "Review"];

/// The metadata of `document` (a whole page) from its JSON-LD, then its `<meta>` tags
/// (`itemprop`, `name`, `property`) and its first `<time datetime>`; each field the
/// first found, trimmed, never empty.
pub fn metadata(document: &Document) -> PageMeta {
    let mut meta = PageMeta::default();
    let mut objects = Vec::new();
    for script in document
        .select("script[type='application/ld+json']")
        .nodes()
    {
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(script.text().trim()) {
            flatten_json_ld(value, &mut objects);
        }
    }
    let typed = |object: &serde_json::Value, types: &[&str]| {
        let matches = |t: &serde_json::Value| {
            t.as_str()
                .is_some_and(|t| types.iter().any(|wanted| t.ends_with(wanted)))
        };
        match object.get("@type") {
            Some(serde_json::Value::Array(list)) => list.iter().any(matches),
            Some(t) => matches(t),
            None => false,
        }
    };
    let string = |value: Option<&serde_json::Value>| -> Option<String> {
        match value? {
            serde_json::Value::String(s) => Some(s.trim().to_string()),
            serde_json::Value::Object(o) => o
                .get("name")
                .and_then(|n| n.as_str())
                .map(|s| s.trim().to_string()),
            serde_json::Value::Array(list) => {
                let names: Vec<String> = list
                    .iter()
                    .filter_map(|v| match v {
                        serde_json::Value::String(s) => Some(s.trim().to_string()),
                        v => v.get("name")?.as_str().map(|s| s.trim().to_string()),
                    })
                    .filter(|s| !s.is_empty())
                    .collect();
                Some(names.join(", "))
            }
            _ => None,
        }
        .filter(|s| !s.is_empty())
    };
    if let Some(article) = objects.iter().find(|o| typed(o, ARTICLE_TYPES)) {
        meta.title = string(article.get("headline")).or_else(|| string(article.get("name")));
        meta.byline = string(article.get("author"));
        meta.date = string(article.get("datePublished"));
        meta.site = string(article.get("publisher"));
        meta.description = string(article.get("description"));
        meta.article_body = string(article.get("articleBody"));
    }
    if meta.site.is_none() {
        meta.site = objects
            .iter()
            .find(|o| typed(o, &["WebSite"]))
            .and_then(|o| string(o.get("name")));
    }
    let tag_value = |selector: &str, attribute: &str| {
        document
            .select(selector)
            .nodes()
            .iter()
            .find_map(|n| n.attr(attribute))
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    meta.date = meta.date.or_else(|| {
        tag_value("meta[itemprop=datePublished]", "content")
            .or_else(|| tag_value("[itemprop=datePublished][datetime]", "datetime"))
            .or_else(|| tag_value("meta[name=date], meta[name='dc.date']", "content"))
            .or_else(|| tag_value("article time[datetime]", "datetime"))
    });
    meta.byline = meta
        .byline
        .or_else(|| tag_value("meta[name=author]", "content"));
    meta.site = meta.site.or_else(|| {
        tag_value("meta[property='og:site_name']", "content")
            .or_else(|| tag_value("meta[name=application-name]", "content"))
    });
    meta.description = meta.description.or_else(|| {
        tag_value("meta[name=description]", "content")
            .or_else(|| tag_value("meta[property='og:description']", "content"))
    });
    meta.headings = [
        tag_value("meta[property='og:title']", "content"),
        tag_value("meta[name='twitter:title']", "content"),
    ]
    .into_iter()
    .flatten()
    .chain(
        document
            .select("h1")
            .nodes()
            .iter()
            .take(HEADINGS)
            .map(|h| h.text().split_whitespace().collect::<Vec<_>>().join(" ")),
    )
    .filter(|h| !h.is_empty())
    .collect();
    meta
}

/// The objects of a JSON-LD value, in order: a list's items and a `@graph`'s, nested.
fn flatten_json_ld(value: serde_json::Value, out: &mut Vec<serde_json::Value>) {
    match value {
        serde_json::Value::Array(list) => {
            for item in list {
                flatten_json_ld(item, out);
            }
        }
        serde_json::Value::Object(mut object) => {
            if let Some(graph) = object.remove("@graph") {
                flatten_json_ld(graph, out);
            }
            out.push(serde_json::Value::Object(object));
        }
        _ => {}
    }
}

/// The lower-case tag name of an element; empty for other nodes.
fn tag(node: &NodeRef) -> String {
    node.node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default()
}

#[cfg(test)]
#[path = "page_tests.rs"]
mod tests;
