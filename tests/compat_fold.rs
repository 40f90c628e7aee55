//! Property tests of compatibility folding: a text whose characters are swapped at random
//! for compatibility forms (ligatures, fullwidth and mathematical letters, superscript
//! and subscript digits) and sprinkled with invisible format characters anchors every
//! quote, and finds every search, exactly where the plain text does, mapped to the
//! article's own characters.

use std::ops::Range;

use counterpoint::anchor::anchor;
use counterpoint::claims::QuoteSelector;
use counterpoint::reader::model::search::find;
use proptest::prelude::*;

/// Several plain characters that one compatibility character stands for.
const LIGATURES: [(&str, char); 6] = [
    ("ffi", 'ﬃ'),
    ("ffl", 'ﬄ'),
    ("ff", 'ﬀ'),
    ("fi", 'ﬁ'),
    ("fl", 'ﬂ'),
    ("st", 'ﬆ'),
];
const INVISIBLE: [char; 5] = ['\u{AD}', '\u{200B}', '\u{2060}', '\u{FEFF}', '\u{200E}'];

/// The compatibility forms of one plain character (`choice` picks among them).
fn form_of(c: char, choice: u8) -> Option<char> {
    let offset = |base: u32, from: char| char::from_u32(base + (c as u32 - from as u32));
    match c {
        'a'..='z' => match choice % 3 {
            0 => offset(0xFF41, 'a'),  // fullwidth
            1 => offset(0x1D41A, 'a'), // mathematical bold
            _ => offset(0x1D5BA, 'a'), // mathematical sans-serif
        },
        '0'..='9' => match choice % 3 {
            0 => offset(0xFF10, '0'), // fullwidth
            1 => offset(0x2080, '0'), // subscript
            _ => {
                Some(['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'][c as usize - '0' as usize])
            }
        },
        _ => None,
    }
}

/// Words with many ligature sequences and digits in them.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z]{1,8}",
        "[0-9]{1,4}",
        Just("official".to_string()),
        Just("first".to_string()),
        Just("figures".to_string()),
        Just("baffled".to_string()),
        Just("staff".to_string()),
        Just("effluent".to_string()),
    ]
}

/// `plain` with characters swapped for compatibility forms where `picks` says, and
/// invisible characters inserted, and for each plain character the byte range of the
/// character in the new text that stands for it.
fn disguise(plain: &str, picks: &[u8]) -> (String, Vec<Range<usize>>) {
    let chars: Vec<char> = plain.chars().collect();
    let mut text = String::new();
    let mut map = Vec::with_capacity(chars.len());
    let mut i = 0;
    let mut pick = picks.iter().copied().cycle();
    while i < chars.len() {
        let p = pick.next().unwrap_or(0);
        if p % 7 == 0 && i > 0 && chars[i] != ' ' {
            text.push(INVISIBLE[usize::from(p / 7) % INVISIBLE.len()]);
        }
        let rest: String = chars[i..].iter().take(3).collect();
        let ligature = LIGATURES.iter().find(|(seq, _)| rest.starts_with(seq));
        let start = text.len();
        match (p % 4, ligature) {
            (0, Some((seq, lig))) => {
                text.push(*lig);
                map.extend(std::iter::repeat_n(start..text.len(), seq.len()));
                i += seq.len();
                continue;
            }
            (1, _) => text.push(form_of(chars[i], p / 4).unwrap_or(chars[i])),
            _ => text.push(chars[i]),
        }
        map.push(start..text.len());
        i += 1;
    }
    (text, map)
}

/// The disguised text's range for the plain text's byte `range` (plain text is ASCII).
fn mapped(map: &[Range<usize>], range: &Range<usize>) -> Range<usize> {
    map[range.start].start..map[range.end - 1].end
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn quotes_and_searches_land_on_the_same_characters_in_compatibility_forms(
        words in prop::collection::vec(word(), 2..30),
        picks in prop::collection::vec(any::<u8>(), 1..64),
        from in 0usize..400,
        len in 1usize..40,
        typo in any::<bool>(),
    ) {
        let plain = words.join(" ");
        let (text, map) = disguise(&plain, &picks);
        // A quote from the plain text, not starting or ending with a space.
        let from = from % plain.len();
        let to = (from + len).min(plain.len());
        let mut quote = plain[from..to].trim().to_string();
        prop_assume!(!quote.is_empty());
        if typo && quote.len() > 10 {
            // One letter changed: the approximate search must agree too.
            quote.replace_range(5..6, "q");
        }
        let selector = QuoteSelector { exact: quote.as_str().into(), ..Default::default() };
        let on_plain = anchor(&plain, &selector);
        let on_text = anchor(&text, &selector);
        prop_assert_eq!(on_plain.status, on_text.status, "{:?} in {:?}", quote, text);
        prop_assert_eq!(
            on_plain.range.as_ref().map(|r| mapped(&map, r)),
            on_text.range.clone(),
            "{:?} in {:?}", quote, text
        );
        let alternatives: Vec<Range<usize>> =
            on_plain.alternatives.iter().map(|r| mapped(&map, r)).collect();
        prop_assert_eq!(alternatives, on_text.alternatives.to_vec());

        // The search: the plain text's matches, mapped, with those inside one
        // ligature merged.
        let query = &quote[..quote.len().min(6)];
        let mut expected: Vec<Range<usize>> = Vec::new();
        for m in find(&plain, query).0 {
            let m = mapped(&map, &m);
            match expected.last_mut() {
                Some(last) if m.start < last.end => last.end = last.end.max(m.end),
                _ => expected.push(m),
            }
        }
        prop_assert_eq!(expected, find(&text, query).0, "{:?} in {:?}", query, text);
    }
}
