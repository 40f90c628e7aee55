//! Phrases of boilerplate: the words by which a block's text says it is not the article's (picture credits, comment notices, related headings, calls to action, post metadata, tool labels), in the web's languages; [`super::boilerplate`] finds the blocks.

/// The most words of a heading over other articles.
const RELATED_WORDS: usize = 6;
/// How headings over other articles open (lower case).
const RELATED_OPENINGS: &[&str] = &[
    "related",
    "more from",
    "more on",
    "more about",
    "more stories",
    "more news",
    "read next",
    "read more",
    "read also",
    "also read",
    "see also",
    "recommended",
    "you may also like",
    "you might also like",
    "most read",
    "most popular",
    "popular stories",
    "top stories",
    "latest news",
    "latest stories",
    "trending",
    "lesen sie auch",
    "mehr zum thema",
    "das könnte sie auch interessieren",
    "weitere artikel",
    "à lire aussi",
    "lire aussi",
    "sur le même sujet",
    "noticias relacionadas",
    "te puede interesar",
    "lee también",
    "leggi anche",
    "zobacz też",
    "czytaj także",
    "czytaj więcej",
    "najczęściej czytane",
    "powiązane artykuły",
    "more like this",
    "next article",
    "previous article",
    "similar posts",
    "similar articles",
    "auch interessant",
    "ähnliche beiträge",
    "ähnliche artikel",
    "verwandte artikel",
    "verwandte beiträge",
    "verwandte themen",
    "zum weiterlesen",
    "weiterführende links",
    "weiterführender link",
    "weitere beiträge",
    "weitere themen",
    "mehr themen",
    "meistgelesen",
    "meistgelesene",
    "meist gelesen",
    "meistdiskutiert",
    "meistdiskutierte",
    "meist-diskutiert",
    "empfohlene beiträge",
    "empfohlene artikel",
    "das könnte dich",
    "das könnte sie",
    "schon gelesen",
    "siehe auch",
    "beiträge zum thema",
    "artikel zum thema",
    "dans la même rubrique",
    "à voir aussi",
    "à lire également",
    "veja também",
    "leia também",
    "más noticias",
    "artículos relacionados",
    "notizie correlate",
    "articoli correlati",
];
/// What may follow a one-word opening of [`RELATED_OPENINGS`] ("Related stories"): a
/// heading of the article's own goes on otherwise ("Related costs rise").
const RELATED_NOUNS: &[&str] = &[
    "stories",
    "story",
    "articles",
    "article",
    "posts",
    "news",
    "content",
    "coverage",
    "links",
    "reading",
    "topics",
    "videos",
    "for you",
    "now",
    "on",
    "artikel",
    "beiträge",
    "nachrichten",
    "themen",
];
/// The most words of a call to action.
const CALL_WORDS: usize = 25;
/// Phrases of calls to action (lower case).
const CALLS: &[&str] = &[
    "subscribe",
    "sign up",
    "signup",
    "newsletter",
    "donate",
    "follow us",
    "support our journalism",
    "support independent journalism",
    "become a member",
    "abonnieren",
    "abonnez-vous",
    "s'abonner",
    "suscríbete",
    "suscribirse",
    "iscriviti",
    "zapisz się",
    "subskrypc",
    "follow the",
    "folge uns",
    "folgen sie uns",
    "síguenos",
    "seguici",
    "jetzt spenden",
    "spenden sie",
    "jede spende",
    "jede kleine spende",
    "unterstütze uns",
    "unterstützen sie uns",
    "hazte miembro",
    "faire un don",
    "je fais un don",
    "canal de youtube",
    "canal de telegram",
];
/// The most words of a line of a post's metadata.
const POST_META_WORDS: usize = 20;
/// How a line of a post's metadata opens (lower case; then a space, a colon or the end).
const POST_META_OPENINGS: &[&str] = &[
    "this entry was posted",
    "posted by",
    "posted in",
    "filed under",
    "der beitrag wurde am",
    "dieser beitrag wurde am",
    "erstellt am",
    "veröffentlicht am",
    "aktualisiert am",
    "aktualisiert:",
    "zuletzt aktualisiert",
    "category:",
    "category :",
    "categories:",
    "kategorie:",
    "kategorien",
    "autoren:",
    "von:",
    "lesezeit",
    "publikacja:",
    "opublikowano",
    "ten tekst przeczytasz",
];
/// The words after a number that make a reading time ("4 min read").
const READING_TIMES: &[&str] = &["min read", "minute read", "minutes read", "min. read"];

/// The most words of a label of the page's tools.
const TOOL_WORDS: usize = 6;
/// Words that name a tool for the article (lower case, whole words).
const TOOLS: &[&str] = &[
    "share",
    "teilen",
    "partager",
    "compartir",
    "compartilhar",
    "condividi",
    "udostępnij",
    "print",
    "drucken",
    "imprimir",
    "imprimer",
    "stampa",
    "drukuj",
    "bewerten",
    "valora",
    "rate",
    "permalink",
    "permalien",
];
/// Words that make a label of more than one word one about the article ("Share this
/// article"), not a sentence or a heading of it ("Share prices fall").
const ARTICLE_WORDS: &[&str] = &[
    "this",
    "article",
    "story",
    "post",
    "page",
    "recipe",
    "artikel",
    "beitrag",
    "seite",
    "rezept",
    "noticia",
    "nota",
    "artículo",
    "articolo",
    "tekst",
    "diesen",
    "dieses",
];
/// The most words of a comment notice.
const NOTICE_WORDS: usize = 5;
/// Words for comments, in the languages of the web's news (lower case; a word of a
/// notice that starts with one counts: Kommentare, commentaires).
const COMMENT_WORDS: &[&str] = &[
    "comment",
    "kommentar",
    "commentaire",
    "comentario",
    "comentário",
    "commento",
    "komentarz",
    "reactie",
    "reply",
    "replies",
    "antworten",
];

/// The most words of a credit.
const CREDIT_WORDS: usize = 8;

/// Labels that open a credit, followed by a colon (lower case, compared so).
const CREDIT_LABELS: &[&str] = &[
    "foto",
    "fotos",
    "photo",
    "photos",
    "bild",
    "bilder",
    "image",
    "images",
    "credit",
    "credits",
    "quelle",
    "bildquelle",
    "fotoquelle",
    "titelbild",
    "beitragsbild",
    "crédit photo",
    "crédits photos",
    "źródło",
    "source",
    "fuente",
    "crédito",
    "créditos",
    "zdjęcie",
];

/// Picture agencies whose name in a short block makes it a credit.
const AGENCIES: &[&str] = &[
    "Shutterstock",
    "Getty Images",
    "iStock",
    "AFP",
    "Reuters",
    "AP Photo",
    "dpa",
    "Imago",
    "Unsplash",
    "Pixabay",
    "Adobe Stock",
    "PAP",
    "picture alliance",
];
/// How a credit without a colon opens (lower case): "Photo by Jane Doe".
const CREDIT_OPENINGS: &[&str] = &[
    "photo by",
    "photograph by",
    "photos by",
    "image by",
    "image via",
    "bild via",
    "foto von",
    "foto via",
];

/// Whether `text` (words with single spaces) is a few words about comments, not a
/// sentence: no comma, full stop, question or exclamation mark, or quotation mark ("No
/// comment, he said." is what someone said).
pub(crate) fn is_comment_notice(text: &str) -> bool {
    let sentence = |c: char| matches!(c, ',' | '.' | '!' | '?' | '"' | '“' | '”' | '„' | '«' | '»');
    let words: Vec<String> = text.split(' ').map(str::to_lowercase).collect();
    words.len() <= NOTICE_WORDS
        && !text.contains(sentence)
        && words.iter().any(|word| {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            COMMENT_WORDS.iter().any(|stem| word.starts_with(stem))
        })
}

/// Whether `text` (words with single spaces) heads a list of other articles: a few
/// words that open with a phrase of [`RELATED_OPENINGS`], not a sentence.
pub(crate) fn is_related_heading(text: &str) -> bool {
    let lower = text.to_lowercase();
    let lower = lower.trim_end_matches([':', '»', '>', ' ', '!', '?', '…']);
    lower.split(' ').count() <= RELATED_WORDS
        && !lower.contains(['.', ',', '?', '!', '"', '“', '”'])
        && RELATED_OPENINGS.iter().any(|opening| {
            let Some(rest) = lower.strip_prefix(opening) else {
                return false;
            };
            if rest.chars().next().is_some_and(char::is_alphanumeric) {
                return false;
            }
            let rest = rest.trim();
            opening.contains(' ')
                || rest.is_empty()
                || RELATED_NOUNS.iter().any(|noun| {
                    rest.strip_prefix(noun)
                        .is_some_and(|after| after.is_empty() || after.starts_with(' '))
                })
        })
}

/// Whether `text` (words with single spaces) is a short call to subscribe, sign up,
/// donate or follow: no quotation (what someone said), a phrase of [`CALLS`].
pub(crate) fn is_call(text: &str) -> bool {
    is_short_phrase_block(text, CALL_WORDS, CALLS)
}

/// Whether `text` (words with single spaces) is a block of at most `most` words, with no
/// quotation mark (what someone said is the article's), holding one of `phrases` (lower
/// case) at a word's start: the shape of a site's own calls and notices.
fn is_short_phrase_block(text: &str, most: usize, phrases: &[&str]) -> bool {
    let lower = text.to_lowercase();
    lower.split(' ').count() <= most
        && !lower.contains(['"', '“', '”', '„', '«', '»'])
        && phrases.iter().any(|phrase| {
            lower.match_indices(phrase).any(|(at, _)| {
                !lower[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
            })
        })
}

/// Whether `text` (words with single spaces) is a line of a post's metadata: a few
/// words opening with a phrase of [`POST_META_OPENINGS`], or a reading time.
pub(crate) fn is_post_meta(text: &str) -> bool {
    let lower = text.to_lowercase();
    if lower.split(' ').count() > POST_META_WORDS {
        return false;
    }
    let opens = POST_META_OPENINGS.iter().any(|opening| {
        lower.strip_prefix(opening).is_some_and(|rest| {
            opening.ends_with(':') || rest.is_empty() || rest.starts_with([' ', ':'])
        })
    });
    let reading_time = lower.split_once(' ').is_some_and(|(number, rest)| {
        number.parse::<u32>().is_ok() && READING_TIMES.contains(&rest)
    });
    opens || reading_time
}

/// Whether `text` (words with single spaces) labels a tool for the article: a few words,
/// one of them a tool of [`TOOLS`], and nothing else or one of [`ARTICLE_WORDS`] among
/// them ("Share prices fall" is a heading); no comma or quotation (what someone said).
pub(crate) fn is_tool_label(text: &str) -> bool {
    let lower = text.to_lowercase();
    if lower.contains([',', '"', '“', '”', '„', '«', '»']) {
        return false;
    }
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= TOOL_WORDS
        && words.iter().any(|w| TOOLS.contains(w))
        && (words.len() == 1 || words.iter().any(|w| ARTICLE_WORDS.contains(w)))
}

/// Whether `text` (words with single spaces) only credits a picture.
pub(crate) fn is_credit(text: &str) -> bool {
    let count = text.split(' ').count();
    if count > CREDIT_WORDS {
        return false;
    }
    if text.contains('©') {
        return true;
    }
    let labelled = text
        .split_once(':')
        .is_some_and(|(label, _)| CREDIT_LABELS.contains(&label.trim().to_lowercase().as_str()));
    let lower = text.to_lowercase();
    labelled
        || CREDIT_OPENINGS.iter().any(|opening| {
            lower
                .strip_prefix(opening)
                .is_some_and(|rest| rest.starts_with(' '))
        })
        || (count <= 6 && AGENCIES.iter().any(|agency| names(text, agency)))
}

/// Whether `text` holds `name` as whole words.
fn names(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        let word = |c: char| c.is_alphanumeric() || c == '-';
        !before.is_some_and(word) && !after.is_some_and(word)
    })
}

/// Text with its whitespace made single spaces, trimmed.
pub(crate) fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The most words of a notice asking to accept a site's cookies.
const CONSENT_WORDS: usize = 60;
/// How a site asks for consent to its cookies, in the web's languages (lower case): a
/// short block holding one, and no quotation, is the site's notice, not the article's.
const CONSENT_PHRASES: &[&str] = &[
    "we use cookies",
    "this site uses cookies",
    "this website uses cookies",
    "our site uses cookies",
    "our website uses cookies",
    "accept all cookies",
    "manage cookies",
    "cookie settings",
    "cookie preferences",
    "wir verwenden cookies",
    "diese website verwendet cookies",
    "cookie-einstellungen",
    "nous utilisons des cookies",
    "ce site utilise des cookies",
    "utilizamos cookies",
    "usamos cookies",
    "utilizziamo i cookie",
    "questo sito utilizza cookie",
    "we gebruiken cookies",
];

/// Whether `text` (words with single spaces) is a site's notice asking to accept its
/// cookies ("We use cookies. Accept all cookies to continue."): a short block, with no
/// quotation (what someone said about cookies is the article's), holding a phrase of
/// [`CONSENT_PHRASES`] at a word's start.
pub(crate) fn is_consent_notice(text: &str) -> bool {
    is_short_phrase_block(text, CONSENT_WORDS, CONSENT_PHRASES)
}

/// Labels of advertisements (lower case): a block that is only one is no text.
const AD_LABELS: &[&str] = &[
    "anzeige",
    "werbung",
    "advertisement",
    "advertising",
    "ad",
    "ads",
    "sponsored",
    "sponsored content",
    "gesponsert",
    "publicidad",
    "publicité",
    "pubblicità",
    "reklama",
    "annonce",
    "promoted",
];

/// Whether `text` is only the label of an advertisement ("Anzeige", "- Anzeige -",
/// "Advertisement:").
pub(crate) fn is_ad_label(text: &str) -> bool {
    let lower = text.to_lowercase();
    let label = lower.trim_matches(|c: char| !c.is_alphanumeric());
    AD_LABELS.contains(&label)
}

/// The most words of a caption that ends with its picture's credit.
const CAPTION_WORDS: usize = 40;
/// What a caption's last brackets may hold besides a credit (lower case): "(Symbolbild)".
const PICTURE_NOTES: &[&str] = &[
    "symbolbild",
    "archivbild",
    "archivfoto",
    "symbolfoto",
    "illustration",
];

/// Whether `text` (words with single spaces) is a short caption that ends with its
/// picture's credit: "The square at dawn. © AFP / Jane Doe", "Die Brücke im Nebel
/// (Foto: Jane Doe)", "Der Weg im Wald (Symbolbild)".
pub(crate) fn ends_with_credit(text: &str) -> bool {
    if text.split(' ').count() > CAPTION_WORDS {
        return false;
    }
    let trimmed = text.trim_end_matches(['.', ' ']);
    if let Some(inner) = trimmed
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once('('))
        .map(|(_, i)| i)
    {
        let inner = inner.trim();
        return PICTURE_NOTES.contains(&inner.to_lowercase().as_str())
            || (inner.contains(':') && is_credit(inner))
            || inner.starts_with('©');
    }
    text.rsplit_once('©').is_some_and(|(_, after)| {
        !after.trim().is_empty() && after.split_whitespace().count() <= CREDIT_WORDS
    })
}
