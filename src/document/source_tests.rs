//! Tests of `document/source`: which files a load opens, and what it reports.

use super::*;

#[test]
fn only_a_large_article_opens_on_a_preview_of_whole_paragraphs() {
    let dir = std::env::temp_dir().join(format!("counterpoint-preview-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (article, claims) = crate::document::generate::generate(300_000, 300, 4);
    let path = dir.join("big.md");
    std::fs::write(&path, &article).unwrap();
    std::fs::write(dir.join("big.claims.toml"), &claims).unwrap();
    let sources = |claims: Option<PathBuf>| Sources {
        article: Some(path.clone()),
        claims,
        ..Sources::default()
    };
    let preview = sources(None)
        .preview()
        .expect("a preview of a 300 kB article");
    assert!(preview.body.len() <= PREVIEW_BYTES as usize);
    let whole = sources(None).load().unwrap().doc.article;
    assert!(
        whole.body.starts_with(&preview.body),
        "the preview is the text's beginning"
    );
    assert_eq!(
        preview.paragraphs[..],
        whole.paragraphs[..preview.paragraphs.len()],
        "and its paragraphs are whole"
    );
    assert!(sources(Some(dir.join("missing.toml"))).preview().is_none());
    let small = dir.join("small.md");
    std::fs::write(&small, "A short article.").unwrap();
    let small = Sources {
        article: Some(small),
        ..sources(None)
    };
    assert!(small.preview().is_none());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn an_article_from_standard_input_takes_claims_only_from_the_option() {
    let piped = Sources {
        article: Some(PathBuf::from("-")),
        stdin: Some(b"The minister said the bridge is safe.".as_slice().into()),
        ..Sources::default()
    };
    assert!(piped.article_is_stdin());
    assert_eq!(piped.claims_path(), None);
    assert!(piped.files().is_empty(), "nothing on disk to watch");
    assert!(piped.preview().is_none());
    // A large web page is read whole; the same text as Markdown opens on its start.
    let dir = tempfile::tempdir().unwrap();
    let text = "<p>The minister said the bridge is safe.</p>\n\n".repeat(8000);
    for name in ["big.html", "big.md"] {
        std::fs::write(dir.path().join(name), &text).unwrap();
    }
    let large = |name: &str| Sources {
        article: Some(dir.path().join(name)),
        ..Sources::default()
    };
    assert!(large("big.md").preview().is_some());
    assert!(
        large("big.html").preview().is_none(),
        "a page is read whole"
    );
    let loaded = piped.load().unwrap();
    assert_eq!(loaded.doc.article.name, STDIN_NAME);
    assert_eq!(loaded.claims_name, None);
    assert!(
        loaded
            .doc
            .warnings
            .iter()
            .any(|w| w.to_string().contains("give --claims FILE")),
        "{:?}",
        loaded.doc.warnings
    );
    let with_claims = Sources {
        claims: Some(PathBuf::from("bridge.claims.toml")),
        ..piped
    };
    assert_eq!(with_claims.files(), [PathBuf::from("bridge.claims.toml")]);
}

#[test]
fn claims_file_sits_beside_the_article() {
    assert_eq!(
        claims_path_for(Path::new("dir/story.md")),
        Path::new("dir/story.claims.toml")
    );
    assert_eq!(
        claims_path_for(Path::new("story")),
        Path::new("story.claims.toml")
    );
    assert_eq!(
        claims_path_for(Path::new("a.b.txt")),
        Path::new("a.b.claims.toml")
    );
}

#[test]
fn every_claim_and_response_of_the_sample_anchors_uniquely() {
    let loaded = load(None, None).unwrap();
    let doc = &loaded.doc;
    assert!(
        doc.claims.len() >= 9,
        "the sample has every claim the article reports"
    );
    assert_eq!(doc.warnings, Vec::new());
    for claim in &doc.claims {
        assert_eq!(
            claim.anchoring.status,
            crate::anchor::AnchorStatus::Exact { candidates: 1 },
            "claim {}",
            claim.entry.id
        );
        for response in &claim.responses {
            assert!(
                response.anchoring.range.is_some(),
                "response of {} by {}",
                claim.entry.id,
                response.entry.expert
            );
            assert!(
                response.anchoring.problem().is_none(),
                "response by {}",
                response.entry.expert
            );
        }
    }
}

#[test]
fn a_missing_article_is_a_clear_error() {
    let err = load(Some(Path::new("/nonexistent/story.md")), None).unwrap_err();
    assert_eq!(err.to_string(), "/nonexistent/story.md: no such file");
}
