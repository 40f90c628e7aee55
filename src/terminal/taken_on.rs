//! The files the reader makes and goes on from: the bundled sample copied into the current directory (or an earlier session's copy opened as it is), and a fetched page saved as a file with its claims file; each read, then the writer and the watch moved to it.

use crate::document::source::Sources;
use crate::reader::action::Action;
use crate::reader::model::editing::{SAMPLE_COPY, sample_copy_refusal};

use super::Watch;
use super::store::Store;

/// The loop's hold on the files it reads and writes, which a file taken on replaces: the
/// files the document comes from, the writer of its claims file and the watch on both.
pub(super) struct Outside<'a> {
    pub sources: &'a mut Sources,
    pub store: &'a mut Store,
    pub watch: &'a mut Watch,
}

/// Copies the bundled sample's article and claims file into the current directory (never
/// over existing files) and reopens the copy, to edit it; when both files are already
/// there (an earlier session's copy), opens them as they are. One of them alone is said
/// and nothing changes.
pub(super) fn copy_sample(outside: &mut Outside) -> Action {
    let (article, claims) = SAMPLE_COPY;
    let here = |name: &str| std::path::Path::new(name).exists();
    // An earlier session's copy is opened as it is, edits and all; one of its files
    // alone is said, and nothing is copied.
    let existed = here(article);
    if let Some(why) = sample_copy_refusal(existed, here(claims)) {
        return Action::Notify(why);
    }
    if !existed {
        let written = crate::output::write_new(
            Some(std::path::Path::new(article)),
            crate::document::source::SAMPLE_ARTICLE,
        )
        .and_then(|_| {
            crate::output::write_new(
                Some(std::path::Path::new(claims)),
                crate::document::source::SAMPLE_CLAIMS,
            )
        });
        if let Err(why) = written {
            return Action::Notify(format!("could not copy the sample: {why}"));
        }
    }
    let copy = Sources {
        article: Some(article.into()),
        claims: Some(claims.into()),
        ..Sources::default()
    };
    // Read before it is taken on: a copy that cannot be read leaves the sample open.
    let loaded = match copy.load() {
        Ok(loaded) => loaded,
        Err(e) => return Action::Notify(format!("could not open the copy: {e}")),
    };
    *outside.sources = copy;
    *outside.store = Store::new(outside.sources, outside.store.policy());
    *outside.watch = Watch::new(outside.sources);
    Action::CopiedSample {
        doc: Box::new(loaded.doc),
        target: super::store::target(outside.sources),
        existed,
    }
}

/// Saves the fetched page as `file` (over a file there only with `replace`), makes its
/// claims file beside it when there is none, and goes on from the saved page; the address
/// stays the page's name and resume key.
pub(super) fn save_page(
    outside: &mut Outside,
    file: &str,
    replace: bool,
    then: crate::reader::model::save_as::Then,
) -> Action {
    let Some(page) = outside.sources.page.clone() else {
        return Action::Notify("only a fetched page is saved this way".into());
    };
    let path = std::path::Path::new(file);
    if path.is_dir() {
        return Action::Notify(format!("not saved: {file} is a folder"));
    }
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty())
        && !folder.is_dir()
    {
        return Action::Notify(format!(
            "not saved: there is no folder {}",
            folder.display()
        ));
    }
    if path.exists() && !replace {
        return Action::PageFileTaken {
            file: file.to_string(),
            then,
        };
    }
    if let Err(why) = crate::output::write_bytes_atomically(path, &page.bytes) {
        return Action::Notify(format!("could not save the page: {why}"));
    }
    if let Err(why) = crate::document::source::start_claims_file(path, &page.url) {
        return Action::Notify(format!(
            "saved the page as {file}, but could not make its claims file: {why}"
        ));
    }
    outside.sources.article = Some(path.to_path_buf());
    *outside.store = Store::new(outside.sources, outside.store.policy());
    *outside.watch = Watch::new(outside.sources);
    match outside.sources.load() {
        Ok(loaded) => Action::PageSaved {
            doc: Box::new(loaded.doc),
            target: super::store::target(outside.sources),
            file: file.to_string(),
            then,
        },
        Err(e) => Action::Notify(format!(
            "saved the page as {file}, but could not open it: {e}"
        )),
    }
}
