//! Markdown articles rendered with pulldown-cmark: headings, emphasis, quotes, lists, links and code become the reader's blocks and styles.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::article::ParagraphKind;
use crate::rich::{InlineStyle, Rich, RichBuilder};
use crate::sanitize::clean;

/// Finds the line and column of offsets that mostly come in increasing order.
struct LineCounter<'a> {
    text: &'a str,
    first_line: usize,
    /// The last offset asked for, its line, and where that line starts.
    at: usize,
    line: usize,
    line_start: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str, first_line: usize) -> LineCounter<'a> {
        LineCounter {
            text,
            first_line,
            at: 0,
            line: 0,
            line_start: 0,
        }
    }

    /// The 1-based (line, column) of byte `offset`, the column in characters.
    fn place(&mut self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.text.len());
        if offset < self.at {
            *self = LineCounter::new(self.text, self.first_line);
        }
        for (i, b) in self.text.as_bytes()[self.at..offset].iter().enumerate() {
            if *b == b'\n' {
                self.line += 1;
                self.line_start = self.at + i + 1;
            }
        }
        self.at = offset;
        let column = self
            .text
            .get(self.line_start..offset)
            .map_or(0, |t| t.chars().count());
        let line = self.first_line + self.line;
        (
            u32::try_from(line).unwrap_or(u32::MAX),
            u32::try_from(column + 1).unwrap_or(u32::MAX),
        )
    }
}

/// Renders Markdown `text` (the body after any front matter, which starts on line
/// `first_line` of the file).
pub fn render(text: &str, first_line: usize) -> Rich {
    let options = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
    let mut lines = LineCounter::new(text, first_line);
    let mut b = RichBuilder::new();
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Start(tag) => start(&mut b, tag),
            Event::End(tag) => end(&mut b, tag),
            // Entities (`&#27;`) can spell what the cleaned source could not: clean again.
            Event::Text(t) => b.text(&clean(&t, true), Some(lines.place(range.start))),
            Event::Code(t) => {
                b.start_style(InlineStyle::Code);
                b.text(&clean(&t, true), Some(lines.place(range.start + 1)));
                b.end_style(InlineStyle::Code);
            }
            Event::SoftBreak | Event::HardBreak => b.soft_break(),
            Event::Rule => b.rule(),
            Event::FootnoteReference(label) => {
                b.text(&format!("[{label}]"), Some(lines.place(range.start)))
            }
            Event::TaskListMarker(done) => {
                b.text(if done { "☑ " } else { "☐ " }, None);
            }
            Event::InlineMath(t) | Event::DisplayMath(t) => {
                b.text(&t, Some(lines.place(range.start)))
            }
            // Raw HTML in Markdown is markup, not words.
            Event::Html(_) | Event::InlineHtml(_) => {}
        }
    }
    b.finish()
}

fn start(b: &mut RichBuilder, tag: Tag) {
    match tag {
        Tag::Paragraph => b.start_block(ParagraphKind::Text),
        Tag::Heading { .. } => b.start_block(ParagraphKind::Heading),
        Tag::BlockQuote(_) => b.enter_quote(),
        Tag::CodeBlock(_) => b.start_block(ParagraphKind::Code),
        Tag::List(first) => b.enter_list(first),
        Tag::Item => b.start_item(),
        Tag::Emphasis => b.start_style(InlineStyle::Emphasis),
        Tag::Strong => b.start_style(InlineStyle::Strong),
        Tag::Strikethrough => b.start_style(InlineStyle::Strike),
        Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => b.start_link(&dest_url),
        Tag::FootnoteDefinition(label) => {
            b.start_block(ParagraphKind::Text);
            b.text(&format!("[{label}]"), None);
        }
        _ => {}
    }
}

fn end(b: &mut RichBuilder, tag: TagEnd) {
    match tag {
        TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock => b.end_block(),
        TagEnd::BlockQuote(_) => b.leave_quote(),
        TagEnd::List(_) => b.leave_list(),
        TagEnd::Item => b.end_item(),
        TagEnd::Emphasis => b.end_style(InlineStyle::Emphasis),
        TagEnd::Strong => b.end_style(InlineStyle::Strong),
        TagEnd::Strikethrough => b.end_style(InlineStyle::Strike),
        TagEnd::Link | TagEnd::Image => b.end_link(),
        TagEnd::FootnoteDefinition => b.end_block(),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Format};

    fn article(text: &str) -> Article {
        Article::from_text_as("a.md", text, Format::Markdown).unwrap()
    }

    fn blocks(article: &Article) -> Vec<(ParagraphKind, &str)> {
        article
            .paragraphs
            .iter()
            .map(|p| (p.kind, &article.body[p.range.clone()]))
            .collect()
    }

    #[test]
    fn markup_goes_and_the_words_stay() {
        let a = article(
            "# Title\n\nSome *very* **bold**\nwords with `code` and a [link](https://example.org \"t\").\n\n## Part\n\n> Quoted\n> text.\n\n- one\n- two\n\n1. first\n\n---\n\n```\nfn main() {}\n  indented\n```\n",
        );
        assert_eq!(a.meta.title.as_deref(), Some("Title"));
        assert_eq!(
            blocks(&a),
            [
                (
                    ParagraphKind::Text,
                    "Some very bold words with code and a link."
                ),
                (ParagraphKind::Heading, "Part"),
                (ParagraphKind::Text, "Quoted text."),
                (ParagraphKind::Text, "one"),
                (ParagraphKind::Text, "two"),
                (ParagraphKind::Text, "first"),
                (ParagraphKind::Rule, ""),
                (ParagraphKind::Code, "fn main() {}\n  indented"),
            ]
        );
        assert_eq!(a.paragraphs[2].lead.quote_depth, 1);
        assert_eq!(a.paragraphs[3].lead.marker.as_deref(), Some("•  "));
        assert_eq!(a.paragraphs[5].lead.marker.as_deref(), Some("1. "));
        assert_eq!(a.links.len(), 1);
        assert_eq!(a.links[0].url, "https://example.org");
        assert_eq!(&a.body[a.links[0].range.clone()], "link");
        let styled: Vec<(&str, InlineStyle)> = a
            .styles
            .iter()
            .map(|s| (&a.body[s.range.clone()], s.style))
            .collect();
        assert_eq!(
            styled,
            [
                ("very", InlineStyle::Emphasis),
                ("bold", InlineStyle::Strong),
                ("code", InlineStyle::Code),
                ("link", InlineStyle::Link(0)),
            ]
        );
    }

    #[test]
    fn entities_cannot_smuggle_control_characters() {
        let a = article("Escape &#27;[2J here and `&#7;` there.\n");
        assert!(!a.body.contains('\u{1b}'), "{:?}", a.body);
        assert!(a.body.contains("␛[2J"), "{:?}", a.body);
    }

    #[test]
    fn places_in_the_text_are_lines_of_the_file() {
        let a = article("+++\ntitle = \"T\"\n+++\nFirst *line*\nsecond line.\n\n> A quote\n");
        let second = a.body.find("second").unwrap();
        assert_eq!(a.line_col(second), (5, 1));
        let line = a.body.find("line").unwrap();
        assert_eq!(a.line_col(line), (4, 8));
        let quote = a.body.find("quote").unwrap();
        assert_eq!(a.line_col(quote), (7, 5));
    }

    #[test]
    fn a_quote_typed_without_markup_anchors_across_emphasis() {
        let a = article("The minister said the bridge is *entirely* safe, [twice](https://x.org).");
        let anchoring = crate::anchor::anchor(
            &a.body,
            &crate::claims::QuoteSelector {
                exact: "the bridge is entirely safe, twice".into(),
                ..Default::default()
            },
        );
        let range = anchoring.range.unwrap();
        assert_eq!(&a.body[range.clone()], "the bridge is entirely safe, twice");
        // The highlight covers the emphasised word and the link.
        assert!(a.styles_overlapping(range).count() == 2);
    }
}
