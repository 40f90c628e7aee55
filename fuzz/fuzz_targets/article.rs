//! Fuzz target: decoding, front matter, paragraphs and wrapping on arbitrary bytes never
//! panic; every wrapped line is a valid range of the cleaned body.
#![no_main]

use counterpoint::article::Article;
use counterpoint::layout::Layout;
use counterpoint::text::{Decoding, decode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(decoded) = decode("fuzz.md", data, Decoding { lossy: true, force: true }) else {
        return;
    };
    let Ok(article) = Article::from_text("fuzz.md", &decoded.text) else {
        return;
    };
    assert!(!article.body.chars().any(|c| c.is_control() && c != '\n'));
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
