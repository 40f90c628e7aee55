//! The article: its metadata (front matter), its body text, and the paragraphs in that text.

pub(crate) mod blocks;
pub mod boilerplate;
pub mod charset;
pub(crate) mod dates;
pub mod html;
pub(crate) mod markdown;
pub mod page;
pub(crate) mod phrases;
pub mod rich;

use std::ops::Range;

use serde::Deserialize;
use unicode_segmentation::GraphemeCursor;

use crate::article::rich::{Link, Rich, SourcePoint, Styled};
use crate::error::{Error, Result};
use crate::sanitize::{clean, clean_line};
use crate::text::{decode_utf8, verbatim_string};

/// What the front matter (or the first `#` heading) says about the article.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Meta {
    pub title: Option<String>,
    pub dek: Option<String>,
    pub outlet: Option<String>,
    pub section: Option<String>,
    #[serde(deserialize_with = "verbatim_string")]
    pub date: Option<String>,
    pub url: Option<String>,
    pub byline: Option<String>,
    /// Keys other tools put in front matter (tags, draft, ...) are accepted and ignored.
    #[serde(flatten)]
    pub other: toml::Table,
}

/// How a paragraph is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParagraphKind {
    Text,
    /// A heading; the range excludes any `#` marks.
    Heading,
    /// Preformatted text: its line breaks are kept.
    Code,
    /// A horizontal rule (an empty range).
    Rule,
    /// A table: one row a line, cells set apart by ` │ ` and padded into aligned
    /// columns when narrow enough ([`crate::article::rich::Align`]).
    Table,
}

/// What stands before a paragraph's lines: block-quote bars, a list's indent, and on
/// its first line a list item's bullet or number.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lead {
    pub quote_depth: u8,
    /// Columns of indent after the quote bars (nested lists, an item's later paragraphs).
    pub indent: u16,
    /// A list item's marker with its trailing space (`"•  "`, `"12. "`), first line only.
    pub marker: Option<Box<str>>,
}

impl Lead {
    /// The columns the lead takes: the text wraps in what is left.
    pub fn width(&self) -> usize {
        usize::from(self.quote_depth) * 2
            + usize::from(self.indent)
            + self.marker.as_deref().map_or(0, crate::wrap::display_width)
    }
}

/// One block of the body, as a byte range of [`Article::body`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub range: Range<usize>,
    pub kind: ParagraphKind,
    /// This block goes on with the paragraph before it: a paragraph longer than
    /// [`BLOCK_LIMIT`] is cut into blocks at spaces, so that no one block costs much to
    /// wrap and a screen of a 50 MB one-line file is laid out in a moment.
    pub continues: bool,
    pub lead: Lead,
}

/// What an article file is written in, which decides how it is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Paragraphs at blank lines; a line starting `#` is a heading.
    Plain,
    /// CommonMark, rendered: emphasis, links, quotes, lists and code become styles and
    /// blocks, and the text is the words without their markup.
    Markdown,
    /// A saved web page: the article is extracted and rendered like Markdown.
    Html,
}

impl Format {
    /// The format a file name says: `.md`/`.markdown` Markdown, `.html`/`.htm` a web
    /// page, anything else plain text.
    pub fn for_name(name: &str) -> Format {
        let lower = name.to_ascii_lowercase();
        let extension = lower.rsplit_once('.').map_or("", |(_, e)| e);
        match extension {
            "md" | "markdown" | "mdown" | "mkd" => Format::Markdown,
            "html" | "htm" | "xhtml" => Format::Html,
            _ => Format::Plain,
        }
    }

    /// The format of a file named `name` whose bytes begin with `start` (any prefix of
    /// them, 256 bytes are enough): what the name says, except that a file the name
    /// calls plain text (`.txt`, no extension, `.html` forgotten after `--save story`)
    /// is a web page when it starts like one ([`Format::sniff`]).
    pub fn for_file(name: &str, start: &[u8]) -> Format {
        match Format::for_name(name) {
            Format::Plain => {
                let start = &start[..start.len().min(1024)];
                match Format::sniff(&String::from_utf8_lossy(start)) {
                    Format::Html => Format::Html,
                    _ => Format::Plain,
                }
            }
            format => format,
        }
    }

    /// The format of text with no name to go by (standard input): a web page if it
    /// starts like one (`<!DOCTYPE html`, `<html`, after any byte-order mark and white
    /// space), else Markdown (which reads plain prose the same).
    pub fn sniff(text: &str) -> Format {
        let text = text.trim_start_matches('\u{feff}');
        let start: String = text.trim_start().chars().take(256).collect();
        let start = start.to_ascii_lowercase();
        if start.starts_with("<!doctype html") || start.starts_with("<html") {
            Format::Html
        } else {
            Format::Markdown
        }
    }
}

/// The most bytes one paragraph block holds (a longer paragraph is cut at a space).
pub const BLOCK_LIMIT: usize = 16 * 1024;

/// A loaded article. Every place in it is a byte offset into `body`.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// The name used in messages: a path, or `sample:NAME` for the bundled article.
    pub name: String,
    pub meta: Meta,
    pub body: String,
    pub paragraphs: Vec<Paragraph>,
    /// The 1-based line of the file on which `body` starts (after any front matter).
    pub body_first_line: usize,
    /// Where each line of `body` starts, for finding lines and columns quickly (plain
    /// text, where the body is the file's text).
    line_starts: Vec<usize>,
    /// Emphasis, links and the like, by start (empty for plain text).
    pub styles: Vec<Styled>,
    /// For each style, the furthest end among it and those before it, for finding the
    /// styles over a line by binary search.
    style_reach: Vec<usize>,
    /// The links, numbered from 1 in this order.
    pub links: Vec<Link>,
    /// Where rendered text came from in the file (empty when the body is the file's text).
    source_points: Vec<SourcePoint>,
    /// Whether places in the body can be told as lines and columns of the file (not for
    /// a web page, whose text is extracted from its markup).
    pub source_lines: bool,
    /// Whether a line break inside a text paragraph is the author's (a Markdown hard
    /// break, a `<br>`), shown as a break; in a plain text file line breaks are where
    /// the author's editor wrapped, and are spaces.
    pub line_breaks: bool,
    /// Whether this is all of a web page's visible text because no article was found
    /// in it ([`html::whole_page`]).
    pub whole_page: bool,
}

impl Meta {
    /// The same metadata with every field made safe to show.
    pub(crate) fn cleaned(self) -> Meta {
        let field = |value: Option<String>| value.map(|v| clean_line(&v));
        Meta {
            title: field(self.title),
            dek: field(self.dek),
            outlet: field(self.outlet),
            section: field(self.section),
            date: field(self.date),
            url: field(self.url),
            byline: field(self.byline),
            other: self.other,
        }
    }
}

impl Article {
    /// Parses article bytes in the format `name` and their start say
    /// ([`Format::for_file`]): a web page decoded by its
    /// charset ([`charset::decode_page`]), other text as UTF-8.
    ///
    /// # Errors
    /// [`Error::At`] from [`decode_utf8`] when the bytes of a text file look binary or
    /// are not UTF-8, then those of [`Article::from_text`].
    pub fn parse(name: &str, bytes: &[u8]) -> Result<Article> {
        if Format::for_file(name, bytes) == Format::Html {
            return Article::from_text(name, &charset::decode_page(bytes, None).text);
        }
        Article::from_text(name, &decode_utf8(name, bytes)?)
    }

    /// Parses decoded article text (see [`crate::text::decode`]) in the format its name
    /// and its start say ([`Format::for_file`]).
    ///
    /// # Errors
    /// Those of [`Article::from_text_as`] for that format.
    pub fn from_text(name: &str, text: &str) -> Result<Article> {
        Article::from_text_as(name, text, Format::for_file(name, text.as_bytes()))
    }

    /// Parses decoded article text written in `format`.
    ///
    /// # Errors
    /// A web page ([`Format::Html`]) never fails ([`html::article`]).
    /// For plain text and Markdown, [`Error::At`] in the file `name` when front matter
    /// opened with `+++` is never closed (placed at its start), or when the front matter
    /// is not valid TOML or a known field (title, dek, …) has the wrong type (placed where
    /// the TOML parser says, counted in the whole file; the hint lists the fields). The
    /// body itself never fails: Markdown and plain paragraphs take any text.
    pub fn from_text_as(name: &str, text: &str, format: Format) -> Result<Article> {
        if format == Format::Html {
            return Ok(crate::article::html::article(name, text));
        }
        let (meta, body, body_first_line) = split_front_matter(name, text)?;
        let meta = meta.cleaned();
        // Cleaned in place only when something needs cleaning: the Markdown is read, not
        // kept, so a copy of a long article would only add to the peak of loading it.
        let body = clean(body, true);
        let rich = match format {
            Format::Markdown => crate::article::markdown::render(&body, body_first_line),
            _ => {
                let body = body.into_owned();
                let paragraphs = split_paragraphs(&body);
                Rich {
                    body,
                    paragraphs,
                    ..Rich::default()
                }
            }
        };
        let mut article = Article::from_rich(name, meta, rich, body_first_line);
        article.line_breaks = format == Format::Markdown;
        Ok(article)
    }

    /// An article from built text; a first heading becomes the title when there is none, and
    /// is dropped when it says what the title says (front matter `title` and `# H1` written
    /// alike: shown once), compared by [`same_heading`]. A heading that differs stays.
    pub fn from_rich(name: &str, mut meta: Meta, rich: Rich, body_first_line: usize) -> Article {
        let Rich {
            body,
            mut paragraphs,
            styles,
            links,
            source_points,
        } = rich;
        if meta.title.is_none()
            && let Some(first) = paragraphs.first()
            && first.kind == ParagraphKind::Heading
        {
            meta.title = Some(body[first.range.clone()].to_string());
            paragraphs.remove(0);
        } else if let (Some(title), Some(first)) = (&meta.title, paragraphs.first())
            && first.kind == ParagraphKind::Heading
            && same_heading(title, &body[first.range.clone()])
        {
            paragraphs.remove(0);
        }
        if paragraphs.iter().any(|p| p.range.len() > BLOCK_LIMIT) {
            paragraphs = paragraphs
                .into_iter()
                .flat_map(|p| cut_into_blocks(&body, p))
                .collect();
        }
        let line_starts = if source_points.is_empty() {
            std::iter::once(0)
                .chain(body.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        } else {
            Vec::new()
        };
        let style_reach = styles
            .iter()
            .scan(0, |furthest, s| {
                *furthest = s.range.end.max(*furthest);
                Some(*furthest)
            })
            .collect();
        Article {
            name: clean_line(name),
            meta,
            body,
            paragraphs,
            body_first_line,
            line_starts,
            styles,
            style_reach,
            links,
            source_points,
            source_lines: true,
            line_breaks: true,
            whole_page: false,
        }
    }

    /// A place in the body as a reader can find it: `file:line:column`, or for a web
    /// page `file, paragraph N`.
    pub fn place(&self, offset: usize) -> String {
        if self.source_lines {
            let (line, column) = self.line_col(offset);
            return format!("{}:{line}:{column}", self.name);
        }
        format!("{}, {}", self.name, self.paragraph_place(offset))
    }

    /// "paragraph N" (counting the article's paragraphs from 1), for the paragraph at `offset`.
    pub fn paragraph_place(&self, offset: usize) -> String {
        let index = self.paragraphs.partition_point(|p| p.range.start <= offset);
        let number = self.paragraphs[..index]
            .iter()
            .filter(|p| !p.continues)
            .count();
        format!("paragraph {}", number.max(1))
    }

    /// Whether paragraph `index` follows the one before it without a blank line: the
    /// next item of a list (lists are printed tight).
    pub fn joins_previous(&self, index: usize) -> bool {
        let in_list = |p: &Paragraph| p.lead.marker.is_some() || p.lead.indent > 0;
        self.paragraphs[index].lead.marker.is_some()
            && index > 0
            && self.paragraphs.get(index - 1).is_some_and(in_list)
    }

    /// The styles that overlap `range`, in order of start.
    pub fn styles_overlapping(&self, range: Range<usize>) -> impl Iterator<Item = &Styled> {
        let end = self.styles.partition_point(|s| s.range.start < range.end);
        let first = self.style_reach.partition_point(|&f| f <= range.start);
        self.styles[first.min(end)..end]
            .iter()
            .filter(move |s| s.range.end > range.start)
    }

    /// The 1-based line and column of a body offset, in the article file.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        if !self.source_points.is_empty() {
            let at = self.source_points.partition_point(|p| p.body <= offset);
            let Some(point) = at.checked_sub(1).map(|i| self.source_points[i]) else {
                return (self.body_first_line, 1);
            };
            let skip = self
                .body
                .get(point.body..offset)
                .map_or(0, |text| text.chars().count());
            return (point.line as usize, point.column as usize + skip);
        }
        let line = self
            .line_starts
            .partition_point(|&start| start <= offset)
            .max(1);
        let start = self.line_starts[line - 1];
        let column = self
            .body
            .get(start..offset)
            .map_or(1, |text| text.chars().count() + 1);
        (line + self.body_first_line - 1, column)
    }

    /// Where line `line` (1-based) of the article file begins in the body — for a web
    /// page, where its paragraph `line` begins; `None` past the end.
    pub fn offset_of_line(&self, line: usize) -> Option<usize> {
        if !self.source_lines {
            return self
                .paragraphs
                .iter()
                .filter(|p| !p.continues)
                .nth(line.saturating_sub(1))
                .map(|p| p.range.start);
        }
        if !self.source_points.is_empty() {
            let at = self
                .source_points
                .partition_point(|p| (p.line as usize) < line);
            return self.source_points.get(at).map(|p| p.body);
        }
        let index = line.saturating_sub(self.body_first_line);
        self.line_starts.get(index).copied()
    }

    /// The title to show: the front matter's, else the file name.
    pub fn display_title(&self) -> &str {
        match &self.meta.title {
            Some(title) => title,
            None => self.name.rsplit('/').next().unwrap_or(&self.name),
        }
    }
}

/// Whether a title and a heading say the same: equal once runs of whitespace are one space,
/// the ends trimmed and letters compared without case (`Harbour  bridge` and `harbour
/// bridge`); any other difference (a word, a mark) keeps them apart.
fn same_heading(title: &str, heading: &str) -> bool {
    let words = |t: &str| {
        t.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    words(title) == words(heading)
}

/// Separates `+++` front matter from the body; returns (meta, body, body's first line).
fn split_front_matter<'a>(name: &str, text: &'a str) -> Result<(Meta, &'a str, usize)> {
    let Some(rest) = text.strip_prefix("+++\n") else {
        return Ok((Meta::default(), text, 1));
    };
    let close = rest
        .match_indices("+++")
        .find(|(i, _)| {
            (*i == 0 || rest.as_bytes()[i - 1] == b'\n')
                && matches!(rest.as_bytes().get(i + 3), None | Some(b'\n'))
        })
        .map(|(i, _)| i);
    let Some(close) = close else {
        return Err(Error::at(
            name,
            text,
            0,
            "front matter opened with +++ is never closed",
        )
        .with_hint("end the front matter with a line holding only +++"));
    };
    let front = &rest[..close];
    let meta: Meta = toml::from_str(front).map_err(|err| {
        // Place the error in the whole file: the front matter starts after "+++\n".
        let offset = err.span().map_or(0, |s| s.start) + 4;
        Error::at(name, text, offset, err.message().trim().replace('\n', " "))
            .with_hint("front matter is TOML: title, dek, outlet, section, date, url, byline")
    })?;
    let after = (close + 3 + 1).min(rest.len());
    let body = &rest[after..];
    let body_first_line = text[..text.len() - body.len()].matches('\n').count() + 1;
    Ok((meta, body, body_first_line))
}

/// Splits a body into paragraphs at blank lines; each range is trimmed of whitespace.
pub fn split_paragraphs(body: &str) -> Vec<Paragraph> {
    let mut paragraphs = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let is_blank = line.trim().is_empty();
        if is_blank {
            if let Some(s) = start.take() {
                paragraphs.push(make_paragraph(body, s..end));
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            if start.is_none() {
                start = Some(offset + lead);
            }
            end = offset + line.trim_end().len();
        }
        offset += line.len();
    }
    if let Some(s) = start {
        paragraphs.push(make_paragraph(body, s..end));
    }
    paragraphs
}

/// Cuts a long paragraph into blocks of at most [`BLOCK_LIMIT`] bytes, each ending at
/// a space where there is one near the limit, else between graphemes.
fn cut_into_blocks(body: &str, paragraph: Paragraph) -> Vec<Paragraph> {
    let mut blocks = Vec::new();
    let mut start = paragraph.range.start;
    let end = paragraph.range.end;
    while end - start > BLOCK_LIMIT {
        let mut cut = start + BLOCK_LIMIT;
        while !body.is_char_boundary(cut) {
            cut -= 1;
        }
        let window = &body[start..cut];
        let space = window
            .rfind([' ', '\n'])
            .filter(|&at| at >= window.len() / 2);
        let (piece_end, next) = match space {
            Some(at) => {
                let space = start + at;
                let piece_end = start + body[start..space].trim_end().len();
                let next = space + (body[space..end].len() - body[space..end].trim_start().len());
                (piece_end, next)
            }
            None => {
                let mut cursor = GraphemeCursor::new(cut - start, end - start, true);
                let at = match cursor.is_boundary(&body[start..end], 0) {
                    Ok(true) => cut,
                    _ => cursor
                        .prev_boundary(&body[start..end], 0)
                        .ok()
                        .flatten()
                        .filter(|&b| b > 0)
                        .map_or(cut, |b| start + b),
                };
                (at, at)
            }
        };
        blocks.push(Paragraph {
            range: start..piece_end,
            kind: paragraph.kind,
            continues: !blocks.is_empty() || paragraph.continues,
            lead: block_lead(&paragraph.lead, blocks.is_empty()),
        });
        start = next;
    }
    blocks.push(Paragraph {
        range: start..end,
        kind: paragraph.kind,
        continues: !blocks.is_empty() || paragraph.continues,
        lead: block_lead(&paragraph.lead, blocks.is_empty()),
    });
    blocks
}

/// The lead of a block cut from a paragraph: the marker on the first block only, its
/// width as indent on the rest.
fn block_lead(lead: &Lead, first: bool) -> Lead {
    if first || lead.marker.is_none() {
        return lead.clone();
    }
    Lead {
        quote_depth: lead.quote_depth,
        indent: u16::try_from(lead.width() - usize::from(lead.quote_depth) * 2).unwrap_or(0),
        marker: None,
    }
}

fn make_paragraph(body: &str, range: Range<usize>) -> Paragraph {
    let text = &body[range.clone()];
    let hashes = text.bytes().take_while(|&b| b == b'#').count();
    let is_heading =
        (1..=6).contains(&hashes) && text[hashes..].starts_with(' ') && !text.contains('\n');
    if is_heading {
        let inner = text[hashes..].trim();
        let start = range.start + (text.len() - text[hashes..].trim_start().len());
        Paragraph {
            range: start..start + inner.len(),
            kind: ParagraphKind::Heading,
            continues: false,
            lead: Lead::default(),
        }
    } else {
        Paragraph {
            range,
            kind: ParagraphKind::Text,
            continues: false,
            lead: Lead::default(),
        }
    }
}

#[cfg(test)]
mod tests;
