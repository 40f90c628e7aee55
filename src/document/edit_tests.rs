//! Tests of `Document::apply`: after every change the document is the one
//! `Document::new` makes from the changed entries, and inverses bring the start back.

use proptest::prelude::*;

use super::*;
use crate::article::Article;
use crate::claims::{ResponseEntry, Stance, TextPosition};

/// Words of the random articles: few, so that short quotes repeat (ambiguous places, ties
/// at one start), one with a zero-width space (hidden-character warnings).
const WORDS: [&str; 7] = ["aa", "bb", "cc", "dd", "ee", "f\u{200B}f", "gg"];

/// How a quote is chosen, resolved against the article's words when the test runs.
#[derive(Debug, Clone)]
enum QuoteSpec {
    /// Words `first..first + len` (counted modulo the article's words), with a hint.
    Slice {
        first: usize,
        len: usize,
        hint: Hint,
        context: bool,
    },
    /// The same, one letter changed: found approximately, or not at all.
    Altered { first: usize, len: usize },
    /// Words the article does not have.
    Missing,
}

#[derive(Debug, Clone, Copy)]
enum Hint {
    None,
    /// The quote's own place, in characters.
    Exact,
    /// A place some characters off.
    Off(usize),
}

fn quote_spec() -> impl Strategy<Value = QuoteSpec> {
    let hint = prop_oneof![
        Just(Hint::None),
        Just(Hint::Exact),
        Just(Hint::Exact),
        (1usize..12).prop_map(Hint::Off)
    ];
    prop_oneof![
        6 => (0usize..100, 1usize..9, hint, any::<bool>()).prop_map(|(first, len, hint, context)| {
            QuoteSpec::Slice { first, len, hint, context }
        }),
        1 => (0usize..100, 2usize..5).prop_map(|(first, len)| QuoteSpec::Altered { first, len }),
        1 => Just(QuoteSpec::Missing),
    ]
}

/// The byte ranges of the body's words.
fn words(body: &str) -> Vec<std::ops::Range<usize>> {
    body.split_whitespace()
        .map(|w| {
            let start = w.as_ptr() as usize - body.as_ptr() as usize;
            start..start + w.len()
        })
        .collect()
}

fn selector(body: &str, spec: &QuoteSpec) -> QuoteSelector {
    let places = words(body);
    let stretch = |first: usize, len: usize| {
        let first = first % places.len();
        let last = (first + len - 1).min(places.len() - 1);
        places[first].start..places[last].end
    };
    match *spec {
        QuoteSpec::Missing => QuoteSelector {
            exact: "zz yy xx".into(),
            ..QuoteSelector::default()
        },
        QuoteSpec::Altered { first, len } => {
            let range = stretch(first, len);
            QuoteSelector {
                exact: body[range]
                    .replacen(|c: char| c.is_alphabetic(), "q", 1)
                    .into(),
                ..QuoteSelector::default()
            }
        }
        QuoteSpec::Slice {
            first,
            len,
            hint,
            context,
        } => {
            let range = stretch(first, len);
            let start = body[..range.start].chars().count();
            let end = start + body[range.clone()].chars().count();
            let position = match hint {
                Hint::None => None,
                Hint::Exact => Some(TextPosition { start, end }),
                Hint::Off(by) => Some(TextPosition {
                    start: start + by,
                    end: end + by,
                }),
            };
            let (prefix, suffix) = if context {
                let before = &body[..range.start];
                let after = &body[range.end..];
                let cut = before.char_indices().rev().nth(8).map_or(0, |(at, _)| at);
                let keep = after
                    .char_indices()
                    .nth(8)
                    .map_or(after.len(), |(at, _)| at);
                (before[cut..].to_string(), after[..keep].to_string())
            } else {
                (String::new(), String::new())
            };
            QuoteSelector {
                exact: body[range].to_string().into(),
                prefix: prefix.into(),
                suffix: suffix.into(),
                position,
            }
        }
    }
}

#[derive(Debug, Clone)]
struct ClaimSpec {
    id: u8,
    quote: QuoteSpec,
    responses: Vec<(u8, QuoteSpec)>,
}

fn claim_spec() -> impl Strategy<Value = ClaimSpec> {
    (
        0u8..6,
        quote_spec(),
        prop::collection::vec((0u8..3, quote_spec()), 0..3),
    )
        .prop_map(|(id, quote, responses)| ClaimSpec {
            id,
            quote,
            responses,
        })
}

fn response(body: &str, (expert, quote): &(u8, QuoteSpec)) -> ResponseEntry {
    let selector = selector(body, quote);
    // Some with an affiliation, some drafts: the tally and the drafts' count follow.
    let n = selector.exact.len();
    ResponseEntry {
        expert: format!("E{expert}").into(),
        affiliation: n.is_multiple_of(2).then(|| format!("A{}", n % 3).into()),
        stance: [Stance::Supports, Stance::Disputes, Stance::Context][usize::from(*expert) % 3],
        selector,
        source: None,
        draft: n
            .is_multiple_of(3)
            .then_some(crate::claims::DraftMark { confidence: 50 }),
    }
}

fn claim(body: &str, spec: &ClaimSpec) -> ClaimEntry {
    ClaimEntry {
        id: format!("c{}", spec.id).into(),
        claimant: ["C", "c ", "E1"][usize::from(spec.id) % 3].into(),
        role: spec.id.is_multiple_of(2).then(|| "R".into()),
        verdict: (!spec.id.is_multiple_of(3))
            .then(|| ["False", "false", "True"][usize::from(spec.id) % 3].into()),
        draft: (spec.id % 2 == 1).then_some(crate::claims::DraftMark { confidence: 40 }),
        summary: "s".into(),
        selector: selector(body, &spec.quote),
        responses: spec.responses.iter().map(|r| response(body, r)).collect(),
        ..ClaimEntry::default()
    }
}

/// A change, with places that may be past the end (misfits).
#[derive(Debug, Clone)]
enum ChangeSpec {
    AddClaim(usize, ClaimSpec),
    RemoveClaim(usize),
    /// The claim's new fields; with `true`, its quote stays as it is.
    SetClaim(usize, ClaimSpec, bool),
    AddResponse(usize, usize, (u8, QuoteSpec)),
    RemoveResponse(usize, usize),
    SetResponse(usize, usize, (u8, QuoteSpec)),
    AddRejected(u8),
    RemoveRejected(u8),
}

fn change_spec() -> impl Strategy<Value = ChangeSpec> {
    let response = || (0u8..3, quote_spec());
    prop_oneof![
        3 => (0usize..8, claim_spec()).prop_map(|(at, c)| ChangeSpec::AddClaim(at, c)),
        2 => (0usize..8).prop_map(ChangeSpec::RemoveClaim),
        3 => (0usize..8, claim_spec(), any::<bool>())
            .prop_map(|(at, c, keep)| ChangeSpec::SetClaim(at, c, keep)),
        3 => (0usize..8, 0usize..4, response())
            .prop_map(|(c, at, r)| ChangeSpec::AddResponse(c, at, r)),
        2 => (0usize..8, 0usize..4).prop_map(|(c, at)| ChangeSpec::RemoveResponse(c, at)),
        2 => (0usize..8, 0usize..4, response())
            .prop_map(|(c, at, r)| ChangeSpec::SetResponse(c, at, r)),
        1 => (0u8..3).prop_map(ChangeSpec::AddRejected),
        1 => (0u8..3).prop_map(ChangeSpec::RemoveRejected),
    ]
}

fn change(body: &str, spec: &ChangeSpec, entries: &[ClaimEntry]) -> Change {
    match spec {
        ChangeSpec::AddClaim(at, c) => Change::AddClaim {
            at: *at,
            entry: claim(body, c),
        },
        ChangeSpec::RemoveClaim(at) => Change::RemoveClaim { at: *at },
        ChangeSpec::SetClaim(at, c, keep) => {
            let mut entry = claim(body, c);
            entry.responses.clear();
            if *keep && let Some(old) = entries.get(*at) {
                entry.selector = old.selector.clone();
            }
            Change::SetClaim { at: *at, entry }
        }
        ChangeSpec::AddResponse(c, at, r) => Change::AddResponse {
            claim: *c,
            at: *at,
            entry: response(body, r),
        },
        ChangeSpec::RemoveResponse(c, at) => Change::RemoveResponse { claim: *c, at: *at },
        ChangeSpec::SetResponse(c, at, r) => Change::SetResponse {
            claim: *c,
            at: *at,
            entry: response(body, r),
        },
        ChangeSpec::AddRejected(q) => Change::AddRejected {
            quote: format!("q{q}"),
        },
        ChangeSpec::RemoveRejected(q) => Change::RemoveRejected {
            quote: format!("q{q}"),
        },
    }
}

fn article(words: &[usize]) -> Article {
    let mut text = String::new();
    for (n, &w) in words.iter().enumerate() {
        if n > 0 {
            text.push_str(if n % 17 == 0 { "\n\n" } else { " " });
        }
        text.push_str(WORDS[w]);
    }
    Article::parse("t.txt", text.as_bytes()).unwrap()
}

/// What the document made from `entries` by `Document::new` is, with `rejected`.
fn rebuilt(article: &Article, entries: &[ClaimEntry], rejected: &[String]) -> Document {
    let mut doc = Document::new(article.clone(), entries.to_vec());
    doc.rejected = rejected.to_vec();
    doc
}

/// Where each claim of file index `f` goes after `change` (`None`: removed).
fn file_index_after(change: &Change, f: usize) -> Option<usize> {
    match *change {
        Change::AddClaim { at, .. } => Some(if f >= at { f + 1 } else { f }),
        Change::RemoveClaim { at } => match f.cmp(&at) {
            std::cmp::Ordering::Less => Some(f),
            std::cmp::Ordering::Equal => None,
            std::cmp::Ordering::Greater => Some(f - 1),
        },
        _ => Some(f),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Every change (fitting or not) leaves the document `Document::new` would make from
    /// the entries `Change::apply_to` gives, each claim's verdict classed as its entry now
    /// reads; the shifts it reports are the reading indices' real moves; the inverses, applied in reverse, give the start back.
    #[test]
    fn applying_a_change_is_rebuilding_from_the_changed_entries(
        text in prop::collection::vec(0usize..WORDS.len(), 8..50),
        claims in prop::collection::vec(claim_spec(), 0..8),
        changes in prop::collection::vec(change_spec(), 1..12),
    ) {
        let article = article(&text);
        let body = article.body.clone();
        let mut entries: Vec<ClaimEntry> = claims.iter().map(|c| claim(&body, c)).collect();
        let mut rejected: Vec<String> = Vec::new();
        let mut doc = Document::new(article.clone(), entries.clone());
        let start = doc.clone();
        let mut inverses = Vec::new();
        for spec in &changes {
            let change = change(&body, spec, &entries);
            let before = doc.clone();
            let expected = change.apply_to(&mut entries, &mut rejected);
            let applied = doc.apply(&change);
            match (&expected, &applied) {
                (Ok(inverse), Ok(applied)) => {
                    prop_assert_eq!(inverse, &applied.inverse);
                    inverses.push(applied.inverse.clone());
                }
                (Err(a), Err(b)) => prop_assert_eq!(a, b),
                _ => prop_assert!(false, "{:?} against {:?}", expected, applied),
            }
            let wanted = rebuilt(&article, &entries, &rejected);
            prop_assert_eq!(&doc.claims, &wanted.claims);
            prop_assert_eq!(&doc.spans, &wanted.spans);
            prop_assert_eq!(&doc.warnings, &wanted.warnings);
            prop_assert_eq!(doc.anchored, wanted.anchored);
            prop_assert_eq!(doc.drafts, wanted.drafts);
            prop_assert_eq!(&doc.tally, &wanted.tally);
            prop_assert_eq!(&doc, &wanted);
            prop_assert_eq!(doc.entries(), entries.clone());
            for (index, c) in doc.claims.iter().enumerate() {
                prop_assert_eq!(doc.reading_index(c.file_index), Some(index));
                // The class kept is the verdict's as the entry now has it.
                let class = c.entry.verdict_text().map(crate::claims::verdict::VerdictClass::of);
                prop_assert_eq!(c.verdict_class(), class);
            }
            let Ok(applied) = applied else { continue };
            if let Some(index) = applied.claim {
                prop_assert!(index < doc.claims.len());
            }
            for (old_index, c) in before.claims.iter().enumerate() {
                let now = file_index_after(&change, c.file_index)
                    .and_then(|f| doc.reading_index(f));
                prop_assert_eq!(applied.shift.index_after(old_index), now, "{:?}", applied.shift);
            }
        }
        for inverse in inverses.iter().rev() {
            doc.apply(inverse).unwrap();
        }
        prop_assert_eq!(doc, start);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// An edit of many changes (`D`'s drafts, their undoing), made at once, leaves the
    /// document, inverse and error that change by change gives; the loader's warnings
    /// stay after the quote warnings; the inverse gives the start back; an edit that
    /// fails at its last change leaves the document as it was.
    #[test]
    fn an_edit_of_many_changes_made_at_once_is_made_as_change_by_change(
        text in prop::collection::vec(0usize..WORDS.len(), 8..50),
        claims in prop::collection::vec(claim_spec(), 0..8),
        changes in prop::collection::vec(change_spec(), 150..220),
    ) {
        let article = article(&text);
        let body = article.body.clone();
        let entries: Vec<ClaimEntry> = claims.iter().map(|c| claim(&body, c)).collect();
        let mut start = Document::new(article.clone(), entries.clone());
        start.warnings.push(Warning::NoText { article: "t.txt".into() });
        // The changes that fit, each made against the entries the ones before it left.
        let (mut scratch, mut rejected) = (entries.clone(), Vec::new());
        let fitting: Vec<Change> = changes
            .iter()
            .filter_map(|spec| {
                let change = change(&body, spec, &scratch);
                change.apply_to(&mut scratch, &mut rejected).ok().map(|_| change)
            })
            .collect();
        let edit = Edit { changes: fitting, what: "many".into() };
        // The same changes made at once to the entries, in a chunked list.
        let mut rejected_at_once = Vec::new();
        prop_assert_eq!(
            Change::apply_all(&edit.changes, entries, &mut rejected_at_once),
            Ok(scratch.clone())
        );
        prop_assert_eq!(&rejected_at_once, &rejected);
        let mut by_change = start.clone();
        let mut inverses: Vec<Change> = edit
            .changes
            .iter()
            .map(|change| by_change.apply(change).unwrap().inverse)
            .collect();
        inverses.reverse();
        let mut at_once = start.clone();
        let (inverse, applied) = at_once.apply_edit(&edit).unwrap();
        prop_assert_eq!(&at_once, &by_change);
        prop_assert_eq!(at_once.entries(), scratch);
        prop_assert_eq!(&inverse.changes, &inverses);
        prop_assert_eq!(applied.len(), edit.changes.len());
        if edit.changes.len() >= super::super::batch::AT_ONCE {
            prop_assert!(applied.iter().all(|a| a.shift == Shift::Renumbered));
        }
        at_once.apply_edit(&inverse).unwrap();
        prop_assert_eq!(&at_once, &start);
        let mut failing = edit.clone();
        failing.changes.push(Change::RemoveClaim { at: 1000 });
        let error = at_once.apply_edit(&failing).unwrap_err();
        prop_assert_eq!(
            error.0,
            format!("there is no claim 1001 (of {})", by_change.claims.len())
        );
        prop_assert_eq!(&at_once, &start);
    }
}

/// "aa BB cc DD ee FF gg": claims on BB and FF (file order FF, BB), a response on DD.
fn small() -> Document {
    let article = Article::parse("t.txt", b"aa BB cc DD ee FF gg").unwrap();
    let entry = |id: &str, quote: &str| ClaimEntry {
        id: id.into(),
        selector: QuoteSelector {
            exact: quote.into(),
            ..QuoteSelector::default()
        },
        ..ClaimEntry::default()
    };
    let mut bb = entry("bb", "BB");
    bb.responses.push(ResponseEntry {
        expert: "E".into(),
        affiliation: None,
        stance: Stance::Disputes,
        selector: QuoteSelector {
            exact: "DD".into(),
            ..QuoteSelector::default()
        },
        source: None,
        draft: None,
    });
    Document::new(article, vec![entry("ff", "FF"), bb])
}

#[test]
fn a_claim_added_at_the_end_of_the_file_goes_to_its_place_in_the_text() {
    let mut doc = small();
    let entry = ClaimEntry {
        id: "cc".into(),
        selector: QuoteSelector {
            exact: "cc".into(),
            position: Some(TextPosition { start: 6, end: 8 }),
            ..QuoteSelector::default()
        },
        ..ClaimEntry::default()
    };
    let applied = doc.apply(&Change::AddClaim { at: 2, entry }).unwrap();
    assert_eq!(applied.claim, Some(1));
    assert_eq!(applied.shift, Shift::Inserted { at: 1 });
    assert_eq!(applied.inverse, Change::RemoveClaim { at: 2 });
    let ids: Vec<&str> = doc.claims.iter().map(|c| c.entry.id.as_str()).collect();
    assert_eq!(ids, ["bb", "cc", "ff"]);
    assert_eq!(
        (0..3).map(|f| doc.reading_index(f)).collect::<Vec<_>>(),
        [Some(2), Some(0), Some(1)]
    );
    // The span of the claim after it now names it by its new index.
    assert_eq!(doc.spans().last().map(|s| s.claim), Some(2));
}

#[test]
fn a_change_that_does_not_fit_changes_nothing() {
    let mut doc = small();
    let before = doc.clone();
    let misfit = doc
        .apply(&Change::RemoveResponse { claim: 0, at: 0 })
        .unwrap_err();
    assert_eq!(misfit.0, "claim 1 has no response 1 (it has 0)");
    assert_eq!(doc, before);
}

#[test]
fn an_edit_that_fails_part_way_is_undone() {
    let mut doc = small();
    let before = doc.clone();
    let edit = Edit {
        changes: vec![
            Change::RemoveClaim { at: 0 },
            Change::RemoveResponse { claim: 5, at: 0 },
        ],
        what: "two".into(),
    };
    assert_eq!(
        doc.apply_edit(&edit).unwrap_err().0,
        "there is no claim 6 (of 1)"
    );
    assert_eq!(doc, before);
    let edit = Edit::one(
        Change::RemoveResponse { claim: 1, at: 0 },
        "deleted E's response",
    );
    let (inverse, applied) = doc.apply_edit(&edit).unwrap();
    assert_eq!(applied[0].claim, Some(0));
    assert_eq!(inverse.what, "deleted E's response");
    assert!(doc.spans().all(|s| s.response.is_none()));
    doc.apply_edit(&inverse).unwrap();
    assert_eq!(doc, before);
}

#[test]
fn a_quote_at_its_hint_is_placed_by_the_character_index_alone() {
    let mut doc = small();
    assert!(doc.chars.0.get().is_none(), "not built at load");
    let entry = ResponseEntry {
        expert: "F".into(),
        affiliation: None,
        stance: Stance::Supports,
        selector: QuoteSelector {
            exact: "gg".into(),
            position: Some(TextPosition { start: 18, end: 20 }),
            ..QuoteSelector::default()
        },
        source: None,
        draft: None,
    };
    doc.apply(&Change::AddResponse {
        claim: 0,
        at: 0,
        entry,
    })
    .unwrap();
    assert!(doc.chars.0.get().is_some());
    assert_eq!(doc.claims[1].responses[0].anchoring.range, Some(18..20));
}

#[test]
fn shifts_say_where_each_reading_index_went() {
    assert_eq!(Shift::Moved { from: 1, to: 3 }.index_after(1), Some(3));
    assert_eq!(Shift::Moved { from: 1, to: 3 }.index_after(2), Some(1));
    assert_eq!(Shift::Moved { from: 1, to: 3 }.index_after(4), Some(4));
    assert_eq!(Shift::Moved { from: 3, to: 1 }.index_after(1), Some(2));
    assert_eq!(Shift::Removed { at: 1 }.index_after(1), None);
    assert_eq!(Shift::Inserted { at: 1 }.index_after(0), Some(0));
}

/// On the bundled sample: each claim removed, then each response, matches a fresh load
/// of what is left, and its inverse gives the sample back.
#[test]
fn the_sample_survives_every_removal_and_its_undo() {
    let article = Article::parse(
        "sample.md",
        include_bytes!("../../assets/pompeo-iran-al-qaida.md"),
    )
    .unwrap();
    let entries = crate::claims::parse_text(
        "sample.claims.toml",
        include_str!("../../assets/pompeo-iran-al-qaida.claims.toml"),
    )
    .unwrap();
    let start = Document::new(article.clone(), entries.clone());
    let mut changes: Vec<Change> = (0..entries.len())
        .map(|at| Change::RemoveClaim { at })
        .collect();
    for (claim, entry) in entries.iter().enumerate() {
        changes.extend((0..entry.responses.len()).map(|at| Change::RemoveResponse { claim, at }));
    }
    assert!(changes.len() > 20);
    for change in changes {
        let mut doc = start.clone();
        let mut left = entries.clone();
        change.apply_to(&mut left, &mut Vec::new()).unwrap();
        let applied = doc.apply(&change).unwrap();
        assert_eq!(doc, Document::new(article.clone(), left), "{change:?}");
        doc.apply(&applied.inverse).unwrap();
        assert_eq!(doc, start, "{change:?}");
    }
}

/// A selection across a paragraph break: its quote is written as the claims file is read
/// back (one line), and still anchors exactly where it was selected.
#[test]
fn a_quote_across_paragraphs_is_one_line_and_anchors_where_it_was_selected() {
    let doc = crate::document::source::load(None, None).unwrap().doc;
    let body = &doc.article.body;
    let end = body.find("\n\n").unwrap();
    let range = body[..end].rfind(' ').unwrap() + 1..end + 12;
    let selector = doc.selector_for(range.clone());
    assert!(!selector.exact.contains('\n'), "{:?}", selector.exact);
    assert!(!selector.prefix.contains('\n') && !selector.suffix.contains('\n'));
    let entry = ClaimEntry {
        id: "x".into(),
        claimant: "A".into(),
        summary: "s".into(),
        selector: selector.clone(),
        ..ClaimEntry::default()
    };
    let text = crate::claims::write::write(std::slice::from_ref(&entry), "");
    let read = crate::claims::parse_file("a.claims.toml", &text).unwrap();
    assert_eq!(
        read.claims[0].selector, selector,
        "read back as it was written"
    );
    let placed = Document::new(doc.article.clone(), read.claims);
    assert_eq!(placed.claims[0].anchoring.range, Some(range));
    assert!(
        matches!(
            placed.claims[0].anchoring.status,
            crate::anchor::AnchorStatus::Exact { .. }
        ),
        "{:?}",
        placed.claims[0].anchoring
    );
}
