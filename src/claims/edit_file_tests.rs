//! The file opened from disk, its text left there: cut a block at a time into the pieces the text held in memory is cut into, changed and undone to the same bytes, and never read once it changed in place.

use std::io::Write as _;

use proptest::prelude::*;

use super::base::Base;
use super::piece_tests::{entry, oddities, with_oddities};
use super::props::{Style, change_for, claim, step, style, word, write_file};
use super::*;

/// `text` written to a file in a new folder; the folder (removed when dropped) and the
/// file's path.
fn on_disk(text: &[u8]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.claims.toml");
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

/// The file at `path` opened from disk, `block` bytes read at a time.
fn open_at(path: &std::path::Path, block: usize) -> (EditableFile, Fingerprint) {
    let handle = std::fs::File::open(path).unwrap();
    EditableFile::open_file_in_blocks("t.claims.toml", handle, block).unwrap()
}

/// The pieces' byte ranges, `None` for a piece an edit wrote.
fn ranges(file: &EditableFile) -> Vec<Option<Range<usize>>> {
    file.pieces
        .iter()
        .map(|p| match &p.text {
            Source::Base(range, _) => Some(range.clone()),
            Source::Own(_) => None,
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_file_read_in_blocks_is_cut_changed_and_undone_as_the_text_in_memory(
        mut claims in prop::collection::vec(claim(), 0..6),
        rejected in prop::collection::vec(word(), 0..3),
        style in style(),
        odd in oddities(),
        block in 1usize..400,
        steps in prop::collection::vec(step(), 0..10),
    ) {
        for (i, c) in claims.iter_mut().enumerate() {
            c.id = if style.marks[i % 40].3 { format!("k{i}") } else { format!("c{}", i + 1) }.into();
        }
        let plain = Style { crlf: false, bom: false, ..style.clone() };
        let (text, _) = write_file(&claims, &rejected, &plain);
        let text = with_oddities(&text, &odd);
        let (_dir, path) = on_disk(text.as_bytes());
        let (mut disk, read) = open_at(&path, block);
        let mut memory = EditableFile::open("t.claims.toml", text.as_str()).unwrap();
        prop_assert_eq!(read, Fingerprint::of(text.as_bytes()));
        // Left on disk but where a multi-line string runs over a block's last cut (or
        // the file has no final newline); cut as the text in memory is, either way.
        let on_file = matches!(disk.base, Base::File(_));
        prop_assert!(on_file || !text.ends_with('\n') || text.contains("\"\"\"") || text.contains("'''"), "{:?}", text);
        prop_assert_eq!(ranges(&disk), ranges(&memory));
        prop_assert_eq!((disk.count, disk.ids.unnamed), (memory.count, memory.ids.unnamed));
        prop_assert_eq!((&disk.claim_gap, &disk.response_gap), (&memory.claim_gap, &memory.response_gap));
        let start = crate::claims::parse_file("t.toml", &text).unwrap();
        let (mut model, mut model_rejected) = (start.claims.clone(), start.rejected.clone());
        let mut inverses = Vec::new();
        for (n, step) in steps.iter().enumerate() {
            match change_for(step, n, &model, &model_rejected) {
                Some(change) => {
                    let made = disk.apply(&change);
                    prop_assert_eq!(&made, &memory.apply(&change), "{:?}", change);
                    made.map_err(|e| TestCaseError::fail(format!("{change:?}: {e}")))?;
                    inverses.push(change.apply_to(&mut model, &mut model_rejected).expect("fits"));
                }
                None => {
                    if let Some(inverse) = inverses.pop() {
                        prop_assert!(disk.undo() && memory.undo());
                        inverse.apply_to(&mut model, &mut model_rejected).expect("undoes");
                    }
                }
            }
            let now = disk.text();
            prop_assert_eq!(&now, &memory.text(), "after {:?}", step);
            prop_assert_eq!(disk.fingerprint().unwrap(), Fingerprint::of(now.as_bytes()));
            prop_assert!(disk.ids_are_current());
        }
        while disk.undo() {}
        prop_assert_eq!(disk.text(), text);
        prop_assert!(disk.intact());
    }
}

/// A plain file of 30 claims, a claim a piece.
fn thirty() -> String {
    let mut text = String::from("rejected = [\"no\"]\n");
    for i in 0..30 {
        text += &format!(
            "\n# claim {i}\n[[claim]]\nid = \"k{i}\"\nclaimant = \"P{i}\"\nquote = \"q{i}\"\n"
        );
    }
    text
}

#[test]
fn only_a_plain_file_is_left_on_disk() {
    let plain = thirty();
    let long_string = plain.replacen(
        "quote = \"q3\"\n",
        "quote = \"q3\"\nnote = \"\"\"\n[[claim]]\n\"\"\"\n",
        1,
    );
    for (text, block, on_file) in [
        (plain.clone(), 1 << 20, true),
        (plain.clone(), 1, true),
        (plain.clone(), 64, true),
        // A piece of several blocks.
        (
            plain.replace(
                "quote = \"q5\"",
                &format!("quote = \"{}\"", "w".repeat(900)),
            ),
            64,
            true,
        ),
        // The `[[claim]]` line in the note is no cut: within a block, the pieces join.
        (long_string.clone(), 1 << 20, true),
        (format!("\u{feff}{plain}"), 64, false),
        (plain.replace('\n', "\r\n"), 64, false),
        (plain.trim_end().to_string(), 64, false),
        (String::new(), 64, false),
        ("# nothing but a comment\n".to_string(), 64, true),
    ] {
        let (_dir, path) = on_disk(text.as_bytes());
        let (disk, read) = open_at(&path, block);
        assert_eq!(read, Fingerprint::of(text.as_bytes()), "{text:?}");
        assert_eq!(
            matches!(disk.base, Base::File(_)),
            on_file,
            "{block} {text:?}"
        );
        assert_eq!(disk.text(), text);
        assert_eq!(disk.was_empty(), text.is_empty());
    }
    // A multi-line string over a block's last cut: read again whole, the same pieces.
    let (_dir, path) = on_disk(long_string.as_bytes());
    let memory = EditableFile::open("t", long_string.as_str()).unwrap();
    let cut_in_note = (1..long_string.len())
        .map(|block| open_at(&path, block).0)
        .find(|disk| matches!(disk.base, Base::Memory(_)))
        .expect("a block ends at the note's `[[claim]]`");
    assert_eq!(ranges(&cut_in_note), ranges(&memory));
}

#[test]
fn a_file_not_utf8_is_refused_as_before() {
    let mut bytes = thirty().into_bytes();
    bytes[40] = 0xff;
    let (_dir, path) = on_disk(&bytes);
    let handle = std::fs::File::open(&path).unwrap();
    let err = EditableFile::open_file_in_blocks("t.claims.toml", handle, 16)
        .err()
        .unwrap();
    assert!(err.to_string().contains("is not UTF-8"), "{err}");
}

/// Another program's hand on the file: the handle's file replaced by a rename (as the
/// writer saves), removed, or another file beside it written, leave the text opened as it
/// was; written into in place (the same bytes, other bytes, more, fewer, or only its
/// time set) it is no longer read: [`EditableFile::intact`] says so, and writing or
/// changing what must be read from it fails.
#[test]
fn a_file_changed_in_place_is_never_read_and_one_replaced_still_is() {
    let text = thirty();
    type Hand = fn(&std::path::Path, &str);
    let hands: [(&str, Hand, bool); 8] = [
        (
            "replaced by a rename",
            |path, text| {
                let new = path.with_extension("new");
                std::fs::write(&new, text.replace("P1", "Q1")).unwrap();
                std::fs::rename(&new, path).unwrap();
            },
            true,
        ),
        (
            "removed",
            |path, _| std::fs::remove_file(path).unwrap(),
            true,
        ),
        (
            "another file written",
            |path, _| {
                std::fs::write(path.with_extension("other"), "x").unwrap();
            },
            true,
        ),
        (
            "the same bytes written",
            |path, text| {
                std::fs::write(path, text).unwrap();
            },
            false,
        ),
        (
            "other bytes of the same length",
            |path, text| {
                std::fs::write(path, text.replace("P1", "Q1")).unwrap();
            },
            false,
        ),
        (
            "a line appended",
            |path, _| {
                let mut file = std::fs::File::options().append(true).open(path).unwrap();
                file.write_all(b"# more\n").unwrap();
            },
            false,
        ),
        (
            "cut short",
            |path, text| {
                std::fs::write(path, &text[..text.len() / 2]).unwrap();
            },
            false,
        ),
        (
            "its time set",
            |path, _| {
                let when = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
                let file = std::fs::File::options().write(true).open(path).unwrap();
                file.set_modified(when).unwrap();
            },
            false,
        ),
    ];
    for (what, hand, stays) in hands {
        let (_dir, path) = on_disk(text.as_bytes());
        let (mut disk, _) = open_at(&path, 64);
        disk.apply(&Change::AddClaim {
            at: 10,
            entry: entry("new"),
        })
        .unwrap();
        // A tick of the file system's clock, so a write moves the file's time.
        std::thread::sleep(std::time::Duration::from_millis(20));
        hand(&path, &text);
        assert_eq!(disk.intact(), stays, "{what}");
        let mut out = Vec::new();
        assert_eq!(disk.write_to(&mut out).is_ok(), stays, "{what}");
        assert_eq!(disk.fingerprint().is_ok(), stays, "{what}");
        // A change far from the one made reads pieces from the file.
        let far = disk.apply(&Change::RemoveClaim { at: 25 });
        assert_eq!(far.is_ok(), stays, "{what}: {far:?}");
        if stays {
            let now = String::from_utf8(out).unwrap();
            assert!(
                now.contains("id = \"new\"") && now.contains("\"P1\""),
                "{what}"
            );
            assert!(disk.undo() && disk.undo());
            assert_eq!(disk.text(), text, "{what}");
        } else {
            let message = far.unwrap_err().0;
            assert!(message.contains("changed on disk"), "{what}: {message}");
        }
    }
}
