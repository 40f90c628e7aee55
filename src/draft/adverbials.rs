//! The adverbials between a verb of saying and what it reports (`said on Sunday that …`, `told reporters in a statement that …`, a show's title after its owner): where they end, so the reported clause is found after them.

use super::clause_words::{OBJECTS, PRONOUNS, WH};
use super::lexicon;
use super::sentence::Sentence;
use super::tokens::Kind;

/// Nouns of terms and grounds whose own clause a `that` opens (`on the condition that …`,
/// `on the understanding that …`, `on the grounds that …`): an adverbial ending on one
/// holds no `that` of the verb's.
const TERMS: &[&str] = &[
    "condition",
    "conditions",
    "understanding",
    "grounds",
    "assumption",
    "premise",
    "proviso",
    "basis",
];

/// The token after a participle's phrase set off by commas at `j` (`, speaking by phone
/// from Oslo,` before `that`): `w`, the word at `j`, is a form in `-ing` after a comma, and
/// the phrase's closing comma, at most ten tokens on with no quotation before it, has
/// `that` right after it; else `None`.
fn participle_aside(s: &Sentence, j: usize, w: &str) -> Option<usize> {
    if !(w.ends_with("ing") && w.len() > 5 && j > s.span.start) || s.toks[j - 1].kind != Kind::Comma
    {
        return None;
    }
    let close = (j + 1..(j + 11).min(s.span.end))
        .take_while(|&k| s.toks[k].quote.is_none() && s.toks[k].kind != Kind::End)
        .find(|&k| s.toks[k].kind == Kind::Comma)?;
    (s.word(close + 1).as_deref() == Some("that")).then_some(close + 1)
}

/// The token after the adverbials that start at `k` (`on Sunday`, `in a statement to
/// reporters`, `last week`, `by phone`): each is a preposition or time word with at most
/// eight words after it, and the run must end on `that`, a question word or a comma (a
/// phrase opened by `by` on `that`); else `k`.
pub(super) fn skip_adverbials(s: &Sentence, k: usize) -> usize {
    let mut j = k;
    let mut last_good = k;
    while j < s.span.end {
        // A show's title after its owner: `told MSNBC's "Morning Joe" on Friday that`.
        if j > s.span.start
            && s.toks[j - 1].text(s.body).ends_with(['s', 'S'])
            && s.toks[j - 1].text(s.body).contains(['\'', '’'])
            && let Some(after) = super::quotes::title_from(s, j)
        {
            j = after;
            last_good = j;
            continue;
        }
        let Some(w) = s.word(j) else {
            if s.toks[j].kind == Kind::Comma {
                // "said, in a statement, that …": commas around an adverbial.
                j += 1;
                continue;
            }
            break;
        };
        if lexicon::has("after-verb", &w) {
            j += 1;
            last_good = j;
            continue;
        }
        // `said, speaking by phone from Oslo, that …`: a participle's phrase between
        // commas, the second right before `that`, tells how it was said.
        if let Some(after) = participle_aside(s, j, &w) {
            j = after;
            last_good = j;
            continue;
        }
        // `said by phone that`, `told the board by letter that`: `by` opens the means of
        // saying only where its phrase runs to `that` (elsewhere a passive's agent), and
        // never with a verb of its own (`responded by asking the court to rule that …`:
        // the `that` is the gerund's).
        let means = w == "by"
            && !s
                .word(j + 1)
                .is_some_and(|n| n.ends_with("ing") && n.len() > 5);
        if !lexicon::has("adverbial-openers", &w) && !means {
            break;
        }
        // "said to reporters", never "vowed to veto".
        if w == "to"
            && !s.word(j + 1).is_some_and(|n| {
                OBJECTS.contains(&n.as_str())
                    || ["the", "a", "an", "his", "her", "their", "reporters"].contains(&n.as_str())
                    || s.toks[j + 1].text(s.body).starts_with(char::is_uppercase)
            })
        {
            break;
        }
        // The phrase runs to "that", a question word, a comma or eight words.
        let mut e = j + 1;
        while e < s.span.end && e < j + 9 {
            match s.word(e) {
                // `said at a news conference announcing that …`: the `that` is the
                // participle's, and the phrase no adverbial of the verb's.
                Some(x)
                    if e > j + 1
                        && lexicon::reporting_participle(&x)
                        && s.word(e + 1).as_deref() == Some("that") =>
                {
                    return last_good;
                }
                Some(x)
                    if x == "that"
                        || WH.contains(&x.as_str())
                        || PRONOUNS.contains(&x.as_str()) =>
                {
                    break;
                }
                Some(_) => e += 1,
                None if s.toks[e].kind == Kind::Other => e += 1,
                // `said on WKRT's "Morning Call" that`: a title within the phrase.
                None => match super::quotes::title_from(s, e) {
                    Some(after) => e = after,
                    None => break,
                },
            }
        }
        j = e;
        if means && s.word(j).as_deref() != Some("that") {
            return last_good;
        }
        // `spoke on the condition that only first names be used`: the `that` is the
        // noun's, and the phrase no adverbial before what the verb reports.
        if s.word(j).as_deref() == Some("that")
            && s.word(j - 1).is_some_and(|n| TERMS.contains(&n.as_str()))
        {
            return last_good;
        }
        let ends_well = s.word(j).is_some_and(|x| {
            x == "that" || WH.contains(&x.as_str()) || PRONOUNS.contains(&x.as_str())
        }) || s.toks.get(j).is_some_and(|t| t.kind == Kind::Comma);
        if !ends_well {
            return last_good;
        }
        last_good = j;
    }
    // A comma left at the end of the run belongs to the adverbial.
    while last_good > k
        && last_good < s.span.end
        && s.toks[last_good].kind == Kind::Comma
        && s.word(last_good + 1).is_some()
    {
        last_good += 1;
    }
    last_good
}
