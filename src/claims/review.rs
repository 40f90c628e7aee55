//! A fact-checker's review of a claim, as schema.org ClaimReview carries it: who published it, where and when, and its rating.

use serde::Deserialize;
use toml::Spanned;

use crate::error::{Error, Result};
use crate::text::verbatim_string;

/// One review of a claim (a claim may have several, from different fact-checkers).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewEntry {
    /// Who published the review (ClaimReview `author`, the API's `publisher`).
    pub publisher: Option<String>,
    /// The publisher's address or site.
    pub publisher_url: Option<String>,
    /// Where the review is published.
    pub url: Option<String>,
    pub title: Option<String>,
    /// When the review was published, as written.
    pub date: Option<String>,
    /// The rating in words: "False", "Mostly true" (`alternateName`, `textualRating`).
    pub rating: Option<String>,
    pub rating_value: Option<Number>,
    pub best_rating: Option<Number>,
    pub worst_rating: Option<Number>,
    pub language: Option<String>,
    /// Properties of the review that counterpoint does not use, as a JSON object,
    /// kept so that an export gives them back.
    pub extra: Option<String>,
}

/// A rating number as it was written: ClaimReview allows numbers and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Number {
    Integer(i64),
    /// A number with a fraction, in its shortest exact decimal form.
    Decimal(String),
    Text(String),
}

impl Number {
    /// The number as JSON.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Number::Integer(n) => serde_json::Value::from(*n),
            Number::Decimal(d) => serde_json::from_str(d).unwrap_or(serde_json::Value::Null),
            Number::Text(t) => serde_json::Value::from(t.as_str()),
        }
    }

    /// A number from JSON (a number or a string), if it is one.
    pub fn from_json(value: &serde_json::Value) -> Option<Number> {
        match value {
            serde_json::Value::Number(n) => Some(match n.as_i64() {
                Some(i) => Number::Integer(i),
                None => Number::Decimal(n.to_string()),
            }),
            serde_json::Value::String(s) => Some(Number::Text(s.clone())),
            _ => None,
        }
    }

    /// The number as TOML.
    pub fn to_toml(&self) -> toml_edit::Value {
        match self {
            Number::Integer(n) => toml_edit::Value::from(*n),
            Number::Decimal(d) => d.parse::<f64>().map_or_else(
                |_| toml_edit::Value::from(d.as_str()),
                toml_edit::Value::from,
            ),
            Number::Text(t) => toml_edit::Value::from(t.as_str()),
        }
    }

    /// For showing: `3`, `2.5`, `"3"` as 3.
    pub fn show(&self) -> String {
        match self {
            Number::Integer(n) => n.to_string(),
            Number::Decimal(d) | Number::Text(d) => d.clone(),
        }
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
pub(crate) enum RawNumber {
    Integer(i64),
    Float(f64),
    Text(String),
}

impl From<RawNumber> for Number {
    fn from(raw: RawNumber) -> Number {
        match raw {
            RawNumber::Integer(n) => Number::Integer(n),
            RawNumber::Float(f) => Number::Decimal(format!("{f}")),
            RawNumber::Text(t) => Number::Text(t),
        }
    }
}

/// A `[[claim.review]]` table as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawReview {
    publisher: Option<String>,
    publisher_url: Option<String>,
    url: Option<String>,
    title: Option<String>,
    #[serde(default, deserialize_with = "verbatim_string")]
    date: Option<String>,
    rating: Option<String>,
    rating_value: Option<RawNumber>,
    best_rating: Option<RawNumber>,
    worst_rating: Option<RawNumber>,
    language: Option<String>,
    extra: Option<Spanned<String>>,
}

impl RawReview {
    /// The review, its `extra` checked to be a JSON object.
    pub(crate) fn checked(self, name: &str, text: &str, base: usize) -> Result<ReviewEntry> {
        Ok(ReviewEntry {
            publisher: self.publisher,
            publisher_url: self.publisher_url,
            url: self.url,
            title: self.title,
            date: self.date,
            rating: self.rating.filter(|r| !r.trim().is_empty()),
            rating_value: self.rating_value.map(Number::from),
            best_rating: self.best_rating.map(Number::from),
            worst_rating: self.worst_rating.map(Number::from),
            language: self.language,
            extra: json_object(name, text, base, self.extra)?,
        })
    }
}

/// An `extra` field: JSON text that must be an object.
pub(crate) fn json_object(
    name: &str,
    text: &str,
    base: usize,
    value: Option<Spanned<String>>,
) -> Result<Option<String>> {
    let Some(value) = value else {
        return Ok(None);
    };
    match serde_json::from_str::<serde_json::Value>(value.get_ref()) {
        Ok(serde_json::Value::Object(_)) => Ok(Some(value.into_inner())),
        Ok(_) | Err(_) => Err(Error::at(
            name,
            text,
            base + value.span().start,
            "extra is not a JSON object",
        )
        .with_hint(
            "extra keeps the properties an import did not use, as a JSON object ('''{...}'''); remove it if unsure",
        )),
    }
}

impl ReviewEntry {
    /// "PolitiFact: False (1 of 5), 2021-01-13", for showing.
    pub fn describe(&self) -> String {
        let mut out = self
            .publisher
            .clone()
            .unwrap_or_else(|| "a fact-checker".into());
        if let Some(rating) = &self.rating {
            out.push_str(&format!(": {}", rating.trim()));
        }
        match (&self.rating_value, &self.best_rating) {
            (Some(value), Some(best)) => {
                out.push_str(&format!(" ({} of {})", value.show(), best.show()))
            }
            (Some(value), None) => out.push_str(&format!(" ({})", value.show())),
            _ => {}
        }
        if let Some(date) = &self.date {
            out.push_str(&format!(", {}", date.trim()));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_how_they_were_written() {
        for json in ["3", "2.5", "\"4\"", "-1"] {
            let value: serde_json::Value = serde_json::from_str(json).unwrap();
            let number = Number::from_json(&value).unwrap();
            assert_eq!(number.to_json(), value, "{json}");
        }
        assert_eq!(Number::from_json(&serde_json::Value::Null), None);
    }

    #[test]
    fn a_review_describes_itself() {
        let review = ReviewEntry {
            publisher: Some("PolitiFact".into()),
            rating: Some("False".into()),
            rating_value: Some(Number::Integer(1)),
            best_rating: Some(Number::Integer(5)),
            date: Some("2021-01-13".into()),
            ..ReviewEntry::default()
        };
        assert_eq!(review.describe(), "PolitiFact: False (1 of 5), 2021-01-13");
    }
}
