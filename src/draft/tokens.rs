//! The drafter's reading of a paragraph: words and punctuation with their byte ranges, the quotations (top-level marks only, across paragraphs), and the sentences.

use std::ops::Range;

use super::progress::{self, Progress};
use crate::sanitize::mark_len;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Comma,
    /// `.`, `?` or `!` that is not part of an abbreviation.
    End,
    Colon,
    Semi,
    Dash,
    Open,
    Close,
    Other,
}

#[derive(Debug, Clone)]
pub struct Tok {
    pub range: Range<usize>,
    pub kind: Kind,
    /// The quotation this token belongs to (its marks included), if any.
    pub quote: Option<usize>,
}

impl Tok {
    pub fn text<'a>(&self, body: &'a str) -> &'a str {
        &body[self.range.clone()]
    }
    /// Inside a quotation's words (not one of its marks).
    pub fn quoted(&self) -> bool {
        self.quote.is_some() && !matches!(self.kind, Kind::Open | Kind::Close)
    }
}

/// A quotation at the top level of a paragraph.
#[derive(Debug, Clone)]
pub struct Quote {
    /// The words between the marks (to the paragraph's end when it runs on).
    pub content: Range<usize>,
    pub open: usize,
    pub close: Option<usize>,
    /// Opens a paragraph while the paragraph before ended inside a quotation: the same
    /// speaker goes on.
    pub continued: bool,
}

/// A paragraph read into tokens, quotations and sentences.
#[derive(Debug, Clone)]
pub struct Para {
    pub toks: Vec<Tok>,
    pub quotes: Vec<Quote>,
    /// Sentences as ranges of token indices.
    pub sentences: Vec<Range<usize>>,
}

/// Which marks open and close quotations at the top level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marks {
    Double,
    /// British style, used only when the text has no double marks at all.
    Single,
}

impl Marks {
    pub fn of(body: &str) -> Marks {
        if body.contains(['"', '“', '”', '„', '«', '»'])
            || body.contains("''")
            || !body.contains(['‘', '\''])
        {
            Marks::Double
        } else {
            Marks::Single
        }
    }
}

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "st",
    "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "etc", "jan", "feb", "aug", "sept", "sep",
    "oct", "nov", "dec", "mt", "ft", "u.s", "u.k", "e.g", "i.e", "a.m", "p.m", "d.c", "u.n", "rev",
    "gens", "reps", "sens",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Reads the paragraphs at `ranges` of `body`.
#[cfg(test)]
pub fn read(body: &str, ranges: &[Range<usize>]) -> Vec<Para> {
    read_with(body, ranges, &Progress::default())
}

/// [`read`], saying how far it has come in `progress`.
pub fn read_with(body: &str, ranges: &[Range<usize>], progress: &Progress) -> Vec<Para> {
    let marks = Marks::of(body);
    let mut paras: Vec<Para> = Vec::with_capacity(ranges.len());
    let mut open_before = false;
    for (i, range) in ranges.iter().enumerate() {
        if i % 64 == 0 {
            progress.within(0, progress::READ, i, ranges.len());
        }
        let para = read_one(body, range.clone(), marks, open_before);
        open_before = para.quotes.last().is_some_and(|q| q.close.is_none());
        paras.push(para);
    }
    paras
}

fn read_one(body: &str, range: Range<usize>, marks: Marks, open_before: bool) -> Para {
    let text = &body[range.clone()];
    let base = range.start;
    let mut toks: Vec<Tok> = Vec::new();
    let mut quotes: Vec<Quote> = Vec::new();
    let mut open: Option<usize> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let start = base + at;
        let next = chars.get(i + 1).map(|&(_, c)| c);
        let prev = i.checked_sub(1).map(|j| chars[j].1);
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        // The marks the body shows for control and invisible characters are nothing.
        if let Some(len) = mark_len(&text[at..]) {
            while chars.get(i).is_some_and(|&(a, _)| a < at + len) {
                i += 1;
            }
            continue;
        }
        // Two apostrophes make a double mark in typewriter style: ''like this,'' she said.
        // Three inside such a quotation close a nested one first: ''… 'old-school,''' she
        // said (the first apostrophe is the nested close, the other two the quotation's).
        let tripled = open.is_some() && chars.get(i + 2).is_some_and(|&(_, c)| c == '\'');
        let doubled = marks == Marks::Double && c == '\'' && next == Some('\'') && !tripled;
        let mark = if doubled {
            Some(open.is_none())
        } else {
            quote_mark(c, prev, next, marks, open.is_some())
        };
        if let Some(opening) = mark {
            let len = if doubled { 2 } else { c.len_utf8() };
            if opening && open.is_none() {
                quotes.push(Quote {
                    content: start + len..start + len,
                    open: toks.len(),
                    close: None,
                    continued: open_before && toks.is_empty(),
                });
                open = Some(quotes.len() - 1);
                toks.push(Tok {
                    range: start..start + len,
                    kind: Kind::Open,
                    quote: open,
                });
            } else if !opening && let Some(q) = open {
                quotes[q].content.end = start;
                quotes[q].close = Some(toks.len());
                toks.push(Tok {
                    range: start..start + len,
                    kind: Kind::Close,
                    quote: Some(q),
                });
                open = None;
            } else {
                toks.push(Tok {
                    range: start..start + len,
                    kind: Kind::Other,
                    quote: open,
                });
            }
            i += if doubled { 2 } else { 1 };
            continue;
        }
        if is_word_char(c) {
            let mut j = i + 1;
            loop {
                match chars.get(j).map(|&(_, c)| c) {
                    Some(c) if is_word_char(c) => j += 1,
                    // A mark inside a word (but a zero-width space) leaves it whole.
                    Some(c) if c != '\u{200b}' && mark_len(&text[chars[j].0..]).is_some() => {
                        let after = chars[j].0 + mark_len(&text[chars[j].0..]).unwrap_or(0);
                        let k = chars.partition_point(|&(a, _)| a < after);
                        if chars.get(k).is_some_and(|&(_, n)| is_word_char(n)) {
                            j = k;
                        } else {
                            break;
                        }
                    }
                    Some('\'' | '’' | '-' | '/' | '.' | ',' | '‑')
                        if chars.get(j + 1).is_some_and(|&(_, n)| is_word_char(n))
                            && joins(&chars, i, j, marks) =>
                    {
                        j += 2;
                    }
                    Some('.') if abbreviation(&text[at..chars[j].0]) => {
                        j += 1;
                        // "U.S.-led" goes on.
                        let hyphen = chars.get(j).is_some_and(|&(_, c)| c == '-')
                            && chars.get(j + 1).is_some_and(|&(_, n)| is_word_char(n));
                        if hyphen {
                            j += 2;
                        } else {
                            break;
                        }
                    }
                    _ => break,
                }
            }
            let end = chars.get(j).map_or(text.len(), |&(a, _)| a);
            toks.push(Tok {
                range: start..base + end,
                kind: Kind::Word,
                quote: open,
            });
            i = j;
            continue;
        }
        let kind = match c {
            ',' => Kind::Comma,
            '.' | '?' | '!' => Kind::End,
            ':' => Kind::Colon,
            ';' => Kind::Semi,
            '—' | '–' | '―' => Kind::Dash,
            '-' if prev.is_some_and(char::is_whitespace) => Kind::Dash,
            _ => Kind::Other,
        };
        toks.push(Tok {
            range: start..start + c.len_utf8(),
            kind,
            quote: open,
        });
        i += 1;
    }
    if let Some(q) = open {
        quotes[q].content.end = base + text.trim_end().len();
    }
    let sentences = sentences(body, &toks);
    Para {
        toks,
        quotes,
        sentences,
    }
}

/// Whether the mark at `i` inside a word joins it to what follows: `al-Qaida`, `9/11`,
/// `1.4`, `600,000`, `U.S`, and apostrophes (`isn’t`) unless they are quotation marks.
fn joins(chars: &[(usize, char)], first: usize, at: usize, marks: Marks) -> bool {
    let c = chars[at].1;
    let after = chars[at + 1].1;
    match c {
        ',' | '/' => chars[at - 1].1.is_ascii_digit() && after.is_ascii_digit(),
        '.' => {
            let word: String = chars[first..at].iter().map(|&(_, c)| c).collect();
            after.is_ascii_digit() && chars[at - 1].1.is_ascii_digit()
                || word
                    .chars()
                    .all(|c| c.is_uppercase() || c == '.' || c == '-')
                    && after.is_uppercase()
        }
        '\'' | '’' => marks == Marks::Double || after.is_lowercase(),
        _ => true,
    }
}

fn abbreviation(word: &str) -> bool {
    let lower = word.to_lowercase();
    let mut letters = word.chars();
    let initial = matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
    initial || ABBREVIATIONS.contains(&lower.as_str())
}

/// `Some(true)` when `c` opens a quotation here, `Some(false)` when it closes one,
/// `None` when it is not a quotation mark.
fn quote_mark(
    c: char,
    prev: Option<char>,
    next: Option<char>,
    marks: Marks,
    inside: bool,
) -> Option<bool> {
    let spaced_before = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
    match (marks, c) {
        // A left mark written where a right one belongs: `…,“ she said`.
        (Marks::Double, '“')
            if inside
                && prev.is_some_and(|p| !p.is_whitespace())
                && next.is_none_or(|n| n.is_whitespace() || ".,;:!?)".contains(n)) =>
        {
            Some(false)
        }
        (Marks::Double, '“' | '„' | '«') => Some(true),
        // A right mark written where a left one belongs: `”This is why …,” he said`.
        (Marks::Double, '”')
            if !inside && spaced_before && next.is_some_and(char::is_alphanumeric) =>
        {
            Some(true)
        }
        (Marks::Double, '”' | '»') => Some(false),
        (Marks::Double, '"') => Some(!inside),
        (Marks::Single, '‘') => Some(true),
        (Marks::Single, '’' | '\'') => {
            let letter_after = next.is_some_and(char::is_alphanumeric);
            let letter_before = prev.is_some_and(char::is_alphanumeric);
            if !inside && spaced_before && letter_after {
                Some(true)
            } else if inside && !(letter_before && letter_after) {
                Some(false)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// The tokens past which a sentence ends at its next comma or semicolon (and at twice
/// as many, wherever it is): far longer than a sentence of news, which runs to 100.
const LONGEST: usize = 400;

/// Sentences as token ranges: a full stop, question or exclamation mark outside
/// quotations ends one before a capital or a quotation; so does a quotation ending in
/// one, unless a reporting verb follows it ("…?" Ortiz asked.). One that runs past
/// [`LONGEST`] tokens ends at its next comma or semicolon.
fn sentences(body: &str, toks: &[Tok]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, tok) in toks.iter().enumerate() {
        let next = toks.get(i + 1);
        let starts_sentence = |n: &Tok| match n.kind {
            Kind::Open => true,
            Kind::Word => n
                .text(body)
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()),
            _ => false,
        };
        let ends = match tok.kind {
            Kind::End if tok.quote.is_none() => next.is_none_or(starts_sentence),
            Kind::Close => {
                i > 0
                    && toks[i - 1].kind == Kind::End
                    && next.is_some_and(starts_sentence)
                    && !attribution_follows(body, &toks[i + 1..], toks[i - 1].text(body) != ".")
            }
            _ => false,
        };
        // A text with no full stops (a list of words, a hostile file) is read in pieces,
        // so that no rule's look along its sentence costs more than a long sentence's.
        let piece = i + 1 - start;
        let long = piece >= LONGEST && matches!(tok.kind, Kind::Comma | Kind::Semi)
            || piece >= 2 * LONGEST;
        if ends || long {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < toks.len() {
        out.push(start..toks.len());
    }
    out
}

/// Whether a speaker and then a reporting verb come next: `Ortiz asked.`; after a
/// question or an exclamation also `a reporter asked Ortiz`, `Trump went on, …`, `Trump
/// told the station in an interview`, any verb in -ed that ends the attribution (`Reed
/// pressed.`) (after a full stop, `He charged that …` is a new
/// sentence).
fn attribution_follows(body: &str, toks: &[Tok], asked: bool) -> bool {
    use super::lexicon;
    for (i, tok) in toks.iter().enumerate().take(5) {
        let w = tok.text(body);
        let ends_here = toks
            .get(i + 1)
            .is_none_or(|n| matches!(n.kind, Kind::End | Kind::Comma));
        // After a full stop, a verb whose comma opens a quotation introduces that one:
        // `…." She adds, "…"` is a new sentence.
        let introduces = !asked
            && toks.get(i + 1).is_some_and(|n| n.kind == Kind::Comma)
            && toks.get(i + 2).is_some_and(|n| n.kind == Kind::Open);
        match tok.kind {
            Kind::Word if introduces => return false,
            Kind::Word
                if lexicon::is_inverting(w) && ends_here
                    || asked
                        && i > 0
                        && w.chars().next().is_some_and(char::is_lowercase)
                        && (lexicon::is_reporting(w)
                            || lexicon::is_quoting(w)
                            || w.ends_with("ed") && ends_here) =>
            {
                return true;
            }
            Kind::Word => {}
            _ => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(body: &str, para: &Para) -> Vec<String> {
        para.toks.iter().map(|t| t.text(body).to_string()).collect()
    }

    fn one(body: &str) -> Para {
        read(body, std::slice::from_ref(&(0..body.len()))).remove(0)
    }

    #[test]
    fn abbreviations_initials_and_joined_words_stay_whole() {
        let body =
            "Colin P. Clarke of the U.S.-led coalition said 9/11 cost 1.4 million, 600,000 isn’t.";
        let para = one(body);
        let w = words(body, &para);
        assert!(w.contains(&"P.".to_string()), "{w:?}");
        assert!(w.contains(&"U.S.-led".to_string()), "{w:?}");
        assert!(w.contains(&"9/11".to_string()), "{w:?}");
        assert!(w.contains(&"1.4".to_string()), "{w:?}");
        assert!(w.contains(&"600,000".to_string()), "{w:?}");
        assert!(w.contains(&"isn’t".to_string()), "{w:?}");
        assert_eq!(para.sentences.len(), 1);
    }

    #[test]
    fn quotations_pair_straight_and_curly_marks_and_nested_ones_stay_inside() {
        let body = "“It is a ‘new home base,’ he says,” she said. \"Plain,\" he said.";
        let para = one(body);
        assert_eq!(para.quotes.len(), 2);
        assert_eq!(
            &body[para.quotes[0].content.clone()],
            "It is a ‘new home base,’ he says,"
        );
        assert_eq!(&body[para.quotes[1].content.clone()], "Plain,");
        assert_eq!(para.sentences.len(), 2);
    }

    #[test]
    fn a_quotation_runs_on_into_the_next_paragraph() {
        let body = "\"One. Two.\n\n\"Three.\" she said.";
        let paras = read(body, &[0..11, 12..body.len()]);
        assert_eq!(paras[0].quotes[0].close, None);
        assert_eq!(&body[paras[0].quotes[0].content.clone()], "One. Two.");
        assert!(paras[1].quotes[0].continued);
    }

    #[test]
    fn a_quoted_sentence_ends_before_a_capital_unless_a_verb_follows() {
        let body = "“Where now?” Ortiz asked. “Here.” He laughs. She left.";
        let para = one(body);
        let texts: Vec<&str> = para
            .sentences
            .iter()
            .map(|s| &body[para.toks[s.start].range.start..para.toks[s.end - 1].range.end])
            .collect();
        assert_eq!(
            texts,
            [
                "“Where now?” Ortiz asked.",
                "“Here.”",
                "He laughs.",
                "She left."
            ]
        );
    }

    #[test]
    fn a_text_with_no_full_stops_is_read_in_pieces_no_longer_than_a_long_sentence() {
        let body = "and the river was low, ".repeat(400) + &"word ".repeat(2000);
        let para = one(&body);
        assert!(para.sentences.len() > 4, "{}", para.sentences.len());
        for s in &para.sentences {
            assert!(s.len() <= 2 * LONGEST, "{}", s.len());
        }
        // Where a comma comes after the longest a sentence runs, it ends there.
        let first = &para.sentences[0];
        assert_eq!(para.toks[first.end - 1].kind, Kind::Comma);
        assert!(first.len() >= LONGEST);
        // A sentence of news is never cut.
        let news = "“It is over,” she said, and the minister, who was there, agreed.";
        assert_eq!(one(news).sentences.len(), 1);
    }

    #[test]
    fn two_apostrophes_are_a_double_mark() {
        let body =
            "''We will rebuild it,'' Ortiz said, and called the plan ''a start.'' It isn't over.";
        let para = one(body);
        assert_eq!(para.quotes.len(), 2);
        assert_eq!(&body[para.quotes[0].content.clone()], "We will rebuild it,");
        assert_eq!(&body[para.quotes[1].content.clone()], "a start.");
        assert!(words(body, &para).contains(&"isn't".to_string()));
        assert_eq!(para.sentences.len(), 2);
    }

    #[test]
    fn single_marks_are_quotations_only_in_british_style_text() {
        let body = "‘It isn’t over,’ she said.";
        let para = one(body);
        assert_eq!(para.quotes.len(), 1);
        assert_eq!(&body[para.quotes[0].content.clone()], "It isn’t over,");
    }
}
