//! Which relative clauses after a name say who the person is beyond the present tense: a `who` clause with an adverb of time (`who now runs`), in the perfect or the progressive with a verb of standing work (`who has advised`, `who was leading`), in the past with the span it lasted (`who spent two years`), and a `whose` clause in the present on what a person works in (`whose district includes`), never on kin or home.

use super::lexicon;

/// Adverbs that may stand between `who` and its verb without changing what the clause
/// says of the person: `who now teaches`, `who also sits on the board`.
const ADVERBS: &[&str] = &[
    "now",
    "also",
    "still",
    "currently",
    "previously",
    "formerly",
    "long",
];

/// Verbs (their base form) of work one does over time, a job or an office: in the perfect
/// (`who has advised the ministry`) or the progressive (`who is challenging the mayor`)
/// such a verb says what the person does, where another (`who has denied the charge`,
/// `who was driving the car`) tells a single act. Where one lives (`who now lives with
/// her niece`) and what one gives spare time to (`who has volunteered at the library`,
/// `who has campaigned for a rent cap`) are no affiliation in the gold sets.
const STANDING: &[&str] = &[
    "work",
    "serve",
    "teach",
    "study",
    "advise",
    "run",
    "manage",
    "chair",
    "coach",
    "direct",
    "head",
    "lead",
    "represent",
    "cover",
    "oversee",
    "organize",
    "organise",
    "train",
    "research",
    "own",
    "operate",
    "sponsor",
    "introduce",
    "challenge",
    "seek",
    "investigate",
    "prosecute",
    "host",
    "co-host",
    "edit",
    "track",
    "monitor",
    "lobby",
    "consult",
    "treat",
    "coordinate",
    "supervise",
    "farm",
    "fish",
    "ranch",
];

/// Past forms not made with `-ed`, to their base form.
const IRREGULAR: &[(&str, &str)] = &[
    ("led", "lead"),
    ("ran", "run"),
    ("taught", "teach"),
    ("oversaw", "oversee"),
    ("overseen", "oversee"),
    ("sought", "seek"),
    ("spent", "spend"),
    ("run", "run"),
];

/// Units of time a past clause may say it lasted: `who spent two years measuring`, `who
/// played 14 seasons in the league`.
const SPANS: &[&str] = &[
    "year", "years", "decade", "decades", "season", "seasons", "term", "terms",
];

/// Number words a span may be counted in.
const COUNTS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "many",
    "several",
    "a",
    "two-and-a-half",
];

/// Whether `word` (lower case) is a form of one of the `bases`: itself, or with `-s`,
/// `-es`, `-ies`, `-ed`, `-d`, `-ied`, `-ing` (a doubled consonant or a dropped `e` put
/// back), or an irregular past.
fn form_of(word: &str, bases: &[&str]) -> bool {
    if bases.contains(&word) {
        return true;
    }
    if let Some((_, base)) = IRREGULAR.iter().find(|(past, _)| *past == word) {
        return bases.contains(base);
    }
    ["ies", "ied", "ing", "es", "ed", "s", "d"]
        .iter()
        .filter_map(|end| word.strip_suffix(end).map(|stem| (*end, stem)))
        .any(|(end, stem)| {
            let mut candidates = vec![stem.to_string(), format!("{stem}e")];
            if end.starts_with('i') && end != "ing" {
                candidates.push(format!("{stem}y"));
            }
            let mut chars: Vec<char> = stem.chars().collect();
            if chars.len() >= 2 && chars[chars.len() - 1] == chars[chars.len() - 2] {
                chars.pop();
                candidates.push(chars.into_iter().collect());
            }
            candidates.iter().any(|c| bases.contains(&c.as_str()))
        })
}

/// Whether `word` (lower case) is a verb of standing work ([`STANDING`]) in any form.
fn standing(word: &str) -> bool {
    form_of(word, STANDING)
}

/// Whether `word` reads as a verb in the past: `-ed`, or an irregular past.
fn past(word: &str) -> bool {
    (word.len() > 3 && word.ends_with("ed")) || IRREGULAR.iter().any(|(p, _)| *p == word)
}

/// Whether `word` reads as a verb in the present's third person: `runs`, `teaches`.
fn present(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("ous")
        && !lexicon::is_between(word)
}

/// Whether the span a past clause lasted is among `lower`: a count and a unit of time
/// (`two years`, `14 seasons`, `three decades`).
fn spanned(lower: &[String]) -> bool {
    lower.windows(2).any(|w| {
        SPANS.contains(&w[1].as_str())
            && (w[0].chars().all(|c| c.is_ascii_digit()) || COUNTS.contains(&w[0].as_str()))
    })
}

/// Whether the `who` clause in `lower` (its words in lower case, `who` first) says who
/// the person is in a shape beyond a bare present tense: an adverb then a verb in the
/// present or of standing work (`who now teaches`, `who also sits on`, `who previously
/// worked at`); the perfect or the progressive of a verb of standing work (`who has
/// advised the government`, `who has long studied`, `who is challenging the mayor`, `who
/// was leading the inquiry`, `who will run it until …`); a past with the span it lasted (`who spent two years
/// measuring the creek`, `who played 14 seasons`).
pub(super) fn standing_who(lower: &[String]) -> bool {
    if lower.first().map(String::as_str) != Some("who") {
        return false;
    }
    let mut i = 1;
    while lower.get(i).is_some_and(|w| ADVERBS.contains(&w.as_str())) {
        i += 1;
    }
    let Some(verb) = lower.get(i).map(String::as_str) else {
        return false;
    };
    if lexicon::is_reporting(verb) {
        return false;
    }
    let after = |from: usize| {
        let mut k = from;
        while lower.get(k).is_some_and(|w| ADVERBS.contains(&w.as_str())) {
            k += 1;
        }
        lower.get(k).map(String::as_str)
    };
    match verb {
        "has" | "have" => after(i + 1).is_some_and(|p| past(p) && standing(p)),
        // `who will run it until a successor is hired`: the office they are to hold.
        "will" => after(i + 1).is_some_and(|v| STANDING.contains(&v)),
        "is" | "are" | "was" | "were" => {
            after(i + 1).is_some_and(|p| p.ends_with("ing") && standing(p))
        }
        // `who now lives in …` tells where they moved, not who they are.
        _ if i > 1 => verb != "lives" && (present(verb) || standing(verb)),
        _ => past(verb) && spanned(lower),
    }
}

/// Nouns of kin and household: a `whose` clause on them (`whose daughter attends the
/// school`, `whose house flooded`) says what befell the person, not who they are.
const KIN_AND_HOME: &[&str] = &[
    "daughter",
    "daughters",
    "son",
    "sons",
    "wife",
    "husband",
    "mother",
    "father",
    "child",
    "children",
    "kids",
    "parents",
    "brother",
    "brothers",
    "sister",
    "sisters",
    "family",
    "grandson",
    "granddaughter",
    "grandchildren",
    "grandmother",
    "grandfather",
    "baby",
    "partner",
    "fiance",
    "fiancée",
    "boyfriend",
    "girlfriend",
    "nephew",
    "niece",
    "cousin",
    "relatives",
    "home",
    "house",
    "apartment",
    "car",
    "truck",
    "dog",
    "cat",
    "pet",
    "yard",
    "street",
    "neighborhood",
    "body",
    "name",
    "life",
    "death",
    "health",
    "condition",
    "own",
];

/// How many of `words` (a clause's words, `whose` first) make a `whose` clause kept whole
/// as an affiliation, one that says what the person works in or answers for, in the
/// present tense: `whose district includes four ferry terminals`, `whose firm audits the
/// port`. In the past it tells a single act (`whose office filed a brief`). What it
/// possesses is one to three words in lower case before its verb, none of kin or home
/// (`whose daughter …`, `whose house …`); a verb `is`, `has` or `was` (`whose case is
/// pending`), a verb of speech, or more than 16 words give none. The clause ends before
/// `and` with a second verb of its own. `None` for any other shape.
pub(super) fn whose_clause(words: &[&str]) -> Option<usize> {
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    if lower.first().map(String::as_str) != Some("whose") || words.len() > 16 || words.len() < 4 {
        return None;
    }
    let auxiliary = ["is", "has", "was", "were", "are", "had"];
    let verb_at = (2..lower.len().min(5)).find(|&k| {
        let w = lower[k].as_str();
        present(w) || past(w) || auxiliary.contains(&w)
    })?;
    let possessed = &lower[1..verb_at];
    let verb = lower[verb_at].as_str();
    if possessed.iter().any(|w| KIN_AND_HOME.contains(&w.as_str()))
        || words[1..verb_at]
            .iter()
            .any(|w| !w.starts_with(char::is_lowercase))
        || lower.iter().any(|w| lexicon::is_reporting(w))
        || auxiliary.contains(&verb)
    {
        return None;
    }
    if !present(verb) || verb_at + 1 >= words.len() {
        return None;
    }
    let end = (verb_at + 1..words.len())
        .find(|&k| {
            lower[k] == "and"
                && lower.get(k + 1).is_some_and(|n| {
                    [
                        "was", "is", "has", "had", "did", "does", "were", "not", "declined",
                    ]
                    .contains(&n.as_str())
                })
        })
        .unwrap_or(words.len());
    Some(end)
}

#[cfg(test)]
#[path = "relative_roles_tests.rs"]
mod tests;
