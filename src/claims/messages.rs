//! The claims file's parse errors, told for a person: a string ended early by a quotation mark, a missing field, a misspelt table, typographic quotes, with where the fix goes.

use crate::error::Error;

/// The message for a claims file the toml crate refuses, with a hint for the usual causes.
pub(super) fn toml_error(name: &str, text: &str, err: &toml::de::Error) -> Error {
    let at = err.span().map_or(0, |span| span.start);
    let line = text[at..].lines().next().unwrap_or_default();
    // The whole line the error is on (the span may start inside it).
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let whole_line = text[line_start..].lines().next().unwrap_or_default();
    // `[claim.response]` (one bracket) is one table where a list of them is meant.
    if whole_line.trim_start().starts_with("[claim.response]") {
        return Error::at(
            name,
            text,
            at,
            "[claim.response] with one bracket is a single table; a response is a [[claim.response]]",
        )
        .with_hint("write [[claim.response]] (two brackets), under the [[claim]] it answers");
    }
    if whole_line.trim_start().starts_with("[[response]]")
        || whole_line.trim_start().starts_with("[response]")
    {
        return Error::at(
            name,
            text,
            at,
            "a response is written [[claim.response]], not [[response]]",
        )
        .with_hint("write [[claim.response]], under the [[claim]] it answers");
    }
    // A value between typographic quotation marks: TOML wants straight ones.
    let value = whole_line
        .split_once('=')
        .map_or("", |(_, v)| v.trim_start());
    if value.starts_with(['“', '‘', '”', '„', '«']) {
        return Error::at(
            name,
            text,
            at,
            "this value is between typographic quotation marks (“…”), which TOML does not read as a string",
        )
        .with_hint("write the value between straight quotes, 'like this' or \"like this\"; marks inside it stay as typed");
    }
    if line.contains("claim.response") && err.message().contains("expected a sequence") {
        return Error::at(
            name,
            text,
            at,
            "a [[claim.response]] comes before any [[claim]]",
        )
        .with_hint("put each response after the [[claim]] it answers");
    }
    if let Some(date) = bare_date(name, text, at, value, err.message()) {
        return date;
    }
    if let Some(broken) = broken_string(name, text, at) {
        return broken;
    }
    if let Some(missing) = missing_field(name, text, at, err.message()) {
        return missing;
    }
    let hint = if err.message().contains("unknown stance") {
        "stance is one of: supports, disputes, qualifies, context (in any letter case)"
    } else if err.message().contains("unknown field") {
        "see the README's \"Claims file\" section for every field"
    } else {
        "the claims file is TOML: one [[claim]] table per claim, [[claim.response]] under it"
    };
    Error::from_toml(name, text, err).with_hint(hint)
}

/// An unquoted date that TOML refuses (`date = 2026-02-29`, `date = 2026-13-01`): TOML
/// reads a bare `YYYY-MM-DD` as its own date type and fails the whole file when that is
/// no day on the calendar. `value` is the text after the line's `=`. Says what is wrong
/// with it and the two ways out: a real day, or the date in quotes (kept as written, and
/// listed by `check`).
fn bare_date(name: &str, text: &str, at: usize, value: &str, message: &str) -> Option<Error> {
    let bytes = value.as_bytes();
    let looks_like_date = bytes.len() >= 7
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && bytes[4] == b'-'
        && bytes[5].is_ascii_digit();
    if !looks_like_date || !(message.contains("date") || message.contains("time")) {
        return None;
    }
    let written: String = value
        .chars()
        .take_while(|c| !c.is_whitespace() && *c != '#' && *c != ',')
        .collect();
    // In the words the form and `check` use (`February 2026 has no day 29 (it has 28)`),
    // else TOML's own.
    let why = crate::claims::dates::date_fault(&written).map_or_else(
        || message.to_string(),
        |fault| {
            let named = format!("{written} does not exist: ");
            fault.strip_prefix(&named).unwrap_or(&fault).to_string()
        },
    );
    // TOML stops at the first; the others would each stop the next try.
    let (line, _) = crate::error::line_col(text, at);
    let others: Vec<String> = (crate::claims::dates::bad_dates(text).into_iter())
        .filter(|bad| bad.line != line && !bad.date.is_empty())
        .filter(|bad| {
            let row = text.lines().nth(bad.line - 1).unwrap_or_default();
            let value = row.split_once('=').map_or("", |(_, v)| v.trim_start());
            !value.starts_with(['"', '\''])
        })
        .map(|bad| format!("line {} ({})", bad.line, bad.date))
        .collect();
    let also = match others.len() {
        0 => String::new(),
        1 => format!(
            "; mend the other unquoted date that is no day too: {}",
            others[0]
        ),
        n => format!(
            "; mend the {n} other unquoted dates that are no days too: {}",
            others.join(", ")
        ),
    };
    Some(
        Error::at(name, text, at, format!("{written} is not a date TOML can read: {why}"))
            .with_hint(format!(
                "write a day the calendar has, as YYYY-MM-DD, or put it in quotes to keep it as written (\"{written}\"): the file then opens, and `check` lists a date that is no calendar date{also}"
            )),
    )
}

/// A `key = "…"` string that a quotation mark inside it ended early (`quote = "the city
/// had spent "more on that bridge""`), the commonest trap in a hand-written claims file:
/// the error the toml crate gives at `at` (its byte offset in `text`) then falls after
/// such a string on the same line. Says so, and shows the line written with single
/// quotes (TOML's literal strings, which may hold `"`) or with `\"`.
fn broken_string(name: &str, text: &str, at: usize) -> Option<Error> {
    let line_start = text[..at.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..].lines().next().unwrap_or_default();
    let (key, value) = line.split_once('=')?;
    let key = key.trim();
    let value = value.trim();
    let valid_key = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    // Only a basic string whose closing mark comes before more text is this trap.
    if !valid_key || !value.starts_with('"') || value.starts_with("\"\"\"") {
        return None;
    }
    let inner = value.strip_suffix('"')?.strip_prefix('"')?;
    let unescaped_marks = inner
        .char_indices()
        .filter(|&(i, c)| c == '"' && !inner[..i].ends_with('\\'))
        .count();
    if unescaped_marks == 0 {
        return None;
    }
    let first_mark = inner.find('"').unwrap_or(0);
    let offset = line_start + line.find('"').map_or(0, |i| i + 1) + first_mark;
    let suggestion = if inner.contains('\'') {
        format!("{key} = \"{}\"", inner.replace('"', "\\\""))
    } else {
        format!("{key} = '{inner}'")
    };
    Some(
        Error::at(
            name,
            text,
            offset,
            format!("the quotation mark here ends the {key} string early"),
        )
        .with_hint(format!(
            "a \"…\" string cannot hold a bare quotation mark: write it in single quotes, or as \\\", e.g. {suggestion}"
        )),
    )
}

/// A `[[claim]]` or `[[claim.response]]` table without one of its required fields: says
/// which field, which table, and what goes there.
fn missing_field(name: &str, text: &str, at: usize, message: &str) -> Option<Error> {
    let field = message
        .strip_prefix("missing field `")?
        .split('`')
        .next()?
        .to_string();
    let what = match field.as_str() {
        "claimant" => "who made the claim, as the article names them: claimant = \"Mike Pompeo\"",
        "quote" => "the claim's or response's words as the article has them: quote = 'the words'",
        "expert" => "who responds, as the article names them: expert = \"Nelly Lahoud\"",
        "stance" => {
            "how the response bears on the claim: stance = \"disputes\" (supports, disputes, qualifies or context)"
        }
        _ => return None,
    };
    let table = if text[at.min(text.len())..].starts_with("[[claim.response]]") {
        "[[claim.response]]"
    } else {
        "[[claim]]"
    };
    Some(
        Error::at(
            name,
            text,
            at,
            format!("this {table} has no `{field}`, which every {table} needs"),
        )
        .with_hint(format!("add a line under {table} with {what}")),
    )
}

#[cfg(test)]
mod tests {
    use super::super::parse_text;

    #[test]
    fn a_string_broken_by_a_quotation_mark_says_how_to_write_it() {
        // (key, value as typed, the mark's column, the suggestion)
        let cases = [
            (
                "quote",
                r#""the city had spent "more on that bridge than any other"""#,
                29,
                r#"quote = 'the city had spent "more on that bridge than any other"'"#,
            ),
            (
                "summary",
                r#""He called it "safe" twice""#,
                25,
                r#"summary = 'He called it "safe" twice'"#,
            ),
            (
                "note",
                r#""it's "new" here""#,
                14,
                r#"note = "it's \"new\" here""#,
            ),
            (
                "claimant",
                r#""Dwayne "The Rock" Johnson""#,
                20,
                r#"claimant = 'Dwayne "The Rock" Johnson'"#,
            ),
        ];
        for (key, value, column, suggestion) in cases {
            let mut fields = vec![
                ("claimant", r#""A""#.to_string()),
                ("quote", r#""q""#.to_string()),
            ];
            match fields.iter_mut().find(|(k, _)| *k == key) {
                Some(field) => field.1 = value.to_string(),
                None => fields.push((key, value.to_string())),
            }
            let lines: Vec<String> = fields.iter().map(|(k, v)| format!("{k} = {v}")).collect();
            let text = format!("[[claim]]\n{}\n", lines.join("\n"));
            let line = text.lines().position(|l| l.starts_with(key)).unwrap() + 1;
            let err = parse_text("c.toml", &text).unwrap_err().to_string();
            let expected = format!(
                "c.toml:{line}:{column}: the quotation mark here ends the {key} string early"
            );
            assert!(err.starts_with(&expected), "{err}");
            assert!(err.contains(suggestion), "{err}");
            // The suggestion is itself a valid line that keeps the words.
            let fixed = text.replace(&format!("{key} = {value}"), suggestion);
            assert!(parse_text("c.toml", &fixed).is_ok(), "{fixed}");
        }
    }

    /// Every bare date TOML refuses (no such day, month or hour) is named as written, on
    /// its line, with the two ways out; both ways give a file that opens.
    #[test]
    fn an_unquoted_date_that_is_no_day_says_to_mend_it_or_quote_it() {
        for (field, bad, good) in [
            ("date", "2026-02-29", "2026-02-28"),
            ("date", "2025-13-01", "2025-12-01"),
            ("date", "2025-04-31", "2025-04-30"),
            ("date", "2025-00-10", "2025-01-10"),
            ("date", "2025-06-01T25:00:00", "2025-06-01"),
        ] {
            for table in ["claim", "claim.review"] {
                let head = "[[claim]]\nclaimant = \"A\"\nquote = \"q\"\n";
                let text = match table {
                    "claim" => format!("{head}{field} = {bad}\n"),
                    _ => format!(
                        "{head}\n[[claim.review]]\npublisher = \"Desk\"\n{field} = {bad}  # published then\n"
                    ),
                };
                let line = text.lines().position(|l| l.starts_with(field)).unwrap() + 1;
                let err = parse_text("c.toml", &text).unwrap_err().to_string();
                assert!(err.starts_with(&format!("c.toml:{line}:")), "{err}");
                assert!(
                    err.contains(&format!("{bad} is not a date TOML can read")),
                    "{err}"
                );
                // In the form's and `check`'s words, not TOML's.
                let fault = crate::claims::dates::date_fault(bad).unwrap();
                let named = format!("{bad} does not exist: ");
                let why = fault.strip_prefix(&named).unwrap_or(&fault);
                assert!(err.contains(why), "{err}");
                assert!(err.contains(&format!("(\"{bad}\")")), "{err}");
                for fixed in [
                    text.replace(bad, good),
                    text.replace(bad, &format!("\"{bad}\"")),
                ] {
                    assert!(parse_text("c.toml", &fixed).is_ok(), "{fixed}");
                }
            }
        }
    }

    /// TOML stops at the first bare date that is no day; the message names the others
    /// (never a quoted one, which the file opens with and `check` lists), so that one
    /// round of mending opens the file.
    #[test]
    fn every_other_unquoted_date_that_is_no_day_is_named_too() {
        let claim =
            |date: &str| format!("[[claim]]\nclaimant = \"A\"\nquote = \"q\"\ndate = {date}\n\n");
        let text = [
            claim("2026-02-29"),
            claim("2026-02-28"),
            claim("\"2026-02-30\""),
            claim("2025-04-31"),
            claim("2025-13-01  # typed in haste"),
        ]
        .concat();
        let err = parse_text("c.toml", &text).unwrap_err().to_string();
        assert!(err.starts_with("c.toml:4:"), "{err}");
        assert!(err.contains("February 2026 has no day 29"), "{err}");
        assert!(
            err.contains("mend the 2 other unquoted dates that are no days too: line 19 (2025-04-31), line 24 (2025-13-01)"),
            "{err}"
        );
        assert!(!err.contains("2026-02-30"), "a quoted date opens: {err}");
        let one = [claim("2026-02-29"), claim("2025-04-31")].concat();
        let err = parse_text("c.toml", &one).unwrap_err().to_string();
        assert!(
            err.contains("mend the other unquoted date that is no day too: line 9 (2025-04-31)"),
            "{err}"
        );
    }

    #[test]
    fn a_missing_required_field_is_named_with_where_it_goes() {
        let response = "[[claim]]\nclaimant = \"A\"\nquote = \"q\"\n\n[[claim.response]]\n";
        for (text, line, message) in [
            (
                "[[claim]]\nquote = \"q\"\n".to_string(),
                1,
                "this [[claim]] has no `claimant`",
            ),
            (
                "[[claim]]\nclaimant = \"A\"\n".to_string(),
                1,
                "this [[claim]] has no `quote`",
            ),
            (
                format!("{response}quote = \"r\"\nstance = \"disputes\"\n"),
                5,
                "this [[claim.response]] has no `expert`",
            ),
            (
                format!("{response}expert = \"E\"\nquote = \"r\"\n"),
                5,
                "this [[claim.response]] has no `stance`",
            ),
        ] {
            let err = parse_text("c.toml", &text).unwrap_err().to_string();
            assert!(
                err.starts_with(&format!("c.toml:{line}:1: {message}")),
                "{err}"
            );
            assert!(err.contains("hint: add a line under"), "{err}");
        }
    }

    #[test]
    fn a_misspelt_table_or_curly_quotes_say_what_was_meant() {
        let claim = "[[claim]]\nclaimant = \"M\"\nquote = \"q\"\n";
        let response = "expert = \"E\"\nstance = \"disputes\"\nquote = \"r\"\n";
        for (text, line, message) in [
            (
                format!("{claim}[claim.response]\n{response}"),
                4,
                "[claim.response] with one bracket",
            ),
            (
                format!("{claim}[[response]]\n{response}"),
                4,
                "a response is written [[claim.response]]",
            ),
            (
                "[[claim]]\nclaimant = \"M\"\nquote = “the bridge”\n".to_string(),
                3,
                "this value is between typographic quotation marks",
            ),
            (
                "[[claim]]\nclaimant = ‘M’\nquote = \"q\"\n".to_string(),
                2,
                "this value is between typographic quotation marks",
            ),
        ] {
            let err = parse_text("c.toml", &text).unwrap_err().to_string();
            assert!(err.starts_with(&format!("c.toml:{line}:")), "{err}");
            assert!(err.contains(message), "{err}");
        }
    }
}
