//! Boilerplate that Readability leaves inside an article, each a kind: teasers of other articles, photo credits, figure captions.

use dom_query::NodeRef;

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
}

/// The most words of a heading over other articles.
const RELATED_WORDS: usize = 6;
/// How headings over other articles open (lower case).
const RELATED_OPENINGS: &[&str] = &[
    "related",
    "more from",
    "more on",
    "more about",
    "more stories",
    "more news",
    "read next",
    "read more",
    "read also",
    "also read",
    "see also",
    "recommended",
    "you may also like",
    "you might also like",
    "most read",
    "most popular",
    "popular stories",
    "top stories",
    "latest news",
    "latest stories",
    "trending",
    "lesen sie auch",
    "mehr zum thema",
    "das könnte sie auch interessieren",
    "weitere artikel",
    "à lire aussi",
    "lire aussi",
    "sur le même sujet",
    "noticias relacionadas",
    "te puede interesar",
    "lee también",
    "leggi anche",
    "zobacz też",
    "czytaj także",
];
/// What may follow a one-word opening of [`RELATED_OPENINGS`] ("Related stories"): a
/// heading of the article's own goes on otherwise ("Related costs rise").
const RELATED_NOUNS: &[&str] = &[
    "stories", "story", "articles", "article", "posts", "news", "content", "coverage", "links",
    "reading", "topics", "videos", "for you", "now", "on",
];
/// The most words of a call to action.
const CALL_WORDS: usize = 25;
/// Phrases of calls to action (lower case).
const CALLS: &[&str] = &[
    "subscribe",
    "sign up",
    "signup",
    "newsletter",
    "donate",
    "follow us",
    "support our journalism",
    "support independent journalism",
    "become a member",
    "abonnieren",
    "abonnez-vous",
    "s'abonner",
    "suscríbete",
    "suscribirse",
    "iscriviti",
    "zapisz się",
];
/// The share of a block's text in links above which it lists links.
const LINK_LIST_SHARE: f64 = 0.6;

/// The longest teaser block, in characters: a longer block with one link is prose.
const TEASER_CHARS: usize = 250;
/// The longest label before or after a teaser's link, in characters.
const TEASER_LABEL_CHARS: usize = 40;
/// The fewest words of a teaser's link: a link of a word or two is a name in a sentence.
const TEASER_LINK_WORDS: usize = 3;
/// The most words of a comment notice.
const NOTICE_WORDS: usize = 5;
/// Words for comments, in the languages of the web's news (lower case; a word of a
/// notice that starts with one counts: Kommentare, commentaires).
const COMMENT_WORDS: &[&str] = &[
    "comment",
    "kommentar",
    "commentaire",
    "comentario",
    "comentário",
    "commento",
    "komentarz",
    "reactie",
    "reply",
    "replies",
    "antworten",
];

/// The most words of a credit.
const CREDIT_WORDS: usize = 8;

/// Labels that open a credit, followed by a colon (lower case, compared so).
const CREDIT_LABELS: &[&str] = &[
    "foto",
    "fotos",
    "photo",
    "photos",
    "bild",
    "bilder",
    "image",
    "images",
    "credit",
    "credits",
    "quelle",
    "source",
    "fuente",
    "crédito",
    "créditos",
    "zdjęcie",
];

/// Picture agencies whose name in a short block makes it a credit.
const AGENCIES: &[&str] = &[
    "Shutterstock",
    "Getty Images",
    "iStock",
    "AFP",
    "Reuters",
    "AP Photo",
    "dpa",
    "Imago",
    "Unsplash",
    "Pixabay",
    "Adobe Stock",
];

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
];

/// Elements that make a `div` a container rather than a block of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "ul",
    "ol",
    "li",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "figure",
    "section",
    "article",
];

/// Removes from the article under `root` every block of a [`Kind`]; returns the kinds
/// removed, in document order.
pub fn prune(root: &NodeRef) -> Vec<Kind> {
    let mut removed = Vec::new();
    let candidates: Vec<NodeRef> = root
        .descendants_it()
        .filter(|n| n.is_element() && CANDIDATES.contains(&tag(n).as_str()))
        .collect();
    for node in candidates {
        // A node inside one already removed is gone with it.
        if node.parent().is_none() || !attached(&node, root) {
            continue;
        }
        if let Some(kind) = kind_of(&node) {
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
        "h2" | "h3" | "h4" | "h5" | "h6" | "p" | "div" | "strong"
    ) && is_related_heading(&text)
    {
        return Some(Kind::Related);
    }
    if is_call(&text) {
        return Some(Kind::CallToAction);
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

/// Whether `text` (words with single spaces) is a few words about comments, not a
/// sentence: no comma, full stop, question or exclamation mark, or quotation mark ("No
/// comment, he said." is what someone said).
fn is_comment_notice(text: &str) -> bool {
    let sentence = |c: char| matches!(c, ',' | '.' | '!' | '?' | '"' | '“' | '”' | '„' | '«' | '»');
    let words: Vec<String> = text.split(' ').map(str::to_lowercase).collect();
    words.len() <= NOTICE_WORDS
        && !text.contains(sentence)
        && words.iter().any(|word| {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            COMMENT_WORDS.iter().any(|stem| word.starts_with(stem))
        })
}

/// Whether `text` (words with single spaces) heads a list of other articles: a few
/// words that open with a phrase of [`RELATED_OPENINGS`], not a sentence.
fn is_related_heading(text: &str) -> bool {
    let lower = text.to_lowercase();
    let lower = lower.trim_end_matches([':', '»', '>', ' ']);
    lower.split(' ').count() <= RELATED_WORDS
        && !lower.contains(['.', ',', '?', '!', '"', '“', '”'])
        && RELATED_OPENINGS.iter().any(|opening| {
            let Some(rest) = lower.strip_prefix(opening) else {
                return false;
            };
            if rest.chars().next().is_some_and(char::is_alphanumeric) {
                return false;
            }
            let rest = rest.trim();
            opening.contains(' ')
                || rest.is_empty()
                || RELATED_NOUNS.iter().any(|noun| {
                    rest.strip_prefix(noun)
                        .is_some_and(|after| after.is_empty() || after.starts_with(' '))
                })
        })
}

/// Whether `text` (words with single spaces) is a short call to subscribe, sign up,
/// donate or follow: no quotation (what someone said), a phrase of [`CALLS`].
fn is_call(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.split(' ').count() <= CALL_WORDS
        && !lower.contains(['"', '“', '”', '„', '«', '»'])
        && CALLS.iter().any(|call| {
            lower.match_indices(call).any(|(at, _)| {
                !lower[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
            })
        })
}

/// Whether `text` (words with single spaces) only credits a picture.
fn is_credit(text: &str) -> bool {
    let count = text.split(' ').count();
    if count > CREDIT_WORDS {
        return false;
    }
    if text.contains('©') {
        return true;
    }
    let labelled = text
        .split_once(':')
        .is_some_and(|(label, _)| CREDIT_LABELS.contains(&label.trim().to_lowercase().as_str()));
    labelled || (count <= 6 && AGENCIES.iter().any(|agency| names(text, agency)))
}

/// Whether `text` holds `name` as whole words.
fn names(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        let word = |c: char| c.is_alphanumeric() || c == '-';
        !before.is_some_and(word) && !after.is_some_and(word)
    })
}

/// Text with its whitespace made single spaces, trimmed.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn tag(node: &NodeRef) -> String {
    node.node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use dom_query::Document;

    /// The text left of `html` after pruning, blocks on lines, and the kinds removed.
    fn pruned(html: &str) -> (String, Vec<Kind>) {
        let document = Document::fragment(html);
        let kinds = prune(&document.root());
        let rich = crate::article::html::render(&document.root().html());
        let blocks: Vec<&str> = rich
            .paragraphs
            .iter()
            .map(|p| &rich.body[p.range.clone()])
            .collect();
        (blocks.join("\n"), kinds)
    }

    const PROSE: &str =
        "<p>The council voted on Monday to close the old bridge until the repairs are done.</p>";

    #[test]
    fn teasers_of_other_articles_go() {
        for teaser in [
            r#"<p>Read more: <a href="/b">Engineers doubt the bridge repairs</a></p>"#,
            r#"<p><strong>Lea también:</strong> <a href="/c">El puente cerrado hasta mayo</a></p>"#,
            r#"<li><a href="/d">Ten years of the bridge in pictures</a></li>"#,
            r#"<div><a href="/e">Where the money for the bridge went »</a></div>"#,
        ] {
            let (text, kinds) = pruned(&format!("{PROSE}{teaser}"));
            assert_eq!(kinds, [Kind::Teaser], "{teaser}");
            assert_eq!(
                text,
                "The council voted on Monday to close the old bridge until the repairs are done."
            );
        }
    }

    #[test]
    fn links_in_sentences_stay() {
        for kept in [
            // A link in a sentence: more than a label around it.
            r#"<p>The <a href="/r">inspectors' report</a> was published on Friday by the ministry of transport.</p>"#,
            // A link of two words with a label is a name, not a teaser.
            r#"<p>Ask <a href="/m">the ministry</a></p>"#,
            // Two links: a list of places, not one teaser.
            r#"<p>See <a href="/a">the bridge report</a> and <a href="/b">the road report</a></p>"#,
            // Long: prose with one link.
            &format!(
                r#"<p><a href="/x">{}</a></p>"#,
                "a long linked sentence ".repeat(12)
            ),
        ] {
            let (_, kinds) = pruned(kept);
            assert_eq!(kinds, [], "{kept}");
        }
    }

    #[test]
    fn picture_credits_and_captions_go() {
        for credit in [
            "<p>Foto: Jane Doe</p>",
            "<p>Photo : Courier archive</p>",
            "<span>© 2021 Jane Doe</span>",
            "<p>AFP / JOHN SMITH</p>",
            "<small>TebNad/Shutterstock.com</small>",
        ] {
            let (text, kinds) = pruned(&format!("{PROSE}{credit}"));
            assert_eq!(kinds, [Kind::Credit], "{credit}");
            assert!(!text.contains('\n'), "{credit}: {text}");
        }
        let (text, kinds) = pruned(&format!(
            "<figure><img src=\"b.jpg\"><figcaption>The bridge in May. Photo: Jane Doe</figcaption></figure>{PROSE}"
        ));
        assert_eq!(kinds, [Kind::Caption]);
        assert!(text.starts_with("The council"), "{text}");
    }

    #[test]
    fn notices_about_comments_go_and_sentences_about_them_stay() {
        for notice in [
            "<p>Keine Kommentare</p>",
            "<div>View Comments (12)</div>",
            "<h3>Leave a comment:</h3>",
            "<p>Commentaires fermés</p>",
        ] {
            let (_, kinds) = pruned(&format!("{PROSE}{notice}"));
            assert_eq!(kinds, [Kind::CommentNotice], "{notice}");
        }
        for kept in [
            "<p>The minister declined to comment on the report when asked on Monday.</p>",
            "<p>No comment, he said.</p>",
            "<p>“No comment.”</p>",
        ] {
            let (_, kinds) = pruned(kept);
            assert_eq!(kinds, [], "{kept}");
        }
    }

    #[test]
    fn sentences_that_mention_agencies_or_sources_stay() {
        for kept in [
            "<p>Reuters reported on Monday that the bridge had been closed since May.</p>",
            "<p>The source of the figures is the ministry's report of May.</p>",
            "<p>Source code: published under the MIT licence on the council's site, with its tests.</p>",
            "<p>The dpa-Bericht</p>",
        ] {
            let (_, kinds) = pruned(kept);
            assert_eq!(kinds, [], "{kept}");
        }
    }

    #[test]
    fn related_headings_go_with_their_lists_of_links() {
        for related in [
            r#"<h3>Related</h3><ul><li><a href="/a">Bridge closed again</a></li><li><a href="/b">Tolls rise</a></li></ul>"#,
            r#"<h2>More from the Courier:</h2><p><a href="/c">Ferries at capacity</a> | <a href="/d">New tram line</a></p>"#,
            r#"<h4>Lesen Sie auch</h4><ul><li><a href="/e">Die Brücke bleibt zu</a></li></ul>"#,
        ] {
            let (text, kinds) = pruned(&format!(
                "{PROSE}{related}<p>The repairs will cost four million euros, the council said.</p>"
            ));
            assert_eq!(kinds, [Kind::Related], "{related}");
            assert_eq!(
                text,
                "The council voted on Monday to close the old bridge until the repairs are done.\n\
                 The repairs will cost four million euros, the council said.",
                "{related}"
            );
        }
        for kept in [
            // A heading of the article's own that opens with one of the words.
            "<h3>Related costs of the closure rise</h3>",
            "<h2>Trending upward, slowly</h2>",
            "<h3>Recommendations of the inspectors</h3>",
            "<p>More from the ministry is expected on Friday, when the report is published.</p>",
        ] {
            let (_, kinds) = pruned(kept);
            assert_eq!(kinds, [], "{kept}");
        }
    }

    #[test]
    fn calls_to_subscribe_or_donate_go_and_sentences_about_them_stay() {
        for call in [
            "<p>Sign up for our morning newsletter</p>",
            "<div>Subscribe now: the first month is free.</div>",
            "<p>Support our journalism. Donate today!</p>",
            "<h3>Follow us on social media</h3>",
            "<p>Jetzt abonnieren</p>",
        ] {
            let (text, kinds) = pruned(&format!("{PROSE}{call}"));
            assert_eq!(kinds, [Kind::CallToAction], "{call}");
            assert!(!text.contains('\n'), "{call}: {text}");
        }
        for kept in [
            "<p>“Sign up before Friday,” the mayor urged residents on Monday.</p>",
            &format!(
                "<p>The council's newsletter {}</p>",
                "reported the closure to every household in the town ".repeat(3)
            ),
            "<p>The unsubscribed residents were not told.</p>",
        ] {
            let (_, kinds) = pruned(kept);
            assert_eq!(kinds, [], "{kept}");
        }
    }
}
