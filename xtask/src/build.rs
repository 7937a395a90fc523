//! `cargo xtask build`: the web app in `dist/`, ready to be served as static files.
//!
//! 1. `setup` (installs what is missing);
//! 2. `wasm-pack build crates/avenir-web --target web --release` three times: the person's
//!    first build into `target/avenir-web-pkg/`, the build with the results (`--features
//!    results`, `avenir_results`) into `target/avenir-results-pkg/` and the counsellor's
//!    (`--features counsellor`, `avenir_counsellor`) into `target/avenir-counsellor-pkg/`; and
//!    the checker of a site's contacts, `crates/avenir-config` (the crates set
//!    `wasm-opt = false`: wasm-pack's own download of binaryen fails here);
//! 3. npm's `wasm-opt -Oz` without the toolchain's custom sections (never `--all-features`:
//!    Chromium rejects its output);
//! 4. `dist/` = every file of `www/` + `pkg/<name>.js` + `pkg/<name>_bg.wasm` of both builds +
//!    `texts/<tag>.bin`, its scripts and styles minified by esbuild (but `demo/`);
//! 5. the offline copy's service worker, `avenir-sw.js`, gets its file list and version (a hash
//!    of those files, so that any change installs a new copy), then is minified;
//! 6. the size table, printed and written to `target/sizes.json`.

use std::fs;
use std::path::{Path, PathBuf};

use avenir_core::handoff::Fnv1a;

use crate::util::{self, Result, relative, run, tool};
use crate::{bloat, release, setup, sizes};

/// The folder inside `dist/` for the files from wasm-pack (`www/boot.js` imports from it).
const DIST_PKG: &str = "pkg";

/// One wasm module: its crate, wasm-pack's output folder, the file names, the cargo features,
/// and its folder inside `dist/`.
struct Build {
    krate: &'static str,
    out: &'static str,
    name: &'static str,
    features: &'static [&'static str],
    dist: &'static str,
    /// `wasm-opt --converge` (passes again until the file stops shrinking): for the two builds
    /// every person downloads. On the others it won about 500 B of 0.6–2.8 MB and took 70 s of
    /// the CI run.
    converge: bool,
}

/// The person's first build (the first load: no results), the build with the results
/// (fetched once the first screen works, taking over on the results: avenir-web's `handover`),
/// the counsellor's (loaded on `#counsellor` only: the counsellor view and the QR code reader),
/// and the checker of an embedding site's own contacts (`crates/avenir-config`, loaded by
/// `boot.js` (its embedding part) only when a site gives contacts; see docs/embedding.md). None but the first is in
/// the first load: `sizes::after_start`, `sizes::later`.
const BUILDS: [Build; 5] = [
    Build {
        krate: "crates/avenir-web",
        out: "target/avenir-web-pkg",
        name: "avenir_web",
        features: &[],
        dist: DIST_PKG,
        converge: true,
    },
    Build {
        krate: "crates/avenir-web",
        out: "target/avenir-results-pkg",
        name: "avenir_results",
        features: &["--features", "results"],
        dist: DIST_PKG,
        converge: true,
    },
    Build {
        krate: "crates/avenir-web",
        out: "target/avenir-counsellor-pkg",
        name: "avenir_counsellor",
        features: &["--features", "counsellor"],
        dist: DIST_PKG,
        converge: false,
    },
    Build {
        krate: "crates/avenir-config",
        out: "target/avenir-config-pkg",
        name: "avenir_config",
        features: &[],
        dist: "config",
        converge: false,
    },
    // The content studio's engine (`crates/avenir-studio`), loaded only by `studio/`.
    Build {
        krate: "crates/avenir-studio",
        out: "target/avenir-studio-pkg",
        name: "avenir_studio",
        features: &[],
        dist: STUDIO_PKG,
        converge: false,
    },
];

/// The content studio's folder inside `dist/` (from `www/studio/`), its engine's files, and the
/// content's source files it can start from (`studio/content/`, listed in its manifest).
pub const STUDIO: &str = "studio/";
const STUDIO_PKG: &str = "studio/pkg";
const STUDIO_CONTENT: &str = "studio/content";
const STUDIO_MANIFEST: &str = "studio/content/manifest.json";

/// The content's source files as the studio receives them: every file `avenir lint` reads
/// (`fs::read_dir`, then `fs::read_tests`), named relative to the folder (`contacts.toml`,
/// `texts/ar.ftl`, `tests/cases.toml`). Recordings are left out: the studio checks their names
/// only when an author opens their own folder.
pub fn studio_sources(dir: &Path) -> Result<Vec<(String, String)>> {
    let read = |e: avenir_content::fs::ReadError| format!("cannot read {}: {e}", dir.display());
    let mut files = avenir_content::fs::read_dir(dir).map_err(read)?;
    files.extend(avenir_content::fs::read_tests(dir).map_err(read)?);
    let mut out = Vec::new();
    for f in files {
        let path = Path::new(&f.path);
        let relative = path.strip_prefix(dir).map_err(|_| format!("{} is not in {}", f.path, dir.display()))?;
        let name = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
        if !name.starts_with(avenir_content::fs::AUDIO) {
            out.push((name, f.text));
        }
    }
    Ok(out)
}

/// Writes the content's source files under `dist/studio/content/` and their list,
/// `manifest.json` (`["assessment.toml", …]`): fetched only by the studio, on the same origin,
/// when an author starts from the widget's own content, and compared with by its diff.
fn studio_content(dir: &Path, dist: &Path) -> Result {
    let files = studio_sources(dir)?;
    for (name, text) in &files {
        let path = dist.join(STUDIO_CONTENT).join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    let names: Vec<&String> = files.iter().map(|(name, _)| name).collect();
    let manifest = serde_json::to_string(&names).map_err(|e| format!("manifest: {e}"))?;
    fs::write(dist.join(STUDIO_MANIFEST), manifest).map_err(|e| format!("cannot write {STUDIO_MANIFEST}: {e}"))
}

pub fn dist_dir() -> PathBuf {
    util::repo_root().join("dist")
}

/// The content the widget is built with: `$AVENIR_CONTENT`, or `assessments/default`.
pub fn content_dir() -> PathBuf {
    std::env::var("AVENIR_CONTENT").map(PathBuf::from).unwrap_or_else(|_| util::repo_root().join("assessments/default"))
}

/// Writes the content's files (`avenir_content::bundle::files`: the questions' part, the
/// results' part, and every other language's texts) and copies the content's recordings
/// (`audio/<lang>/…`), if any. The wasm holds no content.
fn content(dir: &Path, dist: &Path) -> Result<Vec<HostTexts>> {
    let assessment = checked_content(dir)?;
    for (name, bytes) in avenir_content::bundle::files(&assessment)? {
        let path = dist.join(&name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    let audio = dir.join(avenir_content::fs::AUDIO);
    if audio.is_dir() {
        copy_dir(&audio, &dist.join(avenir_content::fs::AUDIO))?;
    }
    Ok(host_texts(&assessment))
}

/// The content in `dir`, checked; its errors printed.
pub fn checked_content(dir: &Path) -> Result<avenir_core::model::Assessment> {
    let files = avenir_content::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let checked = avenir_content::check(&files, None);
    for d in checked.diagnostics.iter().filter(|d| d.severity == avenir_content::Severity::Error) {
        eprintln!("{}", avenir_content::render(d, &files));
    }
    checked.assessment.ok_or(format!("{} has errors: run `cargo avenir lint {}`", dir.display(), dir.display()))
}

/// The texts of the page around the widget in one language (`ui-host-…`, content/texts): what
/// `boot.js` says when the widget cannot start and the `<noscript>` line, written into each
/// language's `index.html`; and what `embed.js` tells a visitor when the framed widget cannot
/// start on the host page, with the link to the widget's own page, written into `embed.js`.
pub struct HostTexts {
    pub tag: String,
    pub dir: String,
    pub failed: String,
    pub noscript: String,
    pub embed_failed: String,
    pub embed_open: String,
}

/// [`HostTexts`] for every language of the content, the default first (a language without one
/// has the default language's).
pub fn host_texts(a: &avenir_core::model::Assessment) -> Vec<HostTexts> {
    use avenir_core::text::{lookup, ui};
    a.texts
        .iter()
        .map(|t| {
            let text = |key| lookup(t, a.texts.first(), key, &[]);
            HostTexts {
                tag: t.lang.clone(),
                dir: a.language(&t.lang).map_or("ltr", |l| l.dir.as_str()).to_string(),
                failed: text(ui::HOST_FAILED),
                noscript: text(ui::HOST_NOSCRIPT),
                embed_failed: text(ui::HOST_EMBED_FAILED),
                embed_open: text(ui::HOST_EMBED_OPEN),
            }
        })
        .collect()
}

/// The placeholder in `www/embed.js` for its texts.
const EMBED_TEXTS: &str = "/*AVENIR_TEXTS*/{}";

/// `embed.js`'s placeholder filled with `{"<tag>": ["ltr", "cannot start here", "open on its own page"], …}`,
/// the default language first.
fn fill_embed(template: &str, texts: &[HostTexts]) -> Result<String> {
    if !template.contains(EMBED_TEXTS) {
        return Err(format!("www/embed.js has lost its placeholder {EMBED_TEXTS}"));
    }
    let json = |s: &str| serde_json::to_string(s).expect("a string is JSON");
    let entries: Vec<String> = texts
        .iter()
        .map(|t| format!("{}: [{}, {}, {}]", json(&t.tag), json(&t.dir), json(&t.embed_failed), json(&t.embed_open)))
        .collect();
    Ok(template.replacen(EMBED_TEXTS, &format!("{{{}}}", entries.join(", ")), 1))
}

/// The start page, rendered at build time from the widget's own components (avenir-web's
/// `prerender`, Yew's server-side rendering, run natively) into `index.html` in the default
/// language and `index.<tag>.html` in every other one, each with its `lang`, `dir`, title and
/// the list of languages with a page (for `lang.js`, which moves to the reader's language
/// before anything is painted; only `index.html` has it). No page preloads the wasm or the content: Lighthouse's model
/// counts a preload started before the first paint as holding up the largest paint (which then
/// waited for the wasm, although the browser painted the start page at once), and without them
/// the time to interactive measured the same.
fn pages(content: &Path, dist: &Path, texts: &[HostTexts]) -> Result {
    let out = util::repo_root().join("target").join("prerender");
    run(
        util::cargo()
            .args(["run", "--quiet", "-p", "avenir-web", "--features", "ssr", "--example", "prerender", "--"])
            .arg(content)
            .arg(&out)
            .current_dir(util::repo_root()),
        "the start page could not be rendered: see the message above",
    )?;
    let read = |path: &Path| fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()));
    let manifest = read(&out.join("pages.tsv"))?;
    let pages: Vec<Vec<&str>> = manifest.lines().map(|l| l.splitn(3, '\t').collect()).collect();
    let tags: Vec<&str> = pages.iter().map(|p| p[0]).collect();
    let template = read(&dist.join("index.html"))?;
    for (i, page) in pages.iter().enumerate() {
        let [tag, dir, title] = page[..] else { return Err(format!("{}: a line without three fields", out.display())) };
        let main = read(&out.join(format!("{tag}.html")))?;
        let host = texts.iter().find(|t| t.tag == *tag).or(texts.first()).ok_or("the content has no texts")?;
        let mut html = fill_page(&template, [tag, dir, title, &tags.join(" "), &main], host)?;
        // lang.js never moves away from a language's own page: there it would only hold up the
        // first paint by a request (for a reader moved from index.html, a second one in a row).
        if i > 0 {
            html = without(&html, LANG_SCRIPT)?;
        }
        let name = if i == 0 { "index.html".to_string() } else { format!("index.{tag}.html") };
        fs::write(dist.join(&name), html).map_err(|e| format!("cannot write {name}: {e}"))?;
    }
    Ok(())
}

/// `www/index.html`'s `<noscript>` line, replaced by the page's language's.
const NOSCRIPT: &str = "<noscript><p class=\"loading\">This assessment needs JavaScript. Nothing you enter leaves your device.</p></noscript>";

const LANG_SCRIPT: &str = "<script src=\"lang.js\"></script>\n";

/// `html` without `part`, which it must have.
fn without(html: &str, part: &str) -> Result<String> {
    if !html.contains(part) {
        return Err(format!(
            "www/index.html has lost `{}`, which the build takes out of languages' pages",
            part.trim()
        ));
    }
    Ok(html.replacen(part, "", 1))
}

/// `www/index.html` with the page's language, direction, title, the languages with a page and
/// the rendered start page in `#avenir-root`, and the page's own texts in its language (`boot.js`
/// reads "could not start" from the root's `data-failed`; the `<noscript>` line).
fn fill_page(template: &str, [tag, dir, title, tags, main]: [&str; 5], host: &HostTexts) -> Result<String> {
    let pseudo: Vec<&str> = avenir_core::text::PSEUDO_LOCALES.iter().map(|(tag, _)| *tag).collect();
    let pseudo = pseudo.join(" ");
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
    let mut html = template.to_string();
    let title_at = html.find("<title>").zip(html.find("</title>"));
    let Some((start, end)) = title_at else { return Err("www/index.html has no <title>".into()) };
    html.replace_range(start..end + "</title>".len(), &format!("<title>{}</title>", escape(title)));
    for (from, to) in [
        ("<html lang=\"en\">", format!("<html lang=\"{}\" dir=\"{}\">", escape(tag), escape(dir))),
        (
            "<meta name=\"avenir-languages\" content=\"\" data-pseudo=\"\">",
            format!(
                "<meta name=\"avenir-languages\" content=\"{}\" data-pseudo=\"{}\">",
                escape(tags),
                escape(&pseudo)
            ),
        ),
        (
            "<div id=\"avenir-root\"><p class=\"loading\">Loading…</p></div>",
            format!("<div id=\"avenir-root\" data-failed=\"{}\">{main}</div>", escape(&host.failed)),
        ),
        (NOSCRIPT, format!("<noscript><p class=\"loading\">{}</p></noscript>", escape(&host.noscript))),
    ] {
        if !html.contains(from) {
            return Err(format!("www/index.html has lost `{from}`, which the build fills in"));
        }
        html = html.replacen(from, &to, 1);
    }
    Ok(html)
}

/// For the browser test of recordings: a copy of `dist` whose content ships recordings of the
/// start page in Albanian (a language that is not embedded, so no second wasm build is needed),
/// each a short silent WAV. Returns the copy's path.
pub fn recorded_fixture(dist: &Path) -> Result<PathBuf> {
    let target = util::repo_root().join("target");
    let (fixture, copy) = (target.join("fixture-recorded"), target.join("dist-recorded"));
    for dir in [&fixture, &copy] {
        if dir.exists() {
            fs::remove_dir_all(dir).map_err(|e| format!("cannot remove {}: {e}", dir.display()))?;
        }
    }
    copy_dir(&content_dir(), &fixture)?;
    let audio = fixture.join(avenir_content::fs::AUDIO).join("sq");
    fs::create_dir_all(&audio).map_err(|e| format!("cannot create {}: {e}", audio.display()))?;
    for key in ["ui-start-title", "ui-start-what", "ui-start-private", "ui-start-check", "ui-start-indicative"] {
        let path = audio.join(format!("{key}.wav"));
        fs::write(&path, silent_wav(8_000, 800)).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    copy_dir(dist, &copy)?;
    content(&fixture, &copy)?;
    Ok(copy)
}

/// A mono 8-bit PCM WAV of `samples` samples of silence at `rate` Hz.
fn silent_wav(rate: u32, samples: u32) -> Vec<u8> {
    let mut wav = Vec::with_capacity(44 + samples as usize);
    wav.extend_from_slice(b"RIFF");
    wav.extend_from_slice(&(36 + samples).to_le_bytes());
    wav.extend_from_slice(b"WAVEfmt ");
    wav.extend_from_slice(&16u32.to_le_bytes());
    wav.extend_from_slice(&1u16.to_le_bytes()); // PCM
    wav.extend_from_slice(&1u16.to_le_bytes()); // mono
    wav.extend_from_slice(&rate.to_le_bytes());
    wav.extend_from_slice(&rate.to_le_bytes()); // bytes per second
    wav.extend_from_slice(&1u16.to_le_bytes()); // block align
    wav.extend_from_slice(&8u16.to_le_bytes()); // bits per sample
    wav.extend_from_slice(b"data");
    wav.extend_from_slice(&samples.to_le_bytes());
    wav.resize(44 + samples as usize, 128); // 8-bit silence is 128
    wav
}

/// The wasm builds' compiler flag (`-Zlocation-detail=none`, see `build`) as an environment
/// variable: the wasm target's own, or, where the caller set `CARGO_ENCODED_RUSTFLAGS` or
/// `RUSTFLAGS` (either of which cargo takes instead of the target's flags: the wasm grew about
/// 2 KB and the size budget failed without naming why), the caller's flags with it added.
fn wasm_rustflags() -> (&'static str, String) {
    const FLAG: &str = "-Zlocation-detail=none";
    let set = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    let theirs: Option<Vec<String>> = match (set("CARGO_ENCODED_RUSTFLAGS"), set("RUSTFLAGS")) {
        (Some(encoded), _) => Some(encoded.split('\x1f').map(str::to_string).collect()),
        (None, Some(plain)) => Some(plain.split_whitespace().map(str::to_string).collect()),
        (None, None) => None,
    };
    match theirs {
        None => ("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS", FLAG.to_string()),
        Some(mut flags) => {
            println!("note: the wasm builds take the environment's rustflags ({}) with {FLAG}", flags.join(" "));
            flags.push(FLAG.to_string());
            ("CARGO_ENCODED_RUSTFLAGS", flags.join("\x1f"))
        }
    }
}

/// Builds `dist/` and returns its path.
pub fn build() -> Result<PathBuf> {
    setup::setup()?;
    let root = util::repo_root();
    let crate_dir = root.join("crates").join("avenir-web");
    let www = root.join("www");
    for needed in [&crate_dir, &www] {
        if !needed.is_dir() {
            return Err(format!("{} is missing: nothing to build", needed.display()));
        }
    }

    let flags = wasm_rustflags();
    for build in &BUILDS {
        run(
            tool("wasm-pack")
                .args(["build", build.krate, "--target", "web", "--release", "--no-typescript", "--out-dir"])
                .arg(root.join(build.out))
                .args(["--out-name", build.name])
                .args(build.features)
                // No file, line or column in the wasm for a panic: the widget never shows a
                // panic's message (`panic = "abort"`, no panic hook), and each location is data
                // in the module: 2,019 B brotli of the person's first build, and a size that no
                // longer moves when lines move (the same code 8 lines lower was +154 B).
                // `-Zlocation-detail` is an unstable flag; `RUSTC_BOOTSTRAP=1` lets the stable
                // compiler take it (a compiler that drops it fails this build, loudly).
                .env(flags.0, &flags.1)
                .env_remove("RUSTFLAGS")
                .env("RUSTC_BOOTSTRAP", "1")
                .current_dir(&root),
            "see the compiler's message above; `cargo check -p avenir-web|avenir-config --target \
             wasm32-unknown-unknown [--features counsellor]` shows the same",
        )?;
    }

    let dist = dist_dir();
    if dist.exists() {
        fs::remove_dir_all(&dist).map_err(|e| format!("cannot remove the old {}: {e}", dist.display()))?;
    }
    copy_dir(&www, &dist)?;
    let wasm_opt = util::e2e_dir().join("node_modules").join(".bin").join("wasm-opt");
    for build in &BUILDS {
        let dist_pkg = dist.join(build.dist);
        fs::create_dir_all(&dist_pkg).map_err(|e| format!("cannot create {}: {e}", dist_pkg.display()))?;
        let (pkg, glue, wasm) = (root.join(build.out), format!("{}.js", build.name), format!("{}_bg.wasm", build.name));
        copy_file(&pkg.join(&glue), &dist_pkg.join(&glue))?;
        run(
            // Without the toolchain's custom sections (`producers`, `target_features`), which
            // no browser reads: 260 B of every wasm (166 B brotli of the first load's).
            tool(&wasm_opt)
                .args(["-Oz", "--strip-producers", "--strip-target-features"])
                .args(build.converge.then_some("--converge"))
                .arg(pkg.join(&wasm))
                .arg("-o")
                .arg(dist_pkg.join(&wasm)),
            "wasm-opt comes from the npm package binaryen in tests/e2e: `cd tests/e2e && npm ci`",
        )?;
    }

    let texts = content(&content_dir(), &dist)?;
    studio_content(&content_dir(), &dist)?;
    pages(&content_dir(), &dist, &texts)?;
    let embed = dist.join("embed.js");
    let filled =
        fill_embed(&fs::read_to_string(&embed).map_err(|e| format!("cannot read dist/embed.js: {e}"))?, &texts)?;
    fs::write(&embed, filled).map_err(|e| format!("cannot write dist/embed.js: {e}"))?;
    minify(&dist, |path| path != WORKER && !path.starts_with(DEMO))?;
    service_worker(&dist)?;
    minify(&dist, |path| path == WORKER)?;

    // First load: everything but the other languages' texts, which load only when chosen.
    let (rows, lazy) = sizes::first_load(sizes::measure(&dist)?);
    println!("\nFirst load:\n{}", sizes::table(&rows));
    println!(
        "Not in the first load (the content's results' part once the first screen works; a language's texts when chosen; embed.js and demo/ on host pages; config/ when a site gives its own contacts):\n{}",
        sizes::table(&lazy)
    );
    // Where the first build's code comes from, by crate (before wasm-opt): where to look for
    // bytes (issue 18).
    let first = &BUILDS[0];
    let wasm = root.join(first.out).join(format!("{}_bg.wasm", first.name));
    match fs::read(&wasm).map_err(|e| e.to_string()).and_then(|bytes| bloat::code_by_crate(&bytes)) {
        Ok(rows) => println!(
            "The first build's code by crate, before wasm-opt (which shrinks it further; `xtask/src/bloat.rs` says how it is counted):\n{}",
            bloat::table(&rows, 10)
        ),
        Err(e) => println!("(the first build's code by crate: cannot read {}: {e})", relative(&wasm)),
    }
    // The release's headers files for this build, which the browser tests serve with.
    let host = release::write_host_files(&dist)?;
    println!("The release's .htaccess and _headers written to {}", relative(&host));
    let rows: Vec<sizes::Row> = rows.into_iter().chain(lazy).collect();
    let json_path = root.join("target").join("sizes.json");
    fs::write(&json_path, sizes::json(&rows)).map_err(|e| format!("cannot write {}: {e}", json_path.display()))?;
    println!("Sizes written to {}", relative(&json_path));
    Ok(dist)
}

/// The demo host pages: left as written, for people to read.
const DEMO: &str = "demo/";

/// Minifies the scripts and style sheets of `dist/` that `which` names (paths relative to it)
/// with esbuild (npm, tests/e2e): no comments or spaces travel to the phone (the sources in
/// `www/` keep them). Syntax is kept as written (no bundling, no lowering).
fn minify(dist: &Path, which: impl Fn(&str) -> bool) -> Result {
    let esbuild = util::e2e_dir().join("node_modules").join(".bin").join("esbuild");
    let files: Vec<String> =
        sizes::list(dist)?.into_iter().filter(|f| (f.ends_with(".js") || f.ends_with(".css")) && which(f)).collect();
    if files.is_empty() {
        return Ok(());
    }
    run(
        tool(&esbuild)
            .args(&files)
            .args(["--minify", "--log-level=warning", "--allow-overwrite", "--outdir=.", "--outbase=."])
            .current_dir(dist),
        "esbuild comes from the npm packages in tests/e2e: `cd tests/e2e && npm ci`",
    )
}

/// The service worker of the offline copy, in `www/` with placeholders.
const WORKER: &str = "avenir-sw.js";

/// Fills in the service worker's list of files to keep (the first load: every file but those
/// loaded later, `sizes::later`, which it keeps when they are first fetched) and their version.
fn service_worker(dist: &Path) -> Result {
    let path = dist.join(WORKER);
    let template = fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let files: Vec<String> = sizes::list(dist)?.into_iter().filter(|f| f != WORKER && !sizes::later(f)).collect();
    let mut hash = Fnv1a::default();
    for file in &files {
        hash.write(file.as_bytes());
        hash.write(&fs::read(dist.join(file)).map_err(|e| format!("cannot read {file}: {e}"))?);
    }
    let listed: Vec<String> = std::iter::once("./".to_string()).chain(files).collect();
    let filled = fill_worker(&template, &format!("{:016x}", hash.0), &listed)?;
    fs::write(&path, filled).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn fill_worker(template: &str, version: &str, files: &[String]) -> Result<String> {
    const VERSION: &str = "__AVENIR_VERSION__";
    const FILES: &str = "'__AVENIR_FILES__'";
    if !template.contains(VERSION) || !template.contains(FILES) {
        return Err(format!("www/{WORKER} has lost its placeholders {VERSION} and {FILES}"));
    }
    let list =
        files.iter().map(|f| format!("'{}'", f.replace('\\', "/").replace('\'', "%27"))).collect::<Vec<_>>().join(", ");
    Ok(template.replace(VERSION, version).replace(FILES, &list))
}

/// Copies every file under `from` to `to`, keeping the folders.
pub fn copy_dir(from: &Path, to: &Path) -> Result {
    fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    let entries = fs::read_dir(from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read {}: {e}", from.display()))?;
        let (source, target) = (entry.path(), to.join(entry.file_name()));
        if source.is_dir() {
            copy_dir(&source, &target)?;
        } else {
            copy_file(&source, &target)?;
        }
    }
    Ok(())
}

fn copy_file(from: &Path, to: &Path) -> Result {
    fs::copy(from, to).map(drop).map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_gets_its_version_and_files() {
        let filled = fill_worker(
            "const VERSION = '__AVENIR_VERSION__';\nconst FILES = ['__AVENIR_FILES__'];",
            "00ff",
            &["./".into(), "pkg/avenir_web.js".into()],
        )
        .unwrap();
        assert_eq!(filled, "const VERSION = '00ff';\nconst FILES = ['./', 'pkg/avenir_web.js'];");
        assert!(fill_worker("no placeholders", "1", &[]).unwrap_err().contains("placeholders"));
    }

    fn host(tag: &str) -> HostTexts {
        let t = |s: &str| format!("{s} ({tag}) <&\"");
        HostTexts {
            tag: tag.into(),
            dir: if tag == "ar" { "rtl" } else { "ltr" }.into(),
            failed: t("failed"),
            noscript: t("noscript"),
            embed_failed: t("cannot"),
            embed_open: t("open"),
        }
    }

    #[test]
    fn embed_js_and_the_pages_get_the_host_texts_of_their_language() {
        let embed = fill_embed("const TEXTS = /*AVENIR_TEXTS*/{};", &[host("en"), host("ar")]).unwrap();
        assert_eq!(
            embed,
            r#"const TEXTS = {"en": ["ltr", "cannot (en) <&\"", "open (en) <&\""], "ar": ["rtl", "cannot (ar) <&\"", "open (ar) <&\""]};"#
        );
        assert!(fill_embed("const TEXTS = {};", &[]).unwrap_err().contains("placeholder"));
        let template = fs::read_to_string(util::repo_root().join("www/index.html")).unwrap();
        let page = fill_page(&template, ["ar", "rtl", "T", "en ar", "<main></main>"], &host("ar")).unwrap();
        assert!(
            page.contains(r#"<div id="avenir-root" data-failed="failed (ar) &lt;&amp;&quot;"><main></main></div>"#),
            "{page}"
        );
        assert!(
            page.contains(r#"<noscript><p class="loading">noscript (ar) &lt;&amp;&quot;</p></noscript>"#),
            "{page}"
        );
        let embed_js = fs::read_to_string(util::repo_root().join("www/embed.js")).unwrap();
        assert!(fill_embed(&embed_js, &[host("en")]).is_ok(), "www/embed.js has its placeholder");
    }

    #[test]
    fn the_fingerprint_changes_with_any_byte() {
        let (mut a, mut b) = (Fnv1a::default(), Fnv1a::default());
        a.write(b"index.html<html>");
        b.write(b"index.html<html!");
        assert_ne!(a.0, b.0);
    }

    /// The studio builds, from the source files the build gives it, the very bytes the build
    /// writes for the widget (`content`: `bundle::files` of the folder checked from disk).
    #[test]
    fn the_studio_builds_the_bytes_the_build_writes() {
        let dir = util::repo_root().join("assessments/default");
        let written = avenir_content::bundle::files(&checked_content(&dir).unwrap()).unwrap();
        let sources = studio_sources(&dir).unwrap();
        assert!(sources.iter().any(|(name, _)| name == "texts/ar.ftl"));
        assert!(sources.iter().any(|(name, _)| name == "tests/cases.toml"));
        let folder = avenir_content::memory::Folder::from_files(sources);
        let built = avenir_studio::bundle_files(&folder).unwrap();
        assert_eq!(built.len(), written.len());
        for ((name, bytes), (written_name, written_bytes)) in built.iter().zip(&written) {
            assert_eq!(name, written_name);
            assert!(bytes == written_bytes, "{name}: the studio's bytes differ from the build's");
        }
    }

    #[test]
    fn the_worker_template_in_www_has_its_placeholders() {
        let template = fs::read_to_string(util::repo_root().join("www").join(WORKER)).unwrap();
        assert!(fill_worker(&template, "1", &["./".into()]).is_ok());
    }
}
