//! A sidebar row: its text as pieces in tones, the claim or response it belongs to, and whether it heads a claim's entry.

use crate::claims::Stance;
use crate::claims::verdict::VerdictClass;

/// What a sidebar row belongs to, for keeping the selection in view and for clicks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Claim(usize),
    Response(usize, usize),
}

/// How a piece of a row is set; drawing gives each tone its style from the theme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Bold,
    /// Bold in reverse video: the selected item's name while the sidebar has the focus.
    BoldReversed,
    Italic,
    Muted,
    MutedItalic,
    /// The accent colour: the selection marks, the current claim's number.
    Accent,
    /// The colour of a false verdict: anchoring warnings.
    Warning,
    /// The colour of a mixed verdict: a quote placed approximately.
    Approximate,
    /// A stance's colour.
    Stance(Stance),
    /// A stance's colour, bold.
    StanceBold(Stance),
    /// The colour of verdicts of this class.
    Verdict(VerdictClass),
    /// A verdict badge: the label in reverse video of its class's colour.
    Badge(VerdictClass),
}

/// A run of a row's text in one tone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub tone: Tone,
}

impl Piece {
    /// `text` in `tone`.
    pub fn new(text: impl Into<String>, tone: Tone) -> Piece {
        Piece {
            text: text.into(),
            tone,
        }
    }

    /// `text` unstyled.
    pub fn plain(text: impl Into<String>) -> Piece {
        Piece::new(text, Tone::Plain)
    }
}

/// One row of the sidebar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The row's text, left to right (none for a blank row).
    pub pieces: Vec<Piece>,
    pub owner: Owner,
    /// The row that heads a claim's entry (number, claimant, verdict).
    pub header: bool,
}

impl Row {
    /// Whether the row shows nothing (a blank row between entries).
    pub fn is_blank(&self) -> bool {
        self.pieces.iter().all(|p| p.text.is_empty())
    }

    /// The row's text without its tones.
    #[cfg(test)]
    pub fn text(&self) -> String {
        self.pieces.iter().map(|p| p.text.as_str()).collect()
    }
}
