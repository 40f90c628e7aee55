//! What the article already knows, for the forms to offer: the people of the claims file and the drafter's people near the passage (with affiliations), the verdicts used, the stances, and the drafter's guess for the selected passage.

use std::collections::HashSet;
use std::ops::Range;

use crate::claims::Stance;
use crate::document::Document;
use crate::reader::model::form::Field;

/// How many suggestions a field shows at most.
pub const SHOWN: usize = 6;

/// How far either side of the passage the drafter reads for people and its guess, in
/// bytes: the whole of a short news story (the bundled sample is 6 KB), a few paragraphs
/// either side in a long report, so opening a form costs the same in both (drafting costs
/// about 0.2 ms a KB).
pub const DRAFT_WINDOW: usize = 3 * 1024;

/// A value offered for a field: the text it fills in, and a detail shown beside it
/// that a choice also fills in (a person's affiliation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub text: String,
    pub detail: Option<String>,
    /// Where it comes from, shown dimmed: "in this file", "drafter".
    pub origin: &'static str,
}

/// A person the article knows, with an affiliation if one is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownPerson {
    pub name: String,
    pub affiliation: Option<String>,
    /// Found by the drafter in the text, not (yet) in the claims file.
    pub drafted: bool,
}

/// The drafter's guess for a passage: who says it, their affiliation, and its stance
/// (for a response).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guess {
    pub speaker: String,
    pub affiliation: Option<String>,
    pub stance: Stance,
}

/// Everything a form may offer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Known {
    /// The claims file's people first (claimants and experts, in reading order, each
    /// once), then the drafter's.
    pub people: Vec<KnownPerson>,
    /// The verdicts the claims file uses, each once, most used first.
    pub verdicts: Vec<String>,
}

impl Known {
    /// What `doc` knows, with the drafter's people from around the passage at `near`
    /// (bytes of the body) and its guess for that passage. Costs one pass over the
    /// claims and a draft of at most [`DRAFT_WINDOW`] bytes either side.
    pub fn gather(doc: &Document, near: Range<usize>) -> (Known, Option<Guess>) {
        let mut people: Vec<KnownPerson> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        let mut add = |name: &str, affiliation: Option<&String>, drafted: bool| {
            let key = name.trim().to_lowercase();
            if key.is_empty() {
                return;
            }
            if seen.insert(key.clone()) {
                people.push(KnownPerson {
                    name: name.trim().to_string(),
                    affiliation: affiliation.filter(|a| !a.trim().is_empty()).cloned(),
                    drafted,
                });
            } else if let Some(known) = people
                .iter_mut()
                .find(|p| p.name.to_lowercase() == key && p.affiliation.is_none())
            {
                known.affiliation = affiliation.filter(|a| !a.trim().is_empty()).cloned();
            }
        };
        let mut verdicts: Vec<(String, usize)> = Vec::new();
        for claim in &doc.claims {
            add(&claim.entry.claimant, claim.entry.role.as_ref(), false);
            for response in &claim.responses {
                add(
                    &response.entry.expert,
                    response.entry.affiliation.as_ref(),
                    false,
                );
            }
            if let Some(verdict) = claim.entry.verdict_text() {
                match verdicts
                    .iter_mut()
                    .find(|(v, _)| v.eq_ignore_ascii_case(verdict))
                {
                    Some((_, n)) => *n += 1,
                    None => verdicts.push((verdict.to_string(), 1)),
                }
            }
        }
        verdicts.sort_by_key(|v| std::cmp::Reverse(v.1));

        let (drafted, guess) = draft_near(doc, near);
        for person in &drafted {
            add(&person.name, person.affiliation.as_ref(), true);
        }
        let known = Known {
            people,
            verdicts: verdicts.into_iter().map(|(v, _)| v).collect(),
        };
        (known, guess)
    }

    /// The suggestions for `field` holding `typed`: values whose words start with the
    /// typed words (any letter case, in any order), the claims file's first; at most
    /// [`SHOWN`]. Nothing when the field already holds exactly the one value.
    pub fn suggest(&self, field: Field, typed: &str) -> Vec<Suggestion> {
        let candidates: Vec<Suggestion> = match field {
            Field::Claimant | Field::Expert => self
                .people
                .iter()
                .map(|p| Suggestion {
                    text: p.name.clone(),
                    detail: p.affiliation.clone(),
                    origin: if p.drafted { "drafter" } else { "in this file" },
                })
                .collect(),
            Field::Role | Field::Affiliation => {
                let mut seen = HashSet::new();
                self.people
                    .iter()
                    .filter_map(|p| p.affiliation.clone())
                    .filter(|a| seen.insert(a.to_lowercase()))
                    .map(|a| Suggestion {
                        text: a,
                        detail: None,
                        origin: "",
                    })
                    .collect()
            }
            Field::Verdict => self
                .verdicts
                .iter()
                .map(|v| Suggestion {
                    text: v.clone(),
                    detail: None,
                    origin: "used here",
                })
                .collect(),
            Field::Stance => Stance::ALL
                .iter()
                .map(|s| Suggestion {
                    text: s.word().to_string(),
                    detail: Some(s.mark().to_string()),
                    origin: "",
                })
                .collect(),
            Field::Summary | Field::Date | Field::Note | Field::Source => Vec::new(),
        };
        let words: Vec<String> = typed.split_whitespace().map(str::to_lowercase).collect();
        let matching: Vec<Suggestion> = candidates
            .into_iter()
            .filter(|s| {
                let theirs: Vec<String> = s
                    .text
                    .split(|c: char| c.is_whitespace() || c == '-' || c == '.')
                    .map(str::to_lowercase)
                    .collect();
                words
                    .iter()
                    .all(|w| theirs.iter().any(|t| t.starts_with(w.as_str())))
            })
            .take(SHOWN)
            .collect();
        if matching.len() == 1 && matching[0].text == typed.trim() {
            return Vec::new();
        }
        matching
    }
}

/// The drafter's people in the window around `near`, and its guess for the statement
/// there (the one that overlaps the passage most).
fn draft_near(doc: &Document, near: Range<usize>) -> (Vec<KnownPerson>, Option<Guess>) {
    let article = &doc.article;
    let from = near.start.saturating_sub(DRAFT_WINDOW);
    let to = near.end.saturating_add(DRAFT_WINDOW);
    let paragraphs = crate::draft::prose_near(article, from..to);
    if paragraphs.is_empty() {
        return (Vec::new(), None);
    }
    let extraction = crate::draft::extract(&article.body, &paragraphs);
    let affiliation = |person: &crate::draft::Person| {
        (!person.affiliations.is_empty()).then(|| person.affiliations.join("; "))
    };
    let people = extraction
        .speakers()
        .into_iter()
        .map(|p| KnownPerson {
            name: p.name.clone(),
            affiliation: affiliation(p),
            drafted: true,
        })
        .collect();
    let overlap = |r: &Range<usize>| r.end.min(near.end).saturating_sub(r.start.max(near.start));
    let guess = extraction
        .statements
        .iter()
        .filter(|s| overlap(&s.range) > 0)
        .max_by_key(|s| overlap(&s.range))
        .map(|s| {
            let speaker = extraction.speaker(s);
            Guess {
                speaker: speaker.name.clone(),
                affiliation: affiliation(speaker),
                stance: s.stance,
            }
        });
    (people, guess)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_offers_its_people_verdicts_and_a_guess_for_a_quote() {
        let doc = crate::document::source::load(None, None).unwrap().doc;
        let response = doc
            .claims
            .iter()
            .flat_map(|c| &c.responses)
            .find(|r| r.anchoring.range.is_some())
            .unwrap();
        let range = response.anchoring.range.clone().unwrap();
        let (known, guess) = Known::gather(&doc, range);
        let first = &doc.claims[0].entry;
        let claimant = known
            .people
            .iter()
            .find(|p| p.name == first.claimant)
            .unwrap();
        assert!(!claimant.drafted);
        assert!(!known.verdicts.is_empty());
        let guess = guess.expect("the drafter has a guess for a quoted response");
        assert_eq!(guess.speaker, response.entry.expert);
    }

    #[test]
    fn nothing_known_in_an_empty_document() {
        let article = crate::article::Article::parse("a.md", b"").unwrap();
        let doc = Document::new(article, Vec::new());
        let (known, guess) = Known::gather(&doc, 0..0);
        assert_eq!(known, Known::default());
        assert_eq!(guess, None);
    }
}
