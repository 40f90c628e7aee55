//! Markdown articles rendered with pulldown-cmark: headings, emphasis, quotes, lists, links and code become the reader's blocks and styles.

use pulldown_cmark::{Alignment, Event, Options, Parser, Tag, TagEnd};

use crate::article::ParagraphKind;
use crate::article::rich::{Align, InlineStyle, Rich, RichBuilder, Script, script_form};
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
///
/// Raw HTML is read, not dropped: an HTML block is rendered as a web page's HTML is
/// ([`crate::article::html::render_into`]), and inline tags that change what the words say
/// are kept (`<br>` a line break, `<sup>`/`<sub>` raised or marked, `<q>` in quotation
/// marks, emphasis, struck text and links styled).
pub fn render(text: &str, first_line: usize) -> Rich {
    render_in(text, first_line, pieces(text))
}

/// [`render`], parsing `text` in `pieces` (consecutive, covering the text).
fn render_in(
    text: &str,
    first_line: usize,
    pieces: impl IntoIterator<Item = std::ops::Range<usize>>,
) -> Rich {
    let options =
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES | Options::ENABLE_TABLES;
    let mut r = Renderer {
        b: RichBuilder::with_capacity(text.len()),
        lines: LineCounter::new(text, first_line),
        html_block: None,
        script: None,
        html_links: Vec::new(),
    };
    // pulldown-cmark holds a tree of the whole text it parses (about one and a half
    // times the text): a long article is parsed a piece at a time where that cannot
    // change what it means.
    for piece in pieces {
        let at = piece.start;
        for (event, range) in Parser::new_ext(&text[piece], options).into_offset_iter() {
            r.event(event, at + range.start..at + range.end);
        }
    }
    r.flush_script();
    if let Some(html) = r.html_block.take() {
        crate::article::html::render_into(&mut r.b, &clean(&html, true));
    }
    r.b.finish()
}

/// About how many bytes of Markdown are parsed at a time.
const PIECE: usize = 1 << 20;

/// Stretches of `text` that parse, one after another, to the blocks the whole text
/// parses to: each after the first begins at a line that starts with an ASCII letter
/// after a blank line, which can only begin a paragraph outside every block before it
/// (a list item's next paragraph is indented, a quote's begins with `>`). Text that
/// could carry something across a blank line is parsed whole: a fenced code block
/// (```` ``` ````, `~~~`), raw HTML (`<`, whose blocks may hold blank lines), link
/// reference definitions (`]:`, used anywhere in the text) and footnotes (`[^`).
fn pieces(text: &str) -> Vec<std::ops::Range<usize>> {
    let whole = text.len() <= PIECE
        || ["```", "~~~", "<", "]:", "[^"]
            .iter()
            .any(|mark| text.contains(mark));
    if whole {
        return std::iter::once(0..text.len()).collect();
    }
    cut_pieces(text, PIECE)
}

/// `text` cut into stretches of at least `size` bytes, each after the first beginning
/// at a line that starts with an ASCII letter after a blank line (a character boundary).
fn cut_pieces(text: &str, size: usize) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut pieces = Vec::new();
    let mut start = 0;
    while text.len() - start > size {
        let from = start + size;
        let Some(cut) = bytes[from..]
            .windows(3)
            .position(|w| w[0] == b'\n' && w[1] == b'\n' && w[2].is_ascii_alphabetic())
            .map(|at| from + at + 2)
        else {
            break;
        };
        pieces.push(start..cut);
        start = cut;
    }
    pieces.push(start..text.len());
    pieces
}

/// A `<sup>` or `<sub>` being read: which, its text so far, and where that began in
/// the file (line, column).
type OpenScript = (Script, String, Option<(u32, u32)>);

/// The state of rendering one Markdown file.
struct Renderer<'a> {
    b: RichBuilder,
    lines: LineCounter<'a>,
    /// The pieces of the HTML block being read.
    html_block: Option<String>,
    /// An open `<sup>` or `<sub>`: its text so far, and where that began.
    script: Option<OpenScript>,
    /// For each open inline `<a>`: whether it opened a link.
    html_links: Vec<bool>,
}

impl Renderer<'_> {
    fn event(&mut self, event: Event, range: std::ops::Range<usize>) {
        if let Some((_, words, source)) = &mut self.script {
            match &event {
                Event::Text(t) | Event::Code(t) => {
                    source.get_or_insert_with(|| self.lines.place(range.start));
                    words.push_str(&clean(t, true));
                    return;
                }
                Event::InlineHtml(_) => {}
                _ => self.flush_script(),
            }
        }
        let b = &mut self.b;
        match event {
            Event::Start(Tag::HtmlBlock) => self.html_block = Some(String::new()),
            Event::End(TagEnd::HtmlBlock) => {
                let html = self.html_block.take().unwrap_or_default();
                crate::article::html::render_into(b, &clean(&html, true));
                b.end_block();
            }
            Event::Html(t) => match &mut self.html_block {
                Some(html) => html.push_str(&t),
                None => crate::article::html::render_into(b, &clean(&t, true)),
            },
            Event::InlineHtml(t) => self.inline_html(&t),
            Event::Start(tag) => start(b, tag),
            Event::End(tag) => end(b, tag),
            // Entities (`&#27;`) can spell what the cleaned source could not: clean again.
            Event::Text(t) => b.text(&clean(&t, true), Some(self.lines.place(range.start))),
            Event::Code(t) => {
                b.start_style(InlineStyle::Code);
                b.text(&clean(&t, true), Some(self.lines.place(range.start + 1)));
                b.end_style(InlineStyle::Code);
            }
            Event::SoftBreak => b.soft_break(),
            Event::HardBreak => b.hard_break(),
            Event::Rule => b.rule(),
            Event::FootnoteReference(label) => {
                b.text(&format!("[{label}]"), Some(self.lines.place(range.start)))
            }
            Event::TaskListMarker(done) => {
                b.text(if done { "☑ " } else { "☐ " }, None);
            }
            Event::InlineMath(t) | Event::DisplayMath(t) => {
                b.text(&t, Some(self.lines.place(range.start)))
            }
        }
    }

    /// Writes an open `<sup>`/`<sub>`'s text, raised or marked.
    fn flush_script(&mut self) {
        if let Some((script, words, source)) = self.script.take() {
            self.b.text(&script_form(&words, script), source);
        }
    }

    /// An inline HTML tag: the ones that change what the words say act, others are
    /// markup and go.
    fn inline_html(&mut self, html: &str) {
        let Some((closing, name, rest)) = parse_tag(html) else {
            return;
        };
        let b = &mut self.b;
        let style = match name.as_str() {
            "em" | "i" | "cite" | "dfn" | "var" => Some(InlineStyle::Emphasis),
            "strong" | "b" => Some(InlineStyle::Strong),
            "code" | "kbd" | "samp" | "tt" => Some(InlineStyle::Code),
            "s" | "del" | "strike" => Some(InlineStyle::Strike),
            _ => None,
        };
        match (name.as_str(), closing) {
            ("br", _) => b.hard_break(),
            ("sup" | "sub", false) => {
                self.flush_script();
                let script = if name == "sup" {
                    Script::Super
                } else {
                    Script::Sub
                };
                self.script = Some((script, String::new(), None));
            }
            ("sup" | "sub", true) => self.flush_script(),
            ("q", false) => b.text("“", None),
            ("q", true) => b.text("”", None),
            ("a", false) => {
                let href = attribute(rest, "href").filter(|h| {
                    !h.trim().is_empty() && !h.starts_with('#') && !h.starts_with("javascript:")
                });
                if let Some(href) = &href {
                    b.start_link(href);
                }
                self.html_links.push(href.is_some());
            }
            ("a", true) => {
                if self.html_links.pop() == Some(true) {
                    b.end_link();
                }
            }
            (_, false) => {
                if let Some(style) = style {
                    b.start_style(style);
                }
            }
            (_, true) => {
                if let Some(style) = style {
                    b.end_style(style);
                }
            }
        }
    }
}

/// An HTML tag's parts: whether it closes, its lower-case name, and the rest (its
/// attributes). `None` for a comment, a declaration or anything else.
fn parse_tag(html: &str) -> Option<(bool, String, &str)> {
    let inner = html.trim().strip_prefix('<')?;
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let end = inner
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(inner.len());
    let name = &inner[..end];
    if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    Some((closing, name.to_ascii_lowercase(), &inner[end..]))
}

/// The value of attribute `name` in a tag's attribute text, quoted or not.
fn attribute(attributes: &str, name: &str) -> Option<String> {
    let lower = attributes.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find(name) {
        let start = from + at;
        from = start + name.len();
        let before_ok = start == 0 || lower.as_bytes()[start - 1].is_ascii_whitespace();
        let rest = attributes[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let value = rest[1..].trim_start();
        return Some(match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or("").to_string(),
            _ => value
                .split(|c: char| c.is_whitespace() || c == '>' || c == '/')
                .next()
                .unwrap_or("")
                .to_string(),
        });
    }
    None
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
        Tag::Table(aligns) => b.start_table(
            aligns
                .into_iter()
                .map(|a| match a {
                    Alignment::Center => Align::Center,
                    Alignment::Right => Align::Right,
                    Alignment::Left | Alignment::None => Align::Left,
                })
                .collect(),
        ),
        Tag::TableHead => b.start_row(true),
        Tag::TableRow => b.start_row(false),
        Tag::TableCell => b.start_cell(),
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
        TagEnd::Table => b.end_table(),
        TagEnd::TableHead | TagEnd::TableRow => b.end_row(),
        TagEnd::TableCell => b.end_cell(),
        _ => {}
    }
}

#[cfg(test)]
#[path = "markdown_tests.rs"]
mod tests;
