//! Text folded for matching: quote styles, dashes, whitespace and compatibility forms made uniform, with a map back to the source.
//!
//! The rules, in the order they apply to each source character:
//!
//! 1. Typography: quotation marks (every one of Unicode's, `crate::quotation`: curly,
//!    low, angle, corner and fullwidth) and primes become `'` and `"`, the dashes and the minus
//!    sign `-`, `…` becomes `...`; every run of whitespace becomes one space.
//! 2. Invisible format characters fold to nothing ([`is_ignorable`]): the soft hyphen,
//!    the zero-width space, the word joiner and its invisible operators, the byte-order
//!    mark, and the bidirectional marks, embeddings and isolates. A quote typed without
//!    them anchors on text that has them, and the other way round. The zero-width
//!    joiner and non-joiner, the combining grapheme joiner and the variation selectors
//!    are kept: they change how the letters around them are drawn (an emoji family
//!    falls apart into three faces without its joiners; a Persian word changes shape
//!    without its non-joiner), so they are part of what the text says.
//! 3. Compatibility forms: any other character that Unicode's compatibility
//!    normalization (NFKC, Unicode Standard Annex #15, through the `unicode-normalization`
//!    crate) maps to something else becomes that, folded again by rule 1: the ligature
//!    `ﬃ` becomes `ffi`, the fullwidth `Ｏ` becomes `O`, the superscript `⁸⁰` and the
//!    subscript `₂` become `80` and `2`, `™` becomes `TM`. A form whose normalization
//!    holds a space (spacing accents such as `´`) is kept as it is, so that no word is
//!    split. Each character is normalized alone: a base letter and a combining accent
//!    written apart do not fold to the precomposed letter.
//! 4. Marked superscripts and subscripts (with [`FoldedText::new`], not with
//!    [`FoldedText::literal`]): a `^` or `_` directly between two characters that are
//!    not whitespace folds to nothing, and so does the `(` right after it with its
//!    matching `)`: `2^80`, `2^(80)` and `2⁸⁰` all fold to `280`, `H_2O` and `H₂O` to
//!    `H2O`. (So `snake_case` folds to `snakecase`; both sides of a match fold alike.)
//!
//! Every folded byte maps back to the source character it came from: an expansion of
//! one character into several (a ligature) maps all of them to that one character, so
//! a match that starts or ends inside it covers the whole character in the source.

use std::ops::Range;

mod chars;

use chars::{closing_paren, fold_char, marks_here};
pub use chars::{has_marked_form, is_ignorable};

/// Text folded for matching, with a map back to the source.
///
/// Most of a text folds to itself, so rather than a source offset for every folded byte
/// (four bytes of map per byte of text) the map keeps only the places where the two
/// differ: each folded character, whitespace run and dropped character is a [`Unit`],
/// and between units folded and source bytes correspond one to one.
#[derive(Debug, Clone)]
pub struct FoldedText {
    pub folded: String,
    units: Vec<Unit>,
}

/// A stretch of source that folded to something else: source bytes
/// `source..source + source_len` became folded bytes `folded..folded + folded_len`.
#[derive(Debug, Clone, Copy)]
struct Unit {
    folded: usize,
    folded_len: usize,
    source: usize,
    source_len: usize,
}

impl Unit {
    fn folded_end(&self) -> usize {
        self.folded + self.folded_len
    }

    fn source_end(&self) -> usize {
        self.source + self.source_len
    }
}

/// How a [`Unit`] is kept: as it is (32 bytes), or in half the room ([`SmallUnit`]) in the
/// map of a text short enough that its folding's offsets fit in 32 bits.
trait UnitForm: Copy {
    fn make(unit: Unit) -> Self;
    fn unit(&self) -> Unit;
    /// One more source byte for the unit.
    fn grow_source(&mut self);
}

impl UnitForm for Unit {
    fn make(unit: Unit) -> Self {
        unit
    }
    fn unit(&self) -> Unit {
        *self
    }
    fn grow_source(&mut self) {
        self.source_len += 1;
    }
}

/// A [`Unit`] in 16 bytes: offsets and lengths as `u32`, for a text under [`SMALL_TEXT`].
#[derive(Debug, Clone, Copy)]
struct SmallUnit {
    folded: u32,
    folded_len: u32,
    source: u32,
    source_len: u32,
}

/// The longest text whose fold map keeps [`SmallUnit`]s: its folding, which one character
/// can make at most 11 times as long (U+FDFA, 3 bytes, is 33 folded), stays under 4 GiB.
const SMALL_TEXT: usize = u32::MAX as usize / 11;

impl UnitForm for SmallUnit {
    fn make(unit: Unit) -> Self {
        // Every offset and length of a text under SMALL_TEXT fits (the map is made
        // of SmallUnits only for such a text).
        let narrow = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        SmallUnit {
            folded: narrow(unit.folded),
            folded_len: narrow(unit.folded_len),
            source: narrow(unit.source),
            source_len: narrow(unit.source_len),
        }
    }
    fn unit(&self) -> Unit {
        Unit {
            folded: self.folded as usize,
            folded_len: self.folded_len as usize,
            source: self.source as usize,
            source_len: self.source_len as usize,
        }
    }
    fn grow_source(&mut self) {
        self.source_len += 1;
    }
}

/// What a fold writes: the folded text (when it is kept), its length, its last
/// character and the units where it differs from the source.
struct Emit<U> {
    text: Option<String>,
    len: usize,
    last: Option<char>,
    units: Vec<U>,
}

impl<U: UnitForm> Emit<U> {
    /// Appends folded text.
    fn push(&mut self, piece: &str) {
        if let Some(text) = &mut self.text {
            text.push_str(piece);
        }
        self.len += piece.len();
        if let Some(last) = piece.chars().next_back() {
            self.last = Some(last);
        }
    }

    /// Adds the one source byte at `at` to the source of the character that the folded
    /// text ends with (whose source ends at `at`).
    fn attach(&mut self, at: usize) {
        match self.units.last_mut() {
            Some(last)
                if last.unit().folded_end() == self.len && last.unit().source_end() == at =>
            {
                last.grow_source();
            }
            _ => {
                let len = self.last.map_or(0, char::len_utf8);
                self.unit(Unit {
                    folded: self.len - len,
                    folded_len: len,
                    source: at - len,
                    source_len: len + 1,
                });
            }
        }
    }

    fn unit(&mut self, unit: Unit) {
        self.units.push(U::make(unit));
    }
}

/// Folds `source` (with rule 4 when `marks`), keeping the folded text when `keep`.
fn fold_all<U: UnitForm>(source: &str, marks: bool, keep: bool) -> Emit<U> {
    let mut out = Emit {
        text: keep.then(|| String::with_capacity(source.len())),
        len: 0,
        last: None,
        units: Vec::new(),
    };
    let mut scratch = String::new();
    let bytes = source.as_bytes();
    // The `)`s that close a marked `^(`, by position (ascending).
    let mut closes: Vec<usize> = Vec::new();
    let special = |b: u8| marks && matches!(b, b'^' | b'_' | b')');
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        // Plain ASCII other than whitespace folds to itself, and so does a lone space
        // between two such bytes: copy the whole run.
        let plain = |b: u8| b.is_ascii() && !b.is_ascii_whitespace() && !special(b);
        if plain(byte) {
            let mut run = at + 1;
            while run < bytes.len() {
                if plain(bytes[run]) {
                    run += 1;
                } else if bytes[run] == b' ' && bytes.get(run + 1).is_some_and(|&b| plain(b)) {
                    run += 2;
                } else {
                    break;
                }
            }
            out.push(&source[at..run]);
            at = run;
            continue;
        }
        if special(byte) {
            let dropped = match byte {
                b')' => {
                    let closing = closes.last() == Some(&at);
                    if closing {
                        closes.pop();
                    }
                    usize::from(closing)
                }
                _ if marks_here(source, at) => {
                    match (bytes[at + 1] == b'(').then(|| closing_paren(source, at + 1)) {
                        Some(Some(close)) => {
                            closes.push(close);
                            2
                        }
                        _ => 1,
                    }
                }
                _ => 0,
            };
            if dropped == 0 {
                out.push(&source[at..at + 1]);
            } else if byte == b')' {
                // The closing parenthesis goes with the character before it, so
                // that a match ending there covers it: `280` is `2^(80)`, whole.
                out.attach(at);
            } else {
                out.unit(Unit {
                    folded: out.len,
                    folded_len: 0,
                    source: at,
                    source_len: dropped,
                });
            }
            at += dropped.max(1);
            continue;
        }
        let ch = source[at..].chars().next().unwrap_or(' ');
        if ch.is_whitespace() {
            let run_end = source[at..]
                .char_indices()
                .find(|&(_, c)| !c.is_whitespace())
                .map_or(source.len(), |(n, _)| at + n);
            // Each run becomes one space; a lone space needs no unit.
            if source[at..run_end] != *" " {
                out.unit(Unit {
                    folded: out.len,
                    folded_len: 1,
                    source: at,
                    source_len: run_end - at,
                });
            }
            out.push(" ");
            at = run_end;
            continue;
        }
        scratch.clear();
        if fold_char(ch, &mut scratch) {
            out.unit(Unit {
                folded: out.len,
                folded_len: scratch.len(),
                source: at,
                source_len: ch.len_utf8(),
            });
        }
        out.push(&scratch);
        at += ch.len_utf8();
    }
    out
}

/// What the source of `unit` folded to (the anchoring's folding), appended to `out`:
/// nothing for a character folded away, a space for a whitespace run, else what its
/// first character folds to (a closing parenthesis folded away with the character
/// before it adds nothing).
fn unit_text(source: &str, unit: &Unit, out: &mut String) {
    if unit.folded_len == 0 {
        return;
    }
    match source.get(unit.source..).and_then(|s| s.chars().next()) {
        Some(c) if c.is_whitespace() => out.push(' '),
        Some(c) => {
            fold_char(c, out);
        }
        None => {}
    }
}

/// The source offset where folded byte `at` (a character boundary) begins.
fn source_start<U: UnitForm>(units: &[U], at: usize) -> usize {
    match units[..units.partition_point(|u| u.unit().folded <= at)]
        .last()
        .map(U::unit)
    {
        None => at,
        Some(u) if at < u.folded_end() => u.source,
        Some(u) => u.source_end() + (at - u.folded_end()),
    }
}

/// The source offset where the folded text ending at byte `at` ends.
fn source_end<U: UnitForm>(units: &[U], at: usize) -> usize {
    match units[..units.partition_point(|u| u.unit().folded < at)]
        .last()
        .map(U::unit)
    {
        None => at,
        Some(u) if at <= u.folded_end() => u.source_end(),
        Some(u) => u.source_end() + (at - u.folded_end()),
    }
}

/// The source byte range that folded bytes `range` came from (see
/// [`FoldedText::source_range`]).
fn source_range<U: UnitForm>(units: &[U], range: Range<usize>) -> Range<usize> {
    let start = source_start(units, range.start);
    let end = source_end(units, range.end);
    start..end.max(start)
}

impl FoldedText {
    /// Folds `source` by every rule of the module (the anchoring's folding): typography,
    /// invisible characters, compatibility forms and marked superscripts.
    pub fn new(source: &str) -> FoldedText {
        FoldedText::fold(source, true)
    }

    /// Folds `source` by rules 1–3 only: `^` and `_` stay as they are (the search's
    /// folding, for a query that has no marked form, so that `_` can be searched for).
    pub fn literal(source: &str) -> FoldedText {
        FoldedText::fold(source, false)
    }

    fn fold(source: &str, marks: bool) -> FoldedText {
        let out = fold_all::<Unit>(source, marks, true);
        FoldedText {
            folded: out.text.unwrap_or_default(),
            units: out.units,
        }
    }

    /// The source offset where folded byte `at` (a character boundary) begins.
    pub fn source_start(&self, at: usize) -> usize {
        source_start(&self.units, at)
    }

    /// The source byte range that folded bytes `range` came from: whole source
    /// characters, so a range that starts or ends inside a ligature's expansion covers
    /// the ligature. Invisible characters folded away at either edge are left out.
    pub fn source_range(&self, range: Range<usize>) -> Range<usize> {
        source_range(&self.units, range)
    }
}

/// The anchoring's folding of a text ([`FoldedText::new`]) without the folded text: its
/// length and the units where it differs from the source, from which any stretch of
/// the folded text is made on demand ([`FoldMap::text`]). Most of an article folds to
/// itself, so this is a small fraction of the article, where a folded copy is as large
/// as the article.
#[derive(Debug, Clone)]
pub struct FoldMap {
    len: usize,
    units: Units,
}

/// A fold map's units: in 16 bytes each for a text under [`SMALL_TEXT`] (any article
/// anyone reads), else in 32.
#[derive(Debug, Clone)]
enum Units {
    Small(Vec<SmallUnit>),
    Wide(Vec<Unit>),
}

impl FoldMap {
    /// Folds `source` as [`FoldedText::new`] does, keeping only the map.
    pub fn new(source: &str) -> FoldMap {
        if source.len() <= SMALL_TEXT {
            let mut out = fold_all::<SmallUnit>(source, true, false);
            out.units.shrink_to_fit();
            FoldMap {
                len: out.len,
                units: Units::Small(out.units),
            }
        } else {
            FoldMap::wide(source)
        }
    }

    /// The map in 32-byte units, as a text over [`SMALL_TEXT`] has it.
    fn wide(source: &str) -> FoldMap {
        let mut out = fold_all::<Unit>(source, true, false);
        out.units.shrink_to_fit();
        FoldMap {
            len: out.len,
            units: Units::Wide(out.units),
        }
    }

    /// The folded text's length in bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the folded text is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The source byte range that folded bytes `range` came from, as
    /// [`FoldedText::source_range`] gives it.
    pub fn source_range(&self, range: Range<usize>) -> Range<usize> {
        match &self.units {
            Units::Small(units) => source_range(units, range),
            Units::Wide(units) => source_range(units, range),
        }
    }

    /// The whole characters of folded bytes `range` of `source`'s folding, and the
    /// folded byte where they begin: a character cut by either edge is left out, so the
    /// text begins at or after `range.start` and ends at or before `range.end`.
    pub fn text(&self, source: &str, range: Range<usize>) -> (usize, String) {
        match &self.units {
            Units::Small(units) => folded_text(units, self.len, source, range),
            Units::Wide(units) => folded_text(units, self.len, source, range),
        }
    }
}

/// [`FoldMap::text`] from its units and folded length.
fn folded_text<U: UnitForm>(
    units: &[U],
    len: usize,
    source: &str,
    range: Range<usize>,
) -> (usize, String) {
    let end = range.end.min(len);
    let start = range.start.min(end);
    let mut bytes: Vec<u8> = Vec::with_capacity(end - start);
    let mut piece = String::new();
    let mut pos = start;
    // The first unit that ends after `pos`; those before it end at or before it.
    let mut i = units.partition_point(|u| u.unit().folded_end() <= pos);
    while pos < end {
        match units.get(i).map(U::unit) {
            Some(u) if u.folded <= pos => {
                piece.clear();
                unit_text(source, &u, &mut piece);
                let to = end.min(u.folded_end());
                let part = piece.as_bytes().get(pos - u.folded..to - u.folded);
                bytes.extend_from_slice(part.unwrap_or_default());
                pos = to;
            }
            next => {
                // Folded and source bytes correspond one to one up to the next unit.
                let stop = next.map_or(end, |u| u.folded.min(end));
                let at = units[..i]
                    .last()
                    .map(U::unit)
                    .map_or(pos, |p| p.source_end() + (pos - p.folded_end()));
                let Some(part) = source.as_bytes().get(at..at + (stop - pos)) else {
                    break;
                };
                bytes.extend_from_slice(part);
                pos = stop;
            }
        }
        while units.get(i).is_some_and(|u| u.unit().folded_end() <= pos) {
            i += 1;
        }
    }
    let lead = bytes.iter().take_while(|&&b| b & 0xC0 == 0x80).count();
    bytes.drain(..lead);
    let whole = valid_prefix(&bytes).len();
    bytes.truncate(whole);
    (start + lead, String::from_utf8(bytes).unwrap_or_default())
}

/// The longest prefix of `bytes` that is whole UTF-8 characters.
fn valid_prefix(bytes: &[u8]) -> &[u8] {
    match std::str::from_utf8(bytes) {
        Ok(_) => bytes,
        Err(error) => &bytes[..error.valid_up_to()],
    }
}

/// Folds a piece of a selector the same way as the article, trimmed of outer spaces.
pub fn fold(text: &str) -> String {
    FoldedText::new(text).folded.trim().to_string()
}

/// [`fold`], borrowing `text` when it folds to itself (as most quotes do), so that
/// anchoring tens of thousands of quotes does not copy each one.
pub fn fold_cow(text: &str) -> std::borrow::Cow<'_, str> {
    if fold_all::<Unit>(text, true, false).units.is_empty() {
        std::borrow::Cow::Borrowed(text.trim())
    } else {
        std::borrow::Cow::Owned(fold(text))
    }
}

#[cfg(test)]
#[path = "fold_tests.rs"]
mod tests;
