//! Where a reported clause ends: at a semicolon, a dash or bracket, a second verb of saying (`… and said …`, `…, and rights groups warned that …`), a comma before another clause (`however`, `saying`), the comma closing a subordinate or relative clause, past a relative clause inside the report (`the plan, which costs $5 million, would fail`).

use super::clause_words::WH;
use super::clauses::{after_addressee, has_finite_verb, opens_clause_at, to_after_addressee};
use super::lexicon;
use super::reported_verbs::is_speech;
use super::sentence::Sentence;
use super::tokens::Kind;

/// Whether the word at `k` is an adverb that may stand between `and` and a second verb:
/// one in `-ly` (`repeatedly`, `later`-like `finally`) or `then`, `also`, `later`, `again`.
fn adverb(s: &Sentence, k: usize) -> bool {
    s.word(k).is_some_and(|w| {
        w.len() > 4 && w.ends_with("ly") || ["then", "also", "later", "again"].contains(&w.as_str())
    })
}

/// The end (exclusive) of a reported clause starting at `from`: [`Sentence::clause_end`],
/// cut sooner at a semicolon, a dash or bracket outside quotations, `and`/`but` before a
/// second verb of saying (`… but argues that …`), or a comma before a word that opens
/// another clause (`however`, `but`, `while`, `according`, `saying`; after an object too:
/// `attacked Mole, saying …`);
/// when the verb at `v` stands in a clause opened by a subordinator (`While only 7
/// percent said they were undecided, most …`), at that clause's comma.
pub(super) fn content_end(s: &Sentence, v: usize, from: usize) -> usize {
    let (end, _) = s.clause_end(from);
    let mut opener = v;
    while opener > s.span.start
        && !matches!(
            s.toks[opener - 1].kind,
            Kind::Comma | Kind::Close | Kind::Colon
        )
    {
        opener -= 1;
    }
    let subordinate = s
        .word(opener)
        .is_some_and(|w| lexicon::has("subordinators", &w));
    // The verb in a relative clause set off by commas (`X, who spent her career insisting
    // that inspectors be heeded, died …`, `…, and who said …`): the clause closes at a
    // comma before the predicate it interrupted.
    let skip_and = usize::from(s.word(opener).is_some_and(|w| w == "and" || w == "but"));
    let aside = opener > s.span.start
        && s.toks[opener - 1].kind == Kind::Comma
        && s.word(opener + skip_and)
            .is_some_and(|w| w == "who" || w == "which");
    for k in from..end {
        let t = &s.toks[k];
        if t.quote.is_some() {
            continue;
        }
        match t.kind {
            Kind::Semi | Kind::Dash if k > from => return k,
            Kind::Other if k > from && s.toks[k].text(s.body) == "(" => return k,
            // "… and said …": a second report of the same speaker begins, maybe after an
            // adverb (`and repeatedly says`, `and then said`).
            Kind::Word
                if k > from
                    && matches!(s.word(k).as_deref(), Some("and" | "but"))
                    && s.word(k + 1 + usize::from(adverb(s, k + 1)))
                        .is_some_and(|n| {
                            (is_speech(&n) || lexicon::is_reporting(&n)) && n.ends_with("ed")
                                || n == "said"
                                || n == "told"
                                || n.strip_suffix('s').is_some_and(|base| {
                                    super::plural_subjects::VERBS_ONLY.contains(&base)
                                        || n == "says"
                                        || n == "adds"
                                })
                        }) =>
            {
                return k;
            }
            Kind::Comma if k > from && subordinate => return k,
            Kind::Comma if k > from && coordinated_report(s, k) => return k,
            Kind::Comma if k > from => {
                let next = s.word(k + 1).unwrap_or_default();
                if aside
                    && (lexicon::has("finite-verbs", &next)
                        || next.len() > 3
                            && next.ends_with("ed")
                            && s.toks[k + 1].text(s.body).starts_with(char::is_lowercase))
                {
                    return k;
                }
                // `Podesta, who said the project was vetted, said he …`: a verb of saying
                // after the comma has its subject before the clause, which ends here;
                // not an inverted attribution (`…, said Jane Doe`, `…, said one aide`).
                let after = s.word(k + 2).unwrap_or_default();
                if matches!(next.as_str(), "said" | "says" | "told")
                    && s.toks.get(k + 2).is_some_and(|t| {
                        t.kind == Kind::Word && t.text(s.body).starts_with(char::is_lowercase)
                    })
                    && ![
                        "the", "a", "an", "one", "two", "another", "some", "several", "many",
                        "his", "her", "their", "its",
                    ]
                    .contains(&after.as_str())
                {
                    return k;
                }
                // Not right after the clause's subject: `said Trump, despite his wealth,
                // is …`.
                let subject_only = k <= from + 2 && !has_finite_verb(s, from, k);
                // A participle of saying after an object is a report of its own:
                // `attacked Mole, saying she would …` ends at the comma.
                let participle = next.ends_with("ing") && next != "according";
                if next == "which" && embedded_relative(s, k, end) {
                    continue;
                }
                if lexicon::has("clause-breaks", &next) && (!subject_only || participle) {
                    return k;
                }
            }
            _ => {}
        }
    }
    end
}

/// Whether the comma at `k`, before `which`, sets off a relative clause inside the report
/// that goes on after the clause's own comma: with a second `that` (`…the lines, which
/// the city does not maintain, and that residents had agreed …`) or with the verb the
/// clause interrupted (`…the plan, which costs $5 million, would fail`). A `which`
/// clause that ends the sentence, or runs on to another kind of phrase, is the
/// writer's aside (`…, which drew criticism.`) and ends the report. Looks at most 16
/// tokens on, before `end`.
fn embedded_relative(s: &Sentence, k: usize, end: usize) -> bool {
    let Some(close) =
        (k + 3..(k + 16).min(end)).find(|&j| !matches!(s.toks[j].kind, Kind::Word | Kind::Other))
    else {
        return false;
    };
    if s.toks[close].kind != Kind::Comma || (k..close).any(|j| s.toks[j].quote.is_some()) {
        return false;
    }
    let next = s.word(close + 1).unwrap_or_default();
    matches!(next.as_str(), "and" | "but") && s.word(close + 2).as_deref() == Some("that")
        || lexicon::has("finite-verbs", &next)
}

/// Whether the comma at `k` opens a second report with a subject of its own: `…, and
/// rights groups warned that …`, `…, but he added that …`, `…, and one in four said the
/// party was hostile`, `…, and she asked the board to …` (`and` or `but`, one to five
/// words that hold no verb, a verb of saying in the past, `that`, a bare clause with a
/// finite verb, a request's `to` or a question's word).
fn coordinated_report(s: &Sentence, k: usize) -> bool {
    if !matches!(s.word(k + 1).as_deref(), Some("and" | "but")) {
        return false;
    }
    let Some(j) = (k + 3..(k + 8).min(s.span.end)).find(|&j| {
        s.word(j)
            .is_some_and(|w| is_speech(&w) && (w.ends_with("ed") || w == "said" || w == "told"))
    }) else {
        return false;
    };
    // `that`, or a clause with a subject and a finite verb after a verb that takes one
    // bare (`…, and three in four said the rule was unfair`), or a request with its
    // addressee (`…, and she asked the board to say whether …`, `…, but he urged
    // voters to wait`).
    let lemma = s
        .word(j)
        .and_then(|w| lexicon::lemma_in("speech", &w))
        .unwrap_or_default();
    let a = after_addressee(s, j, lemma);
    let request = lexicon::has("to-speech", lemma)
        && (s.word(a).as_deref() == Some("to") && a > j + 1
            || lexicon::has("addressee-speech", lemma) && to_after_addressee(s, a).is_some());
    // A question ends the report before it too, though it is none itself (`…, and she
    // asked whether …`).
    let question =
        lexicon::has("asking", lemma) && s.word(a).is_some_and(|w| WH.contains(&w.as_str()));
    let clause = s.word(j + 1).as_deref() == Some("that")
        || request
        || question
        || s.word(j)
            .is_some_and(|w| lexicon::lemma_in("bare-speech", &w).is_some())
            && opens_clause_at(s, j + 1)
            && has_finite_verb(s, j + 1, s.clause_end(j + 1).0);
    clause
        && (k + 2..j).all(|i| {
            s.toks[i].kind == Kind::Word
                && s.toks[i].quote.is_none()
                && s.word(i).is_some_and(|w| {
                    !lexicon::has("finite-verbs", &w)
                        && !is_speech(&w)
                        && !["that", "who", "which", "to"].contains(&w.as_str())
                })
        })
}
