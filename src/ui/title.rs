//! Fitting an overlay's title to its border: one rule for every box, the least needed parts dropped first and a `…` wherever something is cut.

use crate::layout::display_width;

/// A box's title in parts, most needed first: its name, the hints after it (the first
/// most needed) and the way to close it, which is kept longest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title {
    /// What the box is (`Filter claims`).
    pub name: String,
    /// The keys' hints after the name (`Enter chooses`), the least needed last.
    pub hints: Vec<String>,
    /// The way out in full (`q closes`) and in short (`q`), when the box says one.
    pub close: Option<(String, String)>,
}

impl Title {
    /// A title of `name` alone.
    pub fn named(name: impl Into<String>) -> Self {
        Title {
            name: name.into(),
            hints: Vec::new(),
            close: None,
        }
    }

    /// This title with `hint` added after the others.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// This title closed by `key`, said `{key} closes` where there is room.
    pub fn closed_by(mut self, key: impl Into<String>) -> Self {
        let key = key.into();
        self.close = Some((format!("{key} closes"), key));
        self
    }

    /// The title in full, as drawn when there is room: ` name · hints · close `.
    pub fn full(&self) -> String {
        let mut parts = vec![self.name.clone()];
        parts.extend(self.hints.iter().cloned());
        parts.extend(self.close.iter().map(|(full, _)| full.clone()));
        framed(&parts)
    }

    /// The title in at most `room` columns: in full where it fits; else the hints dropped
    /// from the last (a `…` where they were), then the name shortened at a word's end
    /// with `…`, then the way out said by its key alone, then dropped; a title with no
    /// room even for its name's first word is cut with `…` mid-word, never silently.
    pub fn fit(&self, room: usize) -> String {
        let full = self.full();
        if display_width(&full) <= room {
            return full;
        }
        let closes: Vec<Option<&str>> = match &self.close {
            Some((full, short)) => vec![Some(full), Some(short), None],
            None => vec![None],
        };
        let with_close = |mut parts: Vec<String>, close: Option<&str>| {
            parts.extend(close.map(str::to_string));
            framed(&parts)
        };
        // Hints dropped from the last, the way out said in full.
        for kept in (0..self.hints.len()).rev() {
            let mut parts = vec![self.name.clone()];
            parts.extend(self.hints[..kept].iter().cloned());
            parts.push("…".to_string());
            let title = with_close(parts, closes[0]);
            if display_width(&title) <= room {
                return title;
            }
        }
        // The name shortened at a word's end, with every way of saying the way out.
        let cut = !self.hints.is_empty();
        for close in &closes {
            let rest = with_close(Vec::new(), *close);
            // ` · ` joins the name to the way out; the frame's spaces are in `rest`.
            let joint = if close.is_some() { 3 } else { 0 };
            let name_room = room.saturating_sub(display_width(&rest) + joint);
            // Dropping the way out is a cut too.
            let cut = cut || (close.is_none() && self.close.is_some());
            if let Some(name) = words_fit(&self.name, name_room, cut) {
                let mut parts = vec![name];
                parts.extend(close.map(str::to_string));
                return framed(&parts);
            }
        }
        // Not even the name's first word: cut mid-word, marked (something was dropped,
        // so a name that would fit whole still shows a `…` after it).
        let (inner, frame) = if room >= 3 {
            (room - 2, " ")
        } else {
            (room, "")
        };
        let name = &self.name;
        let shown = match display_width(name) {
            width if width < inner => format!("{name}…"),
            width if width == inner => crate::text::ellipsize(name, inner - 1),
            _ => crate::text::ellipsize(name, inner),
        };
        format!("{frame}{shown}{frame}")
    }
}

/// A one-line notice in at most `room` columns: whole where it fits; else its words
/// shortened at a word's end with `…`, keeping a closing figure (`45%`, `3/10`) whole;
/// cut mid-word with `…` only when not even its first word fits.
pub fn fit_words(text: &str, room: usize) -> String {
    if display_width(text) <= room {
        return text.to_string();
    }
    let (lead, trail) = (text.len() - text.trim_start().len(), text.trim_end());
    let margin = if trail.len() < text.len() { " " } else { "" };
    let body = &trail[lead..];
    let pad = &text[..lead];
    let (words, figure) = match body.rsplit_once(' ') {
        Some((words, last)) if last.starts_with(|c: char| c.is_ascii_digit()) => {
            (words, format!(" {last}"))
        }
        _ => (body, String::new()),
    };
    let frame = display_width(pad) + display_width(margin) + display_width(&figure);
    let parts: Vec<&str> = words.split(' ').collect();
    let shortened = (1..parts.len()).rev().find_map(|n| {
        let kept = parts[..n].join(" ");
        let shown = format!("{}…", kept.trim_end_matches('…'));
        (display_width(&shown) + frame <= room).then_some(shown)
    });
    match shortened {
        Some(words) => format!("{pad}{words}{figure}{margin}"),
        None => crate::text::ellipsize(text, room),
    }
}

/// `parts` joined by ` · ` between a space on each side (the border's margin).
fn framed(parts: &[String]) -> String {
    format!(" {} ", parts.join(" · "))
}

/// `name` in at most `room` columns: whole when it fits (and `cut` is false, nothing
/// after it dropped), else as many of its first words as fit followed by `…`; `None`
/// when not even its first word and the `…` fit.
fn words_fit(name: &str, room: usize, cut: bool) -> Option<String> {
    let width = display_width(name);
    if !cut && width <= room {
        return Some(name.to_string());
    }
    if cut && width < room {
        return Some(format!("{name}…"));
    }
    let words: Vec<&str> = name.split(' ').collect();
    (1..words.len())
        .rev()
        .map(|n| format!("{}…", words[..n].join(" ")))
        .find(|shown| display_width(shown) <= room)
}

#[cfg(test)]
#[path = "title_tests.rs"]
mod tests;
