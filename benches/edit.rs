//! Benchmarks of editing the reader's document in place: one claim and one response
//! added, and both undone, on the bundled sample and on a generated large document; and
//! each step of the keystroke path through `update`: opening the new-claim form from a
//! selection, saving it (the edit made), the journal's append (without the disk's sync)
//! and undo; and `D`'s drafts merged as one edit and undone.
//!
//! `cargo bench --bench edit` measures a 20 MB article with 20,000 claims, as
//! `benches/reader.rs` does; set COUNTERPOINT_BENCH_MB and COUNTERPOINT_BENCH_CLAIMS for
//! another size (CI runs them small so they never rot).

use counterpoint::anchor::Anchorer;
use counterpoint::article::Article;
use counterpoint::claims::change::{Change, Edit};
use counterpoint::claims::edit::EditableFile;
use counterpoint::claims::journal::Journal;
use counterpoint::claims::{ClaimEntry, QuoteSelector, ResponseEntry, Stance, parse_text};
use counterpoint::config::Config;
use counterpoint::document::Document;
use counterpoint::draft::plan::DraftJob;
use counterpoint::keys::prompt::FormKey;
use counterpoint::reader::action::Action;
use counterpoint::reader::model::editing::Target;
use counterpoint::reader::model::overlay::Overlay;
use counterpoint::reader::model::selection::Selection;
use counterpoint::reader::state::State;
use counterpoint::reader::update::update;
use divan::Bencher;
use std::cell::RefCell;

fn main() {
    divan::main();
}

const DOCUMENTS: [&str; 2] = ["sample", "large"];

/// The document, loaded as the reader loads it.
fn document(which: &str) -> Document {
    let (article, claims) = if which == "sample" {
        (
            include_str!("../assets/pompeo-iran-al-qaida.md").to_string(),
            include_str!("../assets/pompeo-iran-al-qaida.claims.toml").to_string(),
        )
    } else {
        let setting = |name: &str, default: usize| {
            std::env::var(name)
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(default)
        };
        let megabytes = setting("COUNTERPOINT_BENCH_MB", 20);
        let claims = setting("COUNTERPOINT_BENCH_CLAIMS", 1000 * megabytes);
        counterpoint::document::generate::generate(megabytes << 20, claims, 1)
    };
    let article = Article::parse("bench.md", article.as_bytes()).unwrap();
    let entries: Vec<ClaimEntry> = parse_text("bench.claims.toml", &claims).unwrap();
    Document::new(article, entries)
}

/// A selector for the words around the middle of the body, with the hints a new entry
/// gets from a selection (exact quote, context, position in characters).
fn selector_in_middle(doc: &Document, skip_words: usize) -> QuoteSelector {
    let body = &doc.article.body;
    let mut start = body.len() / 2;
    while !body.is_char_boundary(start) {
        start += 1;
    }
    let words: Vec<(usize, &str)> = body[start..]
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - body.as_ptr() as usize, w))
        .skip(1 + skip_words)
        .take(8)
        .collect();
    let (first, _) = words[0];
    let (last, word) = words[words.len() - 1];
    let range = first..last + word.len();
    let (prefix, suffix, position) = Anchorer::new(body).hints_for(range.clone());
    QuoteSelector {
        exact: body[range].to_string().into(),
        prefix: prefix.into(),
        suffix: suffix.into(),
        position: Some(position),
    }
}

/// A new claim on a passage in the middle of the text and a response to it, each placed
/// by its position hint, then both undone (their inverses applied in reverse order):
/// what one new entry and its undo cost the reader's document, whatever its size.
#[divan::bench(args = DOCUMENTS)]
fn add_claim_response_undo(bencher: Bencher, which: &str) {
    let mut doc = document(which);
    let at = doc.claims.len();
    let claim = Change::AddClaim {
        at,
        entry: ClaimEntry {
            id: "bench-new".into(),
            claimant: "A. Speaker".into(),
            summary: "a claim added in the reader".into(),
            selector: selector_in_middle(&doc, 0),
            ..ClaimEntry::default()
        },
    };
    let response = Change::AddResponse {
        claim: at,
        at: 0,
        entry: ResponseEntry {
            expert: "An Expert".into(),
            affiliation: None,
            stance: Stance::Disputes,
            selector: selector_in_middle(&doc, 12),
            source: None,
            draft: None,
        },
    };
    let mut cycle = move || {
        let added = doc.apply(&claim).unwrap();
        let answered = doc.apply(&response).unwrap();
        doc.apply(&answered.inverse).unwrap();
        doc.apply(&added.inverse).unwrap();
        added.claim
    };
    // The first use builds the body's character index; the rest are what a keystroke costs.
    assert!(cycle().is_some());
    bencher.bench_local(cycle);
}

/// `D`'s drafts merged into the document as one edit, then undone: the article drafted
/// and the merge planned once, untimed (as the drafting thread does); each timed run
/// makes the merge's edit and its inverse, what the keystroke path does when the drafts
/// arrive and at `u` (an edit of that many changes is made at once, see
/// `Document::apply_edit`).
#[divan::bench(args = DOCUMENTS, sample_size = 1, sample_count = 5)]
fn draft_merge_undo(bencher: Bencher, which: &str) {
    let mut doc = document(which);
    let job = DraftJob {
        article: doc.article.clone(),
        file: doc.entries(),
        rejected: doc.rejected.clone(),
    };
    let edit = Edit {
        changes: job.run().plan.changes,
        what: "drafted".into(),
    };
    assert!(!edit.changes.is_empty(), "drafting {which} finds something");
    bencher.bench_local(move || {
        let (inverse, _) = doc.apply_edit(&edit).unwrap();
        doc.apply_edit(&inverse).unwrap();
    });
}

/// How many times each step of the keystroke path is timed; each time is one keystroke,
/// prepared untimed (`sample_size = 1`), so the steps do not pile up edits.
const KEYSTROKES: u32 = 300;

/// The reader on `which`, laid out at 120×40, editing a writable claims file.
fn editing_state(which: &str) -> State {
    let mut state = State::new(document(which), Config::default());
    update(
        &mut state,
        Action::Resize {
            width: 120,
            height: 40,
        },
    );
    update(
        &mut state,
        Action::EditTarget(Target::File {
            name: "bench.claims.toml".into(),
            exists: true,
        }),
    );
    state
}

/// Eight words in the middle of the body selected, as `v` and `w` leave them.
fn select_middle(state: &mut State) {
    let body = &state.doc.article.body;
    let mut start = body.len() / 2;
    while !body.is_char_boundary(start) {
        start += 1;
    }
    let words: Vec<std::ops::Range<usize>> = body[start..]
        .split_whitespace()
        .map(|w| {
            let at = w.as_ptr() as usize - body.as_ptr() as usize;
            at..at + w.len()
        })
        .skip(1)
        .take(8)
        .collect();
    state.selection = Some(Selection {
        anchor: words[0].clone(),
        head: words[words.len() - 1].end,
    });
}

/// Opens the new-claim form on the middle's selection and fills it in: the state just
/// before Enter saves it.
fn fill_form(state: &mut State) {
    state.overlay = Overlay::None;
    select_middle(state);
    update(state, Action::NewClaim);
    assert!(matches!(state.overlay, Overlay::Form(_)), "the form opens");
    let keys = [
        FormKey::Text("A. Speaker".into()),
        FormKey::NextField,
        FormKey::NextField,
        FormKey::Text("a claim added in the reader".into()),
    ];
    for key in keys {
        update(state, Action::Form(key));
    }
}

/// Undoes every edit the state's history holds (the state as opened again).
fn undo_all(state: &mut State) {
    while state.editing.history.changes() > 0 {
        update(state, Action::Undo);
    }
}

/// `c` on a selection: the new-claim form opened, with what the article knows gathered
/// (people, verdicts, the drafter's guess around the passage) and the quote's selector.
#[divan::bench(args = DOCUMENTS, sample_size = 1, sample_count = KEYSTROKES)]
fn keystroke_open_form(bencher: Bencher, which: &str) {
    let state = RefCell::new(editing_state(which));
    bencher
        .with_inputs(|| {
            let mut state = state.borrow_mut();
            state.overlay = Overlay::None;
            select_middle(&mut state);
        })
        .bench_local_values(|()| {
            let mut state = state.borrow_mut();
            update(&mut state, Action::NewClaim);
            matches!(state.overlay, Overlay::Form(_))
        });
}

/// Enter on a filled-in new-claim form: the edit made to the document and the history
/// (the journal and the file follow as an effect, measured apart).
#[divan::bench(args = DOCUMENTS, sample_size = 1, sample_count = KEYSTROKES)]
fn keystroke_save_form(bencher: Bencher, which: &str) {
    let state = RefCell::new(editing_state(which));
    let claims = state.borrow().doc.claims.len();
    bencher
        .with_inputs(|| {
            let mut state = state.borrow_mut();
            undo_all(&mut state);
            assert_eq!(state.doc.claims.len(), claims);
            fill_form(&mut state);
        })
        .bench_local_values(|()| {
            let mut state = state.borrow_mut();
            update(&mut state, Action::Form(FormKey::Submit));
            assert_eq!(state.doc.claims.len(), claims + 1, "the form saved a claim");
        });
}

/// The journal's append of that edit (its one-line record formatted and written to the
/// journal file in a temporary folder), without the disk's sync, which the loop then waits
/// for.
#[divan::bench(args = DOCUMENTS, sample_size = 1, sample_count = KEYSTROKES)]
fn keystroke_journal(bencher: Bencher, which: &str) {
    let mut state = editing_state(which);
    fill_form(&mut state);
    update(&mut state, Action::Form(FormKey::Submit));
    let claim = &state.doc.claims[state.selected.expect("the new claim is selected")];
    let changes = [Change::AddClaim {
        at: claim.file_index,
        entry: claim.to_entry(),
    }];
    let folder = tempfile::tempdir().unwrap();
    let claims = folder.path().join("bench.claims.toml");
    let mut journal =
        Journal::start_at(&folder.path().join("journal"), &claims, None, &[]).unwrap();
    bencher.bench_local(|| journal.append_unsynced(&changes).unwrap());
}

/// `u` after that edit: the new claim taken out of the document again.
#[divan::bench(args = DOCUMENTS, sample_size = 1, sample_count = KEYSTROKES)]
fn keystroke_undo(bencher: Bencher, which: &str) {
    let state = RefCell::new(editing_state(which));
    let claims = state.borrow().doc.claims.len();
    bencher
        .with_inputs(|| {
            let mut state = state.borrow_mut();
            fill_form(&mut state);
            update(&mut state, Action::Form(FormKey::Submit));
            assert_eq!(state.doc.claims.len(), claims + 1);
        })
        .bench_local_values(|()| {
            let mut state = state.borrow_mut();
            update(&mut state, Action::Undo);
            assert_eq!(state.doc.claims.len(), claims, "undo took the claim out");
        });
}

/// The claims file's text, as `document` makes it.
fn claims_text(which: &str) -> String {
    if which == "sample" {
        return include_str!("../assets/pompeo-iran-al-qaida.claims.toml").to_string();
    }
    let megabytes = std::env::var("COUNTERPOINT_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    counterpoint::document::generate::generate(megabytes << 20, 1000 * megabytes, 1).1
}

/// A new claim for the middle of the claims file.
fn new_claim(at: usize) -> Change {
    Change::AddClaim {
        at,
        entry: ClaimEntry {
            id: "bench-new".into(),
            claimant: "A. Speaker".into(),
            summary: "a claim added in the reader".into(),
            selector: QuoteSelector {
                exact: "a new quote".into(),
                ..QuoteSelector::default()
            },
            ..ClaimEntry::default()
        },
    }
}

/// The claims file written to a temporary folder, as the writer finds it on disk; the
/// folder (kept while it is used), the file's path and its claims.
fn claims_file(which: &str) -> (tempfile::TempDir, std::path::PathBuf, usize) {
    let text = claims_text(which);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bench.claims.toml");
    std::fs::write(&path, &text).unwrap();
    (dir, path, text.matches("[[claim]]").count())
}

/// The writer thread's first save of a session (off the keystroke path): the claims
/// file opened for editing from disk (read and cut into pieces a megabyte at a time, each
/// checked), a claim added in the middle, and the file's bytes written out (the pieces
/// not changed read from the file again; to a sink: the disk's write and sync are not
/// counted).
#[divan::bench(args = DOCUMENTS, sample_size = 1, sample_count = 10)]
fn writer_first_save(bencher: Bencher, which: &str) {
    let (_dir, path, claims) = claims_file(which);
    bencher
        .with_inputs(|| std::fs::File::open(&path).unwrap())
        .bench_local_values(|handle| {
            let (mut file, _) = EditableFile::open_file("bench.claims.toml", handle).unwrap();
            file.apply(&new_claim(claims / 2)).unwrap();
            file.write_to(&mut std::io::sink()).unwrap();
            file
        });
}

/// A later save: the file already open, a claim added in the middle and the file's bytes
/// written out (to a sink); the claim is taken out again between samples, untimed.
#[divan::bench(args = DOCUMENTS, sample_size = 1, sample_count = 100)]
fn writer_later_save(bencher: Bencher, which: &str) {
    let (_dir, path, claims) = claims_file(which);
    let handle = std::fs::File::open(&path).unwrap();
    let (file, _) = EditableFile::open_file("bench.claims.toml", handle).unwrap();
    let file = RefCell::new(file);
    bencher
        .with_inputs(|| {
            file.borrow_mut().undo();
        })
        .bench_local_values(|()| {
            let mut file = file.borrow_mut();
            file.apply(&new_claim(claims / 2)).unwrap();
            file.write_to(&mut std::io::sink()).unwrap();
        });
}
