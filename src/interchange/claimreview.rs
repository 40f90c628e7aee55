//! schema.org ClaimReview, as fact-checkers publish it (JSON-LD, alone or inside a web page) and as the Google Fact Check Tools API returns it: imported into claims and exported from them, every property kept.
//!
//! The properties counterpoint uses become fields of the claims file; everything else of
//! each review and each reviewed claim is kept beside them as JSON (`extra`), and an
//! export lays the fields back over it. So a document imported and exported again comes
//! back with every property, unknown ones included, in its own shapes (an `author` that
//! was a list stays a list).

use serde_json::{Map, Value, json};

use crate::claims::review::ReviewEntry;
use crate::claims::{ClaimEntry, QuoteSelector};
use crate::error::{Error, Result};
use crate::interchange::json::{
    ITEMS, merge, object_json, parse_json, slug_ids, take_number, take_string, with_object,
    write_pretty_with_items,
};

/// The claimant written for a claim whose author is not named (and left out on export).
pub const NOT_NAMED: &str = "(not named)";

/// Which form a ClaimReview document takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// schema.org JSON-LD: `{"@type": "ClaimReview", ...}`, a list of them, or a `@graph`.
    JsonLd,
    /// The Google Fact Check Tools API's `claims:search` response: `{"claims": [...]}`.
    FactCheckApi,
}

/// What an export fills in for a claim with a verdict but no review of its own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Defaults {
    /// The fact-checker: the article's outlet (a review's `author` when the article names
    /// no writer; its `publisher` otherwise; the API's `publisher`).
    pub publisher: Option<String>,
    /// The person who checked: the article's byline, the review's `author` (a `Person`)
    /// when given.
    pub reviewer: Option<String>,
    /// The review's address: the article's.
    pub url: Option<String>,
    pub date: Option<String>,
}

/// Reads ClaimReview JSON-LD (or a web page carrying it) or a Fact Check Tools API
/// response into claims, with the shape found.
///
/// # Errors
/// [`Error::At`] in the file `name`, with a hint: for text starting with `<` (a page),
/// "this page carries no JSON-LD" when no `application/ld+json` block in it is valid
/// JSON; otherwise those of [`parse_json`] when the text is not JSON; then (at the file's
/// start) "no ClaimReview found" when nothing in it is a ClaimReview or an API response,
/// and "ClaimReview N has no claimReviewed" for the first review without the claim's
/// text.
pub fn import(name: &str, text: &str) -> Result<(Vec<ClaimEntry>, Shape)> {
    let values = if text.trim_start().starts_with('<') {
        json_ld_in_page(name, text)?
    } else {
        vec![parse_json(name, text)?]
    };
    if let [Value::Object(root)] = values.as_slice()
        && root.get("claims").is_some_and(Value::is_array)
    {
        let claims = from_api(root.get("claims").cloned().unwrap_or_default());
        return Ok((slug_ids(claims), Shape::FactCheckApi));
    }
    let reviews: Vec<Map<String, Value>> = values.into_iter().flat_map(claim_reviews).collect();
    if reviews.is_empty() {
        return Err(Error::at(name, text, 0, "no ClaimReview found").with_hint(
            "give ClaimReview JSON-LD (an object with \"@type\": \"ClaimReview\", a list, or a @graph), a page that carries it, or a Fact Check Tools API response",
        ));
    }
    let mut claims: Vec<ClaimEntry> = Vec::new();
    for (index, review) in reviews.into_iter().enumerate() {
        let claim = from_json_ld(review).ok_or_else(|| {
            Error::at(
                name,
                text,
                0,
                format!("ClaimReview {} has no claimReviewed", index + 1),
            )
            .with_hint("every ClaimReview needs the text of the claim it reviews")
        })?;
        // Reviews of the same claim, one after another, make one claim with several reviews.
        match claims.last_mut() {
            Some(last) if same_claim(last, &claim) => last.reviews.extend(claim.reviews),
            _ => claims.push(claim),
        }
    }
    Ok((slug_ids(claims), Shape::JsonLd))
}

fn same_claim(a: &ClaimEntry, b: &ClaimEntry) -> bool {
    (
        &a.summary,
        &a.claimant,
        &a.role,
        &a.date,
        &a.appearances,
        &a.extra,
    ) == (
        &b.summary,
        &b.claimant,
        &b.role,
        &b.date,
        &b.appearances,
        &b.extra,
    )
}

/// The JSON-LD blocks of a web page.
fn json_ld_in_page(name: &str, html: &str) -> Result<Vec<Value>> {
    let document = dom_query::Document::from(html);
    let scripts = document.select(r#"script[type="application/ld+json"]"#);
    let mut values = Vec::new();
    for script in scripts.iter() {
        let text = script.text();
        // A block that is not JSON is the page's problem, not a ClaimReview: skip it.
        if let Ok(value) = serde_json::from_str::<Value>(&text) {
            values.push(value);
        }
    }
    if values.is_empty() {
        return Err(Error::at(name, html, 0, "this page carries no JSON-LD")
            .with_hint("fact-check pages publish ClaimReview in a <script type=\"application/ld+json\"> block"));
    }
    Ok(values)
}

/// Every ClaimReview object in a JSON-LD value: itself, the items of a list, or of a `@graph`.
fn claim_reviews(value: Value) -> Vec<Map<String, Value>> {
    match value {
        Value::Array(items) => items.into_iter().flat_map(claim_reviews).collect(),
        Value::Object(mut object) => {
            if is_claim_review(&object) {
                return vec![object];
            }
            match object.remove("@graph") {
                Some(graph) => claim_reviews(graph),
                None => Vec::new(),
            }
        }
        _ => Vec::new(),
    }
}

fn is_claim_review(object: &Map<String, Value>) -> bool {
    match object.get("@type") {
        Some(Value::String(t)) => t == "ClaimReview",
        Some(Value::Array(types)) => types.iter().any(|t| t == "ClaimReview"),
        _ => false,
    }
}

/// One ClaimReview as a claim holding that one review; `None` without `claimReviewed`.
fn from_json_ld(mut review: Map<String, Value>) -> Option<ClaimEntry> {
    let claim_reviewed = take_string(&mut review, "claimReviewed")?;
    let mut entry = ReviewEntry {
        url: take_string(&mut review, "url"),
        date: take_string(&mut review, "datePublished"),
        ..ReviewEntry::default()
    };
    with_object(&mut review, "author", |author| {
        entry.publisher = take_string(author, "name");
        entry.publisher_url = take_string(author, "url");
    });
    with_object(&mut review, "reviewRating", |rating| {
        entry.rating = take_string(rating, "alternateName");
        entry.rating_value = take_number(rating, "ratingValue");
        entry.best_rating = take_number(rating, "bestRating");
        entry.worst_rating = take_number(rating, "worstRating");
    });
    let mut claim = ClaimEntry {
        claimant: NOT_NAMED.into(),
        summary: claim_reviewed.clone().into(),
        selector: QuoteSelector {
            exact: claim_reviewed.into(),
            ..QuoteSelector::default()
        },
        ..ClaimEntry::default()
    };
    if let Some(Value::Object(mut item)) = review.remove("itemReviewed") {
        with_object(&mut item, "author", |author| {
            if let Some(name) = take_string(author, "name") {
                claim.claimant = name.into();
            }
            claim.role = take_string(author, "jobTitle").map(Into::into);
        });
        // The words as the article has them, when the export wrote them beside the
        // summary (a Claim is a CreativeWork: its `text` is its textual content).
        if let Some(quote) = take_string(&mut item, "text") {
            claim.selector.exact = quote.into();
        }
        claim.date = take_string(&mut item, "datePublished").map(Into::into);
        claim.appearances = take_appearances(&mut item);
        // Kept even when nothing is left of it, to say there was an itemReviewed.
        claim.extra = Some(Value::Object(item).to_string());
    }
    entry.extra = object_json(review);
    claim.reviews.push(entry);
    Some(claim)
}

/// The addresses of `appearance` objects (one or a list); the objects stay, without them.
fn take_appearances(item: &mut Map<String, Value>) -> Vec<String> {
    let mut urls = Vec::new();
    match item.get_mut("appearance") {
        Some(Value::Object(one)) => urls.extend(take_string(one, "url")),
        Some(Value::Array(many)) => {
            for appearance in many {
                if let Value::Object(one) = appearance {
                    urls.extend(take_string(one, "url"));
                }
            }
        }
        _ => {}
    }
    urls
}

/// The claims of a Fact Check Tools API response.
fn from_api(claims: Value) -> Vec<ClaimEntry> {
    let Value::Array(claims) = claims else {
        return Vec::new();
    };
    claims
        .into_iter()
        .filter_map(|claim| match claim {
            Value::Object(mut claim) => {
                let text = take_string(&mut claim, "text").unwrap_or_default();
                let mut entry = ClaimEntry {
                    claimant: take_string(&mut claim, "claimant")
                        .map_or_else(|| NOT_NAMED.into(), Into::into),
                    date: take_string(&mut claim, "claimDate").map(Into::into),
                    summary: text.clone().into(),
                    selector: QuoteSelector {
                        exact: text.into(),
                        ..QuoteSelector::default()
                    },
                    ..ClaimEntry::default()
                };
                if let Some(Value::Array(reviews)) = claim.remove("claimReview") {
                    entry.reviews = reviews.into_iter().map(api_review).collect();
                }
                entry.extra = object_json(claim);
                Some(entry)
            }
            _ => None,
        })
        .filter(|entry| !entry.summary.trim().is_empty())
        .collect()
}

fn api_review(review: Value) -> ReviewEntry {
    let Value::Object(mut review) = review else {
        return ReviewEntry::default();
    };
    let mut entry = ReviewEntry {
        url: take_string(&mut review, "url"),
        title: take_string(&mut review, "title"),
        date: take_string(&mut review, "reviewDate"),
        rating: take_string(&mut review, "textualRating"),
        language: take_string(&mut review, "languageCode"),
        ..ReviewEntry::default()
    };
    with_object(&mut review, "publisher", |publisher| {
        entry.publisher = take_string(publisher, "name");
        entry.publisher_url = take_string(publisher, "site");
    });
    entry.extra = object_json(review);
    entry
}

/// The claims as ClaimReview JSON-LD: one ClaimReview per review, and one for each claim
/// with a verdict but no review (by `defaults`' publisher). Claims with neither are left
/// out: there is no review to publish.
///
/// # Errors
/// Those of writing to `out`.
pub fn write_json_ld<W: std::io::Write + ?Sized>(
    out: &mut W,
    claims: &[ClaimEntry],
    defaults: &Defaults,
) -> std::io::Result<usize> {
    write_pretty_with_items(out, &json!(ITEMS), json_ld_items(claims, defaults))
}

/// The ClaimReviews of [`write_json_ld`], made one at a time.
fn json_ld_items<'a>(
    claims: &'a [ClaimEntry],
    defaults: &'a Defaults,
) -> impl Iterator<Item = Value> + 'a {
    claims.iter().flat_map(move |claim| {
        let made_here = claim.reviews.is_empty();
        reviews_of(claim, defaults).into_iter().map(move |review| {
            let mut value = json_ld_review(claim, &review);
            if made_here {
                by_the_reviewer(&mut value, defaults);
            }
            value
        })
    })
}

/// A review made here from a claim's verdict, as schema.org's ClaimReview and Google's
/// fact-check markup guidance have it: its `author` is who reviewed the claim (a `Person`,
/// the article's byline, when the front matter names one, with the outlet as the
/// `publisher`; else the outlet, an `Organization`), and its `url` the article's address.
fn by_the_reviewer(review: &mut Value, defaults: &Defaults) {
    let (Some(object), Some(person)) = (review.as_object_mut(), &defaults.reviewer) else {
        return;
    };
    object.insert("author".into(), json!({"@type": "Person", "name": person}));
    if let Some(outlet) = &defaults.publisher {
        object.insert(
            "publisher".into(),
            json!({"@type": "Organization", "name": outlet}),
        );
    }
}

/// The whole list of [`write_json_ld`] at once, as the export made it before it was
/// streamed: what the writer is held to, byte for byte.
#[cfg(test)]
pub fn export_json_ld(claims: &[ClaimEntry], defaults: &Defaults) -> Value {
    Value::Array(json_ld_items(claims, defaults).collect())
}

/// One ClaimReview: `review` of `claim`.
fn json_ld_review(claim: &ClaimEntry, review: &ReviewEntry) -> Value {
    // Types are written for reviews made here; an imported one keeps its own.
    let typed = review.extra.is_none();
    let mut rating = Map::new();
    if typed {
        rating.insert("@type".into(), json!("Rating"));
    }
    set(&mut rating, "alternateName", review.rating.as_deref());
    for (key, number) in [
        ("ratingValue", &review.rating_value),
        ("bestRating", &review.best_rating),
        ("worstRating", &review.worst_rating),
    ] {
        if let Some(number) = number {
            rating.insert(key.into(), number.to_json());
        }
    }
    let mut object = Map::new();
    if typed {
        object.insert("@context".into(), json!("https://schema.org"));
        object.insert("@type".into(), json!("ClaimReview"));
    }
    set(&mut object, "url", review.url.as_deref());
    set(&mut object, "datePublished", review.date.as_deref());
    object.insert("claimReviewed".into(), json!(claim.summary));
    if review.publisher.is_some() || review.publisher_url.is_some() {
        let mut author = Map::new();
        if typed {
            author.insert("@type".into(), json!("Organization"));
        }
        set(&mut author, "name", review.publisher.as_deref());
        set(&mut author, "url", review.publisher_url.as_deref());
        object.insert("author".into(), Value::Object(author));
    }
    if !rating.is_empty() {
        object.insert("reviewRating".into(), Value::Object(rating));
    }
    // A drafted claim exported with `--drafts`: schema.org's own status for a work not
    // yet published.
    if claim.draft.is_some() {
        object.insert("creativeWorkStatus".into(), json!("Draft"));
    }
    // A claim imported without an itemReviewed (no author, nothing kept) has none.
    if claim.extra.is_some() || claim.claimant != NOT_NAMED || claim.selector.exact != claim.summary
    {
        let extra = parse_extra(claim.extra.as_deref());
        object.insert("itemReviewed".into(), item_reviewed(claim, extra));
    }
    merge(
        Value::Object(object),
        Value::Object(parse_extra(review.extra.as_deref())),
    )
}

/// The claim under review, its fields laid over what the import kept of it.
fn item_reviewed(claim: &ClaimEntry, extra: Map<String, Value>) -> Value {
    let typed = claim.extra.is_none();
    let mut item = Map::new();
    if typed {
        item.insert("@type".into(), json!("Claim"));
    }
    if claim.claimant != NOT_NAMED || claim.role.is_some() {
        let mut author = Map::new();
        if typed {
            author.insert("@type".into(), json!("Person"));
        }
        if claim.claimant != NOT_NAMED {
            author.insert("name".into(), json!(claim.claimant));
        }
        set(&mut author, "jobTitle", claim.role.as_deref());
        item.insert("author".into(), Value::Object(author));
    }
    // The quote, when it is not the summary already given as `claimReviewed`: an import
    // then places the claim on the article's own words again.
    if claim.selector.exact != claim.summary {
        item.insert("text".into(), json!(claim.selector.exact));
    }
    set(&mut item, "datePublished", claim.date.as_deref());
    if !claim.appearances.is_empty() {
        let appearances = claim
            .appearances
            .iter()
            .map(|url| {
                if typed {
                    json!({"@type": "CreativeWork", "url": url})
                } else {
                    json!({ "url": url })
                }
            })
            .collect();
        item.insert("appearance".into(), Value::Array(appearances));
    }
    merge(Value::Object(item), Value::Object(extra))
}

/// The claims as a Fact Check Tools API response (`{"claims": [...]}`), written to `out`
/// pretty-printed a claim at a time. Returns how many claims were written.
///
/// # Errors
/// Those of writing to `out`.
pub fn write_api<W: std::io::Write + ?Sized>(
    out: &mut W,
    claims: &[ClaimEntry],
    defaults: &Defaults,
) -> std::io::Result<usize> {
    let items = claims.iter().map(|claim| api_claim(claim, defaults));
    write_pretty_with_items(out, &json!({ "claims": ITEMS }), items)
}

/// The whole response of [`write_api`] at once, as the export made it before it was
/// streamed: what the writer is held to, byte for byte.
#[cfg(test)]
pub fn export_api(claims: &[ClaimEntry], defaults: &Defaults) -> Value {
    let out: Vec<Value> = claims.iter().map(|c| api_claim(c, defaults)).collect();
    json!({ "claims": out })
}

/// One claim of the API's response, with its reviews.
fn api_claim(claim: &ClaimEntry, defaults: &Defaults) -> Value {
    let reviews = reviews_of(claim, defaults);
    let mut object = Map::new();
    object.insert("text".into(), json!(claim.summary));
    if claim.claimant != NOT_NAMED {
        object.insert("claimant".into(), json!(claim.claimant));
    }
    set(&mut object, "claimDate", claim.date.as_deref());
    // The API's form has no status: a drafted claim exported with `--drafts` says so as
    // the claims file does.
    if let Some(mark) = claim.draft {
        object.insert("draft".into(), json!(true));
        object.insert(
            "confidence".into(),
            json!(f64::from(mark.confidence) / 100.0),
        );
    }
    let reviews: Vec<Value> = reviews
        .iter()
        .map(|review| {
            let mut r = Map::new();
            if review.publisher.is_some() || review.publisher_url.is_some() {
                let mut publisher = Map::new();
                set(&mut publisher, "name", review.publisher.as_deref());
                set(&mut publisher, "site", review.publisher_url.as_deref());
                r.insert("publisher".into(), Value::Object(publisher));
            }
            set(&mut r, "url", review.url.as_deref());
            set(&mut r, "title", review.title.as_deref());
            set(&mut r, "reviewDate", review.date.as_deref());
            set(&mut r, "textualRating", review.rating.as_deref());
            set(&mut r, "languageCode", review.language.as_deref());
            merge(
                Value::Object(r),
                Value::Object(parse_extra(review.extra.as_deref())),
            )
        })
        .collect();
    object.insert("claimReview".into(), Value::Array(reviews));
    let extra = parse_extra(claim.extra.as_deref());
    merge(Value::Object(object), Value::Object(extra))
}

/// A claim's reviews, or for a claim with a verdict and no reviews, one made from the
/// verdict and `defaults`.
fn reviews_of(claim: &ClaimEntry, defaults: &Defaults) -> Vec<ReviewEntry> {
    if !claim.reviews.is_empty() {
        return claim.reviews.clone();
    }
    match &claim.verdict {
        Some(verdict) => vec![ReviewEntry {
            publisher: defaults.publisher.clone(),
            url: defaults.url.clone(),
            date: defaults.date.clone(),
            rating: Some(verdict.to_string()),
            ..ReviewEntry::default()
        }],
        None => Vec::new(),
    }
}

fn parse_extra(extra: Option<&str>) -> Map<String, Value> {
    match extra.map(serde_json::from_str::<Value>) {
        Some(Ok(Value::Object(object))) => object,
        _ => Map::new(),
    }
}

fn set(object: &mut Map<String, Value>, key: &str, text: Option<&str>) {
    if let Some(text) = text {
        object.insert(key.into(), json!(text));
    }
}
