//! Tests of the people found in an article: names, mentions, pronouns and affiliations.

use super::*;
use crate::draft::speakers::tests::speaker_of;
use crate::draft::tokens::read;

fn np(text: &str) -> Option<Np> {
    let para = read(text, std::slice::from_ref(&(0..text.len()))).remove(0);
    parse(text, &para.toks, 0, para.toks.len())
}

#[test]
fn names_keep_their_titles_apart() {
    let zarif = np("Iranian foreign minister Javad Zarif").unwrap();
    assert_eq!(
        (zarif.text.as_str(), zarif.title.as_deref()),
        ("Javad Zarif", Some("Iranian foreign minister"))
    );
    let okafor = np("Water Minister Daniel Okafor").unwrap();
    assert_eq!(
        (okafor.text.as_str(), okafor.title.as_deref()),
        ("Daniel Okafor", Some("Water Minister"))
    );
    let holmes = np("Wilson Center fellow Amy Austin Holmes").unwrap();
    assert_eq!(holmes.title.as_deref(), Some("Wilson Center fellow"));
    let pompeo = np("Mike Pompeo on Tuesday").unwrap();
    assert_eq!((pompeo.text.as_str(), pompeo.title), ("Mike Pompeo", None));
    assert_eq!(np("Colin P. Clarke").unwrap().text, "Colin P. Clarke");
}

#[test]
fn groups_bodies_and_pronouns() {
    assert_eq!(
        np("U.S. military intelligence officials").unwrap().kind,
        NpKind::Group
    );
    assert_eq!(
        np("Members of Congress").unwrap().text,
        "Members of Congress"
    );
    assert_eq!(np("The ministry also").unwrap().kind, NpKind::Body);
    assert_eq!(np("She").unwrap().kind, NpKind::Pronoun(Pronoun::She));
    assert_eq!(np("director of policy"), None);
}

#[test]
fn surnames_and_pronouns_resolve_to_the_full_name() {
    let mut people = People::default();
    let clarke = people.mention(&np("Colin P. Clarke").unwrap()).unwrap();
    let lahoud = people.mention(&np("Nelly Lahoud").unwrap()).unwrap();
    assert_eq!(people.mention(&np("Clarke").unwrap()), Some(clarke));
    assert_eq!(people.mention(&np("he").unwrap()), Some(clarke));
    // Clarke is now known to be "he": "she" skips him.
    assert_eq!(people.mention(&np("she").unwrap()), Some(lahoud));
}

#[test]
fn role_phrases_need_a_role_noun_early() {
    let text = "a senior fellow at New America";
    let para = read(text, std::slice::from_ref(&(0..text.len()))).remove(0);
    assert_eq!(
        role_phrase(text, &para.toks, 0, para.toks.len()).as_deref(),
        Some(text)
    );
    let text = "who visited Syria in September";
    let para = read(text, std::slice::from_ref(&(0..text.len()))).remove(0);
    assert_eq!(role_phrase(text, &para.toks, 0, para.toks.len()), None);
}

#[test]
fn counts_of_people_are_groups_never_names() {
    for (phrase, group) in [
        ("One volunteer at the clinic", "One volunteer"),
        (
            "Another resident of the block",
            "Another resident of the block",
        ),
        ("Several hundred marchers", "Several hundred marchers"),
        ("Others", "Others"),
        ("Most", "Most"),
        ("Two nurses", "Two nurses"),
        ("Seven in 10 likely voters", "Seven in 10 likely voters"),
        ("One in five parents", "One in five parents"),
        ("38 percent of farmers", "38 percent of farmers"),
    ] {
        let found = np(phrase).unwrap_or_else(|| panic!("{phrase}: no phrase"));
        assert_eq!(
            (found.kind, found.text.as_str()),
            (NpKind::Group, group),
            "{phrase}"
        );
    }
    // An age or a year is not a count, and a name keeps its own reading.
    assert_eq!(np("57 years"), None);
    assert_eq!(np("Dana Whitfield").unwrap().kind, NpKind::Name);
}

#[test]
fn a_party_word_before_a_role_describes_the_name_after_it() {
    for (text, name) in [
        ("GOP rival Ann Mole said", "Ann Mole"),
        ("Democratic opponent Sen. Ivo Brandt said", "Ivo Brandt"),
        (
            "Her Republican challenger Tessa Quill argued",
            "Tessa Quill",
        ),
        ("Independent candidate Rafe Ostrow warned", "Rafe Ostrow"),
    ] {
        let got = np(text).map(|n| (n.kind, n.text));
        assert_eq!(got, Some((NpKind::Name, name.to_string())), "{text}");
    }
    // A party word with no name after it is still read as before.
    assert_eq!(
        np("Republican leaders said").map(|n| n.kind),
        Some(NpKind::Group)
    );
}

#[test]
fn a_title_inside_the_phrase_names_the_one_after_it() {
    for (text, name, title) in [
        (
            "Speaker of the Assembly Rep. Tom Varga",
            "Tom Varga",
            Some("Speaker of the Assembly Rep."),
        ),
        ("said Dr. Lena Holt", "Lena Holt", Some("Dr.")),
        ("said state Sen. Ray Boone", "Ray Boone", Some("state Sen.")),
        (
            "Majority Leader Sen. Ada Cole",
            "Ada Cole",
            Some("Majority Leader Sen."),
        ),
        // Near shapes: a name before a verb keeps the sentence's subject.
        (
            "Carla Fenn threw her support behind Sen. Ted Ruiz",
            "Carla Fenn",
            None,
        ),
        (
            "Mr. Bell endorsed Mr. Ames at a news conference",
            "Bell",
            Some("Mr."),
        ),
    ] {
        let np = np(text).unwrap();
        assert_eq!(
            (np.text.as_str(), np.title.as_deref()),
            (name, title),
            "{text}"
        );
    }
}

#[test]
fn a_person_of_a_place_keeps_the_place_out_of_the_name() {
    let park = np("Nina Park of Bowling Green").unwrap();
    assert_eq!(park.kind, NpKind::Name);
    assert_eq!(
        (park.text.as_str(), park.title.as_deref()),
        ("Nina Park", Some("Bowling Green"))
    );
    // Organisations with "of" stay whole.
    for org in [
        "Port Calloway Chamber of Commerce",
        "the Federal Bureau of Investigation",
        "University of Chicago",
    ] {
        let np = np(org).unwrap();
        assert_eq!(np.kind, NpKind::Body, "{org}");
        assert!(np.text.contains(" of "), "{org}");
    }
}

#[test]
fn a_who_clause_is_an_affiliation_when_it_says_what_they_do() {
    let clause = |text: &str| {
        let para = read(text, std::slice::from_ref(&(0..text.len()))).remove(0);
        who_clause(text, &para.toks, 0, para.toks.len())
    };
    for (text, want) in [
        // What they do now, or did for a while: kept whole.
        (
            "who runs the county's water board",
            "who runs the county's water board",
        ),
        (
            "who chairs the parks committee",
            "who chairs the parks committee",
        ),
        (
            "who teaches welding at Fenwick Community College",
            "who teaches welding at Fenwick Community College",
        ),
        (
            "who managed the rail yard until 2022",
            "who managed the rail yard until 2022",
        ),
        (
            "who drove a school bus for 12 years",
            "who drove a school bus for 12 years",
        ),
        // A second verb after `and` says something else.
        (
            "who studies river silt at Dorne University and was not part of the survey",
            "who studies river silt at Dorne University",
        ),
    ] {
        assert_eq!(clause(text).as_deref(), Some(want), "{text}");
    }
    // Near shapes: a single act, speech, a passive, another relative pronoun.
    for text in [
        "who voted against the levy",
        "who made the depot her cause",
        "who says the plan is late",
        "who told the board it would wait",
        "who is a nurse",
        "who asked not to be named",
        "which runs the buses",
        "who",
        "who runs \"the best diner in town\"",
    ] {
        assert_eq!(clause(text), None, "{text}");
    }
}

use crate::draft::statements::tests::affiliations_of;

#[test]
fn a_party_label_with_a_town_of_two_words_is_one_affiliation() {
    for (text, label) in [
        (
            "Sen. Ada Brill, R-Port Orchard, said the fare “is a tax.”",
            "R-Port Orchard",
        ),
        (
            "Rep. Ada Brill, D-San Jose, said the fare “is a tax.”",
            "D-San Jose",
        ),
        ("Sen. Ada Brill, R-Fla., said the fare “is a tax.”", "R-Fla"),
    ] {
        let found = affiliations_of(text, "Ada Brill");
        assert_eq!(found[1..], [label], "{text}: {found:?}");
    }
    // Lower-case words after the label are a clause, not a town.
    let text = "Sen. Ada Brill, R-Fla. and others, said the fare “is a tax.”";
    assert!(
        !affiliations_of(text, "Ada Brill")
            .iter()
            .any(|a| a.contains("others")),
        "{text}"
    );
}

#[test]
fn a_party_member_in_an_appositive_is_a_role() {
    for (text, role) in [
        (
            "Ada Brill, a Democrat in her second term, said the fare “is a tax.”",
            "a Democrat in her second term",
        ),
        (
            "Ada Brill, a Republican, said the fare “is a tax.”",
            "a Republican",
        ),
    ] {
        assert_eq!(affiliations_of(text, "Ada Brill"), [role], "{text}");
    }
    // A party's committee is no title before a name.
    let text = "The Republican National Committee said Ada Brill “is wrong.”";
    assert!(affiliations_of(text, "Ada Brill").is_empty(), "{text}");
}

#[test]
fn a_role_ends_where_a_clause_of_time_or_reason_begins() {
    for (text, role) in [
        (
            "Ada Brill, a special prosecutor appointed by the attorney general's office after the county prosecutor stepped aside, told jurors that the checks were forged.",
            "a special prosecutor appointed by the attorney general's office",
        ),
        (
            "Ada Brill, a nurse at the county hospital since the flood closed the clinic, said the wait “is too long.”",
            "a nurse at the county hospital",
        ),
        // No clause: the role is whole.
        (
            "Ada Brill, a nurse at the county hospital, said the wait “is too long.”",
            "a nurse at the county hospital",
        ),
    ] {
        assert_eq!(affiliations_of(text, "Ada Brill"), [role], "{text}");
    }
}

#[test]
fn a_role_before_a_name_is_its_own_coordinate_and_needs_the_name_to_open_its_phrase() {
    let text =
        "Osei Brandt and the company's chief financial officer, Tom Radke, said sales “were soft.”";
    assert_eq!(
        affiliations_of(text, "Tom Radke"),
        ["the company's chief financial officer"]
    );
    let text = "Her apprentice, 23-year-old Leon Marsh, said the kiln “runs hot.”";
    assert_eq!(affiliations_of(text, "Leon Marsh"), ["Her apprentice"]);
    // The role is the subject's, not that of the name the verb takes as its object.
    let text = "Sen. Bill Okerlund, R-Neb., the committee's ranking Republican, said Janet Morrow was counting the wrong cars.";
    assert!(
        affiliations_of(text, "Janet Morrow").is_empty(),
        "{:?}",
        affiliations_of(text, "Janet Morrow")
    );
}

#[test]
fn short_titles_without_a_full_stop_and_military_ones_are_titles_not_names() {
    for (text, name, title) in [
        ("said Dr Lena Holt", "Lena Holt", Some("Dr")),
        ("Prof Ada Mole said", "Ada Mole", Some("Prof")),
        ("Mr Bell said", "Bell", Some("Mr")),
        ("Capt. Ray Ode said", "Ray Ode", Some("Capt.")),
        (
            "Deputy Fire Marshal Lena Holt said",
            "Lena Holt",
            Some("Deputy Fire Marshal"),
        ),
        ("said Fire Marshal Ray Ode", "Ray Ode", Some("Fire Marshal")),
        // A surname that is the title word, and a name that begins like it.
        ("Ada Marshal said", "Ada Marshal", None),
        ("Marshall Holt said", "Marshall Holt", None),
        ("said Sgt. Lena Holt", "Lena Holt", Some("Sgt.")),
        // Near shapes: the title spelled out, and a name that begins like a title.
        ("said Captain Ray Ode", "Ray Ode", Some("Captain")),
        ("Drew Holt said", "Drew Holt", None),
        ("Profitt Mole said", "Profitt Mole", None),
    ] {
        let np = np(text).unwrap();
        assert_eq!(
            (np.text.as_str(), np.title.as_deref()),
            (name, title),
            "{text}"
        );
    }
}

#[test]
fn an_organisations_name_keeps_its_and_and_ampersand() {
    for (text, name, kind) in [
        (
            "The Food and Drug Administration said",
            "Food and Drug Administration",
            NpKind::Body,
        ),
        (
            "Great Plains & Western Railway denied",
            "Great Plains & Western Railway",
            NpKind::Body,
        ),
        (
            "Ways and Means Committee",
            "Ways and Means Committee",
            NpKind::Body,
        ),
        // A plural inside the name: a union, not a group of workers.
        (
            "The Federal Wildland Workers Union warned",
            "Federal Wildland Workers Union",
            NpKind::Body,
        ),
        (
            "Federal wildland workers warned",
            "Federal wildland workers",
            NpKind::Group,
        ),
        // Near shapes: two people joined by `and` are never one name, and an `&` before a
        // word in lower case ends the name.
        ("Ann Mole and Ray Ode said", "Ann Mole", NpKind::Name),
        (
            "Kessel Outdoor Co. and Kessel Marine Group",
            "Kessel Outdoor Co.",
            NpKind::Body,
        ),
        ("Ann Mole & partners said", "Ann Mole", NpKind::Name),
    ] {
        let np = np(text).unwrap();
        assert_eq!((np.text.as_str(), np.kind), (name, kind), "{text}");
    }
}

#[test]
fn a_party_member_before_a_name_is_an_affiliation() {
    for (text, who, party) in [
        (
            "The poll found Democrat Ada Brill ahead. Brill said the lead “is real.”",
            "Ada Brill",
            "Democrat",
        ),
        (
            "Republican Tom Quill, a rancher, said the fare “is a tax.”",
            "Tom Quill",
            "Republican",
        ),
        (
            "Voters met Libertarian Ana Ruiz-Soto on Friday. Ruiz-Soto said she “will run.”",
            "Ana Ruiz-Soto",
            "Libertarian",
        ),
    ] {
        let found = affiliations_of(text, who);
        assert_eq!(
            found.first().map(String::as_str),
            Some(party),
            "{text}: {found:?}"
        );
        assert_eq!(speaker_of(text, "“"), Some(who.to_string()), "{text}");
    }
    // Near shapes: a body, a group, a lone party word and the adjective stay as they were.
    for (text, who) in [
        (
            "The Republican National Committee said Ada Brill “is wrong.”",
            "Republican National Committee",
        ),
        (
            "Republican leaders said the fare “is a tax.”",
            "Republican leaders",
        ),
        (
            "Republican Brill said the fare “is a tax.”",
            "Republican Brill",
        ),
    ] {
        assert_eq!(speaker_of(text, "“"), Some(who.to_string()), "{text}");
    }
}

#[test]
fn a_pronoun_never_points_forward_to_a_name_in_its_own_sentence() {
    for (text, words, who) in [
        (
            "Ada Brill called the figure “wrong.” She said Basin Ridge had cut 212 jobs.",
            "Basin Ridge had cut",
            "Ada Brill",
        ),
        (
            "Tom Quill disputed the charge. He said the share from Santa Fe counties was right.",
            "the share from",
            "Tom Quill",
        ),
        // A name met before the sentence and again after the pronoun still counts.
        (
            "Ada Brill spoke first. Tom Quill spoke next. He said Ada Brill was wrong.",
            "was wrong",
            "Tom Quill",
        ),
    ] {
        assert_eq!(speaker_of(text, words), Some(who.to_string()), "{text}");
    }
    // Near shapes: a name before the pronoun in the same sentence is still its antecedent.
    for (text, words, who) in [
        (
            "After Ada Brill left the hearing, she said the fare was a tax.",
            "the fare was",
            "Ada Brill",
        ),
        (
            "Tom Quill spoke. Ada Brill said she wants the fare cut, and she said it was a tax.",
            "it was a tax",
            "Ada Brill",
        ),
    ] {
        assert_eq!(speaker_of(text, words), Some(who.to_string()), "{text}");
    }
}

#[test]
fn a_share_of_a_group_is_the_group() {
    for (text, who) in [
        (
            "Seven percent of respondents said they were undecided.",
            "respondents",
        ),
        (
            "Fifty-eight percent of the voters said the state was on the wrong track.",
            "voters",
        ),
    ] {
        assert_eq!(speaker_of(text, "said"), None, "{text}");
        assert_eq!(speaker_of(text, "the"), Some(who.to_string()), "{text}");
    }
    // Near shapes: a share alone and a count of people stay as written.
    for (text, words, who) in [
        (
            "Seven percent said they were undecided.",
            "they were",
            "Seven percent",
        ),
        (
            "Nine in 10 voters said the state was on the wrong track.",
            "the state",
            "Nine in 10 voters",
        ),
    ] {
        assert_eq!(speaker_of(text, words), Some(who.to_string()), "{text}");
    }
}
