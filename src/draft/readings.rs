//! What drafting reads once of each statement and shares between its steps (claims found by their answers, links, entries): the stance its wording suggests, whether it disputes plainly, what it denies, and the article's common stems.

use std::collections::HashSet;

use super::sentence::Found;
use super::stance::{plain_dispute, stance};
use super::topic_words::{common_stems, denied_stems};
use crate::claims::Stance;

/// What each statement's words and sentence say of its stance, read once for the whole
/// draft: `draft/contested`, `draft/link`, `draft/named_back` and the entries all read
/// these entries instead of working the stance out again (it was worked out four times
/// a statement). One entry a statement, in the order of the statements it was read from;
/// the statements' places must not change after (claims may be marked).
#[derive(Debug, Default)]
pub struct Readings {
    /// The stance of each statement's words in its sentence, with the cue that gave it
    /// ([`stance`]).
    pub stances: Vec<(Stance, Option<&'static str>)>,
    /// Whether each disputes plainly (`false`, `denied`, `questioned the figures`: see
    /// [`super::stance::plain_dispute`]).
    pub plain: Vec<bool>,
    /// The less common stems each statement's words deny (`no ballot had been counted
    /// twice` → `ballot`, `counte`: [`denied_stems`]); empty for most.
    pub denied: Vec<HashSet<String>>,
    /// The stems in more than a quarter of the statements' sentences ([`common_stems`]):
    /// the article's subject, which tells no claim from another.
    pub common: HashSet<String>,
}

impl Readings {
    /// Reads each of `found` in `body` once: linear in the statements.
    pub fn of(body: &str, found: &[Found]) -> Readings {
        let common = common_stems(body, found);
        let stances: Vec<(Stance, Option<&'static str>)> = found
            .iter()
            .map(|f| stance(&body[f.range.clone()], &body[f.sentence.clone()]))
            .collect();
        let plain = found
            .iter()
            .zip(&stances)
            .map(|(f, &(s, cue))| plain_dispute(s, cue, &body[f.sentence.clone()]))
            .collect();
        let denied = found
            .iter()
            .map(|f| denied_stems(&body[f.range.clone()], &common))
            .collect();
        Readings {
            stances,
            plain,
            denied,
            common,
        }
    }
}
