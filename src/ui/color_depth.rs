//! Fitting a drawn frame to the terminal's colours: 256 or 16 of them, or none (`NO_COLOR`), where reverse video stands in for backgrounds.

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use crate::palette::Depth;

/// The sixteen ANSI colours as xterm shows them, in order.
const ANSI: [(Color, (u8, u8, u8)); 16] = [
    (Color::Black, (0, 0, 0)),
    (Color::Red, (205, 0, 0)),
    (Color::Green, (0, 205, 0)),
    (Color::Yellow, (205, 205, 0)),
    (Color::Blue, (0, 0, 238)),
    (Color::Magenta, (205, 0, 205)),
    (Color::Cyan, (0, 205, 205)),
    (Color::Gray, (229, 229, 229)),
    (Color::DarkGray, (127, 127, 127)),
    (Color::LightRed, (255, 0, 0)),
    (Color::LightGreen, (0, 255, 0)),
    (Color::LightYellow, (255, 255, 0)),
    (Color::LightBlue, (92, 92, 255)),
    (Color::LightMagenta, (255, 0, 255)),
    (Color::LightCyan, (0, 255, 255)),
    (Color::White, (255, 255, 255)),
];

/// The steps of the 256-colour cube's red, green and blue.
const CUBE: [u8; 6] = [0, 95, 135, 175, 215, 255];

/// Rewrites every cell of `buffer` in colours the terminal has. With none, a cell with a
/// background is shown in reverse video and all colour goes; bold, italic and underline stay.
pub fn reduce(buffer: &mut Buffer, depth: Depth) {
    if depth == Depth::TrueColor {
        return;
    }
    // Neighbouring cells mostly share their colours: the last fitting is kept.
    let mut last = (Color::Reset, Color::Reset);
    for cell in &mut buffer.content {
        if depth == Depth::Mono {
            if cell.bg != Color::Reset {
                cell.modifier.insert(Modifier::REVERSED);
            }
            cell.fg = Color::Reset;
            cell.bg = Color::Reset;
        } else {
            for color in [&mut cell.fg, &mut cell.bg] {
                if *color != last.0 {
                    last = (*color, fit(*color, depth));
                }
                *color = last.1;
            }
        }
    }
}

/// The colour nearest `color` among those `depth` offers.
pub fn fit(color: Color, depth: Depth) -> Color {
    let fits = !matches!(
        (depth, color),
        (Depth::Ansi256, Color::Rgb(..)) | (Depth::Ansi16, Color::Rgb(..) | Color::Indexed(16..))
    );
    if fits {
        return color;
    }
    let Some(rgb) = rgb_of(color) else {
        return color;
    };
    match depth {
        Depth::Ansi256 => Color::Indexed(nearest_256(rgb)),
        _ => nearest_ansi(rgb),
    }
}

/// The red, green and blue of a colour given by number or value (not of a named one:
/// those the terminal already has).
fn rgb_of(color: Color) -> Option<(u8, u8, u8)> {
    match color {
        Color::Rgb(r, g, b) => Some((r, g, b)),
        Color::Indexed(n) if n < 16 => Some(ANSI[usize::from(n)].1),
        Color::Indexed(n) if n < 232 => {
            let n = usize::from(n - 16);
            Some((CUBE[n / 36], CUBE[n / 6 % 6], CUBE[n % 6]))
        }
        Color::Indexed(n) => {
            let level = 8 + 10 * (n - 232);
            Some((level, level, level))
        }
        _ => None,
    }
}

fn distance(a: (u8, u8, u8), b: (u8, u8, u8)) -> u32 {
    let d = |x: u8, y: u8| (i32::from(x) - i32::from(y)).unsigned_abs().pow(2);
    // Weighted for the eye: green counts most, blue least.
    3 * d(a.0, b.0) + 4 * d(a.1, b.1) + 2 * d(a.2, b.2)
}

fn nearest_ansi(rgb: (u8, u8, u8)) -> Color {
    ANSI.iter()
        .min_by_key(|(_, value)| distance(*value, rgb))
        .map_or(Color::Reset, |(color, _)| *color)
}

/// The nearest of the 256-colour cube and grey ramp (16-255; 0-15 vary by terminal).
fn nearest_256(rgb: (u8, u8, u8)) -> u8 {
    (16..=255u8)
        .min_by_key(|&n| rgb_of(Color::Indexed(n)).map_or(u32::MAX, |v| distance(v, rgb)))
        .unwrap_or(16)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    #[test]
    fn colours_come_down_to_what_the_terminal_has() {
        assert_eq!(
            fit(Color::Rgb(255, 128, 0), Depth::Ansi256),
            Color::Indexed(208)
        );
        assert_eq!(
            fit(Color::Rgb(250, 250, 250), Depth::Ansi256),
            Color::Indexed(231)
        );
        assert_eq!(
            fit(Color::Rgb(128, 128, 128), Depth::Ansi256),
            Color::Indexed(244)
        );
        assert_eq!(fit(Color::Rgb(255, 128, 0), Depth::Ansi16), Color::Yellow);
        assert_eq!(fit(Color::Indexed(196), Depth::Ansi16), Color::LightRed);
        assert_eq!(fit(Color::Indexed(21), Depth::Ansi16), Color::Blue);
        // Named colours and the first sixteen numbers are the terminal's own already.
        assert_eq!(fit(Color::LightCyan, Depth::Ansi16), Color::LightCyan);
        assert_eq!(fit(Color::Indexed(3), Depth::Ansi16), Color::Indexed(3));
        assert_eq!(
            fit(Color::Indexed(208), Depth::Ansi256),
            Color::Indexed(208)
        );
    }

    #[test]
    fn without_colour_backgrounds_become_reverse_video() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 3, 1));
        buffer.set_string(0, 0, "a", Style::new().fg(Color::Black).bg(Color::Yellow));
        buffer.set_string(
            1,
            0,
            "b",
            Style::new()
                .fg(Color::Red)
                .add_modifier(Modifier::UNDERLINED),
        );
        reduce(&mut buffer, Depth::Mono);
        let a = &buffer.content[0];
        assert_eq!((a.fg, a.bg), (Color::Reset, Color::Reset));
        assert!(a.modifier.contains(Modifier::REVERSED));
        let b = &buffer.content[1];
        assert_eq!(b.fg, Color::Reset);
        assert_eq!(b.modifier, Modifier::UNDERLINED);
        assert!(
            buffer
                .content
                .iter()
                .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
        );
    }
}
