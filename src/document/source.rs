//! Where the article and claims come from: files named on the command line, or the bundled sample.

use std::path::{Path, PathBuf};

use crate::article::charset::decode_page;
use crate::article::{Article, Format};
use crate::claims::{self, ClaimEntry, ClaimsFile};
use crate::document::Document;
use crate::error::{Error, Result};
use crate::text::{Decoding, decode, decode_owned};
use crate::warning::Warning;

/// The bundled sample article, embedded so `counterpoint` opens it from any directory.
pub const SAMPLE_ARTICLE: &str = include_str!("../../assets/pompeo-iran-al-qaida.md");
/// The bundled sample's claims file.
pub const SAMPLE_CLAIMS: &str = include_str!("../../assets/pompeo-iran-al-qaida.claims.toml");
const SAMPLE_ARTICLE_NAME: &str = "sample:pompeo-iran-al-qaida.md";
const SAMPLE_CLAIMS_NAME: &str = "sample:pompeo-iran-al-qaida.claims.toml";

/// The article's name in messages when it comes from standard input.
pub const STDIN_NAME: &str = "standard input";

/// What to open: the article (or the sample) and the claims file (or the one beside it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sources {
    /// The article's path; `-` means standard input, whose bytes are in `stdin`.
    pub article: Option<PathBuf>,
    pub claims: Option<PathBuf>,
    pub decoding: Decoding,
    /// The article read from standard input, once (a reload reads it from here).
    pub stdin: Option<std::sync::Arc<[u8]>>,
    /// The page fetched from an address: its text is the article (named by the address).
    /// `article` is then the file it was saved to (`--save FILE`), or `None`.
    pub page: Option<std::sync::Arc<crate::fetch::Page>>,
}

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

/// Starts the claims file beside `page_file`, a page fetched from `url` and saved there:
/// one comment line naming the address, so that the saved page and its claims travel
/// together and `counterpoint page_file` opens both offline. A claims file already there
/// is kept. Returns the claims file's path and whether it was made now.
///
/// # Errors
/// Those of [`crate::output::write_bytes_atomically`] naming the claims file.
pub fn start_claims_file(page_file: &Path, url: &str) -> Result<(PathBuf, bool)> {
    let claims = claims_path_for(page_file);
    if claims.exists() {
        return Ok((claims, false));
    }
    let header = format!(
        "# Claims about {url} (saved as {}), kept by counterpoint.\n",
        page_file.display()
    );
    crate::output::write_bytes_atomically(&claims, header.as_bytes())?;
    Ok((claims, true))
}

/// Reads and decodes a file; decoding warnings are added to `warnings`. A web page
/// (by its name, or its start: [`Format::for_file`]) is decoded by its charset ([`decode_page_bytes`]); any other file is
/// UTF-8 as `how` allows.
fn read_text(path: &Path, how: Decoding, warnings: &mut Vec<Warning>) -> Result<(String, String)> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, &e))?;
    let name = path.display().to_string();
    if Format::for_file(&name, &bytes) == Format::Html {
        return Ok((name.clone(), decode_page_bytes(&name, &bytes, warnings)));
    }
    let decoded = decode_owned(&name, bytes, how)?;
    warnings.extend(decoded.warnings);
    Ok((name, decoded.text))
}

/// The format of the file at `path` ([`Format::for_file`]), reading its first bytes only
/// when the name alone does not settle it; a file that cannot be read goes by its name
/// (reading it whole reports the error).
fn file_format(path: &Path) -> Format {
    use std::io::Read;
    let name = path.to_string_lossy();
    if Format::for_name(&name) != Format::Plain {
        return Format::for_name(&name);
    }
    let mut start = Vec::with_capacity(1024);
    let _ = std::fs::File::open(path).and_then(|f| f.take(1024).read_to_end(&mut start));
    Format::for_file(&name, &start)
}

/// A web page's text, by its charset; a warning when some bytes were not valid in it.
fn decode_page_bytes(name: &str, bytes: &[u8], warnings: &mut Vec<Warning>) -> String {
    let page = decode_page(bytes, None);
    if page.replaced {
        warnings.push(Warning::Undecodable {
            file: name.into(),
            encoding: page.encoding.name().into(),
        });
    }
    page.text
}

/// The stages of loading, for telling the reader what a large document is waiting for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    ReadingArticle,
    ReadingClaims,
    Anchoring,
}

impl Stage {
    pub fn describe(self) -> &'static str {
        match self {
            Stage::ReadingArticle => "reading the article…",
            Stage::ReadingClaims => "reading the claims…",
            Stage::Anchoring => "placing the claims…",
        }
    }
}

/// Above this many bytes of article and claims, the reader shows the start of the article
/// at once and reads the rest in the background.
pub const PREVIEW_ABOVE: u64 = 128 * 1024;
/// How much of a large article the first screen is made from.
const PREVIEW_BYTES: u64 = 64 * 1024;

impl Sources {
    /// Loads the article and its claims.
    ///
    /// # Errors
    /// Those of [`Sources::load_in_stages`].
    pub fn load(&self) -> Result<Loaded> {
        self.load_in_stages(|_| {})
    }

    /// Loads the article and its claims, saying when each stage begins.
    ///
    /// # Errors
    /// Those of [`Sources::load_article`], then those of [`Sources::load_claims`]; the
    /// first stops the load (no later stage begins). An article without text, or no
    /// claims, is a warning in the document, not an error.
    pub fn load_in_stages(&self, mut stage: impl FnMut(Stage)) -> Result<Loaded> {
        let mut warnings = Vec::new();
        stage(Stage::ReadingArticle);
        let article = self.load_article(&mut warnings)?;
        if article.whole_page {
            warnings.push(Warning::WholePage {
                page: article.name.clone(),
            });
        }
        if article.paragraphs.is_empty() {
            warnings.push(Warning::NoText {
                article: article.name.clone(),
            });
        }
        stage(Stage::ReadingClaims);
        let (file, claims_name) = self.load_claims_file(&mut warnings)?;
        stage(Stage::Anchoring);
        let mut doc = Document::new(article, file.claims);
        doc.rejected = file.rejected;
        self.offer_page_claims(&mut doc);
        doc.warnings.extend(warnings);
        Ok(Loaded { doc, claims_name })
    }

    /// Shows in `doc` (the claims file's claims anchored in the article) the page's own
    /// fact-checks ([`Sources::page_claims`]) that the file does not have yet, marked as
    /// the page's, after the file's own.
    pub fn offer_page_claims(&self, doc: &mut Document) {
        let page = self.page_claims();
        if page.is_empty() {
            return;
        }
        doc.offer_page_claims(page);
    }

    /// The fact-checks the web page carries (schema.org ClaimReview JSON-LD), fetched or
    /// saved (a `.html` file); none for any other article, or a page that cannot be read
    /// again.
    pub fn page_claims(&self) -> Vec<ClaimEntry> {
        let has = |bytes: &[u8]| bytes.windows(11).any(|w| w == b"ClaimReview");
        if let Some(page) = &self.page {
            if page.kind != crate::fetch::Kind::Html || !has(&page.bytes) {
                return Vec::new();
            }
            let html = crate::fetch::page_text(page).text;
            return crate::interchange::page::claims_in(&page.url, &html);
        }
        let Some(path) = self.article.as_ref().filter(|_| !self.article_is_stdin()) else {
            return Vec::new();
        };
        if file_format(path) != Format::Html {
            return Vec::new();
        }
        match std::fs::read(path) {
            Ok(bytes) if has(&bytes) => {
                let html = decode_page(&bytes, None).text;
                crate::interchange::page::claims_in(&path.display().to_string(), &html)
            }
            _ => Vec::new(),
        }
    }

    /// The start of a large article (whole paragraphs from its first 64 KiB), to show
    /// while the rest loads; `None` when the files are small enough to load at once, or
    /// when the start does not parse on its own (then the full load reports why).
    pub fn preview(&self) -> Option<Article> {
        use std::io::Read;
        let path = self
            .article
            .as_ref()
            .filter(|_| !self.article_is_stdin() && self.page.is_none())?;
        // A web page's article is found in the whole page: its start alone could show
        // anything (a menu, a teaser), so a page is always read whole.
        if file_format(path) == Format::Html {
            return None;
        }
        let size = |p: &Path| std::fs::metadata(p).map_or(0, |m| m.len());
        let claims = self.claims.clone().unwrap_or_else(|| claims_path_for(path));
        if size(path) + size(&claims) <= PREVIEW_ABOVE || size(path) <= PREVIEW_BYTES {
            return None;
        }
        // A claims file named but missing is reported at once, not after a first screen.
        if self.claims.is_some() && !claims.exists() {
            return None;
        }
        let mut start = Vec::new();
        std::fs::File::open(path)
            .ok()?
            .take(PREVIEW_BYTES)
            .read_to_end(&mut start)
            .ok()?;
        // Whole paragraphs only, so the preview's text is the full text's beginning.
        let cut = (1..start.len()).rev().find(|&i| {
            start[i] == b'\n' && (start[i - 1] == b'\n' || start[..i].ends_with(b"\n\r"))
        })?;
        start.truncate(cut + 1);
        let name = path.display().to_string();
        let decoded = decode(&name, &start, self.decoding).ok()?;
        Article::from_text(&name, &decoded.text).ok()
    }

    /// Loads only the article (or the sample).
    ///
    /// # Errors
    /// [`Error::Io`] naming the path when the article file cannot be read (missing,
    /// unreadable, a folder); [`Error::At`] when its bytes (or standard input's, named
    /// "standard input") look binary or are not UTF-8 and `decoding` does not allow it,
    /// then those of [`Article::from_text_as`] (front matter never closed or not valid
    /// TOML). The bundled sample does not fail.
    pub fn load_article(&self, warnings: &mut Vec<Warning>) -> Result<Article> {
        if let Some(page) = &self.page {
            return page_article(page, warnings);
        }
        match &self.article {
            Some(_) if self.article_is_stdin() => {
                let bytes = self.stdin.as_deref().unwrap_or_default();
                let start = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]);
                if Format::sniff(&start) == Format::Html {
                    let text = decode_page_bytes(STDIN_NAME, bytes, warnings);
                    return Article::from_text_as(STDIN_NAME, &text, Format::Html);
                }
                let decoded = decode(STDIN_NAME, bytes, self.decoding)?;
                warnings.extend(decoded.warnings);
                let format = Format::sniff(&decoded.text);
                Article::from_text_as(STDIN_NAME, &decoded.text, format)
            }
            Some(path) => {
                let (name, text) = read_text(path, self.decoding, warnings)?;
                Article::from_text(&name, &text)
            }
            None => Article::from_text(SAMPLE_ARTICLE_NAME, SAMPLE_ARTICLE),
        }
    }

    /// Takes `fresh`, the page fetched again (for a reload), in place of the page, writing
    /// its saved copy again when it has one; nothing for an article that was not fetched.
    ///
    /// # Errors
    /// Those of writing the saved copy ([`crate::output::write_bytes_atomically`]); then
    /// nothing changes.
    pub fn take_fetched(&mut self, fresh: crate::fetch::Page) -> Result<()> {
        if self.page.is_none() {
            return Ok(());
        }
        if let Some(saved) = &self.article {
            crate::output::write_bytes_atomically(saved, &fresh.bytes)?;
        }
        self.page = Some(std::sync::Arc::new(fresh));
        Ok(())
    }

    /// Whether this is the bundled sample (no article, no claims file, no page).
    pub fn is_sample(&self) -> bool {
        self.article.is_none() && self.claims.is_none() && self.page.is_none()
    }

    /// What the article is called in messages: its path, its address, `standard input`,
    /// or the sample's name.
    pub fn article_name(&self) -> String {
        match (&self.page, &self.article) {
            (Some(page), _) => page.url.clone(),
            (None, Some(_)) if self.article_is_stdin() => STDIN_NAME.to_string(),
            (None, Some(path)) => path.display().to_string(),
            (None, None) => SAMPLE_ARTICLE_NAME.to_string(),
        }
    }

    /// Whether the article is read from standard input (named `-`).
    pub fn article_is_stdin(&self) -> bool {
        self.article.as_deref() == Some(Path::new("-"))
    }

    /// The claims file this would read: `--claims`, else the one beside the article;
    /// `None` for the bundled sample, whose claims are built in, and for an article
    /// from standard input or a fetched page not saved, which have nothing beside them
    /// (a page saved with `--save FILE` has its claims beside FILE).
    pub fn claims_path(&self) -> Option<PathBuf> {
        match (&self.claims, &self.article) {
            (Some(path), _) => Some(path.clone()),
            (None, None) if self.page.is_some() => None,
            (None, Some(_)) if self.article_is_stdin() => None,
            (None, Some(article)) => Some(claims_path_for(article)),
            (None, None) => None,
        }
    }

    /// The files behind the document, to watch for changes (a fetched page's saved copy
    /// is written by counterpoint itself, and is not watched).
    pub fn files(&self) -> Vec<PathBuf> {
        let article = self
            .article
            .clone()
            .filter(|_| !self.article_is_stdin() && self.page.is_none());
        article.into_iter().chain(self.claims_path()).collect()
    }

    /// Loads only the claims: `--claims`, else the file beside the article, else the
    /// sample's (for the sample), else none with a warning.
    ///
    /// # Errors
    /// [`Error::Io`] naming the path when the claims file cannot be read (a missing file,
    /// named or beside the article, is none: it is empty until the first edit makes it,
    /// with a warning); [`Error::Usage`] when a `--claims` file that does not exist could
    /// not be made (see [`crate::output::can_make`]). [`Error::At`] when its bytes look binary or are not
    /// UTF-8 and `decoding` does not allow it, then those of [`claims::parse_text`] (the
    /// first problem in the file, placed at its line and column). The sample's built-in
    /// claims do not fail.
    pub fn load_claims(
        &self,
        warnings: &mut Vec<Warning>,
    ) -> Result<(Vec<ClaimEntry>, Option<String>)> {
        let (file, name) = self.load_claims_file(warnings)?;
        Ok((file.claims, name))
    }

    /// [`Sources::load_claims`], with the file's `rejected` list (the remembered quotes
    /// of rejected drafts).
    ///
    /// # Errors
    /// Those of [`Sources::load_claims`].
    pub fn load_claims_file(
        &self,
        warnings: &mut Vec<Warning>,
    ) -> Result<(ClaimsFile, Option<String>)> {
        let path = match (&self.claims, &self.article) {
            // A claims file named and not yet there is an empty one, made at the first
            // edit, as the file beside an article is.
            (Some(path), _) if !path.exists() => {
                crate::output::can_make(path)?;
                let file = path.display().to_string();
                warnings.push(Warning::NewClaimsFile { file: file.clone() });
                return Ok((ClaimsFile::default(), Some(file)));
            }
            (Some(path), _) => path.clone(),
            (None, None) if self.page.is_some() => {
                warnings.push(Warning::NoClaimsFileForPage);
                return Ok((ClaimsFile::default(), None));
            }
            (None, None) => {
                return Ok((
                    claims::parse_file(SAMPLE_CLAIMS_NAME, SAMPLE_CLAIMS)?,
                    Some(SAMPLE_CLAIMS_NAME.into()),
                ));
            }
            (None, Some(_)) if self.article_is_stdin() => {
                warnings.push(Warning::NoClaimsFile { looked_for: None });
                return Ok((ClaimsFile::default(), None));
            }
            (None, Some(article)) => {
                let beside = claims_path_for(article);
                if !beside.exists() {
                    warnings.push(Warning::NoClaimsFile {
                        looked_for: Some(beside.display().to_string()),
                    });
                    return Ok((ClaimsFile::default(), None));
                }
                beside
            }
        };
        let (name, text) = read_text(&path, self.decoding, warnings)?;
        let file = claims::parse_file(&name, &text)?;
        warnings.extend(claims::dates::warnings(&name, &text));
        if file.claims.is_empty() {
            warnings.push(Warning::NoClaims { file: name.clone() });
        }
        Ok((file, Some(name)))
    }
}

/// The article in a fetched page, named by its address: a web page is extracted as a saved
/// page is; plain text and Markdown open as such files do. The page's address becomes the
/// article's `url` when the page names none.
///
/// # Errors
/// Those of [`Article::from_text_as`] (decoding by the page's charset does not fail).
fn page_article(page: &crate::fetch::Page, warnings: &mut Vec<Warning>) -> Result<Article> {
    let decoded = crate::fetch::page_text(page);
    warnings.extend(decoded.warnings);
    let format = match page.kind {
        crate::fetch::Kind::Html => crate::article::Format::Html,
        crate::fetch::Kind::Text => match crate::article::Format::sniff(&decoded.text) {
            crate::article::Format::Html => crate::article::Format::Plain,
            other => other,
        },
    };
    let mut article = Article::from_text_as(&page.url, &decoded.text, format)?;
    article
        .meta
        .url
        .get_or_insert_with(|| page.final_url.clone());
    Ok(article)
}

/// Loads `article` (or the sample) with `claims` (or the file beside the article), strictly.
///
/// # Errors
/// Those of [`Sources::load`] with strict decoding: a file that looks binary or is not
/// UTF-8 is an [`Error::At`]; a file that cannot be read is an [`Error::Io`]; a malformed
/// article or claims file is an [`Error::At`] at its place.
pub fn load(article: Option<&Path>, claims: Option<&Path>) -> Result<Loaded> {
    Sources {
        article: article.map(Path::to_path_buf),
        claims: claims.map(Path::to_path_buf),
        ..Sources::default()
    }
    .load()
}

#[cfg(test)]
mod tests {
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
}
