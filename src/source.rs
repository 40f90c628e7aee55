//! Where the article and claims come from: files named on the command line, or the bundled sample.

use std::path::{Path, PathBuf};

use crate::article::Article;
use crate::claims;
use crate::document::Document;
use crate::error::{Error, Result};

/// The bundled sample article, embedded so `counterpoint` opens it from any directory.
pub const SAMPLE_ARTICLE: &str = include_str!("../assets/pompeo-iran-al-qaida.md");
/// The bundled sample's claims file.
pub const SAMPLE_CLAIMS: &str = include_str!("../assets/pompeo-iran-al-qaida.claims.toml");
const SAMPLE_ARTICLE_NAME: &str = "sample:pompeo-iran-al-qaida.md";
const SAMPLE_CLAIMS_NAME: &str = "sample:pompeo-iran-al-qaida.claims.toml";

/// A loaded document, with the name of the claims file it used (if any).
#[derive(Debug)]
pub struct Loaded {
    pub doc: Document,
    pub claims_name: Option<String>,
}

/// `story.md` → `story.claims.toml`, beside it.
pub fn claims_path_for(article: &Path) -> PathBuf {
    let stem = article
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    article.with_file_name(format!("{stem}.claims.toml"))
}

fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| Error::io(path, &e))
}

/// Loads `article` (or the sample) with `claims` (or the file beside the article).
pub fn load(article: Option<&Path>, claims: Option<&Path>) -> Result<Loaded> {
    let parsed_article = match article {
        Some(path) => Article::parse(&path.display().to_string(), &read(path)?)?,
        None => Article::parse(SAMPLE_ARTICLE_NAME, SAMPLE_ARTICLE.as_bytes())?,
    };
    let mut missing = None;
    let (entries, claims_name) = match (claims, article) {
        (Some(path), _) => {
            let name = path.display().to_string();
            (claims::parse(&name, &read(path)?)?, Some(name))
        }
        (None, None) => (
            claims::parse(SAMPLE_CLAIMS_NAME, SAMPLE_CLAIMS.as_bytes())?,
            Some(SAMPLE_CLAIMS_NAME.to_string()),
        ),
        (None, Some(article_path)) => {
            let beside = claims_path_for(article_path);
            if beside.exists() {
                let name = beside.display().to_string();
                (claims::parse(&name, &read(&beside)?)?, Some(name))
            } else {
                missing = Some(format!(
                    "no claims file: looked for {} (or give --claims FILE)",
                    beside.display()
                ));
                (Vec::new(), None)
            }
        }
    };
    if entries.is_empty()
        && let Some(name) = &claims_name
    {
        missing = Some(format!("{name} has no [[claim]] entries"));
    }
    let mut doc = Document::new(parsed_article, entries);
    doc.warnings.extend(missing);
    Ok(Loaded { doc, claims_name })
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(doc.warnings, Vec::<String>::new());
        for claim in &doc.claims {
            assert_eq!(
                claim.anchoring.status,
                crate::anchor::AnchorStatus::Unique,
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
}
