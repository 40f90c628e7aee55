//! Plural subjects and counts before a verb of speech's base form (`aides say`, `About one in five say`, `Others, however, say`): what makes `say` a verb there and who the subject as written is.

use super::lexicon;
use super::sentence::Sentence;
use super::tokens::Kind;

/// Whether `word` before a verb's base form is a plural subject: `aides say`,
/// `critics argue` (lower case, in `-s`).
pub(super) fn plural_subject(word: &str) -> bool {
    [
        "percent",
        "people",
        "police",
        "surveyed",
        "polled",
        "interviewed",
        "asked",
    ]
    .contains(&word)
        // `26% say`: a share of those polled (the mark read alone or with its number).
        || word == "%"
        || word.len() > 1
            && word.ends_with('%')
            && word.starts_with(|c: char| c.is_ascii_digit())
        || word.len() > 3
            && word.ends_with('s')
            && !word.ends_with("ss")
            && !word.ends_with("us")
            && word
                .chars()
                .all(|c| c.is_lowercase() || c == '’' || c == '\'' || c == '-')
}

/// Speech verbs whose base form is seldom a noun (`say`, `argue`; not `order`, `attack`,
/// `report`): after a plural subject or a count, a verb.
pub(super) const VERBS_ONLY: &[&str] = &[
    "say",
    "write",
    "argue",
    "contend",
    "insist",
    "warn",
    "tell",
    "suggest",
    "acknowledge",
    "admit",
    "concede",
    "agree",
    "explain",
    "predict",
    "maintain",
    "assert",
    "caution",
    "complain",
    "allege",
    "recall",
    "testify",
    "urge",
    "criticize",
    "blame",
];

/// Words beside the [`lexicon::NUMBER_WORDS`] that count people and stand as a plural
/// subject before a verb's base form: `About one in five say`, `most say`, `a third say`.
const COUNTS: &[&str] = &[
    "half", "third", "thirds", "quarter", "quarters", "majority", "minority", "most", "few",
    "many", "some", "all", "both", "several",
];

/// Whether `word` counts people, as a subject (`one in four`, `half`, `most`): a
/// number word ([`lexicon::is_number_word`]) or one of [`COUNTS`]; every rule here
/// asks this, never [`COUNTS`] alone.
pub(super) fn counts_people(word: &str) -> bool {
    lexicon::is_number_word(word) || COUNTS.contains(&word)
}

/// The word before a stretch set off by commas just before the verb at `v` (`Others,
/// however, say`, `Economists, like their counterparts, say`, `about two-thirds, 67
/// percent, say`): its token index, when `v` follows a comma and the stretch is at most
/// ten tokens long with no quotation in it; else `None`.
pub(super) fn word_before_interrupter(s: &Sentence, v: usize) -> Option<usize> {
    if v < s.span.start + 3 || s.toks[v - 1].kind != Kind::Comma {
        return None;
    }
    let from = v.saturating_sub(12).max(s.span.start + 1);
    let open = (from..v - 1)
        .rev()
        .find(|&k| !matches!(s.toks[k].kind, Kind::Word | Kind::Other) || s.toks[k].quoted())?;
    (s.toks[open].kind == Kind::Comma && open + 1 < v - 1 && s.word(open - 1).is_some())
        .then_some(open - 1)
}

/// Whether a plural subject stands before a base form `word` at `v` in the same stretch
/// of words: `Aides to Clinton say`, `Jeb Bush and Chris Christie say`, `sources close to
/// her campaign say` (at most eight words back, no mark between), or a count (`About one
/// in five say`), or either before a stretch set off by commas (`Others, however, say`).
/// Only for [`VERBS_ONLY`], in lower case, after no preposition.
pub(super) fn plural_before(s: &Sentence, v: usize, word: &str) -> bool {
    const PREPOSITIONS: &[&str] = &[
        "in", "of", "for", "on", "at", "by", "with", "from", "about", "into", "over", "under",
        "than",
    ];
    if !VERBS_ONLY.contains(&word)
        || !s.toks[v].text(s.body).starts_with(char::is_lowercase)
        || v == s.span.start
    {
        return false;
    }
    // `Others, however, say`: the word before the commas, if it is a plural or a count.
    if let Some(k) = word_before_interrupter(s, v) {
        return s
            .word(k)
            .is_some_and(|p| plural_subject(&p) || lexicon::is_group(&p) || counts_people(&p));
    }
    if s.word(v - 1)
        .is_none_or(|p| PREPOSITIONS.contains(&p.as_str()))
    {
        return false;
    }
    // `About one in five say`, `most say`.
    if s.word(v - 1).is_some_and(|p| counts_people(&p)) {
        return true;
    }
    // `About 4 in 10 say`.
    if s.word(v - 1)
        .is_some_and(|p| p.chars().all(|c| c.is_ascii_digit()))
    {
        return true;
    }
    let from = v.saturating_sub(8).max(s.span.start);
    for k in (from..v).rev() {
        let Some(w) = s.word(k) else {
            return false;
        };
        if s.toks[k].quoted() {
            return false;
        }
        if w == "and" || lexicon::is_group(&w) || plural_subject(&w) {
            return k + 1 < v;
        }
    }
    false
}
