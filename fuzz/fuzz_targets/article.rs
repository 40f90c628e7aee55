//! Fuzz target: decoding, front matter, Markdown and HTML rendering, paragraphs and
//! wrapping on arbitrary bytes never panic (the first byte picks the format); every
//! wrapped line, style and link is a valid range of the cleaned body, and the body has
//! no control characters.
#![no_main]

use counterpoint::article::{Article, Format};
use counterpoint::layout::Layout;
use counterpoint::text::{Decoding, decode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, data)) = data.split_first() else {
        return;
    };
    let format = [Format::Plain, Format::Markdown, Format::Html][usize::from(pick % 3)];
    let Ok(decoded) = decode("fuzz", data, Decoding { lossy: true, force: true }) else {
        return;
    };
    let Ok(article) = Article::from_text_as("fuzz", &decoded.text, format) else {
        return;
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
});
