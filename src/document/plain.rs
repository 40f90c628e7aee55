//! The article as plain text with claim markers and endnotes, for when output is not a terminal.

use std::fmt::Write;

use crate::article::ParagraphKind;
use crate::document::Document;
use crate::sanitize::mark_invisible;
use crate::text::fill;

/// The byte offset in `body` after the quotation marks that close right at `end` (a
/// quote's end): `is "entirely safe"[1]`, never `is "entirely safe[1]"`; French marks
/// after their space too (`sûr »[1]`). A mark followed by a letter or digit is an
/// apostrophe (`Iran’s`) and stays after the marker.
fn past_closing_marks(body: &str, end: usize) -> usize {
    let rest = body.get(end..).unwrap_or_default();
    let chars: Vec<(usize, char)> = rest.char_indices().take(8).collect();
    let mut at = 0;
    let mut k = 0;
    while k < chars.len() {
        let (_, c) = chars[k];
        // A space inside French marks, before `»` or `›`.
        let (mark, taken) = if matches!(c, ' ' | '\u{a0}' | '\u{202f}')
            && chars
                .get(k + 1)
                .is_some_and(|&(_, m)| matches!(m, '»' | '›'))
        {
            (chars[k + 1], 2)
        } else {
            (chars[k], 1)
        };
        let followed_by_word = chars
            .get(k + taken)
            .is_some_and(|&(_, n)| n.is_alphanumeric());
        if !crate::quotation::closes(mark.1) || followed_by_word {
            break;
        }
        at = mark.0 + mark.1.len_utf8();
        k += taken;
    }
    end + at
}

/// The article wrapped to `width`, each claim marked `[n]` where its quote ends,
/// followed by the claims and their responses as endnotes.
pub fn render(doc: &Document, width: usize) -> String {
    let width = width.max(20);
    let article = &doc.article;
    let mut out = String::new();
    let meta = &article.meta;
    out.push_str(&fill(article.display_title(), width, "", ""));
    for line in [&meta.dek].into_iter().flatten() {
        out.push_str(&fill(line, width, "", ""));
    }
    let details: Vec<&str> = [
        &meta.outlet,
        &meta.section,
        &meta.byline,
        &meta.date,
        &meta.url,
    ]
    .into_iter()
    .flatten()
    .map(String::as_str)
    .collect();
    if !details.is_empty() {
        out.push_str(&fill(&details.join(" · "), width, "", ""));
    }

    // Markers go after the last byte of each claim's quote and the quotation marks that
    // close round it, in order of position.
    let mut markers: Vec<(usize, usize)> = doc
        .claims
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let end = c.anchoring.range.as_ref()?.end;
            Some((past_closing_marks(&article.body, end), i + 1))
        })
        .collect();
    markers.sort_unstable();
    for (index, paragraph) in article.paragraphs.iter().enumerate() {
        let range = paragraph.range.clone();
        let first = markers.partition_point(|&(end, _)| end <= range.start);
        let last = markers.partition_point(|&(end, _)| end <= range.end);
        // What goes into the text: claim markers, and `~~` round struck text (struck
        // words are words withdrawn: without the mark they would read as said). At one
        // place a strike closes, then a marker goes, then a strike opens.
        let mut inserts: Vec<(usize, u8, String)> = markers[first..last.max(first)]
            .iter()
            .map(|&(end, number)| (end, 1, format!("[{number}]")))
            .collect();
        for style in article.styles_overlapping(range.clone()) {
            if style.style == crate::article::rich::InlineStyle::Strike && !style.range.is_empty() {
                inserts.push((style.range.start.max(range.start), 2, "~~".into()));
                inserts.push((style.range.end.min(range.end), 0, "~~".into()));
            }
        }
        inserts.sort();
        let mut text = String::new();
        let mut at = range.start;
        for (place, _, insert) in inserts {
            text.push_str(&article.body[at..place]);
            text.push_str(&insert);
            at = place;
        }
        text.push_str(&article.body[at..range.end]);
        if !paragraph.continues && !article.joins_previous(index) {
            out.push('\n');
        }
        let lead = &paragraph.lead;
        let bars = "> ".repeat(usize::from(lead.quote_depth));
        let indent = " ".repeat(usize::from(lead.indent));
        let marker = lead.marker.as_deref().unwrap_or_default();
        let first = format!("{bars}{indent}{marker}");
        let rest = format!(
            "{bars}{indent}{}",
            " ".repeat(crate::wrap::display_width(marker))
        );
        match paragraph.kind {
            ParagraphKind::Rule => {
                writeln!(
                    out,
                    "{bars}{}",
                    "-".repeat(width.saturating_sub(bars.len()).min(40))
                )
                .ok();
            }
            ParagraphKind::Code => {
                for line in text.split('\n') {
                    writeln!(out, "{rest}    {}", crate::wrap::visible(line)).ok();
                }
            }
            kind => {
                let lines =
                    kind == ParagraphKind::Table || (article.line_breaks && text.contains('\n'));
                if !lines {
                    // Soft hyphens and zero-width spaces stay for the wrap, which breaks at them.
                    out.push_str(&fill(
                        &text.replace(['\n', '\t'], " "),
                        width,
                        &first,
                        &rest,
                    ));
                    continue;
                }
                // The author's line breaks are kept; a table is set as the reader sets it.
                if kind == ParagraphKind::Table {
                    let room = width.saturating_sub(crate::wrap::display_width(&rest));
                    let lines = crate::layout::paragraph_lines(&text, kind, true, room);
                    for (n, line) in lines.into_iter().enumerate() {
                        let lead = if n == 0 { &first } else { &rest };
                        let line = crate::wrap::shown_line(&text[line]);
                        let shown = format!("{lead}{line}");
                        writeln!(out, "{}", shown.trim_end()).ok();
                    }
                    continue;
                }
                for (n, line) in text.split('\n').enumerate() {
                    let lead = if n == 0 { &first } else { &rest };
                    out.push_str(&fill(&line.replace('\t', " "), width, lead, &rest));
                }
            }
        }
    }

    if doc.claims.is_empty() {
        return out;
    }
    out.push_str("\n\nClaims\n");
    for index in 0..doc.claims.len() {
        out.push('\n');
        out.push_str(&claim_note(doc, index, width));
    }
    out
}

/// What marks an endnote's drafted claim or response (`draft = true`).
const DRAFT: &str = " (draft, not yet reviewed)";

/// Claim `index` as an endnote wrapped to `width`: number, claimant, summary, verdict and
/// date, its quote, its note, and each response with stance, expert, affiliation, quote
/// and source; a draft no person has reviewed says so.
pub fn claim_note(doc: &Document, index: usize, width: usize) -> String {
    let mut out = String::new();
    let (i, claim) = (index, &doc.claims[index]);
    let entry = &claim.entry;
    let mut head = format!("[{}] {}", i + 1, entry.claimant);
    if let Some(role) = &entry.role {
        write!(head, ", {role}").ok();
    }
    write!(head, ": {}", entry.summary).ok();
    if let Some(verdict) = entry.verdict_text() {
        write!(head, " — {verdict}").ok();
    }
    if let Some(date) = &entry.date {
        write!(head, " ({date})").ok();
    }
    if entry.draft.is_some() {
        head.push_str(DRAFT);
    }
    out.push_str(&fill(&head, width, "", "    "));
    out.push_str(&fill(
        &crate::quotation::quoted(&mark_invisible(entry.selector.exact.trim())),
        width,
        "    ",
        "    ",
    ));
    if claim.anchoring.range.is_none() {
        out.push_str("    (not found in the article's text)\n");
    }
    if let Some(note) = &entry.note {
        out.push_str(&fill(note, width, "    ", "    "));
    }
    for response in &claim.responses {
        let r = &response.entry;
        let mut who = format!("{} {} — {}", r.stance.mark(), r.stance.word(), r.expert);
        if let Some(affiliation) = &r.affiliation {
            write!(who, ", {affiliation}").ok();
        }
        if r.draft.is_some() {
            who.push_str(DRAFT);
        }
        out.push_str(&fill(&who, width, "    ", "      "));
        out.push_str(&fill(
            &crate::quotation::quoted(&mark_invisible(r.selector.exact.trim())),
            width,
            "      ",
            "      ",
        ));
        if let Some(source) = &r.source {
            out.push_str(&fill(&format!("({source})"), width, "      ", "      "));
        }
    }
    out
}
