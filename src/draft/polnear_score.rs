//! Scoring the drafter on PolNeAR: content recall of direct and indirect statements, the share of drafted statements that are no statement, speaker precision and recall where the source is a name, and exact-span agreement, counted as `../shared/polnear/README.md` says.
//!
//! A drafted statement *matches* an attribution when at least half of the shorter of the
//! two (the drafted words, or the attribution's content over its pieces) lies in both. It
//! is a statement when it matches a gold statement (direct or indirect: [`Kind`]); a
//! second drafted piece of a statement already matched (`"A," she said, "B"` is one
//! attribution) is neither right nor wrong. It is *no statement* when it matches only a
//! belief, or nothing.

use std::fmt::Write as _;
use std::ops::Range;
use std::path::Path;
use std::time::{Duration, Instant};

use super::polnear::{Attribution, CorpusArticle, Kind, read_split};
use super::score::snippet;
use super::{Extraction, extract_article};
use crate::article::{Article, Format};
use crate::error::{Error, Result};

/// Counts for one kind of statement (direct or indirect) over some articles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KindTally {
    /// Gold statements of the kind.
    pub gold: usize,
    /// Of those, the ones some drafted statement matched.
    pub found: usize,
    /// Gold statements whose source is a name.
    pub named: usize,
    /// Of those, matched ones (the speaker was judged).
    pub named_found: usize,
    /// Of those, matched with the right speaker.
    pub named_right: usize,
    /// Matched ones whose drafted words are the gold content exactly (outer marks, space
    /// and final punctuation aside).
    pub exact: usize,
}

impl KindTally {
    fn add(&mut self, o: KindTally) {
        self.gold += o.gold;
        self.found += o.found;
        self.named += o.named;
        self.named_found += o.named_found;
        self.named_right += o.named_right;
        self.exact += o.exact;
    }
}

/// The scores of one split (or one article).
#[derive(Debug, Clone, Default)]
pub struct SplitReport {
    pub name: String,
    pub articles: usize,
    /// Bytes of text drafted.
    pub bytes: usize,
    pub direct: KindTally,
    pub indirect: KindTally,
    /// Drafted statements in all.
    pub drafted: usize,
    /// Drafted statements matching a belief only.
    pub beliefs: usize,
    /// Drafted statements matching nothing.
    pub nothing: usize,
    /// Time spent drafting (loading the article, extracting).
    pub time: Duration,
    /// With misses asked for: one line per miss and per error, naming the article.
    pub misses: Vec<String>,
    /// Per drafting rule: statements drafted, and of those no statement (beliefs
    /// included).
    pub rules: std::collections::BTreeMap<&'static str, (usize, usize)>,
}

impl SplitReport {
    fn add(&mut self, o: &SplitReport) {
        self.articles += o.articles;
        self.bytes += o.bytes;
        self.direct.add(o.direct);
        self.indirect.add(o.indirect);
        self.drafted += o.drafted;
        self.beliefs += o.beliefs;
        self.nothing += o.nothing;
        self.time += o.time;
        for (rule, (n, wrong)) in &o.rules {
            let t = self.rules.entry(rule).or_default();
            t.0 += n;
            t.1 += wrong;
        }
    }

    /// The share of drafted statements that are no statement at all.
    pub fn no_statement(&self) -> Option<f64> {
        ratio(self.beliefs + self.nothing, self.drafted)
    }
}

fn ratio(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

/// Maps each byte offset of `from` to the offset of the same character in `to`, where `to`
/// is `from` with some characters replaced by others (the article's cleaning: tabs
/// expanded, controls shown as marks). Characters are matched greedily; a character `to`
/// lacks maps to where `to` resumes.
fn align(from: &str, to: &str) -> Vec<usize> {
    let mut map = vec![0; from.len() + 1];
    let mut j = 0;
    let mut chars = from.char_indices().peekable();
    while let Some((i, ch)) = chars.next() {
        map[i..i + ch.len_utf8()].fill(j);
        if to[j..].starts_with(ch) {
            j += ch.len_utf8();
            continue;
        }
        // Replaced: skip what `to` has instead, up to where the next character resumes.
        let next = chars.peek().map(|&(_, c)| c);
        let mut k = j;
        let mut skipped = 0;
        while k < to.len() && skipped < 24 {
            let c = to[k..].chars().next().unwrap_or(' ');
            if Some(c) == next {
                break;
            }
            k += c.len_utf8();
            skipped += 1;
        }
        if Some(to[k..].chars().next().unwrap_or(' ')) == next || k == to.len() {
            j = k;
        }
    }
    map[from.len()] = to.len();
    map
}

/// Words that begin a source without naming anyone.
const NOT_NAMES: &[&str] = &[
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "this",
    "that",
    "these",
    "those",
    "who",
    "which",
    "one",
    "some",
    "many",
    "most",
    "several",
    "both",
    "all",
    "each",
    "other",
    "others",
    "another",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "rep",
    "gov",
    "president",
    "senator",
    "former",
    "state",
    "secretary",
    "democratic",
    "republican",
    "gop",
    "u.s",
    "us",
];

/// The words of a source that name someone: capitalised words (or all-capital ones) that
/// are not pronouns, determiners or titles, possessive `'s` taken off, lowercased.
fn name_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '.'))
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .map(|w| w.to_lowercase())
        .map(|w| {
            w.strip_suffix("’s")
                .or(w.strip_suffix("'s"))
                .unwrap_or(&w)
                .to_string()
        })
        .filter(|w| w.chars().count() > 1 && !NOT_NAMES.contains(&w.as_str()))
        .collect()
}

/// Whether a gold source (its pieces as written) is a description rather than a name: the
/// head of its first phrase, before any appositive, bracket, relative clause or
/// prepositional phrase, is a word in lower case (`the Florida senator`, `The senator from
/// Vermont`, `Law enforcement officials`). A description names nobody by itself, so, like a
/// pronoun, it is scored for the content only: the README counts speakers "where the
/// source is a name".
fn description(source: &[&str]) -> bool {
    let Some(first) = source.first() else {
        return false;
    };
    let mut head = *first;
    for cut in [
        ",", "(", " who ", " which ", " that ", " from ", " of ", " at ", " in ",
    ] {
        if let Some(i) = head.find(cut) {
            head = &head[..i];
        }
    }
    for cut in [" with ", " for ", " on ", " including ", " led "] {
        if let Some(i) = head.find(cut) {
            head = &head[..i];
        }
    }
    head.split_whitespace()
        .last()
        .is_some_and(|w| w.starts_with(char::is_lowercase))
}

/// Whether a drafted speaker `found` names the gold source `source` (its words as
/// written): they share a surname or an organisation word.
fn same_source(found: &str, source: &[&str]) -> bool {
    // The source as written, case aside (`police` for `Police say`).
    let written = |s: &str| {
        s.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
            .trim_start_matches("the ")
            .to_string()
    };
    if source
        .iter()
        .any(|s| !name_words(s).is_empty() && written(s) == written(found))
    {
        return true;
    }
    let gold: Vec<String> = source.iter().flat_map(|s| name_words(s)).collect();
    name_words(found).iter().any(|w| gold.contains(w))
}

/// Text with its outer space, quotation marks and final punctuation taken off, for exact
/// span comparison.
fn bare(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || "\"“”„«»‘’'.,;:!?—–-()".contains(c))
}

/// Drafts one article (read as plain text, as `counterpoint draft` reads a `.txt`) and
/// scores it. With `misses`, the report holds a line per miss and per error.
///
/// # Errors
/// Those of [`Article::from_text_as`] for plain text (front matter opened with `+++` and
/// never closed, or not TOML).
pub fn score_article(article: &CorpusArticle, misses: bool) -> Result<SplitReport> {
    let started = Instant::now();
    let loaded = Article::from_text_as(&article.name, &article.text, Format::Plain)?;
    let extraction = extract_article(&loaded);
    let time = started.elapsed();
    Ok(score_extraction(
        article,
        &loaded.body,
        &extraction,
        time,
        misses,
    ))
}

/// What a drafted statement is, judged against the gold as the scorer counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Verdict {
    /// It matches the gold statement (direct or indirect) at this index of the
    /// article's attributions, with this share of the shorter of the two in both.
    Matches(usize, f64),
    /// It matches only a belief.
    Belief,
    /// It matches nothing.
    Nothing,
}

/// Each drafted statement of `extraction` (drafted from `body`, the article's text as
/// loaded) judged against `article`'s gold, in the order drafted: what the scorer counts
/// as a statement, a belief only or nothing. The trainer of the statement sieve
/// (`examples/sift_train.rs`) learns from these.
pub fn verdicts(article: &CorpusArticle, body: &str, extraction: &Extraction) -> Vec<Verdict> {
    let to_body = align(&article.text, body);
    let to_text = |b: usize| to_body.partition_point(|&x| x < b);
    judge(&article.attributions, &to_text, extraction)
}

fn judge(
    gold: &[Attribution],
    to_text: &dyn Fn(usize) -> usize,
    extraction: &Extraction,
) -> Vec<Verdict> {
    let mut out = Vec::with_capacity(extraction.statements.len());
    for s in &extraction.statements {
        let range = to_text(s.range.start)..to_text(s.range.end);
        let mut choice: Option<(usize, f64)> = None;
        for (g, a) in gold.iter().enumerate() {
            let extent = a.extent();
            if extent.end <= range.start || extent.start >= range.end {
                continue;
            }
            let shorter = range.len().min(a.content_len()).max(1);
            let share = a.overlap(&range) as f64 / shorter as f64;
            if share < 0.5 {
                continue;
            }
            let rank = |g: usize, share: f64| (gold[g].kind != Kind::Belief, share);
            if choice.is_none_or(|(c, cs)| rank(g, share) > rank(c, cs)) {
                choice = Some((g, share));
            }
        }
        out.push(match choice {
            Some((g, share)) if gold[g].kind != Kind::Belief => Verdict::Matches(g, share),
            Some(_) => Verdict::Belief,
            None => Verdict::Nothing,
        });
    }
    out
}

fn score_extraction(
    article: &CorpusArticle,
    body: &str,
    extraction: &Extraction,
    time: Duration,
    misses: bool,
) -> SplitReport {
    let text = article.text.as_str();
    // Body offsets back to the text's: align the text to the body, then invert.
    let to_body = align(text, body);
    let to_text = |b: usize| to_body.partition_point(|&x| x < b);
    let gold = &article.attributions;
    let mut report = SplitReport {
        name: article.name.clone(),
        articles: 1,
        bytes: text.len(),
        time,
        ..SplitReport::default()
    };
    // For each attribution, the drafted statement that matched it best, with its overlap.
    let mut best: Vec<Option<(usize, f64)>> = vec![None; gold.len()];
    for (d, (s, verdict)) in extraction
        .statements
        .iter()
        .zip(judge(gold, &to_text, extraction))
        .enumerate()
    {
        report.drafted += 1;
        report.rules.entry(s.rule).or_default().0 += 1;
        let what = match verdict {
            Verdict::Matches(g, share) => {
                if best[g].is_none_or(|(_, bs)| share > bs) {
                    best[g] = Some((d, share));
                }
                continue;
            }
            Verdict::Belief => {
                report.beliefs += 1;
                "belief only"
            }
            Verdict::Nothing => {
                report.nothing += 1;
                "no statement"
            }
        };
        report.rules.entry(s.rule).or_default().1 += 1;
        if misses {
            let range = to_text(s.range.start)..to_text(s.range.end);
            report.misses.push(format!(
                "{}: {what}: [{}] {} — {}",
                article.name,
                s.rule,
                extraction.speaker(s).name,
                in_context(text, range)
            ));
        }
    }
    for (g, a) in gold.iter().enumerate() {
        let tally = match a.kind {
            Kind::Direct => &mut report.direct,
            Kind::Indirect => &mut report.indirect,
            Kind::Belief => continue,
        };
        let source = a.source_text(text);
        let named = source.iter().any(|s| !name_words(s).is_empty()) && !description(&source);
        tally.gold += 1;
        tally.named += usize::from(named);
        let content: Vec<&str> = a.content.iter().map(|r| &text[r.clone()]).collect();
        let label = if a.kind == Kind::Direct {
            "direct"
        } else {
            "indirect"
        };
        let Some((d, _)) = best[g] else {
            if misses {
                report.misses.push(format!(
                    "{}: missed {label} [{}]: {} — {}",
                    article.name,
                    a.cue
                        .iter()
                        .map(|r| &text[r.clone()])
                        .collect::<Vec<_>>()
                        .join(" … "),
                    source.join(" "),
                    hull(&a.content).map_or_else(String::new, |r| in_context(text, r))
                ));
            }
            continue;
        };
        tally.found += 1;
        let s = &extraction.statements[d];
        let range = to_text(s.range.start)..to_text(s.range.end);
        if bare(&text[range.clone()]) == bare(&content.join(" ")) {
            tally.exact += 1;
        }
        if named {
            tally.named_found += 1;
            let speaker = &extraction.speaker(s).name;
            if same_source(speaker, &source) {
                tally.named_right += 1;
            } else if misses {
                report.misses.push(format!(
                    "{}: wrong speaker ({label}): {speaker} for {} — {}",
                    article.name,
                    source.join(" "),
                    snippet(&text[range], 160)
                ));
            }
        }
    }
    report
}

/// The drafted `range` of `text` between ⟦ and ⟧, after at most 80 characters of what
/// precedes it in its paragraph and before at most 60 of what follows, shortened to 160
/// characters, on one line.
/// The smallest range that holds every one of `spans` (none when there are none).
fn hull(spans: &[Range<usize>]) -> Option<Range<usize>> {
    let start = spans.iter().map(|r| r.start).min()?;
    let end = spans.iter().map(|r| r.end).max()?;
    Some(start..end)
}

fn in_context(text: &str, range: Range<usize>) -> String {
    let para = text[..range.start].rfind("\n\n").map_or(0, |i| i + 2);
    let mut from = range.start.saturating_sub(80).max(para);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text[from..range.start]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let para_end = text[range.end..]
        .find("\n\n")
        .map_or(text.len(), |i| range.end + i);
    let mut to = (range.end + 60).min(para_end);
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let after = text[range.end..to]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    format!("{before} ⟦{}⟧ {after}", snippet(&text[range.clone()], 160))
}

/// Scores every article of a split folder (`text/`, `attributions/`).
///
/// # Errors
/// Those of [`read_split`], and of loading an article.
pub fn score_split(dir: &Path, name: &str, misses: bool) -> Result<SplitReport> {
    let articles = read_split(dir)?;
    let mut total = SplitReport {
        name: name.to_string(),
        ..SplitReport::default()
    };
    for a in &articles {
        let r = score_article(a, misses)?;
        total.add(&r);
        total.misses.extend(r.misses);
    }
    Ok(total)
}

/// Scores the splits in `dir`: its `train/` and `dev/` folders when it has them (the
/// corpus's folder), else `dir` itself as one split.
///
/// # Errors
/// [`Error::Usage`] when `dir` is neither a corpus folder nor a split folder; else those
/// of [`score_split`].
pub fn score_corpus(dir: &Path, misses: bool) -> Result<Vec<SplitReport>> {
    let splits: Vec<(String, std::path::PathBuf)> = ["train", "dev"]
        .iter()
        .map(|s| (s.to_string(), dir.join(s)))
        .filter(|(_, p)| p.join("text").is_dir())
        .collect();
    if !splits.is_empty() {
        return splits
            .iter()
            .map(|(n, p)| score_split(p, n, misses))
            .collect();
    }
    if dir.join("text").is_dir() {
        let name = dir
            .file_name()
            .map_or("split".into(), |n| n.to_string_lossy().into_owned());
        return Ok(vec![score_split(dir, &name, misses)?]);
    }
    Err(Error::Usage(format!(
        "{}: no PolNeAR split here (expected train/ and dev/, or text/ and attributions/)",
        dir.display()
    )))
}

fn cell(v: Option<f64>) -> String {
    v.map_or("–".into(), |v| format!("{v:.2}"))
}

/// The scores as Markdown tables (one row per split and kind), and with `verbose` every
/// miss below them.
pub fn table(reports: &[SplitReport], verbose: bool) -> String {
    let mut out = String::new();
    out.push_str(
        "| split | statements | gold | content R | speaker P | speaker R | exact spans |\n",
    );
    out.push_str("|---|---|---|---|---|---|---|\n");
    for r in reports {
        for (label, t) in [("direct", r.direct), ("indirect", r.indirect)] {
            let _ = writeln!(
                out,
                "| {} | {label} | {} | {} | {} | {} | {} |",
                r.name,
                t.gold,
                cell(ratio(t.found, t.gold)),
                cell(ratio(t.named_right, t.named_found)),
                cell(ratio(t.named_right, t.named)),
                cell(ratio(t.exact, t.found)),
            );
        }
    }
    out.push_str(
        "\n| split | articles | drafted | no statement | of which beliefs | drafting time |\n",
    );
    out.push_str("|---|---|---|---|---|---|\n");
    for r in reports {
        let mb = r.bytes as f64 / 1e6;
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {:.2} s ({:.1} MB, {:.1} MB/s) |",
            r.name,
            r.articles,
            r.drafted,
            cell(r.no_statement()),
            cell(ratio(r.beliefs, r.drafted)),
            r.time.as_secs_f64(),
            mb,
            mb / r.time.as_secs_f64().max(1e-9),
        );
    }
    if verbose {
        out.push_str("\n| split | rule | drafted | no statement |\n|---|---|---|---|\n");
        for r in reports {
            for (rule, &(n, wrong)) in &r.rules {
                let _ = writeln!(out, "| {} | {rule} | {n} | {wrong} |", r.name);
            }
        }
        out.push('\n');
        for r in reports {
            for m in &r.misses {
                let _ = writeln!(out, "{}/{m}", r.name);
            }
        }
    }
    out
}

#[cfg(test)]
#[path = "polnear_score_tests.rs"]
mod tests;
