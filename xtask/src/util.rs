//! Paths of the repository and running external commands.
//!
//! Every external tool is started through [`tool`], whose `PATH` puts cargo's bin directory
//! (where `cargo install` puts wasm-bindgen and wasm-pack) and `tests/e2e/node_modules/.bin`
//! (npm's wasm-opt) first, so that a tool installed a moment ago by `setup` is found even when
//! the calling shell's `PATH` does not list those directories.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Errors are messages for a person: what failed, the command, and what to do.
pub type Result<T = ()> = std::result::Result<T, String>;

/// The workspace root (the parent of `xtask/`).
pub fn repo_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf()
}

/// `tests/e2e/`: the end-to-end tests and the npm packages (wasm-opt, playwright-core, axe).
pub fn e2e_dir() -> PathBuf {
    repo_root().join("tests").join("e2e")
}

/// Where `cargo install` puts binaries: `$CARGO_HOME/bin`, else `~/.cargo/bin`.
pub fn cargo_bin_dir() -> Option<PathBuf> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")))?;
    Some(home.join("bin"))
}

/// The cargo that runs us (cargo sets `$CARGO`), else `cargo` from `PATH`.
pub fn cargo() -> Command {
    tool(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// A command for `program`, looked up on `PATH` with the project's tool directories first.
pub fn tool(program: impl AsRef<OsStr>) -> Command {
    let mut dirs: Vec<PathBuf> = cargo_bin_dir().into_iter().collect();
    dirs.push(e2e_dir().join("node_modules").join(".bin"));
    dirs.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
    let mut command = Command::new(program);
    if let Ok(path) = std::env::join_paths(dirs) {
        command.env("PATH", path);
    }
    command
}

/// Runs `command` with the terminal as its input and output; fails unless it exits with 0.
/// `hint` tells the reader what to do when it fails.
pub fn run(command: &mut Command, hint: &str) -> Result {
    let shown = show(command);
    println!("$ {shown}");
    let status = command.status().map_err(|e| format!("could not start `{shown}`: {e}\n  {hint}"))?;
    if status.success() { Ok(()) } else { Err(format!("`{shown}` failed ({status})\n  {hint}")) }
}

/// The trimmed standard output of `command` if it ran and exited with 0; `None` otherwise
/// (not installed, or broken). For probes such as `wasm-pack --version`.
pub fn probe(command: &mut Command) -> Option<String> {
    let output = command.stdin(Stdio::null()).stderr(Stdio::null()).output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
}

/// A command line as a person would type it (directory and environment left out).
pub fn show(command: &Command) -> String {
    let words: Vec<OsString> = std::iter::once(command.get_program().to_os_string())
        .chain(command.get_args().map(OsStr::to_os_string))
        .collect();
    words.iter().map(|word| word.to_string_lossy()).collect::<Vec<_>>().join(" ")
}

/// `path` relative to the repository root, for messages.
pub fn relative(path: &Path) -> String {
    path.strip_prefix(repo_root()).unwrap_or(path).display().to_string()
}
