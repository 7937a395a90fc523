//! `cargo xtask release`: what a civil-society organisation puts on its own web host to embed
//! the widget (docs/embedding.md), as one archive: `target/release-bundle/avenir-<version>.tar.gz` with
//! a folder `avenir/` holding the built widget (`dist/`, without the demo pages, which stay an
//! example under `examples/`), `README.md` for the CSO, and `snippet.html`, the snippet with
//! the Subresource Integrity hash of `embed.js` (`integrity="sha384-…"`).

use std::fs;

use sha2::{Digest, Sha384};

use crate::util::{self, Result, relative};
use crate::{build, sizes};

/// The folder inside the archive.
const ROOT: &str = "avenir";

pub fn release() -> Result {
    let dist = build::build()?;
    let version = content_version()?;
    let embed = fs::read(dist.join("embed.js")).map_err(|e| format!("cannot read dist/embed.js: {e}"))?;
    let integrity = sri(&embed);
    let snippet = snippet(&integrity);
    let readme = readme(&version, &snippet);

    let out = util::repo_root().join("target").join("release-bundle");
    fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let path = out.join(format!("avenir-{version}.tar.gz"));
    let file = fs::File::create(&path).map_err(|e| format!("cannot create {}: {e}", path.display()))?;
    let mut archive = tar::Builder::new(flate2::write::GzEncoder::new(file, flate2::Compression::best()));
    let add = |archive: &mut tar::Builder<_>, name: &str, bytes: &[u8]| -> Result {
        let mut header = tar::Header::new_gnu();
        header.set_size(bytes.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(0); // the same bytes for the same build
        header.set_cksum();
        archive.append_data(&mut header, format!("{ROOT}/{name}"), bytes).map_err(|e| format!("cannot add {name}: {e}"))
    };
    for file in sizes::list(&dist)? {
        if file.ends_with(".br") || file.ends_with(".gz") {
            continue;
        }
        let bytes = fs::read(dist.join(&file)).map_err(|e| format!("cannot read {file}: {e}"))?;
        let name = match file.strip_prefix("demo/") {
            Some(rest) => format!("examples/{rest}"),
            None => file.clone(),
        };
        add(&mut archive, &name, &bytes)?;
    }
    add(&mut archive, "README.md", readme.as_bytes())?;
    add(&mut archive, "snippet.html", snippet.as_bytes())?;
    archive.into_inner().and_then(|gz| gz.finish()).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    println!("\n{}\n\nRelease written to {}", snippet.trim_end(), relative(&path));
    Ok(())
}

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

/// The snippet, with `embed.js` at `https://YOUR-SITE/avenir/` to be replaced by the CSO.
fn snippet(integrity: &str) -> String {
    format!(
        "<!-- Avenir: put the folder avenir/ on your site, then this where the widget goes. -->\n\
         <script type=\"module\" src=\"https://YOUR-SITE.example/avenir/embed.js\" integrity=\"{integrity}\" crossorigin=\"anonymous\"></script>\n\
         <avenir-assessment country=\"BE\" languages=\"fr nl en ar\" exit-url=\"https://www.bbc.com/weather\">\n  \
         <a href=\"https://YOUR-SITE.example/avenir/\">Open the self-assessment</a>\n\
         </avenir-assessment>\n"
    )
}

fn readme(version: &str, snippet: &str) -> String {
    README.replace("{version}", version).replace("{snippet}", snippet.trim_end())
}

const README: &str = include_str!("release-README.md");

#[cfg(test)]
mod tests {
    use super::*;

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
        let text = readme("2026.11.0", &snippet("sha384-x"));
        assert!(text.contains("integrity=\"sha384-x\"") && text.contains("2026.11.0"), "{text}");
        assert!(!text.contains("{snippet}") && !text.contains("{version}"));
        assert!(util::repo_root().join("xtask/src/release-README.md").is_file());
    }
}
