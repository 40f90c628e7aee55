//! Who reports, where the speaker rules find no one: the name after an inverted verb that ends its sentence, a passive's agent, a source that is no name (`a 2014 study`, `About 4 in 10`), a subject as written.

use super::lexicon;
use super::people::{self, Np, NpKind, People};
use super::reported_verbs::is_speech;
use super::sentence::{Found, Sentence};
use super::speakers::{after_the_verb, speaker_of};
use super::tokens::Kind;

/// The speaker of a verb at `v` that ends its sentence: the name after it when
/// `inverted` (`…, said Jane Doe, a …`), else its subject ([`speaker_of`]).
pub(super) fn speaker_near(
    s: &Sentence,
    v: usize,
    inverted: bool,
    found: &[Found],
    people: &mut People,
) -> Option<(usize, u8)> {
    if inverted {
        // A name, else a group as written (`…, say some Democrats, who …`).
        let np =
            people::parse(s.body, s.toks, v + 1, s.span.end).or_else(|| phrase_np(s, v + 1))?;
        return after_the_verb(s, &np, people);
    }
    speaker_of(s, v, found, people, false).or_else(|| subject_as_written(s, v, people))
}

/// Whether the stretch `toks[a..b]` is a measure of distance or time set off between
/// commas (`about 200 yards from the crash`, `two blocks away`, `three hours later`): a
/// number (after at most one word such as `about`) and a unit, never a speaker. `About 4
/// in 10` and `Nine residents` are no measure.
fn measure(s: &Sentence, a: usize, b: usize) -> bool {
    let number = |k: usize| {
        s.word(k).is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || super::plural_subjects::counts_people(&w) && !w.ends_with('s')
        })
    };
    let n = if number(a) { a } else { a + 1 };
    // `seven hours after the police announced`: a clause of time, whose subject speaks.
    let clause = (a..b).any(|k| {
        s.word(k)
            .is_some_and(|w| ["after", "before", "since", "until", "when"].contains(&w.as_str()))
    });
    !clause
        && n + 1 < b
        && number(n)
        && s.word(n + 1)
            .is_some_and(|u| lexicon::has("distance-units", &u) || lexicon::has("time-units", &u))
}

/// A source named by a phrase that is no name (`a 2014 Labor Department study`, `recent
/// polls`, `an agency spokeswoman`), from token `from` to the next comma, dash or the
/// sentence's end, as a body with its words as written; at most twelve words.
pub(super) fn phrase_np(s: &Sentence, from: usize) -> Option<Np> {
    let end = s.phrase_end(from);
    let end = (from..end)
        .find(|&k| s.toks[k].kind == Kind::End || s.toks[k].quote.is_some())
        .unwrap_or(end);
    let words = (from..end)
        .filter(|&k| s.toks[k].kind == Kind::Word)
        .count();
    if words == 0 || words > 12 || s.word(from).is_none() {
        return None;
    }
    let range = s.bytes(from, end);
    Some(Np {
        kind: NpKind::Body,
        text: s.body[range].to_string(),
        title: None,
        end,
    })
}

/// The subject of the verb at `v` as written, when no name, pronoun or group the
/// speaker rules know stands there (`Others say`, `About 4 in 10 say`, `the mayor's
/// office, which …, said`): the last stretch between commas before the verb that is no
/// relative clause or appositive, made a speaker of its own, with low confidence. A
/// pronoun nobody is known for is not a speaker.
pub(super) fn subject_as_written(
    s: &Sentence,
    v: usize,
    people: &mut People,
) -> Option<(usize, u8)> {
    // A passive's agent: "as reported by the Ledger, …".
    if s.word(v + 1).as_deref() == Some("by") {
        let np =
            people::parse(s.body, s.toks, v + 2, s.span.end).or_else(|| phrase_np(s, v + 2))?;
        return Some((people.mention(&np)?, 60));
    }
    let (left, r) = subject_bounds(s, v);
    let left = super::openers::after_dateline(s, left, r);
    // A relative clause: its antecedent (`…, Bernie Sanders, who said`, `voters who
    // said`), else no guess.
    if r > left && s.word(r - 1).is_some_and(|w| w == "who" || w == "which") {
        return antecedent(s, left, r - 1).and_then(|np| Some((people.mention(&np)?, 60)));
    }
    if let Some(found) = relative_subject(s, v, left, r, people) {
        return Some(found);
    }
    let mut chunks: Vec<(usize, usize)> = Vec::new();
    let mut start = left;
    for k in left..r {
        if matches!(s.toks[k].kind, Kind::Comma | Kind::Dash | Kind::Semi) {
            chunks.push((start, k));
            start = k + 1;
        }
    }
    chunks.push((start, r));
    let (mut from, to) = chunks.into_iter().rev().find(|&(a, b)| {
        b > a
            && s.word(a).is_some_and(|w| {
                !lexicon::has("not-subjects", &w)
                    || (a == left || b == r) && ["a", "an"].contains(&w.as_str())
                    || a == s.span.start && w == "that"
            })
            && (a..b).all(|k| s.toks[k].quote.is_none() && s.toks[k].kind != Kind::End)
            && (!super::speakers::adverbial(s, a, b) || subordinate_subject(s, a, b).is_some())
            && !super::speakers::participle_phrase(s, a, b)
            && !measure(s, a, b)
    })?;
    // `years after many countries agreed`: the subordinate clause's subject.
    if super::speakers::adverbial(s, from, to) {
        from = subordinate_subject(s, from, to)?;
    }
    while from < to
        && s.word(from)
            .is_some_and(|w| lexicon::has("subject-openers", &w))
    {
        from += 1;
    }
    // A subject has no verb of its own: "the office did not respond to" is none.
    // `That person said`: a demonstrative opening the sentence is no relative.
    let demonstrative = from == s.span.start && s.word(from).as_deref() == Some("that");
    let verbish_in = |from: usize, to: usize| {
        (from + usize::from(demonstrative)..to).any(|k| {
            s.word(k).is_some_and(|w| {
                lexicon::is_between(&w)
                    || ["to", "that", "did", "does", "do"].contains(&w.as_str())
                    || w == "than" && !count_than(s, k)
                    || is_speech(&w) && !document_noun(s, k, &w)
                    || w.ends_with("ed")
                        && (to != r || !reduced_relative(s, k))
                        && !s.toks[k].text(s.body).starts_with(char::is_uppercase)
                        && !k
                            .checked_sub(1)
                            .and_then(|p| s.word(p))
                            .is_some_and(|p| p == "those" || p == "people")
            })
        })
    };
    let mut verbish = verbish_in(from, to);
    // `The party does not care, and one in four said …`, `…, and other leaders said`:
    // the subject of the clause after the last `and` or `but`.
    if verbish
        && let Some(k) = (from..to)
            .rev()
            .find(|&k| matches!(s.word(k).as_deref(), Some("and" | "but")))
        && k + 1 < to
        && to - k <= 9
        && !verbish_in(k + 1, to)
        && s.word(k + 1).is_some_and(|w| {
            super::plural_subjects::counts_people(&w)
                || w.starts_with(|c: char| c.is_ascii_digit())
                || ["other", "the", "more", "nearly", "almost", "about", "only"]
                    .contains(&w.as_str())
                || lexicon::is_group(&w)
                || super::plural_subjects::plural_subject(&w)
        })
    {
        from = k + 1;
        verbish = false;
    }
    let words = to.saturating_sub(from);
    let first = s.word(from)?;
    if verbish {
        return participle_subject(s, v, from, to, people);
    }
    if words == 0
        || words > if from == s.span.start { 10 } else { 8 }
        || ["he", "she", "they", "it", "i", "we", "you"].contains(&first.as_str()) && words == 1
    {
        return None;
    }
    // A name the speaker rules missed behind an opening word ("As Ortiz noted, …").
    if let Some(np) = people::parse(s.body, s.toks, from, to)
        && np.end == to
        && np.kind == NpKind::Name
    {
        return Some((people.mention(&np)?, 70));
    }
    let np = Np {
        kind: NpKind::Group,
        text: s.body[s.bytes(from, to)].to_string(),
        title: None,
        end: to,
    };
    Some((people.mention(&np)?, 45))
}

/// Whether the `than` at `k` compares a count (`More than six in 10`, `fewer than 40
/// percent`): after `more`, `less`, `fewer`, before a number or a count word.
fn count_than(s: &Sentence, k: usize) -> bool {
    k > s.span.start
        && s.word(k - 1)
            .is_some_and(|p| ["more", "less", "fewer"].contains(&p.as_str()))
        && s.word(k + 1).is_some_and(|n| {
            n.starts_with(|c: char| c.is_ascii_digit()) || super::plural_subjects::counts_people(&n)
        })
}

/// Whether the speech word `w` at `k` is a document named as a noun (`An earlier report
/// in a local paper said`, `the statement`): in the documents list, after a determiner
/// or an adjective, not after `to` or a pronoun.
fn document_noun(s: &Sentence, k: usize, w: &str) -> bool {
    lexicon::is_document(w)
        && k > s.span.start
        && s.word(k - 1).is_some_and(|p| {
            ![
                "to", "he", "she", "they", "we", "i", "it", "who", "which", "that", "and",
            ]
            .contains(&p.as_str())
                && !lexicon::is_between(&p)
        })
}

/// Whether the word in `-ed` at `k` is a past participle after its noun, inside a subject
/// that runs up to the verb (`A court filing released Thursday says`, `Text messages
/// found by police suggested`): after a lower-case word that is no pronoun, auxiliary or
/// relative word, and before `by`, a preposition of place or time, a weekday or a
/// capitalised word.
fn reduced_relative(s: &Sentence, k: usize) -> bool {
    const AFTER: &[&str] = &[
        "by",
        "on",
        "in",
        "at",
        "last",
        "this",
        "earlier",
        "from",
        "during",
        "yesterday",
    ];
    k > s.span.start
        && s.toks[k - 1].kind == Kind::Word
        && s.toks[k - 1].text(s.body).starts_with(char::is_lowercase)
        && s.word(k - 1).is_some_and(|p| {
            p.len() > 2
                && ![
                    "who", "which", "that", "they", "she", "and", "but", "has", "have", "had",
                ]
                .contains(&p.as_str())
                && !lexicon::is_between(&p)
                && !lexicon::has("finite-verbs", &p)
        })
        && s.word(k + 1)
            .is_some_and(|n| AFTER.contains(&n.as_str()) || super::lexicon::is_weekday(&n))
}

/// The subject of the clause before a participle of saying after its comma (`The
/// departments declined to give details, saying …`, `Other members echoed him, saying
/// …`): the words of the stretch `from..to` before its first verb, one to six of them,
/// opened by a capital letter or a group word; `None` for any other verb or stretch.
fn participle_subject(
    s: &Sentence,
    v: usize,
    from: usize,
    to: usize,
    people: &mut People,
) -> Option<(usize, u8)> {
    let word = s.word(v)?;
    if !word.ends_with("ing") || v == s.span.start || s.toks[v - 1].kind != Kind::Comma {
        return None;
    }
    let lower = |k: usize| s.toks[k].text(s.body).starts_with(char::is_lowercase);
    let verb = (from + 1..to).find(|&k| {
        s.word(k).is_some_and(|w| {
            lower(k)
                && (lexicon::has("finite-verbs", &w)
                    || lexicon::is_between(&w)
                    || w.ends_with("ed") && w.len() > 3
                    || is_speech(&w))
        })
    })?;
    let first = s.word(from)?;
    let opens =
        s.toks[from].text(s.body).starts_with(char::is_uppercase) || lexicon::is_group(&first);
    let words = verb - from;
    if !opens
        || !(1..=6).contains(&words)
        || (from..verb).any(|k| s.toks[k].kind != Kind::Word || s.toks[k].quoted())
        || words == 1 && ["he", "she", "they", "it", "i", "we", "you"].contains(&first.as_str())
    {
        return None;
    }
    let np = people::parse(s.body, s.toks, from, verb)
        .filter(|np| np.end == verb)
        .unwrap_or_else(|| Np {
            kind: NpKind::Group,
            text: s.body[s.bytes(from, verb)].to_string(),
            title: None,
            end: verb,
        });
    Some((people.mention(&np)?, 45))
}

/// Where the subject of a subordinate clause inside an adverbial stretch `from..to` begins
/// (`Shortly after Ann Mole`, `years after many countries`): after its subordinator.
fn subordinate_subject(s: &Sentence, from: usize, to: usize) -> Option<usize> {
    (from..to)
        .find(|&k| s.word(k).is_some_and(|w| lexicon::has("subordinators", &w)))
        .map(|k| k + 1)
        .filter(|&k| k < to)
}

/// The antecedent of the relative pronoun at `rel`, after `left`: the name before it (a
/// comma between, `…, Jane Doe, who said`), or the plural or group word before it
/// (`voters who said`, `those who said`) as a group.
fn antecedent(s: &Sentence, left: usize, rel: usize) -> Option<Np> {
    let end = if rel > left && s.toks[rel - 1].kind == Kind::Comma {
        rel - 1
    } else {
        rel
    };
    let mut start = end;
    while start > left {
        let t = &s.toks[start - 1];
        let raw = t.text(s.body);
        let cap = raw.starts_with(char::is_uppercase);
        let particle = ["of", "al", "bin", "de", "van", "von"].contains(&raw);
        if t.kind == Kind::Word && !t.quoted() && (cap || particle) {
            start -= 1;
        } else {
            break;
        }
    }
    if start < end
        && let Some(np) = people::parse(s.body, s.toks, start, end)
        && np.end == end
        && np.kind == NpKind::Name
    {
        return Some(np);
    }
    let w = s.word(end.checked_sub(1).filter(|&p| p >= left)?)?;
    let group = lexicon::is_group(&w)
        || ["those", "people", "percent", "voters", "others"].contains(&w.as_str())
        || super::plural_subjects::plural_subject(&w);
    group.then(|| Np {
        kind: NpKind::Group,
        text: s.toks[end - 1].text(s.body).to_string(),
        title: None,
        end,
    })
}

/// The subject of a speech verb at `v` inside a relative clause that reports a clause with
/// the relative word in it (`which critics said was …`, `that he said would …`, `what she
/// said they found`; not `which Cruz proposed under …`), looked for between `left` and
/// `r` (the verb, words such as `has` aside).
fn relative_subject(
    s: &Sentence,
    v: usize,
    left: usize,
    r: usize,
    people: &mut People,
) -> Option<(usize, u8)> {
    let clause_follows = s.word(v + 1).is_some_and(|w| {
        lexicon::has("finite-verbs", &w)
            || w.ends_with("ed")
            || ["he", "she", "they", "we", "i", "it", "you", "there"].contains(&w.as_str())
    });
    if clause_follows
        && let Some(rel) = (left.max(r.saturating_sub(8))..r).rev().find(|&k| {
            s.word(k)
                .is_some_and(|w| ["which", "that", "what"].contains(&w.as_str()))
        })
        && rel + 1 < r
        && (rel + 1..r).all(|k| s.toks[k].kind == Kind::Word && !s.toks[k].quoted())
    {
        let np = people::parse(s.body, s.toks, rel + 1, r)
            .filter(|np| np.end == r)
            .or_else(|| {
                let w = s.word(r - 1)?;
                (lexicon::is_group(&w) || super::plural_subjects::plural_subject(&w)).then(|| Np {
                    kind: NpKind::Group,
                    text: s.body[s.bytes(rel + 1, r)].to_string(),
                    title: None,
                    end: r,
                })
            })?;
        return Some((people.mention(&np)?, 60));
    }
    None
}

/// [`relative_subject`] for the verb at `v`, from the sentence's start or its last
/// quotation: tried before the speaker rules, which would take a name before the relative
/// word.
pub(super) fn speaker_in_relative(
    s: &Sentence,
    v: usize,
    people: &mut People,
) -> Option<(usize, u8)> {
    let (left, r) = subject_bounds(s, v);
    relative_subject(s, v, left, r, people)
}

/// Where the subject of the verb at `v` may lie: from after the last closing quotation
/// mark or colon before the verb to the verb, less the words that may stand between a
/// subject and its verb (`has also`): token indexes `(left, right)`.
fn subject_bounds(s: &Sentence, v: usize) -> (usize, usize) {
    let mut left = s.span.start;
    for k in s.span.start..v {
        if s.toks[k].kind == Kind::Close || s.toks[k].kind == Kind::Colon {
            left = k + 1;
        }
    }
    let mut r = v;
    while r > left && s.word(r - 1).is_some_and(|w| lexicon::is_between(&w)) {
        r -= 1;
    }
    (left, r)
}
