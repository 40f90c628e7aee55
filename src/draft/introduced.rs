//! A description resolved to the name it introduces: `…, the county's health officer said.` and then `Dr. Ann Mole told reporters …` — the description's statements are the person's, and the description becomes her affiliation.

use std::collections::HashSet;

use super::descriptions::description_head;
use super::people::{NpKind, People};
use super::roster::spelled_out;
use super::sentence::Found;

/// How many statements on from a description's first one the name it introduces may
/// speak first (statements by the description itself aside).
const REACH: usize = 4;

/// Gives the statements of a speaker written as a description (`the county's health
/// officer`, `A Democratic senator on Wednesday`, `The commissioner of the league`) to the
/// person it introduces: the speaker of the next statement by someone else, when that is a
/// full name speaking for the first time, in the description's paragraph or the next, and
/// introduced with a title that is the description's role (`Sen.` for `senator`,
/// `Commissioner` for `commissioner`) or a doctor's `Dr.` with no other role. The
/// description becomes the person's affiliation (less a time after it: `on Wednesday`).
/// Anyone else, or a name with a role of its own that differs, leaves the statements as
/// they were: a wrong person is worse than a description. Linear: each statement is
/// looked at with the few after it.
pub(super) fn resolve(found: &mut [Found], people: &mut People) {
    let mut spoken: HashSet<usize> = HashSet::new();
    for i in 0..found.len() {
        let d = found[i].speaker;
        if !spoken.insert(d) {
            continue;
        }
        let Some(head) = description_head(&people.all[d].name)
            .filter(|_| matches!(people.all[d].kind, NpKind::Body | NpKind::Group))
        else {
            continue;
        };
        let Some(j) = (i + 1..found.len().min(i + 1 + REACH)).find(|&j| found[j].speaker != d)
        else {
            continue;
        };
        let named = found[j].speaker;
        let person = &people.all[named];
        let titled = !person.affiliations.is_empty()
            && person.affiliations.iter().all(|a| a == "Dr.")
            || person
                .affiliations
                .first()
                .is_some_and(|a| spelled_out(a).contains(head.as_str()));
        if found[j].para > found[i].para + 1
            || spoken.contains(&named)
            || person.kind != NpKind::Name
            || person.name.split_whitespace().count() < 2
            || !titled
        {
            continue;
        }
        for f in found.iter_mut().filter(|f| f.speaker == d) {
            f.speaker = named;
        }
        let description = without_time(&people.all[d].name);
        people.add_affiliation(named, &description);
    }
}

/// A description without a time after it: `A Democratic senator on Wednesday` → `A
/// Democratic senator`.
fn without_time(text: &str) -> String {
    let is_time = |word: &str| {
        let word = word.trim_end_matches(',').to_lowercase();
        super::lexicon::WEEKDAYS.contains(&word.as_str()) || word == "today" || word == "yesterday"
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let cut = (1..words.len())
        .find(|&k| {
            ["on", "this", "last"].contains(&words[k].to_lowercase().as_str())
                && words.get(k + 1).is_some_and(|w| is_time(w))
                || is_time(words[k])
        })
        .unwrap_or(words.len());
    words[..cut].join(" ")
}

#[cfg(test)]
mod tests {
    use super::without_time;

    #[test]
    fn a_time_after_a_description_is_left_out() {
        assert_eq!(
            without_time("A Democratic senator on Wednesday"),
            "A Democratic senator"
        );
        assert_eq!(
            without_time("the county's health officer"),
            "the county's health officer"
        );
        assert_eq!(without_time("A senator yesterday"), "A senator");
    }
}
