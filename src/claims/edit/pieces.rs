//! The claims file held as pieces of its text, cut before each `[[claim]]` table's comments, so that an edit parses with toml_edit only the pieces it touches and the rest stay text.
//!
//! toml_edit keeps every key, value and decor of a document as allocations of their own:
//! a 15.9 MB file of 20,000 claims was about 280 MB as one `DocumentMut`. Cut into pieces
//! (the part before the first claim, where `rejected` lives, then one piece a claim with
//! its `[[claim.response]]` tables), the file costs its text and a few words a claim; a
//! change parses the one or two pieces it needs as a small document of their own, makes
//! the change there as it would in the whole document, and writes them back as text.
//!
//! A cut is only made where it cannot change what the file means: before the comments and
//! blank lines above a `[[claim]]` header at the start of a line (toml_edit gives those
//! lines to the header's table), and each piece must parse on its own, hold only `claim`
//! tables (the first piece only top-level values) and be written back by toml_edit byte
//! for byte. A cut inside a multi-line string leaves the piece before it with the string
//! unclosed, which does not parse: such pieces are joined to the next until they parse.

use std::ops::Range;

use toml_edit::{DocumentMut, Item};

/// One piece of the file's text (with `\n` line endings): a stretch of the text it was
/// opened with, or text an edit wrote.
pub(super) struct Piece {
    pub(super) text: Source,
    /// How many `[[claim]]` tables it holds (1, but for the first piece's 0 or a file's
    /// trailing comments; several where a cut could not be made).
    pub(super) claims: u32,
    /// How many of them have no `id` key.
    pub(super) unnamed: u32,
}

/// Where a piece's text is.
pub(super) enum Source {
    /// Bytes of the text the file was opened with, and their hash (`base::hash`), which
    /// they must still have when read from the file again (0 for a text in memory).
    Base(Range<usize>, u64),
    /// Text written by an edit.
    Own(Box<str>),
}

impl Piece {
    /// Whether the piece holds no text.
    pub(super) fn is_empty(&self) -> bool {
        match &self.text {
            Source::Base(range, _) => range.is_empty(),
            Source::Own(text) => text.is_empty(),
        }
    }
}

/// A piece found by [`split`]: its bytes in the text split, its claims and those of them
/// without an `id`.
pub(super) type Found = (Range<usize>, u32, u32);

/// Where each table of a `[[claim]]` header at the start of a line begins in `text`: at
/// the first of the blank and comment lines just above the header, which toml_edit gives
/// to the header's table.
pub(super) fn claim_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = Vec::new();
    let mut after_last = 0;
    for (at, _) in text.match_indices("[[claim]]") {
        if at != 0 && bytes[at - 1] != b'\n' {
            continue;
        }
        let mut start = at;
        while start > after_last {
            let line_start = text[..start - 1].rfind('\n').map_or(0, |i| i + 1);
            let line = text[line_start..start - 1].trim_start_matches([' ', '\t']);
            if line.is_empty() || line.starts_with('#') {
                start = line_start;
            } else {
                break;
            }
        }
        starts.push(start.max(after_last));
        after_last = at + "[[claim]]".len();
    }
    starts
}

/// `text` cut into pieces, each parsed on its own, shown to `visit`, and checked: the
/// first piece (when `head`) holds only top-level values, every other only `claim`
/// tables, and toml_edit writes each back as it is. When `last_newline`, the last piece
/// may be written back with a line break added (a file without a final newline); the
/// `bool` says it was. `None` when the text cannot be cut so (not TOML, other tables, a
/// piece toml_edit would write otherwise): the caller takes it whole.
pub(super) fn split(
    text: &str,
    head: bool,
    last_newline: bool,
    mut visit: impl FnMut(&DocumentMut),
) -> Option<(Vec<Found>, bool)> {
    let mut cuts = claim_starts(text);
    cuts.push(text.len());
    let mut found = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    let mut added_newline = false;
    let mut next = cuts.iter().copied().filter(|&c| c > 0 || head).peekable();
    while let Some(mut end) = next.next() {
        let doc = loop {
            match text[start..end].parse::<DocumentMut>() {
                Ok(doc) => break doc,
                Err(_) => end = next.next()?,
            }
        };
        let rendered = doc.to_string();
        let piece = &text[start..end];
        if rendered != piece {
            let added =
                end == text.len() && last_newline && rendered.strip_suffix('\n') == Some(piece);
            if !added {
                return None;
            }
            added_newline = true;
        }
        let (claims, unnamed) = shape(&doc, head && found.is_empty())?;
        visit(&doc);
        found.push((start..end, claims, unnamed));
        start = end;
    }
    Some((found, added_newline))
}

/// A piece's claims and those without an `id`, or `None` when it holds anything but
/// `[[claim]]` tables with `[[claim.response]]` tables, and (the `first` piece) top-level
/// values with `rejected` a list.
fn shape(doc: &DocumentMut, first: bool) -> Option<(u32, u32)> {
    let root = doc.as_table();
    let mut found = (0, 0);
    for (key, item) in root.iter() {
        if key != "claim" {
            let value = first && item.is_value() && (key != "rejected" || item.is_array());
            if value {
                continue;
            }
            return None;
        }
        let claims = item.as_array_of_tables()?;
        if claims
            .iter()
            .any(|c| c.get("response").is_some_and(|r| !r.is_array_of_tables()))
        {
            return None;
        }
        let unnamed = claims.iter().filter(|c| !c.contains_key("id")).count();
        found = (
            u32::try_from(claims.len()).ok()?,
            u32::try_from(unnamed).ok()?,
        );
    }
    Some(found)
}

/// The claim tables of `doc`, in order (none when it has none).
pub(super) fn claim_tables(doc: &DocumentMut) -> impl Iterator<Item = &toml_edit::Table> {
    doc.get("claim")
        .and_then(Item::as_array_of_tables)
        .into_iter()
        .flat_map(|c| c.iter())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_come_before_the_comments_above_a_claim_header() {
        let text = "rejected = [\"a\"]\n\n# one\n[[claim]]\nquote = \"q\" # [[claim]]\n\n  # two\n\n[[claim]]\nnote = \"\"\"\n[[claim]]\n\"\"\"\n";
        assert_eq!(claim_starts(text), [17, 58, 89]);
        let (found, added) = split(text, true, false, |_| {}).unwrap();
        assert!(!added);
        let pieces: Vec<(&str, u32)> = found
            .iter()
            .map(|(r, n, _)| (&text[r.clone()], *n))
            .collect();
        assert_eq!(
            pieces,
            [
                ("rejected = [\"a\"]\n", 0),
                ("\n# one\n[[claim]]\nquote = \"q\" # [[claim]]\n", 1),
                (
                    "\n  # two\n\n[[claim]]\nnote = \"\"\"\n[[claim]]\n\"\"\"\n",
                    1
                ),
            ]
        );
    }

    #[test]
    fn a_file_that_cannot_be_cut_is_taken_whole() {
        for text in [
            "[meta]\na = 1\n[[claim]]\nquote = \"q\"\n",
            "[[claim]]\nquote = \"q\"\n[meta]\na = 1\n",
            "claim.x = 1\n[[claim]]\nquote = \"q\"\n",
            "[[claim]]\nquote = \"q\"\nresponse = [{ expert = \"E\" }]\n",
            "[[claim]\n",
        ] {
            assert!(split(text, true, true, |_| {}).is_none(), "{text}");
        }
    }
}
