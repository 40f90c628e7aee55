//! Measuring the drafter against gold annotations: precision and recall of quote–speaker pairs, affiliations, claims and claim links.

use crate::text::plural;
use std::fmt::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::people::normal;
use super::plan::same_place;
use super::{Extraction, extract_article};
use crate::anchor::anchor;
use crate::article::Article;
use crate::claims::QuoteSelector;
use crate::error::{Error, Result};

/// A gold file: the article it annotates and what a careful reader finds in it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Gold {
    article: PathBuf,
    #[serde(default)]
    person: Vec<GoldPerson>,
    #[serde(default)]
    claim: Vec<GoldClaim>,
    #[serde(default)]
    statement: Vec<GoldStatement>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GoldPerson {
    name: String,
    /// Each affiliation as written; `a | b` accepts either form.
    #[serde(default)]
    affiliations: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GoldClaim {
    id: String,
    speaker: String,
    text: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GoldStatement {
    speaker: String,
    text: String,
    claim: Option<String>,
    /// The response's stance towards `claim` (`supports`, `disputes`, `qualifies`,
    /// `context`), where the annotator gave one; scored over the statements linked to
    /// the right claim.
    stance: Option<crate::claims::Stance>,
}

/// How many were found, how many were right, how many there were to find.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub found: usize,
    pub right: usize,
    pub expected: usize,
    pub recalled: usize,
}

impl Tally {
    pub fn precision(&self) -> Option<f64> {
        (self.found > 0).then(|| self.right as f64 / self.found as f64)
    }
    pub fn recall(&self) -> Option<f64> {
        (self.expected > 0).then(|| self.recalled as f64 / self.expected as f64)
    }
    fn add(&mut self, other: Tally) {
        self.found += other.found;
        self.right += other.right;
        self.expected += other.expected;
        self.recalled += other.recalled;
    }
}

/// The scores for one article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub name: String,
    pub pairs: Tally,
    pub affiliations: Tally,
    pub claims: Tally,
    pub links: Tally,
    /// Stances of the responses linked to the right claim whose gold gives a stance:
    /// `found` and `expected` count those, `right` and `recalled` the ones whose drafted
    /// stance is the gold's.
    pub stances: Tally,
    /// Gold statements that give a stance.
    pub gold_stances: usize,
    /// Statements found that match no gold statement (for reading the misses).
    pub wrong: Vec<String>,
    /// Gold statements nothing found matched.
    pub missed: Vec<String>,
}

struct Span {
    range: Range<usize>,
    speaker: String,
}

fn same_speaker(found: &str, gold: &str) -> bool {
    normal(found) == normal(gold)
}

/// Pairs each gold span with one found span at the same place by the same speaker.
/// Returns, for each found span, the gold span it matched.
fn pair(found: &[Span], gold: &[Span]) -> Vec<Option<usize>> {
    let mut matched: Vec<Option<usize>> = vec![None; found.len()];
    for (g, gs) in gold.iter().enumerate() {
        let best = found
            .iter()
            .enumerate()
            .filter(|(f, fs)| {
                matched[*f].is_none()
                    && same_place(&fs.range, &gs.range)
                    && same_speaker(&fs.speaker, &gs.speaker)
            })
            .max_by_key(|(_, fs)| {
                fs.range
                    .end
                    .min(gs.range.end)
                    .saturating_sub(fs.range.start.max(gs.range.start))
            });
        if let Some((f, _)) = best {
            matched[f] = Some(g);
        }
    }
    matched
}

fn tally(matched: &[Option<usize>], expected: usize) -> Tally {
    let right = matched.iter().filter(|m| m.is_some()).count();
    Tally {
        found: matched.len(),
        right,
        expected,
        recalled: right,
    }
}

/// An affiliation compared loosely: lower case, no leading article, no end punctuation.
fn affiliation_key(text: &str) -> String {
    let lower = text.to_lowercase().replace('’', "'");
    let trimmed = lower.trim().trim_end_matches(['.', ',', ';']);
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    let words = match words.first() {
        Some(&("a" | "an" | "the")) => &words[1..],
        _ => &words[..],
    };
    words.join(" ")
}

/// Whether a found affiliation is one a gold entry accepts (`a | b`: either form).
fn accepts(alternatives: &str, found: &str) -> bool {
    alternatives
        .split(" | ")
        .any(|alt| affiliation_key(alt) == affiliation_key(found))
}

/// Scores the drafter on the article a gold file annotates.
///
/// # Errors
/// [`Error::Io`] naming the file when the gold file, or the article it names (relative to
/// the gold file's folder), cannot be read or is not UTF-8; [`Error::At`] in the gold
/// file when it is not TOML of the gold shape (a missing `article`, an unknown field);
/// those of [`Article::from_text`] for the article; and [`Error::At`] at a gold claim's or
/// statement's text (in the gold file) when the anchorer cannot place that text in the
/// article (not found, or ambiguous between several places).
pub fn score_file(path: &Path) -> Result<Report> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, &e))?;
    let gold: Gold = toml::from_str(&text).map_err(|e| Error::from_toml(&name, &text, &e))?;
    let article_path = path.parent().unwrap_or(Path::new(".")).join(&gold.article);
    let article_name = article_path.display().to_string();
    let article_text =
        std::fs::read_to_string(&article_path).map_err(|e| Error::io(&article_path, &e))?;
    let article = Article::from_text(&article_name, &article_text)?;
    let extraction = extract_article(&article);
    score(&name, &text, &gold, &article, &extraction)
}

fn place(name: &str, file: &str, body: &str, text: &str) -> Result<Range<usize>> {
    let selector = QuoteSelector {
        exact: text.to_string().into(),
        ..QuoteSelector::default()
    };
    anchor(body, &selector).range.ok_or_else(|| {
        let at = file.find(text).unwrap_or(0);
        Error::at(
            name,
            file,
            at,
            format!("\"{text}\" is not in the article, once"),
        )
        .with_hint("gold text must be the article's words exactly, and found once")
    })
}

fn score(
    name: &str,
    file: &str,
    gold: &Gold,
    article: &Article,
    ex: &Extraction,
) -> Result<Report> {
    let body = &article.body;
    let gold_claims: Vec<Span> = gold
        .claim
        .iter()
        .map(|c| {
            Ok(Span {
                range: place(name, file, body, &c.text)?,
                speaker: c.speaker.clone(),
            })
        })
        .collect::<Result<_>>()?;
    let gold_statements: Vec<Span> = gold
        .statement
        .iter()
        .map(|s| {
            Ok(Span {
                range: place(name, file, body, &s.text)?,
                speaker: s.speaker.clone(),
            })
        })
        .collect::<Result<_>>()?;
    let found: Vec<Span> = ex
        .statements
        .iter()
        .map(|s| Span {
            range: s.range.clone(),
            speaker: ex.speaker(s).name.clone(),
        })
        .collect();
    let mut report = Report {
        name: article.name.clone(),
        ..Report::default()
    };
    // Quote–speaker pairs: every statement, claims included.
    let all_gold: Vec<Span> = gold_claims
        .iter()
        .chain(&gold_statements)
        .map(|s| Span {
            range: s.range.clone(),
            speaker: s.speaker.clone(),
        })
        .collect();
    let matched = pair(&found, &all_gold);
    report.pairs = tally(&matched, all_gold.len());
    for (f, m) in matched.iter().enumerate() {
        if m.is_none() {
            let s = &found[f];
            report
                .wrong
                .push(format!("{}: {}", s.speaker, &body[s.range.clone()]));
        }
    }
    for (g, s) in all_gold.iter().enumerate() {
        if !matched.contains(&Some(g)) {
            report
                .missed
                .push(format!("{}: {}", s.speaker, &body[s.range.clone()]));
        }
    }
    // Claims: statements made with a claim-making verb.
    let claim_indices: Vec<usize> = (0..ex.statements.len())
        .filter(|&i| ex.statements[i].claim)
        .collect();
    let found_claims: Vec<Span> = claim_indices
        .iter()
        .map(|&i| Span {
            range: found[i].range.clone(),
            speaker: found[i].speaker.clone(),
        })
        .collect();
    let claim_match = pair(&found_claims, &gold_claims);
    report.claims = tally(&claim_match, gold_claims.len());
    for (k, m) in claim_match.iter().enumerate() {
        if m.is_none() {
            let s = &found_claims[k];
            report.wrong.push(format!(
                "claim of {}: {}",
                s.speaker,
                snippet(&body[s.range.clone()], 60)
            ));
        }
    }
    for (g, s) in gold_claims.iter().enumerate() {
        if !claim_match.contains(&Some(g)) {
            report.missed.push(format!(
                "claim of {}: {}",
                s.speaker,
                snippet(&body[s.range.clone()], 60)
            ));
        }
    }
    let gold_claim_of_statement = |i: usize| {
        claim_indices
            .iter()
            .position(|&c| c == i)
            .and_then(|k| claim_match[k])
            .map(|g| gold.claim[g].id.as_str())
    };
    // Claim links: a response found at a gold statement's place, answering the claim found
    // at the gold claim's place.
    let statement_match = pair(&found, &gold_statements);
    let mut links = Tally {
        expected: gold.statement.iter().filter(|s| s.claim.is_some()).count(),
        ..Tally::default()
    };
    for (f, m) in statement_match.iter().enumerate() {
        let Some(g) = m else { continue };
        let Some(answers) = ex.statements[f].answers else {
            if let Some(want) = &gold.statement[*g].claim {
                report.missed.push(format!(
                    "link of {}: {} to {want}",
                    found[f].speaker,
                    snippet(&body[found[f].range.clone()], 60)
                ));
            }
            continue;
        };
        links.found += 1;
        let want = gold.statement[*g].claim.as_deref();
        let got = gold_claim_of_statement(answers);
        if want.is_some_and(|want| got == Some(want)) {
            links.right += 1;
            links.recalled += 1;
            if let Some(gold_stance) = gold.statement[*g].stance {
                let drafted = ex.statements[f].stance;
                report.stances.found += 1;
                report.stances.expected += 1;
                if drafted == gold_stance {
                    report.stances.right += 1;
                    report.stances.recalled += 1;
                } else {
                    report.wrong.push(format!(
                        "stance of {}: {} {} (gold: {})",
                        found[f].speaker,
                        snippet(&body[found[f].range.clone()], 60),
                        drafted.word(),
                        gold_stance.word()
                    ));
                }
            }
        } else {
            let s = &found[f];
            report.wrong.push(format!(
                "link of {}: {} answers {} (gold: {})",
                s.speaker,
                snippet(&body[s.range.clone()], 60),
                got.unwrap_or("a claim not in the gold"),
                want.unwrap_or("none")
            ));
        }
    }
    report.links = links;
    report.gold_stances = gold.statement.iter().filter(|s| s.stance.is_some()).count();
    // Affiliations of the people who speak.
    let speakers = ex.speakers();
    let mut aff = Tally::default();
    for person in &speakers {
        let gold_person = gold
            .person
            .iter()
            .find(|p| same_speaker(&person.name, &p.name));
        for a in &person.affiliations {
            aff.found += 1;
            if gold_person.is_some_and(|g| g.affiliations.iter().any(|alts| accepts(alts, a))) {
                aff.right += 1;
            } else {
                report
                    .wrong
                    .push(format!("affiliation of {}: {a}", person.name));
            }
        }
    }
    for g in &gold.person {
        let person = speakers.iter().find(|p| same_speaker(&p.name, &g.name));
        for alts in &g.affiliations {
            aff.expected += 1;
            if person.is_some_and(|p| p.affiliations.iter().any(|a| accepts(alts, a))) {
                aff.recalled += 1;
            } else {
                report
                    .missed
                    .push(format!("affiliation of {}: {alts}", g.name));
            }
        }
    }
    report.affiliations = aff;
    Ok(report)
}

/// `text` on one line, cut with `…` at `width` columns (for lines of misses).
pub(super) fn snippet(text: &str, width: usize) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    crate::text::ellipsize(&line, width)
}

/// Every gold file (`*.gold.toml`) in `dir`, scored, by name.
///
/// # Errors
/// [`Error::Io`] naming `dir` when it cannot be listed; [`Error::Usage`] (`DIR: no
/// *.gold.toml files`) when it holds none; else the first error of [`score_file`] among
/// the files, in name order.
pub fn score_dir(dir: &Path) -> Result<Vec<Report>> {
    let name = dir.display().to_string();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, &e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.toml"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(Error::Usage(format!("{name}: no *.gold.toml files")));
    }
    files.iter().map(|f| score_file(f)).collect()
}

fn cell(value: Option<f64>) -> String {
    value.map_or("–".to_string(), |v| format!("{v:.2}"))
}

/// The scores as a Markdown table, one row per article and a total (counted over every
/// statement, not averaged over articles); `stance` is the share of the rightly linked
/// responses with a gold stance whose drafted stance is that one. With `verbose`, each
/// miss below.
pub fn table(reports: &[Report], verbose: bool) -> String {
    let mut out = String::new();
    out.push_str("| article | quote–speaker P | R | affiliations P | R | claims P | R | claim links P | R | stance |\n");
    out.push_str("|---|---|---|---|---|---|---|---|---|---|\n");
    let mut total = Report {
        name: "all".into(),
        ..Report::default()
    };
    let row = |out: &mut String, r: &Report| {
        let name = Path::new(&r.name)
            .file_name()
            .map_or(r.name.clone(), |n| n.to_string_lossy().into_owned());
        let _ = writeln!(
            out,
            "| {name} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            cell(r.pairs.precision()),
            cell(r.pairs.recall()),
            cell(r.affiliations.precision()),
            cell(r.affiliations.recall()),
            cell(r.claims.precision()),
            cell(r.claims.recall()),
            cell(r.links.precision()),
            cell(r.links.recall()),
            cell(r.stances.precision()),
        );
    };
    for r in reports {
        row(&mut out, r);
        total.pairs.add(r.pairs);
        total.affiliations.add(r.affiliations);
        total.claims.add(r.claims);
        total.links.add(r.links);
        total.stances.add(r.stances);
        total.gold_stances += r.gold_stances;
    }
    row(&mut out, &total);
    let _ = writeln!(
        out,
        "\n{} in the gold annotations, {}, {}, {}, {}.",
        plural(total.pairs.expected, "quote–speaker pair"),
        plural(total.affiliations.expected, "affiliation"),
        plural(total.claims.expected, "claim"),
        plural(total.links.expected, "claim link"),
        plural(total.gold_stances, "stance")
    );
    if verbose {
        for r in reports {
            for w in &r.wrong {
                let _ = writeln!(out, "{}: wrong: {w}", r.name);
            }
            for m in &r.missed {
                let _ = writeln!(out, "{}: missed: {m}", r.name);
            }
        }
    }
    out
}
