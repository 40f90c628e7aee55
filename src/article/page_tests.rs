use super::*;
use crate::article::html::article;

/// A page with `head` in its `<head>`, `top` above its article and the article's
/// paragraphs, long enough that Readability finds the article.
fn page(head: &str, top: &str) -> String {
    let paragraphs: String = [
        "The harbour board met on Tuesday evening and agreed, after a long debate about the cost of dredging, to keep the old pier open through the winter months.",
        "Fishermen had asked for the pier to stay open, saying that the new marina was too far from the fish market and that its berths cost twice as much.",
        "The board's engineer told the meeting that the pier's timbers would last another two winters if the worst of them were replaced before the storms.",
        "A final decision on the pier's future will be taken in the spring, when the board has the results of a survey of the seabed around the harbour mouth.",
    ]
    .iter()
    .map(|p| format!("<p>{p}</p>"))
    .collect();
    format!(
        "<html><head><title>The pier stays open</title>{head}</head><body>\
         <header class=\"site\"><a href=\"/\">Harbour News</a><nav><a href=\"/a\">Home</a></nav></header>\
         <main><article><header><h1>The pier stays open</h1>{top}</header>\
         <div class=\"body\">{paragraphs}</div></article></main>\
         <footer><p>Harbour News, all rights reserved.</p></footer></body></html>"
    )
}

const LEAD: &str = "Fishermen win a reprieve for the old pier, but its timbers will need replacing before the storms.";

fn description(text: &str) -> String {
    format!("<meta name=\"description\" content=\"{text}\">")
}

#[test]
fn a_standfirst_the_page_prints_opens_the_body() {
    for top in [
        format!("<p class=\"lead\">{LEAD}</p>"),
        format!("<h2 class=\"subtitle\"><span>{LEAD}</span></h2>"),
        format!("<div class=\"intro\"><p>{LEAD}</p></div>"),
    ] {
        let a = article("pier.html", &page(&description(LEAD), &top));
        assert!(a.body.starts_with(LEAD), "{top}: {}", a.body);
        assert_eq!(a.meta.dek, None, "{top}: no dek repeating the body");
        assert!(a.body.contains("The harbour board met"), "{top}");
    }
    // A summary cut short in the metadata is matched by its start.
    let cut: String = LEAD.chars().take(60).collect::<String>() + "…";
    let a = article(
        "pier.html",
        &page(&description(&cut), &format!("<p>{LEAD}</p>")),
    );
    assert!(a.body.starts_with(LEAD), "{}", a.body);
}

#[test]
fn a_summary_printed_nowhere_else_stays_the_dek() {
    let a = article("pier.html", &page(&description(LEAD), ""));
    assert_eq!(a.meta.dek.as_deref(), Some(LEAD));
    assert!(a.body.starts_with("The harbour board met"), "{}", a.body);
}

#[test]
fn taglines_teasers_and_margins_are_no_standfirst() {
    // A site's tagline: too few words for a paragraph of the article.
    let tagline = "Harbour news since 1902";
    let a = article(
        "pier.html",
        &page(&description(tagline), &format!("<p>{tagline}</p>")),
    );
    assert!(!a.body.contains(tagline), "{}", a.body);
    // The summary printed only as a link (a teaser) or in the page's margin.
    for top in [
        format!("<a href=\"/pier\"><p>{LEAD}</p></a>"),
        format!("<aside><p>{LEAD}</p></aside>"),
        format!("<ul><li>{LEAD}</li></ul>"),
    ] {
        let a = article("pier.html", &page(&description(LEAD), &top));
        assert!(
            a.body.starts_with("The harbour board met"),
            "{top}: {}",
            a.body
        );
    }
}

#[test]
fn a_summary_already_in_the_body_is_not_repeated() {
    let summary = "Fishermen had asked for the pier to stay open, saying that the new marina was too far from the fish market and that its berths cost twice as much.";
    let a = article("pier.html", &page(&description(summary), ""));
    assert_eq!(
        a.body.matches("Fishermen had asked").count(),
        1,
        "{}",
        a.body
    );
}

#[test]
fn folding_ignores_spaces_case_and_soft_hyphens() {
    assert_eq!(fold("Über\u{ad}le\u{ad}bens  Zeit …"), "überlebenszeit");
    assert_eq!(fold("H₂O"), fold("h2o"));
}

#[test]
fn a_summary_cut_from_several_paragraphs_adds_nothing() {
    let summary = "The harbour board met on Tuesday evening and agreed, after a long debate about the cost of dredging, to keep the old pier open through the winter months. Fishermen had asked…";
    let a = article("pier.html", &page(&description(summary), ""));
    assert_eq!(
        a.body.matches("The harbour board met").count(),
        1,
        "{}",
        a.body
    );
    assert_eq!(
        a.body.matches("Fishermen had asked").count(),
        1,
        "{}",
        a.body
    );
}

/// A page whose one `<article>` holds a short report, followed by a longer block of
/// readers' letters that Readability prefers.
fn page_with_letters(article_paragraphs: &[&str]) -> String {
    let article: String = article_paragraphs
        .iter()
        .map(|p| format!("<p><span>{p}</span></p>"))
        .collect();
    let letter = "I have crossed the old pier every morning for forty years, and I would gladly pay a small toll to keep it open, as would most of my neighbours on the front.";
    let letters: String = (0..8)
        .map(|i| format!("<p>Letter {i}. {letter} {letter}</p>"))
        .collect();
    format!(
        "<html><head><title>The pier</title></head><body>\
         <article><header><h1>The pier</h1><p class=\"byline\">By the harbour desk, with a long note on the team behind the report</p></header>\
         <div class=\"text\">{article}</div><aside><p>Read our other reports on the harbour, its history, its boats and its people, every week.</p></aside></article>\
         <div class=\"letters\">{letters}</div></body></html>"
    )
}

#[test]
fn the_article_a_page_marks_is_read_when_readability_chooses_another_part() {
    let report = [
        "The harbour board agreed on Tuesday to keep the old pier open through the winter, after fishermen asked it to.",
        "Its engineer said the timbers would last two more winters if the worst of them were replaced before the storms came.",
    ];
    let html = page_with_letters(&report);
    // The premise: Readability alone reads the letters.
    let readability = dom_smoothie::Readability::new(html.as_str(), None, None)
        .unwrap()
        .parse()
        .unwrap();
    assert!(readability.text_content.contains("Letter 3."));
    assert!(!readability.text_content.contains(report[0]));
    let a = article("pier.html", &html);
    for paragraph in report {
        assert!(a.body.contains(paragraph), "{}", a.body);
    }
    assert!(!a.body.contains("Letter 3."), "{}", a.body);
    // Its header (the title is the page's) and margins are left out.
    assert!(!a.body.contains("harbour desk"), "{}", a.body);
    assert!(!a.body.contains("other reports"), "{}", a.body);
}

#[test]
fn a_marked_article_needs_two_paragraphs_and_only_one_mark() {
    let one = Document::from(page_with_letters(&[
        "The harbour board agreed on Tuesday to keep the old pier open through the winter, after fishermen asked it to.",
    ]));
    assert_eq!(marked_article(&one), None);
    let two = Document::from(format!(
        "<html><body><article><p>{p}</p><p>{p}</p></article><article><p>{p}</p></article></body></html>",
        p = "A paragraph long enough to count as one of the article's paragraphs, and then some."
    ));
    assert_eq!(marked_article(&two), None);
}

#[test]
fn metadata_comes_from_json_ld_graphs_meta_and_time_tags() {
    let graph = r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","name":"Harbour News"},
        {"@type":["NewsArticle"],"headline":"The pier stays open","author":[{"@type":"Person","name":"Ann Lee"},{"name":"Bo Park"}],
         "datePublished":"2021-01-12T09:30:00+01:00","description":"The board keeps the pier open."}]}</script>"#;
    let meta = metadata(&Document::from(format!(
        "<html><head>{graph}</head><body></body></html>"
    )));
    assert_eq!(
        meta,
        PageMeta {
            title: Some("The pier stays open".into()),
            byline: Some("Ann Lee, Bo Park".into()),
            date: Some("2021-01-12T09:30:00+01:00".into()),
            site: Some("Harbour News".into()),
            description: Some("The board keeps the pier open.".into()),
            article_body: None,
            headings: Vec::new(),
        }
    );
    // No JSON-LD: the tags.
    let tags = "<html><head><meta name=\"author\" content=\"Ann Lee\">\
        <meta name=\"application-name\" content=\"Harbour News\">\
        <meta name=\"description\" content=\"The board keeps the pier open.\"></head>\
        <body><article><time datetime=\"2021-01-12\">12 January</time></article></body></html>";
    let meta = metadata(&Document::from(tags));
    assert_eq!(meta.byline.as_deref(), Some("Ann Lee"));
    assert_eq!(meta.site.as_deref(), Some("Harbour News"));
    assert_eq!(meta.date.as_deref(), Some("2021-01-12"));
    assert_eq!(meta.title, None);
    // Broken JSON-LD is skipped; an empty value is none.
    let broken = "<html><head><script type=\"application/ld+json\">{not json</script>\
        <meta name=\"author\" content=\"  \"></head><body></body></html>";
    assert_eq!(metadata(&Document::from(broken)), PageMeta::default());
}

#[test]
fn the_header_is_topped_up_from_what_the_page_says() {
    // Readability reads no JSON-LD graph: the date and site come from it.
    let head = r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","name":"Harbour News"},
        {"@type":"BlogPosting","headline":"The pier stays open","datePublished":"2021-01-12T09:30:00Z"}]}</script>"#;
    let a = article("pier.html", &page(head, ""));
    assert_eq!(a.meta.date.as_deref(), Some("2021-01-12"));
    assert_eq!(a.meta.outlet.as_deref(), Some("Harbour News"));
    assert_eq!(a.meta.title.as_deref(), Some("The pier stays open"));
}

/// A page whose text only its JSON-LD holds: the body shows a teaser and a script draws
/// the rest.
fn drawn_page(article_body: &str) -> String {
    let ld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "The ferry timetable changes",
        "articleBody": article_body,
    });
    format!(
        "<html><head><title>The ferry timetable changes</title>\
         <script type=\"application/ld+json\">{ld}</script></head><body>\
         <div id=\"app\"><h1>The ferry timetable changes</h1>\
         <p>From Monday the first ferry leaves at six, an hour earlier than before, the operator says.</p></div>\
         <script>window.render()</script></body></html>"
    )
}

#[test]
fn the_json_ld_text_is_read_when_the_page_shows_a_small_part_of_it() {
    let paragraphs = [
        "From Monday the first ferry leaves at six, an hour earlier than before, the operator says.",
        "The last crossing of the day moves to ten in the evening, so that shift workers at the port can get home.",
        "Islanders had asked for the change for two years; a petition last spring gathered more than a thousand names.",
        "The operator says the earlier start costs it a second crew, which the council has agreed to pay for until the end of next year.",
        "Cyclists keep their free places on every crossing, and the booking office on the quay will open half an hour before the first sailing.",
    ];
    let found = article("ferry.html", &drawn_page(&paragraphs.join("\n")));
    let text = &found.body;
    for p in paragraphs {
        assert!(text.contains(p), "{p} not in {text}");
    }
    // Its own HTML is read as HTML, not shown as tags.
    let html: String = paragraphs.iter().map(|p| format!("<p>{p}</p>")).collect();
    let found = article("ferry.html", &drawn_page(&html));
    assert!(found.body.contains(paragraphs[3]));
    assert!(!found.body.contains("<p>"));
}

#[test]
fn a_json_ld_text_no_longer_than_the_article_found_is_not_read() {
    assert_eq!(body_paragraphs("Short text.", "Short text."), None);
    let found = "word ".repeat(200);
    let body = "word ".repeat(300);
    assert_eq!(body_paragraphs(&body, &found), None);
    let body = "word ".repeat(500);
    assert!(body_paragraphs(&body, &found).is_some());
}
