//! Invisible characters in running text: soft hyphens (U+00AD) and zero-width spaces
//! (U+200B) are where lines may break, never printed; inside a quoted stretch a zero-width
//! space is reported and a quote shows it marked.

use crate::common;

use common::{buffer_lines, drawn, reader};
use counterpoint::article::Article;
use counterpoint::claims::parse_text;
use counterpoint::document::Document;
use counterpoint::{Action, update};

const SHY: char = '\u{ad}';
const ZWSP: char = '\u{200b}';

fn doc(name: &str, text: &str, claims: &str) -> Document {
    let article = Article::parse(name, text.as_bytes()).unwrap();
    let claims = parse_text("x.claims.toml", claims).unwrap();
    Document::new(article, claims)
}

/// The body of plain output: the lines after the title, trimmed.
fn plain(doc: &Document, width: usize) -> Vec<String> {
    counterpoint::document::plain::render(doc, width)
        .lines()
        .map(|l| l.trim_end().to_string())
        .collect()
}

const SOFT_MD: &str =
    "# Soft\n\nSee the Acknow&shy;ledge&shy;ments and the Inter&shy;nationali&shy;sation notes.\n";
const SOFT_HTML: &str = "<html><head><title>Soft</title></head><body><article><p>See the \
Acknow&shy;ledge&shy;ments and the Inter&shy;nationali&shy;sation notes.</p></article></body></html>";

/// The case: plain output printed the soft hyphens and never broke there.
#[test]
fn plain_output_breaks_long_words_at_soft_hyphens_and_never_prints_them() {
    for (name, text) in [("soft.md", SOFT_MD), ("soft.html", SOFT_HTML)] {
        let doc = doc(name, text, "");
        assert!(
            doc.article.body.contains(SHY),
            "{name}: the body keeps them"
        );
        let narrow = plain(&doc, 20);
        let all = narrow.join("\n");
        assert!(!all.contains(SHY), "{name}: {all}");
        assert!(
            narrow.contains(&"See the Acknowledge-".to_string()),
            "{name}: {all}"
        );
        assert!(
            narrow.iter().any(|l| l.starts_with("ments and the")),
            "{name}: {all}"
        );
        assert!(
            narrow.iter().all(|l| l.chars().count() <= 20),
            "{name}: {all}"
        );
        // Wide enough, the words are whole and no hyphen shows.
        let wide = plain(&doc, 100).join("\n");
        assert!(
            wide.contains("the Acknowledgements and the Internationalisation notes."),
            "{name}: {wide}"
        );
        assert!(!wide.contains(SHY) && !wide.contains('-'), "{name}: {wide}");
    }
}

#[test]
fn the_reader_shows_a_hyphen_where_a_line_breaks_at_a_soft_hyphen() {
    let state = reader(doc("soft.md", SOFT_MD, ""), 30, 12);
    let buffer = drawn(&state);
    assert!(buffer.content.iter().all(|c| !c.symbol().contains(SHY)));
    let text = buffer_lines(&buffer).join("\n");
    assert!(
        text.contains("Acknowledge-") || text.contains("Acknow-"),
        "{text}"
    );
    assert!(
        text.contains("Internationali-") || text.contains("Inter-"),
        "{text}"
    );
    let wide = reader(doc("soft.md", SOFT_MD, ""), 120, 12);
    let text = buffer_lines(&drawn(&wide)).join("\n");
    assert!(
        text.contains("Acknowledgements and the Internationalisation"),
        "{text}"
    );
}

const KOREAN: &str = "# 뉴스\n\n서울시는\u{200b}오늘\u{200b}새로운\u{200b}교통\u{200b}정책을\u{200b}발표했다\u{200b}이번\u{200b}정책은\u{200b}내년부터\u{200b}시행된다\n\n\
日本語の\u{200b}文章は\u{200b}ここで\u{200b}改行できる\u{200b}はずです\n";

/// The case: Korean and Japanese pages printed dozens of `⟨ZWSP⟩` marks.
#[test]
fn zero_width_spaces_in_running_text_are_breaks_not_marks() {
    let doc = doc("news.md", KOREAN, "");
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    let lines = plain(&doc, 20);
    let all = lines.join("\n");
    assert!(!all.contains("⟨ZWSP⟩") && !all.contains(ZWSP), "{all}");
    // Broken at the zero-width spaces, never inside a word.
    let words: Vec<&str> = KOREAN
        .split(['\n', ZWSP])
        .filter(|w| !w.is_empty() && !w.starts_with('#'))
        .collect();
    for line in lines.iter().filter(|l| !l.is_empty() && *l != "뉴스") {
        assert!(counterpoint::layout::display_width(line) <= 20, "{line}");
        let mut rest = line.as_str();
        while !rest.is_empty() {
            let word = words
                .iter()
                .find(|w| rest.starts_with(**w))
                .unwrap_or_else(|| panic!("{line:?} cut inside a word at {rest:?}"));
            rest = &rest[word.len()..];
        }
    }
    let state = reader(doc, 40, 16);
    let text = buffer_lines(&drawn(&state)).join("\n");
    assert!(!text.contains("⟨ZWSP⟩") && !text.contains(ZWSP), "{text}");
    assert!(text.contains("서울시는오늘새로운"), "{text}");
}

/// Inside a stretch a claim quotes, a zero-width space could hide something: the reader
/// says where, and the quote shows it marked. A quote copied with it, or typed without
/// it, anchors exactly.
#[test]
fn a_quoted_stretch_holding_a_zero_width_space_is_reported_and_its_quote_marked() {
    let text = "# Q\n\nThe minister said Iran\u{200b}is ready to talk.\n";
    for quote in ["Iran\u{200b}is ready", "Iranis ready"] {
        let claims = format!("[[claim]]\nclaimant = \"Minister\"\nquote = \"{quote}\"\n");
        let doc = doc("q.md", text, &claims);
        let claim = &doc.claims[0];
        assert!(
            claim.anchoring.range.is_some(),
            "{quote:?}: {:?}",
            claim.anchoring
        );
        assert_eq!(
            doc.warnings.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["claim 1 \"minister-iranis-ready\": the text it quotes holds an invisible character ⟨ZWSP⟩ at q.md:3:23"
                .to_string()
                .replace("minister-iranis-ready", &claim.entry.id)],
        );
        let state = reader(doc.clone(), 100, 20);
        let mut state = state;
        update(&mut state, Action::NextClaim);
        let screen = buffer_lines(&drawn(&state)).join("\n");
        if quote.contains(ZWSP) {
            assert!(screen.contains("“Iran⟨ZWSP⟩is ready”"), "{screen}");
            assert!(plain(&doc, 80).join("\n").contains("“Iran⟨ZWSP⟩is ready”"));
        }
        assert!(
            screen.contains("The minister said Iranis ready"),
            "{screen}"
        );
    }
}

/// Claims-file strings other than quotes keep their marks.
#[test]
fn claims_file_strings_keep_their_marks() {
    let claims =
        "[[claim]]\nclaimant = \"Mal\u{200b}lory\"\nsummary = \"a\u{2060}b\"\nquote = \"ready\"\n";
    let doc = doc("q.md", "# Q\n\nReady, ready.\n", claims);
    assert_eq!(doc.claims[0].entry.claimant, "Mal⟨ZWSP⟩lory");
    assert_eq!(doc.claims[0].entry.summary, "a⟨WJ⟩b");
}
