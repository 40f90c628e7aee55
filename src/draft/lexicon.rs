//! The words the drafter knows — reporting and claim-making verbs, titles, groups, organisations, the cues of a stance — read once from `lexicon.txt`.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const LEXICON: &str = include_str!("lexicon.txt");

/// Every section of the lexicon by name, its entries in file order.
fn sections() -> &'static HashMap<&'static str, Vec<&'static str>> {
    static SECTIONS: OnceLock<HashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    SECTIONS.get_or_init(|| {
        let mut sections: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
        let mut current = "";
        for line in LEXICON.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                current = name;
                continue;
            }
            let entries = line.split(',').map(str::trim).filter(|e| !e.is_empty());
            sections.entry(current).or_default().extend(entries);
        }
        sections
    })
}

/// The entries of section `name` (empty for a section the file lacks).
pub fn list(name: &str) -> &'static [&'static str] {
    sections().get(name).map_or(&[], Vec::as_slice)
}

/// Whether `word`, in lower case, is an entry of section `name`: a hash lookup (the
/// drafter asks this of most words it reads, and some sections hold hundreds).
pub fn has(name: &str, word: &str) -> bool {
    static SETS: OnceLock<HashMap<&'static str, HashSet<&'static str>>> = OnceLock::new();
    let sets = SETS.get_or_init(|| {
        (sections().iter())
            .map(|(name, entries)| (*name, entries.iter().copied().collect()))
            .collect()
    });
    let Some(set) = sets.get(name) else {
        return false;
    };
    if word.chars().any(char::is_uppercase) {
        set.contains(word.to_lowercase().as_str())
    } else {
        set.contains(word)
    }
}

/// The days of the week, lower case: a time phrase of their own (`said Tuesday`), which
/// several rules pass over or stop at.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The number words that count people or things, lower case: the cardinals to ten and
/// the plural multitudes (`two say`, `Three of them`, `Dozens of residents`). One list
/// for every rule that reads a count: plural_subjects (a plural subject before a verb's
/// base form) and mention (a count that opens a noun phrase rather than a name).
pub const NUMBER_WORDS: [&str; 14] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
];

/// Whether `word` (lower case) is one of the [`NUMBER_WORDS`].
pub fn is_number_word(word: &str) -> bool {
    NUMBER_WORDS.contains(&word)
}

/// Whether `word` (lower case) is a day of the week.
pub fn is_weekday(word: &str) -> bool {
    WEEKDAYS.contains(&word)
}

pub fn is_reporting(word: &str) -> bool {
    has("reporting", word) || has("claiming", word)
}
/// Whether `word` is the `-ing` form of a reporting verb: "saying", "adding",
/// "interjecting", "writing", "telling", "quipping".
pub fn reporting_participle(word: &str) -> bool {
    let lower = word.to_lowercase();
    let Some(stem) = lower.strip_suffix("ing").filter(|s| s.len() >= 2) else {
        return false;
    };
    let undoubled = stem
        .char_indices()
        .last()
        .filter(|&(i, c)| stem[..i].ends_with(c))
        .map(|(i, _)| &stem[..i]);
    [stem, &format!("{stem}e")]
        .into_iter()
        .chain(undoubled)
        .any(|base| {
            ["s", "es", "ed", "d"]
                .iter()
                .any(|end| is_reporting(&format!("{base}{end}")))
        })
}
/// Whether `word` is the `-ing` form of a verb that reports only the quotation beside it
/// (the lexicon's `quoting`): "chanting", "singing", "reading" (`a sign reading "…"`);
/// never one whose use as such needs a particle ("going on", "putting it", "firing back").
pub fn quoting_participle(word: &str) -> bool {
    let lower = word.to_lowercase();
    if ["going", "putting", "firing", "shooting", "summing"].contains(&lower.as_str()) {
        return false;
    }
    lower
        .strip_suffix("ing")
        .filter(|s| s.len() >= 3)
        .is_some_and(|stem| {
            ["s", "ed"]
                .iter()
                .any(|end| is_quoting(&format!("{stem}{end}")))
        })
}
pub fn is_claiming(word: &str) -> bool {
    has("claiming", word)
}
pub fn is_inverting(word: &str) -> bool {
    has("inverting", word)
}
/// Verbs that report only a quotation beside them: "…," the sign read.
pub fn is_quoting(word: &str) -> bool {
    has("quoting", word)
}
pub fn is_naming(word: &str) -> bool {
    has("naming", word)
}
pub fn is_disputing(word: &str) -> bool {
    has("disputing", word)
}
pub fn is_role(word: &str) -> bool {
    let singular = word
        .trim_end_matches(['’', '\'', 's'])
        .trim_end_matches(['’', '\'']);
    has("roles", singular) || has("roles", word) || practitioner(singular)
}

/// Whether `word` (singular) names someone by the field they practise, in `-ist`:
/// `toxicologist`, `lobbyist`, `pharmacologist`, `machinist`, in lower case (`Marist` is a
/// college); not the verbs and things of
/// that ending (`insist`, `exist`, `checklist`, `wrist`).
fn practitioner(word: &str) -> bool {
    const NOT: &[&str] = &[
        "exist", "assist", "insist", "consist", "resist", "persist", "desist", "subsist",
        "coexist", "enlist",
    ];
    let lower = word.to_lowercase();
    lower.len() >= 6
        && lower.ends_with("ist")
        && word.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && (!lower.ends_with("list") || lower.ends_with("alist") || lower.ends_with("ilist"))
        && !NOT
            .iter()
            .any(|n| lower == *n || lower.ends_with(&format!("-{n}")))
}
/// Whether `word` is a title before a name or a role: a word of the lexicon's
/// `title-words` or `roles`, or two such words joined by a hyphen (`Judge-Executive`,
/// `Attorney-General`), which some places write as one title.
pub fn is_title_word(word: &str) -> bool {
    let one = |w: &str| has("title-words", w) || has("roles", w);
    one(word) || word.split_once('-').is_some_and(|(a, b)| one(a) && one(b))
}
pub fn is_group(word: &str) -> bool {
    has("groups", word)
}
pub fn is_not_person(word: &str) -> bool {
    has("not-people", word)
}
/// Heads of phrases that speak without being a person: "the letter", "the crowd".
pub fn is_document(word: &str) -> bool {
    has("documents", word)
}
pub fn is_not_name(word: &str) -> bool {
    has("not-names", word)
}
pub fn is_between(word: &str) -> bool {
    has("between", word)
}
pub fn opens_clause(word: &str) -> bool {
    has("clause-openers", word)
}
/// Verbs that may take a clause with no "that": "said the cost was…".
pub fn takes_bare_clause(word: &str) -> bool {
    has("bare-clause", word)
}

/// The lemma of `word` (lower case) when it is a form of an entry of section `name`: the
/// entry itself or it with `-s`, `-es`, `-ed`, `-d`, `-ing` (a final `e` dropped, a final
/// consonant doubled, `y` turned `i`), or an irregular past.
pub fn lemma_in(name: &str, word: &str) -> Option<&'static str> {
    let w = word.to_lowercase();
    let list = list(name);
    let find = |stem: &str| list.iter().copied().find(|e| *e == stem);
    if let Some(e) = find(&w) {
        return Some(e);
    }
    let irregular = match w.as_str() {
        "said" | "says" => "say",
        "told" => "tell",
        "wrote" | "written" => "write",
        "spoke" | "spoken" => "speak",
        "swore" | "sworn" => "swear",
        "thought" => "think",
        "felt" => "feel",
        "found" => "find",
        "shown" => "show",
        _ => "",
    };
    if !irregular.is_empty() {
        return find(irregular);
    }
    for suffix in ["s", "es", "ed", "d", "ing"] {
        let Some(stem) = w.strip_suffix(suffix) else {
            continue;
        };
        if stem.len() < 2 {
            continue;
        }
        // A doubled last letter undone (`planned` → `plan`), by characters: a stem may
        // end in any script.
        let mut last = stem.chars().rev();
        let undoubled = match (last.next(), last.next()) {
            (Some(a), Some(b)) if a == b => Some(&stem[..stem.len() - a.len_utf8()]),
            _ => None,
        };
        let y = stem.strip_suffix('i').map(|s| format!("{s}y"));
        let candidates = [
            Some(stem.to_string()),
            Some(format!("{stem}e")),
            undoubled.map(str::to_string),
            y,
        ];
        if let Some(e) = candidates.iter().flatten().find_map(|c| find(c)) {
            return Some(e);
        }
    }
    None
}

/// Whether `word` is a plural noun, not a verb in `-s`, when `next` follows it (`None`
/// at the end of a phrase): `questions` or `disputes` before a preposition but `about`,
/// a conjunction or an auxiliary (`took questions and …`, `questions are likely …`,
/// `zoning disputes.`). The verb takes an object or a clause (`questions whether …`);
/// `questions about …` stays a report, as PolNeAR counts `raised questions about X`.
pub fn plural_noun(word: &str, next: Option<&str>) -> bool {
    matches!(word, "questions" | "disputes")
        && next.is_none_or(|n| n != "about" && (has("no-clause", n) || has("finite-verbs", n)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_in_any_script_is_no_lemma_and_no_panic() {
        for w in ["𑤆𑊊s", "𑊊𑊊ed", "éé", "ççing", "ß", "日本語ed"] {
            assert_eq!(lemma_in("speech", w), None, "{w}");
        }
        assert_eq!(lemma_in("speech", "planned"), None);
        assert_eq!(lemma_in("speech", "slammed"), Some("slam"));
    }

    #[test]
    fn every_section_the_code_asks_for_is_in_the_file() {
        for name in [
            "reporting",
            "claiming",
            "inverting",
            "naming",
            "quoting",
            "disputing",
            "roles",
            "title-words",
            "groups",
            "not-people",
            "not-names",
            "documents",
            "between",
            "clause-openers",
            "disputes",
            "qualifies",
            "supports",
            "bare-clause",
            "partial-verbs",
            "colon-verbs",
            "corporate",
            "organisation-heads",
            "union-heads",
            "agency-heads",
            "figure-nouns",
            "figure-words",
        ] {
            assert!(!list(name).is_empty(), "section [{name}]");
        }
        assert!(is_reporting("Said") && is_role("fellows") && !is_role("fell"));
        for word in [
            "saying",
            "adding",
            "interjecting",
            "writing",
            "quipping",
            "telling",
        ] {
            assert!(reporting_participle(word), "{word}");
        }
        for word in ["sing", "building", "king", "morning", "during"] {
            assert!(!reporting_participle(word), "{word}");
        }
    }
}
