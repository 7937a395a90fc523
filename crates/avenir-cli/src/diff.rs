//! `avenir diff OLD NEW` — written next.

use std::path::Path;
use std::process::ExitCode;

pub fn run(_old: &Path, _new: &Path) -> Result<ExitCode, String> {
    Err("not yet".into())
}
