//! Tests of the form: typing, moving between fields, suggestions, validation and the entry it makes.

use super::*;
use crate::keys::prompt::Edit;
use crate::reader::model::known::KnownPerson;

fn selector(exact: &str) -> QuoteSelector {
    QuoteSelector {
        exact: exact.into(),
        prefix: "before ".into(),
        suffix: " after".into(),
        position: Some(crate::claims::TextPosition {
            start: 7,
            end: 7 + exact.chars().count(),
        }),
    }
}

fn known() -> Known {
    Known {
        people: vec![
            KnownPerson {
                name: "Colin P. Clarke".into(),
                affiliation: Some("Soufan Group".into()),
                drafted: false,
            },
            KnownPerson {
                name: "Mike Pompeo".into(),
                affiliation: Some("Secretary of State".into()),
                drafted: false,
            },
            KnownPerson {
                name: "Nathan Sales".into(),
                affiliation: None,
                drafted: true,
            },
        ],
        verdicts: vec!["Dubious".into(), "False".into()],
    }
}

fn typed(form: &mut Form, text: &str) {
    for c in text.chars() {
        form.key(FormKey::Char(c), &known());
    }
}

fn claim_form() -> Form {
    Form::new(
        Purpose::NewClaim,
        7..20,
        selector("new home base"),
        &[],
        None,
    )
}

fn response_form() -> Form {
    Form::new(
        Purpose::NewResponse { claim: 0 },
        30..40,
        selector("not accurate"),
        &[],
        None,
    )
}

#[test]
fn a_claim_needs_its_claimant_and_takes_the_quote_as_its_summary() {
    let mut form = claim_form();
    form.key(FormKey::NextField, &known());
    assert_eq!(form.key(FormKey::Submit, &known()), FormOutcome::Open);
    assert_eq!(form.error.as_deref(), Some("the claimant is needed"));
    assert_eq!(
        form.field(),
        Field::Claimant,
        "Enter goes to the missing field"
    );
    typed(&mut form, "Mike Pompeo");
    let FormOutcome::Save(entry) = form.key(FormKey::Submit, &known()) else {
        panic!("not saved: {:?}", form.error);
    };
    let Entry::Claim(claim) = *entry else {
        panic!("not saved: {:?}", form.error);
    };
    assert_eq!(claim.claimant, "Mike Pompeo");
    assert_eq!(claim.summary, "new home base");
    assert_eq!(claim.selector, selector("new home base"));
    assert_eq!((claim.role, claim.verdict, claim.draft), (None, None, None));
}

#[test]
fn tab_goes_round_the_fields_both_ways() {
    let mut form = claim_form();
    let mut seen = vec![form.field()];
    for _ in 0..6 {
        form.key(FormKey::NextField, &known());
        seen.push(form.field());
    }
    assert_eq!(seen.first(), seen.last(), "six fields and round");
    form.key(FormKey::PrevField, &known());
    assert_eq!(form.field(), Field::Note);
}

#[test]
fn choosing_a_person_fills_their_affiliation() {
    let mut form = response_form();
    typed(&mut form, "cla");
    assert_eq!(form.suggestions.len(), 1);
    assert_eq!(form.suggestions[0].text, "Colin P. Clarke");
    form.key(FormKey::NextSuggestion, &known());
    assert_eq!(
        form.key(FormKey::Submit, &known()),
        FormOutcome::Open,
        "Enter takes it"
    );
    assert_eq!(form.value(Field::Expert), "Colin P. Clarke");
    assert_eq!(form.value(Field::Affiliation), "Soufan Group");
    // A typed affiliation is not overwritten by a later choice.
    form.key(FormKey::NextField, &known());
    typed(&mut form, " (retired)");
    form.key(FormKey::PrevField, &known());
    form.key(FormKey::Edit(Edit::KillToStart), &known());
    typed(&mut form, "mike");
    form.key(FormKey::NextSuggestion, &known());
    form.key(FormKey::Submit, &known());
    assert_eq!(form.value(Field::Expert), "Mike Pompeo");
    assert_eq!(form.value(Field::Affiliation), "Soufan Group (retired)");
}

#[test]
fn the_stance_is_chosen_from_the_four_and_checked() {
    let mut form = response_form();
    typed(&mut form, "Nathan Sales");
    form.key(FormKey::NextField, &known());
    form.key(FormKey::NextField, &known());
    assert_eq!(form.field(), Field::Stance);
    assert_eq!(form.suggestions.len(), 4, "offered on entering the field");
    typed(&mut form, "refutes");
    form.key(FormKey::Submit, &known());
    assert_eq!(
        form.error.as_deref(),
        Some("the stance is one of supports, disputes, qualifies, context")
    );
    form.key(FormKey::Edit(Edit::KillToStart), &known());
    typed(&mut form, "Dis");
    let FormOutcome::Save(entry) = form.key(FormKey::Submit, &known()) else {
        panic!("not saved: {:?}", form.error);
    };
    let Entry::Response(response) = *entry else {
        panic!("not saved: {:?}", form.error);
    };
    assert_eq!(response.stance, Stance::Disputes);
    assert_eq!(response.expert, "Nathan Sales");
    assert_eq!(response.affiliation, None);
}

#[test]
fn stance_words_and_their_unambiguous_starts_are_read() {
    assert_eq!(stance_named("QUALIFIES"), Some(Stance::Qualifies));
    assert_eq!(stance_named(" sup "), Some(Stance::Supports));
    assert_eq!(stance_named("c"), Some(Stance::Context));
    assert_eq!(stance_named(""), None);
    assert_eq!(stance_named("x"), None);
}

#[test]
fn esc_closes_suggestions_first_then_the_form_keeping_typing() {
    let mut form = response_form();
    assert_eq!(
        form.key(FormKey::Cancel, &known()),
        FormOutcome::Close { kept: false }
    );
    typed(&mut form, "c");
    assert!(!form.suggestions.is_empty());
    assert_eq!(form.key(FormKey::Cancel, &known()), FormOutcome::Open);
    assert!(form.suggestions.is_empty());
    assert_eq!(
        form.key(FormKey::Cancel, &known()),
        FormOutcome::Close { kept: true }
    );
}

#[test]
fn an_edit_keeps_what_the_form_does_not_show_and_drops_the_draft_mark() {
    let claim = ClaimEntry {
        id: "home-base".into(),
        claimant: "Mike Pompeo".into(),
        summary: "Iran is al-Qaida's home".into(),
        selector: selector("new home base"),
        appearances: vec!["https://example.com".into()],
        draft: Some(DraftMark { confidence: 80 }),
        ..ClaimEntry::default()
    };
    let mut form = Form::new(
        Purpose::EditClaim { claim: 3 },
        7..20,
        claim.selector.clone(),
        &Form::claim_values(&claim),
        Some(Entry::Claim(claim.clone())),
    );
    assert!(!form.is_dirty());
    assert_eq!(form.value(Field::Summary), "Iran is al-Qaida's home");
    form.key(FormKey::NextField, &known());
    typed(&mut form, "Secretary of State");
    assert!(form.is_dirty());
    let FormOutcome::Save(entry) = form.key(FormKey::Submit, &known()) else {
        panic!("not saved");
    };
    let Entry::Claim(saved) = *entry else {
        panic!("not saved");
    };
    assert_eq!(saved.id, "home-base");
    assert_eq!(saved.appearances, claim.appearances);
    assert_eq!(saved.role.as_deref(), Some("Secretary of State"));
    assert_eq!(saved.draft, None);
}

#[test]
fn typing_restored_from_an_earlier_form_keeps_the_new_quote() {
    let mut earlier = claim_form();
    typed(&mut earlier, "Mike");
    let mut form = Form::new(
        Purpose::NewClaim,
        50..60,
        selector("other words"),
        &[],
        None,
    );
    form.restore(&earlier);
    assert_eq!(form.value(Field::Claimant), "Mike");
    assert_eq!(form.selector.exact, "other words");
    assert!(form.is_dirty());
}

#[test]
fn pasted_text_is_one_line() {
    let mut form = claim_form();
    form.key(FormKey::Text("Mike\nPompeo\t".into()), &known());
    assert_eq!(form.value(Field::Claimant), "Mike Pompeo ");
}

#[test]
fn suggestions_match_any_word_start_and_stop_at_an_exact_value() {
    let k = known();
    let names = |typed: &str| -> Vec<String> {
        k.suggest(Field::Expert.offer(), typed)
            .into_iter()
            .map(|s| s.text)
            .collect()
    };
    assert_eq!(names("p"), ["Colin P. Clarke", "Mike Pompeo"]);
    assert_eq!(names("pom mi"), ["Mike Pompeo"]);
    assert!(names("Mike Pompeo").is_empty());
    assert_eq!(names("").len(), 3);
    assert_eq!(k.suggest(Field::Verdict.offer(), "f")[0].text, "False");
    assert!(k.suggest(Field::Note.offer(), "").is_empty());
}

#[test]
fn an_edit_closed_after_choosing_its_quote_again_comes_back_with_the_new_quote() {
    let claim = ClaimEntry {
        id: "a".into(),
        claimant: "A".into(),
        summary: "s".into(),
        selector: selector("old words"),
        ..ClaimEntry::default()
    };
    let open = || {
        Form::new(
            Purpose::EditClaim { claim: 0 },
            7..16,
            claim.selector.clone(),
            &Form::claim_values(&claim),
            Some(Entry::Claim(claim.clone())),
        )
    };
    let mut form = open();
    assert!(!form.is_dirty());
    form.requote(30..39, selector("new words"));
    assert!(form.is_dirty(), "a new quote is worth keeping");
    assert_eq!(
        form.key(FormKey::Cancel, &known()),
        FormOutcome::Close { kept: true }
    );
    let mut again = open();
    again.restore(&form);
    assert_eq!(again.selector.exact, "new words");
    assert_eq!(again.quote, 30..39);
}

/// An affiliation's suggestions: the person's own first (whoever is typed beside it, in
/// any letter case), then the file's by how many of its people have them, the drafter's
/// last; with no person typed, the file's most used first.
#[test]
fn affiliations_offer_the_person_s_own_first_then_the_most_used() {
    let person = |name: &str, affiliation: &str, drafted: bool| KnownPerson {
        name: name.into(),
        affiliation: Some(affiliation.into()),
        drafted,
    };
    let k = Known {
        people: vec![
            person("Ann A", "Rand", false),
            person("Bo B", "Soufan Group", false),
            person("Cy C", "Soufan Group", false),
            person("Di D", "New America", true),
            person("Ed E", "soufan group", false),
            person("Flo F", "New America", true),
        ],
        verdicts: Vec::new(),
    };
    let offered = |name: &str| -> Vec<String> {
        k.suggest_for(Field::Affiliation.offer(), "", name)
            .into_iter()
            .map(|s| s.text)
            .collect()
    };
    assert_eq!(offered(""), ["Soufan Group", "Rand", "New America"]);
    assert_eq!(offered("ann a"), ["Rand", "Soufan Group", "New America"]);
    assert_eq!(offered("Flo F"), ["New America", "Soufan Group", "Rand"]);
    assert_eq!(offered("Nobody"), offered(""));
    // In a response's form, the expert typed decides.
    let mut form = Form::new(
        Purpose::NewResponse { claim: 0 },
        0..4,
        Default::default(),
        &[(Field::Expert, "Ann A".into())],
        None,
    );
    while form.field() != Field::Affiliation {
        form.key(FormKey::NextField, &k);
    }
    form.key(FormKey::NextSuggestion, &k);
    assert_eq!(form.suggestions[0].text, "Rand");
}

#[test]
fn calendar_dates_are_iso_8601_at_any_precision_and_real() {
    use crate::reader::model::form::is_calendar_date;
    for good in [
        "",
        "2021-01-12",
        "2021-01",
        "2021",
        "2024-02-29",
        "2000-02-29",
        "0001-12-31",
    ] {
        assert!(is_calendar_date(good), "{good}");
    }
    for bad in [
        "yesterday",
        "2021-1-12",
        "21-01-12",
        "2021-13-01",
        "2021-00-10",
        "2021-04-31",
        "2023-02-29",
        "1900-02-29",
        "0000-01-01",
        "2021-01-12-",
        "2021/01/12",
        "٢٠٢١-٠١-١٢",
        "+2021-01-12",
        " 2021",
    ] {
        assert!(!is_calendar_date(bad), "{bad}");
    }
}

/// A date typed that is no calendar date keeps the form open on the date field; a date
/// the file already had, in its own words, saves unchanged.
#[test]
fn a_typed_date_must_be_a_calendar_date_and_a_kept_one_need_not() {
    let mut form = claim_form();
    form.key(FormKey::Text("Mike Pompeo".into()), &known());
    let date = form
        .fields
        .iter()
        .position(|(f, _)| *f == Field::Date)
        .unwrap();
    form.focus = date;
    form.key(FormKey::Text("yesterday".into()), &known());
    assert_eq!(form.key(FormKey::Submit, &known()), FormOutcome::Open);
    assert_eq!(form.focus, date);
    assert!(
        form.error
            .as_deref()
            .is_some_and(|e| e.contains("YYYY-MM-DD")),
        "{:?}",
        form.error
    );
    form.key(FormKey::Edit(Edit::KillToStart), &known());
    form.key(FormKey::Text("2021-01-12".into()), &known());
    assert!(matches!(
        form.key(FormKey::Submit, &known()),
        FormOutcome::Save(_)
    ));

    let kept = Form::new(
        Purpose::EditClaim { claim: 0 },
        7..20,
        selector("new home base"),
        &[
            (Field::Claimant, "Mike Pompeo".into()),
            (Field::Date, "January 2021".into()),
        ],
        None,
    );
    let mut kept = kept;
    assert!(matches!(
        kept.key(FormKey::Submit, &known()),
        FormOutcome::Save(_)
    ));
}

/// Strings as the reader holds a claims file's (shown, one line): words with the
/// marks of control characters, spaces around them, or empty.
fn shown_text() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    prop::collection::vec(
        prop_oneof![
            Just(" ".to_string()),
            Just("␛[2J".to_string()),
            Just("<9B>".to_string()),
            Just("⟨RLO⟩".to_string()),
            Just("⟨ZWSP⟩".to_string()),
            "[a-zé]{1,5}",
        ],
        0..6,
    )
    .prop_map(|pieces| pieces.concat())
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// An edit form saved after one field is typed in gives the entry it was opened on,
    /// every other field exactly as the entry held it (untrimmed, marks and all): the
    /// writer then keeps the file's own text for them (`claims::edit_kept_tests`).
    #[test]
    fn an_edit_form_gives_back_every_field_not_typed_in(
        values in proptest::collection::vec(shown_text(), 9),
        field in 0usize..10,
        new in "[A-Z][a-z]{0,6}",
    ) {
        let text = |i: usize| Some(Text::from(values[i].as_str())).filter(|t| !t.trim().is_empty());
        let claim = ClaimEntry {
            id: "kept".into(),
            claimant: format!("A{}", values[0]).into(),
            role: text(1),
            summary: format!("S{}", values[2]).into(),
            verdict: text(3),
            date: text(4),
            note: text(5),
            selector: selector("the words"),
            ..ClaimEntry::default()
        };
        let response = ResponseEntry {
            expert: format!("E{}", values[6]).into(),
            affiliation: text(7),
            stance: Stance::Disputes,
            selector: selector("other words"),
            source: text(8),
            draft: None,
        };
        let (purpose, shown, base) = if field < 6 {
            (Purpose::EditClaim { claim: 0 }, Form::claim_values(&claim), Entry::Claim(claim.clone()))
        } else {
            (
                Purpose::EditResponse { claim: 0, response: 0 },
                Form::response_values(&response),
                Entry::Response(response.clone()),
            )
        };
        let quoted = match &base {
            Entry::Claim(c) => c.selector.clone(),
            Entry::Response(r) => r.selector.clone(),
        };
        let mut form = Form::new(purpose, 7..16, quoted, &shown, Some(base.clone()));
        let at = if field < 6 { field } else { field - 6 };
        let typed_field = form.fields[at].0;
        let value = if typed_field == Field::Date { "2021-02-03".to_string() } else if typed_field == Field::Stance { "supports".to_string() } else { new.clone() };
        form.fields[at].1 = Line::with(value.clone());
        let FormOutcome::Save(entry) = form.key(FormKey::Submit, &known()) else {
            return Err(proptest::test_runner::TestCaseError::fail(format!("not saved: {:?}", form.error)));
        };
        let expected = match base {
            Entry::Claim(mut c) => {
                let v = Text::from(value.as_str());
                match typed_field {
                    Field::Claimant => c.claimant = v,
                    Field::Role => c.role = Some(v),
                    Field::Summary => c.summary = v,
                    Field::Verdict => c.verdict = Some(v),
                    Field::Date => c.date = Some(v),
                    _ => c.note = Some(v),
                }
                Entry::Claim(c)
            }
            Entry::Response(mut r) => {
                let v = Text::from(value.as_str());
                match typed_field {
                    Field::Expert => r.expert = v,
                    Field::Affiliation => r.affiliation = Some(v),
                    Field::Stance => r.stance = Stance::Supports,
                    _ => r.source = Some(v),
                }
                Entry::Response(r)
            }
        };
        proptest::prop_assert_eq!(*entry, expected);
    }
}
