//! What the article already knows, for the forms to offer: the people of the claims file and the drafter's people near the passage (with affiliations), the verdicts used, the stances, and the drafter's guess for the selected passage.

use std::collections::HashMap;
use std::ops::Range;

use crate::claims::Stance;
use crate::document::Document;

/// How many suggestions a field shows at most.
pub const SHOWN: usize = 6;

/// How far either side of the passage the drafter reads for people and its guess, in
/// bytes: the whole of a short news story (the bundled sample is 6 KB), a few paragraphs
/// either side in a long report, so opening a form costs the same in both (drafting costs
/// about 0.2 ms a KB).
pub const DRAFT_WINDOW: usize = 3 * 1024;

/// What a field is offered: people, affiliations, the verdicts used, the stances, or
/// nothing (free text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offer {
    People,
    Affiliations,
    Verdicts,
    Stances,
    Nothing,
}

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

/// An affiliation offered, with what orders it.
struct Ranked {
    text: String,
    /// The person named beside the field has it.
    theirs: bool,
    /// Only the drafter's people have it.
    drafted: bool,
    /// How many of the claims file's people have it.
    used: usize,
}

/// Everything a form may offer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Known {
    /// The claims file's people first (claimants and experts, each once, the most often
    /// named first), then the drafter's.
    pub people: Vec<KnownPerson>,
    /// The verdicts the claims file uses, each once, most used first.
    pub verdicts: Vec<String>,
}

impl Known {
    /// The affiliations of [`Known::suggest_for`], each once (any letter case), in its
    /// order.
    fn affiliations(&self, person: &str) -> Vec<Suggestion> {
        let person = person.trim().to_lowercase();
        let mut ranked: Vec<Ranked> = Vec::new();
        let mut at: HashMap<String, usize> = HashMap::new();
        for p in &self.people {
            let Some(text) = &p.affiliation else {
                continue;
            };
            let i = *at.entry(text.to_lowercase()).or_insert_with(|| {
                ranked.push(Ranked {
                    text: text.clone(),
                    theirs: false,
                    drafted: true,
                    used: 0,
                });
                ranked.len() - 1
            });
            let r = &mut ranked[i];
            r.theirs |= !person.is_empty() && p.name.to_lowercase() == person;
            r.drafted &= p.drafted;
            r.used += usize::from(!p.drafted);
        }
        // A stable sort: ties stay in the file's order.
        ranked.sort_by_key(|r| (!r.theirs, r.drafted, std::cmp::Reverse(r.used)));
        ranked
            .into_iter()
            .map(|r| Suggestion {
                text: r.text,
                detail: None,
                origin: if r.theirs { "theirs" } else { "" },
            })
            .collect()
    }

    /// What `doc` knows, with the drafter's people from around the passage at `near`
    /// (bytes of the body) and its guess for that passage; a guessed speaker the claims
    /// file already names with an affiliation or role has the file's. Costs the document's tally
    /// (its people and verdicts, not its claims) and a draft of at most [`DRAFT_WINDOW`]
    /// bytes either side.
    pub fn gather(doc: &Document, near: Range<usize>) -> (Known, Option<Guess>) {
        let tally = doc.tally();
        let mut people: Vec<KnownPerson> = tally
            .people()
            .into_iter()
            .map(|p| KnownPerson {
                name: p.name,
                affiliation: p.affiliation,
                drafted: false,
            })
            .collect();
        // The claims file's own affiliation (or role) for a person comes before the words
        // around the passage (`then-CIA director`): the drafter's guess takes it.
        let own: HashMap<String, String> = (people.iter())
            .filter_map(|p| Some((p.name.trim().to_lowercase(), p.affiliation.clone()?)))
            .collect();
        let mut seen: HashMap<String, usize> = (people.iter().enumerate())
            .map(|(at, p)| (p.name.to_lowercase(), at))
            .collect();
        let mut add = |name: &str, affiliation: Option<&String>| {
            let key = name.trim().to_lowercase();
            let affiliation = affiliation.filter(|a| !a.trim().is_empty()).cloned();
            if key.is_empty() {
                return;
            }
            match seen.get(&key) {
                // The drafter's affiliation for someone the file names without one.
                Some(&at) if people[at].affiliation.is_none() => {
                    people[at].affiliation = affiliation;
                }
                Some(_) => {}
                None => {
                    seen.insert(key, people.len());
                    people.push(KnownPerson {
                        name: name.trim().to_string(),
                        affiliation,
                        drafted: true,
                    });
                }
            }
        };
        let (drafted, mut guess) = draft_near(doc, near);
        if let Some(guess) = &mut guess
            && let Some(theirs) = own.get(&guess.speaker.trim().to_lowercase())
        {
            guess.affiliation = Some(theirs.clone());
        }
        for person in &drafted {
            add(&person.name, person.affiliation.as_ref());
        }
        let known = Known {
            people,
            verdicts: tally.verdicts(),
        };
        (known, guess)
    }

    /// The suggestions for a field offered `offer` holding `typed`: values whose words start with the
    /// typed words (any letter case, in any order), the claims file's first; at most
    /// [`SHOWN`]. Nothing when the field already holds exactly the one value.
    pub fn suggest(&self, offer: Offer, typed: &str) -> Vec<Suggestion> {
        self.suggest_for(offer, typed, "")
    }

    /// [`Known::suggest`] for a field beside the name `person` (an expert's affiliation,
    /// a claimant's role): that person's own affiliation comes first, then the others by
    /// how many of the claims file's people have them (ties in the file's order), then
    /// the drafter's.
    pub fn suggest_for(&self, offer: Offer, typed: &str, person: &str) -> Vec<Suggestion> {
        let candidates: Vec<Suggestion> = match offer {
            Offer::People => self
                .people
                .iter()
                .map(|p| Suggestion {
                    text: p.name.clone(),
                    detail: p.affiliation.clone(),
                    origin: if p.drafted { "drafter" } else { "in this file" },
                })
                .collect(),
            Offer::Affiliations => self.affiliations(person),
            Offer::Verdicts => self
                .verdicts
                .iter()
                .map(|v| Suggestion {
                    text: v.clone(),
                    detail: None,
                    origin: "used here",
                })
                .collect(),
            Offer::Stances => Stance::ALL
                .iter()
                .map(|s| Suggestion {
                    text: s.word().to_string(),
                    detail: Some(s.mark().to_string()),
                    origin: "",
                })
                .collect(),
            Offer::Nothing => Vec::new(),
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
    // A paragraph longer than the window (a report's wall of text, cut into blocks) is
    // read inside the window alone.
    let body = &article.body;
    let clip = |at: usize, forward: bool| {
        let mut at = at.min(body.len());
        while !body.is_char_boundary(at) {
            at = if forward { at + 1 } else { at - 1 };
        }
        at
    };
    let paragraphs: Vec<Range<usize>> = crate::draft::prose_near(article, from..to)
        .into_iter()
        .map(|p| clip(p.start.max(from), true)..clip(p.end.min(to), false))
        .filter(|p| p.start < p.end)
        .collect();
    if paragraphs.is_empty() {
        return (Vec::new(), None);
    }
    let extraction = crate::draft::extract(&article.body, &paragraphs);
    let affiliation = |person: &crate::draft::Person| crate::draft::role(&person.affiliations);
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

    /// Every passage the sample's claims and responses quote: when the drafter guesses a
    /// person the claims file names with an affiliation or role, the guess (which the new
    /// form's field starts as) is the file's, even where the article's words around the
    /// passage call them something else; at least one passage of the sample does.
    #[test]
    fn a_guessed_person_the_file_names_has_the_file_s_affiliation() {
        let doc = crate::document::source::load(None, None).unwrap().doc;
        let files: HashMap<String, String> = (doc.tally().people().into_iter())
            .filter_map(|p| Some((p.name.to_lowercase(), p.affiliation?)))
            .collect();
        let ranges = (doc.claims.iter())
            .flat_map(|c| {
                std::iter::once(&c.anchoring).chain(c.responses.iter().map(|r| &r.anchoring))
            })
            .filter_map(|a| a.range.clone());
        let (mut checked, mut differed) = (0, 0);
        for range in ranges {
            let (_, guess) = Known::gather(&doc, range.clone());
            let Some(guess) = guess else { continue };
            let Some(theirs) = files.get(&guess.speaker.to_lowercase()) else {
                continue;
            };
            checked += 1;
            assert_eq!(
                guess.affiliation.as_ref(),
                Some(theirs),
                "{}",
                guess.speaker
            );
            let (_, text_guess) = draft_near(&doc, range);
            differed +=
                usize::from(text_guess.and_then(|g| g.affiliation).as_ref() != Some(theirs));
        }
        assert!(checked > 3 && differed > 0, "{checked} {differed}");
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
