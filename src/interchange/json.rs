//! JSON helpers for the imports and exports: parsing with a placed error, taking the properties used out of an object and laying them back over what is left.

use std::io::Write;

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

/// Marks the place of the items in a skeleton given to [`write_pretty_with_items`]: a
/// string no export writes (it begins with a NUL character).
pub const ITEMS: &str = "\u{0}counterpoint: the items go here";

/// Writes `skeleton` pretty-printed, with `items` as the list in place of the first string
/// [`ITEMS`] in it (the skeleton may be that string alone), one item at a time, so that
/// the list is never held whole. The bytes are those of `serde_json::to_writer_pretty`
/// on the skeleton with the list put in it: each item is pretty-printed on its own and
/// indented to its depth (a JSON string never holds a raw line break, so every line
/// break in an item's text begins one of its lines). Returns how many items were written;
/// a skeleton without [`ITEMS`] is written as it is, with none.
///
/// # Errors
/// Those of writing to `out`.
pub fn write_pretty_with_items<W: Write + ?Sized>(
    out: &mut W,
    skeleton: &Value,
    items: impl IntoIterator<Item = Value>,
) -> std::io::Result<usize> {
    let text = serde_json::to_string_pretty(skeleton)?;
    let marker = serde_json::to_string(ITEMS)?;
    let Some(at) = text.find(&marker) else {
        out.write_all(text.as_bytes())?;
        return Ok(0);
    };
    let (head, tail) = (&text[..at], &text[at + marker.len()..]);
    let line = &head[head.rfind('\n').map_or(0, |i| i + 1)..];
    let indent = &line[..line.len() - line.trim_start_matches(' ').len()];
    out.write_all(head.as_bytes())?;
    let mut count = 0;
    let mut item_text = Vec::new();
    for item in items {
        out.write_all(if count == 0 { b"[" } else { b"," })?;
        item_text.clear();
        serde_json::to_writer_pretty(&mut item_text, &item)?;
        for line in item_text.split(|&b| b == b'\n') {
            out.write_all(b"\n")?;
            out.write_all(indent.as_bytes())?;
            out.write_all(b"  ")?;
            out.write_all(line)?;
        }
        count += 1;
    }
    if count == 0 {
        out.write_all(b"[]")?;
    } else {
        out.write_all(b"\n")?;
        out.write_all(indent.as_bytes())?;
        out.write_all(b"]")?;
    }
    out.write_all(tail.as_bytes())?;
    Ok(count)
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
    use proptest::prelude::*;
    use serde_json::json;

    /// Any JSON value: strings with line breaks, quotes, controls and wide characters.
    fn any_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(|n| json!(n)),
            "[a-z\"\\\n\t\u{0}\u{7f}é😀 ]{0,8}".prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 48, 5, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
                prop::collection::btree_map("[a-z@\"\n]{0,4}", inner, 0..5)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    /// `value` with its first [`ITEMS`] (in the order it is written) replaced by `list`.
    fn put_items(value: &mut Value, list: &mut Option<Vec<Value>>) {
        match value {
            Value::String(s) if s == ITEMS => {
                if let Some(list) = list.take() {
                    *value = Value::Array(list);
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|v| put_items(v, list)),
            Value::Object(map) => map.values_mut().for_each(|v| put_items(v, list)),
            _ => {}
        }
    }

    /// A skeleton: `value` with [`ITEMS`] put somewhere in it (or nowhere, or as the whole).
    fn skeleton() -> impl Strategy<Value = Value> {
        (any_value(), any::<u8>()).prop_map(|(mut value, place)| {
            fn put(value: &mut Value, place: u8) -> bool {
                match value {
                    Value::Array(items) if place.is_multiple_of(3) => {
                        items.insert(usize::from(place / 3) % (items.len() + 1), json!(ITEMS));
                        true
                    }
                    Value::Object(map) if place % 3 == 1 => {
                        map.insert(format!("k{place}"), json!(ITEMS));
                        true
                    }
                    Value::Array(items) => items.iter_mut().any(|v| put(v, place / 2)),
                    Value::Object(map) => map.values_mut().any(|v| put(v, place / 2)),
                    _ => false,
                }
            }
            if place == 255 {
                return json!(ITEMS);
            }
            put(&mut value, place);
            value
        })
    }

    proptest! {
        /// The items written one at a time make the bytes of the whole value
        /// pretty-printed at once, at any depth, for any items.
        #[test]
        fn items_written_one_at_a_time_are_the_whole_printed_at_once(
            skeleton in skeleton(),
            items in prop::collection::vec(any_value(), 0..5),
        ) {
            let mut streamed = Vec::new();
            let count = write_pretty_with_items(&mut streamed, &skeleton, items.clone()).unwrap();
            let mut whole = skeleton.clone();
            let mut list = Some(items.clone());
            put_items(&mut whole, &mut list);
            let placed = list.is_none();
            prop_assert_eq!(count, if placed { items.len() } else { 0 });
            prop_assert_eq!(
                String::from_utf8(streamed).unwrap(),
                serde_json::to_string_pretty(&whole).unwrap()
            );
        }
    }

    #[test]
    fn items_go_in_place_of_the_marker_at_its_depth() {
        let skeleton = json!({"a": 1, "first": {"items": ITEMS, "type": "Page"}, "z": [ITEMS]});
        let mut out = Vec::new();
        let n = write_pretty_with_items(&mut out, &skeleton, [json!({"b": [1, "x\ny"]}), json!(2)])
            .unwrap();
        assert_eq!(n, 2);
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "{\n  \"a\": 1,\n  \"first\": {\n    \"items\": [\n      {\n        \"b\": [\n          1,\n          \"x\\ny\"\n        ]\n      },\n      2\n    ],\n    \"type\": \"Page\"\n  },\n  \"z\": [\n    \"\\u0000counterpoint: the items go here\"\n  ]\n}"
        );
        let mut out = Vec::new();
        assert_eq!(
            write_pretty_with_items(&mut out, &json!(ITEMS), []).unwrap(),
            0
        );
        assert_eq!(out, b"[]");
    }

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
