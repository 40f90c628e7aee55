//! Reading a claims file: TOML into entries, each string cleaned, each error at its file, line and column.

use serde::Deserialize;
use toml::Spanned;

use super::messages::toml_error;
use super::*;
use crate::claims::review::{RawReview, ReviewEntry, json_object};
use crate::error::{Error, Result};
use crate::sanitize::clean;
use crate::text::{decode_utf8, verbatim_string};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    claim: Vec<RawClaim>,
    #[serde(default)]
    rejected: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClaim {
    id: Option<Spanned<String>>,
    claimant: Spanned<String>,
    role: Option<String>,
    summary: Option<String>,
    quote: Spanned<String>,
    #[serde(default)]
    prefix: String,
    #[serde(default)]
    suffix: String,
    position: Option<Spanned<[usize; 2]>>,
    verdict: Option<String>,
    #[serde(default, deserialize_with = "verbatim_string")]
    date: Option<String>,
    note: Option<String>,
    #[serde(default)]
    response: Vec<RawResponse>,
    #[serde(default)]
    review: Vec<RawReview>,
    #[serde(default)]
    appearances: Vec<String>,
    extra: Option<Spanned<String>>,
    #[serde(default)]
    draft: bool,
    confidence: Option<Spanned<f64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawResponse {
    expert: Spanned<String>,
    affiliation: Option<String>,
    stance: Stance,
    quote: Spanned<String>,
    #[serde(default)]
    prefix: String,
    #[serde(default)]
    suffix: String,
    position: Option<Spanned<[usize; 2]>>,
    source: Option<String>,
    #[serde(default)]
    draft: bool,
    confidence: Option<Spanned<f64>>,
}

/// Parses and checks a claims file; `name` is used in messages.
///
/// # Errors
/// [`Error::At`] from [`decode_utf8`] when the bytes look binary or are not UTF-8, then
/// those of [`parse_text`].
pub fn parse(name: &str, bytes: &[u8]) -> Result<Vec<ClaimEntry>> {
    parse_text(name, &decode_utf8(name, bytes)?)
}

/// Parses and checks decoded claims-file text.
///
/// # Errors
/// The first problem found, as an [`Error::At`] placed in the file `name`, with a hint:
/// - the text is not TOML of the claims file's shape: a syntax error, a missing or
///   unknown field, an unknown stance, a `[claim.response]` or `[[response]]` where a
///   `[[claim.response]]` is meant, a value between typographic quotation marks, a string
///   ended early by a `"` inside it;
/// - an empty claim `id`, or an id used twice (unnamed claims count as `c1`, `c2`, …);
/// - an empty claim `quote` or `claimant`, or response `expert` or `quote`;
/// - a `position` whose end comes before its start;
/// - a `confidence` outside 0 to 1;
/// - an `extra` (of a claim or a review) that is not a JSON object.
pub fn parse_text(name: &str, text: &str) -> Result<Vec<ClaimEntry>> {
    Ok(parse_file(name, text)?.claims)
}

/// Parses and checks decoded claims-file text, with its `rejected` list.
///
/// # Errors
/// Those of [`parse_text`]; a `rejected` that is not a list of strings is a wrong type.
pub fn parse_file(name: &str, text: &str) -> Result<ClaimsFile> {
    parse_entries(name, text, true)
}

/// [`parse_file`], with every string made safe to show when `clean` is set, or kept
/// exactly as written (a journal's record must give back the entry it was made from).
///
/// A large file is parsed a stretch of `[[claim]]` tables at a time ([`claim_stretches`])
/// and each stretch's claims are checked and kept before the next is parsed: the toml
/// crate holds about a dozen bytes of parse state per byte of input (200 MB for a 16 MB
/// file with 20,000 claims), and its raw claims for a whole file are as large again as
/// the entries made from them. Splitting at `[[claim]]` lines cannot change what a valid
/// file means (each such table is complete in itself); when any stretch does not parse
/// or check (a split inside a multi-line string, or a real problem), the whole file is
/// parsed at once, which gives the first problem its place in the whole file.
pub(crate) fn parse_entries(name: &str, text: &str, clean: bool) -> Result<ClaimsFile> {
    if let Some(stretches) = claim_stretches(text)
        && let Some(file) = parse_stretches(name, text, clean, &stretches)
    {
        return Ok(file);
    }
    let raw: RawFile = toml::from_str(text).map_err(|err| toml_error(name, text, &err))?;
    let mut entries = Entries::new(name, text, clean, raw.claim.len());
    for raw_claim in raw.claim {
        entries.add(0, raw_claim)?;
    }
    Ok(ClaimsFile {
        claims: entries.claims,
        rejected: raw.rejected,
    })
}

/// The claims of `text` parsed and checked a stretch at a time, or `None` when a stretch
/// does not parse or check.
fn parse_stretches(
    name: &str,
    text: &str,
    clean: bool,
    stretches: &[std::ops::Range<usize>],
) -> Option<ClaimsFile> {
    // Room for every claim at once, so the list is not grown by doubling.
    let count = text.matches("[[claim]]").count();
    let mut entries = Entries::new(name, text, clean, count);
    let mut rejected = Vec::new();
    for stretch in stretches {
        let file: RawFile = toml::from_str(&text[stretch.clone()]).ok()?;
        rejected.extend(file.rejected);
        for raw_claim in file.claim {
            entries.add(stretch.start, raw_claim).ok()?;
        }
    }
    entries.claims.shrink_to_fit();
    Some(ClaimsFile {
        claims: entries.claims,
        rejected,
    })
}

/// The entries made so far from a claims file's raw claims, in file order.
struct Entries<'a> {
    name: &'a str,
    text: &'a str,
    clean: bool,
    claims: Vec<ClaimEntry>,
    seen_ids: HashSet<Text>,
    /// The file's repeated strings (people, roles, verdicts, dates), one copy each.
    shared: Interner,
}

impl<'a> Entries<'a> {
    fn new(name: &'a str, text: &'a str, clean: bool, capacity: usize) -> Entries<'a> {
        Entries {
            name,
            text,
            clean,
            claims: Vec::with_capacity(capacity),
            seen_ids: HashSet::with_capacity(capacity),
            shared: Interner::default(),
        }
    }

    /// Checks the next claim (whose spans count from byte `base` of the text) and keeps it.
    fn add(&mut self, base: usize, raw_claim: RawClaim) -> Result<()> {
        let (name, text) = (self.name, self.text);
        let index = self.claims.len();
        let at = |span: std::ops::Range<usize>| base + span.start;
        let id = match &raw_claim.id {
            Some(id) => {
                let value = id.get_ref().trim();
                if value.is_empty() {
                    return Err(Error::at(name, text, at(id.span()), "empty claim id")
                        .with_hint("remove the id to get the default, or give a name"));
                }
                value.to_string()
            }
            None => format!("c{}", index + 1),
        };
        if self.seen_ids.contains(id.as_str()) {
            let offset = at(raw_claim
                .id
                .as_ref()
                .map_or(raw_claim.quote.span(), |s| s.span()));
            return Err(
                Error::at(name, text, offset, format!("duplicate claim id \"{id}\"")).with_hint(
                    "every claim id must be unique (unnamed claims are c1, c2, ... by position)",
                ),
            );
        }
        let id = Text::from(id);
        self.seen_ids.insert(id.clone());
        let quote = Text::from(non_empty(name, text, base, raw_claim.quote, "claim quote")?);
        let claimant = non_empty(name, text, base, raw_claim.claimant, "claimant")?;
        let shared = &mut self.shared;
        // Sized exactly (collected in place, the list would keep the raw responses' room).
        let mut responses = Vec::with_capacity(raw_claim.response.len());
        for r in raw_claim.response {
            responses.push(ResponseEntry {
                expert: shared.text(&non_empty(name, text, base, r.expert, "expert")?),
                affiliation: r.affiliation.map(|a| shared.text(&a)),
                stance: r.stance,
                selector: QuoteSelector {
                    exact: non_empty(name, text, base, r.quote, "response quote")?.into(),
                    prefix: r.prefix.into(),
                    suffix: r.suffix.into(),
                    position: position(name, text, base, r.position)?,
                },
                source: r.source.map(|s| shared.text(&s)),
                draft: draft_mark(name, text, base, r.draft, r.confidence)?,
            });
        }
        let entry = ClaimEntry {
            summary: raw_claim.summary.map_or_else(|| quote.clone(), Text::from),
            id,
            claimant: shared.text(&claimant),
            role: raw_claim.role.map(|r| shared.text(&r)),
            selector: QuoteSelector {
                exact: quote,
                prefix: raw_claim.prefix.into(),
                suffix: raw_claim.suffix.into(),
                position: position(name, text, base, raw_claim.position)?,
            },
            verdict: (raw_claim.verdict)
                .filter(|v| !v.trim().is_empty())
                .map(|v| shared.text(&v)),
            date: raw_claim.date.map(|d| shared.text(&d)),
            note: raw_claim.note.map(Text::from),
            responses,
            reviews: raw_claim
                .review
                .into_iter()
                .map(|r| r.checked(name, text, base))
                .collect::<Result<Vec<_>>>()?,
            appearances: raw_claim.appearances,
            extra: json_object(name, text, base, raw_claim.extra)?,
            draft: draft_mark(name, text, base, raw_claim.draft, raw_claim.confidence)?,
        };
        self.claims
            .push(if self.clean { entry.cleaned() } else { entry });
        Ok(())
    }
}

/// Stretches of about [`STRETCH`] bytes that each begin at a `[[claim]]` line (the first
/// at the start of the file), or `None` for a file too small to split or whose text
/// before its first claim is more than comments and top-level keys other than `claim`
/// (a `rejected` list).
pub(crate) fn claim_stretches(text: &str) -> Option<Vec<std::ops::Range<usize>>> {
    const STRETCH: usize = 64 * 1024;
    if text.len() <= STRETCH {
        return None;
    }
    let starts = text
        .match_indices("[[claim]]")
        .map(|(at, _)| at)
        .filter(|&at| at == 0 || text.as_bytes()[at - 1] == b'\n');
    let mut cuts = Vec::new();
    let mut last = 0;
    for at in starts {
        if cuts.is_empty() {
            let before_first_claim = &text[..at];
            let plain = before_first_claim
                .lines()
                .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
            let keys_only = || {
                toml::from_str::<toml::Table>(before_first_claim)
                    .is_ok_and(|t| !t.contains_key("claim") && t.values().all(|v| !v.is_table()))
            };
            if !plain && !keys_only() {
                return None;
            }
            cuts.push(0);
        } else if at - last >= STRETCH {
            cuts.push(at);
            last = at;
        }
    }
    cuts.push(text.len());
    Some(cuts.windows(2).map(|w| w[0]..w[1]).collect())
}

/// The draft mark of an entry: `draft = true` makes one, with its `confidence` (a
/// fraction from 0 to 1, 0.5 when missing) in percent.
fn draft_mark(
    name: &str,
    text: &str,
    base: usize,
    draft: bool,
    confidence: Option<Spanned<f64>>,
) -> Result<Option<DraftMark>> {
    let percent = match confidence {
        Some(c) if !(0.0..=1.0).contains(c.get_ref()) => {
            return Err(Error::at(
                name,
                text,
                base + c.span().start,
                format!("confidence {} is not between 0 and 1", c.get_ref()),
            )
            .with_hint("confidence is a fraction: 0.85 means 85% sure"));
        }
        Some(c) => (c.get_ref() * 100.0).round() as u8,
        None => 50,
    };
    Ok(draft.then_some(DraftMark {
        confidence: percent,
    }))
}

fn clean_opt(value: Option<String>) -> Option<String> {
    value.map(clean_owned)
}

/// `value` made safe to show, still shared with its equals when nothing needed cleaning.
fn clean_text(value: Text) -> Text {
    match clean(&value, false) {
        std::borrow::Cow::Owned(cleaned) => cleaned.into(),
        std::borrow::Cow::Borrowed(_) => value,
    }
}

fn clean_opt_text(value: Option<Text>) -> Option<Text> {
    value.map(clean_text)
}

/// `value` made safe to show, reusing its allocation when nothing needed cleaning.
fn clean_owned(value: String) -> String {
    if let std::borrow::Cow::Owned(cleaned) = clean(&value, false) {
        cleaned
    } else {
        value
    }
}

impl QuoteSelector {
    /// Cleaned like any claims-file string, except that zero-width spaces, word joiners
    /// and soft hyphens stay as the article's body keeps them (shown marked, through
    /// [`crate::sanitize::mark_invisible`]).
    fn cleaned(self) -> QuoteSelector {
        let quote = |text: Text| match crate::sanitize::clean_quote(&text) {
            std::borrow::Cow::Owned(cleaned) => cleaned.into(),
            std::borrow::Cow::Borrowed(_) => text,
        };
        QuoteSelector {
            exact: quote(self.exact),
            prefix: quote(self.prefix),
            suffix: quote(self.suffix),
            position: self.position,
        }
    }
}

impl ClaimEntry {
    /// The same entry with every string made safe to show.
    fn cleaned(self) -> ClaimEntry {
        ClaimEntry {
            id: clean_text(self.id),
            claimant: clean_text(self.claimant),
            role: clean_opt_text(self.role),
            summary: clean_text(self.summary),
            selector: self.selector.cleaned(),
            verdict: clean_opt_text(self.verdict),
            date: clean_opt_text(self.date),
            note: clean_opt_text(self.note),
            responses: self
                .responses
                .into_iter()
                .map(|r| ResponseEntry {
                    expert: clean_text(r.expert),
                    affiliation: clean_opt_text(r.affiliation),
                    stance: r.stance,
                    selector: r.selector.cleaned(),
                    source: clean_opt_text(r.source),
                    draft: r.draft,
                })
                .collect(),
            reviews: self
                .reviews
                .into_iter()
                .map(|r| ReviewEntry {
                    publisher: clean_opt(r.publisher),
                    publisher_url: clean_opt(r.publisher_url),
                    url: clean_opt(r.url),
                    title: clean_opt(r.title),
                    date: clean_opt(r.date),
                    rating: clean_opt(r.rating),
                    ..r
                })
                .collect(),
            appearances: self.appearances.into_iter().map(clean_owned).collect(),
            extra: self.extra,
            draft: self.draft,
        }
    }
}

fn non_empty(
    name: &str,
    text: &str,
    base: usize,
    value: Spanned<String>,
    what: &str,
) -> Result<String> {
    if value.get_ref().trim().is_empty() {
        return Err(Error::at(
            name,
            text,
            base + value.span().start,
            format!("empty {what}"),
        )
        .with_hint(format!("give the {what} as it appears in the article")));
    }
    Ok(value.into_inner())
}

/// A `position = [start, end]` hint, checked for order.
fn position(
    name: &str,
    text: &str,
    base: usize,
    value: Option<Spanned<[usize; 2]>>,
) -> Result<Option<TextPosition>> {
    let Some(value) = value else {
        return Ok(None);
    };
    let [start, end] = *value.get_ref();
    if start > end {
        return Err(Error::at(
            name,
            text,
            base + value.span().start,
            format!("position [{start}, {end}] ends before it starts"),
        )
        .with_hint("position is [start, end] in characters from the start of the article's text; `counterpoint check --fix` rewrites it"));
    }
    Ok(Some(TextPosition { start, end }))
}
