//! Peak heap memory of loading a generated document as the reader's background loader
//! does (`Sources::load_in_stages`: the article read and rendered, the claims file parsed
//! and checked, every quote placed), against the size of its two files; and of the
//! writer thread's work at the first edit (the claims file read and opened for editing,
//! a claim added in the middle, the file written), against the claims file's size.
//!
//! A counting allocator records the most bytes held at once. `cargo bench --bench
//! memory` measures 1 MB and 20 MB documents (1,000 claims per MB); set
//! COUNTERPOINT_BENCH_MB to a comma-separated list of sizes for others (CI runs 1 so it
//! never rots). It fails when a peak exceeds [`LIMIT`] times the files, so a change that
//! brings back a whole copy of the text or of the claims is caught. The resident size a
//! user sees adds the program and the allocator's spare room: see README's performance
//! table for `/usr/bin/time -v` figures.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The most heap a load may hold at once, in multiples of its files' size, for a
/// document of 10 MB or more (the target is 2; measured 2.01 at 20 MB, where a block
/// moved by `realloc` counts twice), and for a smaller one, where fixed costs weigh more
/// (measured 2.37 at 1 MB; the heap count does not vary between runs, so a whole copy of
/// the article, 0.57 × the files at 1 MB, or of the claims file fails it).
const LIMIT: f64 = 2.1;
const SMALL_LIMIT: f64 = 2.6;

/// The system allocator, counting the bytes held and the most held at once.
struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static CALLS: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let held = HELD.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(held, Ordering::Relaxed);
    CALLS.fetch_add(1, Ordering::Relaxed);
}

fn shrank(bytes: usize) {
    HELD.fetch_sub(bytes, Ordering::Relaxed);
}

// SAFETY: every call is passed to the system allocator unchanged; only counters are kept.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's guarantees for `layout` are the system allocator's.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            grew(layout.size());
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            grew(layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from this allocator, which is the system's.
        unsafe { System.dealloc(ptr, layout) };
        shrank(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as for `dealloc`; a move holds both blocks for a moment, counted so. A
        // shrink is made in place (glibc splits the block, or unmaps the tail of a mapped
        // one), so it only gives bytes back.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            if new_size <= layout.size() {
                shrank(layout.size() - new_size);
            } else {
                grew(new_size);
                shrank(layout.size());
            }
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn main() {
    let sizes: Vec<usize> = std::env::var("COUNTERPOINT_BENCH_MB")
        .unwrap_or_else(|_| "1,20".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let dir = tempfile::tempdir().expect("a temporary directory");
    println!("size   files      heap peak   × files   held after   allocations");
    let mut over = Vec::new();
    for &megabytes in &sizes {
        let article = dir.path().join(format!("gen{megabytes}.md"));
        let files = {
            let (text, claims) =
                counterpoint::document::generate::generate(megabytes << 20, 1000 * megabytes, 1);
            std::fs::write(&article, &text).expect("the article written");
            std::fs::write(article.with_extension("claims.toml"), &claims)
                .expect("the claims written");
            text.len() + claims.len()
        };
        let before = HELD.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let calls = CALLS.load(Ordering::Relaxed);
        let loaded =
            counterpoint::document::source::load(Some(&article), None).expect("the document loads");
        let peak = PEAK.load(Ordering::Relaxed) - before;
        let held = HELD.load(Ordering::Relaxed) - before;
        let calls = CALLS.load(Ordering::Relaxed) - calls;
        assert_eq!(loaded.doc.claims.len(), 1000 * megabytes);
        drop(loaded);
        let mb = |bytes: usize| bytes as f64 / 1e6;
        let ratio = peak as f64 / files as f64;
        println!(
            "{megabytes:>3} MB {:>7.1} MB {:>9.1} MB {ratio:>8.2} {:>9.1} MB {calls:>12}",
            mb(files),
            mb(peak),
            mb(held)
        );
        let limit = if megabytes >= 10 { LIMIT } else { SMALL_LIMIT };
        if ratio > limit {
            over.push(format!(
                "{megabytes} MB: {ratio:.2} × its files, over {limit}"
            ));
        }
    }
    println!("\nediting: the claims file read and opened, a claim added, the file written");
    println!("size  claims file  heap peak  × file   held after");
    for megabytes in &sizes {
        let article = dir.path().join(format!("gen{megabytes}.md"));
        let claims = article.with_extension("claims.toml");
        let size = std::fs::metadata(&claims).expect("the claims file").len() as usize;
        let before = HELD.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let file = edit_once(&claims, 1000 * megabytes);
        let peak = PEAK.load(Ordering::Relaxed) - before;
        let held = HELD.load(Ordering::Relaxed) - before;
        drop(file);
        let mb = |bytes: usize| bytes as f64 / 1e6;
        println!(
            "{megabytes:>3} MB {:>9.1} MB {:>8.1} MB {:>6.2} {:>9.1} MB",
            mb(size),
            mb(peak),
            peak as f64 / size as f64,
            mb(held)
        );
    }
    assert!(
        over.is_empty(),
        "peak heap over the limit: {}",
        over.join(", ")
    );
}

/// What the writer thread does at the first edit of the claims file at `path` (`claims`
/// claims): the file opened for editing from disk (read and cut a megabyte at a time),
/// a claim added in the middle, the file written again (beside it, as the writer's
/// rename leaves the file opened as it was). Returns the file still open, as the writer
/// keeps it for the next edit.
fn edit_once(path: &std::path::Path, claims: usize) -> counterpoint::claims::edit::EditableFile {
    use counterpoint::claims::change::Change;
    use counterpoint::claims::{ClaimEntry, QuoteSelector};
    let at = claims / 2;
    let handle = std::fs::File::open(path).expect("opened");
    let (mut file, _) =
        counterpoint::claims::edit::EditableFile::open_file("bench.claims.toml", handle)
            .expect("the file opens for editing");
    file.apply(&Change::AddClaim {
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
    })
    .expect("the claim fits");
    let written = path.with_extension("written.toml");
    let mut out = std::io::BufWriter::new(std::fs::File::create(written).expect("created"));
    file.write_to(&mut out).expect("written");
    drop(out);
    file
}
