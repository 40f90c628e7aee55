//! Draft-level tests of the learned resolver on invented articles: a nickname's surname, a document and a body's description speak for the person or body the article named, and a full name the rules read stays.

use crate::draft::test_articles::{draft, said};

/// The speaker drafted for the statement holding `words`.
fn speaker(text: &str, words: &str) -> String {
    let x = draft(text);
    x.speaker(said(&x, text, words)).name.clone()
}

#[test]
fn a_surname_after_a_nicknamed_full_name_is_that_person() {
    for (full, short) in [
        ("Jamal \"Jet\" Okonkwo-Reyes", "Okonkwo-Reyes"),
        ("Marisol \"Sol\" Eberhardt-Luna", "Eberhardt-Luna"),
        ("Kwame \"Doc\" Asante-Whitfield", "Asante-Whitfield"),
    ] {
        let text = format!(
            "The striker {full} scored twice on Saturday.\n\n\
             \"I felt the contact and I went down,\" {short} said after the match."
        );
        assert_eq!(speaker(&text, "I felt the contact"), full, "{text}");
    }
}

#[test]
fn a_full_name_the_rules_read_is_kept() {
    for (first, second) in [("Ana Ruiz", "Leo Park"), ("Mara Quill", "Tobias Fenn")] {
        let text = format!(
            "{first} met {second} on Monday to talk about the budget.\n\n\
             {second} said the council had run out of time to agree a plan."
        );
        assert_eq!(speaker(&text, "the council had run out"), second, "{text}");
    }
}
