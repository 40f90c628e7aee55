//! Tests of who speaks in the shapes held-out-10's misses showed, on invented sentences: a body's name holding a plural possessive, a titled person of a place, an unnamed source kept whole through what describes it, a description resolved to the name it introduces, and a document given to its author; each a family of one shape and the near shapes that must not change.

use super::pairs_tests::affiliations_of;
use crate::draft::extract;
use crate::draft::statements::tests::paragraphs;

/// The speakers of the statements drafted from `text`, in reading order, each with the
/// start of what they said.
fn said(text: &str) -> Vec<(String, String)> {
    let x = extract(text, &paragraphs(text));
    x.statements
        .iter()
        .map(|s| {
            (
                x.speaker(s).name.clone(),
                text[s.range.clone()].chars().take(24).collect(),
            )
        })
        .collect()
}

/// The speaker of the statement whose text starts with `start`.
fn who_said(text: &str, start: &str) -> Option<String> {
    said(text)
        .into_iter()
        .find(|(_, t)| start.starts_with(t.as_str()) || t.starts_with(start))
        .map(|(w, _)| w)
}

#[test]
fn a_plural_possessive_inside_a_body_s_name_keeps_the_name_whole() {
    for (text, start, who) in [
        (
            "The Tidewater Pilots' Association said the channel was unsafe.",
            "the channel",
            "Tidewater Pilots' Association",
        ),
        (
            "The Dockworkers’ Union said the cranes were old.",
            "the cranes",
            "Dockworkers’ Union",
        ),
        // `the union` is then that body, not another named before it.
        (
            "The Harbor Federation said the fees were fair.\n\nThe Tidewater Pilots' Association disputed the figure. In a statement, the union said the fees had doubled.",
            "the fees had",
            "Tidewater Pilots' Association",
        ),
    ] {
        assert_eq!(who_said(text, start).as_deref(), Some(who), "{text}");
    }
    // Near shapes: a possessive before a lower-case noun, or a person's, is no name.
    let text = "The Farmers' lawyer, Ann Mole, said the deal was fair.";
    assert_eq!(who_said(text, "the deal").as_deref(), Some("Ann Mole"));
    let text = "The pilots' union said the channel was unsafe.";
    assert_ne!(
        who_said(text, "the channel").as_deref(),
        Some("pilots' union")
    );
}

#[test]
fn a_titled_person_of_a_place_is_the_person_with_the_title() {
    let text = "Sen. Ada Lorne of Minnesota, speaking on the floor, said the bill was overdue.\n\n\
                \"We waited long enough,\" Lorne said.";
    assert_eq!(who_said(text, "the bill").as_deref(), Some("Ada Lorne"));
    assert_eq!(who_said(text, "We waited").as_deref(), Some("Ada Lorne"));
    assert_eq!(affiliations_of(text, "Ada Lorne"), vec!["Sen.".to_string()]);
    let text = "Rep. Tomas Brill of Ohio said the bill went too far.";
    assert_eq!(who_said(text, "the bill").as_deref(), Some("Tomas Brill"));
    // Near shapes: with no title the place is kept apart as before; a body's name with
    // `of` stays the body.
    let text = "Ann Mole of Bowling Green said the road was closed.";
    assert_eq!(who_said(text, "the road").as_deref(), Some("Ann Mole"));
    assert_eq!(
        affiliations_of(text, "Ann Mole"),
        vec!["Bowling Green".to_string()]
    );
    let text = "The Department of Transportation said the road was closed.";
    assert_eq!(
        who_said(text, "the road").as_deref(),
        Some("Department of Transportation")
    );
}
