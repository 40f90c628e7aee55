//! Tests of session 31's shapes of direct quotation on invented sentences (a quotation introduced after a full stop, quoting participles, a show's title before `that`, a document's colon), each a family with the near shapes that must not change.

use super::tests::{pairs, speaker_of};

fn words(text: &str) -> Vec<String> {
    pairs(text).into_iter().map(|(w, _)| w).collect()
}

#[test]
fn a_verb_after_a_full_stop_whose_comma_opens_a_quotation_starts_a_new_sentence() {
    let q = "What kind of manager loses a fortune in one year?";
    for (text, who) in [
        (
            format!("Ann Mole called the plan \"the same old scheme.\" She adds, \"{q}\""),
            "Ann Mole",
        ),
        (
            format!("Ann Mole called the plan \"the same old scheme.\" Tom Reed says, \"{q}\""),
            "Tom Reed",
        ),
        (
            format!("\"The plan is late.\" Tom Reed added, \"{q}\""),
            "Tom Reed",
        ),
    ] {
        assert_eq!(speaker_of(&text, q).as_deref(), Some(who), "{text}");
    }
    // An attribution that ends its sentence still belongs to the quotation before it.
    let text = "\"The plan is late.\" Tom Reed said. \"We will wait.\"";
    assert_eq!(
        speaker_of(text, "The plan is late.").as_deref(),
        Some("Tom Reed")
    );
    // After a question the verb still attributes the question (`"…?" Reed asked, …`).
    let text = "\"Is the plan late?\" Tom Reed asked, looking at the clock.";
    assert_eq!(
        speaker_of(text, "Is the plan late?").as_deref(),
        Some("Tom Reed")
    );
}

#[test]
fn a_quoting_verb_in_ing_before_a_quotation_gives_it_to_the_clause() {
    for text in [
        "The nurses marched past the hospital, chanting \"fair pay now\" as the board met.",
        "The nurses marched past the hospital while chanting, \"Fair pay now.\"",
        "The nurses stood at the gate singing \"We Shall Not Be Moved\" until dark.",
    ] {
        let w = words(text);
        assert!(
            w.iter()
                .any(|w| w.contains("air pay now") || w.contains("Not Be Moved")),
            "{text}: {w:?}"
        );
    }
    // Not the verbs that need a particle to quote, nor a participle with no quotation.
    for text in [
        "The nurses were going \"home\" early, the hospital said in a note.",
        "The nurses marched past the hospital, chanting as the board met.",
        "Tom Reed is putting \"the final touches\" on the plan.",
    ] {
        let w = words(text);
        assert!(
            !w.iter()
                .any(|w| w == "home" || w == "the final touches" || w.contains("board met")),
            "{text}: {w:?}"
        );
    }
}

#[test]
fn a_shows_title_between_the_verb_and_that_is_passed_over() {
    for (text, want) in [
        (
            "Tom Reed said on WKRT's \"Morning Call\" that he would \"think hard\" about the plan.",
            "he would \"think hard\" about the plan.",
        ),
        (
            "Tom Reed said on the radio show ''Evening Line'' that ''nobody asked the farmers.''",
            "nobody asked the farmers.",
        ),
        (
            "Tom Reed tells WKRT's \"Morning Call\" on Friday that \"nobody knows\" yet.",
            "\"nobody knows\" yet.",
        ),
    ] {
        assert_eq!(
            speaker_of(text, want).as_deref(),
            Some("Tom Reed"),
            "{text}"
        );
    }
    // Words said, not a title, are no adverbial: the verb gives its quotation.
    let text = "Tom Reed said on the radio, \"we will not wait for the council,\" and left.";
    assert_eq!(
        speaker_of(text, "we will not wait for the council,").as_deref(),
        Some("Tom Reed")
    );
    // A title with no `that` after it leaves nothing reported past it.
    let w = words("Tom Reed was on WKRT's \"Morning Call\" on Friday.");
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn a_documents_clause_before_a_colon_gives_it_the_quotation() {
    for (text, who) in [
        (
            "A footnote in the report makes that clear: \"The figures exclude the harbor.\"",
            "A footnote",
        ),
        (
            "The piece used one of her lines as its headline: \"Finally, someone who listens.\"",
            "The piece",
        ),
    ] {
        let q = text.split('"').nth(1).unwrap();
        assert_eq!(speaker_of(text, q).as_deref(), Some(who), "{text}");
    }
    // A clause opened by anything but a document gives no speaker, nor a quotation in
    // lower case.
    for text in [
        "The harbor looks different now: \"Nobody fishes here any more.\"",
        "A footnote in the report makes that clear: \"only the harbor\" is left out.",
    ] {
        let w = words(text);
        assert!(
            !w.iter()
                .any(|w| w.starts_with("Nobody fishes") || w.starts_with("only the harbor")),
            "{text}: {w:?}"
        );
    }
}

#[test]
fn a_participle_with_that_inside_the_verbs_circumstance_leaves_the_quotation_to_the_verb() {
    let q = "We were founded on a promise of fair play, and we will keep it,";
    for tail in [
        "she said at a news conference announcing that her office would sue the county.",
        "she said in a statement explaining that the county had refused.",
    ] {
        let text = format!("Ann Mole spoke on Monday. \"{q}\" {tail}");
        assert_eq!(
            speaker_of(&text, q).as_deref(),
            Some("Ann Mole"),
            "{text}: {:?}",
            pairs(&text)
        );
    }
    // The circumstance with `that` and no participle still gives the verb its clause.
    let text = "Ann Mole said at a news conference on Monday that the county would pay.";
    assert_eq!(
        speaker_of(text, "the county would pay.").as_deref(),
        Some("Ann Mole")
    );
    // A participle with no `that` after it stays inside the circumstance.
    let text = "Tom Reed wrote back at Mole pointing out how late the plan was.";
    assert!(
        words(text).iter().any(|w| w.starts_with("how late")),
        "{:?}",
        pairs(text)
    );
}

#[test]
fn an_adverb_between_and_and_a_second_verb_of_saying_ends_the_first_report() {
    for (text, want) in [
        (
            "Ann Mole urges her brother to step back and repeatedly says, \"Don't you do it,\" until the doors close.",
            "Don't you do it,",
        ),
        (
            "Ann Mole urged her brother to step back and then said, \"Don't you do it.\"",
            "Don't you do it.",
        ),
        (
            "Ann Mole urged her brother to step back and says, \"Don't you do it.\"",
            "Don't you do it.",
        ),
    ] {
        let w = words(text);
        assert!(w.iter().any(|w| w == want), "{text}: {w:?}");
        assert!(
            w.iter()
                .any(|w| w.starts_with("urge") && w.ends_with("step back")),
            "{text}: {w:?}"
        );
    }
    // An adverb before a verb that is none of saying leaves the report whole.
    let text = "Ann Mole urged the council to act and quickly fix the pier.";
    let w = words(text);
    assert!(
        w.iter().any(|w| w.ends_with("quickly fix the pier.")),
        "{w:?}"
    );
}

#[test]
fn exhort_reports_what_it_urges() {
    let text = "Ann Mole exhorted voters to \"think of your children\" on Tuesday.";
    let w = words(text);
    assert!(
        w.iter().any(|w| w.contains("think of your children")),
        "{w:?}"
    );
    // Not a noun or anything else spelled near it.
    let text = "Ann Mole read the exhortation \"think of your children\" aloud.";
    assert!(
        !words(text)
            .iter()
            .any(|w| w.contains("think of your children")),
        "{:?}",
        pairs(text)
    );
}

#[test]
fn a_title_after_a_works_noun_or_of_one_is_nobodys_words_and_ends_no_clause() {
    for text in [
        "On this weekend's broadcast of \"Harbor Talk Tonight,\" Mayor Ann Mole said the pier would reopen.",
        "On Tuesday's episode of \"The Morning Table,\" Ann Mole said the pier would reopen.",
        "At the end of the old anthem ''Down By The River,'' she added the words, ''Vote Mole.''",
    ] {
        let w = words(text);
        assert!(
            !w.iter().any(|w| w.starts_with("Harbor Talk")
                || w.starts_with("The Morning Table")
                || w.starts_with("Down By")),
            "{text}: {w:?}"
        );
    }
    // The title inside the subject's appositive leaves the subject whole.
    let text = "Tom Reed, the co-author of \"Going Under,\" about the flooded valley, said the dam was never safe.";
    assert_eq!(
        speaker_of(text, "the dam was never safe.").as_deref(),
        Some("Tom Reed"),
        "{:?}",
        pairs(text)
    );
    // Words said after `of` with no works noun before it stay words said.
    let text = "Tom Reed spoke of \"a town that forgot its river,\" said Ann Mole.";
    assert!(
        words(text).iter().any(|w| w.contains("a town that forgot")),
        "{:?}",
        pairs(text)
    );
}

/// The speaker of the first drafted statement holding `part`, if one holds it.
fn holder(text: &str, part: &str) -> Option<String> {
    pairs(text)
        .into_iter()
        .find(|(w, _)| w.contains(part))
        .map(|(_, who)| who)
}

#[test]
fn a_paragraph_of_quotation_after_a_paragraph_ending_on_a_report_is_the_reporteds() {
    // A report ends its paragraph; the quotation that opens the next one, running over
    // paragraphs or closed, goes on in the same voice.
    let report =
        "Tom Reed, 61, says he is selling the mill because the grain buyers pay less each year.";
    let running = format!(
        "{report}\n\n\"Everyone thinks a mill sets its own prices. We don't.\n\n\"On one load in four, what they pay me is less than what I paid the farmer.\n\n\"You can't make that up on volume. There is no volume out here.\""
    );
    for part in [
        "Everyone thinks a mill",
        "On one load in four",
        "You can't make that up",
    ] {
        assert_eq!(
            holder(&running, part).as_deref(),
            Some("Tom Reed"),
            "{part}"
        );
    }
    let closed = format!("{report}\n\n\"Everyone thinks a mill sets its own prices. We don't.\"");
    assert_eq!(
        holder(&closed, "Everyone thinks a mill").as_deref(),
        Some("Tom Reed")
    );
    // A quoted statement before it, as before.
    let quoted = "Tom Reed says, \"The buyers pay less each year.\"\n\n\"Everyone thinks a mill sets its own prices.\"";
    assert_eq!(
        holder(quoted, "Everyone thinks a mill").as_deref(),
        Some("Tom Reed")
    );
}

#[test]
fn a_paragraph_of_quotation_is_nobodys_when_no_report_ends_the_paragraph_before() {
    let q = "\"Everyone thinks a mill sets its own prices. We don't.\"";
    for text in [
        // The report is not the paragraph's last sentence: the reporter's words come between.
        format!(
            "Tom Reed says he is selling the mill. The mill opened in 1890 on the river.\n\n{q}"
        ),
        // No report at all before it.
        format!("The mill opened in 1890 on the river and still grinds wheat.\n\n{q}"),
        // The report is two paragraphs back.
        format!(
            "Tom Reed says he is selling the mill.\n\nThe mill opened in 1890 on the river.\n\n{q}"
        ),
    ] {
        assert_eq!(holder(&text, "Everyone thinks"), None, "{text}");
    }
    // A quotation that does not open its paragraph is no paragraph of quotation.
    let text = "Tom Reed says he is selling the mill.\n\nOn the door hangs a sign from 1890, \"Closed on Sundays and on every holiday.\"";
    assert_eq!(holder(text, "Closed on Sundays"), None, "{text}");
}

#[test]
fn a_paragraph_of_quotation_after_a_transcripts_label_is_not_the_labelled_speakers() {
    // A label speaks for its own paragraph: the sign-off after the last turn is nobody's.
    let text = "Governor Tom Reed spoke with Ann Cole on Sunday.\n\nREED: Well, I think the bridge will stay open. We have the money for it.\n\n\"Follow Ann Cole on the radio every Sunday night.\"";
    assert!(
        holder(text, "the bridge will stay open").is_some_and(|who| who.contains("Reed")),
        "{:?}",
        pairs(text)
    );
    assert_eq!(holder(text, "Follow Ann Cole"), None, "{:?}", pairs(text));
}
