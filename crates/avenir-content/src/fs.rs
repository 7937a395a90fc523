//! Reading an assessment directory: every `.toml` file in it, every `.ftl` file under
//! `texts/`, and the names (not the bytes) of the recordings under `audio/<lang>/`, in a stable
//! order; the CSV tables of an HSDS directory; and one file named on the command line. The only
//! I/O in this crate.
//!
//! Only what can be content is read, and only so much of it: a regular file (not a FIFO, which
//! would wait for ever, nor a device such as `/dev/zero`, which never ends), at most
//! [`MAX_FILE_BYTES`] each and [`MAX_TOTAL_BYTES`] together, in UTF-8 (a byte order mark at the
//! start is dropped, as editors on Windows write one). In a folder, a symbolic link is followed
//! only to a regular file inside that folder (and a linked `texts/` folder must be inside it
//! too): a link to a file elsewhere (`~/.ssh/id_rsa`) would have its lines printed in the
//! diagnostics, in a CI log for all to read. A file named on the command line is read wherever
//! it is: the person running the command chose it. A file that cannot be read is a coded
//! diagnostic placed in it (E0007 not UTF-8, E0008 not a regular file, E0009 too large), and
//! nothing is checked until every file can be read.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Severity, SourceFile, render_all};

/// The largest content file read: the largest today has 62 KB.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;
/// All the files of one folder together (the default content has 0.7 MB).
pub const MAX_TOTAL_BYTES: u64 = 32 * 1024 * 1024;
/// The most files read from one folder.
pub const MAX_FILES: usize = 10_000;

/// Why reading failed.
#[derive(Debug)]
pub enum ReadError {
    /// The folder (or file) named could not be listed or found: the caller's mistake.
    Io { path: String, error: std::io::Error },
    /// Files that cannot be read as content, each with its diagnostic (E0007, E0008, E0009)
    /// placed in it: `diagnostics` index `files`.
    Files { files: Vec<SourceFile>, diagnostics: Vec<Diagnostic> },
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Io { path, error } => write!(f, "cannot read {}: {error}", crate::diag::escape(path)),
            ReadError::Files { files, diagnostics } => write!(f, "{}", render_all(diagnostics, files).join("\n")),
        }
    }
}

impl std::error::Error for ReadError {}

impl From<ReadError> for std::io::Error {
    fn from(e: ReadError) -> std::io::Error {
        match e {
            ReadError::Io { error, .. } => error,
            files => std::io::Error::new(std::io::ErrorKind::InvalidData, files.to_string()),
        }
    }
}

fn io(path: &Path, error: std::io::Error) -> ReadError {
    ReadError::Io { path: path.display().to_string(), error }
}

/// Reads files, counting what they add up to, and collecting what cannot be read.
struct Reader {
    /// Symbolic links are followed only to files under this folder (canonical), if given.
    root: Option<PathBuf>,
    total: u64,
    files: Vec<SourceFile>,
    unreadable: Vec<SourceFile>,
    diagnostics: Vec<Diagnostic>,
}

impl Reader {
    fn new(root: Option<&Path>) -> Result<Reader, ReadError> {
        let root = root.map(|r| r.canonicalize().map_err(|e| io(r, e))).transpose()?;
        Ok(Reader { root, total: 0, files: Vec::new(), unreadable: Vec::new(), diagnostics: Vec::new() })
    }

    fn refuse(&mut self, path: String, text: String, code: &'static str, at: usize, message: String, hint: &str) {
        self.diagnostics.push(Diagnostic {
            code,
            severity: Severity::Error,
            file: self.unreadable.len(),
            span: at..at,
            message,
            hint: Some(hint.into()),
        });
        self.unreadable.push(SourceFile { path, text });
    }

    fn read(&mut self, path: &Path) {
        let shown = path.display().to_string();
        if self.files.len() + self.unreadable.len() >= MAX_FILES {
            if self.files.len() + self.unreadable.len() == MAX_FILES {
                let message =
                    format!("more than {MAX_FILES} files to read; `{shown}` and the others after it are not read");
                self.refuse(
                    shown,
                    String::new(),
                    "E0009",
                    0,
                    message,
                    "an assessment has a few dozen files: remove the others",
                );
            }
            return;
        }
        match self.open(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(mut text) => {
                    if text.starts_with('\u{feff}') {
                        text.drain(..'\u{feff}'.len_utf8());
                    }
                    self.files.push(SourceFile { path: shown, text });
                }
                Err(e) => {
                    let at = e.utf8_error().valid_up_to();
                    let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
                    let message = format!("`{shown}` is not UTF-8 text");
                    let hint = "save the file as UTF-8 (in most editors: \"Save as…\", encoding \"UTF-8\")";
                    self.refuse(shown, text, "E0007", at, message, hint);
                }
            },
            Err((code, message, hint)) => self.refuse(shown, String::new(), code, 0, message, hint),
        }
    }

    /// The bytes of a regular file within the limits, or why not (code, message, hint).
    fn open(&mut self, path: &Path) -> Result<Vec<u8>, (&'static str, String, &'static str)> {
        let shown = path.display();
        let link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
        let not_a_file = |what: String| {
            let hint = "give the file itself: content is read from regular files only (a symbolic link only to \
                        a file in the same folder)";
            ("E0008", format!("`{shown}` {what}"), hint)
        };
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(_) if link => {
                return Err(not_a_file(
                    "is a symbolic link that leads to no file: a loop of links, or to nothing".into(),
                ));
            }
            Err(e) => return Err(not_a_file(format!("cannot be read ({e})"))),
        };
        if !meta.is_file() {
            return Err(not_a_file(format!("is {}, not a file", kind(&meta))));
        }
        if let Some(root) = &self.root {
            let target = path.canonicalize().map_err(|e| not_a_file(format!("cannot be read ({e})")))?;
            if !target.starts_with(root) {
                return Err(not_a_file(format!("leads to `{}`, outside the folder", target.display())));
            }
        }
        let too_large = |size: String| {
            let message = format!("`{shown}` has {size}; a content file has at most {} MB", MAX_FILE_BYTES >> 20);
            ("E0009", message, "split it into several files, or remove what is not content")
        };
        if meta.len() > MAX_FILE_BYTES {
            return Err(too_large(megabytes(meta.len())));
        }
        let together = || {
            let message =
                format!("with `{shown}`, the files read have more than {} MB together", MAX_TOTAL_BYTES >> 20);
            ("E0009", message, "an assessment's files have a few megabytes at most: remove what is not content")
        };
        if self.total + meta.len() > MAX_TOTAL_BYTES {
            return Err(together());
        }
        let file = std::fs::File::open(path).map_err(|e| not_a_file(format!("cannot be read ({e})")))?;
        // Checked again on the file opened, in case it was swapped for something else.
        if !file.metadata().is_ok_and(|m| m.is_file()) {
            return Err(not_a_file("is not a file".into()));
        }
        let mut bytes = Vec::new();
        file.take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| not_a_file(format!("cannot be read ({e})")))?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(too_large(format!("more than {}", megabytes(MAX_FILE_BYTES))));
        }
        if self.total + bytes.len() as u64 > MAX_TOTAL_BYTES {
            return Err(together());
        }
        self.total += bytes.len() as u64;
        Ok(bytes)
    }

    fn finish(self) -> Result<Vec<SourceFile>, ReadError> {
        if self.diagnostics.is_empty() {
            Ok(self.files)
        } else {
            Err(ReadError::Files { files: self.unreadable, diagnostics: self.diagnostics })
        }
    }
}

fn megabytes(bytes: u64) -> String {
    format!("{}.{} MB", bytes >> 20, ((bytes & 0xF_FFFF) * 10) >> 20)
}

fn kind(meta: &std::fs::Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if t.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    "something else"
}

/// The entries of a folder whose names `keep`, in name order.
fn list(dir: &Path, keep: impl Fn(&Path) -> bool) -> Result<Vec<PathBuf>, ReadError> {
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| io(dir, e))? {
        let p = entry.map_err(|e| io(dir, e))?.path();
        if keep(&p) {
            paths.push(p);
        }
    }
    paths.sort();
    Ok(paths)
}

fn has_extension(p: &Path, ext: &str) -> bool {
    p.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

pub fn read_dir(dir: &Path) -> Result<Vec<SourceFile>, ReadError> {
    let mut paths = list(dir, |p| p.extension().is_some_and(|e| e == "toml"))?;
    let texts = dir.join("texts");
    if texts.is_dir() {
        paths.extend(list(&texts, |p| p.extension().is_some_and(|e| e == "ftl"))?);
    }
    let audio = dir.join(AUDIO);
    let mut recordings = Vec::new();
    if audio.is_dir() {
        for lang in list(&audio, |p| p.is_dir())? {
            recordings.extend(list(&lang, |_| true)?);
        }
    }
    paths.sort();
    recordings.sort();
    let mut reader = Reader::new(Some(dir))?;
    for p in &paths {
        reader.read(p);
    }
    let mut files = reader.finish()?;
    // A recording is listed by name only: its bytes are copied to the site, never read here.
    files.extend(recordings.into_iter().map(|p| SourceFile { text: String::new(), path: p.display().to_string() }));
    Ok(files)
}

/// Every `.csv` file in a folder, in name order: the tables of an HSDS directory.
pub fn read_csv(dir: &Path) -> Result<Vec<SourceFile>, ReadError> {
    let paths = list(dir, |p| has_extension(p, "csv"))?;
    let mut reader = Reader::new(Some(dir))?;
    for p in &paths {
        reader.read(p);
    }
    reader.finish()
}

/// One file named on the command line (`avenir site FILE`, `avenir hsds import FILE`), with
/// the same limits; a symbolic link is followed to a regular file wherever it is.
pub fn read_file(path: &Path) -> Result<SourceFile, ReadError> {
    read_files(&[path]).map(|mut files| files.remove(0))
}

/// Files named on the command line, as [`read_file`], within [`MAX_TOTAL_BYTES`] together.
pub fn read_files(paths: &[&Path]) -> Result<Vec<SourceFile>, ReadError> {
    let mut reader = Reader::new(None)?;
    for path in paths {
        if let Err(e) = std::fs::symlink_metadata(path) {
            return Err(io(path, e));
        }
        reader.read(path);
    }
    reader.finish()
}

/// For build scripts that build the content in (avenir-web, avenir-config): the folder
/// (`$AVENIR_CONTENT`, or `assessments/default` from the crate at `manifest_dir`) and its files,
/// with Cargo's `rerun-if` lines printed, so that both build the same content.
pub fn for_build(manifest_dir: &Path) -> (std::path::PathBuf, std::io::Result<Vec<SourceFile>>) {
    let dir = std::env::var("AVENIR_CONTENT")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| manifest_dir.join("../../assessments/default"));
    println!("cargo:rerun-if-env-changed=AVENIR_CONTENT");
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed={}", dir.join("texts").display());
    let files = read_dir(&dir).map_err(std::io::Error::from);
    for f in files.iter().flatten() {
        println!("cargo:rerun-if-changed={}", f.path);
    }
    (dir, files)
}

/// The folder of an assessment with recorded texts: `audio/<lang>/<text key>.<extension>`.
pub const AUDIO: &str = "audio";

/// The kinds of recording every current browser plays (MP3, AAC in M4A, Ogg Opus or Vorbis,
/// WAV); `xtask serve` sends each with its audio type.
pub const AUDIO_EXTENSIONS: [&str; 5] = ["mp3", "m4a", "ogg", "opus", "wav"];

/// The test cases of an assessment: every `.toml` file under `DIR/tests/`.
pub fn read_tests(dir: &Path) -> Result<Vec<SourceFile>, ReadError> {
    let tests = dir.join("tests");
    if !tests.is_dir() {
        return Ok(Vec::new());
    }
    let paths = list(&tests, |p| p.extension().is_some_and(|e| e == "toml"))?;
    let mut reader = Reader::new(Some(dir))?;
    for p in &paths {
        reader.read(p);
    }
    reader.finish()
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    /// A temporary folder, removed when dropped.
    struct Temp(PathBuf);

    impl Temp {
        fn new(name: &str) -> Temp {
            let dir = std::env::temp_dir().join(format!("avenir-fs-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(dir.join("texts")).unwrap();
            std::fs::write(dir.join("a.toml"), "[assessment]\n").unwrap();
            Temp(dir)
        }
    }

    impl Drop for Temp {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    /// `read_dir`, or a failure after 20 seconds (a FIFO would make it wait for ever).
    fn read_within_time(dir: &Path) -> Result<Vec<SourceFile>, ReadError> {
        let dir = dir.to_path_buf();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || tx.send(read_dir(&dir)));
        rx.recv_timeout(std::time::Duration::from_secs(20)).expect("read_dir returns")
    }

    /// The one problem reading `dir` gives: (code, message, file).
    fn problem(dir: &Path) -> (&'static str, String, String) {
        match read_within_time(dir) {
            Err(ReadError::Files { files, diagnostics }) => {
                assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
                let d = &diagnostics[0];
                (d.code, d.message.clone(), files[d.file].path.clone())
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_link_to_an_endless_device_is_not_read() {
        let t = Temp::new("zero");
        std::os::unix::fs::symlink("/dev/zero", t.0.join("zz.toml")).unwrap();
        let (code, message, file) = problem(&t.0);
        assert_eq!(code, "E0008");
        assert!(message.contains("is a device, not a file"), "{message}");
        assert!(file.ends_with("zz.toml"));
        // Named on the command line, too.
        let Err(ReadError::Files { diagnostics, .. }) = read_file(Path::new("/dev/zero")) else { panic!() };
        assert_eq!(diagnostics[0].code, "E0008");
    }

    #[test]
    fn a_fifo_is_not_waited_for() {
        let t = Temp::new("fifo");
        let fifo = t.0.join("texts/en.ftl");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
        assert!(made.success());
        let (code, message, file) = problem(&t.0);
        assert_eq!(code, "E0008");
        assert!(message.contains("is a named pipe (FIFO), not a file"), "{message}");
        assert!(file.ends_with("texts/en.ftl"));
        let Err(ReadError::Files { diagnostics, .. }) = read_file(&fifo) else { panic!() };
        assert_eq!(diagnostics[0].code, "E0008");
    }

    #[test]
    fn files_too_large_alone_or_together_are_not_read() {
        let t = Temp::new("large");
        let big = std::fs::File::create(t.0.join("big.toml")).unwrap();
        big.set_len(MAX_FILE_BYTES + 1).unwrap();
        let (code, message, _) = problem(&t.0);
        assert_eq!(code, "E0009");
        assert!(message.contains("has 4.0 MB; a content file has at most 4 MB"), "{message}");
        std::fs::remove_file(t.0.join("big.toml")).unwrap();
        // Eight files just under the limit, and `a.toml`: the eighth is one too many.
        for i in 0..8 {
            std::fs::File::create(t.0.join(format!("part{i}.toml"))).unwrap().set_len(MAX_FILE_BYTES - 1).unwrap();
        }
        let (code, message, file) = problem(&t.0);
        assert_eq!(code, "E0009");
        assert!(message.contains("the files read have more than 32 MB together"), "{message}");
        assert!(file.ends_with("part7.toml"), "{file}");
    }

    #[test]
    fn links_are_followed_to_files_in_the_folder_only() {
        let t = Temp::new("links");
        std::fs::write(t.0.join("texts/shared.txt"), "# shared\n").unwrap();
        std::os::unix::fs::symlink(t.0.join("texts/shared.txt"), t.0.join("texts/en.ftl")).unwrap();
        let files = read_dir(&t.0).unwrap();
        assert_eq!(files.iter().find(|f| f.path.ends_with("en.ftl")).unwrap().text, "# shared\n");
        // Outside the folder: its lines would be printed in the diagnostics.
        let outside = Temp::new("links-outside");
        std::os::unix::fs::symlink(outside.0.join("a.toml"), t.0.join("secret.toml")).unwrap();
        let (code, message, _) = problem(&t.0);
        assert_eq!(code, "E0008");
        assert!(message.contains("outside the folder"), "{message}");
        std::fs::remove_file(t.0.join("secret.toml")).unwrap();
        // A loop of links, and a link to nothing.
        std::os::unix::fs::symlink("y.toml", t.0.join("x.toml")).unwrap();
        std::os::unix::fs::symlink("x.toml", t.0.join("y.toml")).unwrap();
        let Err(ReadError::Files { files, diagnostics }) = read_dir(&t.0) else { panic!() };
        assert_eq!(diagnostics.len(), 2);
        assert!(diagnostics.iter().all(|d| d.code == "E0008" && d.message.contains("leads to no file")));
        assert!(files[0].path.ends_with("x.toml") && files[1].path.ends_with("y.toml"));
    }

    #[test]
    fn text_is_utf8_and_a_byte_order_mark_is_dropped() {
        let t = Temp::new("utf8");
        std::fs::write(t.0.join("texts/en.ftl"), b"\xEF\xBB\xBFhello = Hello\n").unwrap();
        let files = read_dir(&t.0).unwrap();
        assert_eq!(files.iter().find(|f| f.path.ends_with("en.ftl")).unwrap().text, "hello = Hello\n");
        std::fs::write(t.0.join("b.toml"), b"a = 1\nname = \"caf\xE9\"\n").unwrap();
        let Err(ReadError::Files { files, diagnostics }) = read_dir(&t.0) else { panic!() };
        assert_eq!(diagnostics[0].code, "E0007");
        let rendered = crate::render(&diagnostics[0], &files);
        assert!(rendered.contains("b.toml:2:12"), "{rendered}");
    }
}
