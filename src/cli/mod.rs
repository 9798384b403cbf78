//! Native command-line subcommands. Each file is one subcommand over the same Engine
//! the browser uses; `src/bin/dossier.rs` only dispatches.

pub mod check;
pub mod pack;
pub mod quotes;
pub mod search;
pub mod synth;

/// Usage text shown by `dossier help` and on bad arguments.
pub const USAGE: &str = "\
dossier — explore a folder of news articles

USAGE:
    dossier check DIR              ingest DIR, print each article's metadata and warnings
    dossier search [--json] [--corpus DIR] [--limit N] QUERY...
                                   ranked hits with snippets (default corpus: the embedded one)
    dossier synth N OUTDIR [--seed S]
                                   write N synthetic articles (deterministic for a seed) as .txt
    dossier quotes [--json] FILE...  extract quotes and speakers (--json: one JSON line per file)
    dossier pack DIR FILE          ingest DIR, build the engine, write it as a corpus pack
                                   (what the site compiles in: see scripts/build.sh)
    dossier help                   this text
";

/// Runs the subcommand named by `args` (without the program name); returns the exit code.
pub fn run(args: &[String], out: &mut dyn std::io::Write, err: &mut dyn std::io::Write) -> i32 {
    let result = match args.first().map(String::as_str) {
        Some("check") => check::run(&args[1..], out, err),
        Some("search") => search::run(&args[1..], out, err),
        Some("synth") => synth::run(&args[1..], out, err),
        Some("quotes") => quotes::run(&args[1..], out, err),
        Some("pack") => pack::run(&args[1..], out, err),
        Some("help") | Some("--help") | Some("-h") => {
            let _ = write!(out, "{USAGE}");
            Ok(0)
        }
        Some(other) => {
            let _ = writeln!(err, "dossier: unknown command `{other}`\n\n{USAGE}");
            Ok(2)
        }
        None => {
            let _ = write!(err, "{USAGE}");
            Ok(2)
        }
    };
    result.unwrap_or_else(|e| {
        let _ = writeln!(err, "dossier: {e}");
        1
    })
}
