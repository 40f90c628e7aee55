//! Dates in a claims file: the one rule for what is a calendar date (the form's, `check`'s, the exports' and the reader's), and the claims file's dates that break it, each with its line and column.

/// Whether `date` is empty or an ISO 8601 calendar date of the proleptic Gregorian
/// calendar, in full (`2021-01-12`) or at reduced precision (`2021-01`, `2021`), with
/// four-digit years from 0001, or a full date with its time of day as RFC 3339 writes it
/// (`2021-01-14T09:30:00-05:00`, `2021-01-14T00:00:00Z`, seconds and their fraction and
/// the offset optional): the forms schema.org's `datePublished` takes (Date or DateTime),
/// as ClaimReview carries them.
pub fn is_calendar_date(date: &str) -> bool {
    match date.split_once(['T', 't']) {
        Some((day, time)) => day.len() == 10 && is_day(day) && is_time_of_day(time),
        None => is_day(date),
    }
}

/// Why `date`, typed as a date, is none ([`is_calendar_date`]), in words for the form
/// that refused it: a day or month that does not exist (`2026-02-30`: `February 2026
/// has no day 30 (it has 28)`), a year before 0001, or a date not written as one
/// (`the date is written YYYY-MM-DD …`). `None` when it is a calendar date.
pub fn date_fault(date: &str) -> Option<String> {
    if is_calendar_date(date) {
        return None;
    }
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let shaped = |part: &str, digits: usize| {
        (part.len() == digits && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    let day_part = date.split_once(['T', 't']).map_or(date, |(day, _)| day);
    let parts: Vec<&str> = day_part.split('-').collect();
    let numbers: Vec<Option<u32>> = (parts.iter().zip([4, 2, 2]))
        .map(|(part, digits)| shaped(part, digits))
        .collect();
    let fault = match (parts.len(), numbers.as_slice()) {
        (1..=3, [Some(0), ..]) => {
            Some("there is no year 0000: the years start at 0001".to_string())
        }
        (2 | 3, [Some(_), Some(month), ..]) if !(1..=12).contains(month) => {
            Some(format!("there is no month {month:02}: months are 01 to 12"))
        }
        (3, &[Some(year), Some(month), Some(day)]) => {
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            let days = match month {
                1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                4 | 6 | 9 | 11 => 30,
                2 if leap => 29,
                _ => 28,
            };
            (!(1..=days).contains(&day)).then(|| {
                format!(
                    "{date} does not exist: {} {year:04} has no day {day:02} (it has {days})",
                    MONTHS[month as usize - 1]
                )
            })
        }
        _ => None,
    };
    Some(fault.unwrap_or_else(|| {
        "the date is written YYYY-MM-DD (such as 2021-01-12), YYYY-MM or YYYY".to_string()
    }))
}

/// Whether `date` is empty or a calendar date of the three forms (no time).
fn is_day(date: &str) -> bool {
    let number = |part: &str, digits: usize| {
        (part.len() == digits && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    let parts: Vec<&str> = date.split('-').collect();
    let (year, month, day) = match parts[..] {
        [""] => return true,
        [y] => (number(y, 4), Some(1), Some(1)),
        [y, m] => (number(y, 4), number(m, 2), Some(1)),
        [y, m, d] => (number(y, 4), number(m, 2), number(d, 2)),
        _ => return false,
    };
    let (Some(year), Some(month), Some(day)) = (year, month, day) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    year >= 1 && (1..=days).contains(&day)
}

/// Whether `time` is a time of day as RFC 3339 writes it after the `T`: `hh:mm`, then
/// optionally `:ss` (a leap second's 60 allowed) and a fraction, then optionally `Z` or
/// an offset `±hh:mm`.
fn is_time_of_day(time: &str) -> bool {
    let two = |part: &str, most: u32| {
        part.len() == 2
            && part.bytes().all(|b| b.is_ascii_digit())
            && part.parse::<u32>().is_ok_and(|n| n <= most)
    };
    let (clock, offset) = match time.find(['Z', 'z', '+', '-']) {
        Some(at) => time.split_at(at),
        None => (time, ""),
    };
    let offset_ok = match offset {
        "" | "Z" | "z" => true,
        _ => {
            let zone = &offset[1..];
            zone.split_once(':')
                .is_some_and(|(h, m)| two(h, 23) && two(m, 59))
        }
    };
    let (whole, fraction) = clock.split_once('.').unwrap_or((clock, "0"));
    let fraction_ok = !fraction.is_empty() && fraction.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = whole.split(':').collect();
    let clock_ok = match parts[..] {
        [h, m] => two(h, 23) && two(m, 59) && !clock.contains('.'),
        [h, m, s] => two(h, 23) && two(m, 59) && two(s, 60),
        _ => false,
    };
    offset_ok && fraction_ok && clock_ok
}

/// A date in a claims file that is no calendar date: where its value starts (1-based line,
/// and column in characters) and the value as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadDate {
    pub line: usize,
    pub column: usize,
    pub date: String,
}

/// The `date` values of `text`, a claims file (a claim's, a review's), that are no
/// calendar dates (an empty one is none given) ([`is_calendar_date`]), in the file's order. A value is read as TOML
/// writes it on one line: a basic or literal string, or a bare TOML date or date-time,
/// read as written. Costs a
/// look at each line's start: nothing is parsed again.
pub fn bad_dates(text: &str) -> Vec<BadDate> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let rest = line.trim_start();
        let Some(after) = rest.strip_prefix("date") else {
            continue;
        };
        let Some(value) = after.trim_start().strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start();
        let start = line.len() - value.len();
        let date = match value.chars().next() {
            Some(q @ ('"' | '\'')) => match value[1..].find(q) {
                Some(end) => value[1..1 + end].to_string(),
                None => continue,
            },
            _ => value
                .split(|c: char| c.is_whitespace() || c == '#')
                .next()
                .unwrap_or_default()
                .to_string(),
        };
        if !is_calendar_date(date.trim()) {
            found.push(BadDate {
                line: n + 1,
                column: line[..start].chars().count() + 1,
                date,
            });
        }
    }
    found
}

/// The claims file `name`'s dates that are no calendar dates ([`bad_dates`] of its
/// `text`), each a warning at its place: the reader shows them, `check` fails on them,
/// plain output and the exports say them (the form refuses such a date when typed).
pub fn warnings(name: &str, text: &str) -> Vec<crate::warning::Warning> {
    (bad_dates(text).into_iter())
        .map(|bad| crate::warning::Warning::Date {
            at: format!("{name}:{}:{}", bad.line, bad.column),
            date: bad.date,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every way a date is written in a claims file, good and bad, each bad one placed at
    /// its value: strings of either quote, bare TOML dates, spaces and comments around.
    #[test]
    fn the_dates_that_are_no_calendar_dates_are_placed_at_their_values() {
        let good = [
            "2021-01-12",
            "2021-01",
            "2021",
            "2020-02-29",
            "0001-01-01",
            // A time of day as RFC 3339 writes it, as ClaimReview carries dates.
            "2021-01-14T09:30:00-05:00",
            "2021-01-14T00:00:00Z",
            "2021-01-14T09:30",
            "2021-01-14t09:30:00.250+01:00",
            "2016-12-31T23:59:60Z",
        ];
        let bad = [
            "2021-01T09:30",
            "2021-02-30T09:30:00Z",
            "2021-01-14T",
            "2021-01-14T25:00",
            "2021-01-14T09:30:00+5",
            "2021-01-14T09:30.5",
            "2021-01-14T09:30:00.",
            "2021-02-30",
            "yesterday",
            "2021-13",
            "2019-02-29",
            "21-01-12",
            "mid-2019",
            "2021-1-5",
            "0000",
            "12/01/2021",
        ];
        for (date, is_good) in good
            .iter()
            .map(|d| (d, true))
            .chain(bad.iter().map(|d| (d, false)))
        {
            for (line, column) in [
                (format!("date = \"{date}\""), 8),
                (format!("  date='{date}'  # when"), 8),
                (format!("date   =   \"{date}\""), 12),
            ] {
                let text = format!("[[claim]]\nid = \"x\"\n{line}\nnote = \"date = 'later'\"\n");
                let found = bad_dates(&text);
                if is_good {
                    assert!(found.is_empty(), "{line}: {found:?}");
                } else {
                    assert_eq!(
                        found,
                        [BadDate {
                            line: 3,
                            column,
                            date: date.to_string()
                        }],
                        "{line}"
                    );
                }
            }
        }
        // A bare TOML date is read as written.
        assert!(bad_dates("date = 2021-01-12\n").is_empty());
        assert!(bad_dates("date = 2021-01-12T10:00:00 # x\n").is_empty());
        assert_eq!(
            bad_dates("date = 2021-01-12T25:00:00 # x\n")[0].date,
            "2021-01-12T25:00:00"
        );
        // Keys that only begin with `date` are other keys.
        assert!(bad_dates("dated = \"soon\"\ndates = 'x'\n").is_empty());
    }

    /// Every month's first day past its end, in leap and common years, is named as a day
    /// that does not exist; its last day passes; a month or year that does not exist is
    /// named too; anything else is told how a date is written.
    #[test]
    fn a_date_that_does_not_exist_is_said_to_be_one() {
        for year in [1900u32, 2000, 2024, 2026] {
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            for month in 1..=12u32 {
                let days = match month {
                    2 if leap => 29,
                    2 => 28,
                    4 | 6 | 9 | 11 => 30,
                    _ => 31,
                };
                let last = format!("{year:04}-{month:02}-{days:02}");
                assert_eq!(date_fault(&last), None, "{last}");
                for day in [days + 1, 31, 0]
                    .into_iter()
                    .filter(|d| *d > days || *d == 0)
                {
                    let date = format!("{year:04}-{month:02}-{day:02}");
                    let fault = date_fault(&date).unwrap();
                    assert!(
                        fault.starts_with(&format!("{date} does not exist"))
                            && fault.contains(&format!("(it has {days})")),
                        "{date}: {fault}"
                    );
                    let timed = format!("{date}T10:00:00Z");
                    assert!(
                        date_fault(&timed).unwrap().contains("does not exist"),
                        "{timed}"
                    );
                }
            }
        }
        assert!(
            date_fault("2026-02-30")
                .unwrap()
                .contains("February 2026 has no day 30")
        );
        assert!(date_fault("2021-13").unwrap().contains("no month 13"));
        assert!(date_fault("2021-00-10").unwrap().contains("no month 00"));
        assert!(date_fault("0000").unwrap().contains("no year 0000"));
        for shape in [
            "yesterday",
            "21-01-12",
            "2021-1-5",
            "12/01/2021",
            "2021-01-14T25:00",
        ] {
            assert!(
                date_fault(shape)
                    .unwrap()
                    .starts_with("the date is written"),
                "{shape}"
            );
        }
    }
}
