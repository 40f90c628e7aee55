//! Quotation marks: which characters are ones (Unicode's `Quotation_Mark` property) and which marks close a quotation each one opens, for selecting a quotation, quoting words in the sidebar and folding quote styles in anchoring.
//!
//! The set is the `Quotation_Mark` property of Unicode's PropList.txt (Unicode 16.0); the
//! pairs are the usual ones of the languages that use them (Unicode Standard, section
//! 6.2 "General Punctuation", *Quotation Marks*; CLDR's `quotationStart`/`quotationEnd`):
//! English “…” ‘…’, German „…“ ‚…‘, Polish and Hungarian „…”, French and Russian «…»
//! ‹…›, Danish »…« ›…‹, Japanese and Chinese 「…」 『…』 and 〝…〞 (or 〝…〟), fullwidth
//! ＂…＂ ＇…＇ and halfwidth ｢…｣, the vertical forms ﹁…﹂ ﹃…﹄, and the straight `"` and
//! `'`. The drafter reads quotations its own way (`draft::quotes`).

/// Every character with Unicode's `Quotation_Mark` property, in code point order.
pub const QUOTATION_MARKS: [char; 30] = [
    '"', '\'', '«', '»', '‘', '’', '‚', '‛', '“', '”', '„', '‟', '‹', '›', '⹂', '「', '」', '『',
    '』', '〝', '〞', '〟', '﹁', '﹂', '﹃', '﹄', '＂', '＇', '｢', '｣',
];

/// Whether `c` is a quotation mark (Unicode's `Quotation_Mark` property).
pub fn is_quotation_mark(c: char) -> bool {
    QUOTATION_MARKS.contains(&c)
}

/// The marks that may close a quotation opened by `open`, the usual one first; empty when
/// `open` opens none in left-to-right text read as its languages write it. `»` and `›`
/// open Danish quotations but close French ones far more often, so they are taken as
/// closing marks only: reading them as openers would select the words between two
/// French quotations. A straight `"` may be closed by a curly `”` (text typed in part).
pub fn closing_marks(open: char) -> &'static [char] {
    match open {
        '“' => &['”'],
        '„' => &['“', '”'],
        '‟' | '⹂' => &['”'],
        '‘' => &['’'],
        '‚' => &['‘', '’'],
        '‛' => &['’'],
        '«' => &['»'],
        '‹' => &['›'],
        '「' => &['」'],
        '『' => &['』'],
        '〝' => &['〞', '〟'],
        '﹁' => &['﹂'],
        '﹃' => &['﹄'],
        '｢' => &['｣'],
        '"' => &['"', '”'],
        '\'' => &['\''],
        '＂' => &['＂'],
        '＇' => &['＇'],
        _ => &[],
    }
}

/// Whether `c` opens a quotation (it has [`closing_marks`]). The straight and fullwidth
/// `'` count: whether one is an apostrophe is for the caller to say.
pub fn opens(c: char) -> bool {
    !closing_marks(c).is_empty()
}

/// Whether `c` may close a quotation: a quotation mark that is some opening mark's
/// closing mark (`”` and the German closing `“` alike), or `»` and `›`.
pub fn closes(c: char) -> bool {
    is_quotation_mark(c)
        && QUOTATION_MARKS
            .iter()
            .any(|&o| closing_marks(o).contains(&c))
        || matches!(c, '»' | '›')
}

/// Whether `c` is a single-quote mark (‘ ’ ‚ ‛ ‹ › 『 』 ﹃ ﹄ and the straight and
/// fullwidth `'`) rather than a double one; anchoring folds these to `'`.
pub fn is_single(c: char) -> bool {
    matches!(
        c,
        '\'' | '‘' | '’' | '‚' | '‛' | '‹' | '›' | '『' | '』' | '﹃' | '﹄' | '＇'
    )
}

/// `words` between quotation marks, as the program shows a quote (the sidebar, copied
/// claims, plain output's notes, forms and messages): none added when the words already
/// begin with an opening mark and end with a closing one (more than one character);
/// single marks (‘…’) when they hold double marks of their own (“ ” " „ « »), for
/// quotations nest, double outside and single inside; double (“…”) otherwise.
pub fn quoted(words: &str) -> String {
    let first = words.chars().next();
    let last = words.chars().last();
    if words.chars().count() > 1 && first.is_some_and(opens) && last.is_some_and(closes) {
        return words.to_string();
    }
    if words.chars().any(|c| is_quotation_mark(c) && !is_single(c)) {
        format!("‘{words}’")
    } else {
        format!("“{words}”")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_get_outer_marks_only_when_they_need_them() {
        assert_eq!(quoted("the bridge is safe"), "“the bridge is safe”");
        assert_eq!(
            quoted("“I am here,” she said, “now.”"),
            "“I am here,” she said, “now.”"
        );
        assert_eq!(
            quoted("acting as al-Qaida’s “new home base,”"),
            "‘acting as al-Qaida’s “new home base,”’"
        );
        assert_eq!(quoted("\"safe\""), "\"safe\"");
        assert_eq!(quoted("“"), "‘“’");
    }

    #[test]
    fn every_mark_is_paired_and_every_pair_is_of_marks() {
        for &mark in &QUOTATION_MARKS {
            // Each mark opens or closes (the straight ones both).
            assert!(
                opens(mark) || closes(mark),
                "{mark} neither opens nor closes"
            );
            for &close in closing_marks(mark) {
                assert!(is_quotation_mark(close), "{mark} closed by {close}");
                assert!(closes(close), "{close}");
            }
        }
        // Nothing else opens or closes.
        for c in ['(', 'a', '。', '・', '′', '″', '`', '´'] {
            assert!(!opens(c) && !closes(c) && !is_quotation_mark(c), "{c}");
        }
    }

    #[test]
    fn the_usual_pairs() {
        for (open, close) in [
            ('“', '”'),
            ('„', '“'),
            ('„', '”'),
            ('‘', '’'),
            ('‚', '‘'),
            ('«', '»'),
            ('‹', '›'),
            ('「', '」'),
            ('『', '』'),
            ('〝', '〞'),
            ('〝', '〟'),
            ('＂', '＂'),
            ('"', '"'),
            ('\'', '\''),
            ('｢', '｣'),
        ] {
            assert!(closing_marks(open).contains(&close), "{open}…{close}");
        }
        // Closing marks open nothing (the German “ and ‘ open English quotations).
        for close in ['”', '’', '»', '›', '」', '』', '〞', '〟', '｣'] {
            assert!(!opens(close), "{close}");
        }
        assert!(opens('“') && closes('“'));
    }
}
