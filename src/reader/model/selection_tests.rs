//! Tests of the selection: each step on a known text, the passages selected whole, and (proptest) any sequence of steps on any text keeps whole words and the anchor selected.

use super::*;
use proptest::prelude::*;

const TEXT: &str = "The minister said the bridge is “entirely safe.” An engineer disagreed.\n\nShe said the load tests “were never finished, and the cables are old.” Nobody answered.";

fn article(text: &str) -> (Article, Layout) {
    let article = Article::from_text("t.md", text).unwrap();
    let layout = Layout::new(&article, 30);
    (article, layout)
}

fn selected<'a>(article: &'a Article, s: &Selection) -> &'a str {
    &article.body[s.range()]
}

#[test]
fn words_grow_forward_and_back_and_the_first_word_stays() {
    let (a, l) = article(TEXT);
    let mut s = Selection::word_at(&a.body, 0).unwrap();
    assert_eq!(selected(&a, &s), "The");
    s.extend(Step::WordForward, &a, &l);
    s.extend(Step::WordForward, &a, &l);
    assert_eq!(selected(&a, &s), "The minister said");
    s.extend(Step::WordBack, &a, &l);
    assert_eq!(selected(&a, &s), "The minister");
    for _ in 0..5 {
        s.extend(Step::WordBack, &a, &l);
    }
    assert_eq!(selected(&a, &s), "The", "the anchor stays selected");
}

#[test]
fn growing_back_past_the_anchor_turns_the_selection_round() {
    let (a, l) = article(TEXT);
    let said = a.body.find("said").unwrap();
    let mut s = Selection::word_at(&a.body, said).unwrap();
    s.extend(Step::WordBack, &a, &l);
    assert_eq!(selected(&a, &s), "minister said");
    s.extend(Step::WordBack, &a, &l);
    assert_eq!(selected(&a, &s), "The minister said");
    s.extend(Step::WordForward, &a, &l);
    assert_eq!(selected(&a, &s), "minister said");
}

#[test]
fn o_swaps_the_moving_end_and_keeps_the_text() {
    let (a, l) = article(TEXT);
    let said = a.body.find("said").unwrap();
    let mut s = Selection::word_at(&a.body, said).unwrap();
    s.extend(Step::WordForward, &a, &l);
    assert_eq!(selected(&a, &s), "said the");
    s.swap_ends(&a.body);
    assert_eq!(selected(&a, &s), "said the");
    s.extend(Step::WordBack, &a, &l);
    assert_eq!(selected(&a, &s), "minister said the");
}

#[test]
fn sentences_and_paragraphs_are_whole() {
    let (a, l) = article(TEXT);
    let mut s = Selection::word_at(&a.body, 0).unwrap();
    s.extend(Step::SentenceForward, &a, &l);
    assert_eq!(
        selected(&a, &s),
        "The minister said the bridge is “entirely safe.”"
    );
    s.extend(Step::ParagraphForward, &a, &l);
    assert!(selected(&a, &s).ends_with("An engineer disagreed."));
    s.extend(Step::ParagraphForward, &a, &l);
    assert!(selected(&a, &s).ends_with("Nobody answered."));
}

#[test]
fn the_sentence_under_the_cursor_is_selected_whole() {
    let (a, _) = article(TEXT);
    let at = a.body.find("engineer").unwrap();
    let s = Selection::sentence_at(&a.body, at).unwrap();
    assert_eq!(selected(&a, &s), "An engineer disagreed.");
}

#[test]
fn the_quotation_around_the_cursor_is_selected_without_its_marks() {
    let (a, _) = article(TEXT);
    let para = a.paragraphs[1].range.clone();
    let at = a.body.find("cables").unwrap();
    let s = Selection::quotation_at(&a.body, at, para.clone(), para.clone()).unwrap();
    assert_eq!(
        selected(&a, &s),
        "were never finished, and the cables are old."
    );
    let outside = a.body.find("Nobody").unwrap();
    assert_eq!(
        Selection::quotation_at(&a.body, outside, para.clone(), para),
        None
    );
}

#[test]
fn lines_move_to_the_same_column_and_end_on_a_word() {
    let (a, l) = article(TEXT);
    let mut s = Selection::word_at(&a.body, 0).unwrap();
    s.extend(Step::LineDown, &a, &l);
    let text = selected(&a, &s);
    assert!(
        text.starts_with("The minister said") && text.len() > 30,
        "{text}"
    );
    assert_eq!(text.trim(), text);
    s.extend(Step::LineUp, &a, &l);
    assert_eq!(selected(&a, &s), "The");
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        Just(Step::WordForward),
        Just(Step::WordBack),
        Just(Step::LineDown),
        Just(Step::LineUp),
        Just(Step::SentenceForward),
        Just(Step::SentenceBack),
        Just(Step::ParagraphForward),
        Just(Step::ParagraphBack),
    ]
}

proptest! {
    /// Whatever the text and the steps (with swaps among them), the selection lies inside
    /// the body on character boundaries, holds the words it began on, and neither begins
    /// nor ends with a space.
    #[test]
    fn any_steps_keep_whole_words_and_the_anchor(
        text in "[A-Za-zé“”\"., ]{1,40}(\n\n[A-Za-z“”., ]{1,40}){0,3}",
        start in 0usize..200,
        steps in prop::collection::vec((step(), any::<bool>()), 0..30),
        width in 8usize..60,
    ) {
        let article = Article::from_text("p.md", &text).unwrap();
        let layout = Layout::new(&article, width);
        let body = article.body.as_str();
        let Some(mut s) = Selection::word_at(body, start.min(body.len())) else {
            return Ok(());
        };
        for (step, swap) in steps {
            if swap {
                s.swap_ends(body);
            }
            s.extend(step, &article, &layout);
            let range = s.range();
            prop_assert!(range.end <= body.len());
            prop_assert!(body.is_char_boundary(range.start) && body.is_char_boundary(range.end));
            prop_assert!(range.start <= s.anchor.start && s.anchor.end <= range.end, "{s:?}");
            let shown = &body[range.clone()];
            prop_assert_eq!(shown.trim(), shown);
            // A word or line step leaves no mark its word carries outside the selection.
            let by_word = matches!(step, Step::WordForward | Step::WordBack | Step::LineDown | Step::LineUp);
            if by_word && s.head > s.anchor.end {
                prop_assert_eq!(with_closing_marks(body, range.end), range.end, "{:?}", shown);
            }
            if by_word && s.head < s.anchor.start {
                prop_assert_eq!(with_opening_marks(body, range.start), range.start, "{:?}", shown);
            }
        }
    }
}

/// Far into a long article the steps reach the neighbouring paragraphs (they look only at
/// the paragraphs around the moving end).
#[test]
fn steps_deep_in_a_long_article_reach_the_next_and_previous_paragraphs() {
    let text: String = (0..1000)
        .map(|i| format!("Paragraph {i} says one thing. It says another."))
        .collect::<Vec<_>>()
        .join("\n\n");
    let (a, l) = article(&text);
    let at = a.body.find("Paragraph 500 ").unwrap();
    let mut s = Selection::word_at(&a.body, at).unwrap();
    s.extend(Step::ParagraphForward, &a, &l);
    assert_eq!(
        selected(&a, &s),
        "Paragraph 500 says one thing. It says another."
    );
    s.extend(Step::ParagraphForward, &a, &l);
    assert!(selected(&a, &s).ends_with("Paragraph 501 says one thing. It says another."));
    s.extend(Step::ParagraphBack, &a, &l);
    s.extend(Step::ParagraphBack, &a, &l);
    assert!(
        selected(&a, &s).starts_with("Paragraph 499 says"),
        "{}",
        selected(&a, &s)
    );
    s.extend(Step::SentenceForward, &a, &l);
    assert!(
        selected(&a, &s).starts_with("It says another."),
        "{}",
        selected(&a, &s)
    );
}

#[test]
fn a_straight_quotation_is_found_between_its_own_marks() {
    let text = "He said \"yes\" and then \"no way\" to them.";
    let (a, _) = article(text);
    let para = a.paragraphs[0].range.clone();
    // After the first quotation's closing mark: not inside one.
    let between = a.body.find(" and").unwrap() + 1;
    assert_eq!(
        Selection::quotation_at(&a.body, between, para.clone(), para.clone()),
        None
    );
    let inside = a.body.find("way").unwrap();
    let s = Selection::quotation_at(&a.body, inside, para.clone(), para).unwrap();
    assert_eq!(selected(&a, &s), "no way");
}

#[test]
fn a_drag_reaches_whole_words_either_side_of_the_anchor() {
    let (a, _) = article(TEXT);
    let said = a.body.find("said").unwrap();
    let mut s = Selection::word_at(&a.body, said).unwrap();
    // Onto the first letter of "bridge": it is taken whole.
    s.reach(&a, a.body.find("bridge").unwrap());
    assert_eq!(selected(&a, &s), "said the bridge");
    s.reach(&a, a.body.find("minister").unwrap() + 3);
    assert_eq!(selected(&a, &s), "minister said");
    s.reach(&a, said + 1);
    assert_eq!(selected(&a, &s), "said");
    assert_eq!(s.size(&a.body), (1, 4));
}

#[test]
fn shrinking_the_first_sentence_or_paragraph_comes_back_to_the_anchor() {
    let (a, l) = article(TEXT);
    let mut s = Selection::word_at(&a.body, 0).unwrap();
    s.extend(Step::SentenceForward, &a, &l);
    s.extend(Step::SentenceBack, &a, &l);
    assert_eq!(selected(&a, &s), "The");
    s.extend(Step::ParagraphForward, &a, &l);
    s.extend(Step::ParagraphBack, &a, &l);
    assert_eq!(selected(&a, &s), "The");
    // And at the end of the text, the other way round.
    let last = a.body.find("answered").unwrap();
    let mut s = Selection::word_at(&a.body, last).unwrap();
    s.extend(Step::SentenceBack, &a, &l);
    s.extend(Step::SentenceForward, &a, &l);
    assert_eq!(selected(&a, &s), "answered");
}

#[test]
fn the_quotation_around_the_cursor_passes_over_an_inner_one_closed_before_it() {
    let body = "He said: “to call it a ‘new home base’ doesn’t seem accurate to me.” Then.";
    let at = body.find("seem").unwrap();
    let within = 0..body.len();
    let selection = Selection::quotation_at(body, at, within.clone(), within).unwrap();
    assert_eq!(
        &body[selection.range()],
        "to call it a ‘new home base’ doesn’t seem accurate to me."
    );
    let inner = body.find("home").unwrap();
    let selection = Selection::quotation_at(body, inner, 0..body.len(), 0..body.len()).unwrap();
    assert_eq!(&body[selection.range()], "new home base");
}

/// A word step onto a quotation's or a sentence's last word takes the marks the word
/// carries (`safe.”`, `it,”`, `no!"`, `(sic)`), and a step back gives them up with the word;
/// marks inside a word's run of letters (`well-known`, `U.S.-led`), or followed by more
/// text with no space, are not taken.
#[test]
fn word_steps_take_the_closing_marks_a_quote_carries() {
    let cases: &[(&str, &str, usize, &str)] = &[
        // (text, first word, words forward, selected)
        (TEXT, "bridge", 3, "bridge is “entirely safe.”"),
        (
            "He said “it is no money for it,” and left.",
            "no",
            3,
            "no money for it,”",
        ),
        ("He said \"no!\" and left.", "said", 1, "said \"no!\""),
        ("They wrote it (sic) twice.", "it", 1, "it (sic)"),
        ("He said “it.” She said nothing.", "He", 2, "He said “it.”"),
        ("A well-known man spoke.", "A", 1, "A well"),
        ("The U.S.-led plan failed.", "The", 1, "The U.S"),
        ("It was bad.”Then he left.", "It", 2, "It was bad"),
        ("It ends here.", "It", 2, "It ends here."),
        ("‘Quoted’ twice.", "Quoted", 1, "Quoted’ twice."),
    ];
    for &(text, first, steps, want) in cases {
        let (a, l) = article(text);
        let mut s = Selection::word_at(&a.body, a.body.find(first).unwrap()).unwrap();
        for _ in 0..steps {
            s.extend(Step::WordForward, &a, &l);
        }
        assert_eq!(selected(&a, &s), want, "in {text:?}");
        // A step back gives up the last word with its marks.
        if steps > 1 {
            s.extend(Step::WordBack, &a, &l);
            let shorter = selected(&a, &s).to_string();
            assert!(
                want.starts_with(&shorter) && !shorter.ends_with(['.', ',', '”', '"', ')']),
                "{shorter:?} in {text:?}"
            );
        }
    }
}

/// Backward past the anchor, a word step takes the opening marks before its word, so a
/// quotation selected from its last word back reads whole, with both its marks.
#[test]
fn word_steps_back_take_the_opening_marks() {
    let (a, l) = article(TEXT);
    let at = a.body.find("safe").unwrap();
    let mut s = Selection::word_at(&a.body, at).unwrap();
    s.extend(Step::WordBack, &a, &l);
    assert_eq!(selected(&a, &s), "“entirely safe");
    s.extend(Step::WordBack, &a, &l);
    assert_eq!(selected(&a, &s), "is “entirely safe");
    s.extend(Step::WordForward, &a, &l);
    assert_eq!(selected(&a, &s), "“entirely safe");
    // Turned round, the end takes the closing marks: the quotation whole.
    s.swap_ends(&a.body);
    assert_eq!(selected(&a, &s), "“entirely safe");
    s.extend(Step::WordForward, &a, &l);
    s.extend(Step::WordBack, &a, &l);
    assert_eq!(selected(&a, &s), "“entirely safe.”");
    s.swap_ends(&a.body);
    assert_eq!(selected(&a, &s), "“entirely safe.”");
}

/// A drag takes the marks as the keys do.
#[test]
fn a_drag_takes_the_marks_of_the_word_it_reaches() {
    let (a, _) = article(TEXT);
    let mut s = Selection::word_at(&a.body, a.body.find("bridge").unwrap()).unwrap();
    s.reach(&a, a.body.find("safe").unwrap() + 1);
    assert_eq!(selected(&a, &s), "bridge is “entirely safe.”");
}

#[test]
fn every_pair_of_quotation_marks_is_a_quotation_and_nothing_else_is() {
    // The words inside each style of quotation, from the cursor on them; and between two
    // quotations, or in words with marks that pair with nothing, none.
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
        ('｢', '｣'),
    ] {
        let body =
            format!("Aki said {open}the ferry is late{close} and {open}it rains{close} today.");
        let within = 0..body.len();
        let at = body.find("ferry").unwrap();
        let s = Selection::quotation_at(&body, at, within.clone(), within.clone())
            .unwrap_or_else(|| panic!("{open}…{close} in {body}"));
        assert_eq!(&body[s.range()], "the ferry is late", "{open}…{close}");
        let between = body.find(" and").unwrap() + 1;
        assert_eq!(
            Selection::quotation_at(&body, between, within.clone(), within.clone()),
            None,
            "{open}…{close} between"
        );
        let outside = body.find("today").unwrap();
        assert_eq!(
            Selection::quotation_at(&body, outside, within.clone(), within),
            None,
            "{open}…{close} after"
        );
    }
    // A closing mark opens nothing, and an apostrophe is no quotation mark.
    for body in [
        "it is» late» now",
        "it 」is late」 now",
        "the ferry's late, isn't it",
    ] {
        let within = 0..body.len();
        let at = body.find("late").unwrap();
        assert_eq!(
            Selection::quotation_at(body, at, within.clone(), within),
            None,
            "{body}"
        );
    }
    // Inside 「…」, an inner 『…』 closed before the cursor is passed over.
    let body = "彼は「船は『遅い』と言った」と書いた";
    let within = 0..body.len();
    let s =
        Selection::quotation_at(body, body.find("と言").unwrap(), within.clone(), within).unwrap();
    assert_eq!(&body[s.range()], "船は『遅い』と言った");
}
