//! Styles for everything drawn, made from the configured colours, and how verdicts are read.

use ratatui::style::{Color, Modifier, Style};

use crate::claims::Stance;
use crate::document::Claim;
use crate::palette::Palette;

/// How a verdict label reads: against the claim, for it, or in between.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerdictClass {
    False,
    Mixed,
    True,
}

/// Classifies a free-form verdict label such as "Dubious", "Half true" or "Accurate": by
/// the words its lower case contains (Unicode lower case, `str::to_lowercase`).
///
/// It is asked for every claim a frame colours (a scrollbar row each, on a long document),
/// and a claims file repeats a few labels, so each thread remembers the last
/// [`REMEMBERED_VERDICTS`] labels it classed (up to [`SHORT_VERDICT`] bytes each) and
/// answers those by comparing bytes, not by the word search. Others are classed anew: a
/// label in ASCII of up to [`SHORT_VERDICT`] bytes lowered on the stack, without an
/// allocation; any other through `str::to_lowercase`, with the same answer.
pub fn verdict_class(verdict: &str) -> VerdictClass {
    if verdict.len() > SHORT_VERDICT {
        return classify(verdict);
    }
    REMEMBERED.with(|remembered| {
        let mut remembered = remembered.borrow_mut();
        if let Some(class) = remembered.find(verdict) {
            return class;
        }
        let class = classify(verdict);
        remembered.add(verdict, class);
        class
    })
}

/// How many distinct verdict labels [`verdict_class`] remembers on each thread.
pub const REMEMBERED_VERDICTS: usize = 16;

thread_local! {
    static REMEMBERED: std::cell::RefCell<Remembered> = const {
        std::cell::RefCell::new(Remembered { labels: Vec::new(), next: 0 })
    };
}

/// The labels [`verdict_class`] classed last on a thread, replaced oldest first once full.
struct Remembered {
    labels: Vec<(Box<str>, VerdictClass)>,
    /// The slot the next new label takes once `labels` is full.
    next: usize,
}

impl Remembered {
    fn find(&self, verdict: &str) -> Option<VerdictClass> {
        self.labels
            .iter()
            .find(|(label, _)| **label == *verdict)
            .map(|&(_, class)| class)
    }

    fn add(&mut self, verdict: &str, class: VerdictClass) {
        let entry = (Box::from(verdict), class);
        if self.labels.len() < REMEMBERED_VERDICTS {
            self.labels.push(entry);
        } else {
            self.labels[self.next] = entry;
            self.next = (self.next + 1) % REMEMBERED_VERDICTS;
        }
    }
}

/// [`verdict_class`] without the remembered labels: the word search itself.
fn classify(verdict: &str) -> VerdictClass {
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

/// The longest verdict label, in bytes, that [`verdict_class`] lowers on the stack.
pub const SHORT_VERDICT: usize = 64;

/// The words that class a verdict label, in lower case, in the order they are tried: the
/// first class with a word inside the label is its class; a label with none is mixed.
const VERDICT_WORDS: [(VerdictClass, &[&str]); 5] = [
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

/// [`verdict_class`] of a label already in lower case.
fn class_of_lowered(v: &str) -> VerdictClass {
    VERDICT_WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| v.contains(w)))
        .map_or(VerdictClass::Mixed, |(class, _)| *class)
}

/// Resolved colours for one screen.
#[derive(Debug, Clone)]
pub struct Theme {
    pub accent: Color,
    pub muted: Color,
    pub claim: Color,
    pub supports: Color,
    pub disputes: Color,
    pub qualifies: Color,
    pub context: Color,
    pub verdict_false: Color,
    pub verdict_mixed: Color,
    pub verdict_true: Color,
    pub status: Style,
    /// The background of text being selected.
    pub selection: Color,
}

impl Theme {
    /// The theme for the state's look and colour options.
    pub fn of(state: &crate::reader::state::State) -> Theme {
        Theme::new(&Palette::new(state.look.theme, &state.config.colors))
    }

    pub fn new(palette: &Palette) -> Theme {
        Theme {
            accent: palette.accent,
            muted: palette.muted,
            claim: palette.claim,
            supports: palette.supports,
            disputes: palette.disputes,
            qualifies: palette.qualifies,
            context: palette.context,
            verdict_false: palette.verdict_false,
            verdict_mixed: palette.verdict_mixed,
            verdict_true: palette.verdict_true,
            status: Style::new().fg(palette.status_fg).bg(palette.status_bg),
            selection: palette.selection,
        }
    }

    pub fn stance(&self, stance: Stance) -> Color {
        match stance {
            Stance::Supports => self.supports,
            Stance::Disputes => self.disputes,
            Stance::Qualifies => self.qualifies,
            Stance::Context => self.context,
        }
    }

    pub fn verdict(&self, verdict: &str) -> Color {
        match verdict_class(verdict) {
            VerdictClass::False => self.verdict_false,
            VerdictClass::Mixed => self.verdict_mixed,
            VerdictClass::True => self.verdict_true,
        }
    }

    /// A claim's colour: its verdict's, else its most common stance's, else the claim colour.
    pub fn claim_color(&self, claim: &Claim) -> Color {
        if let Some(verdict) = claim.entry.verdict_text() {
            return self.verdict(verdict);
        }
        let tally = claim.tally();
        let most = tally.iter().map(|&(_, n)| n).max();
        match tally.iter().find(|&&(_, n)| Some(n) == most) {
            Some(&(stance, _)) => self.stance(stance),
            None => self.claim,
        }
    }

    /// A claim's quote in the text: underlined in its colour, or filled when current.
    pub fn claim_span(&self, claim: &Claim, current: bool) -> Style {
        let color = self.claim_color(claim);
        if current {
            Style::new()
                .fg(Color::Black)
                .bg(color)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().fg(color).add_modifier(Modifier::UNDERLINED)
        }
    }

    /// A response's quote in the text: italic, and in its stance's colour for the current claim.
    pub fn response_span(&self, stance: Stance, current: bool) -> Style {
        let style = Style::new().add_modifier(Modifier::ITALIC);
        if current {
            style
                .fg(self.stance(stance))
                .add_modifier(Modifier::UNDERLINED)
        } else {
            style
        }
    }

    /// Text being selected, laid over any other style: the terminal's text colour on the
    /// selection's background, whatever claim or match colours the text has (with no
    /// colours, the background shows as reverse video). Bold, italics and underlines stay.
    pub fn selected(&self) -> Style {
        Style::new()
            .fg(Color::Reset)
            .bg(self.selection)
            .remove_modifier(Modifier::REVERSED)
    }

    pub fn muted(&self) -> Style {
        Style::new().fg(self.muted)
    }

    /// A verdict badge: the label in reverse video of its colour.
    pub fn badge(&self, verdict: &str) -> Style {
        Style::new()
            .fg(Color::Black)
            .bg(self.verdict(verdict))
            .add_modifier(Modifier::BOLD)
    }
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
                        assert_eq!(verdict_class(&label), reference(&label), "{label:?}");
                        asked += 1;
                    }
                }
            }
        }
        assert!(asked > 1000);
    }

    #[test]
    fn a_remembered_verdict_reads_as_the_word_search_reads_it() {
        // Labels that contain one another, differ in case or by a letter, and more
        // distinct labels than are remembered, asked in rounds so that some are
        // remembered, some were pushed out, and slots are reused by other classes.
        let mut labels: Vec<String> = [
            "true",
            "untrue",
            "True",
            "mostly",
            "Mostly true",
            "Mostly false",
            "Mostly",
            "false",
            "falsey",
            "",
            "İtrue",
            "Half",
        ]
        .map(String::from)
        .to_vec();
        labels.extend((0..REMEMBERED_VERDICTS * 2).map(|i| match i % 3 {
            0 => format!("false {i}"),
            1 => format!("true {i}"),
            _ => format!("neither {i}"),
        }));
        labels.push("x".repeat(SHORT_VERDICT + 1) + "false");
        let mut asked = 0;
        for round in 0..4 {
            for (i, label) in labels.iter().enumerate() {
                // Each round asks a different share of the labels twice in a row.
                for _ in 0..1 + usize::from(i % 4 == round) {
                    assert_eq!(verdict_class(label), classify(label), "{label:?}");
                    asked += 1;
                }
            }
        }
        assert!(asked > 4 * labels.len());
        // A new thread starts with nothing remembered and reads the same.
        let label = labels[5].clone();
        let other = std::thread::spawn(move || verdict_class(&label))
            .join()
            .unwrap();
        assert_eq!(other, VerdictClass::False);
    }

    #[test]
    fn verdicts_are_read_by_their_words() {
        assert_eq!(verdict_class("Dubious"), VerdictClass::False);
        assert_eq!(verdict_class("Pants on Fire!"), VerdictClass::False);
        assert_eq!(verdict_class("Mostly False"), VerdictClass::False);
        assert_eq!(verdict_class("Half True"), VerdictClass::Mixed);
        assert_eq!(verdict_class("Mostly true"), VerdictClass::True);
        assert_eq!(verdict_class("Accurate"), VerdictClass::True);
        assert_eq!(verdict_class("Needs context"), VerdictClass::Mixed);
        assert_eq!(verdict_class("Whatever"), VerdictClass::Mixed);
    }
}
