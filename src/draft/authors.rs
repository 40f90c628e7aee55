//! Documents that speak, given to their authors where the phrase names one: `a survey by
//! Zenith Market Data`, `a letter from the union`, `the utility's outage map`, `an
//! application Harborline filed`, and a later `the letter` for the letter's author.

use super::lexicon;
use super::mention::{NpKind, is_cap, is_possessive, normal};
use super::people::{People, capitalised};
use super::sentence::{Found, Sentence};
use super::tokens::Kind;

/// Verbs in `-ed` by which a phrase says who made a document after naming it (`an
/// application Harborline filed`, `results the department posted`).
const MADE: &[&str] = &[
    "filed",
    "posted",
    "sent",
    "issued",
    "released",
    "published",
    "wrote",
    "submitted",
    "circulated",
    "commissioned",
    "prepared",
    "signed",
];

/// Words after `by` or `from` that end the author's name (`a report by the division in
/// March`).
const AUTHOR_ENDS: &[&str] = &[
    "in", "on", "at", "with", "to", "last", "this", "that", "which", "who", "after", "before",
    "during", "dated", "signed", "and",
];

/// Documents written by someone, which a later `the report` names back: met with their
/// author outside a statement ([`People::documents_met`]).
const WRITTEN: &[&str] = &[
    "report",
    "memo",
    "filing",
    "letter",
    "statement",
    "survey",
    "study",
    "poll",
    "audit",
    "analysis",
    "notice",
    "notices",
    "release",
    "note",
    "complaint",
    "lawsuit",
    "paper",
    "petition",
];

/// How many paragraphs back a document may be for a later `the report` of another word
/// to name it (`a study by X … The report says`).
const DOCUMENT_REACH: usize = 2;

impl People {
    /// Documents the sentence names with their author, so that a later `the report` is
    /// the author's: a possessor before the document anywhere in the sentence (`The
    /// department's report, released in November, surveyed …`, up to four words back), and
    /// a document opening the sentence (`In a memo sent to reporters, X wrote that …`, `In
    /// a filing with the SEC, the company said …`), whose author is the speaker of the
    /// sentence's first statement (`found`, the statements the sentence made).
    pub(super) fn documents_met(&mut self, s: &Sentence, found: &[Found]) {
        let word = |k: usize| s.toks[k].text(s.body);
        for k in s.span.clone() {
            let t = &s.toks[k];
            if t.kind != Kind::Word || t.quoted() || !WRITTEN.contains(&word(k)) {
                continue;
            }
            if let Some(author) = self.made_by(s, k, found) {
                self.document_of(word(k), author, s.index);
                // Only a document the article says was made by someone is named by a
                // later `the report` of another word (`In a memo …, X wrote` is not).
                self.last_document = Some((author, s.index));
                continue;
            }
            if k > s.span.start && is_possessive(word(k - 1)) {
                let mut from = k - 1;
                while from > s.span.start
                    && k - from < 4
                    && s.toks[from - 1].kind == Kind::Word
                    && (is_cap(word(from - 1)) || word(from - 1).eq_ignore_ascii_case("the"))
                {
                    from -= 1;
                }
                let text: Vec<&str> = (from..=k).map(word).collect();
                self.author_of(&text.join(" "));
            }
        }
        // `X said in a statement that …`, `X announced the findings in a news release`:
        // a document after `in a` (and at most one more word) is the speaker's whose words
        // follow it (else the last before it), for a later `The statement said …`.
        if !found.is_empty() {
            for k in s.span.clone() {
                if s.toks[k].kind != Kind::Word || s.toks[k].quoted() || !WRITTEN.contains(&word(k))
                {
                    continue;
                }
                let article = |a: usize| {
                    a > s.span.start
                        && ["a", "an"].contains(&word(a))
                        && word(a - 1).eq_ignore_ascii_case("in")
                };
                if k >= 2 && (article(k - 1) || k >= 3 && article(k - 2)) {
                    let at = s.toks[k].range.end;
                    let user = found
                        .iter()
                        .find(|f| f.range.start >= at)
                        .or_else(|| found.iter().rev().find(|f| f.range.start < at));
                    if let Some(user) = user {
                        self.document_of(word(k), user.speaker, s.index);
                    }
                }
            }
        }
        // `In a memo …, X wrote`: the opening phrase's document.
        let opening = s.span.start + 3 < s.span.end
            && word(s.span.start).eq_ignore_ascii_case("in")
            && ["a", "an", "its", "his", "her", "their"].contains(&word(s.span.start + 1));
        if opening
            && let Some(doc) = (s.span.start + 2..s.span.end.min(s.span.start + 5))
                .take_while(|&k| s.toks[k].kind == Kind::Word)
                .find(|&k| WRITTEN.contains(&word(k)))
            && let Some(comma) = (doc..s.span.end).find(|&k| s.toks[k].kind == Kind::Comma)
            && let Some(first) = found
                .iter()
                .find(|f| f.range.start >= s.toks[comma].range.end)
        {
            self.document_of(word(doc), first.speaker, s.index);
        }
    }

    /// Notes that the document `kind` (`study`) met in paragraph `para` is `author`'s.
    fn document_of(&mut self, kind: &str, author: usize, para: usize) {
        self.documents.insert(kind.to_string(), author);
        if self
            .last_document
            .is_some_and(|(_, p)| p + DOCUMENT_REACH < para)
        {
            self.last_document = None;
        }
    }

    /// The author of the document named at token `k` (a word of [`WRITTEN`] after `a`,
    /// `an` or `the` and at most one more word) where the sentence says who made it: `by`
    /// and a name within the five words after it (`a study released this month by Ann
    /// Mole`), or a verb of making before it (`The alliance sent a letter to …`), whose
    /// subject is the speaker of the sentence's first statement (`found`), else the name or
    /// body opening the sentence. `None` for any other shape.
    fn made_by(&mut self, s: &Sentence, k: usize, found: &[Found]) -> Option<usize> {
        let word = |k: usize| s.toks[k].text(s.body).to_lowercase();
        let det = |a: usize| a >= s.span.start && ["a", "an", "the"].contains(&word(a).as_str());
        let article = (k >= 1 && det(k - 1)).then(|| k - 1).or_else(|| {
            (k >= 2 && det(k - 2) && s.toks[k - 1].kind == Kind::Word).then(|| k - 2)
        })?;
        if let Some(by) = (k + 1..s.span.end.min(k + 6))
            .take_while(|&j| s.toks[j].kind == Kind::Word && !s.toks[j].quoted())
            .find(|&j| word(j) == "by")
        {
            // Between the document and `by`, nothing or a verb of making: `a study by`,
            // `a study released this month by`, `a paper led by`; never `funded by`.
            let made = by == k + 1
                || (k + 1..by).any(|j| {
                    MADE.contains(&word(j).as_str())
                        || ["led", "written", "conducted", "authored"].contains(&word(j).as_str())
                });
            if !made {
                return None;
            }
            let np = super::people::parse(s.body, s.toks, by + 1, s.span.end)?;
            return (np.kind == NpKind::Name
                || np.kind == NpKind::Body && is_cap(s.toks[by + 1].text(s.body)))
            .then(|| self.mention(&np))
            .flatten();
        }
        let verb = article.checked_sub(1).filter(|&v| v >= s.span.start)?;
        if !MADE.contains(&word(verb).as_str()) || s.toks[verb].quoted() {
            return None;
        }
        if let Some(first) = found.first() {
            return Some(first.speaker);
        }
        let np = super::people::parse(s.body, s.toks, s.span.start, verb)?;
        matches!(np.kind, NpKind::Name | NpKind::Body)
            .then(|| self.mention(&np))
            .flatten()
    }

    /// The author of the document the noun phrase `text` names (its head a word of the
    /// lexicon's `documents`), when the phrase names one and it can be found: a possessor
    /// before the document (`the utility's outage map`, `Harborline's filing`), `by` or
    /// `from` and the author (`a survey by Zenith Market Data`, `a letter from the
    /// union`), or the maker before a verb of making (`an application Harborline filed`);
    /// else the author last given to a document of the same word (`the letter`, after `a
    /// letter from the union`, or `her note` after `In a note …, Ann Mole wrote`, when
    /// `his` or `her` finds a person, `its` or `their` a body). A body by kind (`the utility`) must be known already; a
    /// proper name not met before is made known as a body. `None` when the phrase names no
    /// author, or one by a pronoun or an indefinite article (`its packaging`, `a letter
    /// from a reader`).
    pub(super) fn author_of(&mut self, text: &str) -> Option<usize> {
        let words: Vec<&str> = text
            .split_whitespace()
            .map(|w| w.trim_end_matches([',', ';', ':']))
            .collect();
        let doc = words
            .iter()
            .position(|w| lexicon::is_document(w) && !is_possessive(w))?;
        if words[..doc].iter().any(|w| lexicon::is_role(w)) {
            return None;
        }
        let kind = words[doc].to_lowercase();
        let possessor = words[..doc].iter().position(|w| is_possessive(w));
        // `Kolstad's campaign said …`: a campaign speaks for itself, not for its candidate
        // (the gold articles name the campaign).
        if kind == "campaign" && possessor.is_some() {
            return None;
        }
        let author = if let Some(p) = possessor {
            let mut owner: Vec<&str> = words[..=p].to_vec();
            let last = owner[p];
            owner[p] = last
                .strip_suffix("'s")
                .or_else(|| last.strip_suffix("’s"))
                .unwrap_or(last);
            self.resolve_author(&owner)
        } else if let Some(b) = words[doc + 1..]
            .iter()
            .position(|w| ["by", "from"].contains(&w.to_lowercase().as_str()))
        {
            let from = doc + 2 + b;
            let to = (from..words.len())
                .find(|&k| AUTHOR_ENDS.contains(&words[k].to_lowercase().as_str()))
                .unwrap_or(words.len());
            self.resolve_author(&words[from..to])
        } else if let Some(v) = (doc + 2..words.len().min(doc + 4))
            .find(|&k| MADE.contains(&words[k].to_lowercase().as_str()))
        {
            self.resolve_author(&words[doc + 1..v])
        } else if words.len() == 2 && words[0].eq_ignore_ascii_case("the") {
            // `The report says …` after `a study by Ann Mole`: the document of that word,
            // else the one last met, at most two paragraphs back.
            self.documents.get(&kind).copied().or_else(|| {
                self.last_document
                    .filter(|&(_, para)| {
                        WRITTEN.contains(&kind.as_str()) && para + DOCUMENT_REACH >= self.paragraph
                    })
                    .map(|(author, _)| author)
            })
        } else if let [owner, _] = words[..]
            && ["his", "her", "its", "their"].contains(&owner.to_lowercase().as_str())
        {
            // `Her note said …` after `In a note to clients, Ann Mole wrote …`: the author
            // last given to a document of that word, when the pronoun can be theirs (`his`
            // and `her` a person's, `its` a body's or a group's).
            let person = ["his", "her"].contains(&owner.to_lowercase().as_str());
            self.documents
                .get(&kind)
                .copied()
                .filter(|&i| (self.all[i].kind == NpKind::Name) == person)
        } else {
            None
        }?;
        self.documents.insert(kind, author);
        Some(author)
    }

    /// The speaker an author's words name (`the union`, `Zenith Market Data`, `the state
    /// inspector general`): a body by its kind, someone known by name or short name, else a
    /// new body. `None` for a pronoun, an indefinite phrase or no words.
    fn resolve_author(&mut self, words: &[&str]) -> Option<usize> {
        let first = words.first()?.to_lowercase();
        if [
            "a", "an", "its", "his", "her", "their", "our", "my", "your", "one",
        ]
        .contains(&first.as_str())
            || words.len() > 8
        {
            return None;
        }
        let text = words.join(" ");
        if let [the, kind] = words
            && the.eq_ignore_ascii_case("the")
            && kind.starts_with(char::is_lowercase)
        {
            return self.known_by_kind(&kind.to_lowercase());
        }
        if let Some(i) = self.roster.loose(&normal(&text)) {
            return Some(i);
        }
        if let [one] = words
            && one.starts_with(char::is_uppercase)
        {
            return self
                .roster
                .surnamed_recently(one)
                .or_else(|| self.roster.led_by(one));
        }
        // A person under a title: `an affidavit filed by Detective Sgt. Raymond Oyelaran`
        // is Raymond Oyelaran's, the title an affiliation (not a body of that whole name).
        if let Some(t) = words.iter().rposition(|w| lexicon::is_title_word(w))
            && words.len() >= t + 3
            && words[t + 1..]
                .iter()
                .all(|w| is_cap(w) && !lexicon::is_not_person(w) && !lexicon::is_title_word(w))
        {
            let title: Vec<&str> = words[..=t]
                .iter()
                .copied()
                .skip_while(|w| w.eq_ignore_ascii_case("the"))
                .collect();
            let who = self.name(&words[t + 1..].join(" "));
            if !title.is_empty() {
                self.add_title(who, &title.join(" "));
            }
            return Some(who);
        }
        let named = words.iter().any(|w| w.starts_with(char::is_uppercase));
        let the = first == "the";
        (named || the).then(|| self.named(&capitalised(&text), NpKind::Body))
    }
}

#[cfg(test)]
mod tests {
    use crate::draft::speakers::tests::speaker_of;

    #[test]
    fn a_document_that_names_its_author_is_the_authors() {
        for (text, words, who) in [
            (
                "Profits fell, according to a survey by Quill Market Data.",
                "Profits fell",
                "Quill Market Data",
            ),
            (
                "Brant Water Co. raised rates. Few taps failed, according to the utility's outage map.",
                "Few taps failed",
                "Brant Water Co.",
            ),
            (
                "A report by the Tarn Valley Safety Division said that the planks were cracked.",
                "the planks",
                "Tarn Valley Safety Division",
            ),
            (
                "Lune Freight Logistics wants a permit. According to an application Lune filed with the state in May, the site will employ 180 people.",
                "the site",
                "Lune Freight Logistics",
            ),
            (
                "The Orrin Nurses Union struck on Monday. A letter from the union says wards are understaffed. The letter says pay is low.",
                "pay is low",
                "Orrin Nurses Union",
            ),
        ] {
            assert_eq!(speaker_of(text, words).as_deref(), Some(who), "{text}");
        }
    }

    #[test]
    fn a_document_met_with_its_author_outside_a_statement_is_the_authors_later() {
        for (text, words, who) in [
            // A possessor before the document, in a sentence that reports nothing.
            (
                "The Kansas Department of Agriculture counts farms. The department's report, released in May, surveyed 900 farmers. According to the report, farms lost $4,800.",
                "farms lost",
                "Kansas Department of Agriculture",
            ),
            // A document opening the sentence: the speaker of its first statement wrote it.
            (
                "In a memo sent to reporters, campaign manager Troy Dane wrote that the poll was skewed. The memo says the campaign's polling shows a lead.",
                "shows a lead",
                "Troy Dane",
            ),
            (
                "Corvane Mobility Inc. plans a listing. In a filing with regulators on Monday, the company said its shuttles were safe. The filing says Corvane expects a profit.",
                "expects a profit",
                "Corvane Mobility Inc.",
            ),
        ] {
            assert_eq!(speaker_of(text, words).as_deref(), Some(who), "{text}");
        }
        // Near shapes: an indefinite possessor, a document not opening the sentence, and a
        // document of another kind stay as written.
        for (text, words, who) in [
            (
                "A consultant's memo was leaked. The memo says the software failed.",
                "the software failed",
                "The memo",
            ),
            (
                "Troy Dane wrote in a memo that the poll was skewed. The letter says the poll shows a lead.",
                "shows a lead",
                "The letter",
            ),
            (
                "In a memo sent to reporters, campaign manager Troy Dane wrote that the poll was skewed. The report says the poll shows a lead.",
                "shows a lead",
                "The report",
            ),
        ] {
            assert_eq!(speaker_of(text, words).as_deref(), Some(who), "{text}");
        }
    }

    #[test]
    fn a_document_with_no_author_named_stays_the_document() {
        for (text, words, who) in [
            // No author, a pronoun, an indefinite one, or a kind with no body known.
            (
                "Profits fell, according to a survey.",
                "Profits fell",
                "A survey",
            ),
            (
                "A letter from a reader says the bridge is unsafe.",
                "the bridge",
                "A letter from a reader",
            ),
            (
                "Few taps failed, according to the utility's outage map.",
                "Few taps failed",
                "The utility's outage map",
            ),
            // `the letter` with no letter's author known is the letter.
            ("The letter says pay is low.", "pay is low", "The letter"),
        ] {
            assert_eq!(speaker_of(text, words).as_deref(), Some(who), "{text}");
        }
    }
}
