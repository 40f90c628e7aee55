use super::super::polnear::read_ann;
use super::*;

#[test]
fn alignment_follows_replaced_characters() {
    let from = "a\tb \u{202a}c";
    let to = "a       b ⟨LRE⟩c";
    let map = align(from, to);
    assert_eq!(map[0], 0);
    assert_eq!(&to[map[2]..], "b ⟨LRE⟩c");
    assert_eq!(&to[map[from.len() - 1]..], "c");
    assert_eq!(map[from.len()], to.len());
    let same = align("word", "word");
    assert_eq!(same, vec![0, 1, 2, 3, 4]);
}

#[test]
fn speakers_are_right_by_a_shared_surname_or_organisation_word() {
    assert!(same_source("Maria Lopez", &["Lopez"]));
    assert!(same_source("Maria Lopez", &["Sen. Maria Lopez (D-Ore.)"]));
    assert!(same_source("the Lopez campaign", &["Lopez’s campaign"]));
    assert!(!same_source("Maria Lopez", &["Governor Tran"]));
    assert!(!same_source("He", &["he"]));
    assert!(same_source("police", &["Police"]));
    assert!(!same_source("police", &["Police officers"]));
    assert!(name_words("the senator").is_empty());
    for d in [
        "the Florida senator",
        "The senator from Vermont",
        "Law enforcement officials",
        "the former chief executive, who",
        "a woman in Worcester, Massachusetts,",
    ] {
        assert!(description(&[d]), "{d}");
    }
    for n in [
        "Secretary of State John F. Kerry",
        "Sen. Maria Lopez (D-Ore.)",
        "the Roper Center for Public Opinion Research",
        "Michael Mulgrew, president of the union,",
        "CNN",
    ] {
        assert!(!description(&[n]), "{n}");
    }
    assert!(name_words("She").is_empty());
}

/// An invented article with a direct quote, indirect speech and a belief, drafted and
/// scored: the quote and the speech are found with their speakers, and nothing else.
#[test]
fn an_article_is_scored_by_kind() {
    let text = "The council met on Monday.\n\n\
                “The bridge will open in May,” said Maria Lopez, the mayor.\n\n\
                Lopez told reporters that the cost had doubled.\n\n\
                Residents fear that the tolls will rise.\n";
    let at = |s: &str| text.find(s).unwrap();
    let cp = |b: usize| text[..b].chars().count();
    let span = |s: &str| format!("{} {}", cp(at(s)), cp(at(s) + s.len()));
    let ann = format!(
        "T1\tContent {}\tq\nT2\tCue {}\tc\nT3\tSource {}\ts\nE1\tContent:T1 Cue:T2 Source:T3\n\
         T4\tContent {}\tq\nT5\tCue {}\tc\nT6\tSource {}\ts\nE2\tContent:T4 Cue:T5 Source:T6\n\
         T7\tContent {}\tq\nT8\tCue {}\tc\nT9\tSource {}\ts\nE3\tContent:T7 Cue:T8 Source:T9\n",
        span("“The bridge will open in May,”"),
        span("said"),
        span("Maria Lopez"),
        span("the cost had doubled"),
        span("told reporters"),
        {
            let b = at("Lopez told");
            format!("{} {}", cp(b), cp(b + "Lopez".len()))
        },
        span("the tolls will rise"),
        span("fear"),
        span("Residents"),
    );
    let attributions = read_ann("x.ann", &ann, text).unwrap();
    let kinds: Vec<Kind> = attributions.iter().map(|a| a.kind).collect();
    assert_eq!(kinds, [Kind::Direct, Kind::Indirect, Kind::Belief]);
    let article = CorpusArticle {
        name: "invented".into(),
        text: text.into(),
        attributions,
    };
    let r = score_article(&article, true).unwrap();
    assert_eq!(r.direct.gold, 1);
    assert_eq!(r.direct.found, 1, "{:?}", r.misses);
    assert_eq!(r.direct.named_right, 1, "{:?}", r.misses);
    assert_eq!(r.direct.exact, 1);
    assert_eq!(r.indirect.gold, 1);
    assert_eq!(r.indirect.found, 1, "{:?}", r.misses);
    assert_eq!(r.indirect.named_right, 1, "{:?}", r.misses);
    assert_eq!(r.beliefs + r.nothing, 0, "{:?}", r.misses);
}
