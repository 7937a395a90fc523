//! `cargo xtask release`: what a civil-society organisation puts on its own web host to embed
//! the widget (docs/embedding.md), as one archive: `target/release-bundle/avenir-<version>.tar.gz` with
//! a folder `avenir/<version>-<hash>/` holding the built widget (`dist/`, the demo pages as
//! `examples/`) — each release in a folder of its own, so that an update never meets an old
//! cached file —, `avenir/.htaccess` and `_headers` (the headers and cache policy for the hosts
//! that read them), `README.md` for the CSO, and `snippet.html`, the snippet naming the
//! release's folder, with the Subresource Integrity hash of `embed.js` (`integrity="sha384-…"`);
//! `LICENSE` (EUPL-1.2) and `THIRD-PARTY-NOTICES` (every crate compiled into the wasm: `notices.rs`).
//! Files carry the release commit's date.

use std::fs;

use avenir_core::model::{Assessment, QuestionKind, keys};
use sha2::{Digest, Sha384};

use crate::util::{self, Result, relative};
use crate::{build, notices, serve, sizes};

/// The folder inside the archive.
const ROOT: &str = "avenir";

pub fn release() -> Result {
    let dist = build::build()?;
    let version = content_version()?;
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for file in sizes::list(&dist)? {
        // The content studio is for authors (`cargo xtask serve`'s `/studio/`), not for a
        // CSO's visitors: its frame and worker need a policy of their own that the headers
        // files below do not give.
        if file.ends_with(".br") || file.ends_with(".gz") || file.starts_with(build::STUDIO) {
            continue;
        }
        let bytes = fs::read(dist.join(&file)).map_err(|e| format!("cannot read {file}: {e}"))?;
        let name = match file.strip_prefix("demo/") {
            Some(rest) => format!("examples/{rest}"),
            None => file.clone(),
        };
        files.push((name, bytes));
    }
    // Each release in a folder of its own, named by the content's version and a hash of every
    // file: a returning visitor's browser can never hold an `embed.js` of another release under
    // the address the page's snippet (and its integrity hash) names.
    let folder = format!("{version}-{}", build_hash(&files));
    let embed = fs::read(dist.join("embed.js")).map_err(|e| format!("cannot read dist/embed.js: {e}"))?;
    let integrity = sri(&embed);
    let snippet = snippet(&folder, &integrity);
    let readme = readme(&version, &folder, &snippet);
    let guide = guide(&build::checked_content(&build::content_dir())?, &version, &folder, &snippet)?;

    let out = util::repo_root().join("target").join("release-bundle");
    fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let path = out.join(format!("avenir-{version}.tar.gz"));
    let top = top_files(&dist, &readme, &guide, &snippet)?;
    write_archive(&path, commit_time(), &folder, &files, &top)?;
    println!("\n{}\n\nRelease written to {}", snippet.trim_end(), relative(&path));
    Ok(())
}

/// The files at the archive's root beside `avenir/`: the headers files, the README and guide
/// for the CSO, the snippet, and the licences — Avenir's (`LICENSE`, EUPL-1.2) and those of
/// every crate compiled into the widget (`THIRD-PARTY-NOTICES`, `notices.rs`).
fn top_files(dist: &std::path::Path, readme: &str, guide: &str, snippet: &str) -> Result<Vec<(String, Vec<u8>)>> {
    let licence = util::repo_root().join("LICENSE");
    let licence = fs::read(&licence).map_err(|e| format!("cannot read {}: {e}", relative(&licence)))?;
    Ok(host_files(dist)?
        .into_iter()
        .chain([
            ("README.md".into(), readme.as_bytes().to_vec()),
            ("GUIDE.md".into(), guide.as_bytes().to_vec()),
            ("snippet.html".into(), snippet.as_bytes().to_vec()),
            ("LICENSE".into(), licence),
            ("THIRD-PARTY-NOTICES".into(), notices::notices()?.into_bytes()),
        ])
        .collect())
}

/// The archive at `path`: `files` (the built widget) in `avenir/<folder>/`, `top` as named;
/// every file dated `date` (seconds since 1970).
fn write_archive(
    path: &std::path::Path,
    date: u64,
    folder: &str,
    files: &[(String, Vec<u8>)],
    top: &[(String, Vec<u8>)],
) -> Result {
    let file = fs::File::create(path).map_err(|e| format!("cannot create {}: {e}", path.display()))?;
    let mut archive = tar::Builder::new(flate2::write::GzEncoder::new(file, flate2::Compression::best()));
    let mut add = |name: &str, bytes: &[u8]| -> Result {
        let mut header = tar::Header::new_gnu();
        header.set_size(bytes.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(date);
        header.set_cksum();
        archive.append_data(&mut header, name, bytes).map_err(|e| format!("cannot add {name}: {e}"))
    };
    for (name, bytes) in files {
        add(&format!("{ROOT}/{folder}/{name}"), bytes)?;
    }
    for (name, bytes) in top {
        add(name, bytes)?;
    }
    archive.into_inner().and_then(|gz| gz.finish()).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(())
}

/// The first 8 hex digits of the SHA-384 of every file's name and bytes.
fn build_hash(files: &[(String, Vec<u8>)]) -> String {
    let mut hash = Sha384::new();
    for (name, bytes) in files {
        hash.update(name.as_bytes());
        hash.update([0]);
        hash.update((bytes.len() as u64).to_le_bytes());
        hash.update(bytes);
    }
    hash.finalize().iter().take(4).map(|b| format!("{b:02x}")).collect()
}

/// `SOURCE_DATE_EPOCH` if set, else the time of the checked-out commit, else now.
fn commit_time() -> u64 {
    let from_env = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|v| v.trim().parse().ok());
    let from_git = || {
        let out = std::process::Command::new("git")
            .args(["log", "-1", "--format=%ct"])
            .current_dir(util::repo_root())
            .output()
            .ok()?;
        String::from_utf8(out.stdout).ok()?.trim().parse().ok()
    };
    let now = || std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    from_env.or_else(from_git).unwrap_or_else(now)
}

/// Apache (and hosts that read `.htaccess`): the types, the header a page on another origin
/// needs to load `embed.js` and a sandboxed frame on the site's own origin needs for every file,
/// the widget's policy, a cache policy that fits folders that never change (each release
/// has its own), and the widget's folder answered in the reader's language ([`htaccess`] fills
/// in `{languages}`). Placed in `avenir/`, it covers every release. The browser tests serve
/// with it: `hosts.test.mjs`, and `apache.test.mjs` with Apache itself.
pub const HTACCESS: &str = include_str!("host/htaccess");

/// The release's `.htaccess`: [`HTACCESS`] with the widget's policy and the rewrite rules that
/// answer the widget's folder with the start page of the reader's language (`pages`, as
/// `index.html` lists them, its own first; `pseudo`, the pseudo-locales, which have no page),
/// the same choice as `lang.js`, avenir-core's `text::negotiate` and `serve::negotiated`:
///
/// 1. the first tag of `Accept-Language`, in the header's order, that is not refused (`q=0`)
///    and whose primary language (`no` read as `nb`) is one with a page, or that is a
///    pseudo-locale, is kept in `AVENIR_WANTED`;
/// 2. one rule per language with a page but the first: the tag itself, or, for the first page
///    of its primary language, any tag of that language but another page's or pseudo-locale's
///    own; the folder's address is rewritten to that page (if the folder has it), and
///    `AVENIR_LANGUAGE` says which for `Content-Language`. No rule matches: `index.html`.
///
/// `serve::negotiated` sorts the tags by their `q`; these rules read them in the header's
/// order, which is the same for every browser (they send the list by decreasing `q`).
pub fn htaccess(pages: &[&str], pseudo: &[&str]) -> Result<String> {
    let tag_ok = |t: &&str| !t.is_empty() && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if let Some(bad) = pages.iter().chain(pseudo).find(|t| !tag_ok(t)) {
        return Err(format!("`{bad}` is not a language tag that a rewrite rule can name"));
    }
    let primary = |tag: &str| {
        let p = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        if p == "no" { "nb".to_string() } else { p }
    };
    // A primary language as the header may spell it (`no` for `nb`).
    let spelled = |p: &str| if p == "nb" { "no|nb".to_string() } else { p.to_string() };
    let mut primaries: Vec<String> = Vec::new();
    for tag in pages {
        if !primaries.contains(&primary(tag)) {
            primaries.push(primary(tag));
        }
    }
    let alternatives: Vec<String> = primaries.iter().map(|p| spelled(p)).collect();
    let wanted = format!(
        "^(?:[^,]*,)*?\\s*((?:{})(?:[-_][a-z0-9]+)*{})\\s*(?:;(?!\\s*q\\s*=\\s*0(?:\\.0*)?\\s*(?:[,;]|$))[^,;]*)*(?:,|$)",
        alternatives.join("|"),
        pseudo.iter().map(|t| format!("|{t}")).collect::<String>()
    );
    let mut rules = String::from(
        "  # The first language asked for (q above 0) that the widget has, or a pseudo-locale:\n  \
         RewriteCond %{ENV:AVENIR_FOLDER} =1\n",
    );
    rules += &format!("  RewriteCond %{{HTTP:Accept-Language}} \"{wanted}\" [NC]\n");
    rules += "  RewriteRule (?:^|/)$ - [E=AVENIR_WANTED:%1]\n  # Its page, when it is not index.html's language.\n";
    for tag in pages.iter().skip(1) {
        let p = primary(tag);
        let first_of_its_language = pages.iter().find(|t| primary(t) == p) == Some(tag);
        let pattern = if first_of_its_language {
            let others: Vec<&str> =
                pages.iter().chain(pseudo).filter(|t| *t != tag && primary(t) == p).copied().collect();
            let not = if others.is_empty() { String::new() } else { format!("(?!(?:{})$)", others.join("|")) };
            format!("^(?:{tag}|{not}(?:{})(?:[-_].*)?)$", spelled(&p))
        } else {
            format!("^{tag}$")
        };
        rules += &format!(
            "  RewriteCond %{{ENV:AVENIR_WANTED}} \"{pattern}\" [NC]\n  \
             RewriteCond %{{REQUEST_FILENAME}}index.{tag}.html -f\n  \
             RewriteRule (?:^|/)$ %{{REQUEST_URI}}index.{tag}.html [L,E=AVENIR_LANGUAGE:{tag}]\n"
        );
    }
    Ok(HTACCESS.replace("{csp}", serve::CSP).replace("{languages}\n", &rules))
}

/// The release's `_headers` (Netlify, Cloudflare Pages): [`NETLIFY_HEADERS`] with the
/// widget's policy.
pub fn netlify_headers() -> String {
    NETLIFY_HEADERS.replace("{csp}", serve::CSP)
}

/// The headers files of a release of `dist/` (its `index.html` names the languages), as the
/// archive holds them: `avenir/.htaccess` and `_headers`.
pub fn host_files(dist: &std::path::Path) -> Result<Vec<(String, Vec<u8>)>> {
    let index = dist.join("index.html");
    let html = fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", relative(&index)))?;
    let (pages, pseudo) = serve::page_languages(&html)
        .ok_or_else(|| format!("{} lists no languages (<meta name=\"avenir-languages\">)", relative(&index)))?;
    Ok(vec![
        (format!("{ROOT}/.htaccess"), htaccess(&pages, &pseudo)?.into_bytes()),
        ("_headers".into(), netlify_headers().into_bytes()),
    ])
}

/// Writes [`host_files`] under `target/host/` (`target/host/avenir/.htaccess`,
/// `target/host/_headers`), where the browser tests read them; returns the folder.
pub fn write_host_files(dist: &std::path::Path) -> Result<std::path::PathBuf> {
    let out = util::repo_root().join("target").join("host");
    for (name, bytes) in host_files(dist)? {
        let path = out.join(&name);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(out)
}

/// Netlify and Cloudflare Pages read `_headers` at the site's root: the same as [`HTACCESS`],
/// for the folder `avenir/` at the root. The browser tests serve with it (`hosts.test.mjs`).
pub const NETLIFY_HEADERS: &str = include_str!("host/_headers");

/// The content's version (`[assessment] version` of the content built in).
fn content_version() -> Result<String> {
    let dir = build::content_dir();
    let text = fs::read_to_string(dir.join("assessment.toml")).map_err(|e| format!("cannot read the content: {e}"))?;
    text.lines()
        .find_map(|l| l.trim().strip_prefix("version").and_then(|v| v.trim().strip_prefix('=')))
        .map(|v| v.trim().trim_matches('"').to_string())
        .filter(|v| !v.is_empty() && v.chars().all(|c| c.is_ascii_alphanumeric() || ".-_".contains(c)))
        .ok_or_else(|| format!("no plain `version = \"…\"` in {}", relative(&dir.join("assessment.toml"))))
}

/// A Subresource Integrity value: `sha384-` and the base64 of the SHA-384 digest.
pub fn sri(bytes: &[u8]) -> String {
    format!("sha384-{}", base64(&Sha384::digest(bytes)))
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | (*b as u32) << (16 - 8 * i));
        for i in 0..4 {
            out.push(if i <= chunk.len() { ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char } else { '=' });
        }
    }
    out
}

/// The snippet, with `embed.js` at `https://YOUR-SITE/avenir/<folder>/` to be replaced by the CSO.
fn snippet(folder: &str, integrity: &str) -> String {
    format!(
        "<!-- Avenir: put the folder avenir/ on your site, then this where the widget goes. -->\n\
         <script type=\"module\" src=\"https://YOUR-SITE.example/avenir/{folder}/embed.js\" integrity=\"{integrity}\" crossorigin=\"anonymous\"></script>\n\
         <avenir-assessment country=\"BE\" languages=\"fr nl en ar\" exit-url=\"https://www.bbc.com/weather\">\n  \
         <!-- Shown if the widget cannot load: write this link in your page's language. -->\n  \
         <a href=\"https://YOUR-SITE.example/avenir/{folder}/\">Open the self-assessment</a>\n\
         </avenir-assessment>\n"
    )
}

fn readme(version: &str, folder: &str, snippet: &str) -> String {
    README.replace("{version}", version).replace("{folder}", folder).replace("{snippet}", snippet.trim_end())
}

const README: &str = include_str!("release-README.md");

/// The CSO guide (`GUIDE.md` in the archive): `release-GUIDE.md` with what is generated filled
/// in, so that it stays true: every key of a site file's parts with its description (from the
/// content's JSON schema, `docs/schema/avenir-content.schema.json`, which a test keeps equal to
/// the checker), and the languages, needs, questions with their answers, and programmes of the
/// content built in; the two example site files of `www/demo/`, as shipped in `examples/`.
fn guide(a: &Assessment, version: &str, folder: &str, snippet: &str) -> Result<String> {
    let path = util::repo_root().join("docs/schema/avenir-content.schema.json");
    let schema: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", relative(&path)))?)
            .map_err(|e| format!("{}: {e}", relative(&path)))?;
    let keys = |name: &str| -> Result<String> {
        let def = &schema["definitions"][name];
        let props = def["properties"].as_object().ok_or(format!("the schema has no `{name}` with properties"))?;
        let required: Vec<&str> = def["required"].as_array().into_iter().flatten().filter_map(|v| v.as_str()).collect();
        let mut out = String::from("| key | needed | what it is |\n|---|---|---|\n");
        for (key, prop) in props {
            let text = prop["description"].as_str().unwrap_or("").replace('|', "\\|").replace('\n', " ");
            let needed = if required.contains(&key.as_str()) { "yes" } else { "no" };
            out.push_str(&format!("| `{key}` | {needed} | {text} |\n"));
        }
        Ok(out)
    };
    let en = a.texts.first();
    let text = |key: &str| en.map(|t| avenir_core::text::lookup(t, None, key, &[])).unwrap_or_default();
    let languages = table(
        &["tag", "language"],
        a.languages.iter().filter(|l| !l.pseudo).map(|l| vec![format!("`{}`", l.tag), l.name.clone()]),
    );
    let needs = table(&["id", "need"], a.needs.iter().map(|n| vec![format!("`{}`", n.id), text(&keys::need(&n.id))]));
    let programmes = table(
        &["id", "programme"],
        a.programmes.iter().map(|p| vec![format!("`{}`", p.id), text(&keys::programme(&p.id))]),
    );
    let questions = table(
        &["id", "question", "answers (option ids)"],
        a.questions.iter().map(|q| {
            let options = |list: &[String]| list.iter().map(|o| format!("`{o}`")).collect::<Vec<_>>().join(", ");
            let answers = match q.kind {
                QuestionKind::YesNo => "`yes`, `no`".to_string(),
                QuestionKind::Number { min, max } => format!("a whole number from {min} to {max}"),
                QuestionKind::Country => {
                    let extra: Vec<String> = q
                        .options
                        .iter()
                        .filter(|o| !(o.len() == 2 && o.chars().all(|c| c.is_ascii_uppercase())))
                        .cloned()
                        .collect();
                    let mut said = "a country code (ISO 3166)".to_string();
                    if !q.first.is_empty() {
                        said.push_str(&format!("; first shown: {}", options(&q.first)));
                    }
                    if !extra.is_empty() {
                        said.push_str(&format!("; or {}", options(&extra)));
                    }
                    said
                }
                QuestionKind::Multi => format!("any of {} (rules: `has`)", options(&q.options)),
                QuestionKind::Single => options(&q.options),
            };
            vec![format!("`{}`", q.id), text(&keys::question(&q.id)), answers]
        }),
    );
    let demo = |name: &str| {
        let path = util::repo_root().join("www/demo").join(name);
        fs::read_to_string(&path)
            .map(|t| t.trim_end().to_string())
            .map_err(|e| format!("cannot read {}: {e}", relative(&path)))
    };
    let mut out = GUIDE.to_string();
    for (key, value) in [
        ("{contact_keys}", keys("contact")?),
        ("{programme_keys}", keys("programme")?),
        ("{criterion_keys}", keys("criterion")?),
        ("{source_keys}", keys("source_entry")?),
        ("{list_keys}", keys("list")?),
        ("{languages}", languages),
        ("{needs}", needs),
        ("{questions}", questions),
        ("{programmes}", programmes),
        ("{example_contacts}", demo("contacts-hr.toml")?),
        ("{example_programme}", demo("site-de.toml")?),
        ("{snippet}", snippet.trim_end().to_string()),
        ("{version}", version.to_string()),
        ("{folder}", folder.to_string()),
    ] {
        if !out.contains(key) {
            return Err(format!("xtask/src/release-GUIDE.md has lost its placeholder {key}"));
        }
        out = out.replace(key, &value);
    }
    Ok(out)
}

/// A Markdown table; `|` and line breaks in cells escaped.
fn table(head: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    let mut out = format!("| {} |\n|{}\n", head.join(" | "), "---|".repeat(head.len()));
    for row in rows {
        out.push_str(&format!("| {} |\n", row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(" | ")));
    }
    out
}

const GUIDE: &str = include_str!("release-GUIDE.md");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_archive_holds_the_licence_and_the_third_party_notices() {
        let dir = std::env::temp_dir().join(format!("avenir-release-test-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("index.html"), "<meta name=\"avenir-languages\" content=\"en ar\" data-pseudo=\"\">")
            .unwrap();
        let top = top_files(&dir, "readme", "guide", "snippet").unwrap();
        let path = dir.join("a.tar.gz");
        write_archive(&path, 1_700_000_000, "v-0a1b2c3d", &[("embed.js".into(), b"x".to_vec())], &top).unwrap();
        let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(fs::File::open(&path).unwrap()));
        let mut found = std::collections::BTreeMap::new();
        for entry in archive.entries().unwrap() {
            let mut entry = entry.unwrap();
            let mut text = String::new();
            std::io::Read::read_to_string(&mut entry, &mut text).unwrap();
            found.insert(entry.path().unwrap().display().to_string(), text);
        }
        fs::remove_dir_all(&dir).unwrap();
        assert!(found["avenir/.htaccess"].contains("index.ar.html") && found["_headers"].contains("/avenir/"));
        assert!(
            found.contains_key("avenir/v-0a1b2c3d/embed.js") && found.contains_key("README.md"),
            "{:?}",
            found.keys()
        );
        let licence = &found["LICENSE"];
        assert!(licence.starts_with("EUROPEAN UNION PUBLIC LICENCE v. 1.2"), "the EUPL's own text");
        assert!(
            licence.contains("15.Applicable Law") && licence.contains("Compatible Licences"),
            "the whole text, appendix included"
        );
        let notices = &found["THIRD-PARTY-NOTICES"];
        assert!(notices.contains("\nyew 0.23.0\n") && notices.contains("Licence: MIT OR Apache-2.0"));
    }

    #[test]
    fn a_release_folder_changes_with_any_file() {
        let files = vec![("embed.js".to_string(), b"a".to_vec()), ("pkg/x.wasm".to_string(), b"b".to_vec())];
        let hash = build_hash(&files);
        assert_eq!(hash.len(), 8);
        let mut other = files.clone();
        other[1].1 = b"c".to_vec();
        assert_ne!(build_hash(&other), hash, "a changed wasm, the same embed.js: another folder");
        assert_eq!(build_hash(&files), hash);
        assert!(HTACCESS.contains("{csp}") && NETLIFY_HEADERS.contains("{csp}"));
    }

    #[test]
    fn the_guide_lists_the_contents_ids_and_every_key_of_a_site_file() {
        let a = build::checked_content(&util::repo_root().join("assessments/default")).unwrap();
        let folder = "2026.12.0-0a1b2c3d";
        let text = guide(&a, "2026.12.0", folder, &snippet(folder, "sha384-x")).unwrap();
        for id in a
            .needs
            .iter()
            .map(|n| &n.id)
            .chain(a.questions.iter().map(|q| &q.id))
            .chain(a.programmes.iter().map(|p| &p.id))
        {
            assert!(text.contains(&format!("| `{id}` |")), "`{id}` is not listed");
        }
        for tag in a.languages.iter().filter(|l| !l.pseudo).map(|l| &l.tag) {
            assert!(text.contains(&format!("| `{tag}` |")), "language `{tag}` is not listed");
        }
        // A key of each part, as the schema names it, with whether it is needed.
        for row in
            ["| `phone` | no |", "| `source` | yes |", "| `when` | yes |", "| `checked` | yes |", "| `values` | yes |"]
        {
            assert!(text.contains(row), "{row} is not in the guide");
        }
        assert!(text.contains("integrity=\"sha384-x\"") && text.contains(&format!("/avenir/{folder}/check.html")));
        assert!(text.contains("[[contact]]") && text.contains("[[programme]]"), "the worked examples");
        assert!(
            !["{needs}", "{questions}", "{contact_keys}", "{snippet}", "{folder}"].iter().any(|p| text.contains(p))
        );
    }

    #[test]
    fn the_headers_files_send_cors_and_the_widgets_policy() {
        for file in [HTACCESS, NETLIFY_HEADERS] {
            assert!(
                file.contains("Access-Control-Allow-Origin") && file.contains("{csp}") && file.contains("immutable")
            );
        }
        assert!(HTACCESS.contains("AddType application/wasm .wasm"));
    }

    #[test]
    fn the_htaccess_answers_the_folder_in_each_language_but_the_first() {
        let text = htaccess(&["en", "ar", "pt", "pt-BR", "nb"], &["en-XA", "ar-XB"]).unwrap();
        assert!(!text.contains("{languages}") && !text.contains("{csp}") && text.contains(serve::CSP));
        // The first kept tag: a primary language with a page (`no` for `nb`), or a pseudo-locale.
        assert!(text.contains("((?:en|ar|pt|no|nb)(?:[-_][a-z0-9]+)*|en-XA|ar-XB)"), "{text}");
        // A page per language but the first; another page's or pseudo-locale's own tag is theirs.
        assert!(!text.contains("index.en.html"));
        assert!(text.contains("\"^(?:ar|(?!(?:ar-XB)$)(?:ar)(?:[-_].*)?)$\""), "{text}");
        assert!(text.contains("\"^(?:pt|(?!(?:pt-BR)$)(?:pt)(?:[-_].*)?)$\""), "{text}");
        assert!(text.contains("\"^pt-BR$\""), "{text}");
        assert!(text.contains("\"^(?:nb|(?:no|nb)(?:[-_].*)?)$\""), "{text}");
        assert!(text.contains("%{REQUEST_URI}index.pt-BR.html [L,E=AVENIR_LANGUAGE:pt-BR]"), "{text}");
        assert!(htaccess(&["en", "a\"b"], &[]).is_err(), "a tag a rule cannot name");
    }

    #[test]
    fn sri_is_sha384_in_base64() {
        // `printf abc | openssl dgst -sha384 -binary | base64`
        assert_eq!(sri(b"abc"), "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn");
        assert_eq!(base64(b"Ma"), "TWE=");
        assert_eq!(base64(b"M"), "TQ==");
        assert_eq!(base64(b""), "");
    }

    #[test]
    fn the_readme_carries_the_snippet_and_version() {
        let text = readme("2026.11.0", "2026.11.0-0a1b2c3d", &snippet("2026.11.0-0a1b2c3d", "sha384-x"));
        assert!(text.contains("integrity=\"sha384-x\"") && text.contains("2026.11.0"), "{text}");
        assert!(text.contains("/avenir/2026.11.0-0a1b2c3d/embed.js"), "the snippet names the release's folder: {text}");
        assert!(!text.contains("{snippet}") && !text.contains("{version}") && !text.contains("{folder}"));
        assert!(util::repo_root().join("xtask/src/release-README.md").is_file());
        assert!(text.contains("`LICENSE`") && text.contains("`THIRD-PARTY-NOTICES`"), "the CSO is told to keep both");
    }
}
