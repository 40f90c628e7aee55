//! Filters on the claims — by verdict, by an expert who disputes them, or by a person (the people view) — and the list each is chosen from.

use crate::claims::Stance;
use crate::document::{Claim, Document};

/// Which claims to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    /// Claims whose verdict (or review rating) reads this, ignoring case.
    Verdict(String),
    /// Claims this expert disputes.
    DisputedBy(String),
    /// Claims this person made or answered; `n` and `p` step through their statements.
    Person(String),
}

impl Filter {
    pub fn admits(&self, claim: &Claim) -> bool {
        match self {
            Filter::Verdict(verdict) => claim
                .entry
                .verdict_text()
                .is_some_and(|v| same_text(v, verdict)),
            Filter::DisputedBy(expert) => claim.responses.iter().any(|r| {
                r.entry.stance == Stance::Disputes && same_person(&r.entry.expert, expert)
            }),
            Filter::Person(name) => {
                same_person(&claim.entry.claimant, name)
                    || claim
                        .responses
                        .iter()
                        .any(|r| same_person(&r.entry.expert, name))
            }
        }
    }

    /// The filter in a few words, for the status bar and the sidebar.
    pub fn label(&self) -> String {
        match self {
            Filter::Verdict(verdict) => format!("verdict {verdict}"),
            Filter::DisputedBy(expert) => format!("disputed by {expert}"),
            Filter::Person(name) => name.clone(),
        }
    }
}

/// A place where a person speaks: the byte offset in the body where the statement is
/// quoted, the claim's index, and the response's index within the claim (`None`: the
/// claim itself, which they make).
pub type Statement = (usize, usize, Option<usize>);

/// A filter in force, with which claims it lets through and, for a person, where they
/// speak: worked out once, when the filter is chosen or the document changes, so that
/// `n` and `p` under it cost a binary search, not a pass over every claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActiveFilter {
    pub filter: Filter,
    admitted: Vec<bool>,
    /// The indices of the claims it lets through, ascending: the nearest one shown from
    /// any claim is a binary search, however sparse they are.
    shown: Vec<u32>,
    /// How many claims it lets through.
    pub count: usize,
    /// For [`Filter::Person`], their statements in the text's order; else empty.
    statements: Vec<Statement>,
}

impl ActiveFilter {
    /// The filter over `doc`'s claims: one pass over the claims and their responses.
    pub fn new(filter: Filter, doc: &Document) -> ActiveFilter {
        let admitted: Vec<bool> = doc.claims.iter().map(|c| filter.admits(c)).collect();
        let shown: Vec<u32> = (0..admitted.len())
            .filter(|&i| admitted[i])
            .map(|i| u32::try_from(i).unwrap_or(u32::MAX))
            .collect();
        let count = shown.len();
        let statements = match &filter {
            Filter::Person(name) => statements(doc, name, &admitted),
            _ => Vec::new(),
        };
        ActiveFilter {
            filter,
            admitted,
            shown,
            count,
            statements,
        }
    }

    pub fn admits(&self, index: usize) -> bool {
        self.admitted.get(index).copied().unwrap_or(false)
    }

    /// The first claim it lets through at or after `index` (`forward`), or the last at or
    /// before it: a binary search.
    pub fn shown_from(&self, index: usize, forward: bool) -> Option<usize> {
        let at = self.shown.partition_point(|&i| (i as usize) < index);
        let found = if forward {
            self.shown.get(at)
        } else {
            match self.shown.get(at) {
                Some(&i) if i as usize == index => Some(&self.shown[at]),
                _ => at.checked_sub(1).map(|at| &self.shown[at]),
            }
        };
        found.map(|&i| i as usize)
    }

    /// Where the filtered person speaks, in the text's order (empty for other filters).
    pub fn statements(&self) -> &[Statement] {
        &self.statements
    }
}

/// The places where `name` speaks among the claims `admitted` lets through: each claim
/// they make and each response of theirs that is quoted, sorted by place.
fn statements(doc: &Document, name: &str, admitted: &[bool]) -> Vec<Statement> {
    let mut places = Vec::new();
    for (index, claim) in doc.claims.iter().enumerate() {
        if !admitted.get(index).copied().unwrap_or(false) {
            continue;
        }
        if same_person(&claim.entry.claimant, name)
            && let Some(start) = claim.start()
        {
            places.push((start, index, None));
        }
        for (r, response) in claim.responses.iter().enumerate() {
            if same_person(&response.entry.expert, name)
                && let Some(range) = &response.anchoring.range
            {
                places.push((range.start, index, Some(r)));
            }
        }
    }
    places.sort_unstable();
    places
}

/// A person who makes a claim or responds to one, as the people view lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    /// The first affiliation or role the claims file gives them.
    pub affiliation: Option<String>,
    pub claims_made: usize,
    /// Claims they answered, and their responses by stance.
    pub claims_answered: usize,
    pub stances: Vec<(Stance, usize)>,
}

/// Everyone who makes a claim or responds, most statements first, then by name: a name
/// however it is capitalised or spaced is one person (shown as most often spelt, with
/// the affiliation most often given). Read from the document's tally, kept claim by
/// claim, so it costs a step per person, not per claim.
pub fn people(doc: &Document) -> Vec<Person> {
    let mut people: Vec<Person> = doc
        .tally()
        .counted()
        .into_iter()
        .map(|c| Person {
            name: c.name,
            affiliation: c.affiliation,
            claims_made: c.made,
            claims_answered: c.answered,
            stances: c.stances,
        })
        .collect();
    let statements = |p: &Person| p.claims_made + p.stances.iter().map(|s| s.1).sum::<usize>();
    people.sort_by(|a, b| {
        statements(b)
            .cmp(&statements(a))
            .then_with(|| a.name.cmp(&b.name))
    });
    people
}

/// Whether two names are one person's: the same ignoring case (Unicode lower case) and
/// the spaces around, as the document's tally groups them. Allocates nothing for names
/// in ASCII: it is asked once per claim and response when a person's filter is chosen.
pub fn same_person(a: &str, b: &str) -> bool {
    same_text(a, b)
}

/// Whether two names or verdicts read the same ignoring case and the spaces around.
fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    // As the tally folds them (`str::to_lowercase`, which knows a final sigma).
    a.to_lowercase() == b.to_lowercase()
}

/// The filters worth offering for `doc`: every verdict given, then every expert who
/// disputes a claim, each with how many claims it lets through, most first. Read from
/// the document's tally (verdicts and names grouped ignoring case, shown as most often
/// spelt), so it costs a step per verdict and person, not per claim.
pub fn filter_choices(doc: &Document) -> Vec<(Filter, usize)> {
    let tally = doc.tally();
    tally
        .verdict_counts()
        .into_iter()
        .map(|(v, n)| (Filter::Verdict(v), n))
        .chain(
            tally
                .disputers()
                .into_iter()
                .map(|(e, n)| (Filter::DisputedBy(e), n)),
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Document {
        crate::document::source::load(None, None).unwrap().doc
    }

    #[test]
    fn the_people_view_counts_claims_made_and_answered_with_stances() {
        let people = people(&sample());
        let clarke = people.iter().find(|p| p.name == "Colin P. Clarke").unwrap();
        assert_eq!(
            clarke.affiliation.as_deref(),
            Some("director of policy and research at the Soufan Group")
        );
        assert_eq!(clarke.claims_made, 0);
        // Five responses, four of them to the first claim.
        assert_eq!(clarke.claims_answered, 2);
        assert!(clarke.stances.iter().any(|&(s, _)| s == Stance::Disputes));
        let pompeo = people.iter().find(|p| p.name == "Mike Pompeo").unwrap();
        assert_eq!(pompeo.claims_made, 5);
        assert_eq!(pompeo.claims_answered, 0);
        // Most statements first.
        assert!(people.windows(2).all(|w| {
            let n = |p: &Person| p.claims_made + p.stances.iter().map(|s| s.1).sum::<usize>();
            n(&w[0]) >= n(&w[1])
        }));
    }

    #[test]
    fn a_name_spelt_two_ways_is_one_person_and_a_claim_answered_twice_counts_once() {
        let article = crate::article::Article::from_text(
            "a.md",
            "Ann Roe said the budget doubled. Lee Poe said it did not. Poe added more.",
        )
        .unwrap();
        let claims = r#"
[[claim]]
id = "c1"
claimant = "Ann Roe"
role = "mayor"
summary = "The budget doubled."
quote = "the budget doubled"

[[claim.response]]
expert = "Lee Poe"
affiliation = "Budget Office"
stance = "disputes"
quote = "it did not"

[[claim.response]]
expert = "lee poe "
stance = "qualifies"
quote = "Poe added more"

[[claim]]
id = "c2"
claimant = "ann roe"
summary = "More."
quote = "Poe added more"
"#;
        let file = crate::claims::parse_file("a.claims.toml", claims).unwrap();
        let doc = Document::new(article, file.claims);
        let people = people(&doc);
        assert_eq!(people.len(), 2, "{people:?}");
        let poe = people.iter().find(|p| p.name == "Lee Poe").unwrap();
        assert_eq!(poe.claims_answered, 1);
        assert_eq!(poe.affiliation.as_deref(), Some("Budget Office"));
        assert_eq!(
            poe.stances,
            vec![(Stance::Disputes, 1), (Stance::Qualifies, 1)]
        );
        let roe = people
            .iter()
            .find(|p| p.name.eq_ignore_ascii_case("ann roe"))
            .unwrap();
        assert_eq!((roe.claims_made, roe.claims_answered), (2, 0));
        let active = ActiveFilter::new(Filter::Person("LEE POE".into()), &doc);
        assert_eq!(active.count, 1);
        assert!(same_person(" Ann Roe", "ann roe") && !same_person("Ann Roe", "Ann Rowe"));
    }

    #[test]
    fn filters_let_through_their_claims_only() {
        let doc = sample();
        let choices = filter_choices(&doc);
        let dubious = choices
            .iter()
            .find(|(f, _)| *f == Filter::Verdict("Dubious".into()))
            .unwrap();
        let active = ActiveFilter::new(dubious.0.clone(), &doc);
        assert_eq!(active.count, dubious.1);
        for (i, claim) in doc.claims.iter().enumerate() {
            assert_eq!(
                active.admits(i),
                claim.entry.verdict_text() == Some("Dubious"),
                "claim {i}"
            );
        }
        assert!(
            choices
                .iter()
                .any(|(f, n)| *f == Filter::DisputedBy("Colin P. Clarke".into()) && *n >= 1)
        );
        // The nearest claim shown from each, both ways, as a pass over them finds it.
        let count = doc.claims.len();
        for index in 0..count + 2 {
            let forward = (index..count).find(|&i| active.admits(i));
            let back = (0..=index.min(count - 1)).rev().find(|&i| active.admits(i));
            assert_eq!(active.shown_from(index, true), forward, "from {index}");
            assert_eq!(active.shown_from(index, false), back, "back from {index}");
        }
    }

    /// The filter list is read from the tally: every choice's count is what the filter
    /// lets through when applied (a pass over the claims), names and verdicts grouped
    /// ignoring case and spaces, an expert disputing a claim twice counted once.
    #[test]
    fn the_filter_list_counts_what_each_filter_lets_through() {
        let article = crate::article::Article::from_text(
            "a.md",
            "Ann Roe said the budget doubled. Lee Poe said it did not. Poe added more. \
             Kay Moe said taxes fell.",
        )
        .unwrap();
        let claims = r#"
[[claim]]
claimant = "Ann Roe"
summary = "The budget doubled."
quote = "the budget doubled"
verdict = "False"

[[claim.response]]
expert = "Lee Poe"
stance = "disputes"
quote = "it did not"

[[claim.response]]
expert = "LEE POE"
stance = "disputes"
quote = "Poe added more"

[[claim]]
claimant = "Kay Moe"
summary = "Taxes fell."
quote = "taxes fell"
verdict = " false "

[[claim.response]]
expert = "Lee Poe"
stance = "disputes"
quote = "Poe added more"

[[claim]]
claimant = "Kay Moe"
summary = "More."
quote = "Poe added more"
verdict = "Misleading"
"#;
        let file = crate::claims::parse_file("a.claims.toml", claims).unwrap();
        let doc = Document::new(article, file.claims);
        let choices = filter_choices(&doc);
        assert_eq!(
            choices,
            vec![
                (Filter::Verdict("False".into()), 2),
                (Filter::Verdict("Misleading".into()), 1),
                (Filter::DisputedBy("Lee Poe".into()), 2),
            ]
        );
        for (filter, count) in choices {
            assert_eq!(
                ActiveFilter::new(filter.clone(), &doc).count,
                count,
                "{filter:?}"
            );
        }
    }

    #[test]
    fn names_are_compared_as_the_tally_groups_them() {
        assert!(same_person("Élodie Durand", " ÉLODIE DURAND"));
        assert!(same_person("ΟΔΥΣΣΕΥΣ", "οδυσσευς"));
        assert!(!same_person("Ann Roe", "Ann Rowe"));
        assert!(!same_person("Ann Roe", "Ann Roé"));
    }
}
