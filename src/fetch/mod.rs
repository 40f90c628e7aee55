//! Fetching an article's page from an `http`/`https` address: redirects, a time-out, a size limit, compressed bodies, the proxy variables; errors that say what happened.

use std::io::Read;
use std::sync::Arc;
use std::time::Duration;

use crate::error::{Error, Result};

/// The most bytes of a page (after decompression) that are read; a larger page is refused.
pub const MAX_BYTES: u64 = 50 * 1000 * 1000;
/// How many redirects are followed before giving up (a loop ends here too).
pub const MAX_REDIRECTS: u32 = 10;
/// How long to wait for the connection, the answer, or the next bytes of the body.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// The environment variable that sets the time-out, in seconds (decimals allowed).
pub const TIMEOUT_VARIABLE: &str = "COUNTERPOINT_TIMEOUT";
/// The User-Agent sent with every request: `counterpoint/<version>`, with the repository's
/// address when the package names one (`counterpoint/0.1.0 (+https://…)`).
pub fn user_agent() -> String {
    let version = env!("CARGO_PKG_VERSION");
    match env!("CARGO_PKG_REPOSITORY") {
        "" => format!("counterpoint/{version}"),
        repository => format!("counterpoint/{version} (+{repository})"),
    }
}
/// The Accept header: a web page, else anything (the type is then checked).
const ACCEPT: &str = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1";

/// How much a fetch may take: bytes, redirects, time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The most bytes of the body, after decompression.
    pub max_bytes: u64,
    pub max_redirects: u32,
    /// For the connection, the answer's headers, and each wait for more of the body.
    pub timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: MAX_BYTES,
            max_redirects: MAX_REDIRECTS,
            timeout: DEFAULT_TIMEOUT,
        }
    }
}

impl Limits {
    /// The default limits, with the time-out from `COUNTERPOINT_TIMEOUT` (seconds,
    /// decimals allowed) when it is set.
    ///
    /// # Errors
    /// [`Error::Usage`] when the variable is set to something other than a positive number
    /// of seconds (`abc`, `0`, `-5`): the user meant a time-out and would otherwise wait
    /// the default 30 seconds without knowing why.
    pub fn from_environment() -> Result<Limits> {
        let timeout = match std::env::var(TIMEOUT_VARIABLE) {
            Ok(value) => parse_timeout(&value)?,
            Err(std::env::VarError::NotPresent) => DEFAULT_TIMEOUT,
            Err(std::env::VarError::NotUnicode(_)) => {
                return Err(timeout_error("(not UTF-8)"));
            }
        };
        Ok(Limits {
            timeout,
            ..Limits::default()
        })
    }
}

/// The time-out `value` gives, in seconds (`30`, `2.5`); an empty value is the default.
///
/// # Errors
/// [`Error::Usage`] naming the variable and value for anything but a positive, finite
/// number of seconds.
pub fn parse_timeout(value: &str) -> Result<Duration> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(DEFAULT_TIMEOUT);
    }
    value
        .parse::<f64>()
        .ok()
        .filter(|s| s.is_finite() && *s > 0.0 && *s < 1e9)
        .map(Duration::from_secs_f64)
        .ok_or_else(|| timeout_error(value))
}

fn timeout_error(value: &str) -> Error {
    Error::Usage(format!(
        "{TIMEOUT_VARIABLE}={value}: the time-out is a number of seconds above 0 (30, 2.5); set it so, or unset it for the default {} s",
        DEFAULT_TIMEOUT.as_secs()
    ))
}

/// What kind of text a page is, from its Content-Type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A web page (text/html, application/xhtml+xml, or no type given).
    Html,
    /// Plain text or Markdown (text/plain, text/markdown): opened as a text file is.
    Text,
}

/// A fetched page: its bytes as sent (decompressed), and what the headers said of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The address asked for.
    pub url: String,
    /// The address the page came from, after redirects.
    pub final_url: String,
    pub bytes: Arc<[u8]>,
    /// The charset named by the Content-Type header, if any (lower case).
    pub charset: Option<String>,
    pub kind: Kind,
}

/// Whether a command-line argument is an address (`scheme://…`) rather than a file name.
/// An existing file of that name stays a file.
pub fn is_address(arg: &str) -> bool {
    let Some((scheme, _)) = arg.split_once("://") else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !std::path::Path::new(arg).exists()
}

/// Checks that `url` is one counterpoint fetches: `http` or `https`, with a host.
///
/// # Errors
/// [`Error::Usage`] naming the address for another scheme (`ftp://`, `file://`) or an
/// address with no host.
pub fn check_address(url: &str) -> Result<()> {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return Err(Error::Usage(format!(
            "{url}: only http:// and https:// addresses are fetched; save the page and open the file instead"
        )));
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty() || host.starts_with(':') {
        return Err(Error::Usage(format!("{url}: the address has no host")));
    }
    Ok(())
}

/// Fetches `url` within `limits`, calling `progress(received, expected)` as bytes of the
/// body arrive (`expected` from Content-Length, when sent).
///
/// # Errors
/// [`Error::Usage`] for an address that is not `http`/`https` (see [`check_address`]);
/// [`Error::Fetch`] naming the address for everything else: the host not found (DNS), the
/// connection refused or failed, TLS, a time-out, too many redirects (a loop), an HTTP
/// status other than success (with its reason, `HTTP 404 Not Found`), a body over
/// `limits.max_bytes` ("too large"), a body that is not a web page or text (a PDF, an
/// image), a damaged compressed body.
pub fn fetch(
    url: &str,
    limits: Limits,
    progress: &mut dyn FnMut(u64, Option<u64>),
) -> Result<Page> {
    check_address(url)?;
    let failed = |reason: String| Error::Fetch {
        url: url.to_string(),
        reason,
    };
    let config = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(limits.max_redirects)
        .max_redirects_will_error(true)
        .user_agent(user_agent())
        .accept(ACCEPT)
        .timeout_resolve(Some(limits.timeout))
        .timeout_connect(Some(limits.timeout))
        .timeout_recv_response(Some(limits.timeout))
        .timeout_per_read(Some(limits.timeout))
        .build();
    let agent = ureq::Agent::new_with_config(config);
    let response = agent
        .get(url)
        .call()
        .map_err(|e| failed(describe(&e, limits)))?;
    let final_url = {
        use ureq::ResponseExt;
        response.get_uri().to_string()
    };
    // After a redirect, the page that failed is the one it led to: say where that is.
    let redirected = |reason: String| match final_url != url {
        true => format!("{reason} (redirected to {final_url})"),
        false => reason,
    };
    let status = response.status();
    if !status.is_success() {
        let reason = status.canonical_reason().unwrap_or("");
        return Err(failed(redirected(
            format!("HTTP {} {reason}", status.as_u16())
                .trim_end()
                .to_string(),
        )));
    }
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let (mime, charset) = parse_content_type(&content_type);
    let kind = kind_of(&mime).map_err(|e| failed(redirected(e)))?;
    let expected = response.body().content_length();
    if let Some(length) = expected.filter(|&n| n > limits.max_bytes) {
        return Err(failed(too_large(Some(length), limits)));
    }
    let mut reader = response.into_body().into_reader();
    let mut bytes = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        let read = match reader.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(failed(describe_io(&e, limits))),
        };
        bytes.extend_from_slice(&chunk[..read]);
        if bytes.len() as u64 > limits.max_bytes {
            return Err(failed(too_large(None, limits)));
        }
        progress(bytes.len() as u64, expected);
    }
    if kind == Kind::Html && mime.is_empty() {
        sniff_not_a_page(&bytes).map_err(failed)?;
    }
    Ok(Page {
        url: url.to_string(),
        final_url,
        bytes: bytes.into(),
        charset,
        kind,
    })
}

/// A file name to save the page at `url` as: the last part of its path (`the-pier` →
/// `the-pier.html`), kept to letters, digits, `.`, `-` and `_`, else `page.html`; with
/// `-2`, `-3`, … before the extension while `taken(name)` says the name is in use.
pub fn file_name_for(url: &str, taken: impl Fn(&str) -> bool) -> String {
    let stem = stem_of(url);
    let stem = stem.as_deref().unwrap_or("page");
    let mut name = format!("{stem}.html");
    let mut n = 2;
    while taken(&name) {
        name = format!("{stem}-{n}.html");
        n += 1;
    }
    name
}

/// The name the address gives a saved page, without `.html`: the last part of its path,
/// kept to letters, digits, `.`, `-` and `_` (at most 80 characters); `None` when the
/// address has no path (`https://example.org/`) or nothing of it is left.
fn stem_of(url: &str) -> Option<String> {
    let path = url
        .split_once("://")
        .map_or(url, |(_, rest)| rest)
        .split(['?', '#'])
        .next()
        .unwrap_or_default();
    let last = path
        .split_once('/')
        .map_or("", |(_, p)| p)
        .rsplit('/')
        .find(|s| !s.is_empty())
        .unwrap_or_default();
    let mut stem: String = last
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "._-".contains(c) {
                c
            } else {
                '-'
            }
        })
        .take(80)
        .collect();
    for ext in [".html", ".htm"] {
        if let Some(s) = stem.strip_suffix(ext) {
            stem = s.to_string();
        }
    }
    let stem = stem.trim_matches(['.', '-']);
    (!stem.is_empty()).then(|| stem.to_string())
}

/// `1.2 MB of 3.4 MB`, `812 kB`.
pub fn received(got: u64, of: Option<u64>) -> String {
    let size = |n: u64| {
        if n >= 1_000_000 {
            format!("{:.1} MB", n as f64 / 1e6)
        } else {
            format!("{} kB", n.div_ceil(1000))
        }
    };
    match of {
        Some(total) => format!("{} of {}", size(got), size(total)),
        None => size(got),
    }
}

/// [`file_name_for`], with the page's `title` for a name when its address gives none
/// (`https://example.org/` titled "The Pier, Again" → `the-pier-again.html`).
pub fn file_name_for_page(url: &str, title: Option<&str>, taken: impl Fn(&str) -> bool) -> String {
    let slug: String = title
        .unwrap_or_default()
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
        .chars()
        .take(60)
        .collect();
    let slug = slug.trim_matches('-');
    if stem_of(url).is_some() || slug.is_empty() {
        return file_name_for(url, taken);
    }
    // The title stands for the address's last part.
    file_name_for(&format!("x://x/{slug}"), taken)
}

/// The page's text: the one place a fetched page's bytes become text. They are decoded
/// as a saved page's are ([`crate::article::charset::decode_page`]), with the charset
/// the Content-Type header named: a byte-order mark, then the header, then the page's
/// own `<meta>`, then UTF-8 if the bytes are UTF-8, else windows-1252. Bytes not valid
/// in the charset chosen show as U+FFFD, with a warning naming the page by its address.
pub fn page_text(page: &Page) -> crate::text::Decoded {
    let decoded = crate::article::charset::decode_page(&page.bytes, page.charset.as_deref());
    let warnings = decoded
        .replaced
        .then(|| crate::warning::Warning::Undecodable {
            file: page.url.clone(),
            encoding: decoded.encoding.name().into(),
        })
        .into_iter()
        .collect();
    crate::text::Decoded {
        text: decoded.text,
        warnings,
    }
}

/// `text/html; charset=UTF-8` → (`text/html`, `Some("utf-8")`).
fn parse_content_type(header: &str) -> (String, Option<String>) {
    let mut parts = header.split(';');
    let mime = parts.next().unwrap_or("").trim().to_ascii_lowercase();
    let charset = parts.find_map(|p| {
        let (key, value) = p.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches(['"', '\'']).to_ascii_lowercase())
            .filter(|v| !v.is_empty())
    });
    (mime, charset)
}

/// What the page is from its media type, or why it is not one to read.
fn kind_of(mime: &str) -> std::result::Result<Kind, String> {
    match mime {
        "" | "text/html" | "application/xhtml+xml" => Ok(Kind::Html),
        "text/plain" | "text/markdown" | "text/x-markdown" => Ok(Kind::Text),
        other => Err(not_a_page(other)),
    }
}

/// The reason a body of type `mime` is refused.
fn not_a_page(mime: &str) -> String {
    let what = match mime {
        "application/pdf" => "a PDF",
        m if m.starts_with("image/") => "an image",
        m if m.starts_with("video/") => "a video",
        m if m.starts_with("audio/") => "a sound",
        m if m.contains("json") => "JSON data",
        m if m.contains("xml") => "an XML document",
        _ => "not text",
    };
    format!("not a web page: {what} ({mime}); counterpoint reads HTML, Markdown and plain text")
}

/// A body sent with no type that is plainly not a page (a PDF, a PNG, a JPEG, a GIF).
fn sniff_not_a_page(bytes: &[u8]) -> std::result::Result<(), String> {
    let mime = match bytes {
        [b'%', b'P', b'D', b'F', ..] => "application/pdf",
        [0x89, b'P', b'N', b'G', ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [b'G', b'I', b'F', b'8', ..] => "image/gif",
        _ => return Ok(()),
    };
    Err(not_a_page(mime))
}

fn too_large(length: Option<u64>, limits: Limits) -> String {
    let mb = |n: u64| n as f64 / 1_000_000.0;
    match length {
        Some(n) => format!(
            "too large: {:.1} MB, over the limit of {:.0} MB",
            mb(n),
            mb(limits.max_bytes)
        ),
        None => format!(
            "too large: over the limit of {:.0} MB",
            mb(limits.max_bytes)
        ),
    }
}

/// What went wrong, in words, from ureq's error.
fn describe(error: &ureq::Error, limits: Limits) -> String {
    use ureq::Error as E;
    match error {
        E::HostNotFound => "the host was not found (DNS)".into(),
        E::ConnectionFailed => "the connection failed".into(),
        E::Timeout(what) => format!(
            "timed out after {} s ({what}); {TIMEOUT_VARIABLE} sets the time-out in seconds",
            limits.timeout.as_secs_f64()
        ),
        E::TooManyRedirects => format!(
            "too many redirects (more than {}): the address redirects in a loop?",
            limits.max_redirects
        ),
        E::RedirectFailed => "a redirect could not be followed".into(),
        E::Tls(why) => format!("TLS: {why}"),
        E::Rustls(why) => format!("TLS: {why}"),
        E::Io(io) => describe_io(io, limits),
        E::BadUri(why) => format!("not a valid address: {why}"),
        E::Decompress(how, why) => format!("the {how} body could not be decompressed: {why}"),
        E::BodyExceedsLimit(_) => too_large(None, limits),
        E::ConnectProxyFailed(why) => format!("the proxy refused the connection: {why}"),
        E::InvalidProxyUrl => {
            "the proxy variable (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY) is not a valid address".into()
        }
        other => other.to_string(),
    }
}

/// What went wrong, in words, from an I/O error (which may carry ureq's own).
fn describe_io(error: &std::io::Error, limits: Limits) -> String {
    use std::io::ErrorKind as K;
    if let Some(inner) = error
        .get_ref()
        .and_then(|e| e.downcast_ref::<ureq::Error>())
    {
        return describe(inner, limits);
    }
    let said = error.to_string();
    // The system resolver's failure comes as a plain I/O error with its own words.
    if said.contains("lookup address") || said.contains("not known") {
        return format!("the host was not found (DNS): {said}");
    }
    match error.kind() {
        K::ConnectionRefused => "the connection was refused (is the server running?)".into(),
        K::ConnectionReset | K::ConnectionAborted => "the server closed the connection".into(),
        K::TimedOut | K::WouldBlock => format!(
            "timed out after {} s; {TIMEOUT_VARIABLE} sets the time-out in seconds",
            limits.timeout.as_secs_f64()
        ),
        K::UnexpectedEof => "the server closed the connection before the page ended".into(),
        _ => said,
    }
}

#[cfg(test)]
mod tests;
