//! A sentence whose subject is a role (`The judge did not agree.`) mentions the one person the article gave that role, so that a later `she` points back to them and not to someone named in between.

use super::lexicon;
use super::people::People;
use super::role_mentions::{GENERAL, role_holder};
use super::sentence::Sentence;
use super::tokens::Kind;

/// Words that may stand between `the` and the role word (`the trial judge`): at most this
/// many.
const MODIFIERS: usize = 2;

/// Words after a role that make it no subject of the verb after them, or no role of now.
const NOT_VERBS: &[&str] = &[
    "at", "of", "in", "for", "on", "from", "with", "by", "to", "who", "whose", "that", "and", "or",
    "then", "before", "after", "during", "until", "since", "himself", "herself",
];

/// Mentions the holder of the role a sentence opens with, outside quotations: `The judge`,
/// `The county's sheriff`, `The trial judge`, then a word in lower case (its verb). Only
/// the one person the article gives that role ([`role_holder`]); nothing with two, or
/// none, or a role of the reporter's own outlet.
pub(super) fn mention_role_subject(s: &Sentence, people: &mut People) {
    let span = s.span.clone();
    let Some(first) = s.toks.get(span.start) else {
        return;
    };
    if first.quoted() || first.text(s.body) != "The" {
        return;
    }
    let mut modifiers: Vec<String> = Vec::new();
    let mut k = span.start + 1;
    let head = loop {
        if k >= span.end || k > span.start + 1 + MODIFIERS {
            return;
        }
        let tok = &s.toks[k];
        let text = tok.text(s.body);
        if tok.quoted() || tok.kind != Kind::Word || !text.starts_with(char::is_lowercase) {
            return;
        }
        let word = text.to_lowercase();
        if lexicon::has("roles", &word) {
            break word;
        }
        let owner = super::role_mentions::unpossessed(&word).to_string();
        if !GENERAL.contains(&owner.as_str()) {
            modifiers.push(owner);
        }
        k += 1;
    };
    if super::role_mentions::OWN_ROLES.contains(&head.as_str()) {
        return;
    }
    // The role is the subject: a verb in lower case follows it, not a name, more words of
    // a longer phrase (`The judge's ruling`, `The judge Anita Ferraro`) or what places it
    // (`The mayor at the time, she said, …`: perhaps another mayor).
    let verb = s.toks.get(k + 1).filter(|t| {
        let text = t.text(s.body);
        k + 1 < span.end
            && !t.quoted()
            && t.kind == Kind::Word
            && text.starts_with(char::is_lowercase)
            && !NOT_VERBS.contains(&text)
    });
    if verb.is_none() || s.toks[k].text(s.body).ends_with("'s") {
        return;
    }
    if let Some(who) = role_holder(s.body, &head, &modifiers, people) {
        people.touch(who);
        people.roster.scanned(who, span.start);
    }
}

#[cfg(test)]
#[path = "referents_tests.rs"]
mod referents_tests;
