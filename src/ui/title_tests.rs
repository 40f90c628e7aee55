//! Tests of fitting titles: a family of titles at every width from their full length down.

use super::*;

/// Titles of the shapes the overlays have: a name, hints, a way out; long and short.
fn family() -> Vec<Title> {
    vec![
        Title::named("Filter claims")
            .hint("Enter chooses")
            .closed_by("q"),
        Title::named("People")
            .hint("Enter steps through their statements")
            .closed_by("q"),
        Title::named("Links (12)")
            .hint("Enter opens")
            .closed_by("q"),
        Title::named("Move the response to which claim?")
            .hint("Enter moves it")
            .closed_by("Esc"),
        Title {
            close: Some(("? or q closes".into(), "q".into())),
            ..Title::named("Keys")
        },
        Title {
            close: Some(("Ctrl-S saves · Esc closes".into(), "Ctrl-S·Esc".into())),
            ..Title::named("Edit the reviewer's verdict")
        },
        Title::named("Claims 3 of 40").hint("said by the senator"),
        Title::named("Claims 10/12"),
        Title::named("A pier that was built twice over the bay")
            .hint("Enter reads it")
            .hint("f filters")
            .closed_by("q"),
    ]
}

/// The words of a title, the separators and frame left out.
fn words(title: &str) -> Vec<String> {
    title
        .split([' ', '·'])
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn every_title_fits_its_room_and_marks_any_cut_at_every_width() {
    for title in family() {
        let full = title.full();
        let whole: Vec<String> = words(&full);
        for room in (3..=display_width(&full) + 2).rev() {
            let shown = title.fit(room);
            assert!(
                display_width(&shown) <= room,
                "{shown:?} is wider than {room}"
            );
            if room >= display_width(&full) {
                assert_eq!(shown, full);
                continue;
            }
            // The way out said by its key alone is a short form of it, not a cut.
            let short = title
                .close
                .as_ref()
                .map(|(_, short)| format!(" {} · {short} ", title.name));
            assert!(
                shown.contains('…') || Some(&shown) == short.as_ref(),
                "{shown:?} at {room} was cut unmarked"
            );
            // Every word shown is whole, or marked where it is cut (from 20 columns up,
            // words are cut only at their ends).
            for word in words(&shown) {
                let bare = word.trim_end_matches('…');
                let is_whole = whole.iter().any(|w| w == bare || w == &word) || bare.is_empty();
                let marked = word.ends_with('…');
                assert!(
                    is_whole || (marked && room < 20),
                    "{shown:?} at {room} splits a word: {word:?}"
                );
            }
        }
    }
}

#[test]
fn the_way_out_stays_while_the_name_can_still_be_said() {
    for title in family() {
        let Some((full_close, short)) = title.close.clone() else {
            continue;
        };
        let first = title.name.split(' ').next().unwrap_or_default();
        // Room for the first word, `…`, ` · `, the way out, and the frame's spaces.
        let room = display_width(first) + 1 + 3 + display_width(&full_close) + 2;
        for width in room..display_width(&title.full()) {
            assert!(
                title.fit(width).contains(&full_close),
                "{:?} at {width} lost {full_close:?}",
                title.fit(width)
            );
        }
        let room = display_width(first) + 1 + 3 + display_width(&short) + 2;
        assert!(title.fit(room).ends_with(&format!(" {short} ")));
    }
}

#[test]
fn the_hints_go_before_the_name_is_shortened() {
    let title = Title::named("Filter claims")
        .hint("Enter chooses")
        .closed_by("q");
    assert_eq!(title.fit(40), " Filter claims · … · q closes ");
    assert_eq!(title.fit(27), " Filter claims… · q closes ");
    assert_eq!(title.fit(20), " Filter… · q closes ");
    assert_eq!(title.fit(14), " Filter… · q ");
}

#[test]
fn a_name_with_no_room_for_its_first_word_is_cut_marked() {
    let title = Title::named("Claims 10/12");
    assert_eq!(title.fit(12), " Claims… ");
    assert_eq!(title.fit(6), " Cla… ");
    assert_eq!(title.fit(2), "C…");
}

#[test]
fn a_notice_is_shortened_in_its_words_and_keeps_its_figure() {
    let notices = [
        " drafting claims from the text… 45% ",
        " fetching the page from the archive 3/10 ",
        " changed on disk: r reloads ",
        " ⧩ said by the senator (4) ",
    ];
    for notice in notices {
        let figure = notice.trim().rsplit(' ').next().unwrap_or_default();
        let keeps = figure.starts_with(|c: char| c.is_ascii_digit());
        for room in (1..=display_width(notice)).rev() {
            let shown = fit_words(notice, room);
            assert!(display_width(&shown) <= room, "{shown:?} at {room}");
            if room < display_width(notice) {
                assert!(shown.contains('…'), "{shown:?} at {room} cut unmarked");
                assert!(
                    !shown.contains("……"),
                    "{shown:?} at {room} doubles its mark"
                );
            }
            if keeps && room >= display_width(figure) + 12 {
                assert!(shown.contains(figure), "{shown:?} at {room} lost {figure}");
            }
        }
    }
    assert_eq!(
        fit_words(" drafting claims from the text… 45% ", 24),
        " drafting claims… 45% "
    );
}
