//! `counterpoint render`: the screen for a size and a key sequence, as text, with no terminal.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use unicode_width::UnicodeWidthStr;

use crate::error::{Error, Result};
use crate::keys::keymap::KeySpec;
use crate::reader::action::Action;
use crate::reader::state::State;
use crate::reader::update::update;

/// Parses `COLUMNSxROWS`, such as `120x40`.
///
/// # Errors
/// [`Error::Usage`] ("--size TEXT: give COLUMNSxROWS, such as 120x40") when `text` is not
/// two whole numbers joined by `x` or `X`; when either is 0 or over [`MAX_SIDE`], the
/// message names the limit and a size to give instead.
pub fn parse_size(text: &str) -> Result<(u16, u16)> {
    let parse = |part: Option<&str>| part.and_then(|p| p.trim().parse::<u64>().ok());
    let mut parts = text.split(['x', 'X']);
    match (parse(parts.next()), parse(parts.next()), parts.next()) {
        (Some(width), Some(height), None) => {
            let fits = |n: u64| (1..=u64::from(MAX_SIDE)).contains(&n);
            if fits(width) && fits(height) {
                Ok((width as u16, height as u16))
            } else {
                Err(Error::Usage(format!(
                    "--size {text}: columns and rows go from 1 to {MAX_SIDE}; give a size within \
                     {MAX_SIDE}x{MAX_SIDE}, such as {}x{}",
                    width.clamp(1, u64::from(MAX_SIDE)),
                    height.clamp(1, u64::from(MAX_SIDE)),
                )))
            }
        }
        _ => Err(Error::Usage(format!(
            "--size {text}: give COLUMNSxROWS, such as 120x40"
        ))),
    }
}

/// The most columns, and the most rows, `render --size` takes: 2000×2000 cells already take
/// four seconds and 575 MB to draw and print, and no terminal is wider than this.
pub const MAX_SIDE: u16 = 1000;

/// Parses a key sequence: each character is a key, and `<Name>` is a named key or chord
/// as in the configuration (`<Tab>`, `<Enter>`, `<Ctrl-d>`, `<Space>`, `<lt>` for `<`).
///
/// # Errors
/// [`Error::Usage`] ("--keys: unknown key …", listing the key names) for the first
/// `<Name>` that is not a key or chord, or the first character that is no key by itself
/// (a tab, a line break, a control character).
pub fn parse_keys(text: &str) -> Result<Vec<KeySpec>> {
    let mut keys = Vec::new();
    let mut rest = text;
    while let Some(ch) = rest.chars().next() {
        if ch == '<'
            && let Some(end) = rest.find('>')
            && end > 1
        {
            let name = &rest[1..end];
            let name = if name.eq_ignore_ascii_case("lt") {
                "<"
            } else {
                name
            };
            keys.push(
                name.parse()
                    .map_err(|e: String| Error::Usage(format!("--keys: {e}")))?,
            );
            rest = &rest[end + 1..];
        } else {
            // A space is the Space key, as every other character is its own key.
            let name = if ch == ' ' {
                "Space".to_string()
            } else {
                ch.to_string()
            };
            keys.push(
                name.parse()
                    .map_err(|e: String| Error::Usage(format!("--keys: {e}")))?,
            );
            rest = &rest[ch.len_utf8()..];
        }
    }
    Ok(keys)
}

/// Sizes the reader, presses `keys` through its key map (keys bound to nothing, and
/// reload, suspend and quit, do nothing here), and returns the screen's rows. No effect
/// `update` returns is carried out: a copy, a link or a draft is only said in the status
/// bar.
pub fn render(state: State, width: u16, height: u16, keys: &[KeySpec]) -> Vec<String> {
    render_from(state, width, height, None, keys)
}

/// [`render`], opening first at `start` (`+N`, `+N%`, `--claim ID`) as the reader does.
pub fn render_from(
    mut state: State,
    width: u16,
    height: u16,
    start: Option<crate::reader::model::resume::StartAt>,
    keys: &[KeySpec],
) -> Vec<String> {
    update(&mut state, Action::Resize { width, height });
    if let Some(start) = start {
        update(&mut state, Action::OpenAt(start));
    }
    for key in keys {
        let event = KeyEvent::new(key.code, key.modifiers);
        let action = crate::reader::mode::key_action(&state, &event);
        match action {
            Some(
                Action::Reload
                | Action::Suspend
                | Action::Redraw
                | Action::Quit
                | Action::ForceQuit,
            )
            | None => {}
            Some(action) => {
                update(&mut state, action);
            }
        }
        // As the loop does between keys: a long search runs to its end.
        while state.search.scan.is_some() {
            update(&mut state, Action::SearchMore);
        }
    }
    let mut terminal = match Terminal::new(TestBackend::new(width, height)) {
        Ok(terminal) => terminal,
        Err(never) => match never {},
    };
    if let Err(never) = terminal.draw(|frame| crate::ui::draw(frame, &state)) {
        match never {}
    }
    buffer_rows(terminal.backend().buffer())
        .into_iter()
        .map(|row| row.trim_end().to_string())
        .collect()
}

/// The text of each row of a drawn buffer, wide characters counted once, trailing spaces kept.
pub fn buffer_rows(buffer: &Buffer) -> Vec<String> {
    let area = buffer.area;
    (0..area.height)
        .map(|y| {
            let mut row = String::new();
            let mut covered = 0;
            for x in 0..area.width {
                let symbol = buffer[(x, y)].symbol();
                if covered > 0 {
                    covered -= 1;
                    continue;
                }
                row.push_str(symbol);
                covered = symbol.width().saturating_sub(1);
            }
            row
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_key_sequences_parse() {
        assert_eq!(parse_size("120x40").unwrap(), (120, 40));
        assert!(
            parse_size("120").is_err()
                && parse_size("0x10").is_err()
                && parse_size("1x2x3").is_err()
                && parse_size("1000x1000").is_ok()
                && parse_size("1000x1001").is_err()
        );
        let keys = parse_keys("n<Tab>j<Ctrl-d><lt>").unwrap();
        let shown: Vec<String> = keys.iter().map(ToString::to_string).collect();
        assert_eq!(shown, ["n", "Tab", "j", "Ctrl-d", "<"]);
        assert!(
            parse_keys("<Hyper-x>")
                .unwrap_err()
                .to_string()
                .contains("unknown key")
        );
    }

    #[test]
    fn render_presses_keys_and_returns_the_screen() {
        let loaded = crate::document::source::load(None, None).unwrap();
        let state = State::new(loaded.doc, crate::config::Config::default());
        let rows = render(state, 100, 30, &parse_keys("nnn").unwrap());
        assert_eq!(rows.len(), 30);
        assert!(rows[29].contains("claim 3 of 9"), "{}", rows[29]);
        assert!(rows.iter().any(|r| r.contains("Nelly Lahoud")));
    }
}
