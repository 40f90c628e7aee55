//! Turning the capitalised runs of a noun phrase into a name: the title kept apart, a person of a place or of a body (the place or body their affiliation), a body's name, a party member's noun, and the rest of a place after its comma (`Boise, Idaho`).

use super::descriptions::age;
use super::lexicon;
use super::mention::{Np, NpKind, STOPS, is_cap};
use super::tokens::{Kind, Tok};
use crate::sanitize::without_marks;

/// Party words that, before a role and a name, describe that name.
pub(super) const PARTY_WORDS: &[&str] =
    &["GOP", "Republican", "Democratic", "Democrat", "Independent"];

/// Nouns for a party's members, which before a person's name are an affiliation.
pub(super) const PARTY_MEMBERS: &[&str] = &["Democrat", "Republican", "Libertarian"];

/// A person's name of two or three words followed by `of the` and a body's name that ends
/// the phrase (`Ann Mole of the Corlan Institute`): the name, with `the Corlan Institute`
/// as its title (an affiliation). `cut` is the end of the name's run in `texts`; the body
/// must be one capitalised run whose last word is in the lexicon's `not-people`. `None`
/// for any other shape (`Ann Mole of the city`, `Dr. Ann Mole of the Corlan Institute`
/// keeps its title rule).
pub(super) fn person_of_the_body(
    body: &str,
    toks: &[Tok],
    words: &[usize],
    texts: &[&str],
    runs: &[(usize, usize)],
    cut: usize,
) -> Option<Np> {
    let &(s, _) = runs.iter().find(|&&(_, re)| re == cut)?;
    let person = (2..=3).contains(&(cut - s))
        && texts[s..cut].iter().all(|w| {
            !lexicon::is_title_word(w)
                && !lexicon::is_role(w)
                && !lexicon::is_not_person(w)
                && !lexicon::is_group(w)
                && !PARTY_WORDS.contains(w)
        });
    let of_the = texts.get(cut) == Some(&"of")
        && texts
            .get(cut + 1)
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
    let last = texts.len();
    let body_run = runs.iter().any(|&(rs, re)| rs == cut + 2 && re == last)
        && lexicon::is_not_person(texts[last - 1]);
    (person && of_the && body_run && (s == 0 || texts[..s].iter().all(|w| age(w)))).then(|| {
        let text = |from: usize, to: usize| {
            without_marks(&body[toks[words[from]].range.start..toks[words[to - 1]].range.end])
        };
        Np {
            kind: NpKind::Name,
            text: text(s, cut),
            title: Some(text(cut + 1, last)),
            end: words[last - 1] + 1,
        }
    })
}

pub(super) fn name_from_runs(
    body: &str,
    toks: &[Tok],
    words: &[usize],
    texts: &[&str],
    runs: &[(usize, usize)],
    determiner: bool,
) -> Option<Np> {
    let np_end = words[words.len() - 1] + 1;
    let joined = |from: usize, to: usize| {
        without_marks(&body[toks[words[from]].range.start..toks[words[to - 1]].range.end])
    };
    match runs.last() {
        Some(&(s, e)) if e == texts.len() => {
            let last = texts[e - 1];
            // Title words opening the run (`Sen. Ann Mole of Minnesota`) are the title of
            // the person the rest names.
            let lead = texts[s..e]
                .iter()
                .take_while(|w| lexicon::is_title_word(w))
                .count();
            let p = s + lead;
            // "Ann Mole of Bowling Green": a person from a place, the place kept apart;
            // "Ann Mole of Harbor Capital": a person of a firm, the firm kept apart as
            // their affiliation (a firm's name ends in a word of the lexicon's
            // `not-people`; the words before `of` are a person's: no title, role or body).
            if let Some(o) = (p + 2..e.min(p + 3)).find(|&t| texts[t] == "of")
                && o + 1 < e
                && e - o <= 4
                && (p..o).all(|t| {
                    !lexicon::is_title_word(texts[t])
                        && !lexicon::is_role(texts[t])
                        && !lexicon::is_not_person(texts[t])
                        && !lexicon::is_group(texts[t])
                        && !PARTY_WORDS.contains(&texts[t])
                })
            {
                let firm = lexicon::is_not_person(last);
                // Cut short at a firm's `&` (`of Barstow & Klein`), the place is not given.
                let cut = toks.get(np_end).is_some_and(|t| t.text(body) == "&");
                // The place goes on past its comma to its state (`of Rock Hill, South
                // Carolina,`): the state is the place's, not the next speaker. A firm
                // has no state.
                let place_end = (!firm)
                    .then(|| place_rest(body, toks, np_end))
                    .flatten()
                    .map_or(toks[words[e - 1]].range.end, |last| toks[last].range.end);
                let place = without_marks(&body[toks[words[o + 1]].range.start..place_end]);
                // With a title, the title and the place or body are both affiliations
                // (`Sen. Ann Mole of Minnesota`, `Dr. Ann Mole of the Health Authority`),
                // written one to a line: `People::add_title` splits them.
                let title = if lead > 0 {
                    Some(if cut {
                        joined(s, p)
                    } else {
                        format!("{}\n{place}", joined(s, p))
                    })
                } else {
                    (!cut).then_some(place)
                };
                return Some(Np {
                    kind: NpKind::Name,
                    text: joined(p, o),
                    title,
                    end: np_end,
                });
            }
            let org = (s..e).any(|t| matches!(texts[t], "of" | "for"));
            if lexicon::is_not_person(last) || org {
                return Some(Np {
                    kind: NpKind::Body,
                    text: joined(s, e),
                    title: None,
                    end: np_end,
                });
            }
            // Title words at the start of the run: "Water Minister Daniel Okafor".
            let mut name_from = s;
            for (t, word) in texts.iter().enumerate().take(e.saturating_sub(1)).skip(s) {
                if lexicon::is_title_word(word) {
                    name_from = t + 1;
                }
            }
            // A party member's noun before a person's name is their affiliation: "Democrat
            // Rosa Quintana-Hale", "Republican Grant Ellery" (not "Republican National
            // Committee", a body, nor "Republican leaders", a group).
            let party_member = name_from == s
                && e - s >= 3
                && PARTY_MEMBERS.contains(&texts[s])
                && texts[s + 1..e].iter().all(|w| {
                    !lexicon::is_role(w) && !lexicon::is_not_person(w) && !lexicon::is_group(w)
                });
            if party_member {
                name_from = s + 1;
            }
            let title = if party_member {
                Some(texts[s].to_string())
            } else if name_from > 0 {
                let before = texts[name_from - 1];
                let titled = lexicon::is_title_word(before)
                    || lexicon::is_role(before)
                    || before.to_lowercase().ends_with("-elect");
                // The title is the run of modifiers straight before the name, back to the
                // last verb or function word: `said state Sen.` is `state Sen.`, `the trial
                // of former county treasurer` is `former county treasurer`.
                let junk = |w: &str| {
                    let lower = w.to_lowercase();
                    lexicon::is_reporting(w) && !is_cap(w)
                        || ["of", "the", "a", "an", "and", "by", "to", "with", "for"]
                            .contains(&lower.as_str())
                };
                // A capitalised title's own function words are the title's: `Speaker of
                // the House Rep.`, `Industry and Trade Minister`, `Deputy Chief of Staff`.
                let inner = |t: usize| {
                    let cap_after = texts
                        .get(t + 1)
                        .is_some_and(|w| is_cap(w) || w.eq_ignore_ascii_case("the"));
                    let cap_before = (0..t)
                        .rev()
                        .find(|&b| !["of", "the"].contains(&texts[b].to_lowercase().as_str()))
                        .is_some_and(|b| is_cap(texts[b]) && !lexicon::is_reporting(texts[b]));
                    ["of", "the", "and", "for"].contains(&texts[t].to_lowercase().as_str())
                        && t + 1 < name_from
                        && cap_after
                        && cap_before
                };
                let from = (0..name_from)
                    .rev()
                    .find(|&t| junk(texts[t]) && !inner(t))
                    .map_or(0, |t| t + 1);
                (titled && from < name_from)
                    .then(|| joined(from, name_from))
                    .filter(|_| !determiner || name_from > 1)
            } else {
                None
            };
            if s > 0 && title.is_none() && !texts[..s].iter().all(|w| age(w)) {
                // Words before the name that are not a title: "the hawkish X".
                if determiner {
                    return Some(Np {
                        kind: NpKind::Body,
                        text: joined(s, e),
                        title: None,
                        end: np_end,
                    });
                }
            }
            Some(Np {
                kind: NpKind::Name,
                text: joined(name_from, e),
                title,
                end: np_end,
            })
        }
        _ if determiner && texts.len() > 1 => {
            // "The ministry", "the mayor's budget office", "The secretary of state".
            let head = texts[texts.len() - 1];
            let body_like = lexicon::is_not_person(head)
                || lexicon::is_role(head)
                || texts
                    .iter()
                    .any(|w| lexicon::is_role(w) || lexicon::is_not_person(w));
            body_like.then(|| Np {
                kind: NpKind::Body,
                text: joined(0, texts.len()),
                title: None,
                end: np_end,
            })
        }
        _ => None,
    }
}

/// The token that ends the rest of a place (its last word), when `toks[k]` is the comma after a place
/// and one to three capitalised words follow it, closed by a comma or the sentence's end
/// (`Rock Hill, South Carolina,`, `Boise, Idaho.`, `Tillman, Ala.`): a state or country
/// after its town.
pub(super) fn place_rest(body: &str, toks: &[Tok], k: usize) -> Option<usize> {
    if toks.get(k)?.kind != Kind::Comma {
        return None;
    }
    let n = (k + 1..toks.len().min(k + 5))
        .take_while(|&j| {
            toks[j].kind == Kind::Word && !toks[j].quoted() && is_cap(toks[j].text(body))
        })
        .count();
    let last = k + n;
    let closed = toks
        .get(last + 1)
        .is_none_or(|t| matches!(t.kind, Kind::Comma | Kind::End));
    (1..=3).contains(&n).then_some(()).filter(|()| closed)?;
    // Words that open a clause or a name of someone are no place: `…, Ann Mole said`.
    let words: Vec<&str> = (k + 1..=last).map(|j| toks[j].text(body)).collect();
    let plain = words.iter().all(|w| {
        !lexicon::is_title_word(w)
            && !lexicon::is_reporting(w)
            && !STOPS.contains(&w.to_lowercase().as_str())
    });
    plain.then_some(last)
}
