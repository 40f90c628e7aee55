//! Screen geometry: where the article, the sidebar and the status bar go for a terminal size.

use ratatui::layout::Rect;

use crate::config::{LayoutConfig, Side};

/// Columns left of the article text for the cursor mark and claim numbers, for numbers of
/// up to three digits: the mark, the number, a space. More claims widen it by a column a
/// digit ([`Screen::for_claims`]).
pub const GUTTER: u16 = 5;

/// Digits of the largest claim number among `claims` claims, at least three (the columns
/// a gutter keeps for numbers).
pub fn number_digits(claims: usize) -> u16 {
    let mut digits = 3;
    let mut n = claims / 1000;
    while n > 0 {
        digits += 1;
        n /= 10;
    }
    digits
}
/// Columns right of the article text: a blank one, then the scrollbar.
pub const SCROLLBAR_COLUMNS: u16 = 2;

/// The rectangles of one screen. Computed in `update` and read by drawing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Screen {
    pub area: Rect,
    /// The article pane, gutter included.
    pub article: Rect,
    /// The sidebar, when shown.
    pub sidebar: Option<Rect>,
    /// Whether the sidebar stands under the article rather than beside it.
    pub stacked: bool,
    pub status: Option<Rect>,
    /// Columns of the gutter in this article pane.
    pub gutter: u16,
    /// Columns the article text wraps to.
    pub text_width: u16,
    /// Blank columns left of the gutter, centring the text in a pane wider than its measure.
    pub indent: u16,
    /// Columns the gutter keeps for a claim's number ([`number_digits`]).
    pub number_digits: u16,
}

impl Screen {
    /// Lays out a `width` × `height` terminal, the text no wider than `measure` columns,
    /// for claim numbers of up to three digits.
    pub fn new(
        width: u16,
        height: u16,
        config: &LayoutConfig,
        sidebar_visible: bool,
        measure: u16,
    ) -> Screen {
        Screen::for_claims(width, height, config, sidebar_visible, measure, 0)
    }

    /// [`Screen::new`] for a document of `claims` claims: a gutter wide enough for the
    /// largest claim number, so that a number never pushes the text out of its columns.
    pub fn for_claims(
        width: u16,
        height: u16,
        config: &LayoutConfig,
        sidebar_visible: bool,
        measure: u16,
        claims: usize,
    ) -> Screen {
        let number_digits = number_digits(claims);
        let area = Rect::new(0, 0, width, height);
        let (main, status) = if height >= 2 {
            (
                Rect {
                    height: height - 1,
                    ..area
                },
                Some(Rect {
                    y: height - 1,
                    height: 1,
                    ..area
                }),
            )
        } else {
            (area, None)
        };
        let side_by_side = config.narrow_width == 0 || width >= config.narrow_width;
        let (article, sidebar, stacked) = if !sidebar_visible || main.width == 0 || main.height == 0
        {
            (main, None, false)
        } else if side_by_side {
            // The article's text never gets fewer columns than the sidebar: the sidebar
            // takes at most half of what is left after the gutter and the scrollbar.
            let fair_half = main
                .width
                .saturating_sub(GUTTER + (number_digits - 3) + SCROLLBAR_COLUMNS)
                / 2;
            let sidebar_width = config
                .sidebar_width
                .min(main.width.saturating_sub(20))
                .min(fair_half)
                .max(main.width.min(12));
            let article_width = main.width - sidebar_width;
            let (article_x, sidebar_x) = match config.sidebar_side {
                Side::Right => (main.x, main.x + article_width),
                Side::Left => (main.x + sidebar_width, main.x),
            };
            (
                Rect {
                    x: article_x,
                    width: article_width,
                    ..main
                },
                Some(Rect {
                    x: sidebar_x,
                    width: sidebar_width,
                    ..main
                }),
                false,
            )
        } else {
            let sidebar_height =
                (u32::from(main.height) * u32::from(config.stacked_sidebar_height) / 100) as u16;
            let sidebar_height = sidebar_height.max(main.height.min(3));
            let article_height = main.height - sidebar_height;
            (
                Rect {
                    height: article_height,
                    ..main
                },
                Some(Rect {
                    y: main.y + article_height,
                    height: sidebar_height,
                    ..main
                }),
                true,
            )
        };
        let gutter = match article.width {
            w if w >= 30 => GUTTER + (number_digits - 3),
            w if w >= 6 => 2,
            _ => 0,
        };
        let room = article.width.saturating_sub(gutter + SCROLLBAR_COLUMNS);
        let text_width = room.min(measure).max(1);
        let indent = if config.center {
            room.saturating_sub(text_width) / 2
        } else {
            0
        };
        Screen {
            area,
            article,
            sidebar,
            stacked,
            status,
            gutter,
            text_width,
            indent,
            number_digits,
        }
    }

    /// Rows of article text on screen.
    pub fn page_height(&self) -> usize {
        usize::from(self.article.height)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_take_three_digits_at_least_and_one_more_a_power_of_ten() {
        let cases = [
            (0, 3),
            (9, 3),
            (999, 3),
            (1_000, 4),
            (9_999, 4),
            (10_000, 5),
            (100_000, 6),
            (1_000_000, 7),
        ];
        for (claims, digits) in cases {
            assert_eq!(number_digits(claims), digits, "{claims}");
            let config = LayoutConfig::default();
            let s = Screen::for_claims(120, 40, &config, true, 80, claims);
            assert_eq!(s.gutter, GUTTER + digits - 3, "{claims}");
            // A number of that many digits, the mark and a space fill the gutter.
            assert_eq!(
                usize::from(s.gutter),
                1 + format!("{claims}").len().max(3) + 1
            );
        }
    }

    #[test]
    fn wide_terminal_puts_the_sidebar_beside_the_article() {
        let s = Screen::new(120, 40, &LayoutConfig::default(), true, 80);
        assert_eq!(s.article, Rect::new(0, 0, 72, 39));
        assert_eq!(s.sidebar, Some(Rect::new(72, 0, 48, 39)));
        assert_eq!(s.status, Some(Rect::new(0, 39, 120, 1)));
        assert_eq!(s.text_width, 65);
        assert!(!s.stacked);
    }

    #[test]
    fn narrow_terminal_stacks_the_sidebar_under_the_article() {
        let s = Screen::new(80, 24, &LayoutConfig::default(), true, 80);
        assert!(s.stacked);
        assert_eq!(s.article, Rect::new(0, 0, 80, 13));
        assert_eq!(s.sidebar, Some(Rect::new(0, 13, 80, 10)));
        assert_eq!(s.text_width, 73);
    }

    #[test]
    fn left_side_and_hidden_sidebar() {
        let config = LayoutConfig {
            sidebar_side: Side::Left,
            ..LayoutConfig::default()
        };
        let s = Screen::new(120, 40, &config, true, 80);
        assert_eq!(s.sidebar.unwrap().x, 0);
        assert_eq!(s.article.x, 48);
        let s = Screen::new(120, 40, &config, false, 80);
        assert_eq!(s.sidebar, None);
        assert_eq!(s.text_width, 80);
        // 120 columns less the gutter (5), a gap and the scrollbar (2) leave 113: 16 each side.
        assert_eq!(s.indent, 16);
    }

    #[test]
    fn the_measure_centres_the_text_and_gives_way_to_a_narrow_pane() {
        let config = LayoutConfig::default();
        let s = Screen::new(200, 40, &config, false, 60);
        assert_eq!((s.text_width, s.indent), (60, 66));
        let s = Screen::new(
            200,
            40,
            &LayoutConfig {
                center: false,
                ..config.clone()
            },
            false,
            60,
        );
        assert_eq!((s.text_width, s.indent), (60, 0));
        // Narrower than the measure: the text takes what there is, with no indent.
        let s = Screen::new(50, 20, &config, false, 60);
        assert_eq!((s.text_width, s.indent), (43, 0));
    }

    #[test]
    fn the_article_never_gets_fewer_columns_than_the_sidebar() {
        // At 100 columns the text had 45 and the sidebar 48.
        let s = Screen::new(100, 30, &LayoutConfig::default(), true, 80);
        let sidebar = s.sidebar.unwrap().width;
        assert!(s.text_width >= sidebar, "{} < {sidebar}", s.text_width);
        for sidebar_width in [20, 48, 60, 90, 200] {
            for width in 40..320 {
                let config = LayoutConfig {
                    sidebar_width,
                    narrow_width: 0,
                    ..LayoutConfig::default()
                };
                let s = Screen::new(width, 30, &config, true, 1000);
                let Some(sidebar) = s.sidebar else { continue };
                assert!(
                    s.text_width >= sidebar.width,
                    "{width} columns, sidebar_width {sidebar_width}: text {} < sidebar {}",
                    s.text_width,
                    sidebar.width
                );
                assert_eq!(s.article.width + sidebar.width, width);
            }
        }
    }

    #[test]
    fn tiny_sizes_never_underflow() {
        for width in 0..40 {
            for height in 0..6 {
                let s = Screen::new(width, height, &LayoutConfig::default(), true, 80);
                assert!(s.article.width <= width && s.article.height <= height);
                assert!(s.text_width >= 1);
            }
        }
    }
}
