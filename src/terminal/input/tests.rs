//! The filter against the events crossterm 0.29 makes of terminal replies: a model of its
//! parser for the bytes replies hold, then examples and a property over random key
//! streams with replies spliced in.

use super::*;
use proptest::prelude::*;

/// crossterm 0.29's Unix parser (`event/sys/unix/parse.rs`, `source/unix/mio.rs`) for the
/// bytes of terminal replies and plain keys: it keeps an unfinished sequence across reads,
/// and reads an ESC that ends a read (nothing more available) as the Esc key.
#[derive(Default)]
struct Crossterm {
    buffer: Vec<u8>,
}

/// What the parser made of its buffer: wait for more, an event, or a sequence it consumed
/// without an event (a cursor report, device attributes) or could not parse.
enum Parsed {
    More,
    Key(KeyEvent),
    Nothing,
}

impl Crossterm {
    /// The events of one read.
    fn read(&mut self, bytes: &[u8]) -> Vec<Event> {
        let mut events = Vec::new();
        for (i, &byte) in bytes.iter().enumerate() {
            self.buffer.push(byte);
            match parse(&self.buffer, i + 1 < bytes.len()) {
                Parsed::More => {}
                Parsed::Key(key) => {
                    events.push(Event::Key(key));
                    self.buffer.clear();
                }
                Parsed::Nothing => self.buffer.clear(),
            }
        }
        events
    }
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
}

fn parse(buffer: &[u8], more: bool) -> Parsed {
    match buffer {
        [0x1b] if more => Parsed::More,
        [0x1b] => Parsed::Key(key(KeyCode::Esc, KeyModifiers::NONE)),
        [0x1b, 0x1b, ..] => Parsed::Key(key(KeyCode::Esc, KeyModifiers::NONE)),
        [0x1b, b'[', rest @ ..] => csi(rest),
        [0x1b, b'O'] => Parsed::More,
        [0x1b, b'O', c] => match arrow(*c as char) {
            Some(code) => Parsed::Key(key(code, KeyModifiers::NONE)),
            None => Parsed::Nothing,
        },
        [0x1b, rest @ ..] => match parse(rest, more) {
            Parsed::Key(mut k) => {
                k.modifiers |= KeyModifiers::ALT;
                Parsed::Key(k)
            }
            other => other,
        },
        [b'\r'] => Parsed::Key(key(KeyCode::Enter, KeyModifiers::NONE)),
        [b'\t'] => Parsed::Key(key(KeyCode::Tab, KeyModifiers::NONE)),
        [0x7f] => Parsed::Key(key(KeyCode::Backspace, KeyModifiers::NONE)),
        [c @ 0x01..=0x1a] => Parsed::Key(key(
            KeyCode::Char((c - 1 + b'a') as char),
            KeyModifiers::CONTROL,
        )),
        [c @ 0x20..=0x7e] => {
            let c = *c as char;
            let shift = if c.is_uppercase() {
                KeyModifiers::SHIFT
            } else {
                KeyModifiers::NONE
            };
            Parsed::Key(key(KeyCode::Char(c), shift))
        }
        _ => Parsed::Nothing,
    }
}

/// After `ESC [`.
fn csi(rest: &[u8]) -> Parsed {
    let Some(&first) = rest.first() else {
        return Parsed::More;
    };
    let last = *rest.last().unwrap();
    match first {
        b'A' | b'B' | b'C' | b'D' | b'H' | b'F' => {
            Parsed::Key(key(arrow(first as char).unwrap(), KeyModifiers::NONE))
        }
        // Device attributes (`c`) and keyboard flags (`u`) are consumed; else wait.
        b'?' if last == b'c' || last == b'u' => Parsed::Nothing,
        b'?' => Parsed::More,
        b'0'..=b'9' if rest.len() == 1 || !(64..=126).contains(&last) => Parsed::More,
        // A cursor position report, consumed (these tests send no other numbered CSI).
        b'0'..=b'9' if last == b'R' => Parsed::Nothing,
        _ => Parsed::Nothing,
    }
}

/// What goes into the filter: a read's events, or a quiet time.
#[derive(Debug, Clone)]
enum Arrival {
    Read(Vec<u8>),
    Key(KeyEvent),
    Quiet(Duration),
}

/// The events the filter hands on for `arrivals` (reads go through the crossterm model),
/// with a long quiet at the end.
fn filtered(arrivals: &[Arrival]) -> Vec<Event> {
    let mut crossterm = Crossterm::default();
    let mut filter = KeyFilter::default();
    let mut out = Vec::new();
    for arrival in arrivals {
        match arrival {
            Arrival::Read(bytes) => {
                for event in crossterm.read(bytes) {
                    filter.push(event, &mut out);
                }
            }
            Arrival::Key(key) => filter.push(Event::Key(*key), &mut out),
            Arrival::Quiet(quiet) => filter.quiet(*quiet, &mut out),
        }
    }
    filter.quiet(Duration::from_secs(5), &mut out);
    assert!(!filter.holding());
    out
}

fn reads(parts: &[&[u8]]) -> Vec<Arrival> {
    let mut arrivals = Vec::new();
    for part in parts {
        arrivals.push(Arrival::Read(part.to_vec()));
        arrivals.push(Arrival::Quiet(Duration::from_millis(5)));
    }
    arrivals
}

const OSC11_ST: &[u8] = b"\x1b]11;rgb:0000/0000/0000\x1b\\";
const OSC10_BEL: &[u8] = b"\x1b]10;rgb:ffff/ffff/ffff\x07";
const DA1: &[u8] = b"\x1b[?62;22c";
const CPR: &[u8] = b"\x1b[12;40R";

#[test]
fn the_model_reads_replies_as_crossterm_does() {
    // The account: the late reply's characters came through as keys.
    let events = Crossterm::default().read(OSC11_ST);
    assert_eq!(
        events.first(),
        Some(&Event::Key(key(KeyCode::Char(']'), KeyModifiers::ALT)))
    );
    assert!(events.contains(&Event::Key(key(KeyCode::Char('r'), KeyModifiers::NONE))));
    assert_eq!(
        events.last(),
        Some(&Event::Key(key(KeyCode::Char('\\'), KeyModifiers::ALT)))
    );
    assert!(Crossterm::default().read(DA1).is_empty());
    let mut split = Crossterm::default();
    assert_eq!(
        split.read(b"\x1b"),
        vec![Event::Key(key(KeyCode::Esc, KeyModifiers::NONE))]
    );
    assert_eq!(split.read(b"[12;40R").len(), 7, "the rest as seven keys");
}

#[test]
fn late_colour_replies_are_dropped_whole() {
    for reply in [OSC11_ST, OSC10_BEL, DA1, CPR] {
        assert_eq!(filtered(&reads(&[reply])), Vec::<Event>::new(), "{reply:?}");
    }
    // Both answers and the sentinel, as a terminal sends them after the wait ran out.
    let all = [OSC10_BEL, OSC11_ST, DA1].concat();
    assert!(filtered(&reads(&[&all])).is_empty());
    // rxvt-unicode ends an answer with a lone ESC, which takes the next ESC with it.
    let urxvt = [&b"\x1b]11;rgb:0000/0000/0000\x1b"[..], DA1].concat();
    assert!(filtered(&reads(&[&urxvt])).is_empty());
    assert!(filtered(&reads(&[b"\x1b]11;rgb:0000/0000/0000\x1b"])).is_empty());
}

#[test]
fn replies_split_across_reads_are_dropped_whole() {
    for reply in [OSC11_ST, OSC10_BEL, DA1, CPR] {
        for at in 1..reply.len() {
            let (a, b) = reply.split_at(at);
            assert!(filtered(&reads(&[a, b])).is_empty(), "{reply:?} at {at}");
        }
    }
}

#[test]
fn an_esc_with_more_bytes_is_part_of_a_sequence() {
    let alt = |code| vec![Event::Key(key(code, KeyModifiers::ALT))];
    // macOS Terminal's Option+Up: no bare Esc, and no `[` (previous claim).
    assert_eq!(filtered(&reads(&[b"\x1b\x1b[A"])), alt(KeyCode::Up));
    assert_eq!(filtered(&reads(&[b"\x1b\x1bOB"])), alt(KeyCode::Down));
    assert_eq!(filtered(&reads(&[b"\x1b\x1bj"])), alt(KeyCode::Char('j')));
    assert_eq!(filtered(&reads(&[b"\x1b\x1b[5~"])), vec![]);
    // An arrow whose ESC came in a read of its own.
    assert_eq!(filtered(&reads(&[b"\x1b", b"[A"])), alt(KeyCode::Up));
    // A lone Esc, with nothing after it: the Esc key.
    assert_eq!(
        filtered(&reads(&[b"\x1b"])),
        vec![Event::Key(key(KeyCode::Esc, KeyModifiers::NONE))]
    );
}

#[test]
fn typed_keys_that_start_like_a_reply_are_handed_on() {
    let typed = |parts: &[&[u8]]| {
        let mut arrivals = Vec::new();
        for part in parts {
            arrivals.push(Arrival::Read(part.to_vec()));
            arrivals.push(Arrival::Quiet(Duration::from_millis(200)));
        }
        filtered(&arrivals)
    };
    let keys = |events: Vec<Event>| events.len();
    // Alt+] then j: both handed on, in order.
    assert_eq!(
        typed(&[b"\x1b]", b"j"]),
        vec![
            Event::Key(key(KeyCode::Char(']'), KeyModifiers::ALT)),
            Event::Key(key(KeyCode::Char('j'), KeyModifiers::NONE)),
        ]
    );
    // Alt+] 1 1 ; typed by a person, a pause after each: handed on.
    assert_eq!(keys(typed(&[b"\x1b]", b"1", b"1", b";"])), 4);
    // Esc, then `]` a person typed later: Esc, then the next claim.
    assert_eq!(
        typed(&[b"\x1b", b"]"]),
        vec![
            Event::Key(key(KeyCode::Esc, KeyModifiers::NONE)),
            Event::Key(key(KeyCode::Char(']'), KeyModifiers::NONE)),
        ]
    );
}

#[test]
fn other_events_pass_through_a_held_sequence() {
    let mut filter = KeyFilter::default();
    let mut out = Vec::new();
    for event in Crossterm::default().read(b"\x1b]11;rgb:00") {
        filter.push(event, &mut out);
    }
    filter.push(Event::Resize(80, 24), &mut out);
    filter.push(Event::Paste("x".into()), &mut out);
    for event in Crossterm::default().read(b"00/0000/0000\x07") {
        filter.push(event, &mut out);
    }
    assert_eq!(out, vec![Event::Resize(80, 24), Event::Paste("x".into())]);
    assert!(!filter.holding());
}

/// Keys a person types, as crossterm reports them.
fn typed_key() -> impl Strategy<Value = KeyEvent> {
    let chars = "abcdefgjnpqrsyDGRO0123456789[]/?\\;:#-= ";
    prop_oneof![
        proptest::sample::select(chars.chars().collect::<Vec<_>>()).prop_map(|c| {
            let shift = if c.is_uppercase() {
                KeyModifiers::SHIFT
            } else {
                KeyModifiers::NONE
            };
            key(KeyCode::Char(c), shift)
        }),
        Just(key(KeyCode::Esc, KeyModifiers::NONE)),
        Just(key(KeyCode::Enter, KeyModifiers::NONE)),
        Just(key(KeyCode::Up, KeyModifiers::NONE)),
        Just(key(KeyCode::Char(']'), KeyModifiers::ALT)),
        Just(key(KeyCode::Char('c'), KeyModifiers::CONTROL)),
    ]
}

/// A reply to one of the reader's queries, in any of the forms terminals send.
fn reply() -> impl Strategy<Value = Vec<u8>> {
    let hex = proptest::string::string_regex("[0-9a-fA-F]{1,4}").unwrap();
    let osc = (
        prop_oneof![Just("10"), Just("11"), Just("4;1")],
        prop_oneof![Just("rgb:"), Just("rgba:")],
        proptest::collection::vec(hex, 3..=4),
        prop_oneof![Just(&b"\x1b\\"[..]), Just(&b"\x07"[..]), Just(&b"\x1b"[..])],
    )
        .prop_map(|(number, kind, parts, end)| {
            let mut bytes = format!("\x1b]{number};{kind}{}", parts.join("/")).into_bytes();
            bytes.extend_from_slice(end);
            bytes
        });
    let cpr = (1u16..500, 1u16..500).prop_map(|(r, c)| format!("\x1b[{r};{c}R").into_bytes());
    let da = proptest::collection::vec(1u8..100, 1..6).prop_map(|attrs| {
        let attrs: Vec<String> = attrs.iter().map(u8::to_string).collect();
        format!("\x1b[?{}c", attrs.join(";")).into_bytes()
    });
    prop_oneof![osc, cpr, da]
}

proptest! {
    /// Random typing with replies spliced in at random points, each reply cut into reads at
    /// random places, hands on exactly the typed keys, in order.
    #[test]
    fn replies_spliced_into_typing_change_no_key(
        keys in proptest::collection::vec((typed_key(), 150u64..1500), 0..40),
        replies in proptest::collection::vec(
            (any::<prop::sample::Index>(), reply(), proptest::collection::vec(any::<prop::sample::Index>(), 0..3)),
            0..4,
        ),
    ) {
        let mut alone = Vec::new();
        for (key, pause) in &keys {
            alone.push(Arrival::Key(*key));
            alone.push(Arrival::Quiet(Duration::from_millis(*pause)));
        }
        // Each reply goes in at a quiet time between keys (or at the very start), cut into
        // reads at random places, with a person's next key a moment after it.
        let quiet_points: Vec<usize> = (0..=alone.len()).filter(|i| i % 2 == 0).collect();
        let mut spliced: Vec<(usize, Vec<Arrival>)> = replies
            .iter()
            .map(|(at, bytes, cuts)| {
                let mut cuts: Vec<usize> =
                    cuts.iter().map(|c| 1 + c.index(bytes.len() - 1)).collect();
                cuts.sort_unstable();
                cuts.dedup();
                let mut pieces = Vec::new();
                let mut from = 0;
                for cut in cuts.into_iter().chain([bytes.len()]) {
                    pieces.push(Arrival::Read(bytes[from..cut].to_vec()));
                    pieces.push(Arrival::Quiet(Duration::from_millis(10)));
                    from = cut;
                }
                pieces.push(Arrival::Quiet(Duration::from_millis(150)));
                (quiet_points[at.index(quiet_points.len())], pieces)
            })
            .collect();
        spliced.sort_by_key(|(point, _)| std::cmp::Reverse(*point));
        let mut with_replies = alone.clone();
        for (point, pieces) in spliced {
            with_replies.splice(point..point, pieces);
        }
        let expected: Vec<Event> = keys.iter().map(|(k, _)| Event::Key(*k)).collect();
        prop_assert_eq!(&filtered(&alone), &expected, "typing alone");
        prop_assert_eq!(filtered(&with_replies), expected, "with replies");
    }
}
