//! The article's links: the list the reader shows, the link on the cursor's line, and which links may be handed to the system's opener.

/// Only these schemes are handed to the opener: an article is other people's text, and a
/// `file:` or custom-scheme link could start anything.
const OPENABLE: &[&str] = &["http://", "https://", "mailto:"];

/// Whether `url` may be opened.
pub fn openable(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    OPENABLE.iter().any(|scheme| lower.starts_with(scheme))
        && !url.chars().any(|c| c.is_control() || c.is_whitespace())
}

/// The program that opens links: the first of `$BROWSER` (a `:`-separated list), else
/// the desktop's opener.
pub fn opener(browser: Option<&str>) -> String {
    browser
        .and_then(|b| b.split(':').map(str::trim).find(|p| !p.is_empty()))
        .map(str::to_string)
        .unwrap_or_else(|| {
            if cfg!(target_os = "macos") {
                "open".into()
            } else {
                "xdg-open".into()
            }
        })
}

/// One row of the links list (made when it opens, by [`link_items`]; shown as
/// [`crate::reader::model::overlay::Overlay::Links`]): what the link is, and where it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkItem {
    pub words: String,
    pub url: String,
}

/// Every link the reader can open, numbered in this order: the article's links (so link
/// N of the text is row N), the article's own address, then each claim's addresses — where
/// it appeared, its reviews, and responses whose source is an address.
pub fn link_items(doc: &crate::document::Document) -> Vec<LinkItem> {
    let article = &doc.article;
    let mut items: Vec<LinkItem> = article
        .links
        .iter()
        .map(|link| LinkItem {
            words: crate::wrap::visible(&article.body[link.range.clone()]),
            url: link.url.clone(),
        })
        .collect();
    let mut add = |words: String, url: &str| {
        let url = url.trim();
        if openable(url) {
            items.push(LinkItem {
                words,
                url: url.to_string(),
            });
        }
    };
    if let Some(url) = &article.meta.url {
        add("this article".into(), url);
    }
    for (index, claim) in doc.claims.iter().enumerate() {
        let number = index + 1;
        for url in &claim.entry.appearances {
            add(format!("claim {number}: where it appeared"), url);
        }
        for review in &claim.entry.reviews {
            let by = review.publisher.as_deref().unwrap_or("a fact-checker");
            if let Some(url) = &review.url {
                add(format!("claim {number}: review by {by}"), url);
            }
        }
        for response in &claim.responses {
            if let Some(source) = &response.entry.source {
                add(
                    format!("claim {number}: {}'s source", response.entry.expert),
                    source,
                );
            }
        }
    }
    items
}

/// The number in the links list ([`link_items`], from 1) of response `response` of claim
/// `claim`'s source, when that source is an address the list holds. Counts the way the
/// list is built, without building it: the article's links and address, then each
/// claim's addresses in order.
pub fn source_link_number(
    doc: &crate::document::Document,
    claim: usize,
    response: usize,
) -> Option<usize> {
    let counted = |url: &str| usize::from(openable(url.trim()));
    let entry = &doc.claims.get(claim)?.responses.get(response)?.entry;
    if counted(entry.source.as_deref()?) == 0 {
        return None;
    }
    let claim_links = |c: &crate::document::Claim, responses: usize| -> usize {
        c.entry
            .appearances
            .iter()
            .map(|u| counted(u))
            .sum::<usize>()
            + c.entry
                .reviews
                .iter()
                .filter_map(|r| r.url.as_deref())
                .map(counted)
                .sum::<usize>()
            + c.responses[..responses]
                .iter()
                .filter_map(|r| r.entry.source.as_deref())
                .map(counted)
                .sum::<usize>()
    };
    let before: usize = (doc.claims.iter().take(claim))
        .map(|c| claim_links(c, c.responses.len()))
        .sum();
    let article = doc.article.links.len() + doc.article.meta.url.as_deref().map_or(0, counted);
    Some(article + before + claim_links(&doc.claims[claim], response) + 1)
}
