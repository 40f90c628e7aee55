//! `counterpoint check --fix`: fresh prefix, suffix and position hints written back into the claims file, its formatting and comments kept, atomically.

use std::cmp::Ordering;

use toml_edit::{Array, DocumentMut, Item, Table, value};

use crate::anchor::{AnchorStatus, Anchorer, Anchoring};
use crate::article::Article;
use crate::claims::{self, QuoteSelector};
use crate::error::{Error, Result};
use crate::text::plural;

/// What `--fix` did, quote by quote.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FixSummary {
    /// Quotes whose hints changed.
    pub updated: usize,
    /// Quotes placed whose hints were already right.
    pub current: usize,
    /// Of the updated or current, those placed only approximately: their quote is kept
    /// as the user wrote it, for a person to review.
    pub approximate: usize,
    /// Quotes not placed (ambiguous or not found): left as they are.
    pub unplaced: usize,
}

impl FixSummary {
    /// One line for the user.
    pub fn describe(&self, claims_name: &str) -> String {
        let mut out = if self.updated == 0 {
            format!("{claims_name}: every hint is already up to date")
        } else {
            format!(
                "{claims_name}: refreshed the prefix, suffix and position of {} (formatting and comments kept)",
                plural(self.updated, "quote")
            )
        };
        if self.approximate > 0 {
            out.push_str(&format!(
                "; {} placed approximately kept as written: review them",
                plural(self.approximate, "quote")
            ));
        }
        if self.unplaced > 0 {
            out.push_str(&format!(
                "; {} not placed left alone",
                plural(self.unplaced, "quote")
            ));
        }
        out
    }
}

/// The claims file `text` with every placed quote's hints refreshed against `article`.
/// Nothing is written: the caller writes the returned text.
///
/// # Errors
/// Those of [`claims::parse_text`]: the file is checked by the usual parser first, so a
/// malformed file is an [`Error::At`] at its line and column and nothing is fixed.
/// [`Error::Usage`] (`name`, then toml_edit's message) if toml_edit cannot read a file
/// that the claims parser accepted. Quotes that cannot be placed are no error: they are
/// counted in [`FixSummary::unplaced`] and left alone.
pub fn fix_claims(article: &Article, name: &str, text: &str) -> Result<(String, FixSummary)> {
    // The file is checked (and its errors placed) by the usual parser first.
    let entries = claims::parse_text(name, text)?;
    let selectors: Vec<&QuoteSelector> = entries
        .iter()
        .flat_map(|e| std::iter::once(&e.selector).chain(e.responses.iter().map(|r| &r.selector)))
        .collect();
    let anchorer = Anchorer::new(&article.body);
    let mut anchorings = anchorer.anchor_all(&selectors).into_iter();
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|e| Error::Usage(format!("{name}: {e}")))?;
    let mut summary = FixSummary::default();
    let Some(claims) = doc.get_mut("claim").and_then(Item::as_array_of_tables_mut) else {
        return Ok((text.to_string(), summary));
    };
    for (entry, claim) in entries.iter().zip(claims.iter_mut()) {
        let anchoring = anchorings.next().unwrap_or_else(Anchoring::not_found);
        refresh(&anchorer, claim, &anchoring, &mut summary);
        let responses = claim
            .get_mut("response")
            .and_then(Item::as_array_of_tables_mut);
        let mut tables: Vec<&mut Table> =
            responses.into_iter().flat_map(|r| r.iter_mut()).collect();
        for (_, table) in entry.responses.iter().zip(tables.iter_mut()) {
            let anchoring = anchorings.next().unwrap_or_else(Anchoring::not_found);
            refresh(&anchorer, table, &anchoring, &mut summary);
        }
    }
    Ok((doc.to_string(), summary))
}

/// Writes fresh hints into one claim's or response's table, after its `quote`.
fn refresh(
    anchorer: &Anchorer,
    table: &mut Table,
    anchoring: &Anchoring,
    summary: &mut FixSummary,
) {
    let Some(range) = anchoring.range.clone() else {
        summary.unplaced += 1;
        return;
    };
    if matches!(anchoring.status, AnchorStatus::Approximate { .. }) {
        summary.approximate += 1;
    }
    let (prefix, suffix, position) = anchorer.hints_for(range);
    let before = table.to_string();
    let had: Vec<String> = table.iter().map(|(k, _)| k.to_string()).collect();
    for (key, text) in [("prefix", prefix), ("suffix", suffix)] {
        let same = table.get(key).and_then(Item::as_str) == Some(text.as_str());
        if text.is_empty() {
            table.remove(key);
        } else if !same {
            table.insert(key, value(text));
        }
    }
    let mut pair = Array::new();
    pair.push(position.start as i64);
    pair.push(position.end as i64);
    let same_position = table
        .get("position")
        .and_then(Item::as_array)
        .is_some_and(|a| {
            a.iter().map(|v| v.as_integer()).collect::<Vec<_>>()
                == [Some(position.start as i64), Some(position.end as i64)]
        });
    if !same_position {
        table.insert("position", value(pair));
    }
    // New keys go just after the quote and any hints it already had, where a reader of
    // the file looks for them.
    let after = had
        .iter()
        .rposition(|k| ["quote", "prefix", "suffix", "position"].contains(&k.as_str()))
        .map_or(f64::MAX, |i| i as f64 + 0.5);
    let rank = |key: &str| match had.iter().position(|k| k == key) {
        Some(i) => i as f64,
        None => after,
    };
    table.sort_values_by(|a, _, b, _| {
        rank(a.get())
            .partial_cmp(&rank(b.get()))
            .unwrap_or(Ordering::Equal)
    });
    if table.to_string() == before {
        summary.current += 1;
    } else {
        summary.updated += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "A new first paragraph.\n\nThe minister said the bridge is “safe,” and an engineer said it is not safe at all.\n";

    fn article() -> Article {
        Article::parse("bridge.md", ARTICLE.as_bytes()).unwrap()
    }

    #[test]
    fn hints_are_written_after_the_quote_and_comments_stay() {
        let claims = "# Claims about the bridge.\n\n[[claim]]\nclaimant = \"Minister\"   # the minister\nquote = 'the bridge is \"safe,\"'\nverdict = \"False\"\n\n[[claim.response]]\nexpert = \"Engineer\"\nstance = \"disputes\"\nquote = \"it is not safe\"  # paraphrase\n\n[[claim]]\nclaimant = \"Nobody\"\nquote = \"words never said\"\n";
        let (fixed, summary) = fix_claims(&article(), "bridge.claims.toml", claims).unwrap();
        assert_eq!(
            summary,
            FixSummary {
                updated: 2,
                current: 0,
                approximate: 0,
                unplaced: 1
            }
        );
        assert_eq!(
            fixed,
            "# Claims about the bridge.\n\n[[claim]]\nclaimant = \"Minister\"   # the minister\nquote = 'the bridge is \"safe,\"'\nprefix = \"paragraph. The minister said \"\nsuffix = \" and an engineer said it is not\"\nposition = [42, 63]\nverdict = \"False\"\n\n[[claim.response]]\nexpert = \"Engineer\"\nstance = \"disputes\"\nquote = \"it is not safe\"  # paraphrase\nprefix = \"is “safe,” and an engineer said \"\nsuffix = \" at all.\"\nposition = [85, 99]\n\n[[claim]]\nclaimant = \"Nobody\"\nquote = \"words never said\"\n"
        );
        // The result is a valid claims file whose hints place each quote exactly.
        let entries = claims::parse_text("bridge.claims.toml", &fixed).unwrap();
        let position = entries[0].selector.position.unwrap();
        let body: Vec<char> = article().body.chars().collect();
        let quoted: String = body[position.start..position.end].iter().collect();
        assert_eq!(quoted, "the bridge is “safe,”");
        // A second run changes nothing.
        let (again, summary) = fix_claims(&article(), "bridge.claims.toml", &fixed).unwrap();
        assert_eq!(again, fixed);
        assert_eq!((summary.updated, summary.current), (0, 2));
    }

    #[test]
    fn an_approximate_quote_keeps_its_words_and_gets_hints() {
        let claims = "[[claim]]\nclaimant = \"Minister\"\nquote = \"the bridge is saef\"\n";
        let (fixed, summary) = fix_claims(&article(), "c.toml", claims).unwrap();
        assert_eq!((summary.updated, summary.approximate), (1, 1));
        assert!(
            fixed.contains("quote = \"the bridge is saef\"\nprefix"),
            "{fixed}"
        );
        assert!(summary.describe("c.toml").contains("review them"));
    }
}
