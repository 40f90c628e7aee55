//! The sidebar's rows: every claim with its tally, the current claim opened out with its responses; which rows a pane of some height shows, and which claim or response a cell belongs to. Each row is pieces of text with a [`Tone`]; drawing gives the tones their styles.

use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders};

mod headers;
mod quotes;
mod row;
use crate::claims::verdict::VerdictClass;
use crate::layout::{display_width, wrap_lines};
use crate::reader::state::{Focus, State};
use crate::text::ellipsize;
use headers::{claim_header, response_header, tally_line};
use quotes::{push_address, quoted, words_quoted};
pub use row::{Owner, Piece, Row, Tone};

/// The sidebar's border: beside the article a line between the two, under it a line on top.
pub fn borders(state: &State) -> Borders {
    use crate::config::Side;
    match (state.screen.stacked, state.config.layout.sidebar_side) {
        (true, _) => Borders::TOP,
        // Beside the article, the line stands between the two.
        (false, Side::Right) => Borders::LEFT,
        (false, Side::Left) => Borders::RIGHT,
    }
}

/// The sidebar inside its border, when it is shown.
pub fn inner(state: &State) -> Option<Rect> {
    let area = state.screen.sidebar?;
    Some(Block::new().borders(borders(state)).inner(area))
}

/// What the sidebar shows at terminal cell (`column`, `row`): a claim, a response, or
/// nothing (the border, an empty row, or outside it). Reads the state as drawing does.
pub fn owner_at(state: &State, column: u16, row: u16) -> Option<Owner> {
    let inner = inner(state)?;
    let position = ratatui::layout::Position::new(column, row);
    if !inner.contains(position) || inner.width < 4 || state.doc.claims.is_empty() {
        return None;
    }
    let rows = rows(state, usize::from(inner.width), usize::from(inner.height));
    let shown = visible(state, &rows, usize::from(inner.height));
    let row = &rows[*shown.get(usize::from(row - inner.y))?];
    // A blank row between claims belongs to none of them.
    (!row.is_blank()).then_some(row.owner)
}

/// The rows a sidebar `height` rows tall shows, by index into `rows`: from
/// [`scroll_offset`] on, with the open claim's header row pinned at the top when the
/// selected response lies so far below it that the header would scroll away, so the
/// open claim's number and claimant are always in view.
pub fn visible(state: &State, rows: &[Row], height: usize) -> Vec<usize> {
    let header = state.selected.and_then(|claim| {
        rows.iter()
            .position(|r| r.header && r.owner == Owner::Claim(claim))
    });
    let offset = scroll_offset(state, rows, height);
    match header {
        Some(header) if offset > header && height > 1 => {
            let rest = scroll_offset(state, rows, height - 1).max(header + 1);
            std::iter::once(header)
                .chain((rest..rows.len()).take(height - 1))
                .collect()
        }
        _ => (offset..rows.len()).take(height).collect(),
    }
}

/// The first row to show: the current claim near the top with a little of what came
/// before, and the selected response in view.
fn scroll_offset(state: &State, rows: &[Row], height: usize) -> usize {
    let Some(claim) = state.selected else {
        return 0;
    };
    let Some(header) = rows
        .iter()
        .position(|r| r.header && r.owner == Owner::Claim(claim))
    else {
        return 0;
    };
    // Context above the open claim: the claim before it when the whole of its entry fits
    // in an eighth of the pane (at most four rows), never the tail of one.
    let context = (height / 8).min(4);
    let previous_header = rows[..header].iter().rposition(|r| r.header);
    let mut offset = match previous_header {
        Some(start) if header - start <= context => start,
        _ => header,
    };
    if let Some(response) = state.selected_response {
        let owned = |r: &Row| r.owner == Owner::Response(claim, response);
        if let (Some(first), Some(last)) =
            (rows.iter().position(owned), rows.iter().rposition(owned))
        {
            if last + 1 > offset + height {
                offset = (last + 1).saturating_sub(height);
            }
            offset = offset.min(first);
        }
    }
    // Fill the pane to the end of the list, but start at an entry's header, never in the
    // middle of an entry (then a few rows stay empty below the last claim).
    let filled = offset.min(rows.len().saturating_sub(height));
    if filled < offset && !rows[filled].header {
        return rows[filled..=header]
            .iter()
            .position(|r| r.header)
            .map_or(header, |at| filled + at);
    }
    filled
}

/// Appends `text` wrapped under a four-column indent, every row owned by `owner`.
fn push_indented(rows: &mut Vec<Row>, owner: Owner, text: &str, width: usize, tone: Tone) {
    for line in wrap(text, width.saturating_sub(4)) {
        rows.push(Row {
            pieces: vec![Piece::plain("    "), Piece::new(line, tone.clone())],
            owner,
            header: false,
        });
    }
}

/// What the sidebar says when the document has no claims: where this reader's claims
/// come from (its own claims file by name, or why edits cannot be kept) and the keys that
/// make the first one (a selection and `c`, or `D` for drafts), as the key map binds them.
fn empty_text(state: &State) -> String {
    use crate::reader::action::Action;
    use crate::reader::model::editing::Target;
    let keys = &state.config.keys.0;
    let record = match (
        keys.first_key(&Action::StartSelection),
        keys.first_key(&Action::NewClaim),
    ) {
        (Some(select), Some(claim)) => {
            format!(" Select words with {select}, then {claim} records a claim quoting them.")
        }
        _ => String::new(),
    };
    let draft = keys
        .first_key(&Action::DraftClaims)
        .map(|key| format!(" {key} drafts them from the article's own text, for you to review."))
        .unwrap_or_default();
    match &state.editing.target {
        Some(Target::UnsavedPage { .. }) => format!(
            "No claims for this page. It was fetched and not saved: the first edit offers to save it here with its claims file beside it (or start with --save FILE).{draft}"
        ),
        Some(Target::File {
            name,
            exists: false,
        }) => format!(
            "No claims for this article yet. They will be kept in {name}, made at the first edit.{record}{draft}"
        ),
        Some(Target::File { name, exists: true }) => {
            format!("{name} has no claims yet.{record}{draft}")
        }
        Some(Target::ReadOnly { name, why }) => format!(
            "No claims for this article, and {name} cannot be written ({why}): start with --claims FILE to record claims elsewhere."
        ),
        Some(Target::Nowhere { why }) => {
            let mut why = why.chars();
            let first = why.next().map(|c| c.to_uppercase().collect::<String>());
            format!(
                "No claims for this article. {}{}.",
                first.unwrap_or_default(),
                why.as_str()
            )
        }
        Some(Target::Sample | Target::SampleCopyHere { .. }) | None => format!(
            "No claims for this article. Claims come from a file beside it (story.md → story.claims.toml) or --claims FILE.{draft}"
        ),
    }
}

/// The rows of the claims a sidebar `height` rows tall can show: the claim before the
/// current one (for context) through enough claims to fill the pane below it, reaching
/// further back only at the end of the list. However many claims there are, a frame
/// builds a screenful of rows; [`scroll_offset`] then places them exactly as it would
/// place the rows of every claim.
pub fn rows(state: &State, width: usize, height: usize) -> Vec<Row> {
    let mut rows = Vec::new();
    let claims = state.doc.claims.len();
    if claims == 0 && state.loading.is_some() {
        let text = "Loading the claims: they appear here when the whole article has been read and every claim placed in it.";
        push_indented(&mut rows, Owner::Claim(0), text, width, Tone::Muted);
        return rows;
    }
    if claims == 0 {
        let text = empty_text(state);
        push_indented(&mut rows, Owner::Claim(0), &text, width, Tone::Muted);
        return rows;
    }
    let anchor = state
        .selected
        .filter(|&i| state.shows_claim(i))
        .or_else(|| state.shown_from(0, true));
    let Some(anchor) = anchor else {
        let key = (state.config.keys.0).key_or_name(&crate::reader::action::Action::ChooseFilter);
        let text = format!("No claims pass the filter: {key} chooses another, or all claims.");
        push_indented(&mut rows, Owner::Claim(0), &text, width, Tone::Muted);
        return rows;
    };
    let shown_before = |i: usize| i.checked_sub(1).and_then(|i| state.shown_from(i, false));
    let mut first = shown_before(anchor).unwrap_or(anchor);
    // The current claim's header row, once its rows are in (after its blank line, if any).
    let mut header = None;
    let mut next = Some(first);
    while let Some(index) = next {
        let at = claim_rows(&mut rows, state, index, width);
        if index == anchor {
            header = Some(at);
        }
        if header.is_some_and(|h| rows.len() > h + height) {
            return rows;
        }
        next = state.shown_from(index + 1, true);
    }
    // The list ends within a screen of the current claim: claims before it fill the pane.
    while rows.len() < height + 4
        && let Some(earlier_claim) = shown_before(first)
    {
        first = earlier_claim;
        let mut earlier = Vec::new();
        claim_rows(&mut earlier, state, first, width);
        rows.splice(0..0, earlier);
    }
    rows
}

/// Appends the rows of claim `index`: a blank line (after the first claim), the divider
/// before the claims not placed in the text, the header, the summary, the tally, and for
/// the current claim its details and responses. Returns the header's row.
fn claim_rows(rows: &mut Vec<Row>, state: &State, index: usize, width: usize) -> usize {
    let claim = &state.doc.claims[index];
    let current = state.selected == Some(index);
    let owner = Owner::Claim(index);
    let before = index
        .checked_sub(1)
        .and_then(|i| state.shown_from(i, false));
    if before.is_some() {
        rows.push(Row {
            pieces: Vec::new(),
            owner,
            header: false,
        });
    }
    let anchored = state.doc.anchored_count();
    if index >= anchored && before.is_none_or(|b| b < anchored) {
        let unplaced = state.doc.claims.len() - index;
        let label = format!("── not placed in the text ({unplaced}) ");
        let rule = "─".repeat(width.saturating_sub(display_width(&label)));
        rows.push(Row {
            pieces: vec![Piece::new(
                ellipsize(&format!("{label}{rule}"), width),
                Tone::Muted,
            )],
            owner,
            header: false,
        });
        rows.push(Row {
            pieces: Vec::new(),
            owner,
            header: false,
        });
    }
    let header = rows.len();
    let headed = claim_header(state, index, claim, width);
    rows.push(Row {
        pieces: headed.pieces,
        owner,
        header: true,
    });
    let summary_tone = if current { Tone::Bold } else { Tone::Plain };
    push_indented(rows, owner, &claim.entry.summary, width, summary_tone);
    rows.push(Row {
        pieces: tally_line(claim, width),
        owner,
        header: false,
    });
    if current {
        if claim.from_page {
            let key =
                (state.config.keys.0).key_or_name(&crate::reader::action::Action::SavePageClaims);
            let text = format!(
                "◇ from the page's own fact-checks, not in the claims file: {key} saves them there"
            );
            push_indented(rows, owner, &text, width, Tone::Accent);
        }
        // What the header had to shorten is shown whole when the claim is open.
        if headed.cut_claimant {
            push_indented(rows, owner, &claim.entry.claimant, width, Tone::Bold);
        }
        if let Some((verdict, class)) = (claim.entry.verdict_text())
            .zip(claim.verdict_class())
            .filter(|_| headed.cut_verdict)
        {
            let tone = Tone::Verdict(class);
            push_indented(
                rows,
                owner,
                &format!("verdict: {}", verdict.trim()),
                width,
                tone,
            );
        }
        claim_details(rows, state, index, width);
    }
    header
}

/// The open claim: role and date, quote, note, then each response.
fn claim_details(rows: &mut Vec<Row>, state: &State, index: usize, width: usize) {
    let claim = &state.doc.claims[index];
    let owner = Owner::Claim(index);
    let details: Vec<&str> = [&claim.entry.role, &claim.entry.date]
        .into_iter()
        .flatten()
        .map(|text| text.as_str())
        .collect();
    if !details.is_empty() {
        push_indented(rows, owner, &details.join(" · "), width, Tone::Muted);
    }
    let quote = quoted(&words_quoted(
        state,
        claim.anchoring.range.clone(),
        &claim.entry.selector.exact,
    ));
    push_indented(rows, owner, &quote, width, Tone::Italic);
    if let Some(note) = &claim.entry.note {
        push_indented(rows, owner, note, width, Tone::MutedItalic);
    }
    // Fact-checkers' reviews, and where the claim was made.
    for review in &claim.entry.reviews {
        let tone = review
            .rating
            .as_deref()
            .map_or(Tone::Muted, |r| Tone::Verdict(VerdictClass::of(r)));
        push_indented(
            rows,
            owner,
            &format!("✎ {}", review.describe()),
            width,
            tone,
        );
        if let Some(url) = &review.url {
            push_address(rows, owner, "", url, width, Tone::Muted);
        }
    }
    for appearance in &claim.entry.appearances {
        push_address(rows, owner, "said at ", appearance, width, Tone::Muted);
    }
    let cursor_range = state.cursor_range();
    for (r, response) in claim.responses.iter().enumerate() {
        let owner = Owner::Response(index, r);
        rows.push(Row {
            pieces: Vec::new(),
            owner,
            header: false,
        });
        let selected = state.selected_response == Some(r);
        let under_cursor = match (&response.anchoring.range, &cursor_range) {
            (Some(span), Some(line)) => {
                span.start < line.end.max(line.start + 1) && line.start < span.end
            }
            _ => false,
        };
        let mark = match (selected, under_cursor) {
            (true, _) if state.focus == Focus::Sidebar => Piece::new("▌ ", Tone::Accent),
            (true, _) | (_, true) => Piece::new("› ", Tone::Accent),
            _ => Piece::plain("  "),
        };
        let highlight = selected && state.focus == Focus::Sidebar;
        for pieces in response_header(response, mark, highlight, width) {
            rows.push(Row {
                pieces,
                owner,
                header: false,
            });
        }
        if let Some(affiliation) = &response.entry.affiliation {
            push_indented(rows, owner, affiliation, width, Tone::Muted);
        }
        let quote = quoted(&words_quoted(
            state,
            response.anchoring.range.clone(),
            &response.entry.selector.exact,
        ));
        push_indented(rows, owner, &quote, width, Tone::Plain);
        if let Some(source) = &response.entry.source {
            let style = Tone::MutedItalic;
            match crate::reader::model::links::source_link_number(&state.doc, index, r) {
                // An address: numbered as in the links list, never broken at a hyphen.
                Some(number) => push_address(
                    rows,
                    owner,
                    &format!("— [{number}] "),
                    source.trim(),
                    width,
                    style.clone(),
                ),
                None => push_indented(rows, owner, &format!("— {source}"), width, style),
            }
        }
    }
}

/// Wraps at spaces only: dates and hyphenated names stay whole unless longer than a line.
fn wrap(text: &str, width: usize) -> Vec<String> {
    wrap_lines(text, width, width)
        .into_iter()
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use crate::claims::parse_text;
    use crate::config::Config;
    use crate::document::Document;
    use crate::reader::action::Action;
    use crate::reader::update::update;

    /// What the sidebar shows, computed from the rows of every claim.
    fn shown_from_every_claim(state: &State, width: usize, height: usize) -> Vec<String> {
        let mut rows = Vec::new();
        for index in 0..state.doc.claims.len() {
            claim_rows(&mut rows, state, index, width);
        }
        let offset = scroll_offset(state, &rows, height);
        text_of(rows, offset, height)
    }

    fn text_of(rows: Vec<Row>, offset: usize, height: usize) -> Vec<String> {
        rows.into_iter()
            .skip(offset)
            .take(height)
            .map(|r| r.text())
            .collect()
    }

    #[test]
    fn a_window_of_claims_shows_what_every_claim_would() {
        let (article, claims) = crate::document::generate::generate(120_000, 200, 7);
        let article = Article::parse("gen.md", article.as_bytes()).unwrap();
        let entries = parse_text("gen.claims.toml", &claims).unwrap();
        let doc = Document::new(article, entries);
        let mut state = State::new(doc, Config::default());
        update(
            &mut state,
            Action::Resize {
                width: 120,
                height: 40,
            },
        );
        let mut checked = 0;
        let mut steps = vec![Action::ToggleFocus];
        steps.extend(std::iter::repeat_n(Action::LineDown, 700));
        steps.push(Action::ToggleFocus);
        steps.extend(std::iter::repeat_n(Action::PrevClaim, 30));
        steps.push(Action::Bottom);
        for action in steps {
            update(&mut state, action);
            for (width, height) in [(40, 30), (40, 7), (25, 60)] {
                let windowed = rows(&state, width, height);
                let offset = scroll_offset(&state, &windowed, height);
                assert_eq!(
                    text_of(windowed, offset, height),
                    shown_from_every_claim(&state, width, height),
                    "claim {:?} response {:?} at {width}x{height}",
                    state.selected,
                    state.selected_response
                );
                checked += 1;
            }
        }
        assert!(
            state.selected.is_some_and(|c| c > 150),
            "{:?}",
            state.selected
        );
        assert!(checked > 2000);
    }

    #[test]
    fn claimants_start_in_one_column_whatever_their_number() {
        // 9, 99 and 200 claims: one, two and three digits; the number right-aligned to
        // the widest, and a page's own fact-check (◇) in the same column as a space.
        for (count, widest) in [(9, 2), (99, 2), (200, 3)] {
            let (article, claims) = crate::document::generate::generate(count * 600, count, 3);
            let article = Article::parse("gen.md", article.as_bytes()).unwrap();
            let entries = parse_text("gen.claims.toml", &claims).unwrap();
            let mut state = State::new(Document::new(article, entries), Config::default());
            update(
                &mut state,
                Action::Resize {
                    width: 120,
                    height: 40,
                },
            );
            let mut columns = std::collections::BTreeSet::new();
            for index in [0, 8, count / 2, count - 1] {
                let mut rows = Vec::new();
                claim_rows(&mut rows, &state, index, 40);
                // A claim after the first opens with a blank row between claims.
                let header = rows
                    .iter()
                    .map(Row::text)
                    .find(|t| !t.trim().is_empty())
                    .unwrap();
                let number = format!("{} ", index + 1);
                let at = header
                    .find(&number)
                    .unwrap_or_else(|| panic!("{number:?} in {header:?}"));
                let column = |byte: usize| header[..byte].chars().count();
                assert_eq!(
                    column(at) + number.len(),
                    1 + widest + 1,
                    "{header:?} of {count}"
                );
                let name = &state.doc.claims[index].entry.claimant;
                let short: String = name.chars().take(6).collect();
                columns.insert(column(header.find(&short).expect("the claimant is shown")));
            }
            assert_eq!(columns.len(), 1, "names start in {columns:?} of {count}");
        }
    }

    /// With no claims the sidebar names where this reader's claims go (the claims file by
    /// its name, whether it is made yet, or why nothing can be kept) and the keys that make
    /// the first, never the README's example names.
    #[test]
    fn an_empty_sidebar_names_this_reader_s_claims_file_and_keys() {
        use crate::reader::model::editing::Target;
        let article = Article::parse("ferry.md", b"# Ferry\n\nThe mayor spoke.\n").unwrap();
        let cases = [
            (
                Some(Target::File {
                    name: "ferry.claims.toml".into(),
                    exists: false,
                }),
                &[
                    "ferry.claims.toml, made at the first edit",
                    "v, then c records a claim",
                    "D drafts",
                ][..],
            ),
            (
                Some(Target::File {
                    name: "notes/x.toml".into(),
                    exists: true,
                }),
                &["notes/x.toml has no claims yet", "v, then c records"][..],
            ),
            (
                Some(Target::ReadOnly {
                    name: "ro.claims.toml".into(),
                    why: "the file is read-only".into(),
                }),
                &[
                    "ro.claims.toml cannot be written (the file is read-only)",
                    "--claims FILE",
                ][..],
            ),
            (
                Some(Target::Nowhere {
                    why: "the article came from standard input".into(),
                }),
                &["No claims for this article. The article came from standard input."][..],
            ),
            (None, &["story.md → story.claims.toml", "D drafts"][..]),
        ];
        for (target, said) in cases {
            let doc = Document::new(article.clone(), Vec::new());
            let mut state = State::new(doc, Config::default());
            if let Some(target) = target.clone() {
                update(&mut state, Action::EditTarget(target));
            }
            let text = rows(&state, 400, 10)
                .iter()
                .map(Row::text)
                .collect::<Vec<_>>()
                .join(" ");
            for words in said {
                assert!(text.contains(words), "{target:?}: {text}");
            }
            if target.is_some() {
                assert!(!text.contains("story.md"), "{target:?}: {text}");
            }
        }
    }
}
