//! JSON helpers for the imports and exports: parsing with a placed error, taking the properties used out of an object and laying them back over what is left.

use serde_json::{Map, Value};

use crate::claims::ClaimEntry;
use crate::claims::review::Number;
use crate::error::{Error, Result};

/// Parses JSON, placing an error at its line and column.
///
/// # Errors
/// [`Error::At`] at the line and column serde_json names, "not valid JSON: …" with its
/// message, when `text` is not JSON; the hint says the file must be JSON (or a web page
/// carrying JSON-LD).
pub fn parse_json(name: &str, text: &str) -> Result<Value> {
    serde_json::from_str(text).map_err(|err| {
        let line_start: usize = text
            .split_inclusive('\n')
            .take(err.line().saturating_sub(1))
            .map(str::len)
            .sum();
        let mut offset = (line_start + err.column().saturating_sub(1)).min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let message = err.to_string();
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(m, _)| m)
            .to_string();
        Error::at(name, text, offset, format!("not valid JSON: {message}"))
            .with_hint("the file must be JSON (or a web page carrying JSON-LD)")
    })
}

/// Takes `key` out of `object` if it is a string.
pub fn take_string(object: &mut Map<String, Value>, key: &str) -> Option<String> {
    match object.get(key) {
        Some(Value::String(_)) => match object.remove(key) {
            Some(Value::String(s)) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// Takes `key` out of `object` if it is a number or a string.
pub fn take_number(object: &mut Map<String, Value>, key: &str) -> Option<Number> {
    let number = object.get(key).and_then(Number::from_json)?;
    object.remove(key);
    Some(number)
}

/// Runs `f` on the object at `key` (or the first object of a list there). What is left
/// stays, even empty, so that an export knows the object was there and its shape.
pub fn with_object(
    object: &mut Map<String, Value>,
    key: &str,
    f: impl FnOnce(&mut Map<String, Value>),
) {
    match object.get_mut(key) {
        Some(Value::Object(inner)) => f(inner),
        Some(Value::Array(items)) => {
            if let Some(Value::Object(first)) = items.first_mut() {
                f(first);
            }
        }
        _ => {}
    }
}

/// An object as JSON text, or `None` when nothing is left in it.
pub fn object_json(object: Map<String, Value>) -> Option<String> {
    (!object.is_empty()).then(|| Value::Object(object).to_string())
}

/// Lays what was kept (`kept`) back under freshly written properties (`fresh`): objects
/// join key by key (a kept value wins where both have one: it is the original's), lists
/// item by item, and where the kept value was a single object and the fresh one a list of
/// one (or the other way round), the kept shape wins.
pub fn merge(fresh: Value, kept: Value) -> Value {
    match (fresh, kept) {
        (Value::Object(mut fresh), Value::Object(kept)) => {
            for (key, value) in kept {
                let merged = match fresh.remove(&key) {
                    Some(mine) => merge(mine, value),
                    None => value,
                };
                fresh.insert(key, merged);
            }
            Value::Object(fresh)
        }
        (Value::Array(fresh), Value::Array(kept)) => {
            let mut kept = kept.into_iter();
            let mut out: Vec<Value> = fresh
                .into_iter()
                .map(|mine| match kept.next() {
                    Some(theirs) => merge(mine, theirs),
                    None => mine,
                })
                .collect();
            out.extend(kept);
            Value::Array(out)
        }
        (Value::Array(fresh), Value::Object(kept)) if fresh.len() == 1 => {
            let only = fresh.into_iter().next().unwrap_or(Value::Null);
            merge(only, Value::Object(kept))
        }
        (Value::Object(fresh), Value::Array(mut kept)) => {
            match kept.first_mut() {
                Some(first) => *first = merge(Value::Object(fresh), first.take()),
                None => kept.push(Value::Object(fresh)),
            }
            Value::Array(kept)
        }
        (_, kept) => kept,
    }
}

/// Gives claims without an id one made from their summary's first words, unique.
pub fn slug_ids(mut claims: Vec<ClaimEntry>) -> Vec<ClaimEntry> {
    let mut seen = std::collections::HashSet::new();
    for (index, claim) in claims.iter_mut().enumerate() {
        if !claim.id.is_empty() {
            seen.insert(claim.id.clone());
            continue;
        }
        let words: Vec<String> = claim
            .summary
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(6)
            .map(str::to_lowercase)
            .collect();
        let mut base = words.join("-");
        if base.is_empty() {
            base = format!("c{}", index + 1);
        }
        let mut id = base.clone();
        let mut n = 2;
        while seen.contains(id.as_str()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        seen.insert(id.clone().into());
        claim.id = id.into();
    }
    claims
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn kept_shapes_and_values_win() {
        let fresh =
            json!({"author": {"@type": "Organization", "name": "A"}, "appearance": [{"url": "u"}]});
        let kept = json!({"author": [{"@type": "NewsMediaOrganization", "sameAs": "x"}], "appearance": {"@type": "CreativeWork"}, "image": null});
        assert_eq!(
            merge(fresh, kept),
            json!({
                "author": [{"@type": "NewsMediaOrganization", "name": "A", "sameAs": "x"}],
                "appearance": {"@type": "CreativeWork", "url": "u"},
                "image": null
            })
        );
    }

    #[test]
    fn errors_are_placed() {
        let err = parse_json("x.json", "{\n  \"a\": 1,\n  oops\n}").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("x.json:3:3: not valid JSON: key must be a string"),
            "{err}"
        );
    }

    #[test]
    fn ids_come_from_the_summary_and_are_unique() {
        let claim = |summary: &str| ClaimEntry {
            summary: summary.into(),
            ..ClaimEntry::default()
        };
        let claims = slug_ids(vec![
            claim("Iran is al-Qaida's new home base, Pompeo says today"),
            claim("Iran is al-Qaida's new home base, Pompeo says today"),
            claim("!!!"),
        ]);
        let ids: Vec<&str> = claims.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids,
            ["iran-is-al-qaida-s-new", "iran-is-al-qaida-s-new-2", "c3"]
        );
    }
}
