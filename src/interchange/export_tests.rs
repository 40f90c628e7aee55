//! The exports written an item at a time hold to the exports made whole and printed at once, byte for byte.

use proptest::prelude::*;

use super::claimreview::{self, Defaults};
use super::web_annotation;
use crate::article::Article;
use crate::claims::ClaimEntry;
use crate::document::Document;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every export of `article` and `entries`, streamed and whole, compared.
fn assert_streamed_as_whole(article: Article, entries: Vec<ClaimEntry>) {
    let defaults = Defaults {
        publisher: article.meta.outlet.clone(),
        reviewer: article.meta.byline.clone(),
        url: article.meta.url.clone(),
        date: article.meta.date.clone(),
    };
    let whole =
        serde_json::to_string_pretty(&claimreview::export_json_ld(&entries, &defaults)).unwrap();
    let mut streamed = Vec::new();
    let count = claimreview::write_json_ld(&mut streamed, &entries, &defaults).unwrap();
    assert_eq!(String::from_utf8(streamed).unwrap(), whole, "JSON-LD");
    let value: serde_json::Value = serde_json::from_str(&whole).unwrap();
    assert_eq!(count, value.as_array().unwrap().len());

    let whole =
        serde_json::to_string_pretty(&claimreview::export_api(&entries, &defaults)).unwrap();
    let mut streamed = Vec::new();
    let count = claimreview::write_api(&mut streamed, &entries, &defaults).unwrap();
    assert_eq!(String::from_utf8(streamed).unwrap(), whole, "API");
    assert_eq!(count, entries.len());

    let doc = Document::new(article, entries);
    let whole = web_annotation::export(&doc, "https://example.com/a");
    let total = whole["total"].as_u64().unwrap() as usize;
    let whole = serde_json::to_string_pretty(&whole).unwrap();
    let mut streamed = Vec::new();
    let count = web_annotation::write(&mut streamed, &doc, "https://example.com/a").unwrap();
    assert_eq!(String::from_utf8(streamed).unwrap(), whole, "annotations");
    assert_eq!(count, total);
}

#[test]
fn the_fixtures_export_the_same_streamed() {
    for name in ["bridge", "hostile"] {
        let article = Article::from_text(name, &fixture(&format!("{name}.md"))).unwrap();
        let entries =
            crate::claims::parse_text(name, &fixture(&format!("{name}.claims.toml"))).unwrap();
        assert!(!entries.is_empty(), "{name}");
        assert_streamed_as_whole(article, entries);
    }
}

#[test]
fn imported_reviews_and_what_was_kept_of_them_export_the_same_streamed() {
    let article = Article::from_text("bridge", &fixture("bridge.md")).unwrap();
    let (mut entries, _) = claimreview::import("c", &fixture("claimreview.jsonld")).unwrap();
    entries.extend(
        claimreview::import("f", &fixture("factcheck-api.json"))
            .unwrap()
            .0,
    );
    let (annotated, _) = web_annotation::import("a", &fixture("annotations.jsonld")).unwrap();
    entries.extend(annotated);
    assert!(entries.iter().any(|e| !e.reviews.is_empty()));
    assert!(entries.iter().any(|e| e.extra.is_some()));
    assert_streamed_as_whole(article, entries);
}

#[test]
fn nothing_to_export_is_an_empty_list() {
    let article = Article::from_text("empty", "Nothing is claimed here.\n").unwrap();
    assert_streamed_as_whole(article, Vec::new());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    /// Generated documents of any seed and size, some quotes unplaced and some claims
    /// without a verdict.
    #[test]
    fn generated_documents_export_the_same_streamed(
        seed in any::<u64>(),
        claims in 0usize..12,
        kb in 1usize..16,
        unplaced in any::<u16>(),
    ) {
        let (text, toml) = crate::document::generate::generate(kb * 1024, claims, seed);
        let article = Article::from_text("gen.md", &text).unwrap();
        let mut entries = crate::claims::parse_text("gen", &toml).unwrap();
        for (n, entry) in entries.iter_mut().enumerate() {
            if unplaced >> (n % 16) & 1 == 1 {
                entry.selector.exact = format!("words not in the text {n}").into();
                entry.verdict = None;
            }
        }
        assert_streamed_as_whole(article, entries);
    }
}
