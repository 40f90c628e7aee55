//! The indexes that find one of an article's people without walking them all: by name, by surname, and by how recently each was mentioned or spoke (for pronouns, roles and the last speaker).

use std::collections::{BTreeMap, HashMap};

use super::lexicon;
use super::mention::{Gender, NpKind, Person, normal};

/// The classes a pronoun looks among: names of unknown gender, of men, of women; groups;
/// bodies; and the rest.
const CLASSES: usize = 6;

fn class(person: &Person) -> usize {
    match (person.kind, person.gender) {
        (NpKind::Name, None) => 0,
        (NpKind::Name, Some(Gender::Male)) => 1,
        (NpKind::Name, Some(Gender::Female)) => 2,
        (NpKind::Group, _) => 3,
        (NpKind::Body, _) => 4,
        (NpKind::Pronoun(_), _) => 5,
    }
}

/// Names of unknown gender or of men: whom "he" may be.
pub const HE: &[usize] = &[0, 1];
/// Names of unknown gender or of women: whom "she" may be.
pub const SHE: &[usize] = &[0, 2];
/// Names of any gender: whom "the 46-year-old" may be.
pub const NAMED: &[usize] = &[0, 1, 2];
/// The class of bodies (organisations and offices).
fn class_of_bodies() -> usize {
    IT[0]
}

/// Groups and bodies: whom "they" may be.
pub const THEY: &[usize] = &[3, 4];
/// Bodies: what "it" may be.
pub const IT: &[usize] = &[4];

/// Where each person of [`super::people::People`] is found, kept up to date by its
/// methods. Indices are those of its list; "stamps" count mentions and statements, so
/// the highest is the most recent.
#[derive(Debug, Default)]
pub struct Roster {
    /// Names as written, each to the people who bear it, in index order.
    exact: HashMap<String, Vec<usize>>,
    /// Names compared loosely ([`normal`]).
    loose: HashMap<String, Vec<usize>>,
    /// People named (kind Name) by their last word, in index order.
    surnames: HashMap<String, Vec<usize>>,
    /// Bodies with a proper name ([`proper_body`]) by their first word, in index order:
    /// `Halvorsen` for `Halvorsen Outdoor Co.`.
    leads: HashMap<String, Vec<usize>>,
    /// Bodies with a proper name by their head word in lower case ([`body_head`]):
    /// `authority` for `Consumer Water Authority`, `department` for `Department of
    /// Transportation`, in index order.
    heads: HashMap<String, Vec<usize>>,
    clock: u64,
    /// Each person's last mention (0: never mentioned).
    mentioned: Vec<u64>,
    /// Each person's last statement (0: none).
    spoken: Vec<u64>,
    /// The people mentioned, by their last mention, in each class.
    recent: [BTreeMap<u64, usize>; CLASSES],
    /// Named people who said something, by their last statement.
    spoken_names: BTreeMap<u64, usize>,
    /// Each role word of the lexicon to the people mentioned whose affiliations hold it,
    /// by their last mention.
    roles: HashMap<&'static str, BTreeMap<u64, usize>>,
    /// The role words each person's affiliations hold.
    role_words: Vec<Vec<&'static str>>,
    /// The sentence whose names are being met ([`Roster::begin_scan`]).
    scan: Scan,
    /// Who said something last, of any kind.
    last_spoke: Option<usize>,
}

/// What one sentence's scan of names did, so that a pronoun opening the sentence is not
/// taken for a name the same sentence meets after it (`She said Basin Ridge had cut …`).
#[derive(Debug, Default)]
struct Scan {
    /// The clock when the sentence's scan began.
    clock: u64,
    /// Each person the scan met, with the token where.
    at: Vec<(usize, usize)>,
    /// Each person touched since, with their last mention before the sentence (0: none).
    before: Vec<(usize, u64)>,
}

fn add(map: &mut HashMap<String, Vec<usize>>, key: String, i: usize) {
    let list = map.entry(key).or_default();
    if let Err(at) = list.binary_search(&i) {
        list.insert(at, i);
    }
}

fn remove(map: &mut HashMap<String, Vec<usize>>, key: &str, i: usize) {
    if let Some(list) = map.get_mut(key) {
        list.retain(|&j| j != i);
        if list.is_empty() {
            map.remove(key);
        }
    }
}

fn surname(name: &str) -> Option<&str> {
    name.split_whitespace().last()
}

/// The first word of a body named by a proper name of two words or more, not opening
/// with `The` (`Halvorsen Outdoor Co.` → `Halvorsen`); `None` for anyone else.
pub fn proper_body(person: &Person) -> Option<&str> {
    let mut words = person.name.split_whitespace();
    let first = words.next()?;
    (person.kind == NpKind::Body
        && words.next().is_some()
        && first.starts_with(char::is_uppercase)
        && !first.eq_ignore_ascii_case("the"))
    .then_some(first)
}

/// The head word of a body's proper name, in lower case: the word before its first `of`
/// or `for`, else its last word (`Department of Transportation` → `department`, `Harbor
/// Pilots Association` → `association`); `None` for a person, a group, a body written as
/// a common noun phrase (`The union`, `a department spokesman`) or a name of one word.
pub fn body_head(person: &Person) -> Option<String> {
    if person.kind != NpKind::Body {
        return None;
    }
    let name = person.name.strip_prefix("The ").unwrap_or(&person.name);
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = words.first()?;
    if words.len() < 2 || !first.starts_with(char::is_uppercase) || lexicon::is_not_name(first) {
        return None;
    }
    let head = words
        .iter()
        .position(|w| *w == "of" || *w == "for")
        .map_or(words[words.len() - 1], |at| words[at.max(1) - 1]);
    let head = head.trim_end_matches('.').to_lowercase();
    (lexicon::has("organisation-heads", &head) || lexicon::has("corporate", &head)).then_some(head)
}

/// How many bodies of one head word [`Roster::latest_headed`] looks among, so that its
/// cost does not grow with the article.
const HEAD_LOOKBACK: usize = 8;

/// How many of the bodies mentioned last [`Roster::latest_proper_body`] looks among, so
/// that its cost does not grow with the article.
const BODY_LOOKBACK: usize = 8;

impl Roster {
    /// Notes a person just added at index `i` (the end of the list).
    pub fn added(&mut self, i: usize, person: &Person) {
        add(&mut self.exact, person.name.clone(), i);
        add(&mut self.loose, normal(&person.name), i);
        if person.kind == NpKind::Name
            && let Some(last) = surname(&person.name)
        {
            add(&mut self.surnames, last.to_string(), i);
        }
        if let Some(first) = proper_body(person) {
            add(&mut self.leads, first.to_string(), i);
        }
        if let Some(head) = body_head(person) {
            add(&mut self.heads, head, i);
        }
        self.mentioned.push(0);
        self.spoken.push(0);
        self.role_words.push(Vec::new());
    }

    /// Notes that person `i` (of kind `person`) is now called `new` instead of its name.
    /// The last word stays the same (a surname given its full name).
    pub fn renamed(&mut self, i: usize, person: &Person, new: &str) {
        remove(&mut self.exact, &person.name, i);
        remove(&mut self.loose, &normal(&person.name), i);
        add(&mut self.exact, new.to_string(), i);
        add(&mut self.loose, normal(new), i);
        if person.kind == NpKind::Name && surname(&person.name) != surname(new) {
            if let Some(old) = surname(&person.name) {
                remove(&mut self.surnames, old, i);
            }
            if let Some(last) = surname(new) {
                add(&mut self.surnames, last.to_string(), i);
            }
        }
    }

    /// Takes person `i` out of the lists by recency (before its class changes).
    pub fn unlist(&mut self, i: usize, person: &Person) {
        let stamp = self.mentioned[i];
        if stamp > 0 {
            self.recent[class(person)].remove(&stamp);
            for word in &self.role_words[i] {
                if let Some(map) = self.roles.get_mut(word) {
                    map.remove(&stamp);
                }
            }
        }
    }

    /// Puts person `i` back in the lists by recency, at its last mention.
    pub fn relist(&mut self, i: usize, person: &Person) {
        let stamp = self.mentioned[i];
        if stamp > 0 {
            self.recent[class(person)].insert(stamp, i);
            for word in &self.role_words[i] {
                self.roles.entry(word).or_default().insert(stamp, i);
            }
        }
    }

    /// Notes that person `i` was just mentioned.
    pub fn touched(&mut self, i: usize, person: &Person) {
        self.unlist(i, person);
        if self.mentioned[i] <= self.scan.clock && !self.scan.before.iter().any(|&(j, _)| j == i) {
            self.scan.before.push((i, self.mentioned[i]));
        }
        self.clock += 1;
        self.mentioned[i] = self.clock;
        self.relist(i, person);
    }

    /// Notes that person `i` just said something.
    pub fn spoke(&mut self, i: usize, person: &Person) {
        self.clock += 1;
        if person.kind == NpKind::Name {
            self.spoken_names.remove(&self.spoken[i]);
            self.spoken_names.insert(self.clock, i);
        }
        self.spoken[i] = self.clock;
        self.last_spoke = Some(i);
    }

    /// Who said something last, of any kind (a person, a group, a body).
    pub fn last_speaker(&self) -> Option<usize> {
        self.last_spoke
    }

    /// When person `i` was last mentioned, on the roster's clock (0: never).
    pub fn mentioned_at(&self, i: usize) -> u64 {
        self.mentioned.get(i).copied().unwrap_or(0)
    }

    /// Notes that person `i` has a new affiliation, `text`.
    pub fn affiliated(&mut self, i: usize, text: &str) {
        let lower = spelled_out(text);
        let stamp = self.mentioned[i];
        for &word in lexicon::list("roles") {
            if lower.contains(word) && !self.role_words[i].contains(&word) {
                self.role_words[i].push(word);
                if stamp > 0 {
                    self.roles.entry(word).or_default().insert(stamp, i);
                }
            }
        }
    }

    /// Forgets the people from index `first` on; `all` is the list before it is cut.
    pub fn forget_from(&mut self, first: usize, all: &[Person]) {
        for (i, person) in all.iter().enumerate().skip(first) {
            self.unlist(i, person);
            remove(&mut self.exact, &person.name, i);
            remove(&mut self.loose, &normal(&person.name), i);
            if let Some(last) = surname(&person.name) {
                remove(&mut self.surnames, last, i);
            }
            if let Some(first) = proper_body(person) {
                remove(&mut self.leads, first, i);
            }
            if let Some(head) = body_head(person) {
                remove(&mut self.heads, &head, i);
            }
            if self.spoken[i] > 0 {
                self.spoken_names.remove(&self.spoken[i]);
            }
        }
        self.mentioned.truncate(first);
        self.spoken.truncate(first);
        self.role_words.truncate(first);
        self.scan.at.retain(|&(i, _)| i < first);
        self.scan.before.retain(|&(i, _)| i < first);
    }

    /// Starts a sentence's scan of names: who it meets ([`Roster::scanned`]) stays out of
    /// reach of a pronoun before them in the sentence ([`Roster::latest_before`]).
    pub fn begin_scan(&mut self) {
        self.scan.clock = self.clock;
        self.scan.at.clear();
        self.scan.before.clear();
    }

    /// Notes that the sentence's scan met person `i` at token `at`.
    pub fn scanned(&mut self, i: usize, at: usize) {
        self.scan.at.push((i, at));
    }

    /// The most recently mentioned person of `classes` whom a pronoun at token `at` of the
    /// sentence being read may be: one the sentence names only after `at` counts by their
    /// last mention before the sentence, or not at all (a subject pronoun never points
    /// forward to a name in its own clause). Looks past at most the people the sentence
    /// touched, so the cost does not grow with the article.
    pub fn latest_before(&self, classes: &[usize], at: usize) -> Option<usize> {
        let mut best: Option<(u64, usize)> = None;
        for &c in classes {
            for (&stamp, &i) in self.recent[c].iter().rev() {
                if best.is_some_and(|(b, _)| stamp <= b) {
                    break;
                }
                let later = stamp > self.scan.clock && {
                    let mut places = self.scan.at.iter().filter(|&&(j, _)| j == i);
                    places.clone().next().is_some() && places.all(|&(_, t)| t > at)
                };
                let effective = if later {
                    self.scan
                        .before
                        .iter()
                        .find(|&&(j, _)| j == i)
                        .map_or(0, |&(_, s)| s)
                } else {
                    stamp
                };
                if effective > 0 && best.is_none_or(|(b, _)| effective > b) {
                    best = Some((effective, i));
                }
                if !later {
                    break;
                }
            }
        }
        best.map(|(_, i)| i)
    }

    /// The first person called exactly `name`.
    pub fn exact(&self, name: &str) -> Option<usize> {
        self.exact.get(name)?.first().copied()
    }

    /// The first named person (kind Name) called exactly `name`.
    pub fn exact_name(&self, name: &str, all: &[Person]) -> Option<usize> {
        self.exact
            .get(name)?
            .iter()
            .copied()
            .find(|&i| all[i].kind == NpKind::Name)
    }

    /// The first person whose name is `key` compared loosely ([`normal`]).
    pub fn loose(&self, key: &str) -> Option<usize> {
        self.loose.get(key)?.first().copied()
    }

    /// The named people whose last word is `last`, in the order first met.
    pub fn surnamed(&self, last: &str) -> &[usize] {
        self.surnames.get(last).map_or(&[], Vec::as_slice)
    }

    /// Of the named people whose last word is `last`, the most recently mentioned.
    pub fn surnamed_recently(&self, last: &str) -> Option<usize> {
        self.surnamed(last)
            .iter()
            .copied()
            .filter(|&i| self.mentioned[i] > 0)
            .max_by_key(|&i| self.mentioned[i])
    }

    /// The most recently mentioned person of the classes given ([`HE`], [`SHE`] …).
    pub fn latest(&self, classes: &[usize]) -> Option<usize> {
        classes
            .iter()
            .filter_map(|&c| self.recent[c].last_key_value())
            .max_by_key(|(stamp, _)| **stamp)
            .map(|(_, &i)| i)
    }

    /// The most recently mentioned person with an affiliation holding `head` (a role word
    /// in lower case, maybe plural).
    pub fn latest_with_role(&self, head: &str, all: &[Person]) -> Option<usize> {
        let singular = head
            .trim_end_matches(['’', '\'', 's'])
            .trim_end_matches(['’', '\'']);
        // Every affiliation holding `head` holds its root, a word of the lexicon.
        let root = lexicon::list("roles")
            .iter()
            .find(|&&w| w == head)
            .or_else(|| lexicon::list("roles").iter().find(|&&w| w == singular))?;
        self.roles.get(root)?.values().rev().copied().find(|&i| {
            all[i]
                .affiliations
                .iter()
                .any(|a| spelled_out(a).contains(head))
        })
    }

    /// The body with a proper name whose first word is `first` (`Halvorsen`), if exactly
    /// one is known: a short form of its name.
    pub fn led_by(&self, first: &str) -> Option<usize> {
        match self.leads.get(first)?.as_slice() {
            [only] => Some(*only),
            _ => None,
        }
    }

    /// Of the bodies whose head word ([`body_head`]) is one of `heads`, the one mentioned
    /// last (among the last [`HEAD_LOOKBACK`] met of each head), one that has spoken before
    /// one that has not (a firm met only in an analyst's affiliation is not `the
    /// company`): whom `the authority` or `the union` stands for.
    pub fn latest_headed(&self, heads: &[&str]) -> Option<usize> {
        heads
            .iter()
            .filter_map(|h| self.heads.get(*h))
            .flat_map(|list| list.iter().rev().take(HEAD_LOOKBACK))
            .copied()
            .filter(|&i| self.mentioned[i] > 0)
            .max_by_key(|&i| (self.spoken[i] > 0, self.mentioned[i]))
    }

    /// Of the last [`BODY_LOOKBACK`] bodies mentioned, the latest with a proper name
    /// ([`proper_body`]): whom `the company` stands for.
    pub fn latest_proper_body(&self, all: &[Person]) -> Option<usize> {
        self.recent[class_of_bodies()]
            .values()
            .rev()
            .take(BODY_LOOKBACK)
            .copied()
            .find(|&i| proper_body(&all[i]).is_some())
    }

    /// Of the last `lookback` bodies and the last `lookback` groups mentioned (a bound, so
    /// that the cost does not grow with the article), the latest whose name (as written)
    /// `wanted` accepts.
    pub fn latest_body_or_group(
        &self,
        all: &[Person],
        lookback: usize,
        wanted: impl Fn(&str) -> bool,
    ) -> Option<usize> {
        THEY.iter()
            .filter_map(|&class| {
                self.recent[class]
                    .iter()
                    .rev()
                    .take(lookback)
                    .find(|&(_, &i)| wanted(&all[i].name))
            })
            .max_by_key(|&(&stamp, _)| stamp)
            .map(|(_, &i)| i)
    }

    /// The named person who spoke last.
    pub fn last_named_speaker(&self) -> Option<usize> {
        self.spoken_names.last_key_value().map(|(_, &i)| i)
    }
}

/// Titles written short, with the role word each stands for.
const SHORT_TITLES: &[(&str, &str)] = &[
    ("sen.", "senator"),
    ("rep.", "representative"),
    ("gov.", "governor"),
    ("lt. gov.", "lieutenant governor"),
    ("atty. gen.", "attorney general"),
    ("supt.", "superintendent"),
    ("sec.", "secretary"),
    ("amb.", "ambassador"),
    ("prof.", "professor"),
];

/// An affiliation in lower case with each short title's role word after it (`state Sen.`
/// → `state sen. senator`), so that `the senator` finds the person titled `Sen.`.
pub(super) fn spelled_out(text: &str) -> String {
    let mut lower = text.to_lowercase();
    let words: Vec<String> = lower.split_whitespace().map(str::to_string).collect();
    for (short, full) in SHORT_TITLES {
        let n = short.split_whitespace().count();
        if words.windows(n).any(|w| w.join(" ") == *short) {
            lower.push(' ');
            lower.push_str(full);
        }
    }
    lower
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, kind: NpKind) -> Person {
        Person {
            name: name.to_string(),
            kind,
            affiliations: Vec::new(),
            gender: None,
        }
    }

    #[test]
    fn people_are_found_by_name_surname_role_and_recency_and_forgotten_whole() {
        let mut all = vec![
            person("Ana Petrova", NpKind::Name),
            person("The ministry", NpKind::Body),
            person("Ruth Petrova", NpKind::Name),
        ];
        let mut roster = Roster::default();
        for (i, p) in all.iter().enumerate() {
            roster.added(i, p);
        }
        assert_eq!(roster.exact("Ana Petrova"), Some(0));
        assert_eq!(roster.loose(&normal("the Ministry")), Some(1));
        assert_eq!(roster.loose("minister"), None);
        assert_eq!(roster.surnamed("Petrova"), [0, 2]);
        // Nobody mentioned yet: no one is recent.
        assert_eq!(roster.surnamed_recently("Petrova"), None);
        assert_eq!(roster.latest(HE), None);
        roster.touched(2, &all[2]);
        roster.touched(0, &all[0]);
        roster.touched(1, &all[1]);
        assert_eq!(roster.surnamed_recently("Petrova"), Some(0));
        assert_eq!(roster.latest(HE), Some(0));
        assert_eq!(roster.latest(IT), Some(1));
        // Ana is a woman: "he" is Ruth now.
        roster.unlist(0, &all[0]);
        all[0].gender = Some(Gender::Female);
        roster.relist(0, &all[0]);
        assert_eq!(roster.latest(HE), Some(2));
        assert_eq!(roster.latest(SHE), Some(0));
        // Roles: the most recent whose affiliation holds the word, plural or not.
        all[2].affiliations.push("Deputy Minister".into());
        roster.affiliated(2, "Deputy Minister");
        assert_eq!(roster.latest_with_role("minister", &all), Some(2));
        // A short title stands for its role word: `the senator` is the one titled `Sen.`;
        // `Senate` or a word that starts like a title is no title.
        for (i, title) in [
            (0, "the Senate's clerk"),
            (1, "Sentinel editor"),
            (2, "state Sen."),
        ] {
            all[i].affiliations.push(title.into());
            roster.affiliated(i, title);
        }
        assert_eq!(roster.latest_with_role("senator", &all), Some(2));
        assert_eq!(spelled_out("Rep."), "rep. representative");
        assert_eq!(
            spelled_out("Lt. Gov."),
            "lt. gov. governor lieutenant governor"
        );
        assert_eq!(spelled_out("Represented the Sen"), "represented the sen");
        assert_eq!(roster.latest_with_role("ministers", &all), None);
        assert_eq!(roster.latest_with_role("fellow", &all), None);
        roster.spoke(0, &all[0]);
        roster.spoke(1, &all[1]);
        assert_eq!(roster.last_named_speaker(), Some(0));
        // A renamed person is found by the new name only.
        roster.renamed(0, &all[0], "Ana K. Petrova");
        all[0].name = "Ana K. Petrova".into();
        assert_eq!(roster.exact("Ana Petrova"), None);
        assert_eq!(roster.exact_name("Ana K. Petrova", &all), Some(0));
        // Forgetting the last two leaves no trace of them.
        roster.forget_from(1, &all);
        all.truncate(1);
        assert_eq!(roster.surnamed("Petrova"), [0]);
        assert_eq!(roster.latest(IT), None);
        assert_eq!(roster.latest_with_role("minister", &all), None);
        assert_eq!(roster.last_named_speaker(), Some(0));
    }
}
