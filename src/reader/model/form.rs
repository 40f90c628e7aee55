//! The form over the reader that records what a passage is: a claim's or a response's fields, the one being typed in, the suggestions for it, and the entry it makes.

use std::ops::Range;

use crate::claims::{ClaimEntry, DraftMark, QuoteSelector, ResponseEntry, Stance, Text};
use crate::keys::prompt::{self, FormKey};
use crate::reader::model::known::{Known, Suggestion};

pub use crate::reader::model::form_field::{Field, is_calendar_date};

/// What the form makes when it is saved. Claims are named by their place in the FILE
/// (the order of [`crate::claims::change::Change`]), responses by their claim's place
/// and their own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    NewClaim,
    /// A response to claim `claim` (its place in the file).
    NewResponse {
        claim: usize,
    },
    /// Claim `claim` as it is, edited.
    EditClaim {
        claim: usize,
    },
    EditResponse {
        claim: usize,
        response: usize,
    },
}

impl Purpose {
    /// "new claim", "new response", "edit claim", "edit response": the form's title.
    pub fn title(&self) -> &'static str {
        match self {
            Purpose::NewClaim => "new claim",
            Purpose::NewResponse { .. } => "new response",
            Purpose::EditClaim { .. } => "edit claim",
            Purpose::EditResponse { .. } => "edit response",
        }
    }

    fn fields(&self) -> &'static [Field] {
        match self {
            Purpose::NewClaim | Purpose::EditClaim { .. } => &Field::CLAIM,
            Purpose::NewResponse { .. } | Purpose::EditResponse { .. } => &Field::RESPONSE,
        }
    }
}

/// A line being typed: its text and the cursor (a byte offset, on a character boundary).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Line {
    pub text: String,
    pub at: usize,
}

impl Line {
    fn with(text: impl Into<String>) -> Line {
        let text = text.into();
        Line {
            at: text.len(),
            text,
        }
    }
}

/// What a key did to the form, for the reader to carry out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormOutcome {
    /// The form is still open.
    Open,
    /// Enter with every field valid: save this entry.
    Save(Box<Entry>),
    /// Esc: close the form; `kept` says whether it holds typing worth keeping.
    Close { kept: bool },
    /// The form steps aside for a new selection of its quote.
    Reselect,
    /// A new response is to answer another claim: the next in reading order
    /// (`forward`) or the one before.
    OtherClaim { forward: bool },
}

/// The entry a saved form makes: a claim (its responses empty; an edit keeps the
/// claim's own) or a response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    Claim(ClaimEntry),
    Response(ResponseEntry),
}

/// An open form: its purpose, the quote (bytes of the article's body), the fields and
/// the suggestions for the one being typed in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    pub purpose: Purpose,
    /// The stretch of the body the entry quotes.
    pub quote: Range<usize>,
    /// The quote's selector (exact words, prefix, suffix, position) as it will be written.
    pub selector: QuoteSelector,
    pub fields: Vec<(Field, Line)>,
    /// The field being typed in (an index into `fields`).
    pub focus: usize,
    /// The suggestions for the focused field, best first, and the one chosen with Down.
    pub suggestions: Vec<Suggestion>,
    pub chosen: Option<usize>,
    /// Why Enter did not save (a required field empty, an unknown stance).
    pub error: Option<String>,
    /// A line about where the starting values came from ("the drafter's guess: …").
    pub note: Option<String>,
    /// What the form is opened on, for an edit: the fields it does not show (id, reviews,
    /// appearances, extra) are kept from it.
    base: Option<Entry>,
    /// The fields' text when the form opened, to tell typing from none.
    initial: Vec<String>,
    /// Whether its quote was chosen again (Ctrl-o).
    pub requoted: bool,
}

impl Form {
    /// A form for `purpose` on the quote at `quote` with its `selector`, its fields
    /// filled from `values` (the edited entry's, or the drafter's guess; others empty).
    pub fn new(
        purpose: Purpose,
        quote: Range<usize>,
        selector: QuoteSelector,
        values: &[(Field, String)],
        base: Option<Entry>,
    ) -> Form {
        let fields: Vec<(Field, Line)> = purpose
            .fields()
            .iter()
            .map(|&field| {
                let value = values
                    .iter()
                    .find(|(f, _)| *f == field)
                    .map_or("", |(_, v)| v.as_str());
                (field, Line::with(value))
            })
            .collect();
        let initial = fields.iter().map(|(_, line)| line.text.clone()).collect();
        Form {
            purpose,
            quote,
            selector,
            fields,
            focus: 0,
            suggestions: Vec::new(),
            chosen: None,
            error: None,
            note: None,
            base,
            initial,
            requoted: false,
        }
    }

    /// The values a claim fills a form with.
    pub fn claim_values(claim: &ClaimEntry) -> Vec<(Field, String)> {
        let summary = if claim.summary == claim.selector.exact {
            String::new()
        } else {
            claim.summary.to_string()
        };
        let text = |value: &Option<Text>| value.as_deref().unwrap_or_default().to_string();
        vec![
            (Field::Claimant, claim.claimant.to_string()),
            (Field::Role, text(&claim.role)),
            (Field::Summary, summary),
            (Field::Verdict, text(&claim.verdict)),
            (Field::Date, text(&claim.date)),
            (Field::Note, text(&claim.note)),
        ]
    }

    /// The values a response fills a form with.
    pub fn response_values(response: &ResponseEntry) -> Vec<(Field, String)> {
        let text = |value: &Option<Text>| value.as_deref().unwrap_or_default().to_string();
        vec![
            (Field::Expert, response.expert.to_string()),
            (Field::Affiliation, text(&response.affiliation)),
            (Field::Stance, response.stance.word().to_string()),
            (Field::Source, text(&response.source)),
        ]
    }

    /// The fields' text when the form opened (what was typed is told from it).
    pub fn initial(&self) -> &[String] {
        &self.initial
    }

    /// This form as it was kept in an earlier session: `initial`, its fields' text when
    /// it first opened (ignored unless there is one for each field), `focus`, the field
    /// typed in last, and whether its quote had been chosen again.
    pub fn kept(mut self, initial: Vec<String>, focus: usize, requoted: bool) -> Form {
        if initial.len() == self.fields.len() {
            self.initial = initial;
        }
        self.focus = focus.min(self.fields.len().saturating_sub(1));
        self.requoted = requoted;
        self
    }

    /// The field being typed in.
    pub fn field(&self) -> Field {
        self.fields[self.focus].0
    }

    /// The text of `field` ("" when the form has no such field).
    pub fn value(&self, field: Field) -> &str {
        self.fields
            .iter()
            .find(|(f, _)| *f == field)
            .map_or("", |(_, line)| line.text.as_str())
    }

    /// Whether anything was typed since the form opened (or its quote chosen again).
    pub fn is_dirty(&self) -> bool {
        self.requoted
            || self
                .fields
                .iter()
                .zip(&self.initial)
                .any(|((_, line), initial)| &line.text != initial)
    }

    /// Takes the typing of an earlier form of the same purpose that was closed with Esc,
    /// keeping this form's quote.
    pub fn restore(&mut self, earlier: &Form) {
        for ((field, line), (earlier_field, earlier_line)) in
            self.fields.iter_mut().zip(&earlier.fields)
        {
            if field == earlier_field {
                *line = earlier_line.clone();
            }
        }
        self.initial = earlier.initial.clone();
        if self.fields.len() == earlier.fields.len() {
            self.focus = earlier.focus;
        }
        // An edit's quote chosen again comes back with it (a new entry quotes the new
        // selection).
        if earlier.requoted
            && matches!(
                self.purpose,
                Purpose::EditClaim { .. } | Purpose::EditResponse { .. }
            )
        {
            self.quote = earlier.quote.clone();
            self.selector = earlier.selector.clone();
            self.requoted = true;
        }
    }

    /// A new quote for the entry (after Ctrl-o and a new selection).
    pub fn requote(&mut self, quote: Range<usize>, selector: QuoteSelector) {
        self.quote = quote;
        self.selector = selector;
        self.requoted = true;
    }

    /// Applies a key; `known` gives the suggestions. Returns what the reader must do.
    pub fn key(&mut self, key: FormKey, known: &Known) -> FormOutcome {
        self.error = None;
        match key {
            FormKey::Char(c) => self.type_text(&c.to_string(), known),
            FormKey::Text(text) => {
                // Pasted as the search prompt takes it: one line, CR LF one space.
                let line = crate::reader::model::search::pasted_line(&text);
                self.type_text(&line, known);
            }
            FormKey::Edit(edit) => {
                let (_, line) = &mut self.fields[self.focus];
                if prompt::apply(&mut line.text, &mut line.at, edit) {
                    self.suggest(known);
                }
            }
            FormKey::NextField => self.move_focus(1, known),
            FormKey::PrevField => self.move_focus(self.fields.len() - 1, known),
            FormKey::NextSuggestion => {
                if self.suggestions.is_empty() {
                    self.suggest_all(known);
                }
                if !self.suggestions.is_empty() {
                    self.chosen = Some(self.chosen.map_or(0, |c| (c + 1) % self.suggestions.len()));
                }
            }
            FormKey::PrevSuggestion => {
                self.chosen = match self.chosen {
                    Some(0) | None => None,
                    Some(c) => Some(c - 1),
                }
            }
            FormKey::Submit => {
                if let Some(chosen) = self.chosen.take() {
                    let suggestion = self.suggestions[chosen].clone();
                    self.take(&suggestion);
                    self.suggestions.clear();
                    return FormOutcome::Open;
                }
                return match self.entry() {
                    Ok(entry) => FormOutcome::Save(Box::new(entry)),
                    Err((focus, error)) => {
                        self.focus = focus;
                        self.error = Some(error);
                        FormOutcome::Open
                    }
                };
            }
            FormKey::Cancel => {
                if !self.suggestions.is_empty() {
                    self.suggestions.clear();
                    self.chosen = None;
                    return FormOutcome::Open;
                }
                return FormOutcome::Close {
                    kept: self.is_dirty(),
                };
            }
            FormKey::Reselect => return FormOutcome::Reselect,
            FormKey::NextClaim | FormKey::PrevClaim => {
                if matches!(self.purpose, Purpose::NewResponse { .. }) {
                    return FormOutcome::OtherClaim {
                        forward: key == FormKey::NextClaim,
                    };
                }
                self.error = Some(match self.purpose {
                    Purpose::EditResponse { .. } => {
                        "a saved response is moved to another claim from the sidebar (M)".into()
                    }
                    _ => "only a new response answers a claim".into(),
                });
            }
        }
        FormOutcome::Open
    }

    fn type_text(&mut self, text: &str, known: &Known) {
        let (_, line) = &mut self.fields[self.focus];
        prompt::insert(&mut line.text, &mut line.at, text);
        self.suggest(known);
    }

    fn move_focus(&mut self, by: usize, known: &Known) {
        self.focus = (self.focus + by) % self.fields.len();
        self.suggestions.clear();
        self.chosen = None;
        // A choice among a few words (stance) is offered as soon as the field is entered.
        if self.field() == Field::Stance {
            self.suggest(known);
        }
    }

    /// The suggestions for what the focused field holds.
    fn suggest(&mut self, known: &Known) {
        let (field, line) = &self.fields[self.focus];
        self.suggestions = known.suggest_for(field.offer(), &line.text, self.person_beside());
        self.chosen = None;
    }

    /// Every suggestion for the focused field, whatever it holds (Down on a field with
    /// none shown).
    fn suggest_all(&mut self, known: &Known) {
        self.suggestions = known.suggest_for(self.field().offer(), "", self.person_beside());
        self.chosen = None;
    }

    /// The name typed in the field whose companion is the focused one (the expert beside
    /// an affiliation, the claimant beside a role), or "".
    fn person_beside(&self) -> &str {
        let focused = self.field();
        (self.fields.iter())
            .find(|(f, _)| f.companion() == Some(focused))
            .map_or("", |(_, line)| line.text.as_str())
    }

    /// Fills the focused field with `suggestion`, and its companion field (a person's
    /// affiliation) when that is empty or still holds what the form opened with.
    fn take(&mut self, suggestion: &Suggestion) {
        let field = self.field();
        self.fields[self.focus].1 = Line::with(suggestion.text.clone());
        if let (Some(companion), Some(detail)) = (field.companion(), &suggestion.detail)
            && let Some(index) = self.fields.iter().position(|(f, _)| *f == companion)
        {
            let untouched = self.fields[index].1.text == self.initial[index];
            if self.fields[index].1.text.is_empty() || untouched {
                self.fields[index].1 = Line::with(detail.clone());
            }
        }
    }

    /// Whether `field` holds what it held when the form opened (not typed in, or typed
    /// back to it).
    fn untouched(&self, field: Field) -> bool {
        (self.fields.iter().zip(&self.initial))
            .find(|((f, _), _)| *f == field)
            .is_none_or(|((_, line), initial)| line.text == *initial)
    }

    /// The entry the form makes, or the field to go to and why it cannot be saved. For
    /// an edit, a field not typed in gives the entry's own value as it was (the form
    /// shows it on one line, trimmed, its control characters as marks; what is saved for
    /// it is what the entry held); a field typed in gives what the form shows, trimmed.
    fn entry(&self) -> Result<Entry, (usize, String)> {
        let text = |field: Field| self.value(field).trim().to_string();
        let optional = |field: Field| Some(text(field)).filter(|t| !t.is_empty());
        let required = |field: Field| {
            let value = text(field);
            if value.is_empty() {
                let at = self
                    .fields
                    .iter()
                    .position(|(f, _)| *f == field)
                    .unwrap_or(0);
                Err((at, format!("the {} is needed", field.label())))
            } else {
                Ok(value)
            }
        };
        // A person saving a drafted entry has reviewed it: the draft mark goes.
        let reviewed: Option<DraftMark> = None;
        Ok(match &self.purpose {
            Purpose::NewClaim | Purpose::EditClaim { .. } => {
                let claimant = required(Field::Claimant)?;
                // A date typed is a calendar date; one the file had, in whatever form the
                // file wrote it, is kept as it is.
                if let Some(at) = self.fields.iter().position(|(f, _)| *f == Field::Date)
                    && self.fields[at].1.text != self.initial[at]
                    && let Some(fault) = crate::claims::dates::date_fault(&text(Field::Date))
                {
                    return Err((at, fault));
                }
                let base = match &self.base {
                    Some(Entry::Claim(claim)) => claim.clone(),
                    _ => ClaimEntry::default(),
                };
                let edited = matches!(self.base, Some(Entry::Claim(_)));
                // A field not typed in keeps the entry's own value, untrimmed: the file
                // then keeps its text byte for byte (`claims::edit` keeps a value the
                // reader holds as the file's shown form).
                let kept = |field: Field, own: &Option<Text>| {
                    if edited && self.untouched(field) {
                        own.clone()
                    } else {
                        optional(field).map(Into::into)
                    }
                };
                // An empty summary is the quote, the new one when it was chosen again.
                let summary = if edited
                    && self.untouched(Field::Summary)
                    && !self.value(Field::Summary).is_empty()
                {
                    base.summary.clone()
                } else {
                    optional(Field::Summary).map_or_else(|| self.selector.exact.clone(), Into::into)
                };
                let claimant = if edited && self.untouched(Field::Claimant) {
                    base.claimant.clone()
                } else {
                    claimant.into()
                };
                Entry::Claim(ClaimEntry {
                    claimant,
                    role: kept(Field::Role, &base.role),
                    summary,
                    selector: self.selector.clone(),
                    verdict: kept(Field::Verdict, &base.verdict),
                    date: kept(Field::Date, &base.date),
                    note: kept(Field::Note, &base.note),
                    responses: Vec::new(),
                    draft: reviewed,
                    ..base
                })
            }
            Purpose::NewResponse { .. } | Purpose::EditResponse { .. } => {
                let expert = required(Field::Expert)?;
                let stance_at = self
                    .fields
                    .iter()
                    .position(|(f, _)| *f == Field::Stance)
                    .unwrap_or(0);
                let stance = stance_named(&text(Field::Stance)).ok_or_else(|| {
                    (
                        stance_at,
                        "the stance is one of supports, disputes, qualifies, context".to_string(),
                    )
                })?;
                // As for a claim: a field not typed in keeps the response's own value.
                let own = match &self.base {
                    Some(Entry::Response(response)) => Some(response),
                    _ => None,
                };
                let kept = |field: Field, value: fn(&ResponseEntry) -> &Option<Text>| match own {
                    Some(response) if self.untouched(field) => value(response).clone(),
                    _ => optional(field).map(Into::into),
                };
                Entry::Response(ResponseEntry {
                    expert: match own {
                        Some(response) if self.untouched(Field::Expert) => response.expert.clone(),
                        _ => expert.into(),
                    },
                    affiliation: kept(Field::Affiliation, |r| &r.affiliation),
                    stance,
                    selector: self.selector.clone(),
                    source: kept(Field::Source, |r| &r.source),
                    draft: reviewed,
                })
            }
        })
    }
}

/// The stance a word names: its whole word or its start ("dis"), in any letter case.
pub fn stance_named(word: &str) -> Option<Stance> {
    let word = word.trim().to_lowercase();
    if word.is_empty() {
        return None;
    }
    Stance::ALL
        .into_iter()
        .find(|s| s.word() == word)
        .or_else(|| {
            let mut starting = Stance::ALL
                .into_iter()
                .filter(|s| s.word().starts_with(&word));
            let first = starting.next()?;
            starting.next().is_none().then_some(first)
        })
}

#[cfg(test)]
#[path = "form_tests.rs"]
mod tests;
