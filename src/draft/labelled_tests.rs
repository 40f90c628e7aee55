//! Tests of a name and a colon opening a paragraph: transcripts' turns and headlines' words, and the kickers, credits and rows that look like them.

use crate::draft::extract;

/// The statements drafted from `text`, its paragraphs split at blank lines: (speaker,
/// words, rule) in reading order.
fn drafted(text: &str) -> Vec<(String, String, &'static str)> {
    let mut paras = Vec::new();
    let mut start = 0;
    for piece in text.split("\n\n") {
        paras.push(start..start + piece.len());
        start += piece.len() + 2;
    }
    let x = extract(text, &paras);
    x.statements
        .iter()
        .map(|s| {
            (
                x.speaker(s).name.clone(),
                text[s.range.clone()].to_string(),
                s.rule,
            )
        })
        .collect()
}

/// The words of the statements drafted by the label rule, with their speakers.
fn turns(text: &str) -> Vec<(String, String)> {
    drafted(text)
        .into_iter()
        .filter(|(_, _, rule)| *rule == "label and colon")
        .map(|(who, words, _)| (who, words))
        .collect()
}

#[test]
fn a_transcripts_turns_are_their_speakers_words() {
    let text = "Governor Ann Mole spoke with Dan Reyes on Sunday.\n\n\
                DAN REYES: The bridge is old. Will it close in June?\n\n\
                MOLE: Well, I think the bridge will stay open. We have the money for it.\n\n\
                REYES: Your office says the money is gone.\n\n\
                MOLE: It was gone last year. Why would it be gone now?\n\n\
                REYES: And the ferry?";
    let got = turns(text);
    // Reyes asks in two turns of three, an interviewer; Mole in one of two, a guest.
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|(who, _)| who.contains("Mole")), "{got:?}");
    assert_eq!(
        got[0].1,
        "Well, I think the bridge will stay open. We have the money for it"
    );
    assert_eq!(got[1].1, "It was gone last year. Why would it be gone now?");
}

/// The project's convention: a question is no statement, and an interviewer's turns (a
/// label more than half of whose turns end on a question mark) are none, even one that
/// puts a position to the guest, with whatever other rules found inside them; a guest
/// who asks back now and then keeps every turn.
#[test]
fn an_interviewers_turns_are_no_statements() {
    let text = "Dan Reyes spoke with Ann Mole.\n\n\
                REYES: Where is the money for the bridge?\n\n\
                MOLE: We have the money for the bridge in the state fund.\n\n\
                REYES: The governor said on Friday that the fund is empty.\n\n\
                MOLE: The fund was empty last year and is full this year.\n\n\
                REYES: Where does it come from?";
    let all = drafted(text);
    assert_eq!(all.len(), 2, "{all:?}");
    assert!(
        all.iter().all(|(who, _, _)| who.contains("Mole")),
        "{all:?}"
    );
    // No question at all, or one in three turns: every turn is a statement.
    for last in ["The ferry is next on the list.", "Will the ferry be next?"] {
        let text = format!(
            "Dan Reyes spoke with Ann Mole.\n\n\
             REYES: The bridge is old and the ferry is late.\n\n\
             MOLE: We have the money for the bridge in the state fund.\n\n\
             REYES: The ferry has been late for a year now.\n\n\
             MOLE: The ferry will get its money in the next budget.\n\n\
             REYES: {last}"
        );
        let got = turns(&text);
        assert_eq!(got.len(), 5, "{got:?}");
    }
}

#[test]
fn a_headlines_words_after_a_name_are_that_names() {
    for (text, who, words) in [
        (
            "Ann Mole: Budget Plan Is ‘Dead on Arrival’\n\nState Sen. Ann Mole said on Monday that the plan would fail.",
            "Mole",
            "Budget Plan Is ‘Dead on Arrival’",
        ),
        (
            "Mole: The Levy Is Doomed Unless Rates Fall.\n\nThe councilwoman, Ann Mole, has fought the levy for a year.",
            "Mole",
            "The Levy Is Doomed Unless Rates Fall",
        ),
        (
            "Senator Dan Reyes: Ferry Fares Must Fall This Year\n\nReyes spoke at the dock.",
            "Reyes",
            "Ferry Fares Must Fall This Year",
        ),
    ] {
        let got = turns(text);
        assert_eq!(got.len(), 1, "{text}\n{got:?}");
        assert!(got[0].0.contains(who), "{text}\n{got:?}");
        assert_eq!(got[0].1, words, "{text}");
    }
}

#[test]
fn kickers_credits_rows_and_questions_are_no_turns() {
    for text in [
        // A kicker whose word the story never uses again.
        "Breaking: The Ferry Will Stop Running in May\n\nThe council voted on Monday.",
        "Update: the bridge reopened at noon after a short inspection.\n\nTraffic was light.",
        // A credit or a table's row: too few words after the colon.
        "Contributing: Dan Reyes.\n\nDan Reyes writes for the paper.",
        "Ann Mole: 1,769.\n\nAnn Mole leads the count.",
        // An interview's questions and answers name nobody.
        "Q: Will the bridge close in June or later?\n\nA: It will stay open all summer long.",
        // A list of names under a place, or of who needs what.
        "Ohio: Ann Mole, Dan Reyes, Sam Ortiz, Lee Park\n\nOhio votes in March.",
        "Ann Mole is ahead.\n\nMole: A late surge.\n\nReyes: Hold on.\n\nReyes trails.",
        // A title, not a name.
        "Big Win For Reyes: Union Holds Off On Its Endorsement\n\nReyes won.",
        "Monday's Morning Briefing: The Ferry Vote Comes Due Today\n\nThe Briefing ran late.",
        // A name never met again is no one the story knows.
        "Mole: The Levy Is Doomed Unless Rates Fall.\n\nThe council voted on Monday.",
        // A colon after a clause, not a label.
        "The plan had one goal: cut the deficit by half within two years.",
        "She wanted three things from Reyes: money, time and a vote.",
        // A label of more than four words.
        "The Long Road to the Ferry Vote: How It Happened\n\nThe Ferry Vote was close.",
    ] {
        assert_eq!(turns(text), Vec::new(), "{text}");
    }
}

#[test]
fn a_quotation_after_a_label_keeps_its_own_rule_and_bounds() {
    let text = "Ann Mole spoke on Monday.\n\nMOLE: “The bridge will stay open all summer.”\n\nReyes agreed.";
    let got = drafted(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.to_lowercase().contains("mole"), "{got:?}");
    assert_eq!(got[0].2, "quote after a colon", "{got:?}");
    assert!(got[0].1.starts_with("The bridge will stay open"), "{got:?}");
}

#[test]
fn a_statement_inside_a_turn_stays_and_the_turn_gives_way() {
    let text = "Ann Mole spoke with Dan Reyes on Sunday.\n\n\
                REYES: The mayor said that the bridge would close in June. We will see.";
    let got = drafted(text);
    assert!(
        got.iter().any(
            |(who, words, _)| who.contains("mayor") && words.contains("the bridge would close")
        ),
        "{got:?}"
    );
    assert!(turns(text).is_empty(), "{got:?}");
}

#[test]
fn a_transcript_quoted_whole_gives_each_turn_to_its_label() {
    // Each paragraph opens a quotation that the next goes on with, as a transcript
    // reprinted inside marks is written; the interviewer's turns are his, not the guest's.
    let text = "Dan Hall spoke with Ann Mole on Sunday.\n\n\
                \"HALL: Let's start with the news on the debate. Will you be there, Governor?\n\n\
                \"MOLE: Well, look, the other side thinks this is a game show. But it is not.\n\n\
                \"HALL: If I may, because we have little time. Will the mayor be there?\"";
    // The interviewer's turns are questions, no statements (the project's convention).
    let got = turns(text);
    let who: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
    assert_eq!(who, ["Ann Mole"], "{got:?}");
    assert!(
        got[0].1.starts_with("Well, look, the other side"),
        "{got:?}"
    );
    // In a quotation only a label in capitals is one: a name written as names are, or
    // a colon further on, opens words said by whoever the sentence names.
    for text in [
        "Dan Hall spoke with Ann Mole.\n\n\"Mole: we will win the vote in May,\" Hall said.",
        "Dan Hall spoke with Ann Mole.\n\n\"The plan has one goal: cut the deficit in half,\" Mole said.",
    ] {
        assert_eq!(turns(text), Vec::new(), "{text}");
    }
}

#[test]
fn a_kicker_before_a_colon_is_no_subject_and_a_name_before_one_stays() {
    // `The Latest:` opens a live report: the verb's subject is after the colon.
    let got = drafted("The Latest: Ann Reyes says the vote was rigged.\n\nReyes spoke in Reno.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.contains("Reyes"), "{got:?}");
    assert_eq!(got[0].1.trim_end_matches('.'), "the vote was rigged");
    let got = drafted("The Latest: Ortiz urges supporters to watch the polls.\n\nOrtiz spoke.");
    assert!(
        !got.is_empty() && got.iter().all(|(who, _, _)| who.contains("Ortiz")),
        "{got:?}"
    );
    // A name before the colon is the headline's speaker, whoever its words name.
    let got = drafted("Reyes: Ortiz Called Me a Liar At The Debate\n\nReyes said so on Monday.");
    assert!(
        !got.is_empty() && got.iter().all(|(who, _, _)| who.contains("Reyes")),
        "{got:?}"
    );
}
