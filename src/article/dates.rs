//! Lines of a page that are only a date or a time ("23.10.2018", "Stand: 5. Februar 2020", "3:59 PM"): when an article was posted or updated, not its text; the words of dates in the web's languages.

/// The most words of a date line ([`is_date_line`]).
const DATE_WORDS: usize = 8;
/// Names of months and days, and the little words of dates, in the web's languages
/// (lower case, whole words; Polish months also as "of March": marca).
const DATE_WORDS_LIST: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "januar",
    "jänner",
    "februar",
    "märz",
    "mai",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "janvier",
    "février",
    "mars",
    "avril",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
    "styczeń",
    "luty",
    "marzec",
    "kwiecień",
    "maj",
    "czerwiec",
    "lipiec",
    "sierpień",
    "wrzesień",
    "październik",
    "listopad",
    "grudzień",
    "januari",
    "februari",
    "maart",
    "mei",
    "augustus",
    "oktober",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "am",
    "pm",
    "a.m",
    "p.m",
    "uhr",
    "h",
    "de",
    "del",
    "um",
    "at",
    "on",
    "le",
    "el",
    "den",
    "the",
    "of",
    "gmt",
    "utc",
    "cet",
    "cest",
    "mez",
];
/// Labels that may open a date line, before a colon or the date (lower case).
const DATE_LABELS: &[&str] = &[
    "stand",
    "publiziert",
    "veröffentlicht",
    "veröffentlichung",
    "aktualisiert",
    "datum",
    "date",
    "published",
    "updated",
    "posted",
    "publié",
    "mis à jour",
    "publicado",
    "actualizado",
    "pubblicato",
];

/// Whether `text` (words with single spaces) is only a date or a time, after an optional
/// label: "23.10.2018", "3:59 PM", "7. Oktober 2020", "Stand: 5. Februar 2020",
/// "Publiziert: 03.04.2020, 12:35" (a digit in it; names of months and days and the
/// little words of dates, [`DATE_WORDS_LIST`], the only words).
pub(crate) fn is_date_line(text: &str) -> bool {
    let lower = text.to_lowercase();
    let mut rest = lower.as_str();
    for label in DATE_LABELS {
        if let Some(after) = rest.strip_prefix(label)
            && (after.starts_with([' ', ':']) || after.is_empty())
        {
            rest = after.trim_start_matches([' ', ':']);
            break;
        }
    }
    let tokens: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '(' | ')' | '–' | '—'))
        .map(|t| t.trim_matches(|c: char| matches!(c, '.' | ':' | '-' | '/')))
        .filter(|t| !t.is_empty())
        .collect();
    // A number alone is a year heading or a count, not a date line.
    let number = tokens.len() == 1 && tokens[0].chars().all(|c| c.is_ascii_digit());
    !tokens.is_empty()
        && !number
        && tokens.len() <= DATE_WORDS
        && rest.chars().any(|c| c.is_ascii_digit())
        && tokens.iter().all(|t| {
            t.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | ':' | '/' | '-'))
                || DATE_WORDS_LIST.contains(t)
                // A time with its unit: "9:00am", "18h", "12uhr".
                || ["h", "am", "pm", "uhr"].iter().any(|unit| {
                    t.strip_suffix(unit).is_some_and(|n| {
                        !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == ':')
                    })
                })
        })
}
