//! Trains the learned resolver of a statement's source (`src/draft/resolver.rs`): an averaged perceptron ranking each drafted statement's candidate speakers, fitted on the development gold sets, its epochs and margin chosen by leave-one-set-out cross-validation, its weights written to `src/draft/resolver_weights.txt`.
//!
//! ```sh
//! cargo run --release --example train_resolver [OUT]
//! ```
//!
//! Reads `tests/draft` (its own gold files) and `tests/draft/held-out` … `held-out-12`.
//! Each drafted statement whose words are at a gold statement's place (the scorer's
//! `same_place`) is labelled by the candidate named as that statement's speaker; one whose
//! gold speaker is no candidate teaches nothing but still counts against both the rules and
//! the model. For every setting of the grid, each set in turn is held out, the rest train,
//! and the held-out set's right pairs are counted for the rules' choice and the model's:
//! the setting with the best mean gain (right pairs over gold pairs) is trained on all sets
//! and written. Deterministic: the same sets give the same file byte for byte.

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use counterpoint::anchor::anchor;
use counterpoint::article::Article;
use counterpoint::claims::QuoteSelector;
use counterpoint::draft::people::normal;
use counterpoint::draft::plan::same_place;
use counterpoint::draft::resolver::{Candidate, FEATURES};
use counterpoint::draft::resolver_model::{Row, Weights, rows};

const SETS: &[&str] = &[
    ".",
    "held-out",
    "held-out-2",
    "held-out-3",
    "held-out-4",
    "held-out-5",
    "held-out-6",
    "held-out-7",
    "held-out-8",
    "held-out-9",
    "held-out-10",
    "held-out-11",
    "held-out-12",
];
const EPOCHS: &[usize] = &[1, 2, 4, 8];
const MARGINS: &[f64] = &[0.0, 0.25, 0.5, 1.0, 2.0];

#[derive(Deserialize)]
struct Gold {
    article: PathBuf,
    #[serde(default)]
    claim: Vec<Said>,
    #[serde(default)]
    statement: Vec<Said>,
}

#[derive(Deserialize)]
struct Said {
    speaker: String,
    text: String,
}

/// A drafted statement, its candidates, and which of them the gold names (if any).
struct Example {
    row: Row,
    label: Option<usize>,
}

/// One gold set: its labelled statements and how many gold pairs it has.
struct Set {
    name: &'static str,
    examples: Vec<Example>,
    gold: usize,
}

fn label(row: &Row, gold: &[(Range<usize>, String)]) -> Option<usize> {
    let overlap = |g: &Range<usize>| {
        row.range
            .end
            .min(g.end)
            .saturating_sub(row.range.start.max(g.start))
    };
    let mut at: Vec<&(Range<usize>, String)> = gold
        .iter()
        .filter(|(g, _)| same_place(&row.range, g))
        .collect();
    at.sort_by_key(|(g, _)| std::cmp::Reverse(overlap(g)));
    at.iter()
        .find_map(|(_, speaker)| row.names.iter().position(|n| normal(n) == normal(speaker)))
}

fn read_set(root: &Path, name: &'static str) -> Set {
    let dir = root.join(name);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.to_string_lossy().ends_with(".gold.toml"));
    files.sort();
    let mut set = Set {
        name,
        examples: Vec::new(),
        gold: 0,
    };
    for path in files {
        let text = std::fs::read_to_string(&path).expect("a gold file reads");
        let gold: Gold = toml::from_str(&text).expect("a gold file parses");
        let article_path = dir.join(&gold.article);
        let body_text = std::fs::read_to_string(&article_path).expect("the article reads");
        let article =
            Article::from_text(&article_path.display().to_string(), &body_text).expect("parses");
        let spans: Vec<(Range<usize>, String)> = gold
            .claim
            .iter()
            .chain(&gold.statement)
            .filter_map(|s| {
                let selector = QuoteSelector {
                    exact: s.text.clone().into(),
                    ..QuoteSelector::default()
                };
                anchor(&article.body, &selector)
                    .range
                    .map(|r| (r, s.speaker.clone()))
            })
            .collect();
        set.gold += spans.len();
        for row in rows(&article) {
            let label = label(&row, &spans);
            set.examples.push(Example { row, label });
        }
    }
    set
}

fn score(w: &[f64], c: &Candidate) -> f64 {
    c.features.iter().map(|&i| w[i]).sum()
}

/// An averaged perceptron over the labelled examples of `sets`, in a fixed order.
fn train(sets: &[&Set], epochs: usize, margin: f64) -> Weights {
    let mut w = vec![0.0; FEATURES.len()];
    let mut sum = vec![0.0; FEATURES.len()];
    let mut steps: f64 = 0.0;
    for _ in 0..epochs {
        for set in sets {
            for e in &set.examples {
                let Some(gold) = e.label else { continue };
                let list = &e.row.candidates;
                let mut best = (0, score(&w, &list[0]));
                for (i, c) in list.iter().enumerate().skip(1) {
                    let s = score(&w, c);
                    if s > best.1 {
                        best = (i, s);
                    }
                }
                if best.0 != gold {
                    for &f in &list[gold].features {
                        w[f] += 1.0;
                    }
                    for &f in &list[best.0].features {
                        w[f] -= 1.0;
                    }
                }
                for (s, x) in sum.iter_mut().zip(&w) {
                    *s += x;
                }
                steps += 1.0;
            }
        }
    }
    Weights {
        margin,
        weights: sum.iter().map(|s| round(s / steps.max(1.0))).collect(),
    }
}

/// Six decimals, as the file holds them: the weights used in cross-validation are the ones
/// a file would give.
fn round(x: f64) -> f64 {
    let r = (x * 1e6).round() / 1e6;
    if r == 0.0 { 0.0 } else { r }
}

/// Right pairs on `set` by the rules' choice and by `weights`' choice.
fn judge(set: &Set, weights: &Weights) -> (usize, usize) {
    let mut rules = 0;
    let mut model = 0;
    for e in &set.examples {
        if e.label == Some(0) {
            rules += 1;
        }
        if e.label == Some(weights.choose(&e.row.candidates)) {
            model += 1;
        }
    }
    (rules, model)
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/draft");
    let out = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/draft/resolver_weights.txt")
        });
    let sets: Vec<Set> = SETS.iter().map(|s| read_set(&root, s)).collect();
    let reachable: usize = sets
        .iter()
        .flat_map(|s| &s.examples)
        .filter(|e| e.label.is_some_and(|l| l > 0))
        .count();
    let labelled: usize = sets
        .iter()
        .flat_map(|s| &s.examples)
        .filter(|e| e.label.is_some())
        .count();
    let drafted: usize = sets.iter().map(|s| s.examples.len()).sum();
    println!(
        "{drafted} drafted statements, {labelled} with the gold speaker among their candidates, \
         {reachable} of those where it is not the rules' choice"
    );
    // Leave-one-set-out: the mean gain of each setting.
    let mut best: Option<(f64, usize, f64)> = None;
    println!("\n| epochs | margin | mean gain (right pairs / gold pairs) | sets helped / hurt |");
    println!("|---|---|---|---|");
    for &epochs in EPOCHS {
        for &margin in MARGINS {
            let mut gains = 0.0;
            let (mut helped, mut hurt) = (0, 0);
            for k in 0..sets.len() {
                let rest: Vec<&Set> = sets
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != k)
                    .map(|(_, s)| s)
                    .collect();
                let w = train(&rest, epochs, margin);
                let (rules, model) = judge(&sets[k], &w);
                let gain = (model as f64 - rules as f64) / sets[k].gold.max(1) as f64;
                gains += gain;
                helped += usize::from(model > rules);
                hurt += usize::from(model < rules);
            }
            let mean = gains / sets.len() as f64;
            println!("| {epochs} | {margin} | {mean:+.4} | {helped} / {hurt} |");
            if best.is_none_or(|(b, _, _)| mean > b + 1e-9) {
                best = Some((mean, epochs, margin));
            }
        }
    }
    let (mean, epochs, margin) = best.expect("a setting");
    println!("\nchosen: {epochs} epochs, margin {margin} (mean held-out gain {mean:+.4})");
    println!(
        "\n| held-out set | gold pairs | drafted | right by the rules | right by the model | gain |"
    );
    println!("|---|---|---|---|---|---|");
    for k in 0..sets.len() {
        let rest: Vec<&Set> = sets
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != k)
            .map(|(_, s)| s)
            .collect();
        let w = train(&rest, epochs, margin);
        let (rules, model) = judge(&sets[k], &w);
        println!(
            "| {} | {} | {} | {rules} | {model} | {:+.3} |",
            sets[k].name,
            sets[k].gold,
            sets[k].examples.len(),
            (model as f64 - rules as f64) / sets[k].gold.max(1) as f64
        );
    }
    let all: Vec<&Set> = sets.iter().collect();
    let weights = train(&all, epochs, margin);
    let header = format!(
        "The learned resolver's weights: written by `cargo run --release --example \
         train_resolver`\nfrom tests/draft and held-out … held-out-12 ({epochs} epochs, margin \
         {margin}, chosen by\nleave-one-set-out cross-validation: mean gain {mean:+.4}). Do not \
         edit by hand."
    );
    std::fs::write(&out, weights.to_text(&header)).expect("the weights file writes");
    println!("\nwrote {}", out.display());
}
