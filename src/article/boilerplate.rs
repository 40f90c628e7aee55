//! Boilerplate that Readability leaves inside an article, each a kind (teasers of other articles, photo credits, figure captions, related lists): which blocks are looked at and removed; what their words say is read by [`super::phrases`].

use dom_query::NodeRef;

use crate::article::blocks::BLOCKS;
use crate::article::dates::is_date_line;
use crate::article::phrases::{
    ends_with_credit, is_ad_label, is_call, is_comment_notice, is_consent_notice, is_credit,
    is_post_meta, is_related_heading, is_tool_label, words,
};

/// A kind of block that is not the article's text, though it sits inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A block that is one link to another article, with at most a short label
    /// ("Read more:", "Lea también:"): a teaser, not a sentence of this one.
    Teaser,
    /// A short block that only credits a picture: "Foto: Jane Doe", "© AFP",
    /// "Reuters/Shutterstock".
    Credit,
    /// A short block about the comments rather than in the article: "Keine
    /// Kommentare", "View Comments", "Leave a comment".
    CommentNotice,
    /// A figure's caption (`<figcaption>`): it describes a picture the reader does not
    /// show, and galleries repeat one caption after another.
    Caption,
    /// A heading over other articles ("Related", "More from …", "Read next", "Lesen Sie
    /// auch"), removed with the lists of links that follow it.
    Related,
    /// A short call to subscribe, sign up, donate or follow, or a newsletter's box.
    CallToAction,
    /// A line of a post's metadata: when and by whom it was posted or updated, its
    /// category, its reading time ("This entry was posted in News", "Aktualisiert am 3.
    /// Mai", "4 min read").
    PostMeta,
    /// The label of a page's tools for the article: share it, print it, rate it ("Diesen
    /// Artikel teilen", "Print", "Valora esta noticia").
    Tools,
    /// A notice about the page rather than the article: an advertisement's label
    /// ("Anzeige", "Advertisement"), a disclosure or a disclaimer, a request to accept
    /// the site's cookies.
    Notice,
}

/// The share of a block's text in links above which it lists links.
const LINK_LIST_SHARE: f64 = 0.6;

/// The longest teaser block, in characters: a longer block with one link is prose.
const TEASER_CHARS: usize = 250;
/// The longest label before or after a teaser's link, in characters.
const TEASER_LABEL_CHARS: usize = 40;
/// The fewest words of a teaser's link: a link of a word or two is a name in a sentence.
const TEASER_LINK_WORDS: usize = 3;
/// Elements a kind is looked for in: blocks of text, and the inline elements a credit
/// is often set in.
const CANDIDATES: &[&str] = &[
    "p",
    "li",
    "div",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figcaption",
    "span",
    "small",
    "strong",
    "time",
    "center",
];

/// Removes from the article under `root` every block of a [`Kind`]; returns the kinds
/// removed, in document order.
pub fn prune(root: &NodeRef) -> Vec<Kind> {
    let mut removed = Vec::new();
    let candidates: Vec<NodeRef> = root
        .descendants_it()
        .filter(|n| {
            n.is_element() && (CANDIDATES.contains(&tag(n).as_str()) || marks(n).next().is_some())
        })
        .collect();
    for node in candidates {
        // A node inside one already removed is gone with it.
        if node.parent().is_none() || !attached(&node, root) {
            continue;
        }
        let kind = marked_kind(&node).or_else(|| {
            CANDIDATES
                .contains(&tag(&node).as_str())
                .then(|| kind_of(&node))
                .flatten()
        });
        if let Some(kind) = kind {
            if kind == Kind::Related {
                remove_link_lists_after(&node);
            }
            node.remove_from_parent();
            removed.push(kind);
        }
    }
    removed
}

/// Removes the blocks after `heading` that list links, up to the first that does not.
fn remove_link_lists_after(heading: &NodeRef) {
    while let Some(next) = heading.next_element_sibling() {
        if !lists_links(&next) {
            break;
        }
        next.remove_from_parent();
    }
}

/// Whether most of the text of `node` is in links.
fn lists_links(node: &NodeRef) -> bool {
    let all = words(&node.text()).chars().count();
    if all == 0 {
        return false;
    }
    let linked: usize = node
        .descendants_it()
        .filter(|n| tag(n) == "a")
        .map(|a| words(&a.text()).chars().count())
        .sum();
    linked as f64 >= LINK_LIST_SHARE * all as f64
}

/// The most words of an element removed for its class or id ([`marked_kind`]): more is
/// a part of the page that holds the article too.
const MARKED_WORDS: usize = 60;

/// The words of the class and id of `node` (lower case, split at what is not a letter
/// or a digit).
fn marks(node: &NodeRef) -> impl Iterator<Item = String> {
    let names = format!(
        "{} {}",
        node.attr("class").unwrap_or_default(),
        node.attr("id").unwrap_or_default()
    );
    names
        .split_whitespace()
        // A modifier says what else a part holds: `has-sharing`, `with-ads`.
        .filter(|name| !MODIFIERS.iter().any(|m| name.to_lowercase().starts_with(m)))
        .flat_map(|name| name.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| MARK_WORDS.iter().any(|(m, _)| m == w))
        .collect::<Vec<_>>()
        .into_iter()
}

/// The kind of boilerplate that the class or id of `node` names, when it holds a few
/// words ([`MARKED_WORDS`]): `<span class="wp-caption-text">`, `<p class="ad-disclosure">`.
fn marked_kind(node: &NodeRef) -> Option<Kind> {
    // A data table's cells and rows keep its shape: `<td class="date">`.
    if TABLE_PARTS.contains(&tag(node).as_str()) {
        return None;
    }
    let mark = marks(node).next()?;
    let text = words(&node.text());
    if text.split(' ').count() > MARKED_WORDS {
        return None;
    }
    // Words set apart inside a paragraph's sentence are the sentence's ("KOBE – A
    // total of…" with the place in a `<span class="dateline">`).
    let inline = !BLOCKS.contains(&tag(node).as_str()) && tag(node) != "div";
    if inline && node.parent().is_some_and(|p| tag(&p) == "p") && !alone(node, &text) {
        return None;
    }
    MARK_WORDS
        .iter()
        .find(|(m, _)| *m == mark)
        .map(|(_, kind)| *kind)
}

/// The parts of a table, never removed for their class: a row or a cell less breaks
/// its columns.
const TABLE_PARTS: &[&str] = &["table", "thead", "tbody", "tfoot", "tr", "td", "th", "col"];

/// How class names open that say what else an element holds, not what it is.
const MODIFIERS: &[&str] = &["has-", "with-", "no-", "is-", "show-", "hide-"];

/// Words of a class or id that name a kind of boilerplate.
const MARK_WORDS: &[(&str, Kind)] = &[
    ("caption", Kind::Caption),
    ("credit", Kind::Credit),
    ("credits", Kind::Credit),
    ("copyright", Kind::Credit),
    ("byline", Kind::PostMeta),
    ("date", Kind::PostMeta),
    ("published", Kind::PostMeta),
    ("timestamp", Kind::PostMeta),
    ("meta", Kind::PostMeta),
    ("disclaimer", Kind::Notice),
    ("disclosure", Kind::Notice),
    ("advert", Kind::Notice),
    ("advertisement", Kind::Notice),
    ("ad", Kind::Notice),
    ("ads", Kind::Notice),
    ("sponsored", Kind::Notice),
    ("cookie", Kind::Notice),
    ("cookies", Kind::Notice),
    ("consent", Kind::Notice),
    ("gdpr", Kind::Notice),
    ("share", Kind::Tools),
    ("sharing", Kind::Tools),
    ("social", Kind::Tools),
    ("rating", Kind::Tools),
    ("ratings", Kind::Tools),
    ("comments", Kind::CommentNotice),
    ("respond", Kind::CommentNotice),
    ("related", Kind::Related),
    ("newsletter", Kind::CallToAction),
    ("subscribe", Kind::CallToAction),
];

/// Whether `node` is a block, or an inline element with all the words of its parent
/// block (`text`, its words): a date set in `<strong>` inside a sentence is the
/// sentence's.
fn alone(node: &NodeRef, text: &str) -> bool {
    let name = tag(node);
    if BLOCKS.contains(&name.as_str()) || name == "div" {
        return true;
    }
    node.parent()
        .is_some_and(|parent| words(&parent.text()) == text)
}

/// Whether `node` is still under `root`.
fn attached(node: &NodeRef, root: &NodeRef) -> bool {
    node.ancestors_it(None).any(|a| a.id == root.id)
}

/// The kind of boilerplate `node` is, if it is one.
pub fn kind_of(node: &NodeRef) -> Option<Kind> {
    let name = tag(node);
    if name == "figcaption" {
        return Some(Kind::Caption);
    }
    if name == "div"
        && node
            .descendants_it()
            .any(|n| BLOCKS.contains(&tag(&n).as_str()))
    {
        return None;
    }
    let text = words(&node.text());
    if text.is_empty() {
        return None;
    }
    if is_credit(&text) {
        return Some(Kind::Credit);
    }
    if is_comment_notice(&text) {
        return Some(Kind::CommentNotice);
    }
    if matches!(
        name.as_str(),
        "h2" | "h3" | "h4" | "h5" | "h6" | "p" | "div" | "strong" | "span"
    ) && is_related_heading(&text)
    {
        return Some(Kind::Related);
    }
    if is_call(&text) {
        return Some(Kind::CallToAction);
    }
    if is_tool_label(&text) {
        return Some(Kind::Tools);
    }
    if is_post_meta(&text) || (is_date_line(&text) && alone(node, &text)) {
        return Some(Kind::PostMeta);
    }
    if is_ad_label(&text) || is_consent_notice(&text) {
        return Some(Kind::Notice);
    }
    if ends_with_credit(&text) {
        return Some(Kind::Caption);
    }
    if matches!(name.as_str(), "p" | "li" | "div") && is_teaser(node, &text) {
        return Some(Kind::Teaser);
    }
    None
}

/// Whether a block of text `text` is one link of some words with at most a short
/// label.
fn is_teaser(node: &NodeRef, text: &str) -> bool {
    if text.chars().count() > TEASER_CHARS {
        return false;
    }
    let mut links = node.descendants_it().filter(|n| tag(n) == "a");
    let (Some(link), None) = (links.next(), links.next()) else {
        return false;
    };
    let link_text = words(&link.text());
    if link_text.split(' ').count() < TEASER_LINK_WORDS {
        return false;
    }
    let label = text.replacen(&link_text, "", 1);
    label.trim().chars().count() <= TEASER_LABEL_CHARS
}

fn tag(node: &NodeRef) -> String {
    node.node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default()
}

#[cfg(test)]
#[path = "boilerplate_tests.rs"]
mod tests;
