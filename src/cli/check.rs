//! `dossier check DIR`: ingest a folder and report articles, metadata and problems.
//!
//! PLACEHOLDER (issue #2 in progress).

use std::io::Write;

/// Runs `check`; returns the exit code (non-zero when any file could not be ingested).
pub fn run(args: &[String], out: &mut dyn Write, _err: &mut dyn Write) -> std::io::Result<i32> {
    writeln!(out, "check {args:?}: not implemented yet")?;
    Ok(1)
}
