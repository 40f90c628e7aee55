//! The claims file: its TOML shape, parsing, and the checks a hand-edited file needs.

use std::fmt;

use serde::Deserialize;
use toml::Spanned;

use crate::error::{Error, Result};
use crate::sanitize::clean_line;
use crate::text::{decode_utf8, verbatim_string};

/// How an expert's response bears on a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    Supports,
    Disputes,
    Qualifies,
    Context,
}

impl Stance {
    pub const ALL: [Stance; 4] = [
        Stance::Disputes,
        Stance::Qualifies,
        Stance::Supports,
        Stance::Context,
    ];

    /// A mark that tells the stance without colour.
    pub fn mark(self) -> &'static str {
        match self {
            Stance::Supports => "✓",
            Stance::Disputes => "✗",
            Stance::Qualifies => "≈",
            Stance::Context => "•",
        }
    }

    pub fn word(self) -> &'static str {
        match self {
            Stance::Supports => "supports",
            Stance::Disputes => "disputes",
            Stance::Qualifies => "qualifies",
            Stance::Context => "context",
        }
    }
}

impl fmt::Display for Stance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.word())
    }
}

/// Where a quote sits in the article, as the file describes it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuoteSelector {
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
}

/// One claim as written in the claims file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimEntry {
    pub id: String,
    pub claimant: String,
    pub role: Option<String>,
    pub summary: String,
    pub selector: QuoteSelector,
    pub verdict: Option<String>,
    pub date: Option<String>,
    pub note: Option<String>,
    pub responses: Vec<ResponseEntry>,
}

/// One expert's response to a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseEntry {
    pub expert: String,
    pub affiliation: Option<String>,
    pub stance: Stance,
    pub selector: QuoteSelector,
    pub source: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    claim: Vec<RawClaim>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClaim {
    id: Option<Spanned<String>>,
    claimant: Spanned<String>,
    role: Option<String>,
    summary: Option<String>,
    quote: Spanned<String>,
    #[serde(default)]
    prefix: String,
    #[serde(default)]
    suffix: String,
    verdict: Option<String>,
    #[serde(default, deserialize_with = "verbatim_string")]
    date: Option<String>,
    note: Option<String>,
    #[serde(default)]
    response: Vec<RawResponse>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawResponse {
    expert: Spanned<String>,
    affiliation: Option<String>,
    stance: Stance,
    quote: Spanned<String>,
    #[serde(default)]
    prefix: String,
    #[serde(default)]
    suffix: String,
    source: Option<String>,
}

/// Parses and checks a claims file; `name` is used in messages.
pub fn parse(name: &str, bytes: &[u8]) -> Result<Vec<ClaimEntry>> {
    parse_text(name, &decode_utf8(name, bytes)?)
}

/// Parses and checks decoded claims-file text.
pub fn parse_text(name: &str, text: &str) -> Result<Vec<ClaimEntry>> {
    let raw: RawFile = toml::from_str(text).map_err(|err| {
        let at = err.span().map_or(0, |span| span.start);
        let line = text[at..].lines().next().unwrap_or_default();
        if line.contains("claim.response") && err.message().contains("expected a sequence") {
            return Error::at(
                name,
                text,
                at,
                "a [[claim.response]] comes before any [[claim]]",
            )
            .with_hint("put each response after the [[claim]] it answers");
        }
        let hint = if err.message().contains("unknown variant") {
            "stance is one of: supports, disputes, qualifies, context"
        } else if err.message().contains("unknown field") {
            "see the README's \"Claims file\" section for every field"
        } else {
            "the claims file is TOML: one [[claim]] table per claim, [[claim.response]] under it"
        };
        Error::from_toml(name, text, &err).with_hint(hint)
    })?;

    let mut seen_ids: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut claims = Vec::with_capacity(raw.claim.len());
    for (index, raw_claim) in raw.claim.into_iter().enumerate() {
        let id = match &raw_claim.id {
            Some(id) => {
                let value = id.get_ref().trim();
                if value.is_empty() {
                    return Err(Error::at(name, text, id.span().start, "empty claim id")
                        .with_hint("remove the id to get the default, or give a name"));
                }
                value.to_string()
            }
            None => format!("c{}", index + 1),
        };
        if seen_ids.contains(&id) {
            let offset = raw_claim
                .id
                .as_ref()
                .map_or(raw_claim.quote.span().start, |s| s.span().start);
            return Err(
                Error::at(name, text, offset, format!("duplicate claim id \"{id}\"")).with_hint(
                    "every claim id must be unique (unnamed claims are c1, c2, ... by position)",
                ),
            );
        }
        seen_ids.insert(id.clone());
        let quote = non_empty(name, text, &raw_claim.quote, "claim quote")?;
        let claimant = non_empty(name, text, &raw_claim.claimant, "claimant")?;
        let responses = raw_claim
            .response
            .into_iter()
            .map(|r| {
                Ok(ResponseEntry {
                    expert: non_empty(name, text, &r.expert, "expert")?,
                    affiliation: r.affiliation,
                    stance: r.stance,
                    selector: QuoteSelector {
                        exact: non_empty(name, text, &r.quote, "response quote")?,
                        prefix: r.prefix,
                        suffix: r.suffix,
                    },
                    source: r.source,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        claims.push(ClaimEntry {
            summary: raw_claim.summary.unwrap_or_else(|| quote.clone()),
            id,
            claimant,
            role: raw_claim.role,
            selector: QuoteSelector {
                exact: quote,
                prefix: raw_claim.prefix,
                suffix: raw_claim.suffix,
            },
            verdict: raw_claim.verdict.filter(|v| !v.trim().is_empty()),
            date: raw_claim.date,
            note: raw_claim.note,
            responses,
        });
    }
    Ok(claims.into_iter().map(ClaimEntry::cleaned).collect())
}

fn clean_opt(value: Option<String>) -> Option<String> {
    value.map(|v| clean_line(&v))
}

impl QuoteSelector {
    fn cleaned(self) -> QuoteSelector {
        QuoteSelector {
            exact: clean_line(&self.exact),
            prefix: clean_line(&self.prefix),
            suffix: clean_line(&self.suffix),
        }
    }
}

impl ClaimEntry {
    /// The same entry with every string made safe to show.
    fn cleaned(self) -> ClaimEntry {
        ClaimEntry {
            id: clean_line(&self.id),
            claimant: clean_line(&self.claimant),
            role: clean_opt(self.role),
            summary: clean_line(&self.summary),
            selector: self.selector.cleaned(),
            verdict: clean_opt(self.verdict),
            date: clean_opt(self.date),
            note: clean_opt(self.note),
            responses: self
                .responses
                .into_iter()
                .map(|r| ResponseEntry {
                    expert: clean_line(&r.expert),
                    affiliation: clean_opt(r.affiliation),
                    stance: r.stance,
                    selector: r.selector.cleaned(),
                    source: clean_opt(r.source),
                })
                .collect(),
        }
    }
}

fn non_empty(name: &str, text: &str, value: &Spanned<String>, what: &str) -> Result<String> {
    if value.get_ref().trim().is_empty() {
        return Err(
            Error::at(name, text, value.span().start, format!("empty {what}"))
                .with_hint(format!("give the {what} as it appears in the article")),
        );
    }
    Ok(value.get_ref().clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: &str = r#"
[[claim]]
claimant = "Mike Pompeo"
summary = "Iran is al-Qaida's new home base"
quote = "new home base"
verdict = "Dubious"
date = 2021-01-12

[[claim.response]]
expert = "Colin P. Clarke"
stance = "disputes"
quote = "doesn't seem accurate"
"#;

    #[test]
    fn parses_claims_with_default_ids_and_responses() {
        let claims = parse("c.toml", ONE.as_bytes()).unwrap();
        assert_eq!(claims.len(), 1);
        assert_eq!(claims[0].id, "c1");
        assert_eq!(claims[0].date.as_deref(), Some("2021-01-12"));
        assert_eq!(claims[0].responses[0].stance, Stance::Disputes);
        assert_eq!(claims[0].responses[0].affiliation, None);
    }

    #[test]
    fn unknown_stance_is_placed_and_explained() {
        let text = ONE.replace("\"disputes\"", "\"refutes\"");
        let err = parse("c.toml", text.as_bytes()).unwrap_err().to_string();
        assert!(
            err.starts_with("c.toml:11:10: unknown variant `refutes`"),
            "{err}"
        );
        assert!(err.contains("hint: stance is one of"), "{err}");
    }

    #[test]
    fn wrong_type_and_unknown_field_are_placed() {
        let err = parse("c.toml", b"[[claim]]\nclaimant = 3\nquote = \"q\"")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("c.toml:2:12:"), "{err}");
        let err = parse(
            "c.toml",
            b"[[claim]]\nclaimant = \"a\"\nquote = \"q\"\nspeaker = \"b\"",
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.starts_with("c.toml:4:1: unknown field `speaker`"),
            "{err}"
        );
    }

    #[test]
    fn duplicate_ids_name_the_second() {
        let text = "[[claim]]\nid = \"a\"\nclaimant = \"x\"\nquote = \"q\"\n\n[[claim]]\nid = \"a\"\nclaimant = \"y\"\nquote = \"r\"\n";
        let err = parse("c.toml", text.as_bytes()).unwrap_err().to_string();
        assert!(
            err.starts_with("c.toml:7:6: duplicate claim id \"a\""),
            "{err}"
        );
    }

    #[test]
    fn an_explicit_id_may_not_take_a_default_name() {
        let text = "[[claim]]\nclaimant = \"x\"\nquote = \"q\"\n\n[[claim]]\nid = \"c1\"\nclaimant = \"y\"\nquote = \"r\"\n";
        assert!(parse("c.toml", text.as_bytes()).is_err());
    }

    #[test]
    fn empty_quote_is_an_error() {
        let err = parse("c.toml", b"[[claim]]\nclaimant = \"x\"\nquote = \"  \"")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("c.toml:3:9: empty claim quote"), "{err}");
    }

    #[test]
    fn malformed_toml_names_line_and_column() {
        let err = parse("c.toml", b"[[claim]]\nclaimant = \"x\nquote = 1")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("c.toml:2:"), "{err}");
    }

    #[test]
    fn a_response_before_any_claim_is_explained() {
        let text = "[[claim.response]]\nexpert = \"e\"\nstance = \"context\"\nquote = \"r\"\n";
        let err = parse("c.toml", text.as_bytes()).unwrap_err().to_string();
        assert!(
            err.starts_with("c.toml:1:3: a [[claim.response]] comes before any [[claim]]"),
            "{err}"
        );
    }

    #[test]
    fn summary_defaults_to_the_quote() {
        let claims = parse(
            "c.toml",
            b"[[claim]]\nclaimant = \"x\"\nquote = \"the words\"",
        )
        .unwrap();
        assert_eq!(claims[0].summary, "the words");
    }
}
