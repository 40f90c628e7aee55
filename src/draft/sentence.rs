//! A sentence of the article as the statement and speaker rules see it, and a statement found in it: the types both sets of rules share.

use std::ops::Range;

use super::lexicon;
use super::tokens::{Kind, Para, Tok};

/// The rule name of a statement after a transcript's or a headline's label and colon
/// (`PENCE: Well, …`): `draft/labelled` drafts them, `draft/quotes` tells them apart.
pub(super) const LABEL_RULE: &str = "label and colon";

/// One statement found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The words, in bytes of the body.
    pub range: Range<usize>,
    pub speaker: usize,
    pub claim: bool,
    /// How sure the attribution is, in percent.
    pub confidence: u8,
    pub para: usize,
    /// The sentence it is in, in bytes of the body.
    pub sentence: Range<usize>,
    /// A quotation rather than reported speech.
    pub quoted: bool,
    /// For an accusation: whom it accuses.
    pub against: Option<usize>,
    /// The drafting rule that found it, in a few words ("that", "quote beside").
    pub rule: &'static str,
}

/// Auxiliary verbs (and the adverbs that sit among them) that may follow "and"/"but" in a
/// coordinated clause.
pub(super) const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "should", "must", "also", "even", "did", "does",
];

/// Words that carry a noun phrase on past a comma (`all options, including …`, `the
/// smelters, especially …`): after a quotation's closing comma, the clause goes on.
const EXTENDERS: &[&str] = &[
    "including",
    "especially",
    "particularly",
    "notably",
    "excluding",
    "except",
];

/// One sentence of a paragraph, for the rules that read it token by token: `span` is a
/// range of token indexes into `toks`, `index` the index of its paragraph `para`.
pub(super) struct Sentence<'a> {
    pub(super) body: &'a str,
    pub(super) toks: &'a [Tok],
    pub(super) para: &'a Para,
    pub(super) span: Range<usize>,
    pub(super) index: usize,
}

impl Sentence<'_> {
    pub(super) fn word(&self, i: usize) -> Option<String> {
        let t = self.toks.get(i).filter(|_| i < self.span.end)?;
        (t.kind == Kind::Word && !t.quoted()).then(|| t.text(self.body).to_lowercase())
    }
    pub(super) fn bytes(&self, from: usize, to: usize) -> Range<usize> {
        self.toks[from].range.start..self.toks[to - 1].range.end
    }
    /// The end (exclusive) of the clause starting at `from`: the sentence's end, or a
    /// quotation closed on a comma, or a comma before "and"/"but" and a verb.
    pub(super) fn clause_end(&self, from: usize) -> (usize, Option<usize>) {
        let s = &self.span;
        let mut k = from;
        while k < s.end {
            let t = &self.toks[k];
            let comma_close =
                t.kind == Kind::Close && k > 0 && self.toks[k - 1].kind == Kind::Comma;
            let comma = t.kind == Kind::Comma && t.quote.is_none();
            if comma_close || comma {
                let after = self.word(k + 1);
                let verb = self.word(k + 2);
                let coordinated = matches!(after.as_deref(), Some("and" | "but"))
                    && verb
                        .as_deref()
                        .is_some_and(|v| AUXILIARIES.contains(&v) || lexicon::is_reporting(v));
                if coordinated {
                    let end = if comma_close { k + 1 } else { k };
                    return (end, Some(k + 2));
                }
                // `would "evaluate all options," including contesting …`: a partial
                // quotation's comma where the noun phrase carries on ends nothing.
                let extends = after.as_deref().is_some_and(|w| EXTENDERS.contains(&w));
                if comma_close && !extends {
                    return (k + 1, None);
                }
            }
            k += 1;
        }
        (s.end, None)
    }
    /// The end of a phrase at its first comma, dash or semicolon outside quotations.
    pub(super) fn phrase_end(&self, from: usize) -> usize {
        for k in from..self.span.end {
            let t = &self.toks[k];
            match t.kind {
                Kind::Close if self.toks[k - 1].kind == Kind::Comma => return k + 1,
                Kind::Comma | Kind::Dash | Kind::Semi | Kind::Colon if t.quote.is_none() => {
                    return k;
                }
                _ => {}
            }
        }
        self.span.end
    }
}

/// The statements with none overlapping another: of two at the same place, the tighter
/// stays (the quotation itself rather than the quotation with its attribution), the
/// earlier on a tie. Reading order is kept; costs n log n.
pub(super) fn untangle(found: Vec<Found>) -> Vec<Found> {
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&i| (found[i].range.len(), i));
    // The kept ranges, which never overlap: start → end.
    let mut kept: std::collections::BTreeMap<usize, usize> = Default::default();
    let mut keep = vec![false; found.len()];
    for i in order {
        let r = &found[i].range;
        let clash = kept
            .range(..r.end.max(r.start + 1))
            .next_back()
            .is_some_and(|(_, &end)| end > r.start);
        if !clash {
            kept.insert(r.start, r.end);
            keep[i] = true;
        }
    }
    found
        .into_iter()
        .zip(keep)
        .filter_map(|(f, keep)| keep.then_some(f))
        .collect()
}

/// Chunks of a stretch between commas (outside quotations), as token ranges.
pub(super) fn chunks(s: &Sentence, from: usize, to: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = from;
    for k in from..to {
        let t = &s.toks[k];
        if matches!(t.kind, Kind::Comma | Kind::Dash) && t.quote.is_none() {
            out.push(start..k);
            start = k + 1;
        } else if t.kind == Kind::Close {
            // A quotation ends a chunk: "…," Colin P. Clarke, director …
            out.push(start..k + 1);
            start = k + 1;
        }
    }
    out.push(start..to);
    out
}
