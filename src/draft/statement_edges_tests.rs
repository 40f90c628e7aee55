//! Tests of where a statement is and is not, at its edges (issue 18, stop 12): a request
//! or order put to a passive subject, a question put `about` something, words said before
//! and pointed at (`said that to …`), the means of saying between a verb and its `that`
//! (`said by phone that …`), a partial quotation whose closing comma the sentence carries
//! on past (`…," including …`). Each family is invented and crossed with names, verbs and
//! content, beside the near shapes that stay statements.

use super::tests::{drafted, not_drafted, one};

const NAMES: [&str; 3] = ["Ingrid Talvik", "Owen Marsh", "Lena Ruiz"];

#[test]
fn a_request_or_order_put_to_a_passive_subject_is_none_of_the_subjects() {
    for subject in ["The crews", "Owen Marsh", "The two observers"] {
        for (aux, verb) in [
            ("were", "asked"),
            ("was", "told"),
            ("had been", "asked"),
            ("were", "ordered"),
            ("was", "urged"),
        ] {
            let text = format!(
                "{subject} {aux} {verb} to leave the pier for two hours while divers checked the hull."
            );
            let got = drafted(&text);
            assert!(got.is_empty(), "{text}\n{got:?}");
        }
    }
    // Near shapes: who reports it speaks (the sentence whole), and the active request
    // is its speaker's.
    for name in NAMES {
        let text = format!(
            "The crews were asked to leave the pier for two hours while divers checked the hull, {name} said."
        );
        one(
            &text,
            name,
            "The crews were asked to leave the pier for two hours while divers checked the hull",
        );
        let text = format!("{name} asked the crews to leave the pier for two hours.");
        one(
            &text,
            name,
            "asked the crews to leave the pier for two hours",
        );
    }
}

#[test]
fn a_question_put_about_something_is_no_statement() {
    for name in NAMES {
        for (verb, topic) in [
            ("asked about", "the budget"),
            ("asked about", "the layoffs at the yard"),
            ("inquired about", "the missing logs"),
            ("asked again about", "the fees"),
        ] {
            let text = format!(
                "When {name} {verb} {topic}, the director said the port would not raise its fees."
            );
            not_drafted(&text, verb);
            assert!(
                drafted(&text)
                    .iter()
                    .any(|(_, w)| w.starts_with("the port would not raise")),
                "{text}\n{:?}",
                drafted(&text)
            );
        }
    }
    // Near shapes: talking, warning or writing about something is a statement.
    one(
        "Lena Ruiz warned about the cost of dredging the channel.",
        "Lena Ruiz",
        "warned about the cost of dredging the channel",
    );
}

#[test]
fn words_said_before_and_pointed_at_are_no_new_report() {
    for (said, after) in [
        ("I've said that", "to the council many times"),
        ("We have said it", "to the board"),
        ("I said this", "before"),
        ("I've said that", "again and again"),
        ("They said that", "publicly"),
    ] {
        let text = format!("The fees stay where they are. {said} {after}.");
        not_drafted(&text, after);
    }
    // Inside a quotation the speaker's words stay whole.
    for name in NAMES {
        let text = format!(
            "\u{201c}We have said that to the board, and we will say it to anybody else,\u{201d} {name} said."
        );
        one(
            &text,
            name,
            "We have said that to the board, and we will say it to anybody else",
        );
    }
    // Near shapes: `that` or `it` opening a clause is reported.
    for (tail, words) in [
        (
            "said that the board had voted twice.",
            "the board had voted twice",
        ),
        (
            "said that in 2019 the board had voted twice.",
            "in 2019 the board had voted twice",
        ),
        (
            "said it would take the board a year to vote.",
            "it would take the board a year to vote",
        ),
        (
            "said that before the vote, the board had met twice.",
            "before the vote, the board had met twice",
        ),
    ] {
        one(&format!("Lena Ruiz {tail}"), "Lena Ruiz", words);
    }
    // What a verb of attack aims at stays its report, a pronoun too.
    one("Lena Ruiz decried it.", "Lena Ruiz", "decried it");
}

#[test]
fn a_count_of_people_speaks_as_a_subject() {
    // The number words are one list (lexicon::NUMBER_WORDS) for every rule that reads a
    // count: a count before a verb's base form is its subject.
    for count in ["One in five", "Two in three", "About one in four"] {
        let text =
            format!("Most riders expect better service. {count} say the fares are too high.");
        let got = drafted(&text);
        assert!(
            got.iter()
                .any(|(who, w)| who.contains(count) && w.starts_with("the fares are too high")),
            "{text}\n{got:?}"
        );
    }
}

#[test]
fn the_means_of_saying_stands_between_a_verb_and_its_that() {
    for name in NAMES {
        for means in [
            "by phone",
            "by telephone on Monday",
            "by email from Oslo",
            "late Tuesday by text message",
        ] {
            for verb in ["said", "told the Gazette", "confirmed"] {
                let text = format!("{name} {verb} {means} that the channel would reopen in March.");
                one(&text, name, "the channel would reopen in March");
            }
        }
    }
    // Near shapes: a passive's agent reports nothing of its subject's.
    for text in [
        "The plan was rejected by the council that met on Friday.",
        "The figure was disputed by two auditors in a letter.",
    ] {
        assert!(drafted(text).is_empty(), "{text}\n{:?}", drafted(text));
    }
}

#[test]
fn a_partial_quotation_s_comma_that_the_phrase_carries_past_ends_nothing() {
    for name in NAMES {
        for extender in ["including", "especially", "notably"] {
            let text = format!(
                "{name} said the port \u{201c}has cooperated fully\u{201d} with the inquiry and would \u{201c}review every option,\u{201d} {extender} closing the north berth."
            );
            one(
                &text,
                name,
                &format!(
                    "the port \u{201c}has cooperated fully\u{201d} with the inquiry and would \u{201c}review every option,\u{201d} {extender} closing the north berth"
                ),
            );
        }
    }
    // Near shapes: a quotation's comma before its attribution ends the quotation.
    one(
        "\u{201c}We will review every option,\u{201d} Lena Ruiz said.",
        "Lena Ruiz",
        "We will review every option",
    );
}

#[test]
fn a_verb_of_saying_inside_a_question_someone_put_reports_nothing() {
    for name in NAMES {
        for (place, verb) in [
            ("Norden", "recall its ambassador"),
            ("Kalmaria", "announce new duties"),
            ("the city", "repeat its warning"),
        ] {
            for asked in ["Asked whether", "Asked if"] {
                let text = format!(
                    "{asked} {place} would {verb}, {name} said the notices had gone out twice."
                );
                one(&text, name, "the notices had gone out twice");
            }
        }
        let text = format!("{name} wondered whether Norden would announce new duties.");
        let got = drafted(&text);
        assert!(got.is_empty(), "{text}\n{got:?}");
    }
    // Near shape: the answer's own verb after the question's comma reports.
    one(
        "Asked about the duties, Lena Ruiz said Norden would announce new ones in May.",
        "Lena Ruiz",
        "Norden would announce new ones in May",
    );
}

#[test]
fn a_participle_s_phrase_set_off_before_that_tells_how_it_was_said() {
    for name in NAMES {
        for aside in [
            "speaking by phone from Oslo",
            "writing in a letter to members",
            "citing the harbor's own survey",
        ] {
            let text = format!("{name} said, {aside}, that the channel would reopen in May.");
            one(&text, name, "the channel would reopen in May");
        }
    }
}

#[test]
fn a_that_a_noun_of_terms_or_a_gerund_took_is_not_the_verb_s() {
    for text in [
        "Five of the drivers spoke to the Gazette on the condition that only their first names be used.",
        "The officials spoke on the understanding that their names would not be printed.",
        "Two clerks talked with reporters on the grounds that the records were already public.",
    ] {
        let got = drafted(text);
        assert!(got.is_empty(), "{text}\n{got:?}");
    }
    // A gerund after `by` has the `that`: the request is the statement, not the clause
    // alone.
    one(
        "The union responded by asking the court to declare that the rules were void.",
        "The union",
        "asking the court to declare that the rules were void",
    );
}

#[test]
fn called_names_after_it_or_a_phrase_with_no_determiner() {
    for name in NAMES {
        one(
            &format!("{name} called it a common problem on long routes."),
            name,
            "it a common problem on long routes",
        );
        one(
            &format!("{name} has called climate rules a burden on small farms."),
            name,
            "climate rules a burden on small farms",
        );
    }
    // Near shapes: idioms and times name nothing.
    for text in [
        "The drivers called it quits after the third strike.",
        "The drivers called it a day at noon.",
        "The clerk called witnesses a second time on Friday.",
        "The chair called it off on Monday.",
    ] {
        let got = drafted(text);
        assert!(got.is_empty(), "{text}\n{got:?}");
    }
}

#[test]
fn an_answer_cut_to_its_subject_and_auxiliary_is_a_statement() {
    for name in NAMES {
        for (answer, words) in [
            ("he would.", "he would"),
            ("she did not.", "she did not"),
            ("they had.", "they had"),
        ] {
            let text =
                format!("The caller asked the mayor to visit the pool. {name} said {answer}");
            let got = drafted(&text);
            assert!(
                got.iter()
                    .any(|(who, w)| who.contains(name) && w.trim_end_matches('.') == words),
                "{text}\n{got:?}"
            );
        }
    }
    // Near shapes: a verb's answer with no clause stays none.
    for text in [
        "When the levy failed a third time, the mayor said no.",
        "After the vote, Lena Ruiz said nothing.",
    ] {
        let got = drafted(text);
        assert!(got.is_empty(), "{text}\n{got:?}");
    }
}
