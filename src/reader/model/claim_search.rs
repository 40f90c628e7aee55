//! The search in the sidebar: which claims mention the query (in their claimant, summary, quote, note or responses), stepping through them, and marking the words there.

use std::ops::Range;

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use crate::claims::Text;
use crate::document::{Claim, Document};
use crate::reader::model::search::query::Query;

/// Whether the sidebar's text of `claim` — everything it shows of the claim and its
/// responses — holds what `searcher` looks for (folded as the article is).
fn mentions(claim: &Claim, searcher: &Query) -> bool {
    let entry = &claim.entry;
    let optional = [&entry.role, &entry.date, &entry.note];
    let fields = [&entry.claimant, &entry.summary, &entry.selector.exact]
        .into_iter()
        .map(Text::as_str)
        .chain(optional.into_iter().flatten().map(Text::as_str))
        .chain(entry.verdict_text());
    let responses = claim.responses.iter().flat_map(|r| {
        let r = &r.entry;
        [
            Some(&r.expert),
            Some(&r.selector.exact),
            r.affiliation.as_ref(),
            r.source.as_ref(),
        ]
        .into_iter()
        .flatten()
        .map(Text::as_str)
    });
    fields.chain(responses).any(|text| searcher.is_match(text))
}

/// The claims whose sidebar text holds `query` (smart case, as in the article).
pub fn claims_mentioning(doc: &Document, query: &str) -> Vec<usize> {
    let Some(searcher) = Query::new(query) else {
        return Vec::new();
    };
    doc.claims
        .iter()
        .enumerate()
        .filter(|(_, claim)| mentions(claim, &searcher))
        .map(|(index, _)| index)
        .collect()
}

/// The claims among `range` (indices into the document's claims) whose sidebar text
/// holds the query, in order: a step of a long search.
pub fn claims_mentioning_in(doc: &Document, query: &Query, range: Range<usize>) -> Vec<usize> {
    let Some(claims) = doc.claims.range(range.clone()) else {
        return Vec::new();
    };
    claims
        .zip(range)
        .filter(|(claim, _)| mentions(claim, query))
        .map(|(_, index)| index)
        .collect()
}

/// `line` with every occurrence of `query` inside one of its spans in reverse video.
pub fn mark_matches(line: Line<'static>, query: &str) -> Line<'static> {
    if query.is_empty() {
        return line;
    }
    let Some(searcher) = Query::new(query) else {
        return line;
    };
    let mut spans = Vec::new();
    for span in line.spans {
        let found = searcher.find_in(span.content.as_ref());
        if found.is_empty() {
            spans.push(span);
            continue;
        }
        let mut at = 0;
        let text = span.content.to_string();
        for range in found {
            if range.start > at {
                spans.push(Span::styled(text[at..range.start].to_string(), span.style));
            }
            let marked = span
                .style
                .patch(Style::new().add_modifier(Modifier::REVERSED));
            spans.push(Span::styled(text[range.clone()].to_string(), marked));
            at = range.end;
        }
        if at < text.len() {
            spans.push(Span::styled(text[at..].to_string(), span.style));
        }
    }
    Line { spans, ..line }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_are_found_by_what_the_sidebar_shows_of_them() {
        let doc = crate::document::source::load(None, None).unwrap().doc;
        // An affiliation of a response, not in the article's words around the claim.
        let soufan = claims_mentioning(&doc, "soufan");
        assert!(soufan.contains(&0), "{soufan:?}");
        // Smart case: a capital makes it exact.
        assert!(claims_mentioning(&doc, "SOUFAN").is_empty());
        assert_eq!(claims_mentioning(&doc, "Previously reported").len(), 1);
        assert!(claims_mentioning(&doc, "").is_empty());
    }

    /// The stretches of `line` reversed for `query`, and the line's whole text after.
    fn reversed(line: Line<'static>, query: &str) -> (Vec<String>, String) {
        let marked = mark_matches(line, query);
        let reversed = marked
            .spans
            .iter()
            .filter(|s| s.style.add_modifier.contains(Modifier::REVERSED))
            .map(|s| s.content.to_string())
            .collect();
        (reversed, marked.to_string())
    }

    #[test]
    fn matches_inside_a_line_are_reversed() {
        let line = Line::from(vec![Span::raw("the Soufan Group"), Span::raw(" soufan")]);
        let (marked, text) = reversed(line, "soufan");
        assert_eq!(marked, ["Soufan", "soufan"]);
        assert_eq!(text, "the Soufan Group soufan");
    }

    #[test]
    fn the_sidebar_folds_compatibility_forms_as_the_article_does() {
        let line = Line::from(vec![Span::raw("the ﬁrst oﬃcial ﬁgures")]);
        let (marked, text) = reversed(line, "official figures");
        assert_eq!(marked, ["oﬃcial ﬁgures"]);
        assert_eq!(text, "the ﬁrst oﬃcial ﬁgures");
    }
}
