//! Keys the user did not press: a state machine over the terminal's events that drops the
//! terminal's replies to the reader's queries whenever they arrive, and reads an Esc that
//! comes with more bytes as part of a sequence, never as a bare Esc.
//!
//! The reader asks the terminal for its colours at start (OSC 10 and 11, then a device
//! attributes request, DA1, as a sentinel; see `terminal-colorsaurus`) and waits 0.3 s. An
//! answer that comes later (a slow link, a slow terminal) reaches crossterm, whose parser
//! (0.29, `event/sys/unix/parse.rs`) turns it into events:
//!
//! - `ESC ] 11 ; rgb:0000/0000/0000 ESC \` becomes Alt+`]`, the characters `1` `1` `;`
//!   `r` `g` `b` ..., then Alt+`\`; ended by BEL instead, the last event is Ctrl+G.
//!   `rxvt-unicode` ends it with a lone ESC, which swallows the ESC of what follows.
//! - A cursor position report (`ESC [ row ; col R`) and device attributes (`ESC [ ? ... c`)
//!   are consumed by crossterm itself when they arrive whole.
//! - An ESC that ends one read is taken as the Esc key, and the rest of its sequence,
//!   arriving in the next read, as plain characters: `ESC` | `[ 1 ; 5 R` is Esc, `[`, `1`,
//!   `;`, `5`, `R`. Two ESCs together (`ESC ESC [ A`, macOS Terminal's Option+Up) are one
//!   Esc key, and what follows is again plain characters.
//!
//! [`KeyFilter`] undoes this. Events go in as they arrive ([`KeyFilter::push`]); how long
//! the input has been quiet goes in between ([`KeyFilter::quiet`]). A terminal writes a
//! reply, or the bytes of one key, in one go; a person's keys come apart. So:
//!
//! - an Esc followed within [`ESC_WAIT`] by `[` or `O` starts a sequence: it is read to its
//!   final character and dropped (an arrow becomes Alt+arrow); by `]` it starts a reply;
//!   by any other key, that key with Alt; an Esc with nothing after it for [`ESC_WAIT`] is
//!   the Esc key;
//! - Alt+`]` (or Esc `]`) followed by digits, `;` and printable characters up to Alt+`\`,
//!   Ctrl+G or Esc is a reply, dropped whole; what does not fit that shape, or pauses for
//!   [`ESC_WAIT`] (a terminal writes its reply at once; a person pauses), was typed, and
//!   is handed on in order.
//!
//! Events other than keys (resizes, the mouse, pastes) pass straight through. The one
//! ambiguity left is inherent: an Esc pressed less than [`ESC_WAIT`] before a reply arrives
//! is taken as part of it (vim's `ttimeoutlen` and ncurses' `ESCDELAY` make the same call).

use std::time::Duration;

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// How long a lone Esc, or a reply or sequence begun, waits for its next byte (as vim's
/// default `ttimeoutlen`): then the Esc is the Esc key, a reply's start was typed (and is
/// handed on), and a sequence's start is dropped.
pub const ESC_WAIT: Duration = Duration::from_millis(100);

/// The most characters held for one reply (an OSC 11 answer is about 25): past this it
/// was not a reply.
const MAX_HELD: usize = 80;

/// Where the filter is in a sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Between sequences: keys pass.
    Ground,
    /// An Esc, with nothing after it yet.
    Esc,
    /// In an OSC reply (`ESC ]`): its number (digits), then after `;` its text.
    Osc { text: bool },
    /// An Esc inside an OSC reply's text: the reply's end (ST is `ESC \`; rxvt-unicode
    /// sends a lone ESC, whose next byte's ESC crossterm swallows).
    OscEsc,
    /// In a CSI sequence (`ESC [`) whose ESC came apart from it: parameters, then a final
    /// character.
    Csi,
    /// In an SS3 sequence (`ESC O`): one character to come.
    Ss3,
}

/// The state machine; see the module's documentation. It holds the key events of a
/// sequence it has not decided on, and hands on only the keys a person pressed.
#[derive(Debug, Clone)]
pub struct KeyFilter {
    phase: Phase,
    /// The key events of the sequence so far (its Esc or Alt+`]` first).
    held: Vec<KeyEvent>,
}

impl Default for KeyFilter {
    fn default() -> Self {
        KeyFilter {
            phase: Phase::Ground,
            held: Vec::new(),
        }
    }
}

/// A plain character: no Ctrl or Alt (crossterm adds Shift to capitals).
fn plain(key: &KeyEvent) -> Option<char> {
    match key.code {
        KeyCode::Char(c) if (key.modifiers - KeyModifiers::SHIFT).is_empty() => Some(c),
        _ => None,
    }
}

fn is_esc(key: &KeyEvent) -> bool {
    key.code == KeyCode::Esc && key.modifiers.is_empty()
}

fn with_alt(key: &KeyEvent, c: char) -> bool {
    key.code == KeyCode::Char(c) && key.modifiers == KeyModifiers::ALT
}

impl KeyFilter {
    /// Whether a sequence is held: the caller should report the quiet again soon (within
    /// [`ESC_WAIT`]).
    pub fn holding(&self) -> bool {
        self.phase != Phase::Ground
    }

    /// Takes one event as it arrived; the events to act on are added to `out`.
    pub fn push(&mut self, event: Event, out: &mut Vec<Event>) {
        match event {
            Event::Key(key) => self.key(key, out),
            other => out.push(other),
        }
    }

    /// The input has been quiet for `quiet` since the last event. After [`ESC_WAIT`], a
    /// lone Esc is the Esc key, a reply's start was typed, and a sequence's start (an ESC
    /// that came with `[` or `O`) is dropped.
    pub fn quiet(&mut self, quiet: Duration, out: &mut Vec<Event>) {
        if quiet < ESC_WAIT {
            return;
        }
        match self.phase {
            Phase::Ground => {}
            Phase::Esc => {
                let esc = self.held.pop();
                self.reset();
                out.extend(esc.map(Event::Key));
            }
            // The reply ended with a lone ESC (rxvt-unicode).
            Phase::OscEsc => self.reset(),
            Phase::Osc { .. } => self.release(out),
            Phase::Csi | Phase::Ss3 => self.reset(),
        }
    }

    fn reset(&mut self) {
        self.phase = Phase::Ground;
        self.held.clear();
    }

    /// What was held as a reply was typed: hand it on, its opening as the Alt+`]` it was.
    fn release(&mut self, out: &mut Vec<Event>) {
        let mut held = std::mem::take(&mut self.held).into_iter().peekable();
        if held.next_if(is_esc).is_some() {
            held.next();
            out.push(Event::Key(KeyEvent::new(
                KeyCode::Char(']'),
                KeyModifiers::ALT,
            )));
        }
        out.extend(held.map(Event::Key));
        self.phase = Phase::Ground;
    }

    fn key(&mut self, key: KeyEvent, out: &mut Vec<Event>) {
        match self.phase {
            Phase::Ground => {
                if is_esc(&key) {
                    self.phase = Phase::Esc;
                    self.held.push(key);
                } else if with_alt(&key, ']') {
                    self.phase = Phase::Osc { text: false };
                    self.held.push(key);
                } else {
                    out.push(Event::Key(key));
                }
            }
            Phase::Esc => match plain(&key) {
                Some(']') => self.hold(Phase::Osc { text: false }, key),
                Some('[') => self.hold(Phase::Csi, key),
                Some('O') => self.hold(Phase::Ss3, key),
                // Esc Esc: the first one came with more bytes.
                _ if is_esc(&key) => self.held = vec![key],
                _ => {
                    self.reset();
                    let mut alt = key;
                    alt.modifiers |= KeyModifiers::ALT;
                    out.push(Event::Key(alt));
                }
            },
            Phase::Osc { text } => {
                let fits = match plain(&key) {
                    Some(c) if c.is_ascii_digit() => true,
                    Some(';')
                        if !text
                            && self
                                .held
                                .iter()
                                .any(|k| plain(k).is_some_and(|c| c.is_ascii_digit())) =>
                    {
                        self.phase = Phase::Osc { text: true };
                        true
                    }
                    Some(c) => text && c.is_ascii_graphic(),
                    None => false,
                };
                if fits && self.held.len() < MAX_HELD {
                    self.held.push(key);
                } else if text && (with_alt(&key, '\\') || is_bell(&key)) {
                    self.reset();
                } else if text && is_esc(&key) {
                    self.phase = Phase::OscEsc;
                } else {
                    // Not a reply after all: it was typed.
                    self.release(out);
                    self.key(key, out);
                }
            }
            Phase::OscEsc => {
                self.reset();
                match plain(&key) {
                    Some('\\') => {}
                    // The lone ESC that ended the reply swallowed the next sequence's ESC.
                    Some('[') => self.hold(Phase::Csi, key),
                    Some(']') => self.hold(Phase::Osc { text: false }, key),
                    _ => self.key(key, out),
                }
            }
            Phase::Csi => match plain(&key) {
                // Parameters and intermediates.
                Some(' '..='?') if self.held.len() < MAX_HELD => self.held.push(key),
                // The final character: an arrow is Alt+arrow (Option+Up); the rest (a
                // cursor report, device attributes, a key we cannot name) is dropped.
                Some(c @ '@'..='~') => {
                    let bare = self.held.len() <= 2;
                    self.reset();
                    if let Some(code) = arrow(c).filter(|_| bare) {
                        out.push(Event::Key(KeyEvent::new(code, KeyModifiers::ALT)));
                    }
                }
                _ => {
                    self.reset();
                    self.key(key, out);
                }
            },
            Phase::Ss3 => {
                self.reset();
                match plain(&key).and_then(arrow) {
                    Some(code) => out.push(Event::Key(KeyEvent::new(code, KeyModifiers::ALT))),
                    None if plain(&key).is_some() => {}
                    None => self.key(key, out),
                }
            }
        }
    }

    fn hold(&mut self, phase: Phase, key: KeyEvent) {
        self.phase = phase;
        self.held.push(key);
    }
}

/// BEL (0x07), which crossterm reads as Ctrl+G.
fn is_bell(key: &KeyEvent) -> bool {
    key.code == KeyCode::Char('g') && key.modifiers == KeyModifiers::CONTROL
}

/// The key a CSI or SS3 sequence's final character names, for the arrows and Home/End.
fn arrow(c: char) -> Option<KeyCode> {
    Some(match c {
        'A' => KeyCode::Up,
        'B' => KeyCode::Down,
        'C' => KeyCode::Right,
        'D' => KeyCode::Left,
        'H' => KeyCode::Home,
        'F' => KeyCode::End,
        _ => return None,
    })
}

#[cfg(test)]
mod tests;
