//! A small static file server for `dist/`, with the security headers a real host should send.
//!
//! GET and HEAD only, one thread per connection, `Connection: close`. A request path is decoded
//! and checked segment by segment (`..` is refused), then the file is canonicalised and must lie
//! inside the served folder (so a symbolic link cannot lead out of it either).
//!
//! Precompressed siblings: when the request accepts `br` (or `gzip`) and `FILE.br` (or
//! `FILE.gz`) lies next to `FILE`, that is sent with `Content-Encoding`, as a production host
//! would (`cargo xtask bench` writes them; an uncompressed local server makes every page look
//! slower than it is).

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::util::Result;

/// The page's Content-Security-Policy: no origin but our own, wasm allowed, nothing inline.
/// It is `www/index.html`'s `<meta>` policy (which travels with the page to any static host)
/// plus `frame-ancestors`, which only a header can carry; a test keeps the two equal.
/// The end-to-end tests receive it as `AVENIR_CSP` and compare it with the served header.
///
/// `frame-ancestors *`: any site may embed the widget (`embed.js`, docs/embedding.md). Framing
/// opens the door to clickjacking, but nothing in the widget is a harmful single click (its
/// buttons move between questions, save on the phone or delete what was saved), and a CSO
/// that self-hosts can name its own site instead.
pub const CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
                       img-src 'self' data:; media-src 'self' blob:; connect-src 'self'; base-uri 'none'; \
                       form-action 'none'; \
                       frame-ancestors *";

/// The policy of the demo pages (`demo/`, host pages of `embed.js`): as strict as a careful
/// CSO's site can be, with `frame-src` for the widget and `connect-src` for the site's own
/// contacts file.
pub const HOST_CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                            connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; \
                            frame-ancestors 'none'";

/// The policy of the content studio (`studio/`, docs/authoring.md): the widget's, plus
/// `worker-src` for its checker's worker and `frame-src` for the live preview, a page of its
/// own (`studio/preview.html`) that only the studio frames. Nothing but its own origin either.
pub const STUDIO_CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
                              img-src 'self' data:; media-src 'self' blob:; connect-src 'self'; worker-src 'self'; \
                              frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

/// Sent with every response, errors included, after the policy. `Access-Control-Allow-Origin`:
/// the widget's files are public, and a page embedding the widget loads `embed.js` (a module
/// script) from another origin, or, self-hosted, runs the widget in a sandboxed frame whose
/// origin is opaque: both read the files in CORS mode.
const HEADERS: [(&str, &str); 4] = [
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Cache-Control", "no-cache"),
    ("Access-Control-Allow-Origin", "*"),
];

/// The folder of the demo pages inside `dist/`.
const DEMO: &str = "/demo/";
/// The folder of the content studio inside `dist/`.
const STUDIO: &str = "/studio/";

/// Listens on 127.0.0.1:`port` (0: any free port).
pub fn bind(port: u16) -> Result<TcpListener> {
    TcpListener::bind((Ipv4Addr::LOCALHOST, port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}\n  choose another port with `--port N`"))
}

/// Serves `root` on a free port from a background thread; returns the address.
pub fn spawn(root: PathBuf) -> Result<SocketAddr> {
    let listener = bind(0)?;
    let address = listener.local_addr().map_err(|e| format!("cannot read the server's address: {e}"))?;
    std::thread::spawn(move || serve_forever(listener, root, false));
    Ok(address)
}

/// Answers every connection on `listener` with files from `root`; `log` prints one line each.
pub fn serve_forever(listener: TcpListener, root: PathBuf, log: bool) {
    for stream in listener.incoming().flatten() {
        let root = root.clone();
        std::thread::spawn(move || match handle(stream, &root, log) {
            Err(e) if log => eprintln!("  connection error: {e}"),
            _ => {}
        });
    }
}

fn handle(stream: TcpStream, root: &Path, log: bool) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Read the headers (up to a limit): only Accept-Encoding changes the answer.
    let mut header = String::new();
    let mut accepted = Vec::new();
    let mut languages = Vec::new();
    for _ in 0..100 {
        header.clear();
        if reader.read_line(&mut header)? == 0 || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.trim().eq_ignore_ascii_case("accept-encoding") {
                accepted.extend(accepted_encodings(value));
            } else if name.trim().eq_ignore_ascii_case("accept-language") {
                languages = accepted_languages(value);
            }
        }
    }

    let mut words = request_line.split_whitespace();
    let (method, target) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let mut encoding = None;
    // A folder's address is answered in the reader's language (below); a file's, never.
    let folder = target.split(['?', '#']).next().unwrap_or("").ends_with('/');
    let page = resolve(root, target)
        .filter(|_| folder)
        .and_then(|path| negotiated(&path, &languages).map(|(tag, page)| (tag, page, path)));
    let (language, resolved) = match page {
        Some((tag, page, _)) => (Some(tag), Some(page)),
        None => (None, resolve(root, target)),
    };
    let (status, content_type, body) = match method {
        "GET" | "HEAD" => match resolved.and_then(|path| Some((fs::read(&path).ok()?, path))) {
            Some((body, path)) => match precompressed(root, &path, &accepted) {
                Some((name, compressed)) => {
                    encoding = Some(name);
                    ("200 OK", mime_type(&path), compressed)
                }
                None => ("200 OK", mime_type(&path), body),
            },
            None => ("404 Not Found", "text/plain; charset=utf-8", b"Not found\n".to_vec()),
        },
        _ => ("405 Method Not Allowed", "text/plain; charset=utf-8", b"Method not allowed\n".to_vec()),
    };
    if log {
        println!("  {method} {target} {status}");
    }

    let mut response = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    if status.starts_with("405") {
        response += "Allow: GET, HEAD\r\n";
    }
    if let Some(encoding) = encoding {
        response += &format!("Content-Encoding: {encoding}\r\n");
    }
    if status.starts_with("200") {
        response += if folder { "Vary: Accept-Encoding, Accept-Language\r\n" } else { "Vary: Accept-Encoding\r\n" };
    }
    if let Some(tag) = language {
        response += &format!("Content-Language: {tag}\r\n");
    }
    let policy = if target.starts_with(DEMO) {
        HOST_CSP
    } else if target.starts_with(STUDIO) {
        STUDIO_CSP
    } else {
        CSP
    };
    response += &format!("Content-Security-Policy: {policy}\r\n");
    for (name, value) in HEADERS {
        response += &format!("{name}: {value}\r\n");
    }
    response += "\r\n";
    let mut stream = stream;
    stream.write_all(response.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(&body)?;
    }
    stream.flush()
}

/// The file under `root` that the request target names, if there is one and it is inside `root`.
/// A folder stands for its `index.html`.
fn resolve(root: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next()?.strip_prefix('/')?;
    let decoded = String::from_utf8(percent_decode(path)?).ok()?;
    let mut file = root.to_path_buf();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => {}
            ".." => return None,
            _ if segment.contains(['\\', '\0']) => return None,
            _ => file.push(segment),
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    let (file, root) = (file.canonicalize().ok()?, root.canonicalize().ok()?);
    (file.starts_with(&root) && file.is_file()).then_some(file)
}

/// For a folder's address (`…/`, answered with its `index.html`): the start page in the
/// reader's language, `index.<tag>.html` beside it, when the reader's browser prefers one of
/// the languages `index.html` lists (`<meta name="avenir-languages">`, the first being its
/// own) over the first, chosen as `lang.js` and avenir-core's `text::negotiate` choose (a
/// pseudo-locale only by its exact tag). HTTP content negotiation: the page is in the reader's
/// language at the first request, with no move through `lang.js` (two round trips fewer). A
/// host that cannot do this serves `index.html`, and `lang.js` moves the reader.
fn negotiated(path: &Path, wanted: &[String]) -> Option<(String, PathBuf)> {
    if wanted.is_empty() || path.file_name()? != "index.html" {
        return None;
    }
    let html = fs::read_to_string(path).ok()?;
    let (tags, pseudo) = page_languages(&html)?;
    let mut available: Vec<avenir_core::text::Language> = Vec::new();
    for (tag, pseudo) in tags.iter().map(|t| (t, false)).chain(pseudo.iter().map(|t| (t, true))) {
        let dir = avenir_core::text::Direction::Ltr;
        let (tag, name) = (tag.to_string(), String::new());
        available.push(avenir_core::text::Language { tag, name, dir, reviewed: false, pseudo });
    }
    let tag = avenir_core::text::negotiate(&available, wanted)?;
    let first = *tags.first()?;
    if tag == first || available.iter().any(|l| l.pseudo && l.tag == tag) {
        return None;
    }
    let page = path.with_file_name(format!("index.{tag}.html"));
    page.is_file().then(|| (tag.to_string(), page))
}

/// The languages a start page lists in `<meta name="avenir-languages">`: those with a page
/// (`index.html`'s own first, then `index.<tag>.html` for each other), and the pseudo-locales
/// (`data-pseudo`), which have none. `None` for a page without the list.
pub fn page_languages(html: &str) -> Option<(Vec<&str>, Vec<&str>)> {
    let meta = html.split("<meta name=\"avenir-languages\" content=\"").nth(1)?;
    let (tags, rest) = meta.split_once('"')?;
    let pseudo = rest.split_once("data-pseudo=\"").and_then(|(_, p)| p.split_once('"')).map_or("", |(p, _)| p);
    fn words(list: &str) -> Vec<&str> {
        list.split(' ').filter(|t| !t.is_empty()).collect()
    }
    let tags = words(tags);
    (!tags.is_empty()).then(|| (tags, words(pseudo)))
}

/// The tags of an `Accept-Language` value, most wanted first, without those refused (`q=0`).
fn accepted_languages(value: &str) -> Vec<String> {
    let mut tags: Vec<(f32, usize, String)> = value
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut pieces = part.split(';').map(str::trim);
            let tag = pieces.next().filter(|t| !t.is_empty() && *t != "*")?;
            let q = pieces.find_map(|p| p.strip_prefix("q=")).map_or(Some(1.0), |q| q.parse::<f32>().ok())?;
            (q > 0.0 && tag.len() <= 35).then(|| (q, i, tag.to_string()))
        })
        .take(20)
        .collect();
    tags.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    tags.into_iter().map(|(_, _, tag)| tag).collect()
}

/// The encodings of an `Accept-Encoding` value that we can serve, without those refused (`q=0`).
fn accepted_encodings(value: &str) -> Vec<&'static str> {
    value
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';').map(str::trim);
            let name = pieces.next()?;
            let refused =
                pieces.any(|p| p.strip_prefix("q=").is_some_and(|q| q.parse::<f32>().is_ok_and(|q| q == 0.0)));
            let known = ["br", "gzip"].into_iter().find(|known| known.eq_ignore_ascii_case(name));
            known.filter(|_| !refused)
        })
        .collect()
}

/// `FILE.br` or `FILE.gz` next to `file`, inside `root`, when the request accepts it: brotli first.
fn precompressed(root: &Path, file: &Path, accepted: &[&str]) -> Option<(&'static str, Vec<u8>)> {
    let root = root.canonicalize().ok()?;
    [("br", "br"), ("gzip", "gz")].into_iter().filter(|(name, _)| accepted.contains(name)).find_map(|(name, ext)| {
        let mut sibling = file.as_os_str().to_owned();
        sibling.push(format!(".{ext}"));
        let sibling = PathBuf::from(sibling).canonicalize().ok()?;
        sibling.starts_with(&root).then_some(())?;
        Some((name, fs::read(sibling).ok()?))
    })
}

fn percent_decode(text: &str) -> Option<Vec<u8>> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&byte, tail)) = rest.split_first() {
        if byte == b'%' {
            let hex = std::str::from_utf8(tail.get(..2)?).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            rest = &tail[2..];
        } else {
            bytes.push(byte);
            rest = tail;
        }
    }
    Some(bytes)
}

fn mime_type(path: &Path) -> &'static str {
    match path.extension().and_then(|ext| ext.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript",
        "css" => "text/css",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        // Fluent files, as the studio fetches the content's sources (`studio/content/`).
        "txt" | "ftl" => "text/plain; charset=utf-8",
        // Recordings (avenir_content::fs::AUDIO_EXTENSIONS). Ogg Opus files are `audio/ogg`
        // (RFC 7845 §9), MP3 `audio/mpeg` (RFC 3003), AAC in MP4 `audio/mp4` (RFC 4337).
        "ogg" | "opus" => "audio/ogg",
        "mp3" => "audio/mpeg",
        "m4a" => "audio/mp4",
        "wav" => "audio/wav",
        // A site's own files (contacts, programmes; HSDS tables) as the demo pages fetch them,
        // and the content's TOML files as the studio does.
        "toml" => "application/toml",
        "csv" => "text/csv; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn site() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-serve-{}", std::process::id()));
        fs::create_dir_all(dir.join("site/pkg")).unwrap();
        fs::write(dir.join("site/index.html"), "<!doctype html>").unwrap();
        fs::write(dir.join("site/pkg/app.wasm"), b"\0asm").unwrap();
        fs::create_dir_all(dir.join("site/studio/content")).unwrap();
        fs::write(dir.join("site/studio/content/contacts.toml"), "[[contact]]\n").unwrap();
        fs::write(dir.join("secret.txt"), "outside").unwrap();
        dir.join("site")
    }

    fn get(address: SocketAddr, request: &str) -> String {
        let mut stream = TcpStream::connect(address).unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        response
    }

    #[test]
    fn resolves_files_and_refuses_to_leave_the_root() {
        let root = site();
        assert!(resolve(&root, "/").unwrap().ends_with("index.html"));
        assert!(resolve(&root, "/pkg/app.wasm?v=1").unwrap().ends_with("pkg/app.wasm"));
        assert!(resolve(&root, "/pkg/%61pp.wasm").is_some());
        for bad in [
            "/../secret.txt",
            "/pkg/../../secret.txt",
            "/%2e%2e/secret.txt",
            "/..%2fsecret.txt",
            "/missing",
            "x",
            "/%zz",
        ] {
            assert_eq!(resolve(&root, bad), None, "{bad}");
        }
    }

    #[test]
    fn serves_with_mime_types_and_security_headers() {
        let address = spawn(site()).unwrap();
        let index = get(address, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        assert!(index.starts_with("HTTP/1.1 200 OK\r\n"), "{index}");
        assert!(index.contains("Content-Type: text/html; charset=utf-8\r\n"));
        assert!(index.contains(&format!("Content-Security-Policy: {CSP}\r\n")));
        assert!(index.contains("X-Content-Type-Options: nosniff\r\n"));
        assert!(index.contains("Access-Control-Allow-Origin: *\r\n"));
        assert!(index.ends_with("<!doctype html>"));
        // The demo pages are host pages: their own strict policy, which lets them frame the widget.
        let demo = get(address, "GET /demo/missing.html HTTP/1.1\r\n\r\n");
        assert!(demo.contains(&format!("Content-Security-Policy: {HOST_CSP}\r\n")) && !demo.contains(CSP), "{demo}");
        // The studio: its own policy (a worker, the preview's frame); its content's TOML files as TOML.
        let studio = get(address, "GET /studio/content/contacts.toml HTTP/1.1\r\n\r\n");
        assert!(studio.contains(&format!("Content-Security-Policy: {STUDIO_CSP}\r\n")), "{studio}");
        assert!(studio.contains("Content-Type: application/toml\r\n"), "{studio}");
        let wasm = get(address, "HEAD /pkg/app.wasm HTTP/1.1\r\n\r\n");
        assert!(wasm.contains("Content-Type: application/wasm\r\n") && wasm.ends_with("\r\n\r\n"), "{wasm}");
        let missing = get(address, "GET /../secret.txt HTTP/1.1\r\n\r\n");
        assert!(missing.starts_with("HTTP/1.1 404") && missing.contains("Referrer-Policy: no-referrer"));
        assert!(get(address, "POST / HTTP/1.1\r\n\r\n").starts_with("HTTP/1.1 405"));
    }

    #[test]
    fn recordings_and_site_files_get_their_types() {
        for ext in avenir_content::fs::AUDIO_EXTENSIONS {
            let sent = mime_type(Path::new(&format!("audio/en/question-x.{ext}")));
            assert!(sent.starts_with("audio/"), "a .{ext} recording is sent as {sent}");
        }
        for (file, sent) in [
            ("a.opus", "audio/ogg"),
            ("a.ogg", "audio/ogg"),
            ("a.mp3", "audio/mpeg"),
            ("a.m4a", "audio/mp4"),
            ("a.wav", "audio/wav"),
            ("demo/site-de.toml", "application/toml"),
            ("demo/hsds/services.csv", "text/csv; charset=utf-8"),
            ("a.unknown", "application/octet-stream"),
        ] {
            assert_eq!(mime_type(Path::new(file)), sent, "{file}");
        }
        // Over the wire too.
        let root = site();
        fs::write(root.join("contacts.toml"), "[[contact]]\n").unwrap();
        let address = spawn(root).unwrap();
        let toml = get(address, "HEAD /contacts.toml HTTP/1.1\r\n\r\n");
        assert!(toml.contains("Content-Type: application/toml\r\n"), "{toml}");
    }

    #[test]
    fn serves_precompressed_siblings_when_accepted() {
        let root = site().parent().unwrap().join("compressed");
        fs::create_dir_all(&root).unwrap();
        fs::write(root.join("app.js"), "plain").unwrap();
        fs::write(root.join("app.js.br"), "BROTLI").unwrap();
        fs::write(root.join("app.js.gz"), "GZIP").unwrap();
        fs::write(root.join("only.css"), "plain css").unwrap();
        let address = spawn(root).unwrap();
        let br = get(address, "GET /app.js HTTP/1.1\r\nAccept-Encoding: gzip, deflate, br\r\n\r\n");
        assert!(br.contains("Content-Encoding: br\r\n") && br.contains("Content-Type: text/javascript\r\n"), "{br}");
        assert!(br.contains("Vary: Accept-Encoding\r\n") && br.ends_with("BROTLI"), "{br}");
        let gz = get(address, "GET /app.js HTTP/1.1\r\naccept-encoding: gzip, br;q=0\r\n\r\n");
        assert!(gz.contains("Content-Encoding: gzip\r\n") && gz.ends_with("GZIP"), "{gz}");
        let plain = get(address, "GET /app.js HTTP/1.1\r\n\r\n");
        assert!(!plain.contains("Content-Encoding") && plain.ends_with("plain"), "{plain}");
        let css = get(address, "GET /only.css HTTP/1.1\r\nAccept-Encoding: br\r\n\r\n");
        assert!(!css.contains("Content-Encoding") && css.ends_with("plain css"), "{css}");
    }

    #[test]
    fn a_folder_is_answered_in_the_readers_language() {
        let root = site().parent().unwrap().join("languages");
        fs::create_dir_all(root.join("sub")).unwrap();
        let index = "<meta name=\"avenir-languages\" content=\"en ar fa-AF\" data-pseudo=\"en-XA\">English";
        fs::write(root.join("index.html"), index).unwrap();
        fs::write(root.join("index.ar.html"), "Arabic").unwrap();
        fs::write(root.join("index.fa-AF.html"), "Dari").unwrap();
        fs::write(root.join("sub/index.html"), index).unwrap();
        let address = spawn(root).unwrap();
        let ar = get(address, "GET / HTTP/1.1\r\nAccept-Language: ar-EG,ar;q=0.9,en;q=0.8\r\n\r\n");
        assert!(ar.ends_with("Arabic") && ar.contains("Content-Language: ar\r\n"), "{ar}");
        assert!(ar.contains("Vary: Accept-Encoding, Accept-Language\r\n"), "{ar}");
        let fa = get(address, "GET /?x HTTP/1.1\r\nAccept-Language: de;q=0.9, fa\r\n\r\n");
        assert!(fa.ends_with("Dari"), "the most wanted, by q: {fa}");
        for (wanted, why) in [
            ("en-GB,ar", "English first"),
            ("en-XA", "a pseudo-locale: the default page, as lang.js"),
            ("ar;q=0", "refused"),
            ("de", "not offered"),
        ] {
            let page = get(address, &format!("GET / HTTP/1.1\r\nAccept-Language: {wanted}\r\n\r\n"));
            assert!(page.ends_with("English") && !page.contains("Content-Language"), "{why}: {page}");
        }
        // A file's address is never negotiated (an embedding frame asks for index.html), nor a
        // folder without its language's page.
        assert!(get(address, "GET /index.html HTTP/1.1\r\nAccept-Language: ar\r\n\r\n").ends_with("English"));
        assert!(get(address, "GET /sub/ HTTP/1.1\r\nAccept-Language: ar\r\n\r\n").ends_with("English"));
    }

    #[test]
    fn header_policy_is_the_pages_meta_policy_plus_frame_ancestors() {
        let index = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../www/index.html")).unwrap();
        let meta = index
            .split("http-equiv=\"Content-Security-Policy\" content=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("www/index.html has a CSP <meta>");
        assert_eq!(CSP, format!("{meta}; frame-ancestors *"));
    }
}
