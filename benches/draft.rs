//! Benchmarks of drafting claims from a generated article: the article read into
//! paragraphs, drafted (`extract_article`) and made into claims file entries
//! (`entries`, each anchored by its words and their context), at several sizes, so that
//! its cost can be seen to grow with the document and no faster.
//!
//! `cargo bench --bench draft` drafts articles of 1, 4 and 20 MB; set
//! COUNTERPOINT_BENCH_MB to draft one size only (CI runs 1 MB so it never rots).
//!
//! `polnear_dev` drafts the 84 real news articles of PolNeAR's dev split, read at run time
//! from `../shared/polnear/dev` beside the repository (the corpus is not in it); without
//! the folder it says so and measures nothing.

use counterpoint::article::Article;
use counterpoint::draft::{entries, extract_article};
use divan::Bencher;

fn main() {
    divan::main();
}

/// The sizes to draft, in megabytes: COUNTERPOINT_BENCH_MB alone when it is set.
fn sizes() -> Vec<usize> {
    match std::env::var("COUNTERPOINT_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        Some(megabytes) => vec![megabytes],
        None => vec![1, 4, 20],
    }
}

/// A generated article of `megabytes`, read as the reader reads it (1,000 claims a MB,
/// each with its responses, written into the text as quotations and reported speech).
fn article(megabytes: usize) -> Article {
    let (text, _) =
        counterpoint::document::generate::generate(megabytes << 20, 1000 * megabytes, 1);
    Article::parse("bench.md", text.as_bytes()).unwrap()
}

#[divan::bench(args = sizes(), sample_count = 3, sample_size = 1)]
fn draft(bencher: Bencher, megabytes: usize) {
    let article = article(megabytes);
    bencher.bench_local(|| {
        let extraction = extract_article(&article);
        entries(&extraction, &article.body)
    });
}

/// The articles of PolNeAR's dev split, read as `counterpoint draft` reads a `.txt`; empty
/// (with a message) when the corpus is not beside the repository.
fn polnear_dev() -> Vec<Article> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/polnear/dev");
    match counterpoint::draft::polnear::read_split(&dir) {
        Ok(articles) => articles
            .iter()
            .filter_map(|a| Article::from_text(&format!("{}.txt", a.name), &a.text).ok())
            .collect(),
        Err(_) => {
            eprintln!(
                "polnear_dev: skipped, {} is absent (the corpus is read at run time)",
                dir.display()
            );
            Vec::new()
        }
    }
}

/// Drafting the 84 real news articles of PolNeAR's dev split (about 0.4 MB), one after
/// another: the cost on text shaped like what users read.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn polnear_dev_split(bencher: Bencher) {
    let articles = polnear_dev();
    bencher.bench_local(|| {
        articles
            .iter()
            .map(|article| entries(&extract_article(article), &article.body).len())
            .sum::<usize>()
    });
}
