//! Benchmarks of the hot paths, on the bundled sample and on a generated large document:
//! loading, anchoring, laying out a visible window, and each key's update plus draw (the
//! frame drawn as the reader draws it, on its own backend, the bytes written to a sink).
//!
//! `cargo bench` measures a 20 MB article with 20,000 claims; set COUNTERPOINT_BENCH_MB
//! and COUNTERPOINT_BENCH_CLAIMS for another size (CI runs them small so they never rot).

use std::sync::LazyLock;

use counterpoint::article::Article;
use counterpoint::claims::{ClaimEntry, parse_text};
use counterpoint::config::Config;
use counterpoint::document::Document;
use counterpoint::layout::Layout;
use counterpoint::reader::action::Action;
use counterpoint::reader::state::State;
use counterpoint::reader::update::update;
use counterpoint::terminal::backend::SteadyBackend;
use divan::Bencher;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

fn main() {
    divan::main();
}

/// The article and claims file texts of one document.
struct Texts {
    article: String,
    claims: String,
}

static SAMPLE: LazyLock<Texts> = LazyLock::new(|| Texts {
    article: include_str!("../assets/pompeo-iran-al-qaida.md").to_string(),
    claims: include_str!("../assets/pompeo-iran-al-qaida.claims.toml").to_string(),
});

static LARGE: LazyLock<Texts> = LazyLock::new(|| {
    let setting = |name: &str, default: usize| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let megabytes = setting("COUNTERPOINT_BENCH_MB", 20);
    let claims = setting("COUNTERPOINT_BENCH_CLAIMS", 1000 * megabytes);
    let (article, claims) = counterpoint::document::generate::generate(megabytes << 20, claims, 1);
    Texts { article, claims }
});

fn texts(which: &str) -> &'static Texts {
    if which == "sample" { &SAMPLE } else { &LARGE }
}

fn parsed(which: &str) -> (Article, Vec<ClaimEntry>) {
    let texts = texts(which);
    let article = Article::parse("bench.md", texts.article.as_bytes()).unwrap();
    let entries = parse_text("bench.claims.toml", &texts.claims).unwrap();
    (article, entries)
}

static DOCS: LazyLock<[Document; 2]> = LazyLock::new(|| {
    ["sample", "large"].map(|which| {
        let (article, entries) = parsed(which);
        Document::new(article, entries)
    })
});

fn doc(which: &str) -> &'static Document {
    &DOCS[usize::from(which != "sample")]
}

const DOCUMENTS: [&str; 2] = ["sample", "large"];

/// Reading the article and the claims file and anchoring every claim.
#[divan::bench(args = DOCUMENTS, sample_count = 10, sample_size = 1)]
fn load(bencher: Bencher, which: &str) {
    let texts = texts(which);
    bencher.bench(|| {
        let article = Article::parse("bench.md", texts.article.as_bytes()).unwrap();
        let entries = parse_text("bench.claims.toml", &texts.claims).unwrap();
        Document::new(article, entries)
    });
}

/// Anchoring every claim and response quote in the text.
#[divan::bench(args = DOCUMENTS, sample_count = 10, sample_size = 1)]
fn anchoring(bencher: Bencher, which: &str) {
    let (article, entries) = parsed(which);
    bencher
        .with_inputs(|| (article.clone(), entries.clone()))
        .bench_values(|(article, entries)| Document::new(article, entries));
}

/// `check`'s report over an anchored document, with the claims file's text (each quote's
/// line in the file is found for the quotes that need help): it must grow with the
/// document, not with its square.
#[divan::bench(args = DOCUMENTS, sample_count = 10, sample_size = 1)]
fn check_report(bencher: Bencher, which: &str) {
    let doc = doc(which);
    let claims = &texts(which).claims;
    bencher
        .bench(|| counterpoint::cli::check::report(doc, "bench.claims.toml", Some(claims), false));
}

/// A fresh layout (as after a resize) and the 40 lines around the middle of the text.
#[divan::bench(args = DOCUMENTS)]
fn layout_window(bencher: Bencher, which: &str) {
    let article = &doc(which).article;
    bencher.bench(|| {
        let layout = Layout::new(article, 100);
        let middle = layout.line_of(article, article.body.len() / 2).unwrap();
        layout.lines_from(article, middle).take(40).count()
    });
}

/// Where the per-key benchmarks run: a document and a terminal size.
const SCENES: [&str; 4] = [
    "sample 120x40",
    "large 120x40",
    "sample 300x100",
    "large 300x100",
];

/// A scene's document and terminal size: `"large 120x40"` → ("large", 120, 40).
fn scene_parts(scene: &str) -> (&str, u16, u16) {
    let (which, size) = scene.split_once(' ').unwrap();
    let (width, height) = size.split_once('x').unwrap();
    (which, width.parse().unwrap(), height.parse().unwrap())
}

/// The reader's own terminal (its backend, `SteadyBackend` over crossterm's), writing its
/// escapes to nowhere: each frame costs what the reader pays to draw and write it.
type Screen = Terminal<SteadyBackend<CrosstermBackend<std::io::Sink>>>;

/// A reader for `scene`, its cursor in the middle of the text, and a terminal to draw on,
/// its first frame drawn.
fn reader(scene: &str) -> (State, Screen) {
    let (which, width, height) = scene_parts(scene);
    let mut state = State::new(doc(which).clone(), Config::default());
    update(&mut state, Action::Resize { width, height });
    update(&mut state, Action::Bottom);
    for _ in 0..3 {
        update(&mut state, Action::PageUp);
    }
    let backend = SteadyBackend::new(CrosstermBackend::new(std::io::sink()));
    let viewport = Viewport::Fixed(Rect::new(0, 0, width, height));
    let mut terminal = Terminal::with_options(backend, TerminalOptions { viewport }).unwrap();
    draw(&mut terminal, &state);
    (state, terminal)
}

/// A frame of `state`, drawn as the reader draws it (`terminal::frame::draw`: our diff
/// against the last frame, the changed cells written as escapes).
fn draw(terminal: &mut Screen, state: &State) {
    counterpoint::terminal::frame::draw(terminal, |frame| counterpoint::ui::draw(frame, state))
        .unwrap();
}

/// Presses `first` then `second`, drawing a frame after each: one iteration is two keys.
fn keys(bencher: Bencher, scene: &str, first: Action, second: Action) {
    keys_after(bencher, scene, &[], first, second);
}

/// As [`keys`], after pressing `setup` once.
fn keys_after(bencher: Bencher, scene: &str, setup: &[Action], first: Action, second: Action) {
    let (mut state, mut terminal) = reader(scene);
    for action in setup {
        update(&mut state, action.clone());
    }
    bencher.bench_local(|| {
        for action in [&first, &second] {
            update(&mut state, action.clone());
            draw(&mut terminal, &state);
        }
    });
}

/// `j` then `k`.
#[divan::bench(args = SCENES)]
fn line_down_up(bencher: Bencher, scene: &str) {
    keys(bencher, scene, Action::LineDown, Action::LineUp);
}

/// `Space` then `b`.
#[divan::bench(args = SCENES)]
fn page_down_up(bencher: Bencher, scene: &str) {
    keys(bencher, scene, Action::PageDown, Action::PageUp);
}

/// `n` then `p`.
#[divan::bench(args = SCENES)]
fn next_prev_claim(bencher: Bencher, scene: &str) {
    keys(bencher, scene, Action::NextClaim, Action::PrevClaim);
}

/// `G` then `g`.
#[divan::bench(args = SCENES)]
fn bottom_top(bencher: Bencher, scene: &str) {
    keys(bencher, scene, Action::Bottom, Action::Top);
}

/// `Tab` twice: to the sidebar and back.
#[divan::bench(args = SCENES)]
fn focus_switch(bencher: Bencher, scene: &str) {
    keys(bencher, scene, Action::ToggleFocus, Action::ToggleFocus);
}

/// A resize to another width and back: the next frames without re-wrapping everything.
#[divan::bench(args = SCENES)]
fn resize(bencher: Bencher, scene: &str) {
    let (_, width, height) = scene_parts(scene);
    let narrower = Action::Resize {
        width: width - 10,
        height,
    };
    keys(bencher, scene, narrower, Action::Resize { width, height });
}

/// With "iran" in the search prompt, typing one more letter and erasing it: each keystroke
/// searches the whole text and every claim's sidebar text again.
#[divan::bench(args = SCENES, sample_count = 10, sample_size = 1)]
fn search_keystroke(bencher: Bencher, scene: &str) {
    use counterpoint::keys::prompt::PromptKey;
    let mut setup = vec![Action::SearchForward];
    setup.extend("iran".chars().map(|c| Action::Prompt(PromptKey::Char(c))));
    let letter = Action::Prompt(PromptKey::Char('i'));
    keys_after(
        bencher,
        scene,
        &setup,
        letter,
        Action::Prompt(PromptKey::Backspace),
    );
}

/// `w` then `q`: the people view, built from every claim, opened and closed.
#[divan::bench(args = SCENES, sample_count = 10, sample_size = 1)]
fn people_view(bencher: Bencher, scene: &str) {
    keys(bencher, scene, Action::People, Action::Quit);
}

/// `n` then `p` with a verdict filter in force (f, the second row, Enter).
#[divan::bench(args = SCENES)]
fn next_prev_filtered(bencher: Bencher, scene: &str) {
    let setup = [Action::ChooseFilter, Action::LineDown, Action::Activate];
    keys_after(bencher, scene, &setup, Action::NextClaim, Action::PrevClaim);
}

/// `f` then `q`: the filter list (every verdict and every expert who disputes a claim,
/// with counts, read from the document's tally) opened and closed.
#[divan::bench(args = SCENES, sample_count = 10, sample_size = 1)]
fn filter_list(bencher: Bencher, scene: &str) {
    keys(bencher, scene, Action::ChooseFilter, Action::Quit);
}

/// `n` then `p` under a person's filter (`w`, the first person, Enter): their next and
/// previous statements, found in the list the filter keeps.
#[divan::bench(args = SCENES)]
fn next_prev_person(bencher: Bencher, scene: &str) {
    let setup = [Action::People, Action::LineDown, Action::Activate];
    keys_after(bencher, scene, &setup, Action::NextClaim, Action::PrevClaim);
}

/// `-` then `+`: the text re-wrapped narrower and wider.
#[divan::bench(args = SCENES)]
fn narrower_wider(bencher: Bencher, scene: &str) {
    keys(bencher, scene, Action::Narrower, Action::Wider);
}

/// Drafting the sample's claims from its text (tokens, speakers, claims, links, entries
/// with anchoring hints): what `D` in the reader and `counterpoint draft` cost.
#[divan::bench]
fn draft_sample(bencher: divan::Bencher) {
    let article = counterpoint::article::Article::from_text("sample.md", &SAMPLE.article).unwrap();
    bencher.bench(|| {
        let extraction = counterpoint::draft::extract_article(&article);
        counterpoint::draft::entries(&extraction, &article.body)
    });
}
