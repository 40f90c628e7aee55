//! Styles for everything drawn, made from the configured colours.

use ratatui::style::{Color, Modifier, Style};

use crate::claims::Stance;
use crate::claims::verdict::VerdictClass;
use crate::document::Claim;
use crate::palette::Palette;

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

    /// The colour of a verdict of this class.
    pub fn verdict(&self, class: VerdictClass) -> Color {
        match class {
            VerdictClass::False => self.verdict_false,
            VerdictClass::Mixed => self.verdict_mixed,
            VerdictClass::True => self.verdict_true,
        }
    }

    /// A claim's colour: its verdict's (the class kept on the claim), else its most common
    /// stance's, else the claim colour.
    pub fn claim_color(&self, claim: &Claim) -> Color {
        if let Some(class) = claim.verdict_class() {
            return self.verdict(class);
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

    /// A verdict badge: the label in reverse video of its class's colour.
    pub fn badge(&self, class: VerdictClass) -> Style {
        Style::new()
            .fg(Color::Black)
            .bg(self.verdict(class))
            .add_modifier(Modifier::BOLD)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::change::Change;
    use crate::claims::review::ReviewEntry;
    use crate::claims::{ClaimEntry, examples};
    use crate::document::Document;
    use crate::reader::state::State;

    /// Verdicts of every class, one a review's rating standing in for the file's verdict
    /// (`Some(false)`: given as a review), and none.
    const LABELS: [(Option<&str>, bool); 8] = [
        (Some("False"), true),
        (Some("Half true"), true),
        (Some("Accurate"), true),
        (Some("Pants on Fire!"), true),
        (Some("Mostly true"), true),
        (Some("İnaccurate"), true),
        (Some("Needs context"), false),
        (None, true),
    ];

    /// Claim `c{i}` with the `i`th label of [`LABELS`] (taken round).
    fn labelled(id: usize, label: usize) -> ClaimEntry {
        let (verdict, in_file) = LABELS[label % LABELS.len()];
        let rating = |file: bool| verdict.filter(|_| file == in_file).map(String::from);
        ClaimEntry {
            verdict: rating(true).map(Into::into),
            reviews: rating(false)
                .map(|rating| ReviewEntry {
                    rating: Some(rating),
                    ..ReviewEntry::default()
                })
                .into_iter()
                .collect(),
            ..examples::claim(&format!("c{id}"))
        }
    }

    /// The colour a claim of label `label` should have: its verdict class's, or the claim
    /// colour (no verdict and no responses).
    fn wanted(theme: &Theme, label: usize) -> Color {
        LABELS[label % LABELS.len()]
            .0
            .map_or(theme.claim, |v| theme.verdict(VerdictClass::of(v)))
    }

    /// The background of the first cell of `text` on screen, if it is shown.
    fn background_of(buffer: &ratatui::buffer::Buffer, text: &str) -> Option<Color> {
        let area = buffer.area;
        (area.top()..area.bottom()).find_map(|y| {
            let row: Vec<&str> = (area.left()..area.right())
                .map(|x| buffer[(x, y)].symbol())
                .collect();
            let at = (0..row.len()).find(|&x| row[x..].concat().starts_with(text))?;
            Some(buffer[(area.left() + at as u16, y)].bg)
        })
    }

    /// A claim is drawn in the colour of the verdict class it keeps (classed at load and
    /// again by each edit): its quote, and its badge in the sidebar, for every label, after
    /// the labels are loaded and after each claim's label is edited to the next one's.
    #[test]
    fn a_claim_is_drawn_in_the_colour_of_the_verdict_class_it_keeps() {
        let n = LABELS.len();
        let body: String = (0..n)
            .map(|i| format!("Words of quote c{i} here.\n\n"))
            .collect();
        let article = crate::article::Article::from_text("t.md", &body).unwrap();
        let entries = (0..n).map(|i| labelled(i, i)).collect();
        let mut state = State::at_120x40(Document::new(article, entries));
        let theme = Theme::of(&state);
        let classes: std::collections::HashSet<_> = (0..n).map(|i| wanted(&theme, i)).collect();
        assert!(classes.len() >= 4, "the labels are of different colours");
        for shift in 0..3 {
            for i in 0..n {
                let claim = &state.doc.claims[state.doc.reading_index(i).unwrap()];
                let label = i + shift;
                assert_eq!(
                    theme.claim_color(claim),
                    wanted(&theme, label),
                    "c{i} {shift}"
                );
                let badge = LABELS[label % n].0;
                assert_eq!(
                    claim.verdict_class(),
                    badge.map(VerdictClass::of),
                    "c{i} {shift}"
                );
            }
            let mut terminal =
                ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
            terminal
                .draw(|frame| crate::ui::draw(frame, &state))
                .unwrap();
            let buffer = terminal.backend().buffer();
            for i in 0..n {
                let Some(label) = LABELS[(i + shift) % n].0 else {
                    continue;
                };
                let badge = background_of(buffer, &format!(" {label} "));
                let colour = theme.verdict(VerdictClass::of(label));
                assert_eq!(badge, Some(colour), "{label:?} {shift}");
            }
            // Each claim's label becomes the next one's, through the document's edits.
            for i in 0..n {
                let change = Change::SetClaim {
                    at: i,
                    entry: labelled(i, i + shift + 1),
                };
                state.doc.apply(&change).unwrap();
            }
        }
    }
}
