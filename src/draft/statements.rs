//! Statements: each quotation or reported clause of an article tied to the speaker whose words it gives, and whether it makes a claim.

use super::labelled;
use super::lexicon;
use super::not_said;
use super::partial;
use super::people::{self, People};
use super::progress::{self, Progress};
use super::quotes::{self, quote_after, quote_before, quote_close, quotes_left, run_on, words_of};
use super::reported;
use super::reported_before;
use super::reported_sources;
use super::reported_verbs;
use super::sentence::{AUXILIARIES, Found, Sentence};
use super::speakers::{administration, confidence, known, scan_mentions, speaker_of};
use super::tokens::{Kind, Para};

/// Every statement of the paragraphs, in reading order, with speakers made known in
/// `people`; says how far it has come in `progress`.
pub fn find(body: &str, paras: &[Para], people: &mut People, progress: &Progress) -> Vec<Found> {
    people.administration = administration(body, paras);
    let mut found: Vec<Found> = Vec::new();
    // The speaker of a paragraph that ended on a colon, for the quotation opening the next.
    let mut colon_speaker = None;
    let mut capitalised = labelled::Capitalised::default();
    let mut turns = labelled::Turns::default();
    for (pi, para) in paras.iter().enumerate() {
        if pi % 64 == 0 {
            progress.within(progress::READ, progress::FOUND, pi, paras.len());
        }
        let para_first = found.len();
        let after_colon = colon_speaker.take();
        for (si, span) in para.sentences.iter().enumerate() {
            let sentence = Sentence {
                body,
                toks: &para.toks,
                para,
                span: span.clone(),
                index: pi,
            };
            scan_mentions(&sentence, people);
            let before = found.len();
            let attributed = verbs(&sentence, people, &mut found);
            partial::partial_quotes(&sentence, &mut found, before, people);
            if si == 0 {
                partial::after_colon_paragraph(&sentence, after_colon, &mut found, before, people);
            }
            if si + 1 == para.sentences.len() {
                colon_speaker = partial::colon_ending(&sentence, &found, people);
            }
            quotes_left(
                &sentence, attributed, para_first, before, &mut found, people,
            );
            people.documents_met(&sentence, &found[before..]);
        }
        // After the paragraph's own rules, which must not take its quotations for found;
        // put first, in reading order.
        let mut turn = Vec::new();
        labelled::labelled_turn(
            body,
            para,
            pi,
            &mut capitalised,
            &mut turns,
            people,
            &mut turn,
        );
        if let Some(turn) = turn.pop() {
            found.insert(para_first, turn);
        }
    }
    // An interviewer's turns are questions, no statements (`labelled::Turns`).
    found.retain(|f| !turns.interviewing(f.para));
    super::sentence::untangle(found)
}

/// Statements made through the sentence's verbs. Returns the speaker that quotations
/// beside a verb belong to, if any.
fn verbs(s: &Sentence, people: &mut People, found: &mut Vec<Found>) -> Option<(usize, u8)> {
    let mut adjacent: Option<(usize, u8)> = None;
    let sentence_bytes = s.bytes(s.span.start, s.span.end);
    let sentence_first = found.len();
    let mut covered_until = s.span.start;
    let mut v = s.span.start;
    while v < s.span.end {
        let Some(word) = s.word(v) else {
            v += 1;
            continue;
        };
        if v < covered_until {
            v += 1;
            continue;
        }
        let emit = |found: &mut Vec<Found>,
                    people: &mut People,
                    from: usize,
                    to: usize,
                    who: usize,
                    conf: u8,
                    claim: bool,
                    against: Option<usize>,
                    rule: &'static str| {
            if from >= to {
                return;
            }
            let (range, quoted) = words_of(s, from, to);
            if !s.body[range.clone()].chars().any(char::is_alphanumeric) {
                return;
            }
            // A quotation one verb took is not another's: `"…," X said when Y asked`.
            if found[sentence_first..].iter().any(|f| f.range == range) {
                return;
            }
            people.spoke(who);
            if claim {
                people.claimants.insert(who);
            }
            found.push(Found {
                range,
                speaker: who,
                claim,
                confidence: conf,
                para: s.index,
                sentence: sentence_bytes.clone(),
                quoted,
                against,
                rule,
            });
        };
        // "according to S"
        if word == "according" && s.word(v + 1).as_deref() == Some("to") {
            let np = people::parse(s.body, s.toks, v + 2, s.span.end)
                .or_else(|| reported_sources::phrase_np(s, v + 2))
                .or_else(|| {
                    let end = s.phrase_end(v + 2);
                    people::common(s.body, s.toks, v + 2, end)
                });
            if let Some(np) = np {
                let conf = confidence(&np).saturating_sub(5);
                if let Some(who) = people.mention(&np) {
                    if v == s.span.start
                        && s.toks.get(np.end).is_some_and(|t| t.kind == Kind::Comma)
                    {
                        let (end, _) = s.clause_end(np.end + 1);
                        emit(
                            found,
                            people,
                            np.end + 1,
                            end,
                            who,
                            conf,
                            false,
                            None,
                            "according to",
                        );
                        covered_until = end;
                    } else if v > s.span.start && s.toks[v - 1].kind == Kind::Close {
                        // A quotation that opens the sentence and closes with no comma
                        // before its source: `"…" according to the Courier.`
                        let open = s.toks[v - 1].quote.and_then(|q| {
                            (s.span.start..v - 1).find(|&k| s.toks[k].quote == Some(q))
                        });
                        if open == Some(s.span.start) {
                            emit(
                                found,
                                people,
                                s.span.start,
                                v,
                                who,
                                conf,
                                false,
                                None,
                                "according to",
                            );
                            covered_until = v;
                        }
                    } else if v > s.span.start && s.toks[v - 1].kind == Kind::Comma {
                        // What stands before is the report, unless it is no clause and
                        // one follows the source (`In addition, according to the
                        // agency, nine million more …`).
                        let (from, to) = reported::after_according(s, v, np.end)
                            .unwrap_or((s.span.start, v - 1));
                        emit(
                            found,
                            people,
                            from,
                            to,
                            who,
                            conf,
                            false,
                            None,
                            "according to",
                        );
                        covered_until = to;
                    }
                }
            }
            v += 2;
            continue;
        }
        let alleged_adjective = word == "alleged" && v > s.span.start && {
            let p = s.toks[v - 1].text(s.body).to_lowercase();
            p.ends_with("’s")
                || p.ends_with("'s")
                || ["the", "its", "their", "his", "her"].contains(&p.as_str())
        };
        let linking = matches!(word.as_str(), "tie" | "link" | "connect")
            && s.word(v.wrapping_sub(1)).as_deref() == Some("to")
            && (v + 1..(v + 7).min(s.span.end)).any(|k| s.word(k).as_deref() == Some("to"));
        if alleged_adjective || linking {
            // A claim told as what someone did: its subject, and the rest to a comma.
            // The subject close before the verb, in its clause: not `The 29 New Yorkers
            // wounded by a bomb and the officers shot by the alleged gunman were …`.
            if let Some(np) = people::parse(s.body, s.toks, s.span.start, v)
                && np.end < v
                && v - np.end <= 10
                && (np.end..v).all(|k| s.toks[k].kind != Kind::Comma)
            {
                let conf = confidence(&np).saturating_sub(if linking { 15 } else { 30 });
                if let Some(who) = people.mention(&np) {
                    let end = s.phrase_end(np.end);
                    emit(found, people, np.end, end, who, conf, true, None, "alleged");
                    covered_until = end;
                }
            }
            v += 1;
            continue;
        }
        let listed = lexicon::is_reporting(&word) || lexicon::is_naming(&word);
        let quoting = !listed
            && (reported_verbs::quoting_here(s, v, &word)
                || (lexicon::reporting_participle(&word) || lexicon::quoting_participle(&word))
                    && quote_after(s, v).is_some()
                || quotes::manner_verb(s, v).is_some());
        let is_verb = (listed || quoting || reported_verbs::is_speech(&word))
            && (quoting || reported_verbs::used_as_speech(s, v, &word, !listed))
            && !reported_verbs::is_belief(&word)
            && !reported_verbs::is_finding(s, v, &word)
            && !matches!(word.as_str(), "tie" | "link" | "connect")
            && reported_verbs::verb_here(s, v, &word);
        if !is_verb || reported_verbs::negated(s, v) {
            v += 1;
            continue;
        }
        let claim = lexicon::is_claiming(&word);
        // What the verb reports, before working out who speaks.
        // A "that" past a comma after a quotation belongs to another verb: "…," she
        // said, adding that …
        let that = reported::that_at(s, v, &word).filter(|&t| {
            quote_before(s, v).is_none()
                || !(v + 1..t).any(|k| s.toks[k].kind == Kind::Comma && s.toks[k].quote.is_none())
                    && !quotes::demonstrative_that(s, t)
        });
        // The quotation a naming verb gives its object, before any other verb of saying
        // or naming takes over (`called for Reed to quit, calling him "…"`).
        let naming_quote = lexicon::is_naming(&word)
            .then(|| {
                (v + 1..(v + 17).min(s.span.end))
                    .take_while(|&k| s.toks[k].kind != Kind::End || s.toks[k].quote.is_some())
                    .take_while(|&k| {
                        k == v + 1
                            || !s.word(k).is_some_and(|w| {
                                lexicon::is_reporting(&w) || lexicon::is_naming(&w)
                            })
                            || reported_verbs::NOUN_BEFORE
                                .contains(&s.word(k - 1).unwrap_or_default().as_str())
                            || s.toks[k - 1].text(s.body).ends_with("'s")
                            || s.toks[k - 1].text(s.body).ends_with("’s")
                    })
                    .find(|&k| s.toks[k].kind == Kind::Open)
            })
            .flatten();
        let accused_of = matches!(word.as_str(), "accused" | "accuses" | "accuse")
            .then(|| (v + 1..(v + 7).min(s.span.end)).find(|&k| s.word(k).as_deref() == Some("of")))
            .flatten();
        let quote_after = quote_after(s, v).filter(|&open| !quotes::title_quote(s, v, open));
        let bare = lexicon::takes_bare_clause(&word)
            && s.word(v + 1).is_some_and(|w| lexicon::opens_clause(&w))
            && !reported::pronoun_object(s, v + 1, false)
            && (s.span.end.saturating_sub(v) > 4 || reported::elliptical_clause(s, v + 1))
            && !not_said::time_only(s, v + 1, reported::content_end(s, v, v + 1));
        // A quotation inside a participle's phrase before the verb is the participle's, not
        // the verb's, when a clause follows: `X, citing "…," said the plan …`; nor is a
        // quotation before `and said …` or one another verb took (`X, who calls Y "…,"
        // said …`): the first verb's.
        let second_verb = s
            .word(v.wrapping_sub(1))
            .is_some_and(|w| w == "and" || w == "but");
        let relative = reported_verbs::after_relative(s, v);
        let quote_before = quote_before(s, v).filter(|&open| {
            if quotes::title_quote(s, v, open) || relative {
                return false;
            }
            let (range, _) = words_of(s, open, quote_close(s, open));
            let taken = found[sentence_first..]
                .iter()
                .any(|f| f.range.start < range.end && range.start < f.range.end);
            // A participle after a comma whose quotation an earlier verb took reports
            // what follows it (`"…," she said, noting he had …`).
            let participle = word.ends_with("ing") && s.toks[v - 1].kind == Kind::Comma;
            !(taken && participle)
                && !(bare
                    && (second_verb
                        || taken
                        || open > s.span.start
                            && s.word(open - 1)
                                .is_some_and(|w| w.ends_with("ing") && w.len() > 5)))
        });
        let parenthetical = s.toks.get(v + 1).is_some_and(|t| t.kind == Kind::Comma)
            && v > s.span.start + 1
            && s.span.end > v + 4
            && quote_before.is_none()
            && !not_said::parenthetical_reports_nothing(s, v);
        let final_attribution = (v + 1..s.span.end).all(|k| {
            s.word(k).is_some_and(|w| !lexicon::opens_clause(&w)) || s.toks[k].kind == Kind::End
        }) && s.span.end - v <= 5
            && quote_before.is_none()
            && !reported_before::answered(s, v);
        // The comma that opens a final attribution's speaker (`…, a spokesman said.`); with
        // none (`X said funding is needed.`), what follows the verb is what it reports.
        let final_comma = final_attribution
            .then(|| reported_before::final_comma(s, v))
            .flatten();
        let disputing = lexicon::is_disputing(&word)
            && !lexicon::plural_noun(&word, s.word(v + 1).as_deref())
            && !not_said::object_taken(s, v);
        let (that, bare, parenthetical, final_attribution, disputing) = if quoting {
            (None, false, false, false, false)
        } else {
            (that, bare, parenthetical, final_attribution, disputing)
        };
        let final_comma = final_comma.filter(|_| !quoting);
        let reports_something = that.is_some()
            || naming_quote.is_some()
            || accused_of.is_some()
            || quote_after.is_some()
            || quote_before.is_some()
            || bare
            || parenthetical
            || final_comma.is_some()
            || disputing;
        // A clause before its speaker and verb, which end the sentence (or go on after a
        // comma with a participle: `…, he said, adding that …`).
        if (final_attribution || parenthetical || !reports_something)
            && !quoting
            && let Some((range, inverted, until)) = reported_before::clause_before(s, v, &word)
            && let Some((who, conf)) = reported_sources::speaker_near(s, v, inverted, found, people)
        {
            emit(
                found,
                people,
                range.start,
                range.end,
                who,
                conf.saturating_sub(10),
                claim,
                None,
                "clause before",
            );
            covered_until = until;
            v += 1;
            continue;
        }
        if !reports_something {
            // Reported speech in the other shapes of reported.rs.
            if !quoting
                && let Some((range, rule)) = reported::complement(s, v, &word)
                && let Some((who, conf)) = reported_sources::speaker_in_relative(s, v, people)
                    .or_else(|| speaker_of(s, v, found, people, false))
                    .or_else(|| reported_sources::subject_as_written(s, v, people))
            {
                emit(
                    found,
                    people,
                    range.start,
                    range.end,
                    who,
                    conf.saturating_sub(8),
                    claim,
                    None,
                    rule,
                );
                covered_until = range.end;
            }
            v += 1;
            continue;
        }
        let Some((who, conf)) = speaker_of(
            s,
            v,
            found,
            people,
            quote_after.is_some() || quote_before.is_some(),
        )
        .or_else(|| reported_sources::subject_as_written(s, v, people)) else {
            v += 1;
            continue;
        };
        if let Some(t) = that {
            let (_, coordinated) = s.clause_end(t + 1);
            let end = reported::content_end(s, v, t + 1);
            emit(found, people, t + 1, end, who, conf, claim, None, "that");
            covered_until = end;
            if let Some(c) = coordinated
                && s.word(c).is_some_and(|w| AUXILIARIES.contains(&w.as_str()))
            {
                let (end2, _) = s.clause_end(c);
                emit(
                    found,
                    people,
                    c,
                    end2,
                    who,
                    conf.saturating_sub(5),
                    claim,
                    None,
                    "that coordinated",
                );
                covered_until = end2;
            }
        } else if let Some(open) = naming_quote {
            let close = quote_close(s, open);
            // What is named goes with the words it is called: `calling him "a total
            // stiff"` gives `him "a total stiff"`, as the reader needs to know who is.
            let object = v + 1 < open
                && !matches!(s.toks[open - 1].kind, Kind::Comma | Kind::Colon)
                && (v + 1..open).all(|k| s.toks[k].quote.is_none());
            emit(
                found,
                people,
                if object { v + 1 } else { open },
                close,
                who,
                conf.saturating_sub(5),
                false,
                None,
                "naming",
            );
            covered_until = close;
        } else if let Some(of) = accused_of {
            let against =
                people::parse(s.body, s.toks, v + 1, of).and_then(|np| known(people, &np));
            let end = s.phrase_end(of + 1);
            let answers = against.is_some_and(|a| people.claimants.contains(&a));
            emit(
                found,
                people,
                of + 1,
                end,
                who,
                conf,
                !answers,
                against.filter(|_| answers),
                "accused of",
            );
            covered_until = end;
        } else if quote_after.is_some() || quote_before.is_some() {
            adjacent = Some((who, conf));
            // A quotation already given its speaker in this sentence keeps it: in
            // "…," said X, reports the Courier, the reader needs X.
            let taken = |open: usize| {
                let (range, _) = words_of(s, open, quote_close(s, open));
                found
                    .iter()
                    .rev()
                    .take_while(|f| f.sentence == sentence_bytes)
                    .any(|f| f.range.start < range.end && range.start < f.range.end)
            };
            if let Some(open) = quote_before.filter(|&o| !taken(o)) {
                let close = quote_close(s, open);
                // Words that go on from the quotation to the comma before the speaker
                // are part of what is reported: "…" about the decision, said X.
                let end = run_on(s, close, v).unwrap_or(close);
                emit(
                    found,
                    people,
                    open,
                    end,
                    who,
                    conf,
                    claim,
                    None,
                    "quote beside",
                );
            }
            // The quotation before the verb comes first in reading order.
            if let Some(open) = quote_after {
                let close = quote_close(s, open);
                emit(
                    found,
                    people,
                    open,
                    close,
                    who,
                    conf,
                    claim,
                    None,
                    "quote beside",
                );
                covered_until = close;
            }
        } else if bare {
            let end = reported::content_end(s, v, v + 1);
            emit(
                found,
                people,
                v + 1,
                end,
                who,
                conf.saturating_sub(8),
                claim,
                None,
                "bare clause",
            );
            covered_until = end;
        } else if parenthetical {
            let end = reported::content_end(s, v, v + 2);
            emit(
                found,
                people,
                v + 2,
                end,
                who,
                conf.saturating_sub(10),
                claim,
                None,
                "parenthetical",
            );
            covered_until = end;
        } else if let Some((from, comma)) = final_comma
            .map(|comma| (reported_before::after_last_semicolon(s, comma), comma))
            .filter(|&(from, comma)| {
                // What a final attribution reports is a clause, with a verb: not `In a
                // memo to Congress, officials insist …`, nor the name after a headline's
                // semicolon (`Leaders denounce the test; Obama, others vow …`).
                s.word(from)
                    .is_some_and(|w| lexicon::has("finite-verbs", &w))
                    || reported::has_finite_verb(s, from, comma - 1)
            })
        {
            emit(
                found,
                people,
                from,
                comma - 1,
                who,
                conf.saturating_sub(10),
                claim,
                None,
                "final attribution",
            );
        } else if disputing {
            // To the phrase's end, or sooner where a second report begins (`rejected the
            // idea and said that …`).
            let end = s.phrase_end(v + 1).min(reported::content_end(s, v, v + 1));
            emit(
                found,
                people,
                v,
                end,
                who,
                conf.saturating_sub(5),
                false,
                None,
                "disputing",
            );
            covered_until = end;
        }
        v += 1;
    }
    adjacent
}

#[cfg(test)]
#[path = "statements_tests.rs"]
pub(super) mod tests;
