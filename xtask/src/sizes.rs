//! What `dist/` weighs on the wire: raw, gzip -9 and brotli 11 bytes of every file.

use std::fs;
use std::io::Write;
use std::path::Path;

use flate2::{Compression, write::GzEncoder};

use crate::util::Result;

pub struct Row {
    /// Path inside `dist/`, with `/` separators.
    pub path: String,
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

/// Every file under `dir`, as paths relative to it with `/`, sorted.
pub fn list(dir: &Path) -> Result<Vec<String>> {
    let mut files = Vec::new();
    list_files(dir, "", &mut files)?;
    files.sort();
    Ok(files)
}

/// Measures every file under `dir`, sorted by path.
pub fn measure(dir: &Path) -> Result<Vec<Row>> {
    list(dir)?
        .into_iter()
        .map(|path| {
            let full = dir.join(&path);
            let bytes = fs::read(&full).map_err(|e| format!("cannot read {}: {e}", full.display()))?;
            Ok(Row { raw: bytes.len(), gzip: gzip(&bytes)?, brotli: brotli(&bytes)?, path })
        })
        .collect()
}

fn list_files(dir: &Path, prefix: &str, files: &mut Vec<String>) -> Result {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
        if entry.path().is_dir() {
            list_files(&entry.path(), &format!("{name}/"), files)?;
        } else {
            files.push(name);
        }
    }
    Ok(())
}

fn gzip(bytes: &[u8]) -> Result<usize> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes).and_then(|()| encoder.finish()).map(|out| out.len()).map_err(|e| format!("gzip: {e}"))
}

fn brotli(bytes: &[u8]) -> Result<usize> {
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).map_err(|e| format!("brotli: {e}"))?;
    Ok(out.len())
}

fn total(rows: &[Row]) -> Row {
    Row {
        path: "total".into(),
        raw: rows.iter().map(|row| row.raw).sum(),
        gzip: rows.iter().map(|row| row.gzip).sum(),
        brotli: rows.iter().map(|row| row.brotli).sum(),
    }
}

/// The table printed after a build, in bytes.
pub fn table(rows: &[Row]) -> String {
    let total = total(rows);
    let width = rows.iter().map(|row| row.path.len()).max().unwrap_or(0).max(12);
    let line = |row: &Row| format!("{:<width$} {:>10} {:>10} {:>10}\n", row.path, row.raw, row.gzip, row.brotli);
    let mut out = format!("{:<width$} {:>10} {:>10} {:>10}\n", "dist/ (bytes)", "raw", "gzip -9", "brotli 11");
    rows.iter().for_each(|row| out += &line(row));
    out += &format!("{}\n", "-".repeat(width + 33));
    out += &line(&total);
    out
}

/// The same table as JSON: `{"files": [{"path", "raw", "gzip", "brotli"}…], "total": {…}}`.
pub fn json(rows: &[Row]) -> String {
    let object = |row: &Row| {
        format!(
            r#"{{"path": "{}", "raw": {}, "gzip": {}, "brotli": {}}}"#,
            escape(&row.path),
            row.raw,
            row.gzip,
            row.brotli
        )
    };
    let files: Vec<String> = rows.iter().map(|row| format!("    {}", object(row))).collect();
    format!("{{\n  \"files\": [\n{}\n  ],\n  \"total\": {}\n}}\n", files.join(",\n"), object(&total(rows)))
}

fn escape(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '"' => "\\\"".to_string(),
            '\\' => "\\\\".to_string(),
            c if c.is_control() => format!("\\u{:04x}", c as u32),
            c => c.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compresses_repetitive_text() {
        let text = "Which country are you living in now? ".repeat(100);
        let (gz, br) = (gzip(text.as_bytes()).unwrap(), brotli(text.as_bytes()).unwrap());
        assert!(gz < text.len() / 10 && br < text.len() / 10, "gzip {gz}, brotli {br}");
    }

    #[test]
    fn writes_json_with_totals() {
        let rows = [
            Row { path: "index.html".into(), raw: 10, gzip: 8, brotli: 6 },
            Row { path: "pkg/a \"b\".js".into(), raw: 5, gzip: 4, brotli: 3 },
        ];
        let json = json(&rows);
        assert!(json.contains(r#"{"path": "pkg/a \"b\".js", "raw": 5, "gzip": 4, "brotli": 3}"#), "{json}");
        assert!(json.contains(r#""total": {"path": "total", "raw": 15, "gzip": 12, "brotli": 9}"#), "{json}");
        assert!(table(&rows).lines().last().unwrap().starts_with("total"));
    }
}
