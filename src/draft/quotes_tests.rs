//! Tests of quotations beside their verbs on invented sentences: each test a family of one shape and the near shapes that must not change.

use crate::draft::extract;
use crate::draft::statements::tests::paragraphs;

/// Every drafted statement of `text` (after an opening paragraph that names Ann Mole) as
/// (its words, its speaker's name).
pub(super) fn pairs(text: &str) -> Vec<(String, String)> {
    let text = format!("Senator Ann Mole visited the plant on Monday.\n\n{text}");
    let x = extract(&text, &paragraphs(&text));
    x.statements
        .iter()
        .map(|s| (text[s.range.clone()].to_string(), x.speaker(s).name.clone()))
        .collect()
}

/// The speaker of the statement whose words are exactly `words`, if one was drafted.
pub(super) fn speaker_of(text: &str, words: &str) -> Option<String> {
    pairs(text)
        .into_iter()
        .find(|(w, _)| w == words)
        .map(|(_, who)| who)
}

#[test]
fn a_quotation_with_no_mark_before_its_verb_and_speaker_is_theirs() {
    let q = "For weeks we have waited for an answer from the council";
    for (text, who) in [
        (
            format!("\"{q}\" said Tom Reed, a spokesman for the union."),
            "Tom Reed",
        ),
        (format!("“{q}” said Tom Reed."), "Tom Reed"),
        (
            format!("\"{q}.\" Tom Reed tweeted, quoting a reporter."),
            "Tom Reed",
        ),
        (format!("\"{q}\" Tom Reed said."), "Tom Reed"),
    ] {
        let words = if text.contains(".\"") {
            format!("{q}.")
        } else {
            q.to_string()
        };
        assert_eq!(speaker_of(&text, &words).as_deref(), Some(who), "{text}");
    }
    // A title or a scare quote before a verb is nobody's words.
    for text in [
        "The \"Save Our Streets\" said nothing.",
        "The \"Streets For All\" campaign said it would sue.",
        "The \"plan\" said Tom Reed is late.",
    ] {
        assert!(
            pairs(text)
                .iter()
                .all(|(w, _)| !w.starts_with("Save") && !w.starts_with("Streets") && w != "plan"),
            "{text}: {:?}",
            pairs(text)
        );
    }
}

#[test]
fn a_role_in_lower_case_before_a_name_is_its_title() {
    for text in [
        "“We will know by Friday,” said pollster Frank Luntz.",
        "“We will know by Friday,” spokesman Frank Luntz said.",
        "“We will know by Friday,” said the pollster Frank Luntz.",
        "“We will know by Friday,” said Frank Luntz, a pollster.",
    ] {
        assert_eq!(
            speaker_of(text, "We will know by Friday,").as_deref(),
            Some("Frank Luntz"),
            "{text}"
        );
    }
    // A role with no name after it is still no subject on its own.
    assert_eq!(
        speaker_of(
            "“We will know by Friday,” said Frank Luntz, pollster for the party.",
            "We will know by Friday,"
        )
        .as_deref(),
        Some("Frank Luntz")
    );
}

#[test]
fn that_with_a_time_word_after_a_quotation_is_no_reported_clause() {
    for tail in [
        "she said in her speech that night.",
        "she said at the rally that evening.",
        "she said that day.",
    ] {
        let text = format!("“You will remember the night the river rose,” {tail}");
        let p = pairs(&text);
        assert_eq!(
            p,
            vec![(
                "You will remember the night the river rose,".to_string(),
                "Ann Mole".to_string()
            )],
            "{text}"
        );
    }
    // A clause after `that` with no quotation before is still reported.
    let p = pairs("Mole said in her speech that the river would rise.");
    assert_eq!(p[0].0, "the river would rise.");
}

#[test]
fn any_verb_in_ed_beside_a_quotation_and_its_speaker_reports_it() {
    let q = "We will rebuild the bridge before the winter comes";
    for verb in ["cracked", "pressed", "beamed", "gushed", "begins"] {
        for text in [
            format!("“{q},” {verb} Tom Reed."),
            format!("“{q},” Tom Reed {verb}."),
            format!("“{q},” he {verb}."),
            format!("Tom Reed {verb}, “{q}.”"),
        ] {
            let who = if text.contains(" he ") {
                "Ann Mole"
            } else {
                "Tom Reed"
            };
            let p = pairs(&text);
            assert!(
                p.iter().any(|(w, s)| w.starts_with(q) && s == who),
                "{text}: {p:?}"
            );
        }
    }
    // After a question, the attribution is not a sentence of its own.
    let p = pairs("“Would you take the deal?” Tom Reed pressed. “Maybe for a year?”");
    assert_eq!(
        p,
        vec![
            (
                "Would you take the deal?".to_string(),
                "Tom Reed".to_string()
            ),
            ("Maybe for a year?".to_string(), "Tom Reed".to_string()),
        ]
    );
    // A scare quote or a name with its verb elsewhere is not reported so.
    for text in [
        "The “Save Our Streets” campaign started.",
        "The bridge, the “pride of the county,” collapsed.",
        "She smiled as the “Mole for Mayor” signs bobbed.",
    ] {
        assert!(pairs(text).is_empty(), "{text}: {:?}", pairs(text));
    }
}

#[test]
fn a_naming_verb_gives_its_quotation_only_before_another_verb_takes_over() {
    let p = pairs(
        "In May, the mayor called for Reed to quit the race, calling him \"a disgrace to the county.\"",
    );
    assert!(
        p.iter()
            .any(|(w, s)| w == "him \"a disgrace to the county.\"" && s == "The mayor"),
        "{p:?}"
    );
    let p = pairs(
        "The spokesman called on Reed to take back his words and said he had hit a \"new low.\"",
    );
    assert!(p.iter().any(|(w, _)| w.starts_with("he had hit")), "{p:?}");
    // A noun after a possessive or an article is no verb: the object runs on to the quote.
    let p = pairs("Ann Mole called Reed's remarks on the budget a \"new low.\"");
    assert!(
        p.iter()
            .any(|(w, _)| w == "Reed's remarks on the budget a \"new low.\""),
        "{p:?}"
    );
}

#[test]
fn a_second_verb_after_and_speaks_for_the_subject_past_an_opening_phrase() {
    for text in [
        "When asked whom she backed, Tom Reed smiled and said, “I am waiting for the vote.”",
        "Hastily blaming the flood on the council, Tom Reed cast the blame on his rivals and said, “I am waiting for the vote.”",
        "Tom Reed smiled and said, “I am waiting for the vote.”",
    ] {
        assert_eq!(
            speaker_of(text, "I am waiting for the vote.").as_deref(),
            Some("Tom Reed"),
            "{text}"
        );
    }
    // An opening participle's phrase is never the speaker.
    let text = "Hastily blaming the flood on the council ― as she did after the storm ― Tom Reed cast the blame on his rivals and stressed the danger that \"reckless spending\" poses.";
    assert!(
        pairs(text).iter().all(|(_, who)| who != "Hastily"),
        "{:?}",
        pairs(text)
    );
}

#[test]
fn a_colon_after_a_headline_dash_or_from_gives_the_quotation_to_what_stands_before_it() {
    for (text, who) in [
        (
            "Polls did call the race - Tom Reed: “While the caucus was a surprise, most polls did well.”",
            "Tom Reed",
        ),
        (
            "More from Reed: “The share of the vote is a start, not an end.”",
            "Reed",
        ),
        (
            "From the report: “In general, larger samples did better.”",
            "The report",
        ),
        ("Tom Reed: “Larger samples did better.”", "Tom Reed"),
    ] {
        let p = pairs(text);
        assert_eq!(p.len(), 1, "{text}: {p:?}");
        assert_eq!(p[0].1, who, "{text}");
    }
}

#[test]
fn a_quotation_signed_by_a_dash_and_a_name_is_that_persons() {
    let text = "We asked readers what they made of the debate.\n\n\
        “He never answered a single question about the budget.” ― Maria Lopez\n\
        “I was proud of both of them tonight.”― Dan Kerr.\n\
        “The moderators let it run far too long.” — Joan Park";
    let got = pairs(text);
    for (words, who) in [
        (
            "He never answered a single question about the budget.",
            "Maria Lopez",
        ),
        ("I was proud of both of them tonight.", "Dan Kerr"),
        ("The moderators let it run far too long.", "Joan Park"),
    ] {
        assert!(
            got.iter().any(|(w, p)| w == words && p == who),
            "{words}: {got:?}"
        );
    }
    // Near shapes: a dash before a description, or before a name the sentence goes on from.
    for text in [
        "“Fix the roads for good” — the mayor’s slogan since May.",
        "“We fixed the roads in May” — Maria Lopez told the crowd, to cheers.",
    ] {
        let got = pairs(text);
        assert!(
            got.iter()
                .all(|(_, p)| p != "Maria Lopez" && p != "the mayor"),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn marks_written_wrongly_still_open_and_close_the_quotation() {
    // Three apostrophes close a nested quotation, then the typewriter-style one.
    assert_eq!(
        speaker_of(
            "''I would use the word 'careful,''' said Tom Reed, who runs the fund.",
            "I would use the word 'careful,'"
        )
        .as_deref(),
        Some("Tom Reed")
    );
    // A right mark where a left one belongs, at the start of a quotation.
    assert_eq!(
        speaker_of(
            "”This is why the bridge must be fixed at once,” said Tom Reed.",
            "This is why the bridge must be fixed at once,"
        )
        .as_deref(),
        Some("Tom Reed")
    );
    // The near shapes written rightly are unchanged.
    for (text, words) in [
        (
            "''We will rebuild the bridge,'' said Tom Reed, who runs the fund.",
            "We will rebuild the bridge,",
        ),
        (
            "''He said 'no' twice to the council,'' said Tom Reed.",
            "He said 'no' twice to the council,",
        ),
        (
            "“This is why the bridge must be fixed at once,” said Tom Reed.",
            "This is why the bridge must be fixed at once,",
        ),
    ] {
        assert_eq!(
            speaker_of(text, words).as_deref(),
            Some("Tom Reed"),
            "{text}"
        );
    }
}

#[test]
fn a_quotation_opening_the_sentence_keeps_its_speaker_before_a_circumstance() {
    let q = "As a builder he put a lot of people out of work too";
    for text in [
        format!("\"{q}\" Tom Reed said after a rally in Ohio."),
        format!("“{q}\" Tom Reed said on Wednesday in Edison."),
        format!("\"{q}\" Tom Reed wrote in a letter to the council."),
    ] {
        assert_eq!(speaker_of(&text, q).as_deref(), Some("Tom Reed"), "{text}");
    }
    // A title before a verb and its circumstance is nobody's words.
    for text in [
        "The \"Streets For All\" campaign said on Monday it would sue.",
        "\"Streets For All\" said on Monday it would sue.",
    ] {
        assert!(
            pairs(text).iter().all(|(w, _)| !w.starts_with("Streets")),
            "{text}: {:?}",
            pairs(text)
        );
    }
}

#[test]
fn a_role_and_a_comma_after_the_verb_give_the_name_that_follows() {
    let q = "With half the vote in, we are treating March as one long day";
    for (text, who) in [
        (
            format!(
                "\"{q},\" said Finch's deputy campaign manager, Rich Beeson, who ran the effort."
            ),
            "Rich Beeson",
        ),
        (
            format!("\"{q},\" said the county's health director, Rich Beeson."),
            "Rich Beeson",
        ),
        // The name first, then its role: unchanged.
        (
            format!("\"{q},\" said Rich Beeson, the deputy campaign manager."),
            "Rich Beeson",
        ),
        (
            format!("\"{q},\" said Tom Reed, who ran the effort."),
            "Tom Reed",
        ),
    ] {
        assert_eq!(
            speaker_of(&text, &format!("{q},")).as_deref(),
            Some(who),
            "{text}: {:?}",
            pairs(&text)
        );
    }
}

#[test]
fn a_quotation_closed_by_a_document_or_group_and_a_present_verb_is_theirs() {
    let q = "The new levy leaves nothing for the schools on the east side";
    // `states` closing the attribution, and a base form after a count.
    for (text, who) in [
        (format!("\"{q},\" the ad states."), "the ad"),
        (
            format!("\"{q},\" a voice-over in the ad states."),
            "a voice-over in the ad",
        ),
        (format!("“{q}”, the report states."), "the report"),
        (format!("\"{q},\" the two write."), "the two"),
        (format!("\"{q},\" the statement said."), "the statement"),
        (format!("\"{q},\" the letter says."), "the letter"),
    ] {
        let got = speaker_of(&text, &format!("{q},"))
            .or_else(|| speaker_of(&text, q))
            .map(|w| w.to_lowercase());
        assert_eq!(got.as_deref(), Some(who), "{text}: {:?}", pairs(&text));
    }
    // `states` as a noun stays a noun: no quotation after a preposition or a count, none
    // without a comma before the phrase, none in the middle of a sentence.
    for text in [
        format!("\"{q}\" in five states."),
        format!("The rule \"{q}\" applies in many states."),
        format!("\"{q}\" the states."),
        format!("\"{q},\" the ad states and the report repeats twice over."),
        format!("The levy was \"{q}\" across all the states."),
    ] {
        assert!(
            pairs(&text)
                .iter()
                .all(|(w, _)| !w.starts_with("The new levy")),
            "{text}: {:?}",
            pairs(&text)
        );
    }
}

#[test]
fn a_quotation_after_a_colon_that_closes_a_known_speakers_clause_is_theirs() {
    let q = "We will rebuild the bridge by spring";
    for (text, who) in [
        (format!("Ann Mole had one message: \"{q}.\""), "Ann Mole"),
        (format!("She made the case plainly: \"{q}.\""), "Ann Mole"),
        (
            format!("She gave the council a back-handed compliment: \"{q}.\""),
            "Ann Mole",
        ),
    ] {
        assert_eq!(
            speaker_of(&text, &format!("{q}.")).as_deref(),
            Some(who),
            "{text}: {:?}",
            pairs(&text)
        );
    }
    // A list or a headline after a colon is nobody's words.
    for text in [
        "The agenda had three items: \"roads,\" \"schools\" and \"parks.\"",
        "Winners: \"Best Mayor\" and \"Best Bridge.\"",
    ] {
        assert!(pairs(text).is_empty(), "{text}: {:?}", pairs(text));
    }
}
