//! Reading the PolNeAR corpus (Newell, Margolin and Ruths, LREC 2018): its articles and their BRAT standoff attributions, sorted into direct quotations, indirect speech and beliefs.
//!
//! The layout is the one `../shared/polnear/README.md` describes: a split folder holds
//! `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann`. An `.ann` file is BRAT standoff
//! (<https://brat.nlplab.org/standoff.html>): `T` lines give a span's kind (Source, Cue,
//! Content, Attribution) and its character offsets (Unicode code points, a discontinuous
//! span as `START END;START END`), `E` lines tie one attribution's spans together.

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// What kind of statement an attribution is, by the counting rules of the corpus's README.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// Its content holds quotation marks.
    Direct,
    /// No quotation marks, and its cue is a speech verb.
    Indirect,
    /// Anything else: a belief, a feeling, a perception ("thinks", "wants", "fears").
    Belief,
}

/// One attribution: who (source), through which words (cue), what (content). Ranges are
/// bytes of the article's text, in text order; a discontinuous span has several.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub source: Vec<Range<usize>>,
    pub cue: Vec<Range<usize>>,
    pub content: Vec<Range<usize>>,
    pub kind: Kind,
}

impl Attribution {
    /// The whole stretch of the content, from its first byte to its last.
    pub fn extent(&self) -> Range<usize> {
        let start = self.content.first().map_or(0, |r| r.start);
        let end = self.content.last().map_or(0, |r| r.end);
        start..end
    }

    /// How many bytes of `range` lie inside the content's pieces.
    pub fn overlap(&self, range: &Range<usize>) -> usize {
        self.content
            .iter()
            .map(|r| {
                r.end
                    .min(range.end)
                    .saturating_sub(r.start.max(range.start))
            })
            .sum()
    }

    /// The content's length in bytes, over its pieces.
    pub fn content_len(&self) -> usize {
        self.content.iter().map(|r| r.len()).sum()
    }

    /// The source's words as written, pieces joined by a space (empty when unattributed).
    pub fn source_text<'a>(&self, text: &'a str) -> Vec<&'a str> {
        self.source.iter().map(|r| &text[r.clone()]).collect()
    }
}

/// One article of the corpus: its name (the file stem), text and attributions.
#[derive(Debug, Clone)]
pub struct CorpusArticle {
    pub name: String,
    pub text: String,
    pub attributions: Vec<Attribution>,
}

/// Quotation marks that make a content direct: straight and typographic double marks and
/// guillemets, and two apostrophes (the typewriter double mark some papers write, `''…''`).
/// A single mark is left out: in English text it is mostly an apostrophe.
const QUOTE_MARKS: &[char] = &['"', '“', '”', '„', '«', '»'];

/// Speech verbs: the members of VerbNet's communication classes (37.x: say, tell,
/// transfer of message, manner of speaking, complain, advise, lecture, …) and the verbs
/// news uses for publishing words (write, tweet, post, report), as lemmas.
const SPEECH_VERBS: &[&str] = &[
    "accuse",
    "acknowledge",
    "add",
    "address",
    "admit",
    "advise",
    "affirm",
    "agree",
    "allege",
    "announce",
    "answer",
    "argue",
    "ask",
    "assert",
    "assure",
    "attest",
    "blast",
    "boast",
    "brag",
    "call",
    "caution",
    "charge",
    "chide",
    "claim",
    "comment",
    "complain",
    "concede",
    "conclude",
    "confess",
    "confirm",
    "contend",
    "counter",
    "cry",
    "declare",
    "decry",
    "defend",
    "demand",
    "deny",
    "describe",
    "dismiss",
    "disclose",
    "dispute",
    "echo",
    "emphasize",
    "emphasise",
    "estimate",
    "exclaim",
    "explain",
    "express",
    "forecast",
    "grumble",
    "hint",
    "indicate",
    "inform",
    "insist",
    "instruct",
    "joke",
    "lament",
    "mention",
    "maintain",
    "mock",
    "note",
    "object",
    "observe",
    "order",
    "pledge",
    "point",
    "post",
    "praise",
    "predict",
    "proclaim",
    "promise",
    "pronounce",
    "propose",
    "protest",
    "question",
    "quip",
    "rail",
    "recall",
    "recommend",
    "refute",
    "reiterate",
    "reject",
    "remark",
    "remind",
    "reply",
    "report",
    "respond",
    "retort",
    "reveal",
    "say",
    "scoff",
    "shout",
    "slam",
    "speak",
    "speculate",
    "state",
    "stress",
    "suggest",
    "swear",
    "talk",
    "teach",
    "tell",
    "testify",
    "thank",
    "threaten",
    "tout",
    "tweet",
    "urge",
    "vow",
    "warn",
    "write",
    "yell",
    "according",
    "criticize",
    "criticise",
    "condemn",
    "attack",
    "argue",
    "blame",
    "question",
    "insinuate",
    "muse",
    "wonder",
    "whisper",
    "announce",
    "advertise",
    "proclaim",
    "repeat",
    "signal",
    "list",
];

/// Irregular forms of the speech verbs above, with their lemma.
const IRREGULAR: &[(&str, &str)] = &[
    ("said", "say"),
    ("says", "say"),
    ("told", "tell"),
    ("wrote", "write"),
    ("written", "write"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("taught", "teach"),
    ("cried", "cry"),
    ("replied", "reply"),
    ("testified", "testify"),
];

/// Whether `word` (any case) is a form of one of the speech verbs: the lemma itself or it
/// with `-s`, `-es`, `-ed`, `-d`, `-ing` (a final `e` dropped, a final consonant doubled).
pub fn is_speech_verb(word: &str) -> bool {
    let w = word.to_lowercase();
    let w = w.trim_matches(|c: char| !c.is_alphabetic());
    if w.is_empty() {
        return false;
    }
    if IRREGULAR.iter().any(|(form, _)| *form == w) || SPEECH_VERBS.contains(&w) {
        return true;
    }
    let stems = |suffix: &str| -> Vec<String> {
        let Some(stem) = w.strip_suffix(suffix) else {
            return Vec::new();
        };
        let mut out = vec![stem.to_string(), format!("{stem}e")];
        let b = stem.as_bytes();
        if b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2] {
            out.push(stem[..stem.len() - 1].to_string());
        }
        if let Some(s) = stem.strip_suffix('i') {
            out.push(format!("{s}y"));
        }
        out
    };
    ["s", "es", "ed", "d", "ing"]
        .iter()
        .flat_map(|s| stems(s))
        .any(|stem| SPEECH_VERBS.contains(&stem.as_str()))
}

/// The kind of an attribution with content `content` and cue `cue` (their words). A cue
/// that is a colon or a dash and no word is speech written as a transcript or a
/// headline writes it (`PENCE: Well, …`, `Clinton camp: Trump's remarks …`), never a
/// belief.
pub fn kind_of(content: &[&str], cue: &[&str]) -> Kind {
    let mark_only = !cue.is_empty()
        && cue.iter().all(|c| !c.chars().any(char::is_alphanumeric))
        && cue.iter().any(|c| c.contains([':', '-', '–', '—', '―']));
    if content
        .iter()
        .any(|c| c.contains(QUOTE_MARKS) || c.contains("''"))
    {
        Kind::Direct
    } else if mark_only
        || cue
            .iter()
            .flat_map(|c| c.split(|ch: char| !ch.is_alphabetic()))
            .any(is_speech_verb)
    {
        Kind::Indirect
    } else {
        Kind::Belief
    }
}

/// Byte offsets of each code point of `text`, and its length at the end.
fn char_offsets(text: &str) -> Vec<usize> {
    let mut out: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    out.push(text.len());
    out
}

/// Reads the attributions of one `.ann` file for the article `text`.
///
/// # Errors
/// [`Error::At`] in `name` at the line that is not BRAT of the corpus's shape: a `T` line
/// with an unknown kind, an offset that is no number, or a span past the text's end; an `E`
/// line naming a span no `T` line gave.
pub fn read_ann(name: &str, ann: &str, text: &str) -> Result<Vec<Attribution>> {
    let offsets = char_offsets(text);
    let mut spans: HashMap<&str, Vec<Range<usize>>> = HashMap::new();
    let mut events: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for line in ann.split_inclusive('\n') {
        let here = at;
        at += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        let bad = |what: &str| {
            Error::at(name, ann, here, what.to_string())
                .with_hint("a PolNeAR .ann file is BRAT standoff: T and E lines")
        };
        let mut fields = line.splitn(3, '\t');
        let (Some(id), Some(spec)) = (fields.next(), fields.next()) else {
            continue;
        };
        if id.starts_with('T') {
            let (_kind, places) = spec.split_once(' ').ok_or_else(|| bad("no offsets"))?;
            // Other kinds (Discuss, Discard: the annotators' notes) are read and never used.
            let mut ranges = Vec::new();
            for piece in places.split(';') {
                let (a, b) = piece
                    .trim()
                    .split_once(' ')
                    .ok_or_else(|| bad("an offset pair is not START END"))?;
                let (a, b): (usize, usize) = (
                    a.parse().map_err(|_| bad("an offset is not a number"))?,
                    b.parse().map_err(|_| bad("an offset is not a number"))?,
                );
                let (Some(&a), Some(&b)) = (offsets.get(a), offsets.get(b)) else {
                    return Err(bad("a span runs past the end of the text"));
                };
                if a < b {
                    ranges.push(a..b);
                }
            }
            ranges.sort_by_key(|r| r.start);
            spans.insert(id, ranges);
        } else if id.starts_with('E') {
            events.push((here, spec));
        }
    }
    let mut out = Vec::new();
    for (here, spec) in events {
        let mut parts: HashMap<&str, Vec<Range<usize>>> = HashMap::new();
        for arg in spec.split_whitespace() {
            let Some((role, id)) = arg.split_once(':') else {
                continue;
            };
            let ranges = spans.get(id).ok_or_else(|| {
                Error::at(name, ann, here, format!("{id} is named but never given"))
                    .with_hint("each E line names T lines of the same file")
            })?;
            parts.insert(role, ranges.clone());
        }
        // A content in two parts is given as Content and Content2.
        let mut content = parts.remove("Content").unwrap_or_default();
        content.extend(parts.remove("Content2").unwrap_or_default());
        content.sort_by_key(|r| r.start);
        if content.is_empty() {
            continue;
        }
        let cue = parts.remove("Cue").unwrap_or_default();
        let words = |rs: &[Range<usize>]| -> Vec<&str> {
            rs.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>()
        };
        let kind = kind_of(&words(&content), &words(&cue));
        out.push(Attribution {
            source: parts.remove("Source").unwrap_or_default(),
            cue,
            content,
            kind,
        });
    }
    out.sort_by_key(|a| a.extent().start);
    Ok(out)
}

/// The articles of one split folder (`text/`, `attributions/`), in name order.
///
/// # Errors
/// [`Error::Usage`] when `dir` holds no `text/` folder; [`Error::Io`] naming the file that
/// cannot be read; those of [`read_ann`].
pub fn read_split(dir: &Path) -> Result<Vec<CorpusArticle>> {
    let text_dir = dir.join("text");
    let ann_dir = dir.join("attributions");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&text_dir)
        .map_err(|e| Error::io(&text_dir, &e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    let mut anns: Vec<PathBuf> = std::fs::read_dir(&ann_dir)
        .map_err(|e| Error::io(&ann_dir, &e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ann"))
        .collect();
    anns.sort();
    let mut out = Vec::new();
    for path in names {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, &e))?;
        // NAME_ANNOTATOR.ann: the annotator is the part after the last underscore.
        let ann_path = anns.iter().find(|a| {
            a.file_stem()
                .and_then(|s| s.to_str())
                .and_then(|s| s.rsplit_once('_'))
                .is_some_and(|(n, _)| n == stem)
        });
        let attributions = match ann_path {
            Some(a) => {
                let ann = std::fs::read_to_string(a).map_err(|e| Error::io(a, &e))?;
                read_ann(&a.display().to_string(), &ann, &text)?
            }
            None => Vec::new(),
        };
        out.push(CorpusArticle {
            name: stem,
            text,
            attributions,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speech_verbs_are_known_in_their_forms_and_beliefs_are_not() {
        for w in [
            "said",
            "says",
            "saying",
            "told",
            "tweeted",
            "argued",
            "denies",
            "replied",
            "according",
            "Warned",
            "admitting",
            "stressed",
        ] {
            assert!(is_speech_verb(w), "{w}");
        }
        for w in [
            "thinks", "believed", "wants", "fears", "hoped", "feel", "the", "",
        ] {
            assert!(!is_speech_verb(w), "{w}");
        }
    }

    #[test]
    fn kinds_go_by_marks_then_by_cue() {
        assert_eq!(kind_of(&["“we will win”"], &["thinks"]), Kind::Direct);
        assert_eq!(
            kind_of(&["we will win"], &["told reporters"]),
            Kind::Indirect
        );
        assert_eq!(kind_of(&["we will win"], &["believes"]), Kind::Belief);
        assert_eq!(kind_of(&["it's theirs"], &["hopes"]), Kind::Belief);
        assert_eq!(kind_of(&["''we will win,''"], &["said"]), Kind::Direct);
        // A transcript's or a headline's colon is the cue of speech; no cue at all is
        // none.
        assert_eq!(kind_of(&["we will win"], &[":"]), Kind::Indirect);
        assert_eq!(kind_of(&["we will win"], &[" — "]), Kind::Indirect);
        assert_eq!(kind_of(&["we will win"], &[""]), Kind::Belief);
        assert_eq!(kind_of(&["we will win"], &[]), Kind::Belief);
    }

    #[test]
    fn brat_spans_are_code_points_turned_into_bytes_and_pieces_are_kept() {
        // Invented text: "É" and "“" are several bytes each.
        let text = "É said “we win,” she said, “twice.”";
        let ann = "T1\tSource 17 20\tshe\n\
                   T2\tCue 21 25\tsaid\n\
                   T3\tContent 7 16;27 35\t“we win,” “twice.”\n\
                   T4\tAttribution 21 25\tsaid\n\
                   E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";
        let a = read_ann("x.ann", ann, text).unwrap();
        assert_eq!(a.len(), 1);
        let a = &a[0];
        assert_eq!(a.kind, Kind::Direct);
        assert_eq!(&text[a.source[0].clone()], "she");
        assert_eq!(&text[a.content[0].clone()], "“we win,”");
        assert_eq!(&text[a.content[1].clone()], "“twice.”");
        assert_eq!(a.overlap(&(0..text.len())), a.content_len());
    }

    #[test]
    fn broken_lines_are_errors_at_their_line() {
        let err = read_ann("x.ann", "T1\tSource 0 99\tx\n", "short").unwrap_err();
        assert!(err.to_string().contains("past the end"), "{err}");
        let err = read_ann("x.ann", "E1\tContent:T9\n", "short").unwrap_err();
        assert!(err.to_string().contains("T9"), "{err}");
    }
}
