//! Superscripts and subscripts kept distinguishable in plain text: `2<sup>80</sup>` is
//! `2⁸⁰`, never `280`.
//!
//! Where every character of the script has a Unicode superscript (subscript) form —
//! digits, `+ - − = ( )`, and `i` `n` for superscripts — the text is written in those
//! characters; else it is marked: `^` (`_` for a subscript) before it, and round it
//! `( )` when it holds a space (`x^(n + 1)`), so that a quote typed `2^80` or `2⁸⁰` finds it.

/// Which way a script is raised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Super,
    Sub,
}

impl Script {
    /// The mark of the written-out form.
    fn mark(self) -> char {
        match self {
            Script::Super => '^',
            Script::Sub => '_',
        }
    }

    /// The raised (lowered) form of `c`, if Unicode has one.
    pub fn form(self, c: char) -> Option<char> {
        const SUPER_DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
        const SUB_DIGITS: [char; 10] = ['₀', '₁', '₂', '₃', '₄', '₅', '₆', '₇', '₈', '₉'];
        if let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) {
            let digits = match self {
                Script::Super => SUPER_DIGITS,
                Script::Sub => SUB_DIGITS,
            };
            return Some(digits[d as usize]);
        }
        let (sup, sub) = match c {
            '+' => ('⁺', '₊'),
            '-' | '−' => ('⁻', '₋'),
            '=' => ('⁼', '₌'),
            '(' => ('⁽', '₍'),
            ')' => ('⁾', '₎'),
            'i' => ('ⁱ', 'ᵢ'),
            'n' => ('ⁿ', 'ₙ'),
            _ => return None,
        };
        Some(match self {
            Script::Super => sup,
            Script::Sub => sub,
        })
    }

    /// The plain character a raised (lowered) form stands for: the inverse of [`Script::form`].
    pub fn base(c: char) -> Option<char> {
        "0123456789+-=()in"
            .chars()
            .find(|&b| Script::Super.form(b) == Some(c) || Script::Sub.form(b) == Some(c))
    }
}

/// How the script text `text` (whitespace collapsed and trimmed here) is written in the
/// article: in raised (lowered) characters when each has one, else marked. Empty for a
/// script with no words.
pub fn script_form(text: &str, script: Script) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let text = words.join(" ");
    if text.is_empty() {
        return text;
    }
    if let Some(raised) = text
        .chars()
        .map(|c| script.form(c))
        .collect::<Option<String>>()
    {
        return raised;
    }
    if words.len() > 1 {
        format!("{}({text})", script.mark())
    } else {
        format!("{}{text}", script.mark())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_are_raised_where_unicode_can_else_marked() {
        let cases = [
            ("80", Script::Super, "⁸⁰"),
            ("6", Script::Super, "⁶"),
            ("-12", Script::Super, "⁻¹²"),
            ("n+1", Script::Super, "ⁿ⁺¹"),
            ("(2i)", Script::Super, "⁽²ⁱ⁾"),
            ("2", Script::Sub, "₂"),
            ("10", Script::Sub, "₁₀"),
            ("th", Script::Super, "^th"),
            ("e", Script::Super, "^e"),
            (" n + 1 ", Script::Super, "^(n + 1)"),
            ("a long note", Script::Super, "^(a long note)"),
            ("max", Script::Sub, "_max"),
            ("i j", Script::Sub, "_(i j)"),
            ("  ", Script::Super, ""),
        ];
        for (text, script, written) in cases {
            assert_eq!(script_form(text, script), written, "{text:?} {script:?}");
        }
    }

    #[test]
    fn every_form_leads_back_to_its_base() {
        for c in "0123456789+-=()in".chars() {
            for script in [Script::Super, Script::Sub] {
                let form = script.form(c).unwrap();
                assert_ne!(form, c);
                assert_eq!(Script::base(form), Some(c));
            }
        }
        assert_eq!(Script::base('x'), None);
    }
}
