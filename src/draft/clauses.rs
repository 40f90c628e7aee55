//! What a reported clause is made of, read below `reported`: whether a stretch holds a finite verb, whether a word can open a clause as its subject, and where what a verb of saying reports begins past its adverbials and addressee (`told reporters on Monday that …`). `reported` and `reported_end` ask these.

use super::adverbials::skip_adverbials;
use super::clause_words::{OBJECTS, WH};
use super::lexicon;
use super::people::{self, NpKind};
use super::reported_verbs::is_speech;
use super::sentence::Sentence;
use super::tokens::Kind;

/// Whether tokens `from..to` hold a finite verb after their first word: an auxiliary, or
/// a word in `-ed` or `-s` after a lower-case word. A clause opened by a noun phrase
/// (`the plan would fail`) has one; an object (`a detailed letter`) has none.
pub(super) fn has_finite_verb(s: &Sentence, from: usize, to: usize) -> bool {
    (from + 1..to).any(|k| {
        s.word(k).is_some_and(|w| {
            lexicon::has("finite-verbs", &w)
                || (w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss"))
                    && w.len() > 3
                    && s.word(k - 1).is_some_and(|p| {
                        !["the", "a", "an", "of", "to", "its", "his", "her", "their"]
                            .contains(&p.as_str())
                    })
        })
    })
}

/// Whether the word at `k` can open a reported clause as its subject: a pronoun, a
/// determiner, a name, a number, a possessive.
pub(super) fn opens_clause_at(s: &Sentence, k: usize) -> bool {
    let Some(w) = s.word(k) else {
        return false;
    };
    // A relative clause after a noun is none (`developers who …`).
    if ["who", "which", "whom", "whose"].contains(&w.as_str()) {
        return false;
    }
    if lexicon::opens_clause(&w) || lexicon::has("clause-subjects", &w) {
        return true;
    }
    // `said about half of the rise reflected …`, `said much of the talk was …`: a count
    // or share opens a clause when a verb follows.
    let share = ["about", "nearly", "almost", "roughly"].contains(&w.as_str())
        && s.word(k + 1).is_some_and(|n| {
            n.starts_with(|c: char| c.is_ascii_digit())
                || super::plural_subjects::counts_people(&n)
                || n.ends_with("-third")
                || n.ends_with("-thirds")
                || n.ends_with("-quarters")
        })
        || w == "much" && s.word(k + 1).as_deref() == Some("of");
    if share {
        return has_finite_verb(s, k + 1, s.clause_end(k).0);
    }
    let raw = s.toks[k].text(s.body);
    let first = raw.chars().next().unwrap_or(' ');
    let contraction = ["’s", "'s", "’d", "'d", "’ll", "'ll", "’re", "'re"]
        .iter()
        .any(|e| raw.ends_with(e));
    first.is_ascii_digit()
        || first.is_uppercase() && !lexicon::is_not_name(&w)
        || contraction
            && lexicon::list("clause-subjects")
                .iter()
                .any(|p| w.starts_with(p))
        || first.is_lowercase() && !lexicon::has("no-clause", &w) && !w.ends_with("ly")
}

/// The `to` of a wish or demand after an addressee starting at `k` that the addressee
/// rules did not read (`the congregation`, `Florida agencies that dealt with it`): within
/// eight words, with no mark, quotation, finite verb or verb of speech before it, and a
/// verb's base form after it (`to stand`, `not to worry`).
pub(super) fn to_after_addressee(s: &Sentence, k: usize) -> Option<usize> {
    let mut j = k;
    while j < (k + 9).min(s.span.end) {
        let t = &s.toks[j];
        let w = s.word(j)?;
        if t.quote.is_some() {
            return None;
        }
        if w == "to" && j > k {
            let next = s.word(j + 1)?;
            let base = s.toks[j + 1].text(s.body).starts_with(char::is_lowercase)
                && !lexicon::has("clause-openers", &next)
                && !next.ends_with("ing")
                && !next.ends_with("ed");
            return base.then_some(j);
        }
        if lexicon::has("finite-verbs", &w) || is_speech(&w) || WH.contains(&w.as_str()) {
            return None;
        }
        j += 1;
    }
    None
}

/// The token after the adverbials and the addressee that follow a verb of lemma `lemma`
/// at `v`: `told reporters on Monday …`, `said in a statement …`.
pub(super) fn after_addressee(s: &Sentence, v: usize, lemma: &str) -> usize {
    let mut k = skip_adverbials(s, v + 1);
    // The addressee of "told", "assured", "warned", "asked", "reminded", "urged".
    if lexicon::has("addressee-speech", lemma) {
        let w = s.word(k).unwrap_or_default();
        if WH.contains(&w.as_str()) {
            // "asked whether …": no addressee.
            return k;
        }
        if OBJECTS.contains(&w.as_str()) {
            k += 1;
        } else if let Some(np) = people::parse(s.body, s.toks, k, s.span.end)
            && np.end > k
            && !matches!(np.kind, NpKind::Pronoun(_))
            && np.end - k <= 6
        {
            k = np.end;
        } else if s
            .word(k)
            .is_some_and(|w| w.ends_with('s') && !WH.contains(&w.as_str()))
        {
            // "told reporters …"
            k += 1;
        }
        k = skip_adverbials(s, k);
        // A long addressee before `that`: "told a crowded hall in downtown Baltimore
        // that …", "told members of the council on Monday that …".
        if s.word(k).as_deref() != Some("that")
            && let Some(t) = (k..(k + 14).min(s.span.end))
                .take_while(|&j| {
                    s.toks[j].kind == Kind::Word
                        && s.toks[j].quote.is_none()
                        && s.word(j).is_some_and(|w| {
                            w == "that" || !lexicon::has("finite-verbs", &w) && !is_speech(&w)
                        })
                })
                .find(|&j| s.word(j).as_deref() == Some("that"))
        {
            k = t;
        }
    }
    k
}
