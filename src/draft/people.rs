//! Who is speaking: the people and bodies of an article, and later mentions (names, surnames, pronouns, roles, bodies) resolved to them; reading the noun phrase itself is [`super::phrase`]'s.

pub use super::descriptions::{
    age_alone, appositive, common, role_phrase, who_clause, whose_clause,
};
use super::lexicon;
pub use super::mention::{Gender, Np, NpKind, Person, Pronoun, normal, party_label};
pub use super::phrase::parse;
use super::roster::{self, Roster};

/// The speakers of an article, in the order first met, with what the text says of them.
#[derive(Debug, Default)]
pub struct People {
    pub all: Vec<Person>,
    /// Where each of them is found by name and by recency.
    pub(super) roster: Roster,
    /// Each word for a document (`letter`, `release`) to the author last given to one
    /// ([`People::author_of`]), for a later `the letter`.
    pub(super) documents: std::collections::HashMap<String, usize>,
    /// The author of the document met last and its paragraph, for a later `the report`
    /// of another word ([`People::author_of`]).
    pub(super) last_document: Option<(usize, usize)>,
    /// The paragraph being read.
    pub(super) paragraph: usize,
    /// The one "X administration" the text names most, for "the administration".
    pub administration: Option<String>,
    /// Who has made a claim so far.
    pub claimants: std::collections::HashSet<usize>,
}

impl People {
    /// The speaker a noun phrase names, made known if new; `None` for a pronoun with no one
    /// to point back to.
    pub fn mention(&mut self, np: &Np) -> Option<usize> {
        // `His office said …`: a person speaking through their office is the person the
        // pronoun points back to (`Ann Mole's office`, named, stays the office).
        if matches!(np.kind, NpKind::Group | NpKind::Body) {
            let pronoun = match np.text.to_lowercase().as_str() {
                "his office" => Some(Pronoun::He),
                "her office" => Some(Pronoun::She),
                _ => None,
            };
            if let Some(p) = pronoun {
                return self.pronoun(p, np.end.saturating_sub(1));
            }
        }
        let found = match np.kind {
            NpKind::Pronoun(p) => return self.pronoun(p, np.end.saturating_sub(1)),
            NpKind::Name => match np
                .title
                .as_deref()
                .and_then(|t| title_gender(t.lines().next().unwrap_or(t)))
            {
                Some(g) => self
                    .surname_agreeing(&np.text, g)
                    .unwrap_or_else(|| self.name(&np.text)),
                None => self.name(&np.text),
            },
            // A subject as written ("A spokesperson for the authority", "A letter from
            // the union") comes as a group.
            NpKind::Group => match self.unnamed_spokesperson(&np.text) {
                Some(i) => i,
                None => self
                    .author_of(&np.text)
                    .unwrap_or_else(|| self.named(&np.text, NpKind::Group)),
            },
            NpKind::Body => self.body(&np.text),
        };
        if let Some(title) = &np.title {
            self.add_title(found, title);
        }
        self.touch(found);
        Some(found)
    }

    /// Forgets the speakers from index `first` on (made known by a lookup that wanted
    /// only known ones).
    pub fn forget_from(&mut self, first: usize) {
        self.roster.forget_from(first, &self.all);
        self.all.truncate(first);
        self.documents.retain(|_, &mut who| who < first);
        self.last_document = self.last_document.filter(|&(who, _)| who < first);
    }

    /// Starts a sentence's scan of names ([`Roster::begin_scan`]).
    pub fn begin_scan(&mut self) {
        self.roster.begin_scan();
    }

    /// Mentions `np` as the sentence's scan meets it at token `at`.
    pub fn scanned(&mut self, np: &Np, at: usize) -> Option<usize> {
        let who = self.mention(np)?;
        self.roster.scanned(who, at);
        Some(who)
    }

    /// The person (a name, not a group or body) mentioned last, if any.
    pub fn last_person(&self) -> Option<usize> {
        self.roster.latest(roster::NAMED)
    }

    /// Notes that `who` has just said something.
    pub fn spoke(&mut self, who: usize) {
        self.roster.spoke(who, &self.all[who]);
    }

    pub fn touch(&mut self, who: usize) {
        self.roster.touched(who, &self.all[who]);
    }

    pub fn add_affiliation(&mut self, who: usize, text: &str) {
        let person = &mut self.all[who];
        if person.kind == NpKind::Name
            && !person
                .affiliations
                .iter()
                .any(|a| a.eq_ignore_ascii_case(text))
        {
            person.affiliations.push(text.to_string());
            self.roster.affiliated(who, text);
        }
    }

    /// Gives `who` the title written before their name (`Sgt.`, `Forward`): a gender where
    /// it tells one, and an affiliation unless it is only a form of address (`Mr.`, `Ms.`):
    /// `Dr.` is kept (a degree the reader may weigh), apart from a role written before it
    /// (`Superintendent Dr.` gives `Superintendent` and `Dr.`).
    ///
    /// A title with a place or body on a line after it (`Sen.` and `Minnesota`, from `Sen.
    /// Ann Mole of Minnesota`) gives both.
    pub(super) fn add_title(&mut self, who: usize, title: &str) {
        if let Some((title, place)) = title.split_once('\n') {
            self.add_title(who, title);
            self.add_affiliation(who, place);
            return;
        }
        let lower = title.to_lowercase();
        let gender = title_gender(title);
        if gender.is_some() && self.all[who].gender.is_none() {
            self.set_gender(who, gender);
        }
        // A form of address is no affiliation (`Mr.`, `Mrs`, `Ms`); an honour conferred
        // is, as a degree is (`Dame`, `Sir`).
        let honorific = ["mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss"].contains(&lower.as_str());
        if honorific {
            return;
        }
        // A role and a degree's title before one name (`Superintendent Dr. Ann Mole`):
        // two affiliations, the role and the title.
        if let Some((role, degree)) = title.rsplit_once(' ')
            && ["dr.", "prof.", "rev."].contains(&degree.to_lowercase().as_str())
        {
            self.add_affiliation(who, role);
            self.add_affiliation(who, degree);
        } else {
            self.add_affiliation(who, title);
        }
    }

    /// The person a lone surname with a gendered title (`Mrs. Kell`) names, when more than
    /// one person bears the surname: the latest mentioned whose gender is the title's, else
    /// the latest whose gender is unknown; never one of the other gender. `None` when the
    /// surname is not shared (then [`Self::name`] decides as for any name).
    fn surname_agreeing(&mut self, text: &str, gender: Gender) -> Option<usize> {
        if text.split_whitespace().count() != 1 {
            return None;
        }
        let sharers = self.roster.surnamed(text);
        if sharers.len() < 2 {
            return None;
        }
        let latest = |want: Option<Gender>| {
            sharers
                .iter()
                .copied()
                .filter(|&i| self.all[i].gender == want)
                .max_by_key(|&i| (self.roster.mentioned_at(i), i))
        };
        latest(Some(gender)).or_else(|| latest(None))
    }

    /// Whether someone named is known by `last` as their last word.
    pub fn has_surname(&self, last: &str) -> bool {
        !self.roster.surnamed(last).is_empty()
    }

    fn set_gender(&mut self, who: usize, gender: Option<Gender>) {
        self.roster.unlist(who, &self.all[who]);
        self.all[who].gender = gender;
        self.roster.relist(who, &self.all[who]);
    }

    /// The person a name as written is (`Ann Mole`, or `Mole` for the latest Ann Mole),
    /// made known if new.
    pub(super) fn name(&mut self, text: &str) -> usize {
        let parts: Vec<&str> = text.split_whitespace().collect();
        let last = parts.last().copied().unwrap_or(text);
        if let Some(i) = self.roster.exact(text) {
            return i;
        }
        if parts.len() == 1 {
            // A surname: the person it is the last name of, most recent first.
            if let Some(i) = self.roster.surnamed_recently(last) {
                return i;
            }
            if let Some(&i) = self.roster.surnamed(last).first() {
                return i;
            }
            // A business by the first word of its name: `Halvorsen` for `Halvorsen
            // Outdoor Co.`.
            if let Some(i) = self.roster.led_by(last) {
                return i;
            }
        } else if let Some(i) = self.roster.exact_name(last, &self.all) {
            // A full name for someone first met by surname.
            self.roster.renamed(i, &self.all[i], text);
            self.all[i].name = text.to_string();
            return i;
        }
        self.named(text, NpKind::Name)
    }

    pub(super) fn named(&mut self, text: &str, kind: NpKind) -> usize {
        let key = normal(text);
        if let Some(i) = self.roster.loose(&key) {
            return i;
        }
        self.all.push(Person {
            name: text.to_string(),
            kind,
            affiliations: Vec::new(),
            gender: None,
        });
        let i = self.all.len() - 1;
        self.roster.added(i, &self.all[i]);
        i
    }

    fn body(&mut self, text: &str) -> usize {
        let lower = normal(text);
        if lower == "administration"
            && let Some(name) = self.administration.clone()
        {
            return self.named(&name, NpKind::Body);
        }
        // A document that names its author is the author's: "a survey by Zenith Market
        // Data", "the utility's outage map".
        if let Some(i) = self.author_of(text) {
            return i;
        }
        let written = text.to_lowercase();
        let mut words = written.split_whitespace();
        let opener = words.next().unwrap_or_default();
        let rest: Vec<&str> = words.collect();
        if ["a", "an", "one", "another"].contains(&opener) {
            if let Some(i) = self.unnamed_spokesperson(text) {
                return i;
            }
            // Someone new, named only by what they are: "a reporter".
            return self.named(&capitalised(text), NpKind::Body);
        }
        // The phrase's head: its last word before a preposition ("the mother of two").
        let head_word = rest
            .iter()
            .take_while(|w| !["of", "to", "for", "with", "at", "in", "from"].contains(w))
            .last()
            .copied()
            .unwrap_or_default();
        // "the union", "the authority", "the airline": the body last named with that head
        // word, or of that kind.
        if opener == "the"
            && rest.len() == 1
            && let Some(i) = self.known_by_kind(head_word)
        {
            return i;
        }
        // "the company": the business last named.
        if opener == "the"
            && rest.len() == 1
            && lexicon::has("body-kinds", head_word)
            && let Some(i) = self.roster.latest_proper_body(&self.all)
        {
            return i;
        }
        // "the agent": the unnamed source first met as "a veteran player agent who …",
        // whose head noun it is.
        if opener == "the"
            && rest.len() == 1
            && let Some(i) = self.roster.latest_body_or_group(&self.all, 24, |name| {
                super::descriptions::unnamed_head(name).as_deref() == Some(head_word)
            })
        {
            return i;
        }
        let person_like = opener == "the"
            && !head_word.is_empty()
            && !lexicon::is_document(head_word)
            && !lexicon::is_not_person(head_word)
            && !lexicon::is_role(head_word)
            && !lexicon::is_group(head_word);
        if person_like {
            // "the 46-year-old", "the tycoon", "the mother of two": the person last
            // spoken of.
            if let Some(i) = self.last_person() {
                return i;
            }
        }
        // "the senior defense official": the one first met as "a senior Tavrian defense
        // official", whose words hold all of these.
        if opener == "the"
            && rest.len() >= 2
            && lexicon::is_role(head_word)
            && let Some(i) = self.roster.latest_body_or_group(&self.all, 24, |name| {
                let words: Vec<String> = name
                    .split_whitespace()
                    .map(|w| w.trim_end_matches(',').to_lowercase())
                    .collect();
                ["a", "an"].contains(&words[0].as_str())
                    && rest.iter().all(|w| words[1..].iter().any(|n| n == w))
            })
        {
            return i;
        }
        // "the minister": the person whose title names that role.
        let head = lower
            .split_whitespace()
            .find(|w| lexicon::is_role(w))
            .unwrap_or_default()
            .to_string();
        if !head.is_empty() && !lower.contains("office") {
            if let Some(i) = self.roster.latest_with_role(&head, &self.all) {
                return i;
            }
            // Else the last speaker, unless the text gave them another role.
            if let Some(i) = self.roster.last_named_speaker()
                && self.all[i].affiliations.is_empty()
            {
                return i;
            }
        }
        self.named(&capitalised(text), NpKind::Body)
    }

    /// The body already named that a kind word (lower case) stands for: a union's word
    /// (`union`, `association`) any union, `agency` or `regulator` any government body, a
    /// business's word (`company`, `airline`, `carrier`) any business, another head word of
    /// the lexicon's `organisation-heads` (`authority`, `department`) a body with that head;
    /// the one mentioned last. `None` for any other word, or when none is known.
    pub(super) fn known_by_kind(&self, kind: &str) -> Option<usize> {
        let family: &[&str] = if lexicon::has("union-heads", kind) {
            lexicon::list("union-heads")
        } else if kind == "agency" || kind == "regulator" {
            lexicon::list("agency-heads")
        } else if lexicon::has("body-kinds", kind) {
            lexicon::list("corporate")
        } else if lexicon::has("organisation-heads", kind) {
            std::slice::from_ref(&kind)
        } else {
            return None;
        };
        self.roster.latest_headed(family)
    }

    /// The body an unnamed spokesperson (`a …`, `an …`) speaks for, when it is known:
    /// "a hospital spokeswoman", "A spokesperson for the authority" ([`Self::spokesperson_of`]).
    fn unnamed_spokesperson(&self, text: &str) -> Option<usize> {
        let written = text.to_lowercase();
        let mut words = written.split_whitespace();
        let opener = words.next()?;
        let rest: Vec<&str> = words.collect();
        ["a", "an"]
            .contains(&opener)
            .then(|| self.spokesperson_of(&rest))
            .flatten()
    }

    /// The body an unnamed spokesperson speaks for, when it is known: `for` and the body
    /// (`spokesperson for the authority`, `spokesman for Lakeshore Air`) or one word before
    /// the noun (`hospital spokeswoman`, `Lakeshore spokesman`). `rest` is the phrase's
    /// words after its article, in lower case.
    fn spokesperson_of(&self, rest: &[&str]) -> Option<usize> {
        let at = rest.iter().position(|w| {
            ["spokesman", "spokeswoman", "spokesperson"].contains(&w.trim_end_matches(','))
        })?;
        match (&rest[..at], rest.get(at + 1..)) {
            (_, Some(["for", "the", kind])) => self.known_by_kind(kind),
            (_, Some(["for", name @ ..])) if !name.is_empty() => self
                .roster
                .loose(&normal(&name.join(" ")))
                .or_else(|| {
                    self.roster
                        .led_by(&capitalised(name[0]))
                        .filter(|_| name.len() == 1)
                })
                .filter(|&i| self.all[i].kind == NpKind::Body),
            ([modifier], Some([])) => self
                .known_by_kind(modifier)
                .or_else(|| self.roster.led_by(&capitalised(modifier))),
            _ => None,
        }
    }

    /// Who `pronoun`, at token `at` of the sentence being read, points back to.
    fn pronoun(&mut self, pronoun: Pronoun, at: usize) -> Option<usize> {
        let wanted = match pronoun {
            Pronoun::He => Some(Gender::Male),
            Pronoun::She => Some(Gender::Female),
            _ => None,
        };
        let latest = self.roster.latest_before(
            match pronoun {
                Pronoun::He => roster::HE,
                Pronoun::She => roster::SHE,
                Pronoun::They => roster::THEY,
                Pronoun::It => roster::IT,
            },
            at,
        );
        // `Takeda-Bell's campaign said … . It added that …`: `it` is the speaker just
        // before when that is one body written as a group (a campaign, a team), mentioned
        // no earlier than the latest body.
        let collective = (pronoun == Pronoun::It)
            .then(|| self.roster.last_speaker())
            .flatten()
            .filter(|&l| {
                let p = &self.all[l];
                p.kind == NpKind::Group
                    && p.name
                        .split_whitespace()
                        .last()
                        .is_some_and(|w| !w.ends_with('s'))
                    && latest
                        .is_none_or(|b| self.roster.mentioned_at(l) >= self.roster.mentioned_at(b))
            });
        // `A senior defense official said … . He said …`: `he` or `she` is the speaker just
        // before when that is someone unnamed, written as `a` or `an` and a role, mentioned
        // no earlier than the latest name `he` or `she` may be.
        let unnamed = matches!(pronoun, Pronoun::He | Pronoun::She)
            .then(|| self.roster.last_speaker())
            .flatten()
            .filter(|&l| {
                let p = &self.all[l];
                matches!(p.kind, NpKind::Body | NpKind::Group)
                    && super::descriptions::unnamed_head(&p.name).is_some()
                    && latest
                        .is_none_or(|b| self.roster.mentioned_at(l) >= self.roster.mentioned_at(b))
            });
        let found = collective.or(unnamed).or(latest)?;
        if self.all[found].gender.is_none() {
            self.set_gender(found, wanted);
        }
        self.touch(found);
        Some(found)
    }
}

/// The gender a title tells (`Mrs.`, `Congresswoman`: female; `Mr.`, `Sir`: male), if any.
fn title_gender(title: &str) -> Option<Gender> {
    let lower = title.to_lowercase();
    if ["woman", "mrs.", "ms.", "queen", "princess", "lady", "dame"]
        .iter()
        .any(|w| lower.contains(w))
    {
        Some(Gender::Female)
    } else if ["man", "mr.", "king", "prince", "lord", "sir"]
        .iter()
        .any(|w| lower.split_whitespace().any(|t| t == *w || t.ends_with(w)))
    {
        Some(Gender::Male)
    } else {
        None
    }
}

/// How sure a speaker read from a noun phrase is, in percent: a full name 92, a single
/// name 88, a pronoun 80, a group or body 75.
pub(super) fn confidence(np: &Np) -> u8 {
    match np.kind {
        NpKind::Name if np.text.split_whitespace().count() >= 2 => 92,
        NpKind::Name => 88,
        NpKind::Pronoun(_) => 80,
        NpKind::Group | NpKind::Body => 75,
    }
}

/// `text` with its first letter in capitals: "the ministry" → "The ministry".
pub(super) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

#[cfg(test)]
#[path = "people_tests.rs"]
mod tests;
