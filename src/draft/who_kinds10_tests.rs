//! Tests of who speaks in the shapes held-out-10's misses showed, on invented sentences: a body's name holding a plural possessive, a titled person of a place, an unnamed source kept whole through what describes it, a description resolved to the name it introduces, and a document given to its author; each a family of one shape and the near shapes that must not change.

use super::pairs_tests::affiliations_of;
use crate::draft::test_articles::who_said;

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
    assert_eq!(
        who_said(text, "the channel").as_deref(),
        Some("The pilots' union")
    );
}

#[test]
fn a_titled_person_of_a_place_is_the_person_with_the_title() {
    let text = "Sen. Ada Lorne of Minnesota, speaking on the floor, said the bill was overdue.\n\n\
                \"We waited long enough,\" Lorne said.";
    assert_eq!(who_said(text, "the bill").as_deref(), Some("Ada Lorne"));
    assert_eq!(who_said(text, "We waited").as_deref(), Some("Ada Lorne"));
    // The place after `of` is an affiliation too, as the gold sets count it.
    assert_eq!(
        affiliations_of(text, "Ada Lorne"),
        vec!["Sen.".to_string(), "Minnesota".to_string()]
    );
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

#[test]
fn an_unnamed_source_is_kept_whole_through_what_describes_it() {
    for (text, start, who) in [
        (
            "Biologists who track the herring runs say the spawning grounds have moved north.",
            "the spawning",
            "Biologists who track the herring runs",
        ),
        (
            "An official involved in the negotiations said the talks would resume in May.",
            "the talks",
            "An official involved in the negotiations",
        ),
        (
            "Lawyers for families who lost homes say the insurer has stalled every claim.",
            "the insurer",
            "Lawyers for families who lost homes",
        ),
        (
            "A veteran ferry captain who represents ten crews, speaking on condition of anonymity, said the boats were late.",
            "the boats",
            "A veteran ferry captain who represents ten crews",
        ),
        (
            "Some residents who came to watch said the vote was rushed.",
            "the vote",
            "Some residents who came to watch",
        ),
    ] {
        assert_eq!(who_said(text, start).as_deref(), Some(who), "{text}");
    }
    // Later `the captain` and `she` are that source, not a name met before it.
    let text = "Sen. Ada Lorne said the ferries were safe.\n\n\
                A veteran ferry captain who represents ten crews, speaking on condition of anonymity, said the boats were late.\n\n\
                \"They skip the checks,\" the captain said.";
    assert_eq!(
        who_said(text, "They skip").as_deref(),
        Some("A veteran ferry captain who represents ten crews")
    );
    let text = "Sen. Ada Lorne said the mine was safe.\n\n\
                A former quarry engineer who worked on the safety team described a different practice. Speaking on the condition of anonymity, she said the alarms were switched off.";
    assert_eq!(
        who_said(text, "the alarms").as_deref(),
        Some("A former quarry engineer who worked on the safety team")
    );
    // Near shapes: a spokesperson is the body spoken for; a name with a `who` clause is
    // the name; a source with nothing after its head and a document are not cut or grown.
    let text = "The Harbor Authority closed the pier.\n\n\
                A spokesperson for the authority said the pier would reopen in June.";
    assert_eq!(
        who_said(text, "the pier would").as_deref(),
        Some("Harbor Authority")
    );
    let text = "Ann Mole, who chairs the board, said the pier would reopen.";
    assert_eq!(who_said(text, "the pier").as_deref(), Some("Ann Mole"));
    let text = "A report that the agency released said the pier was unsafe.";
    assert!(
        !who_said(text, "the pier").is_some_and(|w| w.starts_with("A report that")),
        "{text}"
    );
}

#[test]
fn a_description_is_the_name_it_introduces() {
    // A role said first, then the titled name in the next paragraph.
    let text = "The toll rose to 12, the county's health officer said Thursday.\n\n\
                Dr. Ada Lorne told reporters that most cases came from one farm.";
    assert_eq!(who_said(text, "The toll").as_deref(), Some("Ada Lorne"));
    assert!(
        affiliations_of(text, "Ada Lorne").contains(&"The county's health officer".to_string())
    );
    let text = "WASHINGTON — A Democratic senator on Wednesday introduced a bill, saying the cameras had gone too far.\n\n\
                Sen. Ada Lorne of Minnesota said the police had asked for video thousands of times.";
    assert_eq!(who_said(text, "the cameras").as_deref(), Some("Ada Lorne"));
    assert!(affiliations_of(text, "Ada Lorne").contains(&"A Democratic senator".to_string()));
    let text = "The commissioner of the Northern Curling League said Wednesday that the fund had worked.\n\n\
                \"Not one club lost money,\" Commissioner Ada Lorne said.";
    assert_eq!(who_said(text, "the fund").as_deref(), Some("Ada Lorne"));
    // Near shapes: a new name with another role, or with no title, or a paragraph further
    // on, is someone else; the description keeps its words.
    for text in [
        "The toll rose to 12, the county's health officer said Thursday.\n\n\
         Ada Lorne, a farmer, said the farm was clean.",
        "The toll rose to 12, the county's health officer said Thursday.\n\n\
         Ada Lorne said the farm was clean.",
        "The toll rose to 12, the county's health officer said Thursday.\n\n\
         The farm closed.\n\n\
         Dr. Ada Lorne said the farm was clean.",
        "The commissioner of the Northern Curling League said the fund had worked.\n\n\
         Sen. Ada Lorne said the fund had failed.",
    ] {
        assert_ne!(
            who_said(text, "The toll").or_else(|| who_said(text, "the fund had w")),
            Some("Ada Lorne".to_string()),
            "{text}"
        );
    }
}

#[test]
fn a_document_is_its_author_s_where_the_article_says_who_made_it() {
    // `a study … by X`, then `The study`, `The report` and `Her study` are X's.
    let text = "The best count is a study released this month by Ada Lorne, a hydrologist at Fenwick College. The study says the wells took a tenth of the flow. The report says the pumps ran all summer.\n\n\
                Her study also says that the creek ran dry twice.";
    for start in ["the wells", "the pumps", "the creek"] {
        assert_eq!(
            who_said(text, start).as_deref(),
            Some("Ada Lorne"),
            "{start}"
        );
    }
    // `X sent a letter … The letter says`: the sender's.
    let text = "The Orchard Growers Alliance sent a letter to the committee on Tuesday arguing that the rule would hurt farms. The letter says the rule \"would ruin the harvest.\"";
    assert_eq!(
        who_said(text, "the rule \"would").as_deref(),
        Some("Orchard Growers Alliance")
    );
    // Near shapes: `funded by` names no author; a document three paragraphs on is no
    // longer the one last met.
    let text = "The study was funded by the Fenwick Trust. The study says the wells took a tenth of the flow.";
    assert_ne!(
        who_said(text, "the wells").as_deref(),
        Some("Fenwick Trust")
    );
    let text = "The best count is a study released this month by Ada Lorne.\n\n\
                The creek is low.\n\n\
                The farms are dry.\n\n\
                The wells are deep.\n\n\
                The report says the pumps ran all summer.";
    assert_ne!(who_said(text, "the pumps").as_deref(), Some("Ada Lorne"));
}
