//! A small HTTP/1.1 server on the loopback address, started by a test and answering from a
//! table the test gives; nothing in the suite reaches the network.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How the server answers one request.
pub enum Reply {
    /// A status line's code and reason, headers, and a body (Content-Length is added).
    Page {
        status: &'static str,
        headers: Vec<(&'static str, String)>,
        body: Vec<u8>,
    },
    /// Waits this long before answering with the page.
    Slow(Duration, Box<Reply>),
    /// `200 OK` with `bytes` bytes of HTML sent in pieces, with no Content-Length (the
    /// end is the connection's close).
    Endless { bytes: usize },
}

impl Reply {
    /// `200 OK`, `text/html; charset=utf-8`, with `body`.
    pub fn html(body: &str) -> Reply {
        Reply::typed("text/html; charset=utf-8", body.as_bytes())
    }

    /// `200 OK` with this Content-Type and body.
    pub fn typed(content_type: &str, body: &[u8]) -> Reply {
        Reply::Page {
            status: "200 OK",
            headers: vec![("Content-Type", content_type.to_string())],
            body: body.to_vec(),
        }
    }

    /// A `302 Found` to `location`.
    pub fn redirect(location: &str) -> Reply {
        Reply::Page {
            status: "302 Found",
            headers: vec![("Location", location.to_string())],
            body: Vec::new(),
        }
    }

    /// `404 Not Found`.
    pub fn not_found() -> Reply {
        Reply::Page {
            status: "404 Not Found",
            headers: vec![("Content-Type", "text/html".into())],
            body: b"<h1>Not here</h1>".to_vec(),
        }
    }
}

/// A running server: its address, and the requests it has had (each request's head, as
/// sent). It stops answering when dropped (its thread ends with the test process).
pub struct Server {
    pub base: String,
    pub requests: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// Starts a server answering each request's path (`/page`) with `route(path)`.
    pub fn start(route: impl Fn(&str) -> Reply + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let base = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let seen = requests.clone();
        let route = Arc::new(route);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (route, seen) = (route.clone(), seen.clone());
                std::thread::spawn(move || {
                    let _ = answer(stream, &*route, &seen);
                });
            }
        });
        Server { base, requests }
    }

    /// The address of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// How many requests asked for `path`.
    pub fn hits(&self, path: &str) -> usize {
        let line = format!("GET {path} ");
        self.requests
            .lock()
            .unwrap()
            .iter()
            .filter(|r| r.starts_with(&line))
            .count()
    }
}

fn answer(
    stream: TcpStream,
    route: &dyn Fn(&str) -> Reply,
    seen: &Mutex<Vec<String>>,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut head = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" {
            break;
        }
        head.push_str(&line);
    }
    let path = head.split(' ').nth(1).unwrap_or("/").to_string();
    seen.lock().unwrap().push(head);
    send(stream, route(&path))
}

fn send(mut stream: TcpStream, reply: Reply) -> std::io::Result<()> {
    match reply {
        Reply::Page {
            status,
            headers,
            body,
        } => {
            let mut out = format!("HTTP/1.1 {status}\r\nConnection: close\r\n");
            for (name, value) in headers {
                out.push_str(&format!("{name}: {value}\r\n"));
            }
            out.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
            stream.write_all(out.as_bytes())?;
            stream.write_all(&body)?;
        }
        Reply::Slow(wait, reply) => {
            std::thread::sleep(wait);
            return send(stream, *reply);
        }
        Reply::Endless { bytes } => {
            stream.write_all(
                b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/html\r\n\r\n<html><body>",
            )?;
            let piece = b"<p>More words, and more.</p>\n".repeat(1000);
            let mut sent = 0;
            while sent < bytes {
                stream.write_all(&piece)?;
                sent += piece.len();
            }
        }
    }
    stream.flush()
}

/// `data` as a gzip stream of stored (uncompressed) deflate blocks: a valid gzip body
/// without a compressor.
pub fn gzip(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
    let chunks: Vec<&[u8]> = data.chunks(65_535).collect();
    for (i, chunk) in chunks.iter().enumerate() {
        out.push(u8::from(i + 1 == chunks.len()));
        let len = chunk.len() as u16;
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(chunk);
    }
    if chunks.is_empty() {
        out.extend_from_slice(&[1, 0, 0, 0xff, 0xff]);
    }
    out.extend_from_slice(&crc32(data).to_le_bytes());
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}
