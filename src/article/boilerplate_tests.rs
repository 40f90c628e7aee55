use super::*;
use dom_query::Document;

/// The text left of `html` after pruning, blocks on lines, and the kinds removed.
fn pruned(html: &str) -> (String, Vec<Kind>) {
    let document = Document::fragment(html);
    let kinds = prune(&document.root());
    let rich = crate::article::html::render(&document.root().html());
    let blocks: Vec<&str> = rich
        .paragraphs
        .iter()
        .map(|p| &rich.body[p.range.clone()])
        .collect();
    (blocks.join("\n"), kinds)
}

const PROSE: &str =
    "<p>The council voted on Monday to close the old bridge until the repairs are done.</p>";

#[test]
fn teasers_of_other_articles_go() {
    for teaser in [
        r#"<p>Read more: <a href="/b">Engineers doubt the bridge repairs</a></p>"#,
        r#"<p><strong>Lea también:</strong> <a href="/c">El puente cerrado hasta mayo</a></p>"#,
        r#"<li><a href="/d">Ten years of the bridge in pictures</a></li>"#,
        r#"<div><a href="/e">Where the money for the bridge went »</a></div>"#,
    ] {
        let (text, kinds) = pruned(&format!("{PROSE}{teaser}"));
        assert_eq!(kinds, [Kind::Teaser], "{teaser}");
        assert_eq!(
            text,
            "The council voted on Monday to close the old bridge until the repairs are done."
        );
    }
}

#[test]
fn links_in_sentences_stay() {
    for kept in [
        // A link in a sentence: more than a label around it.
        r#"<p>The <a href="/r">inspectors' report</a> was published on Friday by the ministry of transport.</p>"#,
        // A link of two words with a label is a name, not a teaser.
        r#"<p>Ask <a href="/m">the ministry</a></p>"#,
        // Two links: a list of places, not one teaser.
        r#"<p>See <a href="/a">the bridge report</a> and <a href="/b">the road report</a></p>"#,
        // Long: prose with one link.
        &format!(
            r#"<p><a href="/x">{}</a></p>"#,
            "a long linked sentence ".repeat(12)
        ),
    ] {
        let (_, kinds) = pruned(kept);
        assert_eq!(kinds, [], "{kept}");
    }
}

#[test]
fn picture_credits_and_captions_go() {
    for credit in [
        "<p>Foto: Jane Doe</p>",
        "<p>Photo : Courier archive</p>",
        "<span>© 2021 Jane Doe</span>",
        "<p>AFP / JOHN SMITH</p>",
        "<small>TebNad/Shutterstock.com</small>",
    ] {
        let (text, kinds) = pruned(&format!("{PROSE}{credit}"));
        assert_eq!(kinds, [Kind::Credit], "{credit}");
        assert!(!text.contains('\n'), "{credit}: {text}");
    }
    let (text, kinds) = pruned(&format!(
        "<figure><img src=\"b.jpg\"><figcaption>The bridge in May. Photo: Jane Doe</figcaption></figure>{PROSE}"
    ));
    assert_eq!(kinds, [Kind::Caption]);
    assert!(text.starts_with("The council"), "{text}");
}

#[test]
fn notices_asking_for_cookies_go_and_sentences_about_cookies_stay() {
    for notice in [
        "<div>We use cookies. Accept all cookies to continue.</div>",
        "<p>This website uses cookies to improve your experience. <a href=\"/p\">Cookie policy</a></p>",
        "<div><span>Wir verwenden Cookies.</span> <button>Alle akzeptieren</button></div>",
        "<p>Nous utilisons des cookies pour mesurer l'audience.</p>",
        "<div>Manage cookie preferences</div>",
    ] {
        let (text, kinds) = pruned(&format!("{notice}{PROSE}"));
        assert_eq!(kinds, [Kind::Notice], "{notice}");
        assert!(!text.to_lowercase().contains("cookie"), "{text}");
    }
    // A class or id that names the notice, whatever its words.
    let (_, kinds) = pruned(&format!(
        "<div class=\"cookie\">Fine print about this site.</div>{PROSE}"
    ));
    assert_eq!(kinds, [Kind::Notice]);
    for kept in [
        "<p>The regulator said sites that use cookies to track readers must ask first.</p>",
        "<p>“We use cookies like everyone else,” the company's lawyer told the court.</p>",
        "<p>The bakery sold 4,000 cookies on its first day.</p>",
    ] {
        let (_, kinds) = pruned(kept);
        assert_eq!(kinds, [], "{kept}");
    }
}

#[test]
fn notices_about_comments_go_and_sentences_about_them_stay() {
    for notice in [
        "<p>Keine Kommentare</p>",
        "<div>View Comments (12)</div>",
        "<h3>Leave a comment:</h3>",
        "<p>Commentaires fermés</p>",
    ] {
        let (_, kinds) = pruned(&format!("{PROSE}{notice}"));
        assert_eq!(kinds, [Kind::CommentNotice], "{notice}");
    }
    for kept in [
        "<p>The minister declined to comment on the report when asked on Monday.</p>",
        "<p>No comment, he said.</p>",
        "<p>“No comment.”</p>",
    ] {
        let (_, kinds) = pruned(kept);
        assert_eq!(kinds, [], "{kept}");
    }
}

#[test]
fn sentences_that_mention_agencies_or_sources_stay() {
    for kept in [
        "<p>Reuters reported on Monday that the bridge had been closed since May.</p>",
        "<p>The source of the figures is the ministry's report of May.</p>",
        "<p>Source code: published under the MIT licence on the council's site, with its tests.</p>",
        "<p>The dpa-Bericht</p>",
    ] {
        let (_, kinds) = pruned(kept);
        assert_eq!(kinds, [], "{kept}");
    }
}

#[test]
fn related_headings_go_with_their_lists_of_links() {
    for related in [
        r#"<h3>Related</h3><ul><li><a href="/a">Bridge closed again</a></li><li><a href="/b">Tolls rise</a></li></ul>"#,
        r#"<h2>More from the Courier:</h2><p><a href="/c">Ferries at capacity</a> | <a href="/d">New tram line</a></p>"#,
        r#"<h4>Lesen Sie auch</h4><ul><li><a href="/e">Die Brücke bleibt zu</a></li></ul>"#,
    ] {
        let (text, kinds) = pruned(&format!(
            "{PROSE}{related}<p>The repairs will cost four million euros, the council said.</p>"
        ));
        assert_eq!(kinds, [Kind::Related], "{related}");
        assert_eq!(
            text,
            "The council voted on Monday to close the old bridge until the repairs are done.\n\
             The repairs will cost four million euros, the council said.",
            "{related}"
        );
    }
    for kept in [
        // A heading of the article's own that opens with one of the words.
        "<h3>Related costs of the closure rise</h3>",
        "<h2>Trending upward, slowly</h2>",
        "<h3>Recommendations of the inspectors</h3>",
        "<p>More from the ministry is expected on Friday, when the report is published.</p>",
    ] {
        let (_, kinds) = pruned(kept);
        assert_eq!(kinds, [], "{kept}");
    }
}

#[test]
fn calls_to_subscribe_or_donate_go_and_sentences_about_them_stay() {
    for call in [
        "<p>Sign up for our morning newsletter</p>",
        "<div>Subscribe now: the first month is free.</div>",
        "<p>Support our journalism. Donate today!</p>",
        "<h3>Follow us on social media</h3>",
        "<p>Jetzt abonnieren</p>",
    ] {
        let (text, kinds) = pruned(&format!("{PROSE}{call}"));
        assert_eq!(kinds, [Kind::CallToAction], "{call}");
        assert!(!text.contains('\n'), "{call}: {text}");
    }
    for kept in [
        "<p>“Sign up before Friday,” the mayor urged residents on Monday.</p>",
        &format!(
            "<p>The council's newsletter {}</p>",
            "reported the closure to every household in the town ".repeat(3)
        ),
        "<p>The unsubscribed residents were not told.</p>",
    ] {
        let (_, kinds) = pruned(kept);
        assert_eq!(kinds, [], "{kept}");
    }
}

#[test]
fn related_headings_in_more_languages_and_forms_go() {
    for heading in [
        "<h3>Ähnliche Beiträge</h3>",
        "<span>Das könnte Sie auch interessieren!</span>",
        "<h2>Meistgelesene Artikel</h2>",
        "<h4>Dans la même rubrique</h4>",
        "<h3>Siehe auch:</h3>",
        "<p><strong>Schon gelesen?</strong></p>",
    ] {
        let (text, kinds) = pruned(&format!("{PROSE}{heading}"));
        assert_eq!(kinds, [Kind::Related], "{heading}");
        assert!(!text.contains('\n'), "{heading}: {text}");
    }
    for kept in [
        "<h2>Auch interessanter ist die Frage nach den Kosten</h2>",
        "<h3>Meistgelesen war der Bericht über die Brücke, sagte er.</h3>",
        "<h3>Siehe auch die Karte unten, sagte der Ingenieur.</h3>",
    ] {
        let (_, kinds) = pruned(kept);
        assert_eq!(kinds, [], "{kept}");
    }
}

#[test]
fn labels_of_the_pages_tools_go_and_headings_about_shares_stay() {
    for label in [
        "<p>Diesen Artikel teilen</p>",
        "<div>Share</div>",
        "<span>Drucken:</span>",
        "<p>Valora esta noticia</p>",
        "<h4>Share this story:</h4>",
        "<p>Möchten Sie den Artikel teilen?</p>",
    ] {
        let (text, kinds) = pruned(&format!("{PROSE}{label}"));
        assert_eq!(kinds, [Kind::Tools], "{label}");
        assert!(!text.contains('\n'), "{label}: {text}");
    }
    for kept in [
        "<h2>Share prices fall</h2>",
        "<h3>Rate rises</h3>",
        "<p>Print runs were cut by half.</p>",
        "<p>“Share it,” she said of the report.</p>",
    ] {
        let (_, kinds) = pruned(kept);
        assert_eq!(kinds, [], "{kept}");
    }
}

#[test]
fn calls_to_donate_or_follow_in_more_languages_go() {
    for call in [
        "<p>Jede kleine Spende hilft uns</p>",
        "<p>Folgen Sie uns auf Instagram</p>",
        "<div>¡Mira lo que tiene nuestro canal de YouTube!</div>",
        "<p>Je fais un don</p>",
        "<p>Follow the Courier on social media</p>",
    ] {
        let (_, kinds) = pruned(&format!("{PROSE}{call}"));
        assert_eq!(kinds, [Kind::CallToAction], "{call}");
    }
    for kept in [
        "<p>The donation was made by the mayor's family in May, the council said.</p>",
        "<p>The following day the bridge was closed again.</p>",
    ] {
        let (_, kinds) = pruned(kept);
        assert_eq!(kinds, [], "{kept}");
    }
}

#[test]
fn credits_without_a_colon_and_more_labels_go() {
    for credit in [
        "<p>Titelbild: Jane Doe</p>",
        "<small>Photo by Jane Doe</small>",
        "<span>aja/PAP</span>",
        "<p>Crédits photos : Jane Doe</p>",
    ] {
        let (_, kinds) = pruned(&format!("{PROSE}{credit}"));
        assert_eq!(kinds, [Kind::Credit], "{credit}");
    }
    for kept in [
        "<p>Photo by photo, the exhibition traces the bridge's history across a century of storms.</p>",
        "<p>The PAPers were filed.</p>",
    ] {
        let (_, kinds) = pruned(kept);
        assert_eq!(kinds, [], "{kept}");
    }
}

#[test]
fn lines_of_a_posts_metadata_go_and_sentences_about_posting_stay() {
    for line in [
        "<p>This entry was posted in News and tagged bridge.</p>",
        "<div>Aktualisiert am 3. Mai 2021</div>",
        "<span>Kategorie: Verkehr</span>",
        "<p>4 min read</p>",
        "<p>Von:</p>",
        "<small>Posted by Jane Doe</small>",
    ] {
        let (text, kinds) = pruned(&format!("{PROSE}{line}"));
        assert_eq!(kinds, [Kind::PostMeta], "{line}");
        assert!(!text.contains('\n'), "{line}: {text}");
    }
    for kept in [
        "<p>Posted bail of ten thousand euros, the engineer was released on Monday.</p>",
        "<p>Von Berlin aus fuhr der Zug weiter.</p>",
        "<p>4 minutes later the bridge closed.</p>",
        &format!(
            "<p>Erstellt am Montag {}</p>",
            "wurde der Plan der Ingenieure ".repeat(5)
        ),
    ] {
        let (_, kinds) = pruned(kept);
        assert_eq!(kinds, [], "{kept}");
    }
}

#[test]
fn parts_whose_class_names_boilerplate_go() {
    for (part, kind) in [
        (
            r#"<p class="wp-caption-text">The old bridge at dawn, before the repairs began</p>"#,
            Kind::Caption,
        ),
        (
            r#"<span class="photo-credits">Jane Doe / Harbour Agency</span>"#,
            Kind::Credit,
        ),
        (
            r#"<div class="post-meta">Tuesday, by the newsroom</div>"#,
            Kind::PostMeta,
        ),
        (
            r#"<p class="ad-disclosure">We may receive a fee when you buy through our links.</p>"#,
            Kind::Notice,
        ),
        (
            r#"<div id="editorial-disclaimer"><p>The views here are the author's own.</p></div>"#,
            Kind::Notice,
        ),
        (
            r#"<span class="post-ratings">(No ratings yet)</span>"#,
            Kind::Tools,
        ),
        (
            r#"<h3 class="respond-title">Write a reply</h3>"#,
            Kind::CommentNotice,
        ),
    ] {
        let (text, kinds) = pruned(&format!("{PROSE}{part}"));
        assert_eq!(kinds, [kind], "{part}");
        assert_eq!(
            text, "The council voted on Monday to close the old bridge until the repairs are done.",
            "{part}"
        );
    }
}

#[test]
fn parts_whose_class_names_boilerplate_but_hold_the_article_stay() {
    let long = "<p>The engineers found the old piers sound and the deck worn, so the council will replace the deck first and leave the piers.</p>".repeat(6);
    for kept in [
        // Long: the part of the page that holds the article, not a line beside it.
        format!(r#"<div class="entry-content share-wrap">{long}</div>"#),
        // A modifier: the header has sharing buttons, it is not them.
        r#"<header class="article-header has-sharing"><p>The bridge reopens in May, the council says.</p></header>"#.to_string(),
        // Words set apart inside a sentence are the sentence's.
        r#"<p><span class="date">KOBE</span> – The council voted to close the old bridge until the repairs are done.</p>"#.to_string(),
        // A data table keeps its cells.
        r#"<table><tr><td class="date">4 May</td><td>Bridge closes</td></tr></table>"#.to_string(),
        // A live ticker's entries are the article (class "comment" is not a mark).
        r#"<div class="live-comment"><p>The bridge closes at noon.</p></div>"#.to_string(),
    ] {
        let (_, kinds) = pruned(&kept);
        assert_eq!(kinds, [], "{kept}");
    }
}

#[test]
fn lines_of_a_date_alone_go_and_dates_in_sentences_stay() {
    for line in [
        "<p>23.10.2018</p>",
        "<p>3:59 PM</p>",
        "<p>January 10, 2020 9:00AM (UTC)</p>",
        "<p>7. Oktober 2020</p>",
        "<div>16 marca 2021</div>",
        "<p>Stand: 05. Februar 2020</p>",
        "<p>Publiziert: 03.04.2020, 12:35</p>",
        "<p><time>Tuesday 4 May 2021, 09:30</time></p>",
    ] {
        let (text, kinds) = pruned(&format!("{PROSE}{line}"));
        assert_eq!(kinds, [Kind::PostMeta], "{line}");
        assert_eq!(
            text, "The council voted on Monday to close the old bridge until the repairs are done.",
            "{line}"
        );
    }
    for kept in [
        // A date inside a sentence, set in bold.
        "<p>The tax rises on <strong>1 January 2022</strong> for cigarettes.</p>",
        // A year alone heads a part of a chronology.
        "<h3>1989</h3>",
        // Words besides the date.
        "<p>12 May 2020: the bridge closes</p>",
    ] {
        let (_, kinds) = pruned(kept);
        assert_eq!(kinds, [], "{kept}");
    }
}

#[test]
fn labels_of_advertisements_go_and_sentences_about_them_stay() {
    for label in [
        "<p>Anzeige</p>",
        "<center>- Anzeige -</center>",
        "<p>Advertisement:</p>",
        "<small>Publicidad</small>",
    ] {
        let (_, kinds) = pruned(&format!("{PROSE}{label}"));
        assert_eq!(kinds, [Kind::Notice], "{label}");
    }
    let (_, kinds) = pruned("<p>The advertisement ran for a week before the council objected.</p>");
    assert_eq!(kinds, []);
}

#[test]
fn captions_that_end_with_their_credit_go_and_sentences_with_brackets_stay() {
    for caption in [
        "<p>The square at dawn. © AFP / Jane Doe</p>",
        "<p>Die Brücke im Nebel (Foto: Jane Doe)</p>",
        "<div>Der Weg durch den Wald ist gesperrt (Symbolbild).</div>",
        "<p>The quay after the storm (Credit: Harbour Agency)</p>",
    ] {
        let (_, kinds) = pruned(&format!("{PROSE}{caption}"));
        assert_eq!(kinds, [Kind::Caption], "{caption}");
    }
    for kept in [
        "<p>The council (which met on Monday) voted to close the bridge.</p>",
        "<p>The mayor spoke last (at nine).</p>",
    ] {
        let (_, kinds) = pruned(kept);
        assert_eq!(kinds, [], "{kept}");
    }
}
