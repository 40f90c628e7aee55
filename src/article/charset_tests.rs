use super::*;

/// A page holding `body`, with `head` in its head.
fn page(head: &str, body: &[u8]) -> Vec<u8> {
    let mut bytes =
        format!("<!DOCTYPE html><html><head>{head}<title>T</title></head><body><p>").into_bytes();
    bytes.extend_from_slice(body);
    bytes.extend_from_slice(b"</p></body></html>");
    bytes
}

const WORDS: &str = "Der Bürgermeister sagte, die Brücke sei sicher — für alle.";

#[test]
fn a_family_of_legacy_pages_decodes_by_what_they_declare() {
    // latin-1 (which the web reads as windows-1252), in both forms of declaration.
    let latin1: Vec<u8> = WORDS
        .chars()
        .map(|c| {
            if c == '—' {
                b'-'
            } else {
                u8::try_from(u32::from(c)).unwrap()
            }
        })
        .collect();
    let plain = WORDS.replace('—', "-");
    for head in [
        r#"<meta charset="iso-8859-1">"#,
        "<meta charset=latin1>",
        r#"<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1">"#,
        r#"<meta content='text/html;charset="iso-8859-1"' http-equiv=content-type />"#,
    ] {
        let decoded = decode_page(&page(head, &latin1), None);
        assert!(decoded.text.contains(&plain), "{head}: {}", decoded.text);
        assert_eq!(decoded.from, CharsetFrom::Meta, "{head}");
        assert!(!decoded.replaced);
    }
    // windows-1252: the dash and curly quotes are its own bytes (0x97, 0x93, 0x94).
    let (cp1252, _, _) = WINDOWS_1252.encode("„Ja“ — sagte er");
    let decoded = decode_page(&page(r#"<meta charset="windows-1252">"#, &cp1252), None);
    assert!(decoded.text.contains("„Ja“ — sagte er"), "{}", decoded.text);
    // shift_jis, a multi-byte charset.
    let japanese = "市長は橋が安全だと述べた。";
    let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(japanese);
    let decoded = decode_page(&page(r#"<meta charset="Shift_JIS">"#, &sjis), None);
    assert_eq!(decoded.encoding, encoding_rs::SHIFT_JIS);
    assert!(decoded.text.contains(japanese), "{}", decoded.text);
}

#[test]
fn a_byte_order_mark_wins_over_any_declaration() {
    let text = String::from_utf8(page(r#"<meta charset="iso-8859-1">"#, WORDS.as_bytes())).unwrap();
    for (bom, units) in [
        (
            &[0xFF, 0xFE][..],
            text.encode_utf16()
                .flat_map(u16::to_le_bytes)
                .collect::<Vec<_>>(),
        ),
        (
            &[0xFE, 0xFF][..],
            text.encode_utf16().flat_map(u16::to_be_bytes).collect(),
        ),
        (&[0xEF, 0xBB, 0xBF][..], text.as_bytes().to_vec()),
    ] {
        let bytes = [bom, &units].concat();
        let decoded = decode_page(&bytes, Some("iso-8859-1"));
        assert_eq!(decoded.from, CharsetFrom::Bom);
        assert_eq!(decoded.text, text, "{:?}", decoded.encoding);
    }
}

#[test]
fn the_header_wins_over_the_page_and_a_utf16_meta_means_utf8() {
    let (cp1252, _, _) = WINDOWS_1252.encode(WORDS);
    let bytes = page(r#"<meta charset="utf-8">"#, &cp1252);
    let decoded = decode_page(&bytes, Some("windows-1252"));
    assert_eq!(
        (decoded.from, decoded.encoding),
        (CharsetFrom::Header, WINDOWS_1252)
    );
    assert!(decoded.text.contains(WORDS));
    let decoded = decode_page(&page(r#"<meta charset="utf-16">"#, WORDS.as_bytes()), None);
    assert_eq!(decoded.encoding, UTF_8);
    assert!(decoded.text.contains(WORDS));
}

#[test]
fn bytes_overrule_a_wrong_declaration() {
    // Declared latin-1 but written in UTF-8 (a converted page that kept its old
    // declaration): UTF-8, not mojibake (Ã¼).
    let decoded = decode_page(
        &page(r#"<meta charset="iso-8859-1">"#, WORDS.as_bytes()),
        None,
    );
    assert_eq!(
        (decoded.encoding, decoded.from),
        (UTF_8, CharsetFrom::Guess)
    );
    assert!(decoded.text.contains(WORDS), "{}", decoded.text);
    // Declared latin-1 and pure ASCII: the declaration stands (nothing contradicts it).
    let decoded = decode_page(&page(r#"<meta charset="iso-8859-1">"#, b"plain"), None);
    assert_eq!(decoded.encoding, WINDOWS_1252);
    // Declared UTF-8 but latin-1 throughout: windows-1252.
    let (cp1252, _, _) = WINDOWS_1252.encode(WORDS);
    let decoded = decode_page(&page(r#"<meta charset="utf-8">"#, &cp1252), None);
    assert_eq!(decoded.encoding, WINDOWS_1252);
    assert!(decoded.text.contains(WORDS));
    // UTF-8 with one stray byte stays UTF-8, the byte shown as U+FFFD.
    let mut stray = WORDS.as_bytes().to_vec();
    stray.push(0xE9);
    let decoded = decode_page(&page("", &stray), None);
    assert_eq!(decoded.encoding, UTF_8);
    assert!(decoded.replaced);
    assert!(decoded.text.contains(&format!("{WORDS}\u{FFFD}")));
}

#[test]
fn undeclared_pages_are_utf8_when_they_can_be_else_windows_1252() {
    let decoded = decode_page(&page("", WORDS.as_bytes()), None);
    assert_eq!(
        (decoded.encoding, decoded.from),
        (UTF_8, CharsetFrom::Guess)
    );
    let (cp1252, _, _) = WINDOWS_1252.encode(WORDS);
    let decoded = decode_page(&page("", &cp1252), None);
    assert_eq!(decoded.encoding, WINDOWS_1252);
    assert!(decoded.text.contains(WORDS));
    assert!(!decoded.replaced);
}

#[test]
fn nul_bytes_and_crlf_are_tidied() {
    let decoded = decode_page(b"<p>a\0b</p>\r\n<p>c</p>", None);
    assert_eq!(decoded.text, "<p>ab</p>\n<p>c</p>");
}

#[test]
fn the_prescan_passes_over_comments_other_tags_and_quoted_brackets() {
    let find = |html: &str| prescan(html.as_bytes()).map(Encoding::name);
    assert_eq!(
        find(r#"<!-- <meta charset="koi8-r"> --><meta charset="gbk">"#),
        Some("GBK")
    );
    assert_eq!(
        find(r#"<div title="<meta charset=koi8-r>"><meta charset=euc-jp>"#),
        Some("EUC-JP")
    );
    assert_eq!(
        find(r#"<meta name="x" content="charset=koi8-r"><p>"#),
        None,
        "not http-equiv"
    );
    assert_eq!(find(r#"<meta charset="no-such-charset">"#), None);
    assert_eq!(find("<metadata charset=koi8-r>"), None, "not a meta tag");
    assert_eq!(find("<meta charset=koi8-r"), Some("KOI8-R"), "cut short");
    let late = format!(
        "<script>{}</script><meta charset=koi8-r>",
        "x".repeat(PRESCAN_BYTES)
    );
    assert_eq!(find(&late), None, "beyond the prescan");
}

#[test]
fn charset_parameters_are_read_quoted_or_not() {
    assert_eq!(charset_parameter("text/html; charset=UTF-8"), Some("UTF-8"));
    assert_eq!(
        charset_parameter("text/html;charset=\"shift_jis\"; x=y"),
        Some("shift_jis")
    );
    assert_eq!(
        charset_parameter("text/html; CHARSET = latin1 "),
        Some("latin1")
    );
    assert_eq!(charset_parameter("text/html"), None);
    assert_eq!(charset_parameter("text/html; charset="), None);
}

proptest::proptest! {
    #[test]
    fn any_bytes_decode_without_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..600)) {
        let decoded = decode_page(&bytes, None);
        proptest::prop_assert!(!decoded.text.contains('\0'));
    }

    #[test]
    fn any_meta_soup_prescans_without_panic(html in "(<meta|<!--|-->|<|>|=|\"|'| |charset|http-equiv|content|utf-8|a)*") {
        let _ = prescan(html.as_bytes());
    }
}
