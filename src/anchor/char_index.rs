//! Character positions (as the Web Annotation TextPositionSelector counts them) and byte offsets, converted both ways.

/// How many characters lie between two checkpoints.
const STEP: usize = 256;

/// Checkpoints through a text so that a character position becomes a byte offset, and
/// back, by scanning at most [`STEP`] characters: positions in a claims file count
/// characters (Unicode scalar values), while every place in the program is a byte offset.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// The byte offset of character `STEP * i`.
    checkpoints: Vec<usize>,
    /// How many characters the text has.
    chars: usize,
}

impl CharIndex {
    pub fn new(text: &str) -> CharIndex {
        let mut checkpoints = Vec::with_capacity(text.len() / STEP + 1);
        let mut chars = 0;
        for (at, _) in text.char_indices() {
            if chars % STEP == 0 {
                checkpoints.push(at);
            }
            chars += 1;
        }
        // The position just past the end has a checkpoint too when it falls on a step.
        if checkpoints.is_empty() || chars % STEP == 0 {
            checkpoints.push(text.len());
        }
        CharIndex { checkpoints, chars }
    }

    /// How many characters the text has.
    pub fn len(&self) -> usize {
        self.chars
    }

    pub fn is_empty(&self) -> bool {
        self.chars == 0
    }

    /// The byte offset of character `position` (the text's length for the position just
    /// past its end), or `None` beyond that.
    pub fn byte_of(&self, text: &str, position: usize) -> Option<usize> {
        if position > self.chars {
            return None;
        }
        let from = self.checkpoints[position / STEP];
        let skip = position % STEP;
        Some(
            text[from..]
                .char_indices()
                .nth(skip)
                .map_or(text.len(), |(at, _)| from + at),
        )
    }

    /// How many characters start before byte `offset` (clamped to the text's length).
    pub fn char_of(&self, text: &str, offset: usize) -> usize {
        let offset = offset.min(text.len());
        let checkpoint = self.checkpoints.partition_point(|&at| at <= offset) - 1;
        let from = self.checkpoints[checkpoint];
        checkpoint * STEP
            + text[from..]
                .char_indices()
                .take_while(|&(at, _)| from + at < offset)
                .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_end_of_a_text_a_whole_number_of_steps_long_has_an_offset() {
        let text = "é".repeat(STEP);
        let index = CharIndex::new(&text);
        assert_eq!(index.byte_of(&text, STEP), Some(text.len()));
        assert_eq!(index.byte_of(&text, STEP + 1), None);
    }

    #[test]
    fn positions_and_offsets_convert_both_ways() {
        let text = "aé“b”".repeat(300);
        let index = CharIndex::new(&text);
        assert_eq!(index.len(), 1500);
        for (position, (at, _)) in text.char_indices().enumerate() {
            assert_eq!(index.byte_of(&text, position), Some(at));
            assert_eq!(index.char_of(&text, at), position);
        }
        assert_eq!(index.byte_of(&text, 1500), Some(text.len()));
        assert_eq!(index.byte_of(&text, 1501), None);
        assert_eq!(index.char_of(&text, text.len()), 1500);
        // Inside "é": it starts before, so it counts.
        assert_eq!(index.char_of(&text, 2), 2);
    }

    #[test]
    fn an_empty_text_has_one_position() {
        let index = CharIndex::new("");
        assert!(index.is_empty());
        assert_eq!(index.byte_of("", 0), Some(0));
        assert_eq!(index.byte_of("", 1), None);
        assert_eq!(index.char_of("", 5), 0);
    }
}
