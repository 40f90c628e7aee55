//! Property test of editing at the state level: random claims files (comments, odd
//! formatting, drafts, a `rejected` list) on the sample's article, random sequences of
//! editing actions through `update`, and the `Effect::Edited` effects made to an
//! `EditableFile` the way the writer thread makes them. After every step the file parses
//! to exactly the reader's entries and rejected quotes; undoing everything gives back the
//! file's bytes.

use proptest::prelude::*;

use crate::common;

use counterpoint::claims::edit::EditableFile;
use counterpoint::claims::parse_file;
use counterpoint::document::Document;
use counterpoint::keys::prompt::{Edit as LineEdit, FormKey};
use counterpoint::reader::model::editing::Target;
use counterpoint::reader::model::overlay::Overlay;
use counterpoint::reader::model::selection::Step;
use counterpoint::reader::state::Focus;
use counterpoint::{Action, Effect, State, update};

const NAME: &str = "a.claims.toml";

/// The sample's article text, and its words as byte ranges.
fn article() -> (counterpoint::article::Article, Vec<std::ops::Range<usize>>) {
    let doc = common::load(None, None);
    let body = &doc.article.body;
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in body.char_indices() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                words.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push(s..body.len());
    }
    (doc.article, words)
}

/// A TOML string: literal when asked and possible, else basic.
fn string(text: &str, literal: bool) -> String {
    if literal && !text.contains('\'') && !text.contains('\n') {
        format!("'{text}'")
    } else {
        format!(
            "\"{}\"",
            text.replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('\n', "\\n")
        )
    }
}

/// One generated entry: its quote (word `from`, `len` words; past the article: a quote
/// that is not in it), who, a draft mark, and how it is written.
#[derive(Debug, Clone)]
struct Gen {
    from: usize,
    len: usize,
    who: usize,
    draft: Option<u8>,
    comment: bool,
    literal: bool,
    spaced: bool,
    id: bool,
}

fn gen_entry() -> impl Strategy<Value = Gen> {
    (
        (0usize..1100, 1usize..12, 0usize..5),
        prop::option::of(0u8..=100),
        any::<(bool, bool, bool, bool)>(),
    )
        .prop_map(
            |((from, len, who), draft, (comment, literal, spaced, id))| Gen {
                from,
                len,
                who,
                draft,
                comment,
                literal,
                spaced,
                id,
            },
        )
}

const PEOPLE: [&str; 5] = [
    "Mike Pompeo",
    "Colin P. Clarke",
    "Javad Zarif",
    "O'Brien \"the\" Expert",
    "Nelly Lahoud",
];
const STANCES: [&str; 4] = ["supports", "disputes", "qualifies", "context"];

/// A claims file written by hand from generated entries.
fn claims_file(
    words: &[std::ops::Range<usize>],
    body: &str,
    claims: &[(Gen, Vec<Gen>)],
    header: bool,
    rejected: bool,
) -> String {
    let quote = |g: &Gen| -> String {
        if g.from >= words.len() {
            return format!("words not in the article {}", g.from);
        }
        let end = (g.from + g.len - 1).min(words.len() - 1);
        body[words[g.from].start..words[end].end].to_string()
    };
    let eq = |g: &Gen| if g.spaced { "  =  " } else { " = " };
    let draft = |g: &Gen, out: &mut String| {
        if let Some(c) = g.draft {
            out.push_str(&format!(
                "draft = true\nconfidence = {}\n",
                f64::from(c) / 100.0
            ));
        }
    };
    let mut out = String::new();
    if header {
        out += "# A header comment.\n#\n\n";
    }
    if rejected {
        out += "rejected = [\"an old draft\"]  # remembered\n\n";
    }
    for (i, (claim, responses)) in claims.iter().enumerate() {
        if claim.comment {
            out += "# before the claim\n";
        }
        out += "[[claim]]\n";
        if claim.id {
            out += &format!("id{}\"claim-{i}\"\n", eq(claim));
        }
        out += &format!(
            "claimant{}{}\n",
            eq(claim),
            string(PEOPLE[claim.who], claim.literal)
        );
        out += &format!("quote{}{}", eq(claim), string(&quote(claim), claim.literal));
        if claim.comment {
            out += "  # a trailing comment";
        }
        out += "\n";
        if claim.spaced {
            out += "verdict = 'Dubious'\n";
        }
        draft(claim, &mut out);
        for r in responses {
            out += if r.spaced { "\n\n" } else { "\n" };
            if r.comment {
                out += "    # before a response\n";
            }
            out += "[[claim.response]]\n";
            out += &format!("expert{}{}\n", eq(r), string(PEOPLE[r.who], r.literal));
            out += &format!("stance = \"{}\"\n", STANCES[r.who % 4]);
            out += &format!("quote{}{}\n", eq(r), string(&quote(r), r.literal));
            draft(r, &mut out);
        }
        out += "\n";
    }
    out
}

/// One thing a person does.
#[derive(Debug, Clone)]
enum Op {
    /// From line `line` of the article, `words` more words selected; a new claim by
    /// `who` (`response`: a response to the current claim, with stance `stance`).
    New {
        line: usize,
        words: usize,
        who: usize,
        response: bool,
        stance: usize,
    },
    /// The `pick`th sidebar row selected, its form opened, field `field` set to `text`.
    EditField {
        pick: usize,
        field: usize,
        text: usize,
    },
    Delete {
        pick: usize,
    },
    Move {
        pick: usize,
        to: usize,
    },
    Stance {
        pick: usize,
    },
    Accept {
        pick: usize,
        all: bool,
    },
    Reject {
        pick: usize,
    },
    NextDraft,
    Undo,
    Redo,
}

const TEXTS: [&str; 7] = [
    "disputes",
    "context",
    "",
    "Someone New",
    "a \"quoted\" word\\",
    "2021-01-12",
    "supports",
];

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0usize..80, 0usize..15, 0usize..5, any::<bool>(), 0usize..4).prop_map(
            |(line, words, who, response, stance)| Op::New { line, words, who, response, stance }
        ),
        2 => (0usize..30, 0usize..6, 0usize..TEXTS.len())
            .prop_map(|(pick, field, text)| Op::EditField { pick, field, text }),
        1 => (0usize..30).prop_map(|pick| Op::Delete { pick }),
        1 => (0usize..30, 0usize..10).prop_map(|(pick, to)| Op::Move { pick, to }),
        1 => (0usize..30).prop_map(|pick| Op::Stance { pick }),
        1 => (0usize..30, any::<bool>()).prop_map(|(pick, all)| Op::Accept { pick, all }),
        1 => (0usize..30).prop_map(|pick| Op::Reject { pick }),
        1 => Just(Op::NextDraft),
        2 => Just(Op::Undo),
        1 => Just(Op::Redo),
    ]
}

/// The reader and the file the writer thread would hold.
struct Session {
    state: State,
    file: EditableFile,
}

impl Session {
    fn act(&mut self, action: Action) {
        for effect in update(&mut self.state, action.clone()) {
            if let Effect::Edited { changes, undo, .. } = effect {
                if undo {
                    for _ in &changes {
                        assert!(self.file.undo(), "an undo with nothing to undo");
                    }
                } else {
                    for change in &changes {
                        self.file.apply(change).unwrap_or_else(|misfit| {
                            panic!("{change:?} does not fit the file ({misfit}) after {action:?}")
                        });
                    }
                }
            }
        }
    }

    fn form(&mut self, key: FormKey) {
        self.act(Action::Form(key));
    }

    fn focus(&mut self, focus: Focus) {
        if self.state.focus != focus {
            self.act(Action::ToggleFocus);
        }
    }

    /// Selects the `pick`th row of the sidebar (claims and their responses).
    fn pick(&mut self, pick: usize) {
        self.focus(Focus::Sidebar);
        self.act(Action::Top);
        for _ in 0..pick {
            self.act(Action::LineDown);
        }
    }

    /// Closes whatever a step left open (a form with an error, a question, a list, a
    /// selection).
    fn close(&mut self) {
        for _ in 0..3 {
            match &self.state.overlay {
                Overlay::None => {}
                Overlay::Form(_) => self.form(FormKey::Cancel),
                Overlay::Question(_) => self.act(Action::Confirm(false)),
                _ => self.act(Action::Back),
            }
        }
        if self.state.selection.is_some() {
            self.act(Action::Back);
        }
        assert!(matches!(self.state.overlay, Overlay::None));
    }

    fn run(&mut self, op: &Op) {
        match *op {
            Op::New {
                line,
                words,
                who,
                response,
                stance,
            } => {
                self.focus(Focus::Article);
                self.act(Action::Top);
                for _ in 0..line {
                    self.act(Action::LineDown);
                }
                self.act(Action::StartSelection);
                for _ in 0..words {
                    self.act(Action::Extend(Step::WordForward));
                }
                self.act(if response {
                    Action::NewResponse
                } else {
                    Action::NewClaim
                });
                self.form(FormKey::Edit(LineEdit::KillToStart));
                self.form(FormKey::Text(PEOPLE[who].into()));
                if response {
                    self.form(FormKey::NextField);
                    self.form(FormKey::NextField);
                    self.form(FormKey::Edit(LineEdit::KillToStart));
                    self.form(FormKey::Text(STANCES[stance].into()));
                }
                self.form(FormKey::Submit);
            }
            Op::EditField { pick, field, text } => {
                self.pick(pick);
                self.act(Action::EditEntry);
                for _ in 0..field {
                    self.form(FormKey::NextField);
                }
                self.form(FormKey::Edit(LineEdit::KillToStart));
                self.form(FormKey::Edit(LineEdit::KillToEnd));
                self.form(FormKey::Text(TEXTS[text].into()));
                self.form(FormKey::Submit);
            }
            Op::Delete { pick } => {
                self.pick(pick);
                self.act(Action::DeleteEntry);
                self.act(Action::Confirm(true));
            }
            Op::Move { pick, to } => {
                self.pick(pick);
                self.act(Action::MoveResponse);
                for _ in 0..to {
                    self.act(Action::LineDown);
                }
                self.act(Action::Activate);
            }
            Op::Stance { pick } => {
                self.pick(pick);
                self.act(Action::CycleStance);
            }
            Op::Accept { pick, all } => {
                self.pick(pick);
                self.act(if all {
                    Action::AcceptAll
                } else {
                    Action::Accept
                });
            }
            Op::Reject { pick } => {
                self.pick(pick);
                self.act(Action::Reject);
            }
            Op::NextDraft => self.act(Action::NextDraft),
            Op::Undo => self.act(Action::Undo),
            Op::Redo => self.act(Action::Redo),
        }
        self.close();
    }

    /// The file as the writer would write it parses to what the reader shows.
    fn check(&self, after: &Op) {
        let text = self.file.text();
        let parsed = parse_file(NAME, &text)
            .unwrap_or_else(|e| panic!("after {after:?} the file does not parse: {e}\n{text}"));
        assert_eq!(
            parsed.claims,
            self.state.doc.entries(),
            "after {after:?}:\n{text}"
        );
        assert_eq!(
            parsed.rejected, self.state.doc.rejected,
            "after {after:?}:\n{text}"
        );
    }
}

proptest! {
    // 300 cases by default (about 4 s); PROPTEST_CASES asks for more.
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(300)
    ))]

    #[test]
    fn editing_through_update_keeps_the_file_equal_to_the_reader_and_undo_all_restores_it(
        claims in prop::collection::vec((gen_entry(), prop::collection::vec(gen_entry(), 0..3)), 0..5),
        header in any::<bool>(),
        rejected in any::<bool>(),
        ops in prop::collection::vec(op(), 1..25),
    ) {
        let (article, words) = article();
        let text = claims_file(&words, &article.body, &claims, header, rejected);
        let parsed = parse_file(NAME, &text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        let mut doc = Document::new(article, parsed.claims.clone());
        doc.rejected = parsed.rejected.clone();
        let mut state = common::reader(doc, 120, 40);
        update(&mut state, Action::EditTarget(Target::File { name: NAME.into(), exists: true }));
        let file = EditableFile::open(NAME, &text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        let mut session = Session { state, file };
        prop_assert_eq!(&session.state.doc.entries(), &parsed.claims);
        for op in &ops {
            session.run(op);
            session.check(op);
        }
        // Undo everything: the file's own bytes, and the reader's entries as loaded.
        for _ in 0..200 {
            if session.state.editing.history.changes() == 0 {
                break;
            }
            session.run(&Op::Undo);
            session.check(&Op::Undo);
        }
        prop_assert_eq!(session.state.editing.history.changes(), 0);
        prop_assert_eq!(session.file.text(), text);
        prop_assert_eq!(session.state.doc.entries(), parsed.claims);
    }
}
