//! Tests of the claims file's keeper: the journal written before the writer, saves, a conflict with another writer, recovery of what was left unsaved.

use super::*;
use crate::claims::change::Change;
use crate::claims::{QuoteSelector, ResponseEntry, Stance};

const CLAIMS: &str =
    "# comments stay\n[[claim]]\nid = \"a\"\nclaimant = \"A\"\nquote = \"first words\"\n";

struct Files {
    _dir: tempfile::TempDir,
    sources: Sources,
    claims: PathBuf,
    journal: PathBuf,
}

fn files() -> Files {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.md");
    let claims = dir.path().join("a.claims.toml");
    std::fs::write(&article, "first words and more words.\n").unwrap();
    std::fs::write(&claims, CLAIMS).unwrap();
    Files {
        journal: dir.path().join("journal.jsonl"),
        sources: Sources {
            article: Some(article),
            ..Sources::default()
        },
        claims,
        _dir: dir,
    }
}

fn response() -> Change {
    Change::AddResponse {
        claim: 0,
        at: 0,
        entry: ResponseEntry {
            expert: "E".into(),
            affiliation: None,
            stance: Stance::Disputes,
            selector: QuoteSelector {
                exact: "more words".into(),
                ..QuoteSelector::default()
            },
            source: None,
            draft: None,
        },
    }
}

/// Records [`response`] as an edit (its inverse removes it), journaled.
fn add_response(store: &mut Store) {
    store
        .edited(
            vec![response()],
            vec![Change::RemoveResponse { claim: 0, at: 0 }],
            false,
        )
        .unwrap();
}

/// Polls until the writer has reported (at most a few seconds).
fn reports(store: &mut Store) -> Vec<Report> {
    for _ in 0..500 {
        let reports = store.poll();
        if !reports.is_empty() {
            return reports;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the writer never reported");
}

#[test]
fn an_edit_is_journaled_then_written_and_the_journal_goes_when_all_is_saved() {
    let f = files();
    let mut store = Store::with_journal(&f.sources, SavePolicy::Immediate, Some(f.journal.clone()));
    add_response(&mut store);
    assert!(f.journal.exists(), "journaled before it is written");
    assert!(matches!(
        reports(&mut store).as_slice(),
        [Report::Saved { .. }]
    ));
    let text = std::fs::read_to_string(&f.claims).unwrap();
    assert!(text.starts_with("# comments stay\n"), "{text}");
    assert!(text.contains("expert = \"E\""), "{text}");
    assert!(
        store.wrote_last(&f.claims),
        "the reader's own write is known as its own"
    );
    assert_eq!(
        crate::claims::journal::leftover_at(&f.journal, &f.claims),
        None
    );
    // Undone: the file's bytes are the original's.
    store
        .edited(
            vec![Change::RemoveResponse { claim: 0, at: 0 }],
            vec![response()],
            true,
        )
        .unwrap();
    reports(&mut store);
    assert_eq!(std::fs::read_to_string(&f.claims).unwrap(), CLAIMS);
    assert_eq!(store.finish(), None);
    assert!(!f.journal.exists());
}

#[test]
fn saving_on_the_key_leaves_the_file_alone_and_the_journal_holds_the_edit() {
    let f = files();
    let mut store = Store::with_journal(&f.sources, SavePolicy::OnKey, Some(f.journal.clone()));
    add_response(&mut store);
    std::thread::sleep(std::time::Duration::from_millis(50));
    assert!(store.poll().is_empty());
    assert_eq!(std::fs::read_to_string(&f.claims).unwrap(), CLAIMS);
    // A session ended here (a crash): the next one finds the change.
    drop(store);
    let next = Store::with_journal(&f.sources, SavePolicy::OnKey, Some(f.journal.clone()));
    let (left, moved) = next.leftover().unwrap();
    assert_eq!(left.changes, [response()]);
    assert!(!moved);
}

#[test]
fn another_writer_before_the_first_edit_is_a_conflict_and_nothing_is_written() {
    let f = files();
    let mut store = Store::with_journal(&f.sources, SavePolicy::Immediate, Some(f.journal.clone()));
    std::thread::sleep(std::time::Duration::from_millis(20));
    let outside =
        format!("[[claim]]\nid = \"first\"\nclaimant = \"X\"\nquote = \"more\"\n{CLAIMS}");
    std::fs::write(&f.claims, &outside).unwrap();
    add_response(&mut store);
    assert!(matches!(reports(&mut store).as_slice(), [Report::Conflict]));
    assert_eq!(std::fs::read_to_string(&f.claims).unwrap(), outside);
    // Read again: the unsaved change is handed back, and made again on the new file.
    let (unsaved, _) = store.unsaved();
    assert_eq!(unsaved, [response()]);
    store.reset();
    let again = Change::AddResponse {
        claim: 1,
        at: 0,
        entry: match response() {
            Change::AddResponse { entry, .. } => entry,
            _ => unreachable!(),
        },
    };
    store.edited(vec![again], Vec::new(), false).unwrap();
    assert!(matches!(
        reports(&mut store).as_slice(),
        [Report::Saved { .. }]
    ));
    let text = std::fs::read_to_string(&f.claims).unwrap();
    assert!(
        text.contains("id = \"first\"") && text.contains("expert = \"E\""),
        "{text}"
    );
}

/// Another writer between two saves: the write finds it and reports the conflict once,
/// however many edits and saves follow before the loop reads the file again (each report
/// would read it again and make the edits again: twice, the edits would be doubled).
#[test]
fn another_writer_between_saves_is_one_conflict_until_the_file_is_read_again() {
    let f = files();
    let mut store = Store::with_journal(&f.sources, SavePolicy::Immediate, Some(f.journal.clone()));
    add_response(&mut store);
    assert!(matches!(
        reports(&mut store).as_slice(),
        [Report::Saved { .. }]
    ));
    let saved = std::fs::read_to_string(&f.claims).unwrap();
    let outside = format!("{saved}# another writer\n");
    std::fs::write(&f.claims, &outside).unwrap();
    for _ in 0..3 {
        store
            .edited(
                vec![response()],
                vec![Change::RemoveResponse { claim: 0, at: 0 }],
                false,
            )
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(30));
    }
    let mut all = reports(&mut store);
    std::thread::sleep(std::time::Duration::from_millis(100));
    all.extend(store.poll());
    assert!(matches!(all.as_slice(), [Report::Conflict]), "{all:?}");
    assert_eq!(std::fs::read_to_string(&f.claims).unwrap(), outside);
    assert_eq!(store.unsaved().0.len(), 3);
    assert!(store.has_unsaved());
}

/// The writer reads the pieces no edit touched from the file as it opened it, which its
/// saves replace by a rename. Written into in place through another name of it (a hard
/// link) after a save, that file is no longer what was opened: the next edit is a
/// conflict, nothing is written from it, and the edit is made again on the file read
/// again. Saves with nothing written into it are saved.
#[test]
fn the_file_opened_written_in_place_through_another_name_is_a_conflict() {
    let f = files();
    let other = f.claims.with_extension("other-name.toml");
    std::fs::hard_link(&f.claims, &other).unwrap();
    let mut store = Store::with_journal(&f.sources, SavePolicy::Immediate, Some(f.journal.clone()));
    let undo = vec![Change::RemoveResponse { claim: 0, at: 0 }];
    for _ in 0..2 {
        store.edited(vec![response()], undo.clone(), false).unwrap();
        assert!(matches!(
            reports(&mut store).as_slice(),
            [Report::Saved { .. }]
        ));
    }
    let saved = std::fs::read_to_string(&f.claims).unwrap();
    assert_eq!(saved.matches("expert = \"E\"").count(), 2, "{saved}");
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&other, CLAIMS.replace("first words", "other words")).unwrap();
    store.edited(vec![response()], undo.clone(), false).unwrap();
    assert!(matches!(reports(&mut store).as_slice(), [Report::Conflict]));
    assert_eq!(std::fs::read_to_string(&f.claims).unwrap(), saved);
    let (unsaved, _) = store.unsaved();
    assert_eq!(unsaved, [response()]);
    store.reset();
    store.edited(unsaved, Vec::new(), false).unwrap();
    assert!(matches!(
        reports(&mut store).as_slice(),
        [Report::Saved { .. }]
    ));
    let text = std::fs::read_to_string(&f.claims).unwrap();
    assert_eq!(text.matches("expert = \"E\"").count(), 3, "{text}");
    assert!(
        text.contains("first words") && !text.contains("other words"),
        "{text}"
    );
}

/// The save key, then quitting without saving at once (the journal set aside): the
/// save asked for is made, though the writer takes both jobs together.
#[test]
fn a_save_asked_for_before_the_journal_is_set_aside_is_made() {
    let f = files();
    let mut store = Store::with_journal(&f.sources, SavePolicy::OnKey, Some(f.journal.clone()));
    add_response(&mut store);
    store.save();
    let aside = store.discard().expect("the journal set aside");
    assert!(aside.to_string_lossy().ends_with(".discarded"), "{aside:?}");
    assert_eq!(store.finish(), None);
    let text = std::fs::read_to_string(&f.claims).unwrap();
    assert!(text.contains("expert = \"E\""), "{text}");
}

#[test]
fn where_edits_go() {
    let f = files();
    assert!(matches!(
        target(&f.sources),
        Target::File { exists: true, .. }
    ));
    assert_eq!(target(&Sources::default()), Target::Sample);
    let stdin = Sources {
        article: Some("-".into()),
        ..Sources::default()
    };
    assert!(matches!(target(&stdin), Target::Nowhere { .. }));
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&f.claims, std::fs::Permissions::from_mode(0o444)).unwrap();
    // (root may write anything: then the file counts as writable, which it is.)
    let running_as_root = unsafe { libc::geteuid() } == 0;
    if !running_as_root {
        assert!(matches!(target(&f.sources), Target::ReadOnly { .. }));
    }
}

#[test]
fn a_claims_file_the_session_created_goes_again_when_every_edit_is_undone() {
    let f = files();
    std::fs::remove_file(&f.claims).unwrap();
    let mut store = Store::with_journal(&f.sources, SavePolicy::Immediate, Some(f.journal.clone()));
    let claim = Change::AddClaim {
        at: 0,
        entry: crate::claims::parse_text("c.toml", CLAIMS)
            .unwrap()
            .remove(0),
    };
    store
        .edited(vec![claim], vec![Change::RemoveClaim { at: 0 }], false)
        .unwrap();
    reports(&mut store);
    assert!(f.claims.exists());
    store
        .edited(vec![Change::RemoveClaim { at: 0 }], Vec::new(), true)
        .unwrap();
    reports(&mut store);
    assert!(!f.claims.exists(), "undone to no file, as it was");
    // Taking the file away was the reader's own doing: no change on disk to report
    // (`D` that created the file, then `u`); another writer's file there is one.
    assert!(store.wrote_last(&f.claims), "the reader's own removal");
    std::fs::write(&f.claims, CLAIMS).unwrap();
    assert!(!store.wrote_last(&f.claims), "another writer's file");
}

#[test]
fn a_journal_set_aside_never_goes_over_one_set_aside_before() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("0123.jsonl");
    let mut names = Vec::new();
    for n in 0..4 {
        std::fs::write(&journal, format!("session {n}")).unwrap();
        names.push(set_aside(&journal).unwrap());
        assert!(!journal.exists());
    }
    let expected: Vec<_> = [
        "0123.discarded",
        "0123.2.discarded",
        "0123.3.discarded",
        "0123.4.discarded",
    ]
    .iter()
    .map(|name| dir.path().join(name))
    .collect();
    assert_eq!(names, expected);
    // Each kept what it was.
    for (n, name) in names.iter().enumerate() {
        assert_eq!(
            std::fs::read_to_string(name).unwrap(),
            format!("session {n}")
        );
    }
    // A name taken by something else is passed over too.
    std::fs::write(dir.path().join("0123.5.discarded"), "other").unwrap();
    std::fs::write(&journal, "session 5").unwrap();
    assert_eq!(
        set_aside(&journal).unwrap(),
        dir.path().join("0123.6.discarded")
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("0123.5.discarded")).unwrap(),
        "other"
    );
    // A journal that is not there is an error, and nothing is made.
    assert!(set_aside(&dir.path().join("none.jsonl")).is_err());
    assert!(!dir.path().join("none.discarded").exists());
}

/// A journal that is not one (garbage, a stray binary, a header cut mid-line) is set aside
/// as `.unreadable` (then `.2.unreadable`, …, never overwriting), never read nor written over; a
/// real journal, an empty file and no file are left where they are.
#[test]
fn an_unreadable_journal_is_set_aside_and_named() {
    let f = files();
    let aside = |n: &str| f.journal.with_file_name(format!("journal.{n}unreadable"));
    for (round, garbage) in [
        &b"not a journal at all\n{}\n"[..],
        b"\x00\xff\xfe binary",
        b"{\"counterpoint_journal\": 1, \"claims\"",
    ]
    .into_iter()
    .enumerate()
    {
        std::fs::write(&f.journal, garbage).unwrap();
        let store = Store::with_journal(&f.sources, SavePolicy::Immediate, Some(f.journal.clone()));
        let suffix = if round == 0 {
            String::new()
        } else {
            format!("{}.", round + 1)
        };
        assert_eq!(store.unreadable_journal(), Some(aside(&suffix).as_path()));
        assert!(store.leftover().is_none());
        assert!(!f.journal.exists());
        assert_eq!(std::fs::read(aside(&suffix)).unwrap(), garbage);
    }
    // A real journal with its header is read, not set aside; an empty one is no journal.
    let mut store = Store::with_journal(&f.sources, SavePolicy::OnKey, Some(f.journal.clone()));
    add_response(&mut store);
    drop(store);
    let store = Store::with_journal(&f.sources, SavePolicy::OnKey, Some(f.journal.clone()));
    assert_eq!(store.unreadable_journal(), None);
    assert!(store.leftover().is_some());
    std::fs::write(&f.journal, "").unwrap();
    let store = Store::with_journal(&f.sources, SavePolicy::OnKey, Some(f.journal.clone()));
    assert_eq!(store.unreadable_journal(), None);
    assert!(f.journal.exists());
}

#[test]
fn what_could_not_be_made_again_is_kept_as_a_claims_file_and_added_to_not_written_over() {
    let f = files();
    let store = Store::with_journal(&f.sources, SavePolicy::OnKey, Some(f.journal.clone()));
    let mut first = crate::claims::examples::claim("gone");
    first.responses = vec![crate::claims::examples::response(
        "Émile Zoë",
        Stance::Context,
    )];
    let at = store
        .keep_unplaced(&[first.clone()], "the file changed")
        .unwrap();
    assert_eq!(at, f.journal.with_extension("unplaced.toml"));
    let second = crate::claims::examples::claim("later");
    store.keep_unplaced(&[second], "again").unwrap();
    let text = std::fs::read_to_string(&at).unwrap();
    assert!(text.contains("# Edits to "), "{text}");
    assert!(
        text.contains("the file changed") && text.contains("again"),
        "{text}"
    );
    // Both batches read back, whole, as one claims file.
    let back = crate::claims::parse("unplaced", text.as_bytes()).unwrap();
    let ids: Vec<&str> = back.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["gone", "later"]);
    assert_eq!(back[0].responses[0].expert, "Émile Zoë");
    assert_eq!(
        back[0].responses[0].selector.exact,
        first.responses[0].selector.exact
    );
}

#[test]
fn without_a_state_directory_what_could_not_be_made_again_is_kept_beside_the_claims_file() {
    let f = files();
    let store = Store::with_journal(&f.sources, SavePolicy::OnKey, None);
    let at = store
        .keep_unplaced(&[crate::claims::examples::claim("gone")], "why")
        .unwrap();
    assert_eq!(at, f.claims.with_extension("unplaced.toml"));
    assert!(at.exists());
}

/// A journal started while the claims file on disk is not the one read (left broken in
/// any way, or rewritten by another writer, and not read again yet) is based on the file
/// as read: its edits were made to those entries. After a crash, the file mended back is
/// the base again, so the edits are made on it, not set aside as made to another file.
#[test]
fn a_journal_started_after_the_file_changed_on_disk_is_based_on_the_file_as_read() {
    let changed_ways: [&[u8]; 4] = [
        b"[[claim]\nid = \"a\"\n",
        b"[[claim]]\nid = \"a\nclaimant = \"A\"\n",
        b"\xff\xfe not text",
        b"",
    ];
    for changed in changed_ways {
        let f = files();
        let mut store = Store::with_journal(&f.sources, SavePolicy::OnKey, Some(f.journal.clone()));
        store.note_read_bytes();
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(&f.claims, changed).unwrap();
        add_response(&mut store);
        drop(store);
        // The user mends the file back as it was, after the reader was killed.
        std::fs::write(&f.claims, CLAIMS).unwrap();
        let next = Store::with_journal(&f.sources, SavePolicy::OnKey, Some(f.journal.clone()));
        let (left, moved) = next.leftover().expect("the edit is left");
        assert_eq!(left.changes, [response()]);
        assert!(!moved, "based on the file as read, not on {changed:?}");
    }
}

/// The fingerprint is taken only of the file as read: one already changed when it is
/// noted is not taken for it (the base is then the file at the first edit, as before).
#[test]
fn a_file_changed_before_it_is_noted_is_not_taken_for_the_file_read() {
    let f = files();
    let mut store = Store::with_journal(&f.sources, SavePolicy::OnKey, Some(f.journal.clone()));
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&f.claims, "[[claim]\n").unwrap();
    store.note_read_bytes();
    add_response(&mut store);
    drop(store);
    std::fs::write(&f.claims, CLAIMS).unwrap();
    let next = Store::with_journal(&f.sources, SavePolicy::OnKey, Some(f.journal.clone()));
    assert!(next.leftover().expect("the edit is left").1, "moved");
}

/// After the reader's own save, the file as written is the base of a later journal; after
/// the file is read again, the file as read again is.
#[test]
fn a_later_journal_is_based_on_the_file_as_written_or_read_again() {
    let f = files();
    let mut store = Store::with_journal(&f.sources, SavePolicy::Immediate, Some(f.journal.clone()));
    store.note_read_bytes();
    add_response(&mut store);
    assert!(matches!(
        reports(&mut store).as_slice(),
        [Report::Saved { .. }]
    ));
    let written = Fingerprint::of_file(&f.claims).unwrap();
    assert_eq!(store.journal_base(&f.claims).unwrap(), written);
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&f.claims, CLAIMS).unwrap();
    assert_eq!(
        store.journal_base(&f.claims).unwrap(),
        written,
        "not read again yet: the edits are made to the file as written"
    );
    store.reset();
    assert_eq!(
        store.journal_base(&f.claims).unwrap(),
        Some(Fingerprint::of(CLAIMS.as_bytes()))
    );
}

#[test]
fn the_journal_set_aside_is_remembered_to_be_named_at_the_end() {
    let f = files();
    let mut store = Store::with_journal(&f.sources, SavePolicy::OnKey, Some(f.journal.clone()));
    assert_eq!(store.discarded(), None);
    add_response(&mut store);
    let aside = store.discard().expect("set aside");
    assert_eq!(store.discarded(), Some(aside.as_path()));
    assert!(aside.exists());
}
