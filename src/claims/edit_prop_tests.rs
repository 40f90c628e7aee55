//! Property test of the editable claims file: random files, random changes and undos.

use proptest::prelude::*;

use super::*;
use crate::claims::{DraftMark, QuoteSelector, Stance, TextPosition, parse_file};

/// Words the parser keeps as they are (no control characters), with quotation marks
/// and non-ASCII among them.
pub(super) fn word() -> impl Strategy<Value = String> {
    "[a-zA-Z][a-zA-Z \"'é“”\\\\]{0,10}".prop_map(|s| s.trim_end().to_string())
}

pub(super) fn draft() -> impl Strategy<Value = Option<DraftMark>> {
    prop::option::of((0u8..=100).prop_map(|confidence| DraftMark { confidence }))
}

pub(super) fn selector() -> impl Strategy<Value = QuoteSelector> {
    (
        word(),
        prop::option::of(word()),
        prop::option::of((0usize..50, 0usize..50)),
    )
        .prop_map(|(exact, prefix, position)| QuoteSelector {
            exact: exact.into(),
            prefix: prefix.unwrap_or_default().into(),
            suffix: Default::default(),
            position: position.map(|(a, b)| TextPosition {
                start: a.min(b),
                end: a.max(b),
            }),
        })
}

pub(super) fn response() -> impl Strategy<Value = ResponseEntry> {
    (
        word(),
        prop::option::of(word()),
        0usize..4,
        selector(),
        prop::option::of(word()),
        draft(),
    )
        .prop_map(
            |(expert, affiliation, stance, selector, source, draft)| ResponseEntry {
                expert: expert.into(),
                affiliation: affiliation.map(Into::into),
                stance: Stance::ALL[stance],
                selector,
                source: source.map(Into::into),
                draft,
            },
        )
}

pub(super) fn claim() -> impl Strategy<Value = ClaimEntry> {
    (
        (word(), prop::option::of(word()), prop::option::of(word())),
        selector(),
        (
            prop::option::of(word()),
            prop::option::of(word()),
            prop::option::of("2021-0[1-9]-1[0-9]"),
        ),
        prop::collection::vec(response(), 0..3),
        draft(),
    )
        .prop_map(
            |((claimant, role, summary), selector, (verdict, note, date), responses, draft)| {
                ClaimEntry {
                    id: Default::default(),
                    claimant: claimant.into(),
                    role: role.map(Into::into),
                    summary: summary.map_or_else(|| selector.exact.clone(), Into::into),
                    selector,
                    verdict: verdict.map(Into::into),
                    date: date.map(Into::into),
                    note: note.map(Into::into),
                    responses,
                    draft,
                    ..ClaimEntry::default()
                }
            },
        )
}

/// How a generated file is written.
#[derive(Debug, Clone)]
pub(super) struct Style {
    pub(super) bom: bool,
    pub(super) crlf: bool,
    pub(super) blank: bool,
    pub(super) header: bool,
    pub(super) trailer: bool,
    pub(super) final_newline: bool,
    /// Per entry, in order: comment before its header, comment inside, literal strings,
    /// an explicit id (claims).
    pub(super) marks: Vec<(bool, bool, bool, bool)>,
}

pub(super) fn style() -> impl Strategy<Value = Style> {
    (
        any::<(bool, bool, bool, bool, bool, bool)>(),
        prop::collection::vec(any::<(bool, bool, bool, bool)>(), 40),
    )
        .prop_map(
            |((bom, crlf, blank, header, trailer, final_newline), marks)| Style {
                bom,
                crlf,
                blank,
                header,
                trailer,
                final_newline,
                marks,
            },
        )
}

/// Who a comment belongs to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Owner {
    File,
    Claim(usize),
    Response(usize, usize),
}

/// A TOML string: literal when asked and possible, else basic.
pub(super) fn string(text: &str, literal: bool) -> String {
    if literal && !text.contains('\'') {
        format!("'{text}'")
    } else {
        format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

/// Writes a claims file by hand (not by write.rs), with comments tagged by owner.
pub(super) fn write_file(
    claims: &[ClaimEntry],
    rejected: &[String],
    style: &Style,
) -> (String, Vec<(String, Owner)>) {
    let mut out = String::new();
    let mut tags = Vec::new();
    let tag = |owner: Owner, tags: &mut Vec<(String, Owner)>| {
        let t = format!("# tag{} ", tags.len());
        tags.push((t.clone(), owner));
        t
    };
    if style.header {
        out += &tag(Owner::File, &mut tags);
        out += "header\n\n";
    }
    if !rejected.is_empty() {
        let quotes: Vec<String> = rejected.iter().map(|q| string(q, false)).collect();
        out += &format!("rejected = [{}]\n\n", quotes.join(", "));
    }
    let gap = if style.blank { "\n" } else { "" };
    let mut marks = style.marks.iter().cycle();
    let mut first = true;
    for (i, claim) in claims.iter().enumerate() {
        let (before, inside, literal, named) = *marks.next().expect("cycle");
        if !first {
            out += gap;
        }
        first = false;
        if before {
            out += &tag(Owner::Claim(i), &mut tags);
            out += "\n";
        }
        out += "[[claim]]\n";
        if named {
            out += &format!("id = {}\n", string(&claim.id, literal));
        }
        out += &format!("claimant = {}", string(&claim.claimant, literal));
        if inside {
            out += " ";
            out += &tag(Owner::Claim(i), &mut tags);
        }
        out += "\n";
        if let Some(role) = &claim.role {
            out += &format!("role  =  {}\n", string(role, literal));
        }
        if claim.summary != claim.selector.exact {
            out += &format!("summary = {}\n", string(&claim.summary, literal));
        }
        if inside {
            out += &tag(Owner::Claim(i), &mut tags);
            out += "inside\n";
        }
        out += &format!("quote = {}\n", string(&claim.selector.exact, literal));
        if let Some(verdict) = &claim.verdict {
            out += &format!("verdict = {}\n", string(verdict, literal));
        }
        if let Some(mark) = claim.draft {
            out += &format!(
                "draft = true\nconfidence = {}\n",
                f64::from(mark.confidence) / 100.0
            );
        }
        for (j, response) in claim.responses.iter().enumerate() {
            let (before, inside, literal, _) = *marks.next().expect("cycle");
            out += gap;
            if before {
                out += &tag(Owner::Response(i, j), &mut tags);
                out += "\n";
            }
            out += "[[claim.response]]\n";
            out += &format!("expert = {}\n", string(&response.expert, literal));
            let stance = response.stance.word();
            let stance = if literal {
                stance.to_uppercase()
            } else {
                stance.to_string()
            };
            out += &format!("stance = {}", string(&stance, literal));
            if inside {
                out += "   ";
                out += &tag(Owner::Response(i, j), &mut tags);
            }
            out += "\n";
            out += &format!("quote = {}\n", string(&response.selector.exact, literal));
            if let Some(source) = &response.source {
                out += &format!("source = {}\n", string(source, literal));
            }
        }
    }
    if style.trailer {
        out += "\n";
        out += &tag(Owner::File, &mut tags);
        out += "the end\n";
    }
    if !style.final_newline && out.ends_with('\n') && !style.trailer {
        out.pop();
    }
    if style.crlf {
        out = out.replace('\n', "\r\n");
    }
    if style.bom {
        out.insert(0, '\u{feff}');
    }
    (out, tags)
}

/// One step: a change chosen from the seeds to fit the file as it is, or an undo.
#[derive(Debug, Clone)]
pub(super) struct Step {
    kind: u8,
    x: usize,
    y: usize,
    claim: ClaimEntry,
    response: ResponseEntry,
    quote: String,
}

pub(super) fn step() -> impl Strategy<Value = Step> {
    (
        0u8..10,
        any::<usize>(),
        any::<usize>(),
        claim(),
        response(),
        word(),
    )
        .prop_map(|(kind, x, y, claim, response, quote)| Step {
            kind,
            x,
            y,
            claim,
            response,
            quote,
        })
}

/// The change `step` makes to `claims`, or `None` for an undo (or nothing that fits).
pub(super) fn change_for(
    step: &Step,
    n: usize,
    claims: &[ClaimEntry],
    rejected: &[String],
) -> Option<Change> {
    let count = claims.len();
    let fresh = |mut c: ClaimEntry| {
        c.id = format!("n{n}").into();
        c
    };
    let responses = |c: usize| claims[c].responses.len();
    Some(match step.kind {
        0 => Change::AddClaim {
            at: step.x % (count + 1),
            entry: fresh(step.claim.clone()),
        },
        1 if count > 0 => Change::RemoveClaim { at: step.x % count },
        2 if count > 0 => {
            let at = step.x % count;
            let mut entry = step.claim.clone();
            entry.id = if step.y.is_multiple_of(2) {
                claims[at].id.clone()
            } else {
                format!("n{n}").into()
            };
            if step.y.is_multiple_of(3) {
                // A small edit: accept the draft, keep the rest.
                entry = ClaimEntry {
                    draft: None,
                    ..claims[at].clone()
                };
            }
            Change::SetClaim { at, entry }
        }
        3 if count > 0 => {
            let claim = step.x % count;
            Change::AddResponse {
                claim,
                at: step.y % (responses(claim) + 1),
                entry: step.response.clone(),
            }
        }
        4 if count > 0 && responses(step.x % count) > 0 => {
            let claim = step.x % count;
            Change::RemoveResponse {
                claim,
                at: step.y % responses(claim),
            }
        }
        5 if count > 0 && responses(step.x % count) > 0 => {
            let claim = step.x % count;
            let at = step.y % responses(claim);
            let entry = if step.y.is_multiple_of(3) {
                ResponseEntry {
                    draft: None,
                    ..claims[claim].responses[at].clone()
                }
            } else {
                step.response.clone()
            };
            Change::SetResponse { claim, at, entry }
        }
        6 => Change::AddRejected {
            quote: step.quote.clone(),
        },
        7 if !rejected.is_empty() => Change::RemoveRejected {
            quote: rejected[step.x % rejected.len()].clone(),
        },
        _ => return None,
    })
}

/// Each entry now: which of the file's first entries it is, while untouched.
type Owners = Vec<(Option<usize>, Vec<Option<(usize, usize)>>)>;

/// The owners after `change`; entries it changes lose their comments' guarantee (a
/// removed key takes its comment with it).
fn follow(owners: &mut Owners, change: &Change) {
    match change {
        Change::AddClaim { at, entry } => {
            owners.insert(*at, (None, vec![None; entry.responses.len()]));
        }
        Change::RemoveClaim { at } => {
            owners.remove(*at);
        }
        Change::SetClaim { at, .. } => owners[*at].0 = None,
        Change::AddResponse { claim, at, .. } => owners[*claim].1.insert(*at, None),
        Change::RemoveResponse { claim, at } => {
            owners[*claim].1.remove(*at);
        }
        Change::SetResponse { claim, at, .. } => owners[*claim].1[*at] = None,
        Change::AddRejected { .. } | Change::RemoveRejected { .. } => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn edits_and_undos_keep_the_file_equal_to_its_entries(
        mut claims in prop::collection::vec(claim(), 0..5),
        rejected in prop::collection::vec(word(), 0..3),
        style in style(),
        steps in prop::collection::vec(step(), 0..14),
    ) {
        for (i, c) in claims.iter_mut().enumerate() {
            c.id = if style.marks[i % 40].3 { format!("k{i}") } else { format!("c{}", i + 1) }.into();
        }
        let (text, tags) = write_file(&claims, &rejected, &style);
        let start = parse_file("p.toml", &text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        let mut file = EditableFile::open("p.toml", &text).map_err(|e| TestCaseError::fail(format!("{e}\n{text:?}")))?;
        let (mut model, mut model_rejected) = (start.claims.clone(), start.rejected.clone());
        // Which entries' comments are still owed: (claim's, its responses').
        let mut owners: Owners = start
            .claims
            .iter()
            .enumerate()
            .map(|(i, c)| (Some(i), (0..c.responses.len()).map(|j| Some((i, j))).collect()))
            .collect();
        let mut inverses: Vec<(Change, Owners)> = Vec::new();
        for (n, step) in steps.iter().enumerate() {
            match change_for(step, n, &model, &model_rejected) {
                Some(change) => {
                    file.apply(&change).map_err(|e| TestCaseError::fail(format!("{change:?}: {e}")))?;
                    let inverse = change.apply_to(&mut model, &mut model_rejected).expect("fits");
                    inverses.push((inverse, owners.clone()));
                    follow(&mut owners, &change);
                }
                None => {
                    if let Some((inverse, before)) = inverses.pop() {
                        prop_assert!(file.undo());
                        inverse.apply_to(&mut model, &mut model_rejected).expect("undoes");
                        owners = before;
                    }
                }
            }
            prop_assert!(file.ids_are_current());
            let now = file.text();
            let parsed = parse_file("p.toml", &now).map_err(|e| TestCaseError::fail(format!("{e}\n{now}")))?;
            prop_assert_eq!(&parsed.claims, &model, "{}", now);
            // The rejected list is a set: `Change::apply_to` puts an undone removal back
            // at the end, the file where it was.
            let (mut got, mut want) = (parsed.rejected.clone(), model_rejected.clone());
            got.sort();
            want.sort();
            prop_assert_eq!(got, want, "{}", now);
            prop_assert_eq!(now.starts_with('\u{feff}'), style.bom);
            if text.contains("\r\n") {
                prop_assert_eq!(now.matches('\n').count(), now.matches("\r\n").count());
            } else if text.contains('\n') {
                prop_assert!(!now.contains('\r'));
            }
            for (tag, owner) in &tags {
                let owed = match owner {
                    Owner::File => true,
                    Owner::Claim(i) => owners.iter().any(|o| o.0 == Some(*i)),
                    Owner::Response(i, j) => owners.iter().any(|o| o.1.contains(&Some((*i, *j)))),
                };
                if owed {
                    prop_assert!(now.contains(tag.as_str()), "{} lost from\n{}", tag, now);
                }
            }
        }
        while file.undo() {}
        prop_assert_eq!(file.text(), text);
    }
}
