//! The head noun of a person's description: what makes `a retired postmistress`, `Her daughter` or `a forklift operator` a description of who someone is — the lexicon's roles, the nouns of a relation to someone else, and agent nouns read by their ending where a determiner opens the phrase.

use super::lexicon;

/// Determiners and quantifiers that open a described person's noun phrase (`a forklift
/// operator`, `Her daughter`, `the firm's principal engineer`); a possessive (`Aguilar's`)
/// opens one too ([`opens_description`]).
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "another", "one",
];

/// Words in `-er`, `-or`, `-ant`, `-ent`, `-ian` that are no one: things, times, places,
/// amounts and the adjectives and adverbs of those endings.
const NOT_AGENTS: &[&str] = &[
    "other",
    "former",
    "latter",
    "water",
    "number",
    "winter",
    "summer",
    "letter",
    "paper",
    "matter",
    "quarter",
    "center",
    "centre",
    "order",
    "corner",
    "chapter",
    "border",
    "power",
    "tower",
    "river",
    "career",
    "computer",
    "murder",
    "manner",
    "member",
    "never",
    "however",
    "whether",
    "together",
    "further",
    "rather",
    "either",
    "neither",
    "over",
    "under",
    "after",
    "later",
    "earlier",
    "longer",
    "older",
    "younger",
    "bigger",
    "smaller",
    "higher",
    "lower",
    "better",
    "greater",
    "trailer",
    "charter",
    "barrier",
    "shelter",
    "theater",
    "theatre",
    "dinner",
    "answer",
    "error",
    "floor",
    "door",
    "color",
    "colour",
    "factor",
    "sector",
    "motor",
    "mirror",
    "majority",
    "minority",
    "percent",
    "statement",
    "event",
    "agreement",
    "element",
    "government",
    "amount",
    "plant",
    "grant",
    "restaurant",
    "moment",
    "point",
    "president",
    // Where someone lives is left out of what they are: `a resident of the east side`.
    "resident",
    "homeowner",
    "talent",
    "current",
    "human",
    "german",
    "roman",
    "content",
    "extent",
    "accident",
    "incident",
    "department",
    "document",
    "comment",
    "payment",
    "apartment",
    "instrument",
    "segment",
    "argument",
    "judgment",
    "treatment",
    "investment",
    "settlement",
    "movement",
    "requirement",
    "environment",
    "development",
    "management",
    "equipment",
    "employment",
    "assessment",
    "experiment",
    "parliament",
    "tournament",
    "percentage",
    "median",
    "meridian",
    "different",
    "independent",
    "recent",
    "frequent",
    "prominent",
    "silent",
    "urgent",
    "excellent",
    "efficient",
    "permanent",
    "eager",
    "clever",
    "proper",
    "bitter",
    "tender",
    "fewer",
    "senior",
    "junior",
    "major",
    "minor",
    "interior",
    "exterior",
    "superior",
    "inferior",
    "prior",
    "anterior",
];

/// The nouns of a relation to someone else that describe a person by it: kin (`Her
/// daughter`, `a son`), household and neighbours, work beside someone (`His co-host`,
/// `Okafor's agent`), a contest (`Her opponent`): the lexicon's `relations`.
pub fn is_relation(word: &str) -> bool {
    lexicon::has("relations", word)
}

/// Whether `word` (lower case, one word) names someone by what they do, by its ending:
/// `operator`, `rancher`, `hygienist`, `accountant`, `electrician`, `postmistress`,
/// `salesman` — not a thing, a time or an adjective of those endings ([`NOT_AGENTS`]),
/// never a capitalised word (a name), a document or a word of the lexicon's `not-people`.
pub fn is_agent_noun(word: &str) -> bool {
    let w = word.trim_end_matches(['’', '\'']);
    if w.len() < 5
        || !w
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '-' || c == 'é')
        || NOT_AGENTS.contains(&w)
        || lexicon::is_document(w)
        || lexicon::is_not_person(w)
        || lexicon::is_reporting(w)
    {
        return false;
    }
    // A compound's last part carries it: `co-founder`, `fact-checker`.
    let last = w.rsplit('-').next().unwrap_or(w);
    if NOT_AGENTS.contains(&last) {
        return false;
    }
    if last.ends_with("ess") {
        return is_ess_agent(last);
    }
    ["er", "or", "ist", "ant", "ent", "ian", "man"]
        .iter()
        .any(|end| last.ends_with(end))
}

/// The `-ess` nouns for a person (`postmistress`, `waitress`, `actress`, `hostess`,
/// `stewardess`): a `-tress`, `-ress` after a consonant cluster, or `-ess` after `host`,
/// `steward`, `heir`; never `business`, `address`, `access`, `process`.
fn is_ess_agent(word: &str) -> bool {
    word.ends_with("tress")
        || [
            "hostess",
            "stewardess",
            "heiress",
            "princess",
            "countess",
            "duchess",
        ]
        .contains(&word)
}

/// Whether `word` opens a described person's noun phrase: a determiner, a quantifier
/// that counts one, or a possessive (`Aguilar's`, `the county's`).
pub fn opens_description(word: &str) -> bool {
    let lower = word.to_lowercase();
    DETERMINERS.contains(&lower.as_str()) || super::mention::is_possessive(word)
}

/// Whether `words[at]` heads a description in a phrase that `words[0]` opens: a relation
/// noun or an agent noun by its ending, and only when a determiner or possessive opens
/// the phrase (`Her daughter`, `a forklift operator`; not `However`, `Last winter`) and
/// the word ends the noun phrase (the phrase's end, a preposition, a relative pronoun,
/// `and` or a comma follow it: `a runner in Beaverton`, not `a former United midfielder`'s
/// `former`).
pub fn heads_description(words: &[&str], at: usize) -> bool {
    let Some(word) = words.get(at) else {
        return false;
    };
    let ends_np = words.get(at + 1).is_none_or(|next| {
        [
            "at", "of", "for", "in", "from", "with", "on", "to", "and", "or", "who", "whose",
            "since", "until", "based", "near",
        ]
        .contains(&next.to_lowercase().as_str())
    });
    let opened = words.first().is_some_and(|w| opens_description(w))
        || words
            .get(1)
            .is_some_and(|w| super::mention::is_possessive(w));
    opened && ends_np && (is_relation(word) || is_agent_noun(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agent_nouns_by_their_ending() {
        for w in [
            "operator",
            "rancher",
            "hygienist",
            "accountant",
            "electrician",
            "postmistress",
            "waitress",
            "salesman",
            "co-founder",
            "fact-checker",
            "runner",
            "plumber",
        ] {
            assert!(is_agent_noun(w), "{w}");
        }
        for w in [
            "water",
            "winter",
            "however",
            "business",
            "address",
            "former",
            "government",
            "statement",
            "percent",
            "Miller",
            "Baker",
            "center",
            "harmless",
            "kindness",
            "order",
            "senior",
        ] {
            assert!(!is_agent_noun(w), "{w}");
        }
    }

    #[test]
    fn a_head_needs_a_determiner_and_the_end_of_its_noun_phrase() {
        let yes: &[(&[&str], usize)] = &[
            (&["a", "forklift", "operator"], 2),
            (&["Her", "daughter"], 1),
            (&["Pellingham's", "neighbour"], 1),
            (&["the", "mill's", "night", "foreman"], 3),
            (&["a", "retired", "postmistress", "from", "Eastwick"], 2),
            (&["an", "electrician", "who", "lives", "nearby"], 1),
        ];
        for (words, at) in yes {
            assert!(heads_description(words, *at), "{words:?}");
        }
        let no: &[(&[&str], usize)] = &[
            (&["Last", "winter"], 1),
            (&["However"], 0),
            (&["a", "former", "harbor", "pilot"], 1),
            (&["a", "busy", "winter"], 2),
            (&["daughter"], 0),
            (&["the", "water", "board"], 1),
        ];
        for (words, at) in no {
            assert!(!heads_description(words, *at), "{words:?}");
        }
    }
}

#[cfg(test)]
#[path = "description_heads_tests.rs"]
mod description_heads_tests;
