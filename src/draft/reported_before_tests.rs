//! Tests of clauses before their speaker: each shape with a family of invented sentences.

use crate::draft::reported::tests::{drafted, one};

#[test]
fn a_clause_before_its_speaker_ends_at_the_comma_that_opens_the_attribution() {
    one(
        "Rents will double within five years, said Carla Mendes, a housing analyst who wrote two books.",
        "Mendes",
        "Rents will double within five years",
    );
    one(
        "The levy has never paid for itself, Owen Hart, a former budget officer, said on Monday.",
        "Hart",
        "The levy has never paid for itself",
    );
    one(
        "In the end the dam held, engineers told reporters.",
        "engineers",
        "In the end the dam held",
    );
}

#[test]
fn a_sentence_final_attribution_needs_a_speaker_alone_after_its_comma() {
    one(
        "The budget was cut twice in the spring, Mayor Lena Park said.",
        "Lena Park",
        "The budget was cut twice in the spring",
    );
    for text in [
        "The budget was cut twice in the spring, which nobody said.",
        "The budget was cut twice in the spring, and the union said nothing.",
        "The budget was cut twice in the spring, hoping voters would say yes.",
    ] {
        let got = drafted(text);
        assert!(
            got.iter().all(|(_, w)| !w.starts_with("The budget")),
            "{text}\n{got:?}"
        );
    }
}

#[test]
fn the_name_after_an_inverted_said_is_its_speaker_not_its_content() {
    for (text, who) in [
        (
            "“We will keep the ferry running,” said Ana Ruiz, a harbour official.",
            "Ana Ruiz",
        ),
        (
            "The line will close in May, said Tomas Berg, who runs the depot.",
            "Tomas Berg",
        ),
    ] {
        let got = drafted(text);
        assert_eq!(got.len(), 1, "{text}\n{got:?}");
        assert!(got[0].0.contains(who), "{text}\n{got:?}");
        assert!(!got[0].1.contains(who), "{text}\n{got:?}");
    }
}

#[test]
fn a_clause_before_its_speaker_ends_before_the_speakers_description() {
    one(
        "Facebook created the tool, a spokeswoman, Anna White, said on Saturday.",
        "Anna White",
        "Facebook created the tool",
    );
    one(
        "The plant will close in June, the company's chief executive, John Ferris, said.",
        "John Ferris",
        "The plant will close in June",
    );
    one(
        "The clinic is closing, a nurse told The Daily Planet.",
        "nurse",
        "The clinic is closing",
    );
}

#[test]
fn a_clause_before_he_said_is_his_when_a_participle_or_adverbial_follows() {
    one(
        "Mark Jones left. Sales were great, he said, wiping sweat off his face.",
        "Mark Jones",
        "Sales were great",
    );
    one(
        "Mark Jones left. No one took the offer, he said, on condition of anonymity.",
        "Mark Jones",
        "No one took the offer",
    );
    let got = drafted("Sales were great, Mark Jones said, adding that costs were falling fast.");
    assert_eq!(
        got,
        [
            ("Mark Jones".to_string(), "Sales were great".to_string()),
            (
                "Mark Jones".to_string(),
                "costs were falling fast.".to_string()
            ),
        ]
    );
    // A phrase that is no clause stays out: "The plan, he said, would fail".
    let got = drafted("Mark Jones left. The plan, he said, would fail.");
    assert!(
        got.iter().all(|(_, w)| !w.starts_with("The plan")),
        "{got:?}"
    );
}

#[test]
fn a_final_verb_with_a_clause_after_it_reports_that_clause_not_the_one_before() {
    let got = drafted("In the free-trade zone, Chinese traders also say business is poor.");
    assert!(got.iter().all(|(_, w)| !w.starts_with("In the")), "{got:?}");
    assert!(got.iter().any(|(_, w)| w == "business is poor."), "{got:?}");
}

#[test]
fn a_final_verb_whose_words_after_the_comma_are_no_speaker_reports_nothing_before_it() {
    // The stretch after the comma goes on from a subject before it (a verb, an auxiliary
    // or an adverb first), holds a relative clause or an infinitive, or `call` is no report.
    let wrong = [
        "Senator Ann Mole, a Democrat from Ohio, in the name of cutting waste, has proposed taxing ferries.",
        "However, Lena Park, mother of a flood victim, forcefully rejected Ortiz's claim.",
        "And the mayor, for all the progress he made with the unions, seems to agree.",
        "Nurses active on the union's forums, including those on its big page, overwhelmingly express support for Ruiz.",
        "They should be very, very worried.",
        "The group also plans to reach voters via mail, phone calls and digital ads.",
        "Then, last week, Tomas Berg called.",
    ]
    .into_iter()
    .filter(|text| {
        let first = text.split(',').next().unwrap_or(text);
        drafted(text).iter().any(|(_, w)| w.starts_with(first))
    })
    .collect::<Vec<_>>();
    assert!(wrong.is_empty(), "{wrong:#?}");
    // The near shapes with a speaker alone after the comma still report what stands before.
    one(
        "The ferry ran late for most of the week, Tomas Berg said.",
        "Tomas Berg",
        "The ferry ran late for most of the week",
    );
    one(
        "Rents will rise again next year, two housing analysts predicted.",
        "analysts",
        "Rents will rise again next year",
    );
    one(
        "The plant will close in March, the company's owner recently confirmed.",
        "owner",
        "The plant will close in March",
    );
}

#[test]
fn a_clause_with_a_quotation_inside_is_reported_whole_before_its_speaker() {
    // The quotation closes inside the clause and the clause's own words go on to the comma.
    for (text, who, words) in [
        (
            "“It seems very unlikely” that the council can fix the bridge, said Tom Reed, a former engineer.",
            "Tom Reed",
            "“It seems very unlikely” that the council can fix the bridge",
        ),
        (
            "\"We are angry and tired\" by the closing of the ferry, Nadia Osei said.",
            "Nadia Osei",
            "\"We are angry and tired\" by the closing of the ferry",
        ),
        (
            "The depot is \"a danger to us all,\" and the town should sell it, Mayor Lena Park said on Monday.",
            "Lena Park",
            "The depot is \"a danger to us all,\" and the town should sell it",
        ),
        (
            "Tenants were \"left in the dark\" for weeks, Omar Haddad, a housing lawyer, told reporters.",
            "Omar Haddad",
            "Tenants were \"left in the dark\" for weeks",
        ),
    ] {
        one(text, who, words);
    }
}

#[test]
fn a_quotation_beside_its_attribution_stays_the_quotation_rules() {
    // Next to the comma, or still open, the quotation is drafted alone, never the clause
    // around it.
    for (text, words) in [
        (
            "Drivers saw the bridge as \"a road to nowhere,\" Tom Reed said.",
            "a road to nowhere,",
        ),
        (
            "\"The bridge is safe,\" Tom Reed said.",
            "The bridge is safe,",
        ),
    ] {
        let got = drafted(text);
        assert_eq!(got.len(), 1, "{text}\n{got:?}");
        assert!(got[0].0.contains("Tom Reed"), "{text}\n{got:?}");
        assert_eq!(got[0].1, words, "{text}\n{got:?}");
    }
    // A quotation that runs on past the comma is no clause of its own.
    let text = "\"The bridge is safe, and the ferry, Tom Reed said, is not.";
    let got = drafted(text);
    assert!(
        got.iter().all(|(_, w)| !w.starts_with("\"The bridge")),
        "{text}\n{got:?}"
    );
}

#[test]
fn a_clause_carried_on_past_an_attribution_in_its_middle_is_one_statement() {
    // With no quotation, the words after `he said,` finish the clause before it: the
    // statement is the whole sentence, attribution and all.
    for (text, who, words) in [
        (
            "Road crews cannot reach three villages along Pike Creek, Mayor Ana Voss said, because the bridge washed out.",
            "Ana Voss",
            "Road crews cannot reach three villages along Pike Creek, Mayor Ana Voss said, because the bridge washed out",
        ),
        (
            "Most of the rise came from new school levies, Ben Ortiz told reporters, not from the city's share.",
            "Ben Ortiz",
            "Most of the rise came from new school levies, Ben Ortiz told reporters, not from the city's share",
        ),
        (
            "The river will reach the mill by noon, Ben Ortiz said, and the school will close early.",
            "Ben Ortiz",
            "The river will reach the mill by noon, Ben Ortiz said, and the school will close early",
        ),
        (
            "Ben Ortiz left. The ferry stopped running in May, he said on Friday, although the contract runs to June.",
            "Ben Ortiz",
            "The ferry stopped running in May, he said on Friday, although the contract runs to June",
        ),
    ] {
        one(text, who, words);
    }
}

#[test]
fn an_attribution_in_the_middle_keeps_its_pieces_when_nothing_carries_the_clause_on() {
    // A quotation split by its attribution stays two pieces.
    let got = drafted(
        "\u{201c}These are not short jobs,\u{201d} Ann Ruiz said, \u{201c}and they will not leave.\u{201d}",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|(_, w)| !w.contains("Ruiz said")), "{got:?}");
    // `and` with a verb of its own is the speaker's next act, not the clause's end.
    let got = drafted("Sales were great, Mark Jones said, and added that costs were falling fast.");
    assert!(
        got.iter().all(|(_, w)| !w.contains("Jones said")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|(_, w)| w.contains("costs were falling")),
        "{got:?}"
    );
    // No clause before the attribution: nothing to carry on.
    let got = drafted("Mark Jones left. The plan to widen the road, he said, because of the cost.");
    assert!(
        got.iter().all(|(_, w)| !w.starts_with("The plan")),
        "{got:?}"
    );
    // A participle after the attribution is about the speaker, as before.
    let got = drafted("Sales were great, Mark Jones said, adding that costs were falling fast.");
    assert!(got.iter().any(|(_, w)| w == "Sales were great"), "{got:?}");
    // A word that carries on only a phrase after a final attribution changes nothing.
    one(
        "The budget was cut twice in the spring, Mayor Lena Park said.",
        "Lena Park",
        "The budget was cut twice in the spring",
    );
}

#[test]
fn a_dateline_is_no_part_of_the_clause_before_its_speaker() {
    // The dateline in capitals, with its state and dash, stays out of what was said.
    one(
        "MILLBROOK, Vt. — The ferry will not run again before spring, the harbor master said Friday.",
        "harbor master",
        "The ferry will not run again before spring",
    );
    one(
        "ALDER FALLS, Idaho — The county's levy failed by 212 votes, the clerk said Tuesday.",
        "clerk",
        "The county's levy failed by 212 votes",
    );
    // Near shapes that keep their first words: a name in capitals with no dash, an
    // acronym opening the clause, a dash later in the sentence.
    one(
        "NASA will launch the probe in May, a spokeswoman said Friday.",
        "spokeswoman",
        "NASA will launch the probe in May",
    );
    one(
        "The ferry will run again in May — weather allowing, the harbor master said Friday.",
        "harbor master",
        "The ferry will run again in May — weather allowing",
    );
}
