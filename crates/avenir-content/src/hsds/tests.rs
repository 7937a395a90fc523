//! Tests of the HSDS export and import (JSON and CSV).

use super::import::*;
use super::*;

/// The days part of the opening hours text (written by the core's formatter).
fn days_text(days: u8) -> String {
    let hours = OpeningHours { always: false, rules: vec![HoursRule { days, spans: vec![(0, 60)] }] };
    hours.to_string().trim_end_matches(" 00:00-01:00").to_string()
}

#[test]
fn times_and_days() {
    assert_eq!(time("09:30"), Some(570));
    assert_eq!(time("09:30:00"), Some(570));
    assert_eq!(time("09:30Z"), Some(570));
    assert_eq!(time("09:30+01:00"), Some(570));
    assert_eq!(time("09:30:00+01:00"), Some(570));
    assert_eq!(time("09:30:15"), None);
    assert_eq!(time("9:30"), None);
    assert_eq!(time("25:00"), None);
    assert_eq!(days_text(0b0011111), "Mo-Fr");
    assert_eq!(days_text(0b0011011), "Mo,Tu,Th,Fr");
    assert_eq!(days_text(0b1000101), "Mo,We,Su");
}

#[test]
fn language_tags() {
    for ok in ["en", "fr", "pt-BR", "zh-Hant", "ckb"] {
        assert!(language_tag(ok), "{ok}");
    }
    for bad in ["English", "EN", "e", "en_GB", "fr-", ""] {
        assert!(!language_tag(bad), "{bad}");
    }
}

#[test]
fn toml_strings_escape() {
    assert_eq!(toml_str("a \"b\" \\ c\n"), "\"a \\\"b\\\" \\\\ c\\n\"");
    // Terminal escapes and bidirectional overrides: escaped, and read back as they were.
    let evil = "x\u{1b}[2J\u{1b}]0;pwned\u{7}\u{202e}txt.exe\u{2066}\u{7f}\u{9b}";
    let written = toml_str(evil);
    assert_eq!(written, "\"x\\u001B[2J\\u001B]0;pwned\\u0007\\u202Etxt.exe\\u2066\\u007F\\u009B\"");
    let read: toml::Table = toml::from_str(&format!("a = {written}")).unwrap();
    assert_eq!(read["a"].as_str(), Some(evil));
}

#[test]
fn offsets_from_line_and_column() {
    let t = "[\n  {\"a\": 1,}\n]";
    assert_eq!(offset_of(t, 2, 3), 4);
    assert_eq!(&t[offset_of(t, 2, 11)..][..1], "}");
}
