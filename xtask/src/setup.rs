//! `cargo xtask setup`: install what the build and the tests need, skipping what is present.
//!
//! Only package registries are reachable on the project's machines (see
//! `shared/TOOLCHAIN.md`), so every tool comes from one: the wasm target from rustup,
//! wasm-bindgen and wasm-pack from crates.io, wasm-opt (npm `binaryen`), playwright-core, axe
//! and puppeteer-core from npm, Chromium, Firefox ESR and Apache httpd (`apache2-bin`: the
//! server and its modules, without a service that would start) from Debian. Nothing downloads a browser
//! or a binary of its own (Playwright's own Firefox cannot be had here: the studio's Firefox test
//! drives Debian's through WebDriver BiDi with puppeteer-core).

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::util::{self, Result, probe, run, tool};

const WASM_TARGET: &str = "wasm32-unknown-unknown";
const DEFAULT_CHROMIUM: &str = "/usr/bin/chromium";
const DEFAULT_FIREFOX: &str = "/usr/bin/firefox-esr";
const DEFAULT_APACHE: &str = "/usr/sbin/apache2";

pub fn setup() -> Result {
    println!("Checking tools:");
    wasm_target()?;
    wasm_bindgen()?;
    wasm_pack()?;
    npm_packages()?;
    browser(&CHROMIUM)?;
    browser(&FIREFOX)?;
    browser(&APACHE)?;
    Ok(())
}

/// The browser for the end-to-end tests: `$CHROMIUM`, else Debian's `/usr/bin/chromium`.
pub fn chromium_path() -> PathBuf {
    CHROMIUM.path()
}

/// The Firefox of the studio's Firefox test (`studio-firefox.test.mjs`): `$FIREFOX`, else
/// Debian's `/usr/bin/firefox-esr`.
pub fn firefox_path() -> PathBuf {
    FIREFOX.path()
}

/// The Apache httpd of `apache.test.mjs`: `$APACHE2`, else Debian's `/usr/sbin/apache2`.
pub fn apache_path() -> PathBuf {
    APACHE.path()
}

/// A program the end-to-end tests run (a browser, or Apache for `apache.test.mjs`): the
/// variable naming another binary, Debian's default path, and the Debian packages that install it.
struct Browser {
    name: &'static str,
    variable: &'static str,
    default: &'static str,
    packages: &'static [&'static str],
}

impl Browser {
    fn path(&self) -> PathBuf {
        std::env::var_os(self.variable).map_or_else(|| self.default.into(), PathBuf::from)
    }
}

const CHROMIUM: Browser = Browser {
    name: "chromium",
    variable: "CHROMIUM",
    default: DEFAULT_CHROMIUM,
    packages: &["chromium", "chromium-driver"],
};
const FIREFOX: Browser =
    Browser { name: "firefox-esr", variable: "FIREFOX", default: DEFAULT_FIREFOX, packages: &["firefox-esr"] };
/// Apache httpd, which `apache.test.mjs` runs with the release's `.htaccess`.
const APACHE: Browser =
    Browser { name: "apache2", variable: "APACHE2", default: DEFAULT_APACHE, packages: &["apache2-bin"] };

fn status(tool: &str, present: bool) {
    println!("  {tool:<36} {}", if present { "ok (present)" } else { "installing…" });
}

fn wasm_target() -> Result {
    let installed = probe(tool("rustup").args(["target", "list", "--installed"]))
        .ok_or("`rustup target list --installed` failed: is rustup installed? See https://rustup.rs")?;
    let present = installed.lines().any(|line| line.trim() == WASM_TARGET);
    status(&format!("rust target {WASM_TARGET}"), present);
    if !present {
        run(tool("rustup").args(["target", "add", WASM_TARGET]), "check that rustup can reach its server")?;
    }
    Ok(())
}

fn wasm_bindgen() -> Result {
    let lock_path = util::repo_root().join("Cargo.lock");
    let lock = fs::read_to_string(&lock_path)
        .map_err(|e| format!("cannot read {}: {e}\n  run `cargo generate-lockfile`", lock_path.display()))?;
    let version = match locked_versions(&lock, "wasm-bindgen").as_slice() {
        [] => {
            println!("  {:<36} skipped (no wasm-bindgen in Cargo.lock)", "wasm-bindgen-cli");
            return Ok(());
        }
        [version] => version.clone(),
        several => {
            return Err(format!(
                "Cargo.lock holds several versions of wasm-bindgen ({}): make the workspace use one",
                several.join(", ")
            ));
        }
    };
    let installed = installed_wasm_bindgen();
    let present = installed.as_deref() == Some(version.as_str());
    status(&format!("wasm-bindgen-cli {version}"), present);
    if present {
        return Ok(());
    }
    if let Some(other) = installed {
        println!("    (found wasm-bindgen {other}; Cargo.lock wants {version})");
    }
    // Without `--locked`: the CLI's own lockfile pins a crate version the registry no longer serves.
    run(
        util::cargo().args(["install", "wasm-bindgen-cli", "--version", &version]),
        "check that crates.io is reachable; this takes about 3 minutes",
    )?;
    match installed_wasm_bindgen() {
        Some(found) if found == version => Ok(()),
        found => Err(format!(
            "after `cargo install wasm-bindgen-cli --version {version}`, `wasm-bindgen --version` gives {}\n  \
             put {} first on PATH",
            found.as_deref().unwrap_or("nothing"),
            util::cargo_bin_dir().map_or("cargo's bin directory".into(), |dir| dir.display().to_string()),
        )),
    }
}

/// The version `wasm-bindgen --version` reports ("wasm-bindgen 0.2.130 (abc123)").
fn installed_wasm_bindgen() -> Option<String> {
    let output = probe(tool("wasm-bindgen").arg("--version"))?;
    output.split_whitespace().nth(1).map(str::to_string)
}

/// Every version of the package `name` in a Cargo.lock.
fn locked_versions(lock: &str, name: &str) -> Vec<String> {
    let mut versions = Vec::new();
    let mut in_package = false;
    for line in lock.lines().map(str::trim) {
        if line.starts_with('[') {
            in_package = false;
        } else if let Some(value) = line.strip_prefix("name = ") {
            in_package = value.trim_matches('"') == name;
        } else if let Some(value) = line.strip_prefix("version = ").filter(|_| in_package) {
            versions.push(value.trim_matches('"').to_string());
        }
    }
    versions
}

/// The wasm-pack `setup` installs, like the wasm-bindgen CLI pinned to Cargo.lock's version:
/// every machine builds with the same one (`--locked`: with the dependencies its release was
/// tested with).
pub const WASM_PACK: &str = "0.15.1";

fn wasm_pack() -> Result {
    let installed = probe(tool("wasm-pack").arg("--version"));
    // "wasm-pack 0.15.1"
    let installed = installed.as_deref().and_then(|out| out.split_whitespace().nth(1));
    let present = installed == Some(WASM_PACK);
    status(&format!("wasm-pack {WASM_PACK}"), present);
    if let Some(other) = installed.filter(|_| !present) {
        println!("    (found wasm-pack {other}; the project builds with {WASM_PACK})");
    }
    if !present {
        run(util::cargo().args(wasm_pack_install()), "check that crates.io is reachable; this takes about 3 minutes")?;
    }
    Ok(())
}

/// `cargo install wasm-pack --version WASM_PACK --locked`'s arguments.
fn wasm_pack_install() -> [&'static str; 5] {
    ["install", "wasm-pack", "--version", WASM_PACK, "--locked"]
}

/// `npm ci` in tests/e2e when node_modules is missing or older than package-lock.json.
fn npm_packages() -> Result {
    npm_ci(&util::e2e_dir(), "npm packages of tests/e2e")
}

/// `npm ci` in `dir` when its node_modules is missing or older than its package-lock.json.
pub fn npm_ci(dir: &Path, what: &str) -> Result {
    let dir = dir.to_path_buf();
    let lock = dir.join("package-lock.json");
    // npm writes node_modules/.package-lock.json on every install.
    let installed = dir.join("node_modules").join(".package-lock.json");
    let present = match (modified(&lock), modified(&installed)) {
        (Some(wanted), Some(have)) => have >= wanted,
        (None, _) => {
            return Err(format!("{} is missing: it is committed with the tests", lock.display()));
        }
        (Some(_), None) => false,
    };
    status(what, present);
    if !present {
        probe(tool("npm").arg("--version")).ok_or(
            "`npm --version` failed: install Node.js 20 or later with npm (Debian: `apt-get install nodejs npm`)",
        )?;
        run(
            tool("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(&dir),
            "check that the npm registry is reachable and that package.json matches package-lock.json",
        )?;
    }
    Ok(())
}

fn modified(path: &Path) -> Option<SystemTime> {
    fs::metadata(path).and_then(|meta| meta.modified()).ok()
}

/// A browser (or Apache) from Debian (`apt-get install`), when it is not there yet.
fn browser(b: &Browser) -> Result {
    let path = b.path();
    let present = path.is_file();
    if !present && path != Path::new(b.default) {
        return Err(format!(
            "{}={} does not exist: unset {} to use Debian's {}",
            b.variable,
            path.display(),
            b.variable,
            b.name
        ));
    }
    status(&format!("{} ({})", b.name, path.display()), present);
    if present {
        return Ok(());
    }
    let root = probe(tool("id").arg("-u")).as_deref() == Some("0");
    let hint =
        format!("install Debian's {} by hand, or set {} to a {} binary", b.packages.join(" and "), b.variable, b.name);
    match apt_install(root, b.packages) {
        // Never `sudo`: a task that asks for a password in the middle of a build, or gains root
        // without being asked, is worse than a line to copy.
        Install::Ask(message) => Err(format!(
            "{} is missing and installing it needs root. {message}\n(or set {} to a {} binary)",
            b.name, b.variable, b.name
        )),
        Install::Run(commands) => {
            for args in commands {
                // The package lists are read once, not once per browser missing (a fresh machine
                // lacks both).
                if args == ["update"] && APT_UPDATED.swap(true, std::sync::atomic::Ordering::Relaxed) {
                    continue;
                }
                run(tool("apt-get").env("DEBIAN_FRONTEND", "noninteractive").args(&args), &hint)?;
            }
            if !path.is_file() {
                return Err(format!("apt-get installed {} but {} is still missing\n  {hint}", b.name, path.display()));
            }
            Ok(())
        }
    }
}

/// Whether this run of `setup` has already run `apt-get update`.
static APT_UPDATED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// How a browser gets installed: by `apt-get` when we are root, else by the person, who is told
/// the commands (with `sudo`, theirs to type).
#[derive(Debug, PartialEq)]
enum Install {
    Run(Vec<Vec<&'static str>>),
    Ask(String),
}

fn apt_install(root: bool, packages: &[&'static str]) -> Install {
    let update = vec!["update"];
    let install: Vec<&'static str> = ["install", "-y"].into_iter().chain(packages.iter().copied()).collect();
    if root {
        return Install::Run(vec![update, install]);
    }
    Install::Ask(format!(
        "Run:\n  sudo apt-get {}\n  sudo apt-get {}\nthen `cargo xtask setup` again",
        update.join(" "),
        install.join(" ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wasm_pack_is_pinned_and_locked_like_wasm_bindgen() {
        let args = wasm_pack_install();
        assert_eq!(args, ["install", "wasm-pack", "--version", WASM_PACK, "--locked"]);
        assert!(WASM_PACK.split('.').count() == 3 && WASM_PACK.split('.').all(|n| n.parse::<u32>().is_ok()));
    }

    #[test]
    fn browsers_are_installed_with_apt_get_as_root_and_never_with_sudo() {
        // As root: apt-get itself (the program `browser` runs is `apt-get`, never `sudo`).
        assert_eq!(
            apt_install(true, CHROMIUM.packages),
            Install::Run(vec![vec!["update"], vec!["install", "-y", "chromium", "chromium-driver"]])
        );
        assert_eq!(
            apt_install(true, FIREFOX.packages),
            Install::Run(vec![vec!["update"], vec!["install", "-y", "firefox-esr"]])
        );
        // Not root: nothing runs; the commands to type are printed.
        let Install::Ask(message) = apt_install(false, CHROMIUM.packages) else {
            panic!("not root: it must not run anything")
        };
        assert!(message.contains("sudo apt-get install -y chromium chromium-driver"), "{message}");
        assert!(message.contains("sudo apt-get update"), "{message}");
        let Install::Ask(message) = apt_install(false, FIREFOX.packages) else { panic!("not root") };
        assert!(message.contains("sudo apt-get install -y firefox-esr"), "{message}");
        // No command of the whole task starts `sudo`.
        let source = include_str!("setup.rs");
        let code = &source[..source.find("#[cfg(test)]").unwrap()];
        assert!(!code.contains("tool(\"sudo\")") && !code.contains("Command::new(\"sudo\")"));
    }

    #[test]
    fn finds_the_locked_version_of_a_package() {
        let lock = r#"
version = 4

[[package]]
name = "wasm-bindgen-macro"
version = "0.2.130"

[[package]]
name = "wasm-bindgen"
version = "0.2.130"
source = "registry+https://github.com/rust-lang/crates.io-index"
dependencies = [
 "cfg-if",
]

[[package]]
name = "yew"
version = "0.23.0"
"#;
        assert_eq!(locked_versions(lock, "wasm-bindgen"), ["0.2.130"]);
        assert_eq!(locked_versions(lock, "yew"), ["0.23.0"]);
        assert!(locked_versions(lock, "web-sys").is_empty());
    }
}
