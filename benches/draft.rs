//! Benchmarks of drafting claims from a generated article: the article read into
//! paragraphs, drafted (`extract_article`) and made into claims file entries
//! (`entries`, each anchored by its words and their context), at several sizes, so that
//! its cost can be seen to grow with the document and no faster.
//!
//! `cargo bench --bench draft` drafts articles of 1, 4 and 20 MB; set
//! COUNTERPOINT_BENCH_MB to draft one size only (CI runs 1 MB so it never rots).

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
