//! The small closed classes of words a reported clause is read by: subject pronouns, object pronouns (an addressee), and the words that open a reported question. `reported`, `reported_end` and `adverbials` read them.

/// Subject pronouns, which open a clause wherever they stand.
pub(super) const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i"];

/// Object pronouns: the addressee of `told them …`.
pub(super) const OBJECTS: &[&str] = &["him", "her", "them", "me", "us", "you", "it"];

/// Words that open a question reported as a clause: `asked whether …`.
pub(super) const WH: &[&str] = &[
    "whether", "if", "why", "how", "what", "when", "where", "who", "which",
];
