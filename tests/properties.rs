//! Property tests: wrapping, anchoring and the reader's state over large random inputs.

use crate::common;

use counterpoint::anchor::fold::{FoldedText, fold};
use counterpoint::anchor::{AnchorStatus, anchor};
use counterpoint::article::Article;
use counterpoint::claims::{ClaimEntry, DraftMark, QuoteSelector, ResponseEntry, Stance};
use counterpoint::document::Document;
use counterpoint::layout::{Layout, LineKind, LinePos, wrap_text};
use counterpoint::reader::action::MouseKind;
use counterpoint::reader::model::resume::StartAt;
use counterpoint::reader::model::selection::Step;
use counterpoint::{Action, update};
use proptest::prelude::*;
use unicode_width::UnicodeWidthStr;

/// Words of mixed scripts and widths, with typographic punctuation.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z]{1,12}",
        "[A-Z][a-z]{0,8}[,.]?",
        Just("“quoted”".to_string()),
        Just("al-Qaida’s".to_string()),
        Just("日本語".to_string()),
        Just("naïve".to_string()),
        Just("—".to_string()),
        "[a-z]{20,40}",
    ]
}

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 1..40).prop_map(|words| words.join(" "))
}

fn article_text() -> impl Strategy<Value = String> {
    prop::collection::vec(paragraph(), 1..8).prop_map(|paras| paras.join("\n\n"))
}

proptest! {
    #[test]
    fn wrapping_keeps_every_word_in_order_within_the_width(text in paragraph(), width in 1usize..100) {
        let ranges = wrap_text(&text, width);
        let mut last_end = 0;
        for range in &ranges {
            prop_assert!(range.start >= last_end && range.start < range.end && range.end <= text.len());
            prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
            let line = &text[range.clone()];
            let widest_char = line.chars().map(|c| c.to_string().width()).max().unwrap_or(0);
            prop_assert!(line.width() <= width.max(widest_char), "{line:?} is wider than {width}");
            last_end = range.end;
        }
        let shown: String = ranges.iter().map(|r| &text[r.clone()]).collect::<String>().split_whitespace().collect();
        let all: String = text.split_whitespace().collect();
        prop_assert_eq!(shown, all);
    }

    /// A hand-typed quote (straight quotes, single spaces) is found in typographic text
    /// with curly quotes, dashes and odd whitespace, and the place found folds back to it.
    #[test]
    fn hand_typed_quotes_anchor_to_typographic_text(
        words in prop::collection::vec(word(), 3..30),
        start in 0usize..30,
        len in 1usize..6,
        spacing in prop::collection::vec(prop_oneof![Just(" "), Just("  "), Just("\n"), Just(" \t ")], 30),
    ) {
        let start = start % words.len();
        let end = (start + len).min(words.len());
        let mut article = String::new();
        for (i, w) in words.iter().enumerate() {
            if i > 0 {
                article.push_str(spacing[i % spacing.len()]);
            }
            article.push_str(w);
        }
        let typed = words[start..end].join(" ").replace(['“', '”'], "\"").replace('’', "'").replace('—', "-");
        let selector = QuoteSelector { exact: typed.as_str().into(), ..Default::default() };
        let anchoring = anchor(&article, &selector);
        match anchoring.range {
            Some(range) => prop_assert_eq!(fold(&article[range]), fold(&typed)),
            None => {
                // Only a quote that occurs more than once may go unplaced.
                let folded = FoldedText::new(&article).folded;
                let quote = fold(&typed);
                let places = (0..folded.len())
                    .filter(|&at| folded.is_char_boundary(at) && folded[at..].starts_with(&quote))
                    .count();
                prop_assert!(
                    matches!(anchoring.status, AnchorStatus::Ambiguous { .. }) && places > 1,
                    "{:?} with {} places", anchoring.status, places
                );
            }
        }
    }
}

fn claims_for(body: &str, picks: &[(usize, usize, u8)]) -> Vec<ClaimEntry> {
    let words: Vec<&str> = body.split_whitespace().collect();
    picks
        .iter()
        .enumerate()
        .map(|(i, &(start, len, kind))| {
            let start = start % words.len().max(1);
            let end = (start + 1 + len % 4).min(words.len());
            let quote = if kind % 7 == 0 {
                "no such words anywhere".to_string()
            } else {
                words[start..end].join(" ")
            };
            let response_quote = words[(start + 5) % words.len()..]
                .iter()
                .take(2)
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            ClaimEntry {
                id: format!("c{}", i + 1).into(),
                claimant: format!("Claimant {i}").into(),
                role: None,
                summary: quote.clone().into(),
                selector: QuoteSelector {
                    exact: quote.into(),
                    ..Default::default()
                },
                verdict: (kind % 3 == 0).then(|| "False".into()),
                date: None,
                note: None,
                responses: (0..kind % 4)
                    .map(|r| ResponseEntry {
                        expert: format!("Expert {r}").into(),
                        affiliation: Some("Somewhere".into()),
                        stance: Stance::ALL[usize::from(kind) % 4],
                        selector: QuoteSelector {
                            exact: response_quote.clone().into(),
                            ..Default::default()
                        },
                        source: None,
                        draft: (kind % 2 == 0).then_some(DraftMark {
                            confidence: kind.min(100),
                        }),
                    })
                    .collect(),
                draft: (kind % 5 == 0).then_some(DraftMark { confidence: 40 }),
                ..ClaimEntry::default()
            }
        })
        .collect()
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        Just(Action::LineDown),
        Just(Action::LineUp),
        Just(Action::HalfPageDown),
        Just(Action::HalfPageUp),
        Just(Action::PageDown),
        Just(Action::PageUp),
        Just(Action::Top),
        Just(Action::Bottom),
        Just(Action::NextClaim),
        Just(Action::PrevClaim),
        Just(Action::ToggleFocus),
        Just(Action::Activate),
        Just(Action::ToggleSidebar),
        Just(Action::ToggleHelp),
        Just(Action::Quit),
        Just(Action::SourcesChanged),
        Just(Action::Notify("a message".to_string())),
        (1u16..=400, 1u16..=200).prop_map(|(width, height)| Action::Resize { width, height }),
        // The reading comforts: measure, lists, filters, people, copy, links, the mouse
        // anywhere, searching, and opening at a place.
        Just(Action::Narrower),
        Just(Action::Wider),
        Just(Action::ChooseFilter),
        Just(Action::People),
        Just(Action::CopyClaim),
        Just(Action::ToggleMouse),
        Just(Action::OpenLink),
        Just(Action::ToggleLinks),
        Just(Action::SearchForward),
        Just(Action::NextMatch),
        Just(Action::PrevMatch),
        prop_oneof![Just('a'), Just('e'), Just(' '), Just('T')]
            .prop_map(|c| Action::Prompt(counterpoint::keys::prompt::PromptKey::Char(c))),
        Just(Action::Prompt(
            counterpoint::keys::prompt::PromptKey::Submit
        )),
        (0usize..5, 0u16..400, 0u16..200).prop_map(|(kind, column, row)| Action::Mouse {
            kind: [
                MouseKind::ScrollDown,
                MouseKind::ScrollUp,
                MouseKind::Click,
                MouseKind::Drag,
                MouseKind::Release,
            ][kind],
            column,
            row,
        }),
        // The selection: started three ways, moved, swapped, copied, left.
        prop_oneof![
            Just(Action::StartSelection),
            Just(Action::SelectSentence),
            Just(Action::SelectQuotation),
            Just(Action::Extend(Step::WordForward)),
            Just(Action::Extend(Step::WordBack)),
            Just(Action::Extend(Step::SentenceForward)),
            Just(Action::Extend(Step::SentenceBack)),
            Just(Action::Extend(Step::ParagraphForward)),
            Just(Action::Extend(Step::ParagraphBack)),
            Just(Action::SwapEnds),
            Just(Action::CopySelection),
            Just(Action::Back),
        ],
        prop_oneof![
            (0usize..400).prop_map(StartAt::Line),
            (0u8..=100).prop_map(StartAt::Percent),
            (0usize..12).prop_map(|n| StartAt::Claim(n.to_string())),
        ]
        .prop_map(Action::OpenAt),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2000),
        ..ProptestConfig::default()
    })]

    /// Random documents, claims, sizes and keys: no panic, the cursor stays in the text
    /// and on screen, the current claim is the rule's after a cursor move, every frame draws.
    #[test]
    fn the_reader_holds_its_invariants(
        text in article_text(),
        picks in prop::collection::vec((0usize..500, 0usize..8, 0u8..50), 0..12),
        size in (1u16..=400, 1u16..=200),
        actions in prop::collection::vec(action(), 1..40),
    ) {
        let article = Article::parse("random.md", text.as_bytes()).unwrap();
        let entries = claims_for(&article.body, &picks);
        let mut state = common::reader(Document::new(article, entries), size.0, size.1);
        for action in actions {
            if update(&mut state, action.clone()).contains(&counterpoint::Effect::Quit) {
                break;
            }
            let body_len = state.doc.article.body.len();
            prop_assert!(state.view.cursor <= body_len);
            if let Some(line) = state.cursor_line() {
                let page = state.screen.page_height();
                if page > 0 {
                    prop_assert!(state.cursor_row().is_some(), "cursor line {line:?} off screen (top {:?}, page {page})", state.view.top);
                }
                // The current claim is the rule's, unless one was chosen in the sidebar or by
                // a jump, and then it is a real claim with a real response selected.
                if state.follows_cursor() && state.filter.is_none() {
                    let range = state.cursor_range().unwrap();
                    prop_assert_eq!(state.selected, state.doc.current_claim(state.view.cursor, range));
                }
            }
            if let Some(claim) = state.selected {
                prop_assert!(claim < state.doc.claims.len());
                if let Some(response) = state.selected_response {
                    prop_assert!(response < state.doc.claims[claim].responses.len());
                }
            }
            let lines = common::screen(&state);
            prop_assert_eq!(lines.len(), usize::from(state.screen.area.height));
            for row in &lines {
                prop_assert!(row.width() <= usize::from(state.screen.area.width), "{row:?}");
            }
        }
    }
}

/// The keys a selection is made and moved with, and others around them (the reading keys,
/// which mean nothing in a selection, help, the mouse's keys), as the configuration writes
/// them; pressed through the key map in the mode the reader is in.
const SELECTION_KEYS: &[&str] = &[
    "v", "V", "\"", "w", "e", "b", "j", "k", "Down", "Up", ")", "(", "}", "{", "o", "y", "Esc",
    "q", "h", "F1", "n", "p", "Space", "Ctrl-d", "/", "Tab", "s", "-", "+", "g", "G",
];

fn selection_key() -> impl Strategy<Value = Option<&'static str>> {
    prop_oneof![
        8 => prop::sample::select(SELECTION_KEYS).prop_map(Some),
        // Now and then the window changes size instead.
        1 => Just(None),
    ]
}

/// A generated report (headings, paragraphs, quotations, claims), built once.
fn generated() -> &'static Document {
    static DOC: std::sync::OnceLock<Document> = std::sync::OnceLock::new();
    DOC.get_or_init(|| {
        let (article, claims) = counterpoint::document::generate::generate(60_000, 60, 7);
        Document::new(
            Article::parse("report.md", article.as_bytes()).unwrap(),
            counterpoint::claims::parse_text("report.claims.toml", &claims).unwrap(),
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(300),
        ..ProptestConfig::default()
    })]

    /// Random keys in and around the selection mode, on the sample and on a generated
    /// report, at random sizes: no panic; the selection lies inside the body on character
    /// boundaries and holds the words it began on; the cursor's line holds its moving end,
    /// on screen; every frame draws.
    #[test]
    fn selection_keys_hold_their_invariants(
        on_sample in any::<bool>(),
        size in (20u16..=200, 6u16..=60),
        start in 0usize..400,
        keys in prop::collection::vec((selection_key(), 20u16..=200, 6u16..=60), 1..60),
    ) {
        let doc = if on_sample {
            common::load(None, None)
        } else {
            generated().clone()
        };
        let mut state = common::reader(doc, size.0, size.1);
        // Somewhere into the text first.
        for _ in 0..start {
            update(&mut state, Action::LineDown);
        }
        for (key, width, height) in keys {
            let action = match key {
                Some(key) => {
                    let spec = counterpoint::cli::render::parse_keys(&format!("<{key}>")).unwrap()[0];
                    let event = ratatui::crossterm::event::KeyEvent::new(spec.code, spec.modifiers);
                    match counterpoint::reader::mode::key_action(&state, &event) {
                        Some(action) => action,
                        None => continue,
                    }
                }
                None => Action::Resize { width, height },
            };
            if update(&mut state, action.clone()).contains(&counterpoint::Effect::Quit) {
                break;
            }
            let body = state.doc.article.body.as_str();
            if let Some(selection) = &state.selection {
                let range = selection.range();
                prop_assert!(range.start < range.end && range.end <= body.len(), "{selection:?}");
                prop_assert!(body.is_char_boundary(range.start) && body.is_char_boundary(range.end));
                prop_assert!(range.start <= selection.anchor.start && selection.anchor.end <= range.end, "{selection:?}");
                // While the search prompt is open over the selection the cursor follows
                // the search; Enter brings the selection's end to it, Esc the cursor back.
                let searching = matches!(state.overlay, counterpoint::reader::model::overlay::Overlay::Prompt(_));
                let line = state.cursor_range().expect("a cursor line");
                prop_assert!(
                    searching || (line.start <= selection.head && selection.head <= line.end),
                    "after {action:?}: head {} off the cursor's line {line:?}", selection.head
                );
                prop_assert!(state.cursor_row().is_some(), "after {action:?}: the cursor is off screen");
                prop_assert_eq!(
                    counterpoint::reader::mode::key_mode(&state) == counterpoint::keys::bindings::Mode::Selection,
                    state.overlay == counterpoint::reader::model::overlay::Overlay::None
                );
            }
            let lines = common::screen(&state);
            prop_assert_eq!(lines.len(), usize::from(state.screen.area.height));
        }
    }
}

/// The rule for the current claim, written the plain way: every span looked at.
fn current_claim_by_scan(
    doc: &Document,
    cursor: usize,
    line: std::ops::Range<usize>,
) -> Option<usize> {
    let spans: Vec<_> = doc.spans().collect();
    let containing = spans
        .iter()
        .filter(|s| s.range.start <= cursor && cursor < s.range.end);
    if let Some(latest) = containing.clone().map(|s| s.range.start).max() {
        return containing
            .clone()
            .find(|s| s.range.start == latest)
            .map(|s| s.claim);
    }
    if let Some(later) = spans.iter().find(|s| s.range.start > cursor)
        && later.range.start < line.end
    {
        return Some(later.claim);
    }
    let nearest = spans
        .iter()
        .filter(|s| s.range.start <= cursor)
        .map(|s| s.range.start)
        .max()?;
    spans
        .iter()
        .find(|s| s.range.start == nearest)
        .map(|s| s.claim)
}

proptest! {
    /// The indexed look-ups (binary search over spans and claims) agree with plain scans.
    #[test]
    fn indexed_lookups_agree_with_plain_scans(
        text in article_text(),
        picks in prop::collection::vec((0usize..500, 0usize..8, 0u8..50), 0..30),
        probes in prop::collection::vec((0usize..5000, 0usize..200), 1..30),
    ) {
        let article = Article::parse("random.md", text.as_bytes()).unwrap();
        let entries = claims_for(&article.body, &picks);
        let doc = Document::new(article, entries);
        let len = doc.article.body.len();
        for (at, span) in probes {
            let cursor = at % (len + 1);
            let line = cursor..(cursor + span).min(len);
            prop_assert_eq!(doc.current_claim(cursor, line.clone()), current_claim_by_scan(&doc, cursor, line.clone()));
            let overlapping: Vec<_> = doc.spans_overlapping(line.clone()).collect();
            let scanned: Vec<_> = doc.spans().filter(|s| {
                let probe_end = line.end.max(line.start + 1);
                s.range.start < probe_end && s.range.end > line.start
            }).collect();
            prop_assert_eq!(overlapping, scanned);
            let anchored = doc.anchored_count();
            let next = (0..anchored).find(|&i| doc.claims[i].start().is_some_and(|s| s > cursor));
            prop_assert_eq!(doc.next_claim(cursor, None), next);
            let prev = (0..anchored).rev().find(|&i| doc.claims[i].start().is_some_and(|s| s < cursor));
            prop_assert_eq!(doc.prev_claim(cursor, None), prev);
            let starting = (0..anchored).find(|&i| doc.claims[i].start().is_some_and(|s| line.contains(&s)));
            prop_assert_eq!(doc.claim_starting_in(line), starting);
        }
    }
}

proptest! {
    /// The lazy layout, read in any order, shows the same lines as wrapping every
    /// paragraph at once, and maps every byte to the line a plain scan finds.
    #[test]
    fn lazy_layout_agrees_with_wrapping_everything(
        text in article_text(),
        width in 1usize..60,
        probes in prop::collection::vec(0usize..5000, 1..20),
        back_first in any::<bool>(),
    ) {
        let article = Article::parse("random.md", text.as_bytes()).unwrap();
        let layout = Layout::new(&article, width);
        // Reading the end first must not change what the beginning shows.
        if back_first {
            let last = layout.last(&article).unwrap();
            layout.offset(&article, last, -7);
        }
        let mut expected: Vec<(LineKind, std::ops::Range<usize>)> = Vec::new();
        for range in wrap_text(article.display_title(), width) {
            expected.push((LineKind::Title, range));
        }
        for paragraph in &article.paragraphs {
            let at = paragraph.range.start;
            expected.push((LineKind::Blank, at..at));
            for range in wrap_text(&article.body[paragraph.range.clone()], width) {
                expected.push((LineKind::Text, range.start + at..range.end + at));
            }
        }
        let first = layout.first(&article).unwrap();
        let shown: Vec<_> = layout.lines_from(&article, first).map(|(_, l)| (l.kind, l.range.clone())).collect();
        prop_assert_eq!(&shown, &expected);
        let positions: Vec<LinePos> = layout.lines_from(&article, first).map(|(at, _)| at).collect();
        let len = article.body.len();
        for probe in probes {
            let pos = probe % (len + 1);
            let scanned = expected.iter().enumerate()
                .filter(|(_, (kind, range))| kind.is_body() && range.start <= pos)
                .map(|(i, _)| i)
                .next_back()
                .or_else(|| expected.iter().position(|(kind, _)| kind.is_body()));
            prop_assert_eq!(layout.line_of(&article, pos), scanned.map(|i| positions[i]));
            let i = pos % positions.len();
            let steps = (pos % 13) as isize - 6;
            let j = (i as isize + steps).clamp(0, positions.len() as isize - 1) as usize;
            prop_assert_eq!(layout.offset(&article, positions[i], steps), positions[j]);
            prop_assert_eq!(layout.distance(&article, positions[i.min(j)], positions[i.max(j)], 6), Some(i.abs_diff(j)));
        }
    }
}

proptest! {
    /// The one-pass search finds exactly the places a scan for each string finds, for
    /// strings short and long, sharing beginnings, inside each other, or absent.
    #[test]
    fn one_pass_search_agrees_with_scanning_for_each_string(
        words in prop::collection::vec(prop_oneof!["[ab]{1,3}", "[a-c ]{5,20}", Just("district 1, point".to_string())], 1..60),
        picks in prop::collection::vec((0usize..60, 1usize..80), 1..25),
    ) {
        let text = words.join(" ");
        let mut patterns: Vec<String> = picks.iter().map(|&(start, len)| {
            let start = start.min(text.len());
            text[start..(start + len).min(text.len())].to_string()
        }).collect();
        patterns.push("district 1, point 1 that is nowhere in the text at all".into());
        let refs: Vec<&str> = patterns.iter().map(String::as_str).collect();
        let found = counterpoint::anchor::multi_search::find_all(&text, &refs);
        for (pattern, places) in refs.iter().zip(&found) {
            let scanned: Vec<_> = if pattern.is_empty() { Vec::new() } else {
                (0..text.len()).filter(|&at| text.as_bytes()[at..].starts_with(pattern.as_bytes())).map(|at| at..at + pattern.len()).collect()
            };
            prop_assert_eq!(places, &scanned, "{:?}", pattern);
        }
    }
}
