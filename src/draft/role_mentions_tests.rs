//! Tests of speakers written as a role, a kind of body or a document, resolved to the one person or body the article named so; and the shapes that must stay as written.

use crate::draft::test_articles::who_said;

fn speaker(text: &str, start: &str) -> String {
    who_said(text, start).unwrap_or_else(|| panic!("{start:?} not drafted in {text:?}"))
}

/// The speaker of the statement starting `start`, in lower case, for the shapes that must
/// stay as written (whatever case the drafter gives the description).
fn unresolved(text: &str, start: &str) -> String {
    speaker(text, start).to_lowercase()
}

#[test]
fn a_role_goes_to_the_one_person_the_article_gave_it() {
    for (text, start, who) in [
        // A title written short, cut from its name by the sentence's full stop.
        (
            "The head of the officers' union, Sgt. Maro Tellez, spoke first.\n\n\
             \"He was not running,\" the sergeant said.",
            "He was not running",
            "Maro Tellez",
        ),
        // A relation before a comma and the name.
        (
            "The cause was a stroke, her son, Peter Lund, said.\n\n\
             Her son said she never missed a council vote.",
            "she never missed",
            "Peter Lund",
        ),
        // A relation in a list of survivors.
        (
            "She is survived by a daughter, Greta Vale; a sister, June Pratt; and four \
             grandchildren.\n\n\
             Her daughter said the bridge had been her mother's proudest work.",
            "the bridge had been",
            "Greta Vale",
        ),
        // A role in an appositive after the name.
        (
            "Tomas Hale, the family's lawyer, filed the papers on Friday.\n\n\
             His family's lawyer said the officer never gave a warning.",
            "the officer never gave",
            "Tomas Hale",
        ),
    ] {
        assert_eq!(speaker(text, start), who, "{text}");
    }
}

#[test]
fn a_role_stays_as_written_with_two_holders_none_or_a_plural() {
    for (text, start, not) in [
        // Two daughters: no guess.
        (
            "She is survived by a daughter, Ana Lund, and a daughter, Mia Lund.\n\n\
             Her daughter said the house would be sold in the spring.",
            "the house would be sold",
            ["ana lund", "mia lund"],
        ),
        // Union leaders are a group, not the one leader named.
        (
            "Carla Whitmer, the union's leader, spoke at the rally.\n\n\
             Union leaders said thousands of crews could leave before summer.",
            "thousands of crews",
            ["carla whitmer", "carla whitmer"],
        ),
    ] {
        let who = unresolved(text, start);
        assert!(!not.contains(&who.as_str()), "{who} in {text}");
    }
    // A role the article never gave anyone.
    let text = "\"The road will open in May,\" the treasurer said.\n\nNobody else spoke.";
    assert_eq!(unresolved(text, "The road will open"), "the treasurer");
}

#[test]
fn a_body_by_its_kind_goes_to_the_one_body_of_that_kind() {
    for (text, start, who) in [
        (
            "Harlow County sold the house in 2021 for $212,000.\n\n\
             The county said it had followed the statute to the letter.",
            "it had followed",
            "Harlow County",
        ),
        (
            "A warning went out at noon. The Tallis County Sheriff's Office posted it on \
             its page.\n\n\
             The sheriff's office said some phones received the alert late.",
            "some phones received",
            "Tallis County Sheriff's Office",
        ),
        (
            "The Veldmark College of Orthopaedic Surgeons disputed the figure.\n\n\
             The college said weekend lists had added 1,500 operations.",
            "weekend lists had added",
            "Veldmark College of Orthopaedic Surgeons",
        ),
    ] {
        assert_eq!(speaker(text, start), who, "{text}");
    }
}

#[test]
fn a_body_by_its_kind_stays_as_written_when_two_fit() {
    for (text, start) in [
        (
            "Harlow County and Bexley County share the bridge.\n\n\
             The county said it would pay for the repairs.",
            "it would pay",
        ),
        (
            "The Ministry of Industry and Trade filed the case. The Ministry of Trade and \
             Development answered it.\n\n\
             The trade ministry said the duties were illegal.",
            "the duties were illegal",
        ),
    ] {
        let who = unresolved(text, start);
        assert!(
            !who.contains("county ") && !who.contains("ministry of"),
            "{who} in {text}"
        );
    }
}

#[test]
fn a_document_goes_to_who_signed_or_sent_it() {
    for (text, start, who) in [
        (
            "The state sent the company a letter on Tuesday. The letter, signed by \
             Commissioner Tomas Quade, demands a list of customers.\n\n\
             \"Consumers were told the product worked,\" the letter says.",
            "Consumers were told",
            "Tomas Quade",
        ),
        (
            "A letter from Harbor Parents United was delivered to the board on Monday.\n\n\
             The tests skipped the kitchen sinks, the letter says.",
            "The tests skipped",
            "Harbor Parents United",
        ),
        (
            "In a blog post on Tuesday, Ada Solbergen wrote that an update had failed.\n\n\
             The post said that 1,800 users were affected.",
            "1,800 users were",
            "Ada Solbergen",
        ),
        (
            "The Regional Wage Board's latest report came out in June.\n\n\
             The report says starting wages rose 6 percent.",
            "starting wages rose",
            "Regional Wage Board",
        ),
        (
            "The city manager read from a staff report prepared by the planning \
             department.\n\n\
             The report says the city issued 612 permits.",
            "the city issued",
            "planning department",
        ),
        (
            "The citation, issued Friday by the state Division of Worker Safety and \
             Health, lists 11 violations.\n\n\
             Counting them, the citation says, the injury rate rose.",
            "the injury rate rose",
            "Division of Worker Safety and Health",
        ),
    ] {
        assert_eq!(speaker(text, start), who, "{text}");
    }
}

#[test]
fn a_document_stays_as_written_with_no_maker_or_the_outlet_s_own() {
    for (text, start, not) in [
        // No maker given.
        (
            "Engineers inspected the bridge in May.\n\n\
             The report says the deck is unsafe.",
            "the deck is unsafe",
            "engineers",
        ),
        // Signed by a count of people, not a person or body.
        (
            "A letter signed by more than 300 parents reached the board.\n\n\
             The tests were late, the letter says.",
            "The tests were late",
            "more than 300 parents",
        ),
        // A memo the article's own outlet obtained is not the outlet's.
        (
            "\"We are done,\" Ana Ruiz told the Courier on Monday. A memo obtained by the \
             Courier sets a quota.\n\n\
             Two warnings, the memo says, may result in dismissal.",
            "may result in dismissal",
            "courier",
        ),
    ] {
        let who = unresolved(text, start);
        assert_ne!(who, not, "{text}");
    }
}
