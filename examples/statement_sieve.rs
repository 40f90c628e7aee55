//! Measures whether a small learned sieve could leave out the drafted statements that are no statement: a logistic regression over features of each statement, fitted on PolNeAR's training split, with the trade-off printed on train's held-apart folds and on dev.
//!
//! ```sh
//! cargo run --release --example statement_sieve [POLNEAR_DIR]
//! ```
//!
//! `POLNEAR_DIR` defaults to `../shared/polnear` beside the repository; when it is absent
//! the program says so and exits 0 (as on a user's machine). A drafted statement's label is
//! whether the scorer counts it a statement (`polnear_score::verdicts`); its features
//! (binary, `kind:value`) are the rule that drafted it, the words just before and after it
//! within a bounded window, the nearest verb of speech before it, negation and modal verbs
//! near it, a relative pronoun before it, its first words and length, quotation marks in
//! and around it, and its speaker's kind. Features met at least [`MIN_COUNT`] times in
//! train get a weight, fitted by full-batch gradient descent (Adagrad) with an L2
//! penalty; train is cut into five folds by article for the held-apart figures; dev is
//! only measured. Session 31 ran it to decide on a sieve: at no threshold did the
//! statements it would leave out hold fewer real ones than none (README, "How well it
//! drafts"), so the drafter has none.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use counterpoint::article::{Article, Format};
use counterpoint::draft::polnear::{CorpusArticle, Kind, read_split};
use counterpoint::draft::polnear_score::{Verdict, verdicts};
use counterpoint::draft::{NpKind, Statement, extract_article};

/// A feature must be met this many times in train to get a weight.
const MIN_COUNT: usize = 5;
/// The L2 penalty on the weights (not the bias), per example.
const L2: f64 = 1e-3;
/// The none left out per gold statement lost that a sieve's threshold would have to keep
/// to on train's folds: one for one, break-even.
const RATIO: f64 = 1.0;
const STEPS: usize = 400;

/// One drafted statement: its features (indexes into the vocabulary), its label, the
/// gold statement it matches (article, attribution) and that one's kind.
/// `article` is the index of its article in the split.
struct Row {
    article: usize,
    features: Vec<usize>,
    statement: bool,
    gold: Option<(usize, usize, Kind)>,
}

fn rows(split: &[CorpusArticle], vocab: &mut Vocab, grow: bool) -> Vec<Row> {
    let mut out = Vec::new();
    for (ai, a) in split.iter().enumerate() {
        let Ok(loaded) = Article::from_text_as(&a.name, &a.text, Format::Plain) else {
            continue;
        };
        let extraction = extract_article(&loaded);
        let judged = verdicts(a, &loaded.body, &extraction);
        for (st, v) in extraction.statements.iter().zip(judged) {
            let gold = match v {
                Verdict::Matches(g, _) => Some((ai, g, a.attributions[g].kind)),
                _ => None,
            };
            let kind = extraction.speaker(st).kind;
            out.push(Row {
                article: ai,
                features: features(&loaded.body, st, kind)
                    .iter()
                    .filter_map(|f| vocab.index(f, grow))
                    .collect(),
                statement: gold.is_some(),
                gold,
            });
        }
    }
    out
}

/// How far, in bytes, the windows before and after a statement's words reach.
const WINDOW: usize = 160;

/// `text[from..to]` with both ends moved inwards onto character boundaries.
fn slice(text: &str, mut from: usize, mut to: usize) -> &str {
    while from < to && !text.is_char_boundary(from) {
        from += 1;
    }
    while to > from && !text.is_char_boundary(to) {
        to -= 1;
    }
    &text[from..to]
}

/// The words of `text` in lower case (letters, digits and apostrophes).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect()
}

/// The window of `body` before `at` back to the sentence's start (a full stop, question or
/// exclamation mark and a space, or a line break), at most [`WINDOW`] bytes.
fn before(body: &str, at: usize) -> &str {
    let w = slice(body, at.saturating_sub(WINDOW), at);
    let cut = w
        .rfind(['\n'])
        .map(|i| i + 1)
        .into_iter()
        .chain(
            ["。", ". ", "? ", "! "]
                .iter()
                .filter_map(|e| w.rfind(e).map(|i| i + e.len())),
        )
        .max()
        .unwrap_or(0);
    &w[cut..]
}

/// The window of `body` after `at` to the sentence's end, at most [`WINDOW`] bytes.
fn after(body: &str, at: usize) -> &str {
    let w = slice(body, at, at + WINDOW);
    let cut = [". ", "? ", "! ", "\n"]
        .iter()
        .filter_map(|e| w.find(e))
        .min()
        .unwrap_or(w.len());
    &w[..cut]
}

const MODALS: &[&str] = &[
    "would", "could", "might", "may", "should", "can", "will", "must",
];
const NEGATIONS: &[&str] = &["not", "never", "no", "nobody"];
const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "wrote",
    "writes",
    "argued",
    "argues",
    "claimed",
    "claims",
    "noted",
    "notes",
    "asked",
    "asks",
    "according",
    "called",
    "calls",
    "insisted",
    "warned",
    "explained",
    "stated",
    "declared",
    "announced",
    "tweeted",
    "saying",
    "telling",
    "adding",
    "suggested",
    "believes",
    "thinks",
    "wants",
    "worried",
];

/// The features of `st`, drafted from `body` and spoken by a speaker of `kind`.
fn features(body: &str, st: &Statement, kind: NpKind) -> Vec<String> {
    let r = &st.range;
    let rule = st.rule;
    let before_text = before(body, r.start);
    let after_text = after(body, r.end);
    let b = words(before_text);
    let a = words(after_text);
    let own = slice(body, r.start, r.end.min(r.start + 4 * WINDOW));
    let c = words(own);
    let back = |k: usize| b.len().checked_sub(k).map_or("^", |i| b[i].as_str());
    let next = |k: usize| a.get(k).map_or("$", String::as_str);
    let marks = |t: &str| t.contains(['"', '“', '”']) || t.contains("''");
    let quoted = marks(slice(body, r.start.saturating_sub(3), r.start));
    let bucket = match c.len() {
        0..=3 => "1-3",
        4..=8 => "4-8",
        9..=20 => "9-20",
        21..=40 => "21-40",
        _ => "41+",
    };
    let kind = match kind {
        NpKind::Name => "name",
        NpKind::Pronoun(_) => "pronoun",
        NpKind::Group => "group",
        NpKind::Body => "body",
    };
    let mut out = vec![
        format!("rule:{rule}"),
        format!("quoted:{quoted}"),
        format!("rule-quoted:{rule}|{quoted}"),
        format!("b1:{}", back(1)),
        format!("b2:{} {}", back(2), back(1)),
        format!("rule-b1:{rule}|{}", back(1)),
        format!("a1:{}", next(0)),
        format!("a2:{} {}", next(0), next(1)),
        format!("rule-a1:{rule}|{}", next(0)),
        format!("c0:{}", c.first().map_or("", String::as_str)),
        format!("c1:{}", c.get(1).map_or("", String::as_str)),
        format!("len:{bucket}"),
        format!("rule-len:{rule}|{bucket}"),
        format!("marks-in:{}", marks(own)),
        format!("marks-around:{}", marks(before_text) || marks(after_text)),
        format!("speaker:{kind}"),
        format!("rule-speaker:{rule}|{kind}"),
        format!("opener:{}", b.first().map_or("", String::as_str)),
    ];
    let near = &b[b.len().saturating_sub(5)..];
    if near
        .iter()
        .any(|w| NEGATIONS.contains(&w.as_str()) || w.ends_with("n't"))
    {
        out.push("negated".into());
    }
    if near.iter().any(|w| MODALS.contains(&w.as_str())) {
        out.push("modal".into());
    }
    if let Some(cue) = near.iter().rev().find(|w| SPEECH.contains(&w.as_str())) {
        out.push(format!("cue:{cue}"));
        out.push(format!("rule-cue:{rule}|{cue}"));
    }
    if let Some(rel) = near[..near.len().saturating_sub(1)]
        .iter()
        .find(|w| ["which", "who", "whom", "that", "what"].contains(&w.as_str()))
    {
        out.push(format!("relative:{rel}"));
    }
    if own.trim_end().ends_with('?') {
        out.push("question".into());
    }
    out
}

#[derive(Default)]
struct Vocab {
    index: HashMap<String, usize>,
    names: Vec<String>,
}

impl Vocab {
    fn index(&mut self, f: &str, grow: bool) -> Option<usize> {
        if let Some(&i) = self.index.get(f) {
            return Some(i);
        }
        if !grow {
            return None;
        }
        self.names.push(f.to_string());
        self.index.insert(f.to_string(), self.names.len() - 1);
        Some(self.names.len() - 1)
    }
}

/// Weights (one per feature) and a bias, fitted to `rows`.
fn fit(rows: &[&Row], n: usize, allowed: &[bool]) -> (Vec<f64>, f64) {
    let mut w = vec![0.0; n];
    let mut b = 0.0;
    // Adagrad's sums of squared gradients.
    let (mut gw2, mut gb2) = (vec![1e-8; n], 1e-8);
    let m = rows.len() as f64;
    for _ in 0..STEPS {
        let mut gw = vec![0.0; n];
        let mut gb = 0.0;
        for r in rows {
            let z = b + r.features.iter().map(|&i| w[i]).sum::<f64>();
            let p = 1.0 / (1.0 + (-z).exp());
            let e = p - f64::from(u8::from(r.statement));
            gb += e / m;
            for &i in &r.features {
                gw[i] += e / m;
            }
        }
        for i in 0..n {
            if !allowed[i] {
                continue;
            }
            let g = gw[i] + L2 * w[i];
            gw2[i] += g * g;
            w[i] -= 0.5 * g / gw2[i].sqrt();
        }
        gb2 += gb * gb;
        b -= 0.5 * gb / f64::sqrt(gb2);
    }
    (w, b)
}

fn log_odds(r: &Row, w: &[f64], b: f64) -> f64 {
    b + r.features.iter().map(|&i| w[i]).sum::<f64>()
}

/// At `threshold`: the none left out, the statements left out, and the gold statements
/// (direct, indirect) no kept statement matches any more.
fn cut(rows: &[Row], odds: &[f64], threshold: f64) -> (usize, usize, usize, usize) {
    let mut kept: HashSet<(usize, usize)> = HashSet::new();
    let (mut none, mut real) = (0, 0);
    for (r, &z) in rows.iter().zip(odds) {
        if z >= threshold {
            if let Some((a, g, _)) = r.gold {
                kept.insert((a, g));
            }
        } else if r.statement {
            real += 1;
        } else {
            none += 1;
        }
    }
    let mut lost: HashSet<(usize, usize, Kind)> = HashSet::new();
    for r in rows {
        if let Some((a, g, k)) = r.gold
            && !kept.contains(&(a, g))
        {
            lost.insert((a, g, k));
        }
    }
    let direct = lost.iter().filter(|l| l.2 == Kind::Direct).count();
    (none, real, direct, lost.len() - direct)
}

fn curve(name: &str, rows: &[Row], odds: &[f64]) {
    let total_none = rows.iter().filter(|r| !r.statement).count();
    println!(
        "{name}: {} drafted, {total_none} none ({:.2}%)",
        rows.len(),
        100.0 * total_none as f64 / rows.len() as f64
    );
    println!(
        "| threshold | none left out | statements left out | direct lost | indirect lost | none left |"
    );
    println!("|---|---|---|---|---|---|");
    for t in [-1.0, 0.0, 0.5, 1.0, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5, 3.0] {
        let (none, real, d, i) = cut(rows, odds, t);
        let left = rows.len() - none - real;
        println!(
            "| {t} | {none} | {real} | {d} | {i} | {} of {left} ({:.2}%) |",
            total_none - none,
            100.0 * (total_none - none) as f64 / left as f64
        );
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args.iter().find(|a| !a.starts_with("--")).map_or_else(
        || PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/polnear")),
        PathBuf::from,
    );
    if !dir.join("train").is_dir() {
        println!(
            "sift_train: no PolNeAR corpus at {} (train/ and dev/); nothing trained",
            dir.display()
        );
        return;
    }
    let (Ok(train), Ok(dev)) = (read_split(&dir.join("train")), read_split(&dir.join("dev")))
    else {
        eprintln!(
            "sift_train: the corpus at {} could not be read",
            dir.display()
        );
        std::process::exit(2);
    };
    let mut vocab = Vocab::default();
    let train_rows = rows(&train, &mut vocab, true);
    let dev_rows = rows(&dev, &mut vocab, false);
    let n = vocab.names.len();
    let mut counts = vec![0usize; n];
    for r in &train_rows {
        for &i in &r.features {
            counts[i] += 1;
        }
    }
    let allowed: Vec<bool> = counts.iter().map(|&c| c >= MIN_COUNT).collect();
    // Five folds by article, for the threshold.
    let mut oof = vec![0.0; train_rows.len()];
    for fold in 0..5 {
        let fit_rows: Vec<&Row> = train_rows
            .iter()
            .filter(|r| r.article % 5 != fold)
            .collect();
        let (w, b) = fit(&fit_rows, n, &allowed);
        for (k, r) in train_rows.iter().enumerate() {
            if r.article % 5 == fold {
                oof[k] = log_odds(r, &w, b);
            }
        }
    }
    curve("train, held-apart folds", &train_rows, &oof);
    let all: Vec<&Row> = train_rows.iter().collect();
    let (w, b) = fit(&all, n, &allowed);
    let mut threshold = f64::NEG_INFINITY;
    for step in 0..=40 {
        let t = -1.0 + 0.1 * f64::from(step);
        let (none, _, d, i) = cut(&train_rows, &oof, t);
        if none as f64 >= RATIO * (d + i) as f64 {
            threshold = t;
        }
    }
    println!("threshold (train folds, {RATIO} none per statement lost): {threshold:.1}");
    let mut heaviest: Vec<(f64, &str)> = (0..n)
        .filter(|&i| allowed[i])
        .map(|i| (w[i], vocab.names[i].as_str()))
        .collect();
    heaviest.sort_by(|a, b| a.0.total_cmp(&b.0));
    let shown: Vec<String> = heaviest
        .iter()
        .take(12)
        .map(|(w, f)| format!("{f} {w:.2}"))
        .collect();
    println!("features that most say none: {}", shown.join(", "));
    let dev_odds: Vec<f64> = dev_rows.iter().map(|r| log_odds(r, &w, b)).collect();
    curve("dev", &dev_rows, &dev_odds);
    let (none, real, d, i) = cut(&dev_rows, &dev_odds, threshold);
    println!(
        "dev at {threshold:.1}: {none} none and {real} statements left out, {d} direct and {i} indirect lost"
    );
}
