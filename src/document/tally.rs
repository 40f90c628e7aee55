//! Who and what the claims file names, counted: each person (claimant or expert) with
//! the affiliations given them, each verdict and each claim's id, kept by
//! [`super::Document::apply`] a claim at a time, so a form offers them (and a new claim
//! gets an id no other has) without reading every claim.

use std::collections::{BTreeMap, HashMap};

use super::Claim;
use crate::claims::{Stance, Text};

/// The spellings of one name or verdict (told apart by letter case and spaces around),
/// each with how often it is used.
type Spellings = BTreeMap<String, usize>;

/// One person as the claims file names them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Person {
    /// How often each spelling of the name is used.
    names: Spellings,
    /// The affiliations (or roles) given with the name, each with how often.
    affiliations: Spellings,
    /// How many claims and responses name them.
    count: usize,
    /// How many claims they make.
    made: usize,
    /// How many claims they answer (a claim answered twice counts once).
    answered: usize,
    /// Their responses by stance.
    stances: BTreeMap<Stance, usize>,
    /// How many claims they dispute (a claim disputed twice counts once).
    disputed: usize,
}

/// What an entry names a person as: the claimant, or an expert responding with a stance
/// (`first`: their first response to this claim, so the claim counts as answered once;
/// `first_dispute`: their first response disputing it, so it counts as disputed once).
#[derive(Clone, Copy)]
enum Part {
    Claimant,
    Expert {
        stance: Stance,
        first: bool,
        first_dispute: bool,
    },
}

/// The people and verdicts of the claims, counted: the same whatever order the claims
/// came in, so a document kept by edits equals a fresh load.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// By name, lower case and trimmed.
    people: HashMap<String, Person>,
    /// By verdict, lower case: its spellings.
    verdicts: HashMap<String, Spellings>,
    /// The claims' ids (shared with the claims, not copied), each with how many claims
    /// have it, in order, so the ids that begin alike are found by one search.
    ids: BTreeMap<Text, usize>,
}

/// A person of the tally: the name as most often spelt, the affiliation most often
/// given (if any), and how many entries name them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub name: String,
    pub affiliation: Option<String>,
    pub count: usize,
}

/// A person of the tally as the people view lists them: the name as most often spelt,
/// the affiliation most often given, the claims they make and answer, and their
/// responses by stance (in [`Stance::ALL`]'s order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    pub name: String,
    pub affiliation: Option<String>,
    pub made: usize,
    pub answered: usize,
    pub stances: Vec<(Stance, usize)>,
}

/// One more (`up`) or one less.
fn bump(n: &mut usize, up: bool) {
    if up {
        *n += 1;
    } else {
        *n = n.saturating_sub(1);
    }
}

/// The most used spelling (the first in order among equals).
fn most_used(spellings: &Spellings) -> Option<&String> {
    spellings
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(s, _)| s)
}

/// Counts `text` once more (`up`) or once less in `spellings`; a spelling counted down
/// to nothing goes.
fn count(spellings: &mut Spellings, text: &str, up: bool) {
    if up {
        *spellings.entry(text.to_string()).or_default() += 1;
    } else if let Some(n) = spellings.get_mut(text) {
        *n -= 1;
        if *n == 0 {
            spellings.remove(text);
        }
    }
}

impl Tally {
    /// The claims' ids that begin with `base`, in order, each once: a search in the ids
    /// and a step per id given.
    pub fn ids_starting_with<'a>(&'a self, base: &'a str) -> impl Iterator<Item = &'a str> {
        use std::ops::Bound;
        (self
            .ids
            .range::<str, _>((Bound::Included(base), Bound::Unbounded)))
        .map(|(id, _)| id.as_str())
        .take_while(move |id| id.starts_with(base))
    }

    /// Counts the claim and its responses in (`up`) or out.
    pub(super) fn count_claim(&mut self, claim: &Claim, up: bool) {
        let id = &claim.entry.id;
        if up {
            *self.ids.entry(id.clone()).or_default() += 1;
        } else if let Some(n) = self.ids.get_mut(id.as_str()) {
            *n -= 1;
            if *n == 0 {
                self.ids.remove(id.as_str());
            }
        }
        self.count_person(
            &claim.entry.claimant,
            claim.entry.role.as_deref(),
            Part::Claimant,
            up,
        );
        // The experts already met in this claim (and those already disputing it): a
        // second response answers (or disputes) no new claim.
        let mut met: Vec<String> = Vec::new();
        let mut disputing: Vec<String> = Vec::new();
        for response in &claim.responses {
            let entry = &response.entry;
            let key = entry.expert.trim().to_lowercase();
            let first_dispute = entry.stance == Stance::Disputes && !disputing.contains(&key);
            if first_dispute {
                disputing.push(key.clone());
            }
            let first = !met.contains(&key);
            if first {
                met.push(key);
            }
            let part = Part::Expert {
                stance: entry.stance,
                first,
                first_dispute,
            };
            self.count_person(&entry.expert, entry.affiliation.as_deref(), part, up);
        }
        if let Some(verdict) = claim.entry.verdict_text().map(str::trim)
            && !verdict.is_empty()
        {
            let key = verdict.to_lowercase();
            let spellings = self.verdicts.entry(key.clone()).or_default();
            count(spellings, verdict, up);
            if spellings.is_empty() {
                self.verdicts.remove(&key);
            }
        }
    }

    fn count_person(&mut self, name: &str, affiliation: Option<&str>, part: Part, up: bool) {
        let name = name.trim();
        if name.is_empty() {
            return;
        }
        let key = name.to_lowercase();
        let person = self.people.entry(key.clone()).or_default();
        count(&mut person.names, name, up);
        if let Some(a) = affiliation.filter(|a| !a.trim().is_empty()) {
            count(&mut person.affiliations, a, up);
        }
        bump(&mut person.count, up);
        match part {
            Part::Claimant => bump(&mut person.made, up),
            Part::Expert {
                stance,
                first,
                first_dispute,
            } => {
                let n = person.stances.entry(stance).or_default();
                bump(n, up);
                if *n == 0 {
                    person.stances.remove(&stance);
                }
                if first {
                    bump(&mut person.answered, up);
                }
                if first_dispute {
                    bump(&mut person.disputed, up);
                }
            }
        }
        if person.count == 0 {
            self.people.remove(&key);
        }
    }

    /// The people, most often named first (then by name).
    pub fn people(&self) -> Vec<Named> {
        let mut people: Vec<Named> = self
            .people
            .values()
            .filter_map(|p| {
                Some(Named {
                    name: most_used(&p.names)?.clone(),
                    affiliation: most_used(&p.affiliations).cloned(),
                    count: p.count,
                })
            })
            .collect();
        people.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
        people
    }

    /// Everyone the claims name, with what they make and answer (unsorted). One entry per
    /// person, so the people view costs as many steps as there are people, not claims.
    pub fn counted(&self) -> Vec<Counted> {
        self.people
            .values()
            .filter_map(|p| {
                Some(Counted {
                    name: most_used(&p.names)?.clone(),
                    affiliation: most_used(&p.affiliations).cloned(),
                    made: p.made,
                    answered: p.answered,
                    stances: Stance::ALL
                        .iter()
                        .filter_map(|s| Some((*s, *p.stances.get(s)?)))
                        .collect(),
                })
            })
            .collect()
    }

    /// The verdicts, each once as most often spelt, most used first (then by text).
    pub fn verdicts(&self) -> Vec<String> {
        self.verdict_counts().into_iter().map(|(v, _)| v).collect()
    }

    /// The verdicts as [`Tally::verdicts`] orders them, each with how many claims give it.
    pub fn verdict_counts(&self) -> Vec<(String, usize)> {
        let mut verdicts: Vec<(usize, &String)> = self
            .verdicts
            .values()
            .filter_map(|s| Some((s.values().sum(), most_used(s)?)))
            .collect();
        verdicts.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1)));
        verdicts.into_iter().map(|(n, v)| (v.clone(), n)).collect()
    }

    /// Everyone who disputes a claim, as most often spelt, with how many claims they
    /// dispute: most first, then by name.
    pub fn disputers(&self) -> Vec<(String, usize)> {
        let mut disputers: Vec<(String, usize)> = self
            .people
            .values()
            .filter(|p| p.disputed > 0)
            .filter_map(|p| Some((most_used(&p.names)?.clone(), p.disputed)))
            .collect();
        disputers.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        disputers
    }
}
