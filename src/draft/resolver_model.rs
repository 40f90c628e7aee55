//! The linear ranker of [`super::resolver`]'s candidates, tried and not part of the drafter (README, "How well it drafts"): its weights (the text file `resolver_weights.txt`, written by `cargo run --release --example train_resolver`), the score of a candidate, the choice among a statement's candidates, and the rows the trainer learns from.

use std::fmt::Write as _;
use std::ops::Range;

use super::resolver::{Candidate, FEATURES, Said, candidates};
use super::sentence::Found;
use crate::article::Article;

/// A linear ranker: one weight a feature of [`FEATURES`], and the margin by which a
/// candidate must outscore the rules' choice to be taken instead.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    pub margin: f64,
    pub weights: Vec<f64>,
}

impl Weights {
    /// All weights zero: the rules' choice always stands.
    pub fn zero() -> Weights {
        Weights {
            margin: 0.0,
            weights: vec![0.0; FEATURES.len()],
        }
    }

    /// Reads a weights file: `margin M`, then `FEATURE WEIGHT` a line, `#` comments. Every
    /// feature of [`FEATURES`] must have its line; an unknown one is an error.
    pub fn parse(text: &str) -> Result<Weights, String> {
        let mut out = Weights::zero();
        let mut seen = vec![false; FEATURES.len()];
        let mut margin = None;
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, value) = line
                .split_once(' ')
                .ok_or_else(|| format!("no value on line {line:?}"))?;
            let value: f64 = value
                .trim()
                .parse()
                .map_err(|_| format!("{value:?} is not a number"))?;
            if name == "margin" {
                margin = Some(value);
                continue;
            }
            let i = FEATURES
                .iter()
                .position(|f| *f == name)
                .ok_or_else(|| format!("unknown feature {name}"))?;
            out.weights[i] = value;
            seen[i] = true;
        }
        if let Some(i) = seen.iter().position(|s| !s) {
            return Err(format!("no weight for {}", FEATURES[i]));
        }
        out.margin = margin.ok_or("no margin line")?;
        Ok(out)
    }

    /// The weights file for these weights: what [`Weights::parse`] reads back, each number
    /// with six decimals, so the trainer's output is the same byte for byte.
    pub fn to_text(&self, header: &str) -> String {
        let mut out = String::new();
        for line in header.lines() {
            let _ = writeln!(out, "# {line}");
        }
        let _ = writeln!(out, "margin {:.6}", self.margin);
        for (name, w) in FEATURES.iter().zip(&self.weights) {
            let _ = writeln!(out, "{name} {w:.6}");
        }
        out
    }

    /// A candidate's score: the sum of its features' weights.
    pub fn score(&self, candidate: &Candidate) -> f64 {
        candidate.features.iter().map(|&i| self.weights[i]).sum()
    }

    /// The index of the candidate taken: the best scoring, when it beats the rules'
    /// choice (the first) by more than the margin; the first best on a tie.
    pub fn choose(&self, list: &[Candidate]) -> usize {
        let Some(rule) = list.first() else {
            return 0;
        };
        let base = self.score(rule);
        let mut best = (0, base);
        for (i, c) in list.iter().enumerate().skip(1) {
            let s = self.score(c);
            if s > best.1 {
                best = (i, s);
            }
        }
        if best.1 > base + self.margin {
            best.0
        } else {
            0
        }
    }
}

fn said(found: &[Found]) -> Vec<Said> {
    found
        .iter()
        .map(|f| Said {
            range: f.range.clone(),
            sentence: f.sentence.clone(),
            speaker: f.speaker,
        })
        .collect()
}

/// One drafted statement as the trainer sees it: its words in bytes of the body, and its
/// candidates (the rules' choice first), each with its name.
#[derive(Debug, Clone)]
pub struct Row {
    pub range: Range<usize>,
    pub names: Vec<String>,
    pub candidates: Vec<Candidate>,
}

/// The rows of an article: its statements as the rules draft them, each with its
/// candidates, for training and judging a ranker.
pub fn rows(article: &Article) -> Vec<Row> {
    let paragraphs = super::prose(article);
    let (found, people) = super::found_by_rules(&article.body, &paragraphs);
    let lists = candidates(&article.body, &paragraphs, &said(&found), &people);
    found
        .iter()
        .zip(lists)
        .map(|(f, list)| Row {
            range: f.range.clone(),
            names: list.iter().map(|c| people[c.person].name.clone()).collect(),
            candidates: list,
        })
        .collect()
}
