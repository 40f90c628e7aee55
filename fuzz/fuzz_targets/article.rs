//! Fuzz target: decoding, front matter, Markdown and HTML rendering, paragraphs and
//! wrapping on arbitrary bytes never panic (the first byte picks the format: plain,
//! Markdown, a whole web page through the article extractor, or an HTML fragment through
//! the block builder alone); every wrapped line, style and link is a valid range of the
//! cleaned body, the body has no control characters, and plain output and draft run over
//! the result. `fuzz/article.dict` gives libFuzzer the block tokens of both formats.
#![no_main]

use counterpoint::article::{Article, Format};
use counterpoint::layout::Layout;
use counterpoint::text::{Decoding, decode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, data)) = data.split_first() else {
        return;
    };
    let Ok(decoded) = decode("fuzz", data, Decoding { lossy: true, force: true }) else {
        return;
    };
    let article = if pick % 4 == 3 {
        let rich = counterpoint::article::html::render(&decoded.text);
        Article::from_rich("fuzz", Default::default(), rich, 1)
    } else {
        let format = [Format::Plain, Format::Markdown, Format::Html][usize::from(pick % 4)];
        let Ok(article) = Article::from_text_as("fuzz", &decoded.text, format) else {
            return;
        };
        article
    };
    assert!(!article.body.chars().any(|c| c.is_control() && c != '\n'));
    let body = &article.body;
    let valid = |r: &std::ops::Range<usize>| {
        r.start <= r.end && r.end <= body.len() && body.is_char_boundary(r.start) && body.is_char_boundary(r.end)
    };
    assert!(article.styles.iter().all(|s| valid(&s.range)));
    assert!(article.links.iter().all(|l| valid(&l.range)));
    assert!(article.paragraphs.iter().all(|p| valid(&p.range)));
    for p in &article.paragraphs {
        let _ = article.place(p.range.start);
    }
    for width in [3, 80] {
        let layout = Layout::new(&article, width);
        let mut last = 0;
        let Some(first) = layout.first(&article) else {
            continue;
        };
        for (_, line) in layout.lines_from(&article, first).filter(|(_, l)| l.kind.is_body()) {
            let range = line.range.clone();
            assert!(range.start >= last && range.end <= article.body.len());
            assert!(article.body.is_char_boundary(range.start) && article.body.is_char_boundary(range.end));
            last = range.end;
        }
    }
    let extraction = counterpoint::draft::extract_article(&article);
    let drafted = counterpoint::draft::entries(&extraction, &article.body);
    let doc = counterpoint::document::Document::new(article, drafted);
    let _ = counterpoint::document::plain::render(&doc, 40);
});
