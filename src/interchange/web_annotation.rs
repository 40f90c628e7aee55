//! W3C Web Annotation: claims and responses exported as annotations with TextQuoteSelector and TextPositionSelector, and annotations imported as claims, so work moves between counterpoint and annotation tools.
//!
//! An export is an AnnotationCollection: one annotation per claim (motivation
//! `assessing`) and one per response (`commenting`, linked to its claim), each targeting
//! the article's text with both selectors, fresh from this anchoring. What the standard
//! has no words for (a claimant's role, a response's stance) goes in `cp:` properties,
//! which annotation tools ignore and an import reads back. Annotations made elsewhere
//! import too: each with a text quote becomes a claim, and replies become responses.

use serde_json::{Map, Value, json};

use crate::claims::{ClaimEntry, QuoteSelector, ResponseEntry, Stance, TextPosition};
use crate::document::Document;
use crate::error::{Error, Result};
use crate::interchange::claimreview::NOT_NAMED;
use crate::interchange::json::{ITEMS, parse_json, slug_ids, write_pretty_with_items};

pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";
/// The namespace of counterpoint's own properties (`cp:claim`, `cp:response`).
pub const NAMESPACE: &str = "urn:counterpoint:";

/// Writes the document's claims and responses to `out` as an AnnotationCollection on
/// `source` (the article's address, or its file name), pretty-printed, an annotation at a
/// time as it is made (the collection is never held whole). Returns how many annotations
/// were written.
///
/// # Errors
/// Those of writing to `out`.
pub fn write<W: std::io::Write + ?Sized>(
    out: &mut W,
    doc: &Document,
    source: &str,
) -> std::io::Result<usize> {
    write_pretty_with_items(out, &collection(doc), annotations_of(doc, source))
}

/// The collection around its annotations, which go in place of [`ITEMS`]. Its keys are
/// written in order (`first` before `total`), but the total is known before any is made.
fn collection(doc: &Document) -> Value {
    let total: usize = doc.claims.iter().map(|c| 1 + c.responses.len()).sum();
    json!({
        "@context": [CONTEXT, {"cp": NAMESPACE}],
        "type": "AnnotationCollection",
        "label": format!("Claims in {}", doc.article.display_title()),
        "total": total,
        "first": {"type": "AnnotationPage", "items": ITEMS},
    })
}

/// The document's annotations, made one claim at a time: each claim's, then its
/// responses'.
fn annotations_of<'a>(doc: &'a Document, source: &'a str) -> impl Iterator<Item = Value> + 'a {
    let anchorer = crate::anchor::Anchorer::new(&doc.article.body);
    doc.claims
        .iter()
        .flat_map(move |claim| claim_annotations(doc, &anchorer, source, claim))
}

/// A claim's annotation and its responses'.
fn claim_annotations(
    doc: &Document,
    anchorer: &crate::anchor::Anchorer<'_>,
    source: &str,
    claim: &crate::document::Claim,
) -> Vec<Value> {
    let target = |selector: &QuoteSelector, range: Option<std::ops::Range<usize>>| {
        let (exact, prefix, suffix, position) = match range {
            Some(range) => {
                let (prefix, suffix, position) = anchorer.hints_for(range.clone());
                (
                    doc.article.body[range].to_string(),
                    prefix,
                    suffix,
                    Some(position),
                )
            }
            None => (
                selector.exact.to_string(),
                selector.prefix.to_string(),
                selector.suffix.to_string(),
                selector.position,
            ),
        };
        let mut quote = json!({"type": "TextQuoteSelector", "exact": exact});
        if !prefix.is_empty() {
            quote["prefix"] = json!(prefix);
        }
        if !suffix.is_empty() {
            quote["suffix"] = json!(suffix);
        }
        let mut selectors = vec![quote];
        if let Some(p) = position {
            selectors.push(json!({"type": "TextPositionSelector", "start": p.start, "end": p.end}));
        }
        json!({"source": source, "selector": selectors})
    };
    let mut items = Vec::with_capacity(1 + claim.responses.len());
    let e = &claim.entry;
    let id = format!("{NAMESPACE}claim:{}", iri_part(&e.id));
    let mut body = vec![
        text_body("describing", &e.summary),
        text_body("tagging", &e.claimant),
    ];
    if let Some(verdict) = e.verdict_text() {
        body.push(text_body("assessing", verdict));
    }
    if let Some(note) = &e.note {
        body.push(text_body("commenting", note));
    }
    let mut fields = Map::new();
    for (key, value) in [
        ("id", Some(&e.id)),
        ("claimant", Some(&e.claimant)),
        ("role", e.role.as_ref()),
        ("summary", Some(&e.summary)),
        ("quote", Some(&e.selector.exact)),
        ("verdict", e.verdict.as_ref()),
        ("date", e.date.as_ref()),
        ("note", e.note.as_ref()),
    ] {
        if let Some(value) = value {
            fields.insert(key.into(), json!(value));
        }
    }
    mark_draft(&mut fields, e.draft);
    items.push(json!({
        "id": id,
        "type": "Annotation",
        "motivation": "assessing",
        "body": body,
        "target": target(&e.selector, claim.anchoring.range.clone()),
        "cp:claim": fields,
    }));
    for (n, response) in claim.responses.iter().enumerate() {
        let r = &response.entry;
        let who = match &r.affiliation {
            Some(affiliation) => format!("{} ({affiliation})", r.expert),
            None => r.expert.to_string(),
        };
        let mut fields = Map::new();
        fields.insert("claim".into(), json!(e.id));
        fields.insert("expert".into(), json!(r.expert));
        if let Some(affiliation) = &r.affiliation {
            fields.insert("affiliation".into(), json!(affiliation));
        }
        fields.insert("stance".into(), json!(r.stance.word()));
        fields.insert("quote".into(), json!(r.selector.exact));
        if let Some(source) = &r.source {
            fields.insert("source".into(), json!(source));
        }
        mark_draft(&mut fields, r.draft);
        items.push(json!({
            "id": format!("{id}:response:{}", n + 1),
            "type": "Annotation",
            "motivation": "commenting",
            "body": [
                text_body("commenting", &format!("{who} {} the claim: {}", r.stance.word(), crate::quotation::quoted(&r.selector.exact))),
                text_body("tagging", &r.expert),
                {"type": "SpecificResource", "purpose": "linking", "source": id},
            ],
            "target": target(&r.selector, response.anchoring.range.clone()),
            "cp:response": fields,
        }));
    }
    items
}

/// Marks an unreviewed entry's `cp:` fields as a draft (`"draft": true`) with the
/// drafter's `confidence` as a fraction (0.72), as the claims file writes them; a
/// reviewed one has neither. (Web Annotation has no status of its own for this.)
fn mark_draft(fields: &mut Map<String, Value>, draft: Option<crate::claims::DraftMark>) {
    if let Some(mark) = draft {
        fields.insert("draft".into(), json!(true));
        fields.insert(
            "confidence".into(),
            json!(f64::from(mark.confidence) / 100.0),
        );
    }
}

/// The draft mark [`mark_draft`] wrote, read back: `None` for a reviewed entry (no
/// `draft`, or `draft: false`); a confidence missing or out of 0–100 reads as 0.
fn draft_of(ours: Option<&Map<String, Value>>) -> Option<crate::claims::DraftMark> {
    let ours = ours?;
    (ours.get("draft")? == &Value::Bool(true)).then(|| crate::claims::DraftMark {
        confidence: ours
            .get("confidence")
            .and_then(Value::as_f64)
            .filter(|c| (0.0..=1.0).contains(c))
            .map_or(0, |c| (c * 100.0).round() as u8),
    })
}

/// The collection made whole, as the export made it before it was streamed: what
/// [`write`] is held to, byte for byte.
#[cfg(test)]
pub fn export(doc: &Document, source: &str) -> Value {
    let mut whole = collection(doc);
    whole["first"]["items"] = Value::Array(annotations_of(doc, source).collect());
    whole
}

/// `text` made safe inside an IRI: anything but letters, digits and `-._~` is
/// percent-encoded.
fn iri_part(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn text_body(purpose: &str, value: &str) -> Value {
    json!({"type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain"})
}

/// Claims from annotations: a single Annotation, a list, an AnnotationPage or an
/// AnnotationCollection. Returns the claims and how many annotations were left out
/// (no text quote to place, and no claim to answer).
///
/// # Errors
/// Those of [`parse_json`] when `text` is not JSON; [`Error::At`] at the start of `name`,
/// "no annotations found", when the JSON holds no annotation in any of those shapes. An
/// annotation that cannot be used is no error: it is counted as left out.
pub fn import(name: &str, text: &str) -> Result<(Vec<ClaimEntry>, usize)> {
    let value = parse_json(name, text)?;
    let annotations = annotations(value);
    if annotations.is_empty() {
        return Err(Error::at(name, text, 0, "no annotations found").with_hint(
            "give a W3C Web Annotation, a list of them, an AnnotationPage or an AnnotationCollection",
        ));
    }
    let mut claims: Vec<ClaimEntry> = Vec::new();
    // Annotation id → index of the claim it made.
    let mut made: Vec<(String, usize)> = Vec::new();
    let mut replies: Vec<&Map<String, Value>> = Vec::new();
    let mut left_out = 0;
    for annotation in &annotations {
        if annotation.contains_key("cp:response") || reply_to(annotation).is_some() {
            replies.push(annotation);
            continue;
        }
        match claim_of(annotation) {
            Some(claim) => {
                if let Some(id) = annotation.get("id").and_then(Value::as_str) {
                    made.push((id.to_string(), claims.len()));
                }
                claims.push(claim);
            }
            None => left_out += 1,
        }
    }
    let mut claims = slug_ids(claims);
    for reply in replies {
        let Some((target, response)) = response_of(reply) else {
            left_out += 1;
            continue;
        };
        let index = made
            .iter()
            .find(|(id, _)| *id == target)
            .map(|&(_, i)| i)
            .or_else(|| claims.iter().position(|c| c.id == target));
        match index {
            Some(i) => claims[i].responses.push(response),
            None => left_out += 1,
        }
    }
    Ok((claims, left_out))
}

/// The annotation objects in a value, in order.
fn annotations(value: Value) -> Vec<Map<String, Value>> {
    match value {
        Value::Array(items) => items.into_iter().flat_map(annotations).collect(),
        Value::Object(mut object) => {
            if let Some(items) = object.remove("items") {
                return annotations(items);
            }
            if let Some(first) = object.remove("first") {
                return annotations(first);
            }
            if let Some(graph) = object.remove("@graph") {
                return annotations(graph);
            }
            if has_type(&object, "Annotation") || object.contains_key("target") {
                vec![object]
            } else {
                Vec::new()
            }
        }
        _ => Vec::new(),
    }
}

fn has_type(object: &Map<String, Value>, wanted: &str) -> bool {
    ["type", "@type"].iter().any(|key| match object.get(*key) {
        Some(Value::String(t)) => t == wanted,
        Some(Value::Array(types)) => types.iter().any(|t| t == wanted),
        _ => false,
    })
}

/// The id a reply answers: its target, or a linking body, naming another annotation.
fn reply_to(annotation: &Map<String, Value>) -> Option<String> {
    let is_reference = |s: &str| s.starts_with(NAMESPACE) || s.starts_with("urn:uuid:");
    let motivation = annotation.get("motivation").and_then(Value::as_str);
    if let Some(Value::String(target)) = annotation.get("target")
        && (motivation == Some("replying") || is_reference(target))
    {
        return Some(target.clone());
    }
    bodies(annotation)
        .into_iter()
        .find(|b| b.get("purpose").and_then(Value::as_str) == Some("linking"))
        .and_then(|b| b.get("source").and_then(Value::as_str).map(str::to_string))
}

/// The body objects of an annotation (`bodyValue` counts as a describing text body).
fn bodies(annotation: &Map<String, Value>) -> Vec<Map<String, Value>> {
    let mut out = Vec::new();
    match annotation.get("body") {
        Some(Value::Object(b)) => out.push(b.clone()),
        Some(Value::Array(items)) => {
            out.extend(items.iter().filter_map(|b| b.as_object().cloned()))
        }
        _ => {}
    }
    if let Some(Value::String(text)) = annotation.get("bodyValue") {
        let mut body = Map::new();
        body.insert("value".into(), json!(text));
        out.push(body);
    }
    out
}

/// The first text body with `purpose` (`None`: any text body).
fn body_text(annotation: &Map<String, Value>, purpose: Option<&str>) -> Option<String> {
    bodies(annotation)
        .into_iter()
        .filter(|b| purpose.is_none() || b.get("purpose").and_then(Value::as_str) == purpose)
        .find_map(|b| b.get("value").and_then(Value::as_str).map(str::to_string))
}

/// The quote, context and position an annotation's target selects.
fn selector_of(annotation: &Map<String, Value>) -> Option<QuoteSelector> {
    let targets: Vec<&Value> = match annotation.get("target") {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(target) => vec![target],
        None => Vec::new(),
    };
    let mut selectors: Vec<&Map<String, Value>> = Vec::new();
    for target in targets {
        match target.get("selector") {
            Some(Value::Array(items)) => {
                selectors.extend(items.iter().filter_map(Value::as_object))
            }
            Some(Value::Object(one)) => selectors.push(one),
            _ => {}
        }
    }
    let quote = selectors
        .iter()
        .find(|s| has_type(s, "TextQuoteSelector"))?;
    let text = |key: &str| {
        quote
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let position = selectors
        .iter()
        .find(|s| has_type(s, "TextPositionSelector"))
        .and_then(|s| {
            let start = s.get("start")?.as_u64()? as usize;
            let end = s.get("end")?.as_u64()? as usize;
            (start <= end).then_some(TextPosition { start, end })
        });
    let exact = text("exact");
    (!exact.trim().is_empty()).then(|| QuoteSelector {
        exact: exact.into(),
        prefix: text("prefix").into(),
        suffix: text("suffix").into(),
        position,
    })
}

/// Who made an annotation: its creator's name or nickname.
fn creator(annotation: &Map<String, Value>) -> Option<String> {
    match annotation.get("creator")? {
        Value::String(s) => Some(s.clone()),
        Value::Object(c) => ["name", "nickname"]
            .iter()
            .find_map(|k| c.get(*k).and_then(Value::as_str).map(str::to_string)),
        Value::Array(list) => list.first().and_then(|c| {
            let mut one = Map::new();
            one.insert("creator".into(), c.clone());
            creator(&one)
        }),
        _ => None,
    }
}

fn field(object: Option<&Map<String, Value>>, key: &str) -> Option<String> {
    object?.get(key)?.as_str().map(str::to_string)
}

fn claim_of(annotation: &Map<String, Value>) -> Option<ClaimEntry> {
    let mut selector = selector_of(annotation)?;
    let ours = annotation.get("cp:claim").and_then(Value::as_object);
    if let Some(quote) = field(ours, "quote") {
        selector.exact = quote.into();
    }
    let summary = field(ours, "summary")
        .or_else(|| body_text(annotation, Some("describing")))
        .or_else(|| body_text(annotation, Some("commenting")))
        .or_else(|| body_text(annotation, None))
        .unwrap_or_else(|| selector.exact.to_string());
    Some(ClaimEntry {
        id: field(ours, "id").unwrap_or_default().into(),
        claimant: field(ours, "claimant")
            .or_else(|| body_text(annotation, Some("tagging")))
            .or_else(|| creator(annotation))
            .map_or_else(|| NOT_NAMED.into(), Into::into),
        role: field(ours, "role").map(Into::into),
        summary: summary.into(),
        selector,
        verdict: match ours {
            Some(_) => field(ours, "verdict").map(Into::into),
            None => body_text(annotation, Some("assessing")).map(Into::into),
        },
        date: field(ours, "date").map(Into::into),
        note: field(ours, "note").map(Into::into),
        draft: draft_of(ours),
        ..ClaimEntry::default()
    })
}

fn response_of(annotation: &Map<String, Value>) -> Option<(String, ResponseEntry)> {
    let ours = annotation.get("cp:response").and_then(Value::as_object);
    let target = match field(ours, "claim") {
        Some(claim) => claim,
        None => reply_to(annotation)?,
    };
    let selector = selector_of(annotation);
    let quote = field(ours, "quote")
        .or_else(|| selector.as_ref().map(|s| s.exact.to_string()))
        .or_else(|| body_text(annotation, None))?;
    let stance = field(ours, "stance")
        .and_then(|s| Stance::ALL.into_iter().find(|st| st.word() == s))
        .unwrap_or(Stance::Context);
    Some((
        target,
        ResponseEntry {
            expert: field(ours, "expert")
                .or_else(|| creator(annotation))
                .map_or_else(|| NOT_NAMED.into(), Into::into),
            affiliation: field(ours, "affiliation").map(Into::into),
            stance,
            selector: QuoteSelector {
                exact: quote.into(),
                ..selector.unwrap_or_default()
            },
            source: field(ours, "source").map(Into::into),
            draft: draft_of(ours),
        },
    ))
}
