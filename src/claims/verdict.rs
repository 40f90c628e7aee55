//! How a free-form verdict label reads (against the claim, for it, or in between), by the words it contains.

/// How a verdict label reads: against the claim, for it, or in between. One byte, so a
/// claim keeps its label's class beside its other small fields (`document::Claim`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerdictClass {
    False,
    Mixed,
    True,
}

impl VerdictClass {
    /// Classifies a verdict label such as "Dubious", "Half true" or "Accurate" by the words
    /// its lower case contains (Unicode lower case, `str::to_lowercase`): the first class
    /// of [`VERDICT_WORDS`] with a word inside the label; a label with none is mixed.
    ///
    /// Some 30 substring searches, so it is asked once a label, when a claim is loaded or
    /// edited, and the class is kept. A label in ASCII of up to [`SHORT_VERDICT`] bytes is
    /// lowered on the stack, without an allocation; any other through `str::to_lowercase`,
    /// with the same answer.
    pub fn of(verdict: &str) -> VerdictClass {
        if verdict.is_ascii() && verdict.len() <= SHORT_VERDICT {
            let mut lower = [0u8; SHORT_VERDICT];
            let lower = &mut lower[..verdict.len()];
            lower.copy_from_slice(verdict.as_bytes());
            lower.make_ascii_lowercase();
            // ASCII lowered stays ASCII, so it is UTF-8.
            if let Ok(lower) = std::str::from_utf8(lower) {
                return class_of_lowered(lower);
            }
        }
        class_of_lowered(&verdict.to_lowercase())
    }
}

/// The longest verdict label, in bytes, that [`VerdictClass::of`] lowers on the stack.
pub const SHORT_VERDICT: usize = 64;

/// The words that class a verdict label, in lower case, in the order they are tried: the
/// first class with a word inside the label is its class; a label with none is mixed.
pub const VERDICT_WORDS: [(VerdictClass, &[&str]); 5] = [
    (VerdictClass::False, &["mostly false", "mostly untrue"]),
    (VerdictClass::True, &["mostly true", "mostly accurate"]),
    (
        VerdictClass::Mixed,
        &[
            "half",
            "mix",
            "partly",
            "partial",
            "unproven",
            "unverified",
            "context",
            "exaggerat",
            "mostly",
        ],
    ),
    (
        VerdictClass::False,
        &[
            "false",
            "untrue",
            "dubious",
            "mislead",
            "unsupported",
            "disputed",
            "contradict",
            "wrong",
            "incorrect",
            "inaccurate",
            "fake",
            "pants on fire",
            "baseless",
            "no evidence",
        ],
    ),
    (
        VerdictClass::True,
        &[
            "true",
            "accurate",
            "correct",
            "supported",
            "confirmed",
            "verified",
        ],
    ),
];

/// [`VerdictClass::of`] a label already in lower case.
fn class_of_lowered(v: &str) -> VerdictClass {
    VERDICT_WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| v.contains(w)))
        .map_or(VerdictClass::Mixed, |(class, _)| *class)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lowering on the stack gives what `str::to_lowercase` gives: every word of every
    /// class, in three letter cases, alone and inside other words, at lengths either side
    /// of [`SHORT_VERDICT`], and labels whose lower case is not ASCII or changes length.
    #[test]
    fn a_verdict_lowered_on_the_stack_reads_as_to_lowercase_reads_it() {
        let words = VERDICT_WORDS
            .iter()
            .flat_map(|(_, words)| words.iter().copied())
            .chain(["whatever", ""]);
        let cases: [fn(&str) -> String; 3] = [str::to_string, str::to_uppercase, |w: &str| {
            w.char_indices()
                .map(|(i, c)| {
                    if i % 2 == 0 {
                        c.to_ascii_uppercase()
                    } else {
                        c
                    }
                })
                .collect()
        }];
        let reference = |v: &str| class_of_lowered(&v.to_lowercase());
        let mut asked = 0;
        for word in words {
            for case in cases {
                let word = case(word);
                for pad in [
                    0,
                    1,
                    SHORT_VERDICT - word.len().min(SHORT_VERDICT),
                    SHORT_VERDICT,
                ] {
                    for label in [
                        format!("{}{word}", "x".repeat(pad)),
                        format!("Not {word}!{}", "Y".repeat(pad)),
                        format!("İ{word}"),
                        format!("É{word}Ω"),
                    ] {
                        assert_eq!(VerdictClass::of(&label), reference(&label), "{label:?}");
                        asked += 1;
                    }
                }
            }
        }
        assert!(asked > 1000);
    }

    #[test]
    fn verdicts_are_read_by_their_words() {
        for (label, class) in [
            ("Dubious", VerdictClass::False),
            ("Pants on Fire!", VerdictClass::False),
            ("Mostly False", VerdictClass::False),
            ("Half True", VerdictClass::Mixed),
            ("Mostly true", VerdictClass::True),
            ("Accurate", VerdictClass::True),
            ("Inaccurate", VerdictClass::False),
            ("Needs context", VerdictClass::Mixed),
            ("Whatever", VerdictClass::Mixed),
            ("", VerdictClass::Mixed),
        ] {
            assert_eq!(VerdictClass::of(label), class, "{label:?}");
        }
    }
}
