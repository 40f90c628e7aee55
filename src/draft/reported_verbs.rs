//! Whether a word is a verb of speech where it stands: its forms (`said`, `criticizing`), beliefs and findings apart, a noun or passive that looks like one (`attacks`, `was attacked`), denied or only possible speech (`did not say`, `could argue`), what `called` names with no quotation (`called him divisive`).

use super::lexicon;
use super::people::{self, NpKind};
use super::plural_subjects::{VERBS_ONLY, counts_people, plural_before, plural_subject};
use super::sentence::Sentence;
use super::tokens::Kind;

/// Whether `word` is a form of a verb of speech ("said", "criticizing", "vowed").
pub(super) fn is_speech(word: &str) -> bool {
    lexicon::lemma_in("speech", word).is_some()
}

/// Whether `word` is a form of a verb of belief or feeling ("thinks", "hoped", "fears"):
/// what it reports is no statement.
pub(super) fn is_belief(word: &str) -> bool {
    lexicon::lemma_in("beliefs", word).is_some()
}

/// Whether the verb `word` at `v` reports a finding that is no statement: a verb of
/// finding (`found`, `shows`) with no quotation in the next six tokens whose subject is no
/// document. A document's findings are its authors' statements (`The study found that …`,
/// `A paper published last month by X found that …`: the owner's convention, session 37),
/// but a poll's or survey's are what those polled think, beliefs (PolNeAR marks `a poll
/// found that` so), and a person's or an outlet's finding (`a federal judge found that`,
/// `the Observer found that`) is no document's: [`document_subject`].
pub(super) fn is_finding(s: &Sentence, v: usize, word: &str) -> bool {
    lexicon::lemma_in("findings", word).is_some()
        && !(v + 1..(v + 7).min(s.span.end)).any(|k| s.toks[k].quote.is_some())
        && !document_subject(s, v)
}

/// Whether the subject of the verb at `v` is a document other than a poll or survey: the
/// word before the verb (past `also`, `has` and the like), or the head of a phrase opened
/// by a determiner or possessive up to twelve tokens back, with no mark, finite verb or
/// word opening another clause between (`A study released this month by X found`).
fn document_subject(s: &Sentence, v: usize) -> bool {
    const POLLS: &[&str] = &["poll", "polls", "polling", "survey", "surveys"];
    const DETERMINERS: &[&str] = &["a", "an", "the", "its", "his", "her", "their", "this"];
    const CLAUSE_WORDS: &[&str] = &[
        "that", "which", "who", "what", "whatever", "whether", "if", "when", "where", "while",
        "because", "and", "but", "or",
    ];
    let document = |k: usize| {
        s.word(k)
            .is_some_and(|w| lexicon::has("documents", &w) && !POLLS.contains(&w.as_str()))
    };
    let mut k = v;
    while k > s.span.start && s.word(k - 1).is_some_and(|w| lexicon::is_between(&w)) {
        k -= 1;
    }
    if k > s.span.start && document(k - 1) {
        return true;
    }
    let from = v.saturating_sub(12).max(s.span.start);
    for j in (from..k).rev() {
        let t = &s.toks[j];
        // Within the subject: no mark, and no word that opens or ends another clause
        // (`Voss fears that the paper could do that, whatever the lab finds`).
        if t.quote.is_some()
            || !matches!(t.kind, Kind::Word | Kind::Other)
            || s.word(j).is_some_and(|w| {
                CLAUSE_WORDS.contains(&w.as_str()) || lexicon::has("finite-verbs", &w)
            })
        {
            return false;
        }
        if document(j)
            && (j.saturating_sub(3).max(s.span.start)..j).any(|d| {
                s.word(d).is_some_and(|w| {
                    DETERMINERS.contains(&w.as_str()) || w.ends_with("'s") || w.ends_with("’s")
                })
            })
        {
            return true;
        }
    }
    false
}

/// Whether the verb at `v` stands inside a question someone put (`Asked whether Norden
/// would recall its envoy, …`, `wondered if the board would announce …`): a question's
/// word after a verb that asks (`asked`, `wondering`, `inquired`) stands before it in its
/// stretch of the sentence (back to a comma or the sentence's start, at most twelve
/// words). What the question supposes is said by nobody.
fn in_question(s: &Sentence, v: usize) -> bool {
    let from = v.saturating_sub(14).max(s.span.start);
    let mut k = v;
    while k > from + 1 {
        k -= 1;
        if s.toks[k].kind == Kind::Comma || s.toks[k].quote.is_some() {
            return false;
        }
        if s.word(k).is_some_and(|w| w == "whether" || w == "if")
            && s.word(k - 1)
                .and_then(|p| lexicon::lemma_in("speech", &p))
                .is_some_and(|lemma| lexicon::has("asking", lemma))
        {
            return true;
        }
    }
    false
}

/// Whether the verb at `v` is denied or only possible (`did not say`, `never
/// mentioned`, `could argue`, `declined to say`) or stands inside a question someone put
/// (`Asked whether Norden would announce …`): what it would report is no statement.
pub(super) fn negated(s: &Sentence, v: usize) -> bool {
    const MODALS: &[&str] = &["can", "could", "might", "may", "should", "must"];
    // `goes without saying that …`, `left without mentioning …`: no words said.
    if v > s.span.start
        && s.word(v - 1).as_deref() == Some("without")
        && s.word(v).is_some_and(|w| w.ends_with("ing"))
    {
        return true;
    }
    if in_question(s, v) {
        return true;
    }
    let mut k = v;
    while k > s.span.start {
        let Some(w) = s.word(k - 1) else {
            return false;
        };
        if ["not", "never", "no", "neither", "nor"].contains(&w.as_str())
            || w.ends_with("n't")
            || w.ends_with("n’t")
            || MODALS.contains(&w.as_str())
        {
            return true;
        }
        if w == "to" {
            return s
                .word(k.wrapping_sub(2))
                .is_some_and(|p| lexicon::has("refusals", &p));
        }
        if !lexicon::is_between(&w) && !lexicon::has("after-verb", &w) {
            return false;
        }
        k -= 1;
    }
    false
}

/// Whether the lower-case word at `v` ends an attribution after a quotation: the sentence
/// ends right after it, and between the quotation's closing mark (a comma just inside or
/// after it) and `v` stand two to seven plain words, the first a determiner, none a verb
/// of speech and the last no preposition (`"…," the ad states.`, `"…," a voice-over in the
/// ad states.`; not `"…" in five states.` nor `"…," he said of the states.`).
pub(super) fn closes_attribution(s: &Sentence, v: usize) -> bool {
    const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "this"];
    let ends = v + 1 >= s.span.end || s.toks[v + 1].kind == Kind::End;
    if !ends || !s.toks[v].text(s.body).starts_with(char::is_lowercase) {
        return false;
    }
    let Some(close) = (s.span.start..v)
        .rev()
        .find(|&k| s.toks[k].kind == Kind::Close)
    else {
        return false;
    };
    let first = if s.toks.get(close + 1).is_some_and(|t| t.kind == Kind::Comma) {
        close + 2
    } else {
        let comma_inside = close > 0 && s.toks[close - 1].kind == Kind::Comma;
        if !comma_inside {
            return false;
        }
        close + 1
    };
    let words = v.saturating_sub(first);
    (2..=7).contains(&words)
        && s.word(first)
            .is_some_and(|w| DETERMINERS.contains(&w.as_str()))
        && (first..v).all(|k| {
            s.toks[k].kind == Kind::Word
                && s.word(k)
                    .is_some_and(|w| !lexicon::is_reporting(&w) && !lexicon::is_quoting(&w))
        })
        && s.word(v - 1).is_some_and(|w| {
            ![
                "in", "of", "for", "on", "at", "by", "with", "from", "across", "many", "five",
                "other", "all", "both", "several", "some",
            ]
            .contains(&w.as_str())
        })
}

/// Whether a speech verb's form at `v` is used as a verb of speech here, for the verbs
/// beyond the lexicon's [reporting] list, many of which are nouns too (`attacks`,
/// `questions`, `reports`): a form in `-s` needs a subject before it (a name, `he`, `she`,
/// `it`, a word such as `also`), a form in `-ing` a comma or an auxiliary, and a passive
/// (`was attacked`) reports nothing of its subject's.
///
/// Without `strict` (the lexicon's own reporting verbs), only a form after a preposition
/// is a noun: `did not respond to questions`.
pub(super) fn used_as_speech(s: &Sentence, v: usize, word: &str, strict: bool) -> bool {
    // `state` and `states` are nouns far more often than verbs (`the United States`, `in
    // five states`): a verb only before `that`, or closing a quotation's attribution
    // (`"…," a voice-over in the ad states.`).
    if matches!(word, "state" | "states")
        && s.word(v + 1).as_deref() != Some("that")
        && !closes_attribution(s, v)
    {
        return false;
    }
    // `pledged delegates` are delegates.
    if word == "pledged" && s.word(v + 1).is_some_and(|n| n.starts_with("delegate")) {
        return false;
    }
    // A passive with its agent ("was rejected by most voters"), unless the clause is
    // "As reported by X, …".
    // Not `added by phone that …`, where `by` opens the means of saying (the adverbial
    // runs to `that`).
    if word.ends_with("ed")
        && s.word(v + 1).as_deref() == Some("by")
        && s.word(super::adverbials::skip_adverbials(s, v + 1))
            .as_deref()
            != Some("that")
    {
        let opener = (s.span.start..v)
            .rev()
            .find(|&k| s.toks[k].kind == Kind::Comma)
            .map_or(s.span.start, |k| k + 1);
        if s.word(opener).as_deref() != Some("as") {
            return false;
        }
    }
    if super::openers::passive_aside(s, v, word) {
        return false;
    }
    let Some(prev) = v.checked_sub(1).filter(|&p| p >= s.span.start) else {
        return !strict;
    };
    let before = s.toks[prev].text(s.body);
    let lower = before.to_lowercase();
    // After `is`, `was` or `been`, a form in -ing is progressive (`is warning voters that
    // …`) unless it is an adjective (`is demanding and slow`, `is demanding.`) or its
    // object was taken before it (`what Reyes is promising them`); `was talking about`
    // and `was speaking to` tell what someone was doing, not what was said.
    if word.ends_with("ing") && ["is", "are", "was", "were", "been"].contains(&lower.as_str()) {
        if word.starts_with("talk") || word.starts_with("speak") {
            return false;
        }
        let adjective = s
            .word(v + 1)
            .is_none_or(|n| ["and", "or", "but"].contains(&n.as_str()));
        let taken = (v.saturating_sub(5).max(s.span.start)..prev)
            .any(|k| s.word(k).is_some_and(|w| w == "what"));
        if adjective || taken {
            return false;
        }
    }
    const PASSIVE: &[&str] = &[
        "was", "were", "been", "being", "be", "is", "are", "get", "got",
    ];
    // A form in -ing after `is` or `was` is progressive (`is warning voters that …`), not
    // passive. A passive reports nothing of its subject's (`was asked about the plan`,
    // `has been disputed since 1991`, `is accused of fraud`); of the lexicon's own verbs, a
    // passive with a clause or a quotation after it (`it was reported that …`, `was told
    // that …`, `has been called "…"`) still reports, its speaker found elsewhere. A
    // request or an order put to the subject (`were asked to leave`, `was told to wait`,
    // `was ordered to pay`) is none: the subject is who heard it, and who asked is not
    // there.
    let reports_after = || {
        s.word(v + 1).is_some_and(|n| n == "that")
            || (v + 1..(v + 4).min(s.span.end)).any(|k| s.toks[k].quote.is_some())
    };
    if PASSIVE.contains(&lower.as_str()) && !word.ends_with("ing") && (strict || !reports_after()) {
        return false;
    }
    if !strict {
        const PREPOSITIONS: &[&str] = &[
            "to", "of", "for", "about", "with", "by", "on", "in", "at", "from", "into",
        ];
        return !PREPOSITIONS.contains(&lower.as_str());
    }
    let lemma = lexicon::lemma_in("speech", word).unwrap_or("");
    if word.ends_with('s') && word != lemma && !word.ends_with("ss") {
        let named = s.toks[prev].kind == Kind::Word
            && before.chars().next().is_some_and(char::is_uppercase)
            && prev > s.span.start;
        return named
            || ["he", "she", "it", "who", "which"].contains(&lower.as_str())
            || lexicon::is_between(&lower)
            || lexicon::is_group(&lower);
    }
    if word.ends_with("ing") {
        // "issued a statement saying that …"
        let that_follows = s.word(v + 1).as_deref() == Some("that")
            && lexicon::lemma_in("bare-speech", word).is_some();
        return that_follows
            || s.toks[prev].kind == Kind::Comma
            || [
                "is",
                "are",
                "was",
                "were",
                "been",
                "by",
                "while",
                "after",
                "also",
                "repeatedly",
            ]
            .contains(&lower.as_str());
    }
    true
}

const BASE_SUBJECTS: &[&str] = &[
    "i", "we", "they", "you", "to", "will", "would", "could", "can", "may", "might", "should",
    "must", "did", "do", "does", "and", "but", "not",
];
pub(super) const NOUN_BEFORE: &[&str] = &[
    "the", "a", "an", "some", "these", "those", "his", "her", "its", "their", "our", "my", "of",
    "many", "several", "new", "such", "no", "any", "all", "both", "this", "that", "dubious",
    "latest", "false",
];

/// Whether the verb at `v` opens a relative clause's predicate (`who conceded`, `which
/// has urged`): a relative clause after an attribution (`"…," said X, who conceded …`)
/// takes no quotation before it, which the attribution's verb has.
pub(super) fn after_relative(s: &Sentence, v: usize) -> bool {
    let mut r = v;
    while r > s.span.start && s.word(r - 1).is_some_and(|w| lexicon::is_between(&w)) {
        r -= 1;
    }
    r > s.span.start && matches!(s.word(r - 1).as_deref(), Some("who" | "which"))
}

/// Whether the word at `v` is used as a verb here, not as a noun or adjective.
pub(super) fn verb_here(s: &Sentence, v: usize, word: &str) -> bool {
    let prev = v
        .checked_sub(1)
        .filter(|&p| p >= s.span.start)
        .map(|p| s.toks[p].text(s.body).to_lowercase());
    let prev = prev.as_deref().unwrap_or("");
    let next = s.word(v + 1).unwrap_or_default();
    if matches!(word, "points" | "pointed") && next != "out" {
        return false;
    }
    if word == "pushed" && next != "back" {
        return false;
    }
    // `insisted on paying the bill`: a demand to act, not words said.
    if word.starts_with("insist")
        && next == "on"
        && s.word(v + 2)
            .is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
    {
        return false;
    }

    // After a number, a form in -ed is an adjective (`270 pledged delegates`); not after a
    // year (`in 2008 questioned whether`).
    let year = prev.len() == 4 && (prev.starts_with("19") || prev.starts_with("20"));
    let number = prev.starts_with(|c: char| c.is_ascii_digit()) && !year && word.ends_with("ed");
    // `Some said …`, `many argued …`: the quantifier is the subject.
    let past = word.ends_with("ed") || ["said", "told", "wrote"].contains(&word);
    let quantifier =
        (past || VERBS_ONLY.contains(&word)) && ["some", "many", "several", "both"].contains(&prev);
    if number
        || NOUN_BEFORE.contains(&prev) && !quantifier
        || plural_noun_after_adjective(prev, word)
        || prev.ends_with("’s")
        || prev.ends_with("'s")
    {
        return false;
    }
    let base = !word.ends_with('s')
        && !word.ends_with("ed")
        && !word.ends_with("ing")
        && ![
            "said", "told", "wrote", "thought", "found", "showed", "spoke", "swore",
        ]
        .contains(&word)
        && !lexicon::is_quoting(word);
    if base {
        // `…, say some Democrats, who …`: a base form inverted after a comma, before a
        // count or a group.
        let inverted = prev == ","
            && VERBS_ONLY.contains(&word)
            && (counts_people(&next)
                || next == "other"
                || lexicon::is_group(&next)
                || plural_subject(&next));
        return inverted
            || BASE_SUBJECTS.contains(&prev)
            || prev == "who"
            || lexicon::is_group(prev)
            || plural_subject(prev)
            || plural_before(s, v, word);
    }
    true
}

/// Whether the word at `v` is a verb that reports only the quotation beside it, with the
/// particle it needs: "shot back", "went on", "put it", "summed up"; "read", "chanted".
pub(super) fn quoting_here(s: &Sentence, v: usize, word: &str) -> bool {
    if !lexicon::is_quoting(word) {
        return false;
    }
    let next = s.word(v + 1).unwrap_or_default();
    match word {
        "shot" | "fired" => next == "back",
        "went" | "goes" => next == "on",
        "put" | "puts" => next == "it",
        "summed" => next == "up",
        _ => true,
    }
}

/// Words before a form in `-s` of a verb of speech that make it a plural noun, not a
/// verb: adjectives of number, time and kind (`other estimates`, `more questions`,
/// `initial reports`, `nagging questions`, `disparaging remarks`), and `taking` (`taking
/// calls`), which never stand as a verb's subject.
const PLURAL_NOUN_BEFORE: &[&str] = &[
    "other",
    "more",
    "recent",
    "initial",
    "subsequent",
    "numerous",
    "similar",
    "multiple",
    "fewer",
    "previous",
    "various",
    "additional",
    "nagging",
    "repeated",
    "persistent",
    "lingering",
    "unfounded",
    "baseless",
    "specific",
    "tough",
    "serious",
    "difficult",
    "disparaging",
    "fawning",
    "scathing",
    "taking",
];

/// Whether `word`, a form of a verb of speech after `prev` (lower case), is a plural noun
/// there: a form in `-s` (never `says`) after an adjective of [`PLURAL_NOUN_BEFORE`]
/// (`other estimates put the number higher`, `more questions about …`).
fn plural_noun_after_adjective(prev: &str, word: &str) -> bool {
    word.ends_with('s')
        && !word.ends_with("ss")
        && word != "says"
        && PLURAL_NOUN_BEFORE.contains(&prev)
}

/// Where what a person or thing is called begins after `called` at `v` with no
/// quotation (`called him divisive`, `called himself pro-choice`, `called the crash a
/// reason to …`, `called Reyes a liar`): the token after the object, when the object is
/// a pronoun, a name or a determiner's phrase of at most three words and what follows
/// is a word that is no preposition, particle or time (`called him on Tuesday`, `called
/// her back`, `called an emergency session` name nothing); `it` or a phrase of one or two
/// plain words with no determiner before `a`/`an` (`called it a hoax`, `called climate
/// rules a burden`; never `called it quits`, `called it a day`); else `None`.
pub(super) fn named_as(s: &Sentence, v: usize) -> Option<usize> {
    const OBJECT_PRONOUNS: &[&str] = &[
        "him",
        "her",
        "them",
        "himself",
        "herself",
        "themselves",
        "itself",
        "me",
        "us",
    ];
    const DETERMINERS: &[&str] = &["the", "his", "her", "their", "its", "this", "that"];
    const NOT_NAMING: &[&str] = &[
        "on",
        "in",
        "at",
        "to",
        "for",
        "back",
        "up",
        "out",
        "off",
        "after",
        "before",
        "during",
        "from",
        "about",
        "with",
        "and",
        "but",
        "or",
        "again",
        "later",
        "today",
        "yesterday",
        "last",
        "this",
        "that",
        "repeatedly",
        "personally",
        "directly",
        "by",
        "into",
        "over",
    ];
    let first = s.word(v + 1)?;
    // `called it a day`, `called it a night`: what the idiom ends, not a name.
    let idiom = first == "it"
        && (s.word(v + 2).as_deref() == Some("quits")
            || s.word(v + 2).as_deref() == Some("a")
                && s.word(v + 3).is_some_and(|w| w == "day" || w == "night"));
    let plain = |k: usize| {
        s.toks[k].kind == Kind::Word
            && !s.toks[k].quoted()
            && s.toks[k].text(s.body).starts_with(char::is_lowercase)
            && s.word(k).is_some_and(|w| {
                !NOT_NAMING.contains(&w.as_str())
                    && !w.ends_with("ly")
                    && !lexicon::has("after-verb", &w)
                    && !lexicon::has("finite-verbs", &w)
                    && !lexicon::has("adverbial-openers", &w)
                    && !OBJECT_PRONOUNS.contains(&w.as_str())
                    && !["a", "an", "it", "for", "of", "upon"].contains(&w.as_str())
            })
    };
    let object_end = if OBJECT_PRONOUNS.contains(&first.as_str()) || first == "it" && !idiom {
        v + 2
    } else if plain(v + 1)
        && let Some(k) = (v + 2..(v + 4).min(s.span.end))
            .take_while(|&k| s.word(k).is_some_and(|w| w == "a" || w == "an") || plain(k))
            .find(|&k| s.word(k).is_some_and(|w| w == "a" || w == "an"))
        && !s.word(k + 1).is_some_and(|w| {
            [
                "day", "week", "month", "year", "second", "third", "few", "couple", "time",
            ]
            .contains(&w.as_str())
        })
    {
        k
    } else if DETERMINERS.contains(&first.as_str()) {
        // `the crash a reason`: a second determiner after one to three words.
        (v + 3..(v + 5).min(s.span.end))
            .take_while(|&k| {
                s.toks[k].kind == Kind::Word
                    && !s.toks[k].quoted()
                    && s.word(k).is_some_and(|w| {
                        !NOT_NAMING.contains(&w.as_str()) && !super::lexicon::is_weekday(&w)
                    })
            })
            .find(|&k| s.word(k).is_some_and(|w| w == "a" || w == "an"))?
    } else if s.toks[v + 1].text(s.body).starts_with(char::is_uppercase) {
        let np = people::parse(s.body, s.toks, v + 1, s.span.end)?;
        if np.kind != NpKind::Name || !s.word(np.end).is_some_and(|w| w == "a" || w == "an") {
            return None;
        }
        np.end
    } else {
        return None;
    };
    let next = s.word(object_end)?;
    (s.toks[object_end].kind == Kind::Word
        && !s.toks[object_end].quoted()
        && !NOT_NAMING.contains(&next.as_str())
        && !super::lexicon::is_weekday(&next)
        && !lexicon::has("after-verb", &next)
        && !lexicon::has("finite-verbs", &next))
    .then_some(object_end)
}

#[cfg(test)]
#[path = "reported_verbs_tests.rs"]
mod tests;
