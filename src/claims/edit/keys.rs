//! The keys of one claim or response table in an edit: which values changed, and new values put in their README order with the old ones' comments kept.

use toml_edit::{Item, Table, Value};

use crate::claims::DraftMark;

/// A claim table's keys in the README's order (the order write.rs writes them).
pub(super) const CLAIM_KEYS: &[&str] = &[
    "id",
    "claimant",
    "role",
    "summary",
    "quote",
    "prefix",
    "suffix",
    "position",
    "verdict",
    "date",
    "note",
    "appearances",
    "extra",
    "draft",
    "confidence",
    "review",
    "response",
];

/// A response table's keys in the README's order.
pub(super) const RESPONSE_KEYS: &[&str] = &[
    "expert",
    "affiliation",
    "stance",
    "quote",
    "prefix",
    "suffix",
    "position",
    "source",
    "draft",
    "confidence",
];

/// Gives `table` the value `item` at `key`. A key already there keeps its place, its
/// decor and the comments around its value; a new key goes after the last key that
/// comes before it in `order`.
pub(super) fn put(table: &mut Table, key: &str, mut item: Item, order: &[&str]) {
    if let Some(slot) = table.get_mut(key) {
        if let (Some(old), Some(new)) = (slot.as_value(), item.as_value_mut()) {
            *new.decor_mut() = old.decor().clone();
        }
        *slot = item;
        return;
    }
    let rank_in_order = |k: &str| order.iter().position(|o| *o == k).unwrap_or(usize::MAX);
    let mine = rank_in_order(key);
    let had: Vec<String> = table.iter().map(|(k, _)| k.to_string()).collect();
    let after = had.iter().rposition(|k| rank_in_order(k) < mine);
    table.insert(key, item);
    let rank = |k: &str| -> f64 {
        if k == key {
            after.map_or(-0.5, |i| i as f64 + 0.5)
        } else {
            had.iter()
                .position(|h| h == k)
                .map_or(f64::MAX, |i| i as f64)
        }
    };
    table.sort_values_by(|a, _, b, _| rank(a.get()).total_cmp(&rank(b.get())));
}

/// Whether `table`'s `key` already means what `wanted`'s does, so that it stays as
/// written: a missing key counts as its default (`prefix = ""`, no appearances, a
/// claim's summary its quote, its id `default_id`), a stance in any letter case.
fn same(key: &str, table: &Table, wanted: &Table, default_id: &str) -> bool {
    fn text(item: Option<&Item>) -> Option<&str> {
        item.and_then(Item::as_str).map(str::trim)
    }
    match (table.get(key), wanted.get(key)) {
        (None, None) => true,
        (Some(a), Some(b)) => match key {
            "stance" => text(Some(a))
                .zip(text(Some(b)))
                .is_some_and(|(a, b)| a.eq_ignore_ascii_case(b)),
            "id" => text(Some(a))
                .zip(text(Some(b)))
                .is_some_and(|(a, b)| shows_as(a, b)),
            _ => item_eq(a, b),
        },
        (old, new) => {
            let present = old.or(new).expect("one is there");
            match key {
                "id" => text(Some(present)) == Some(default_id),
                // The summary shown for a quote with invisible characters marks them
                // (`⟨ZWSP⟩`), where the quote keeps them: still the quote's own, the
                // file's quote when the quote is not changed.
                "summary" => {
                    fn quote(t: &Table) -> Option<&str> {
                        t.get("quote").and_then(Item::as_str)
                    }
                    present.as_str().is_some_and(|summary| {
                        quote(wanted).is_some_and(|q| shows_as(q, summary))
                            || quote(table).zip(quote(wanted)).is_some_and(|(file, q)| {
                                shows_as(file, q) && shows_as(file, summary)
                            })
                    })
                }
                "prefix" | "suffix" | "verdict" => {
                    present
                        .as_str()
                        .is_some_and(|s| s.trim().is_empty() && key == "verdict")
                        || present.as_str() == Some("")
                }
                "appearances" => present.as_array().is_some_and(|a| a.is_empty()),
                "review" => {
                    present.as_array_of_tables().is_some_and(|a| a.is_empty())
                        || present.as_array().is_some_and(|a| a.is_empty())
                }
                _ => false,
            }
        }
    }
}

/// Gives `table` the values of `wanted` (a table as write.rs makes it), touching only
/// the keys whose values change: a key kept keeps its text, a changed value keeps its
/// key's place and comments, a new key goes in `order`, a key no longer wanted goes.
/// `draft` and `confidence` follow `mark`; `default_id` is the claim's id when it has no
/// `id` key.
pub(super) fn set_keys(
    table: &mut Table,
    wanted: &Table,
    order: &[&str],
    mark: Option<DraftMark>,
    default_id: &str,
) {
    for key in order {
        if matches!(*key, "response" | "draft" | "confidence") {
            continue;
        }
        let new = wanted.get(key);
        if same(key, table, wanted, default_id) {
            continue;
        }
        match new {
            Some(item) => put(table, key, item.clone(), order),
            None => {
                table.remove(key);
            }
        }
    }
    if draft_mark(table) == mark {
        return;
    }
    match mark {
        None => {
            table.remove("draft");
            table.remove("confidence");
        }
        Some(mark) => {
            if table.get("draft").and_then(Item::as_bool) != Some(true) {
                put(table, "draft", toml_edit::value(true), order);
            }
            let percent = table
                .get("confidence")
                .and_then(Item::as_value)
                .and_then(fraction)
                .map(|f| (f * 100.0).round() as i64);
            if percent != Some(i64::from(mark.confidence)) {
                let item = wanted
                    .get("confidence")
                    .cloned()
                    .unwrap_or_else(|| toml_edit::value(f64::from(mark.confidence) / 100.0));
                put(table, "confidence", item, order);
            }
        }
    }
}

/// The draft mark a table's `draft` and `confidence` give, as the parser reads them.
fn draft_mark(table: &Table) -> Option<DraftMark> {
    (table.get("draft").and_then(Item::as_bool) == Some(true)).then(|| DraftMark {
        confidence: table
            .get("confidence")
            .and_then(Item::as_value)
            .and_then(fraction)
            .map_or(50, |f| (f * 100.0).round() as u8),
    })
}

/// A number as a fraction (a `confidence`).
pub(super) fn fraction(value: &Value) -> Option<f64> {
    value
        .as_float()
        .or_else(|| value.as_integer().map(|i| i as f64))
}

/// Whether `file`, a string of the claims file, is `held`, the string the reader holds
/// for it: the same, or what the parser makes of it to show (control characters, line
/// breaks and invisible characters as visible marks: [`crate::sanitize::clean`]; a quote
/// keeping its zero-width characters: [`crate::sanitize::clean_quote`]). The reader only
/// ever holds the shown form, so a value it did not change comes back shown: the file's
/// own text is then kept, byte for byte, never the marks written in its place.
pub(super) fn shows_as(file: &str, held: &str) -> bool {
    file == held
        || crate::sanitize::clean(file, false) == held
        || crate::sanitize::clean_quote(file) == held
}

/// Whether two items hold the same data, however written (a string of the file counting
/// as the same as its shown form: [`shows_as`]; `a` is the file's).
fn item_eq(a: &Item, b: &Item) -> bool {
    match (a, b) {
        (Item::Value(a), Item::Value(b)) => value_eq(a, b),
        (Item::Table(a), Item::Table(b)) => table_eq(a, b),
        (Item::ArrayOfTables(a), Item::ArrayOfTables(b)) => {
            a.len() == b.len() && a.iter().zip(b.iter()).all(|(a, b)| table_eq(a, b))
        }
        (Item::None, Item::None) => true,
        _ => false,
    }
}

fn table_eq(a: &Table, b: &Table) -> bool {
    a.len() == b.len()
        && a.iter()
            .all(|(key, item)| b.get(key).is_some_and(|other| item_eq(item, other)))
}

fn value_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(a), Value::String(b)) => shows_as(a.value(), b.value()),
        (Value::Boolean(a), Value::Boolean(b)) => a.value() == b.value(),
        (Value::Integer(a), Value::Integer(b)) => a.value() == b.value(),
        (Value::Datetime(a), Value::Datetime(b)) => a.value() == b.value(),
        (Value::Datetime(d), Value::String(s)) | (Value::String(s), Value::Datetime(d)) => {
            d.value().to_string() == *s.value()
        }
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b.iter()).all(|(a, b)| value_eq(a, b))
        }
        (Value::InlineTable(a), Value::InlineTable(b)) => {
            a.len() == b.len()
                && a.iter()
                    .all(|(key, v)| b.get(key).is_some_and(|other| value_eq(v, other)))
        }
        _ => match (fraction(a), fraction(b)) {
            (Some(a), Some(b)) => a == b,
            _ => false,
        },
    }
}

/// A string value on one line: a string with a line break is written with escapes (a
/// `"""` string would change its breaks with the file's line endings).
pub(super) fn string_value(text: &str) -> Value {
    if !text.contains(['\n', '\r']) {
        return Value::from(text);
    }
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out.parse::<Value>().unwrap_or_else(|_| Value::from(text))
}

/// Every string in `table` (and its tables and lists) made one line, as
/// [`string_value`] writes it.
pub(super) fn one_line(table: &mut Table) {
    for (_, item) in table.iter_mut() {
        match item {
            Item::Value(value) => one_line_value(value),
            Item::Table(inner) => one_line(inner),
            Item::ArrayOfTables(tables) => tables.iter_mut().for_each(one_line),
            Item::None => {}
        }
    }
}

fn one_line_value(value: &mut Value) {
    match value {
        Value::String(s) if s.value().contains(['\n', '\r']) => {
            let decor = s.decor().clone();
            let mut new = string_value(s.value());
            *new.decor_mut() = decor;
            *value = new;
        }
        Value::Array(list) => list.iter_mut().for_each(one_line_value),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::write::{claim_table, response_table};
    use crate::claims::{
        ClaimEntry, DraftMark, QuoteSelector, ResponseEntry, Stance, TextPosition,
    };

    #[test]
    fn the_key_orders_are_those_write_rs_writes() {
        let selector = QuoteSelector {
            exact: "q".into(),
            prefix: "p".into(),
            suffix: "s".into(),
            position: Some(TextPosition { start: 1, end: 2 }),
        };
        let response = ResponseEntry {
            expert: "E".into(),
            affiliation: Some("a".into()),
            stance: Stance::Context,
            selector: selector.clone(),
            source: Some("s".into()),
            draft: Some(DraftMark { confidence: 40 }),
        };
        let claim = ClaimEntry {
            id: "x".into(),
            claimant: "C".into(),
            role: Some("r".into()),
            summary: "sum".into(),
            selector,
            verdict: Some("v".into()),
            date: Some("d".into()),
            note: Some("n".into()),
            responses: vec![response.clone()],
            reviews: vec![crate::claims::review::ReviewEntry {
                title: Some("t".into()),
                ..Default::default()
            }],
            appearances: vec!["u".into()],
            extra: Some("{}".into()),
            draft: Some(DraftMark { confidence: 40 }),
        };
        let keys = |t: &Table| t.iter().map(|(k, _)| k.to_string()).collect::<Vec<_>>();
        assert_eq!(keys(&claim_table(&claim)), CLAIM_KEYS);
        assert_eq!(keys(&response_table(&response)), RESPONSE_KEYS);
    }

    #[test]
    fn a_string_with_line_breaks_is_written_on_one_line() {
        let value = string_value("a\nb \"c\"\r\t\u{1}");
        assert_eq!(value.to_string(), r#""a\nb \"c\"\r\t\u0001""#);
        assert_eq!(value.as_str(), Some("a\nb \"c\"\r\t\u{1}"));
    }
}
