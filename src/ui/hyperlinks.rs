//! OSC 8 hyperlinks: the cells of every link on screen carry its address, so the terminal can open it on a click (where the terminal supports them).

use ratatui::buffer::{Buffer, CellDiffOption};
use unicode_segmentation::UnicodeSegmentation;

use crate::reader::state::State;

/// Wraps the cells of the article's links on screen in OSC 8 sequences. Each cell says
/// its link's address (and the link's number as its id, so the terminal treats a link
/// broken over lines as one) and keeps the width it is drawn with.
pub fn mark(buffer: &mut Buffer, state: &State) {
    let article = &state.doc.article;
    if !state.hyperlinks || article.links.is_empty() {
        return;
    }
    let pane = state.screen.article.intersection(buffer.area);
    let lines = state
        .layout
        .lines_from(article, state.view.top)
        .take(usize::from(pane.height));
    for (row, (at, line)) in lines.enumerate() {
        if !line.kind.is_body() {
            continue;
        }
        let range = line.range.clone();
        let first = article
            .links
            .partition_point(|l| l.range.end <= range.start);
        let touching: Vec<(usize, &crate::article::rich::Link)> = article.links[first..]
            .iter()
            .enumerate()
            .take_while(|(_, l)| l.range.start < range.end)
            .filter(|(_, l)| safe(&l.url))
            .map(|(i, l)| (first + i, l))
            .collect();
        if touching.is_empty() {
            continue;
        }
        let lead = at
            .block
            .checked_sub(1)
            .and_then(|p| article.paragraphs.get(p))
            .map_or(0, |p| p.lead.width());
        let y = pane.y + row as u16;
        let mut x = usize::from(pane.x + state.screen.indent + state.screen.gutter) + lead;
        for (offset, grapheme) in article.body[range.clone()].grapheme_indices(true) {
            // Soft hyphens, zero-width spaces and word joiners are not drawn.
            if grapheme.chars().all(crate::wrap::is_invisible_break) {
                continue;
            }
            let width = crate::layout::display_width(grapheme).max(1);
            let byte = range.start + offset;
            let link = touching.iter().find(|(_, l)| l.range.contains(&byte));
            if let Some(&(number, link)) = link
                && let Ok(column) = u16::try_from(x)
                && let Some(cell) = buffer.cell_mut((column, y))
            {
                let symbol = format!(
                    "\x1b]8;id=cp{};{}\x07{}\x1b]8;;\x07",
                    number + 1,
                    link.url,
                    cell.symbol()
                );
                cell.set_symbol(&symbol);
                if let Some(width) = std::num::NonZeroU16::new(width as u16) {
                    cell.set_diff_option(CellDiffOption::ForcedWidth(width));
                }
            }
            x += width;
        }
    }
}

/// Whether an address can go into an escape sequence as it is: an address the reader
/// would open, in printable ASCII (nothing that could end the sequence early).
fn safe(url: &str) -> bool {
    crate::reader::model::links::openable(url) && url.bytes().all(|b| (0x21..0x7f).contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    #[test]
    fn link_cells_carry_their_address_and_keep_their_width() {
        let text =
            "Read [the report](https://example.org/r) today, or [this](javascript:alert(1)).\n";
        let article = crate::article::Article::from_text("a.md", text).unwrap();
        let doc = crate::document::Document::new(article, Vec::new());
        let mut state = State::new(doc, crate::config::Config::default());
        crate::reader::update::update(
            &mut state,
            crate::reader::action::Action::Resize {
                width: 80,
                height: 6,
            },
        );
        state.hyperlinks = true;
        let mut terminal = Terminal::new(TestBackend::new(80, 6)).unwrap();
        let frame = terminal
            .draw(|frame| crate::ui::draw(frame, &state))
            .unwrap();
        let buffer = frame.buffer;
        let linked: Vec<&str> = buffer
            .content
            .iter()
            .filter(|c| c.symbol().starts_with("\x1b]8;"))
            .map(|c| c.symbol())
            .collect();
        assert_eq!(linked.len(), "the report".len(), "{linked:?}");
        assert_eq!(
            linked[0],
            "\x1b]8;id=cp1;https://example.org/r\x07t\x1b]8;;\x07"
        );
        assert!(
            buffer
                .content
                .iter()
                .all(|c| !c.symbol().contains("javascript"))
        );
        assert!(
            buffer
                .content
                .iter()
                .filter(|c| c.symbol().starts_with("\x1b]8;"))
                .all(|c| c.diff_option == CellDiffOption::ForcedWidth(std::num::NonZeroU16::MIN))
        );
    }
}
