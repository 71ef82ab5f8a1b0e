//! A small std-only HTTP server for `dist/` on 127.0.0.1 that behaves like a static host
//! with an SPA fallback, and can be told to fail in the ways real hosts and networks do.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::Duration;

#[derive(Debug, Clone)]
pub enum Fault {
    /// Answer with this HTTP status and a plain-text body.
    Status(u16),
    /// Answer 200 with index.html, as an SPA fallback does for a missing file.
    HtmlPage,
    /// Send only the first half of the real file.
    Truncated,
    /// Send text that is not JSON.
    Malformed,
    /// Send JSON of the wrong shape.
    WrongShape,
    /// Close the connection without answering.
    Drop,
    /// Answer correctly, but only after a delay.
    Delay(Duration),
    /// Answer correctly, but only once the test opens the gate ([`Server::release`]).
    Hold(Gate),
    /// Answer with this JSON instead of the real file.
    Json(String),
    /// Answer with this JavaScript instead of the real file (a new deploy's service worker).
    Script(String),
    /// Answer with this WebAssembly instead of the real file.
    Wasm(Vec<u8>),
}

/// A gate that held requests wait at until it opens.
#[derive(Debug, Clone, Default)]
pub struct Gate(Arc<(Mutex<bool>, Condvar)>);

impl Gate {
    fn wait(&self) {
        let (open, opened) = &*self.0;
        let mut open = open.lock().unwrap();
        while !*open {
            open = opened.wait(open).unwrap();
        }
    }

    fn open(&self) {
        let (open, opened) = &*self.0;
        *open.lock().unwrap() = true;
        opened.notify_all();
    }
}

type Faults = Arc<Mutex<HashMap<String, Fault>>>;
type Requests = Arc<Mutex<HashMap<String, usize>>>;

pub struct Server {
    pub port: u16,
    faults: Faults,
    requests: Requests,
    answered: Requests,
}

impl Server {
    pub fn start(root: PathBuf) -> Server {
        Server::start_under(root, "")
    }

    /// Serves `root` at the sub-path `mount` (`/sub`), as a host serving the site from a
    /// folder does: nothing answers outside it.
    pub fn start_under(root: PathBuf, mount: &'static str) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().unwrap().port();
        let faults: Faults = Arc::default();
        let requests: Requests = Arc::default();
        let answered: Requests = Arc::default();
        let (shared, counted, sent) = (faults.clone(), requests.clone(), answered.clone());
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let root = root.clone();
                let (faults, requests, answered) = (shared.clone(), counted.clone(), sent.clone());
                thread::spawn(move || {
                    let _ = serve(stream, &root, mount, &faults, &requests, &answered);
                });
            }
        });
        Server {
            port,
            faults,
            requests,
            answered,
        }
    }

    /// How many requests for `path` the server has had.
    pub fn requests(&self, path: &str) -> usize {
        self.requests
            .lock()
            .unwrap()
            .get(path)
            .copied()
            .unwrap_or_default()
    }

    /// How many requests for `path` the server has answered in full with the real file.
    pub fn answered(&self, path: &str) -> usize {
        self.answered
            .lock()
            .unwrap()
            .get(path)
            .copied()
            .unwrap_or_default()
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// Fails requests for `path` with `fault`; the path `*` fails every request that has
    /// no fault of its own (`Fault::Drop` there is the network cut).
    pub fn fail(&self, path: &str, fault: Fault) {
        self.faults.lock().unwrap().insert(path.to_string(), fault);
    }

    /// Holds every request for `path` unanswered until [`Server::release`].
    pub fn hold(&self, path: &str) {
        self.fail(path, Fault::Hold(Gate::default()));
    }

    /// Answers the requests held for `path`, and those still to come, with the real file.
    pub fn release(&self, path: &str) {
        if let Some(Fault::Hold(gate)) = self.faults.lock().unwrap().remove(path) {
            gate.open();
        }
    }

    pub fn heal(&self) {
        let mut faults = self.faults.lock().unwrap();
        for fault in faults.values() {
            if let Fault::Hold(gate) = fault {
                gate.open();
            }
        }
        faults.clear();
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript",
        "wasm" => "application/wasm",
        "css" => "text/css",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "woff2" => "font/woff2",
        "ogg" => "audio/ogg",
        "mp3" => "audio/mpeg",
        "txt" => "text/plain; charset=utf-8",
        "epub" => "application/epub+zip",
        _ => "application/octet-stream",
    }
}

fn respond(
    stream: &mut TcpStream,
    status: u16,
    content_type: &str,
    body: &[u8],
) -> std::io::Result<()> {
    write!(
        stream,
        "HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    stream.write_all(body)?;
    stream.flush()
}

fn serve(
    mut stream: TcpStream,
    root: &Path,
    mount: &str,
    faults: &Faults,
    requests: &Requests,
    answered: &Requests,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" {
            break;
        }
    }
    let target = request_line.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/").to_string();
    *requests.lock().unwrap().entry(path.clone()).or_default() += 1;
    let fault = {
        let faults = faults.lock().unwrap();
        faults.get(&path).or_else(|| faults.get("*")).cloned()
    };
    let inside = match path.strip_prefix(mount) {
        Some(inside) if inside.is_empty() || inside.starts_with('/') => inside,
        _ => return respond(&mut stream, 404, "text/plain", b"not found"),
    };
    let file = root.join(inside.trim_start_matches('/'));
    let real = || std::fs::read(&file);
    match fault {
        Some(Fault::Status(code)) => {
            return respond(
                &mut stream,
                code,
                "text/plain",
                b"failure injected by the test",
            )
        }
        Some(Fault::HtmlPage) => {
            return respond(
                &mut stream,
                200,
                "text/html; charset=utf-8",
                &std::fs::read(root.join("index.html"))?,
            )
        }
        Some(Fault::Truncated) => {
            let body = real()?;
            return respond(
                &mut stream,
                200,
                "application/json",
                &body[..body.len() / 2],
            );
        }
        Some(Fault::Malformed) => {
            return respond(
                &mut stream,
                200,
                "application/json",
                b"{\"title\": \"Half a",
            )
        }
        Some(Fault::WrongShape) => {
            return respond(
                &mut stream,
                200,
                "application/json",
                br#"{"pages": [1, 2, 3], "ok": true}"#,
            )
        }
        Some(Fault::Drop) => return Ok(()),
        Some(Fault::Json(body)) => {
            return respond(&mut stream, 200, "application/json", body.as_bytes())
        }
        Some(Fault::Script(body)) => {
            return respond(&mut stream, 200, "text/javascript", body.as_bytes())
        }
        Some(Fault::Wasm(body)) => return respond(&mut stream, 200, "application/wasm", &body),
        Some(Fault::Delay(delay)) => thread::sleep(delay),
        Some(Fault::Hold(gate)) => gate.wait(),
        None => {}
    }
    if path.contains("..") {
        return respond(&mut stream, 404, "text/plain", b"not found");
    }
    if file.is_file() {
        respond(&mut stream, 200, content_type(&file), &real()?)?;
        *answered.lock().unwrap().entry(path).or_default() += 1;
        return Ok(());
    }
    // A folder with an index.html is served as static hosts serve it.
    let index = file.join("index.html");
    if index.is_file() {
        return respond(
            &mut stream,
            200,
            content_type(&index),
            &std::fs::read(&index)?,
        );
    }
    // Like a static host's SPA fallback: unknown routes get the app, missing files get 404.
    let last = path.rsplit('/').next().unwrap_or("");
    if last.contains('.') {
        respond(&mut stream, 404, "text/plain", b"not found")
    } else {
        respond(
            &mut stream,
            200,
            "text/html; charset=utf-8",
            &std::fs::read(root.join("index.html"))?,
        )
    }
}
