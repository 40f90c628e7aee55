//! Planning a merge of fresh drafts into a claims file: which entries stay, which old drafts give way, which new ones come in and which are left out (rejected, or already reviewed) — as the decisions `draft --merge` writes and as the changes of one edit in the reader.

use std::collections::HashSet;
use std::ops::Range;

use crate::anchor::Anchorer;
use crate::article::Article;
use crate::claims::change::Change;
use crate::claims::{ClaimEntry, QuoteSelector, ResponseEntry};

/// Whether two places in the text are the same statement: they share at least half of
/// the shorter one.
pub fn same_place(a: &Range<usize>, b: &Range<usize>) -> bool {
    let shared = a.end.min(b.end).saturating_sub(a.start.max(b.start));
    shared > 0 && shared * 2 >= a.len().min(b.len()).max(1)
}

/// What a merge decides, in the file's terms.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Decisions {
    /// The claims that stay, in file order.
    pub stays: Vec<Stays>,
    /// The drafted claims to add (fresh ids, responses left out already removed), each
    /// with where its quote starts in the body (bytes; `None`: not placed).
    pub new: Vec<(Option<usize>, ClaimEntry)>,
    pub counts: Counts,
}

/// A claim of the file that stays: reviewed, or a draft with a reviewed response.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Stays {
    /// Its index in the file.
    pub file: usize,
    /// Where its quote starts in the body, in bytes.
    pub at: Option<usize>,
    /// The indices of its responses that stay (the reviewed ones).
    pub responses: Vec<usize>,
    /// Drafted responses that join it, after those.
    pub joined: Vec<ResponseEntry>,
}

/// How many entries (claims and responses) a merge keeps, adds, replaces and leaves out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Entries a person reviewed, kept as they were.
    pub kept: usize,
    /// Drafted entries added.
    pub added: usize,
    /// Old drafted entries that gave way to the new draft.
    pub replaced: usize,
    /// Drafted entries left out because their quote was rejected.
    pub rejected: usize,
    /// Drafted entries left out because a reviewed entry already gives them.
    pub reviewed: usize,
}

/// A merge as the changes of one edit.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// The changes, made in order (claims counted in file order).
    pub changes: Vec<Change>,
    pub counts: Counts,
}

/// The changes that merge `drafted` into a claims file whose entries are `file` (in file
/// order) and whose remembered rejected quotes are `rejected`, for the article `body`.
///
/// The decisions are those of `draft --merge` ([`super::merge::merge`]): every reviewed
/// entry stays exactly as it is (and a drafted claim with a reviewed response stays, with
/// that response); the old drafts give way to the new; a drafted claim a person already
/// has (the same place in the text) is not added again, but its drafted responses join the
/// reviewed claim unless a reviewed entry already gives them; a drafted claim or response
/// at the place of any reviewed claim or response is not added anywhere (a claim with its
/// responses); and no drafted claim or
/// response whose quote was rejected (the same place, or the same words after folding
/// white space) comes back. Claims that stay keep their order; a new claim goes after
/// the last staying claim placed before it in the text, so a file in reading order stays
/// in it (unplaced new claims go last), as `draft --merge` writes it.
pub fn plan(file: &[ClaimEntry], rejected: &[String], drafted: &[ClaimEntry], body: &str) -> Plan {
    let decided = decide(file, rejected, drafted, body);
    let mut changes = Vec::new();
    // Removals from the end backwards, so the places of those before stay good.
    let mut stay_of: Vec<Option<&Stays>> = vec![None; file.len()];
    for stays in &decided.stays {
        if let Some(slot) = stay_of.get_mut(stays.file) {
            *slot = Some(stays);
        }
    }
    for (i, claim) in file.iter().enumerate().rev() {
        match stay_of[i] {
            None => changes.push(Change::RemoveClaim { at: i }),
            Some(stays) => {
                for r in (0..claim.responses.len()).rev() {
                    if !stays.responses.contains(&r) {
                        changes.push(Change::RemoveResponse { claim: i, at: r });
                    }
                }
            }
        }
    }
    // Now the file holds the staying claims alone, in order.
    for (j, stays) in decided.stays.iter().enumerate() {
        for (n, entry) in stays.joined.iter().enumerate() {
            changes.push(Change::AddResponse {
                claim: j,
                at: stays.responses.len() + n,
                entry: entry.clone(),
            });
        }
    }
    let key = |at: Option<usize>| at.unwrap_or(usize::MAX);
    // The gap after the last staying claim placed at or before a new one: with the
    // smallest place from each staying claim on (which never falls along the list), the
    // staying claims up to that gap are those whose smallest-from-there is at or before.
    let mut least_from = vec![usize::MAX; decided.stays.len()];
    for j in (0..decided.stays.len()).rev() {
        let after = least_from.get(j + 1).copied().unwrap_or(usize::MAX);
        least_from[j] = key(decided.stays[j].at).min(after);
    }
    let mut new: Vec<(usize, &(Option<usize>, ClaimEntry))> = decided
        .new
        .iter()
        .map(|n| (least_from.partition_point(|&m| m <= key(n.0)), n))
        .collect();
    new.sort_by_key(|(gap, n)| (*gap, key(n.0)));
    for (inserted, (gap, (_, entry))) in new.into_iter().enumerate() {
        changes.push(Change::AddClaim {
            at: gap + inserted,
            entry: entry.clone(),
        });
    }
    Plan {
        changes,
        counts: decided.counts,
    }
}

/// Whether two quotes have the same words, white space folded: what makes a rejected
/// quote keep a draft out ([`plan`]).
pub(crate) fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

/// White space folded: words joined by single spaces.
fn folded(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The decisions of a merge (see [`plan`]).
pub(crate) fn decide(
    file: &[ClaimEntry],
    rejected: &[String],
    drafted: &[ClaimEntry],
    body: &str,
) -> Decisions {
    let anchorer = Anchorer::new(body);
    let place = |selectors: Vec<&QuoteSelector>| anchorer.places(&selectors);
    let old_places = place(file.iter().map(|c| &c.selector).collect());
    let new_places = place(drafted.iter().map(|c| &c.selector).collect());
    // Each drafted response's place, in the order of `drafted`.
    let new_response_places = place(
        drafted
            .iter()
            .flat_map(|c| c.responses.iter().map(|r| &r.selector))
            .collect(),
    );
    let mut response_places = Vec::with_capacity(drafted.len());
    let mut next = new_response_places.into_iter();
    for claim in drafted {
        response_places.push(
            next.by_ref()
                .take(claim.responses.len())
                .collect::<Vec<_>>(),
        );
    }
    // Every quote a person reviewed, claim or response: a drafted entry at the place of
    // one gives nothing new, wherever it would go (a drafted response under one claim
    // quoting another reviewed claim's words came back at each merge).
    let reviewed = Places::new(place(
        file.iter()
            .flat_map(|c| {
                let claim = c.draft.is_none().then_some(&c.selector);
                let responses = c.responses.iter().filter(|r| r.draft.is_none());
                claim.into_iter().chain(responses.map(|r| &r.selector))
            })
            .collect(),
    ));
    let rejected_words: HashSet<String> = rejected.iter().map(|q| folded(q)).collect();
    let rejected_places = Places::new(place(
        rejected
            .iter()
            .map(|q| QuoteSelector {
                exact: q.clone().into(),
                ..QuoteSelector::default()
            })
            .collect::<Vec<_>>()
            .iter()
            .collect(),
    ));
    let is_rejected = |selector: &QuoteSelector, at: &Option<Range<usize>>| {
        rejected_words.contains(&folded(&selector.exact))
            || at.as_ref().is_some_and(|at| rejected_places.any_at(at))
    };
    let already = |at: &Option<Range<usize>>| at.as_ref().is_some_and(|at| reviewed.any_at(at));
    let mut counts = Counts::default();
    // The drafted responses of claim `d` worth adding, counting those left out.
    let responses_of = |d: usize, counts: &mut Counts| -> Vec<ResponseEntry> {
        let mut out = Vec::new();
        for (r, at) in drafted[d].responses.iter().zip(&response_places[d]) {
            if already(at) {
                counts.reviewed += 1;
            } else if is_rejected(&r.selector, at) {
                counts.rejected += 1;
            } else {
                out.push(r.clone());
            }
        }
        out
    };
    let drafted_places = Places::new(new_places.clone());
    let mut used = vec![false; drafted.len()];
    let mut stays = Vec::new();
    for (i, claim) in file.iter().enumerate() {
        let responses: Vec<usize> = (0..claim.responses.len())
            .filter(|&r| claim.responses[r].draft.is_none())
            .collect();
        let drafts = claim.responses.len() - responses.len();
        if claim.draft.is_some() && responses.is_empty() {
            counts.replaced += 1 + drafts;
            continue;
        }
        counts.replaced += drafts;
        counts.kept += usize::from(claim.draft.is_none()) + responses.len();
        let at = old_places[i].clone();
        let mut joined = Vec::new();
        if let Some(at) = &at {
            for d in drafted_places.at(at) {
                if !used[d] {
                    used[d] = true;
                    counts.reviewed += 1;
                    joined.extend(responses_of(d, &mut counts));
                }
            }
        }
        counts.added += joined.len();
        stays.push(Stays {
            file: i,
            at: at.map(|r| r.start),
            responses,
            joined,
        });
    }
    let mut ids = super::Ids::new(stays.iter().map(|s| file[s.file].id.to_string()).collect());
    let mut new = Vec::new();
    for (d, entry) in drafted.iter().enumerate() {
        if used[d] {
            continue;
        }
        if is_rejected(&entry.selector, &new_places[d]) {
            counts.rejected += 1 + entry.responses.len();
            continue;
        }
        // Words a person already gave as a claim or response are theirs: no drafted claim
        // on them (a newcomer's reviewed response came back as a drafted claim at each `D`).
        if already(&new_places[d]) {
            counts.reviewed += 1 + entry.responses.len();
            continue;
        }
        let mut entry = entry.clone();
        entry.responses = responses_of(d, &mut counts);
        counts.added += 1 + entry.responses.len();
        entry.id = ids.fresh(&entry.id).into();
        new.push((new_places[d].as_ref().map(|r| r.start), entry));
    }
    Decisions { stays, new, counts }
}

/// Places in the text, found by where they are: which of them are at the same place
/// ([`same_place`]) as a given one costs a binary search and the places starting within
/// the longest one's length before it, not a walk over them all.
struct Places {
    /// (start, end, index in the list given), by start.
    by_start: Vec<(usize, usize, usize)>,
    longest: usize,
}

impl Places {
    /// The places of a list (`None`: not placed, never found).
    fn new(list: Vec<Option<Range<usize>>>) -> Places {
        let mut by_start: Vec<(usize, usize, usize)> = list
            .into_iter()
            .enumerate()
            .filter_map(|(i, r)| r.map(|r| (r.start, r.end, i)))
            .collect();
        by_start.sort_unstable();
        let longest = by_start.iter().map(|&(s, e, _)| e - s).max().unwrap_or(0);
        Places { by_start, longest }
    }

    /// The indices (in the list given) of the places at the same place as `at`, in order.
    fn at(&self, at: &Range<usize>) -> Vec<usize> {
        let from = self
            .by_start
            .partition_point(|&(s, _, _)| s + self.longest < at.start);
        let mut out: Vec<usize> = self.by_start[from..]
            .iter()
            .take_while(|&&(s, _, _)| s < at.end.max(at.start + 1))
            .filter(|&&(s, e, _)| same_place(&(s..e), at))
            .map(|&(_, _, i)| i)
            .collect();
        out.sort_unstable();
        out
    }

    /// Whether any place is at the same place as `at`.
    fn any_at(&self, at: &Range<usize>) -> bool {
        !self.at(at).is_empty()
    }
}

/// What drafting needs, handed to a thread of its own so a long article never holds up
/// the keys: the article and the claims file's entries and rejected quotes as they were
/// when drafting began.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftJob {
    pub article: Article,
    /// The claims file's entries, in file order.
    pub file: Vec<ClaimEntry>,
    pub rejected: Vec<String>,
}

/// A finished draft: the job it was made for, everything drafted, and the plan that
/// merges it into the job's file.
#[derive(Debug, Clone, PartialEq)]
pub struct Drafted {
    pub job: DraftJob,
    pub drafted: Vec<ClaimEntry>,
    pub plan: Plan,
}

impl DraftJob {
    /// Drafts the article and plans the merge. Pure; its time grows in proportion to the
    /// text (see README's "How well it drafts" for the figures).
    pub fn run(self) -> Drafted {
        self.run_with(&super::Progress::default())
    }

    /// [`DraftJob::run`], saying how far it has come in `progress`.
    pub fn run_with(self, progress: &super::Progress) -> Drafted {
        let extraction = super::extract_article_with(&self.article, progress);
        let drafted = super::entries_with(&extraction, &self.article.body, progress);
        let plan = plan(&self.file, &self.rejected, &drafted, &self.article.body);
        progress.reach(1000);
        Drafted {
            job: self,
            drafted,
            plan,
        }
    }
}

#[cfg(test)]
#[path = "plan_tests.rs"]
mod tests;
