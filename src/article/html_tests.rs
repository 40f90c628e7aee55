use super::*;

fn blocks(rich: &Rich) -> Vec<&str> {
    rich.paragraphs
        .iter()
        .map(|p| &rich.body[p.range.clone()])
        .collect()
}

#[test]
fn html_becomes_blocks_styles_and_links() {
    let rich = render(
        "<div><h2>Part</h2><p>Some <em>very</em>\n   <b>bold</b> words and a <a href=\"https://x.org/a\">link</a>.</p>\
         <blockquote><p>Quoted.</p></blockquote><ol start=\"4\"><li>four</li><li><p>five</p></li></ol>\
         <pre>line one\n  line two\n</pre><script>var x = 1;</script><p>Last<br>line</p></div>",
    );
    assert_eq!(
        blocks(&rich),
        [
            "Part",
            "Some very bold words and a link.",
            "Quoted.",
            "four",
            "five",
            "line one\n  line two",
            "Last\nline"
        ]
    );
    assert_eq!(rich.paragraphs[0].kind, ParagraphKind::Heading);
    assert_eq!(rich.paragraphs[2].lead.quote_depth, 1);
    assert_eq!(rich.paragraphs[4].lead.marker.as_deref(), Some("5. "));
    assert_eq!(rich.paragraphs[5].kind, ParagraphKind::Code);
    assert_eq!(rich.links[0].url, "https://x.org/a");
    assert_eq!(&rich.body[rich.links[0].range.clone()], "link");
}

#[test]
fn a_page_with_no_article_shows_its_visible_text() {
    let hours = "<html><head><title>Opening hours</title><style>p{}</style></head><body>\
        <nav><a href=\"/\">Home</a></nav><div>Open <b>daily</b></div><script>var x;</script>\
        <ul><li>Mon 9–5</li></ul><form><button>Go</button></form></body></html>";
    let a = whole_page("hours.html", hours);
    assert!(a.whole_page);
    assert_eq!(a.meta.title.as_deref(), Some("Opening hours"));
    let rich = Rich {
        body: a.body.clone(),
        paragraphs: a.paragraphs.clone(),
        ..Rich::default()
    };
    assert_eq!(blocks(&rich), ["Open daily", "Mon 9–5"]);
    // A page whose text is all inside a <noscript> left open.
    let wrapped = whole_page(
        "w.html",
        "<html><body><noscript><div id=\"nojs\"></noscript><div><p>The park's bears had a record year.</p></div></body></html>",
    );
    assert_eq!(wrapped.body, "The park's bears had a record year.");
    // Readability finds nothing: the page's text, here none (navigation is left out).
    let empty = article("empty.html", "<html><body><nav>Home</nav></body></html>");
    assert!(empty.whole_page && empty.paragraphs.is_empty());
    let empty = article("nothing.html", "");
    assert!(empty.whole_page && empty.paragraphs.is_empty());
    // A page with an article is not marked.
    let found = article(
        "p.html",
        &page(None, &format!("<p>{LEDE}</p><p>{SECOND}</p><p>{THIRD}</p>")),
    );
    assert!(!found.whole_page);
}

fn page(description: Option<&str>, body: &str) -> String {
    let meta = description
        .map(|d| format!("<meta name=\"description\" content=\"{d}\">"))
        .unwrap_or_default();
    format!(
        "<html><head><title>The bridge</title>{meta}</head><body><article><h1>The bridge</h1>{body}</article></body></html>"
    )
}

const LEDE: &str = "The minister said on Tuesday that the old bridge over the river, closed since the spring floods, is entirely safe for traffic again.";
const SECOND: &str = "Engineers who inspected it in May wrote that two of its piers had lost much of their footing, and that repairs would take a year.";
const THIRD: &str = "The ministry has not published the inspection report, which a court ordered it to release in full by the end of the month.";

#[test]
fn a_summary_that_repeats_one_of_the_first_paragraphs_is_not_shown() {
    let with_break = LEDE.replacen("bridge ", "bridge<br>", 1);
    let body = format!("<p>{with_break}</p><p>{SECOND}</p><p>{THIRD}</p>");
    let cases = [
        // No description: the excerpt is the first paragraph, read without its <br>.
        (None, body.clone()),
        (Some(LEDE), body.clone()),
        // The description repeats the second paragraph, after a photo credit.
        (
            Some(SECOND),
            format!(
                "<p>Photo: Jane Doe for the Courier, all rights held.</p><p>{LEDE}</p><p>{SECOND}</p><p>{THIRD}</p>"
            ),
        ),
        (
            Some(THIRD),
            format!("<p>{LEDE}</p><p>{SECOND}</p><p>{THIRD}</p>"),
        ),
        // Cut short, spaced differently, in other case.
        (
            Some(&SECOND[..70]),
            format!(
                "<p>{LEDE}</p><p>{}</p><p>{THIRD}</p>",
                SECOND.to_uppercase().replace(' ', "  ")
            ),
        ),
    ];
    for (description, body) in cases {
        let a = article("p.html", &page(description, &body));
        assert_eq!(a.meta.dek, None, "{description:?}");
        assert!(a.body.contains("bridge"), "{description:?}");
    }
    // A summary of its own is shown.
    let own = "Closed since the floods, the bridge reopens as engineers warn.";
    let a = article(
        "p.html",
        &page(
            Some(own),
            &format!("<p>{LEDE}</p><p>{SECOND}</p><p>{THIRD}</p>"),
        ),
    );
    assert_eq!(a.meta.dek.as_deref(), Some(own));
}

#[test]
fn line_breaks_scripts_and_quotations_are_kept() {
    let rich = render(
        "<p>the bridge<br>is safe</p><p>2<sup>80</sup> keys, 10<sup>6</sup> users, CO<sub>2</sub>, \
         the 5<sup>th</sup>, a note<sup><a href=\"#n1\">12</a></sup>, <q>quoted</q>.</p>",
    );
    assert_eq!(
        blocks(&rich),
        [
            "the bridge\nis safe",
            "2⁸⁰ keys, 10⁶ users, CO₂, the 5^th, a note¹², “quoted”."
        ]
    );
}

#[test]
fn data_tables_are_aligned_and_layout_tables_are_blocks() {
    let rich = render(
        "<table><caption>Shares</caption><thead><tr><th>Country</th><th>Share</th></tr></thead>\
         <tbody><tr><td>France</td><td><b>12.5%</b></td></tr><tr><td>Germany</td><td>3%</td></tr></tbody></table>\
         <table><tr><td><p>A column of the page.</p></td><td><p>Another.</p></td></tr></table>",
    );
    assert_eq!(
        blocks(&rich),
        [
            "Shares",
            "Country │ Share\nFrance  │ 12.5%\nGermany │ 3%",
            "A column of the page.",
            "Another."
        ]
    );
    assert_eq!(rich.paragraphs[1].kind, ParagraphKind::Table);
    let styled: Vec<(&str, InlineStyle)> = rich
        .styles
        .iter()
        .map(|s| (&rich.body[s.range.clone()], s.style))
        .collect();
    assert_eq!(
        styled,
        [
            ("Country", InlineStyle::Strong),
            ("Share", InlineStyle::Strong),
            ("12.5%", InlineStyle::Strong)
        ]
    );
}

#[test]
fn the_title_loses_its_site_name_and_the_date_is_a_day() {
    let cases = [
        (
            "The bridge reopens | The Courier",
            Some("The Courier"),
            "The bridge reopens",
        ),
        (
            "The Courier - The bridge reopens",
            Some("the courier"),
            "The bridge reopens",
        ),
        (
            "The bridge reopens – Courier",
            Some("Courier"),
            "The bridge reopens",
        ),
        // The site's name inside the title, or no site: as it is.
        (
            "Courier strike: the bridge reopens",
            Some("Courier"),
            "Courier strike: the bridge reopens",
        ),
        (
            "The bridge reopens | Local",
            None,
            "The bridge reopens | Local",
        ),
        ("The Courier", Some("The Courier"), "The Courier"),
        // A separator in the title itself stays.
        (
            "Bridge - a history | Courier",
            Some("Courier"),
            "Bridge - a history",
        ),
    ];
    for (title, site, shown) in cases {
        assert_eq!(title_without_site(title, site, &[]), shown, "{title}");
    }
    // No site named: the page's own heading (`og:title`, `<h1>`) says which side is the
    // article's, at either end, with any separator and with more than one part beside
    // it; a heading that is no side, or the whole title, leaves it as it is.
    let heading = vec!["Port deal  questioned".to_string()];
    let headed = [
        (
            "Port deal questioned | The Terminal Gazette",
            "Port deal questioned",
        ),
        (
            "The Terminal Gazette - Port deal questioned",
            "Port deal questioned",
        ),
        ("port deal questioned — Gazette", "port deal questioned"),
        (
            "Port deal questioned :: Gazette :: News",
            "Port deal questioned",
        ),
        ("Port deal questioned", "Port deal questioned"),
        (
            "Harbour deal questioned | Gazette",
            "Harbour deal questioned | Gazette",
        ),
    ];
    for (title, shown) in headed {
        assert_eq!(title_without_site(title, None, &heading), shown, "{title}");
    }
    // A site's logo set as the page's `<h1>`, alone or beside the article's: the longer
    // side is the title.
    let logo = vec!["The Gazette".to_string()];
    let both = vec![
        "The Gazette".to_string(),
        "Port deal questioned".to_string(),
    ];
    for headings in [&logo, &both] {
        assert_eq!(
            title_without_site("Port deal questioned | The Gazette", None, headings),
            "Port deal questioned"
        );
        assert_eq!(
            title_without_site("The Gazette » Port deal questioned", None, headings),
            "Port deal questioned"
        );
    }
    // A site named that is neither side: the heading still decides.
    assert_eq!(
        title_without_site(
            "Port deal questioned | TG Online",
            Some("Gazette"),
            &heading
        ),
        "Port deal questioned"
    );
    assert_eq!(page_date("2021-01-12T09:30:00+01:00"), "2021-01-12");
    assert_eq!(page_date(" 2021-01-12 "), "2021-01-12");
    assert_eq!(page_date("12 January 2021"), "12 January 2021");
    assert_eq!(
        page_date("Tue, 12 Jan 2021 09:30"),
        "Tue, 12 Jan 2021 09:30"
    );
}

#[test]
fn the_header_of_a_page_names_title_site_byline_and_day() {
    let page = format!(
        "<html><head><title>The bridge reopens | The Courier</title>\
         <meta property=\"og:site_name\" content=\"The Courier\">\
         <meta name=\"author\" content=\"Jane Doe\">\
         <meta property=\"article:published_time\" content=\"2021-01-12T09:30:00+01:00\">\
         </head><body><article><p>{LEDE}</p><p>{SECOND}</p><p>{THIRD}</p></article></body></html>"
    );
    let a = article("p.html", &page);
    assert_eq!(a.meta.title.as_deref(), Some("The bridge reopens"));
    assert_eq!(a.meta.outlet.as_deref(), Some("The Courier"));
    assert_eq!(a.meta.byline.as_deref(), Some("Jane Doe"));
    assert_eq!(a.meta.date.as_deref(), Some("2021-01-12"));
    assert_eq!(a.meta.dek, None, "the summary is the opening of the body");
}

/// A page that names no site: its own `<h1>` says which side of `<title>` is the
/// article's; a notice asking to accept cookies, before the article and outside it, is
/// not its first paragraph.
#[test]
fn a_page_without_a_site_name_keeps_its_heading_and_loses_its_cookie_notice() {
    for notice in [
        "<div class=\"cookie\">We use cookies. Accept all cookies to continue.</div>",
        "<div class=\"banner\"><p>We use cookies. Accept all cookies to continue.</p></div>",
        "<p>We use cookies. Accept all cookies to continue.</p>",
    ] {
        let page = format!(
            "<html><head><title>Port deal questioned | The Terminal Gazette</title></head>\
             <body>{notice}<article><h1>Port deal questioned</h1>\
             <p>{LEDE}</p><p>{SECOND}</p><p>{THIRD}</p></article></body></html>"
        );
        let a = article("p.html", &page);
        assert_eq!(
            a.meta.title.as_deref(),
            Some("Port deal questioned"),
            "{notice}"
        );
        assert!(!a.body.contains("cookies"), "{notice}: {}", a.body);
        assert!(
            !a.meta
                .dek
                .as_deref()
                .unwrap_or_default()
                .contains("cookies"),
            "{notice}: {:?}",
            a.meta.dek
        );
        assert!(a.body.contains(&LEDE[..20]), "{notice}: {}", a.body);
    }
}

#[test]
fn bylines_lose_their_by() {
    for (byline, names) in [
        ("By Jane Doe", "Jane Doe"),
        ("  par Jean Dupont ", "Jean Dupont"),
        ("Von: Max Muster", "Max Muster"),
        ("Jane Doe", "Jane Doe"),
        // A name that is the word alone, or a name that opens with it, stays.
        ("By", "By"),
        ("Byron Keats", "Byron Keats"),
    ] {
        assert_eq!(super::byline_without_by(byline), names, "{byline}");
    }
}

/// A page whose byline opens its article (a paragraph of its own, with or without a
/// class that names it, with the date or a role beside the name): the header shows the
/// byline, and neither the body nor the header's summary repeats its line. A sentence
/// that names the author, a longer paragraph opening with "By", and a byline of
/// someone else stay.
#[test]
fn the_bylines_own_line_is_not_repeated_under_the_header() {
    let story = "<p>The council voted on Tuesday night to approve a plan to dredge the inner harbor, \
                 ending a debate that has split the waterfront for three years.</p>\
                 <p>Mayor Lena Ortiz said the project would pay for itself within a decade, and \
                 her aides said the vote was a turning point.</p>\
                 <p>Critics said the consultants had warned that costs could double once the \
                 work began, and asked for a review.</p>";
    for (head, byline) in [
        (
            "<meta name=\"author\" content=\"Dana Whitfield\">",
            "<p>By <span>Dana Whitfield</span> · <time>November 28, 2026</time></p>",
        ),
        (
            "<meta name=\"author\" content=\"Dana Whitfield\">",
            "<div>BY DANA WHITFIELD, Staff Writer</div>",
        ),
        (
            "<meta name=\"author\" content=\"By Dana Whitfield\">",
            "<p class=\"credit-line\">Par Dana Whitfield</p>",
        ),
    ] {
        let page = format!(
            "<html><head><title>Harbor</title>{head}</head><body><article><h1>Harbor plan approved</h1>\
             {byline}{story}</article></body></html>"
        );
        let article = article("a.html", &page);
        assert_eq!(
            article.meta.byline.as_deref(),
            Some("Dana Whitfield"),
            "{byline}"
        );
        assert!(
            !article.body.to_lowercase().contains("dana whitfield"),
            "{byline}: {}",
            article.body
        );
        assert!(
            article
                .meta
                .dek
                .as_deref()
                .is_none_or(|d| !d.to_lowercase().contains("dana whitfield")),
            "{byline}: {:?}",
            article.meta.dek
        );
    }
    // What stays: a sentence naming the author, a long paragraph opening with "By", and
    // someone else's byline.
    for kept in [
        "<p>Dana Whitfield, who covered the harbor for a decade, said the vote surprised her.</p>",
        "<p>By the time Dana Whitfield arrived at the meeting, the council had already voted on \
         the plan and most of the residents had gone home for the night.</p>",
        "<p>By Sam Okafor</p>",
    ] {
        let page = format!(
            "<html><head><title>Harbor</title><meta name=\"author\" content=\"Dana Whitfield\"></head>\
             <body><article><h1>Harbor plan approved</h1>{kept}{story}</article></body></html>"
        );
        let article = article("a.html", &page);
        let words = &kept[3..kept.len() - 4];
        let first = words
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            article.body.contains(&first)
                || article
                    .meta
                    .dek
                    .as_deref()
                    .is_some_and(|d| d.contains(&first)),
            "{kept}: {}",
            article.body
        );
    }
}
