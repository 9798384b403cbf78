//! `dossier synth N OUTDIR [--seed S]`: writes the deterministic synthetic corpus as
//! `.txt` files, for browser benchmarks and for trying Dossier on a large folder.

use std::io::Write;
use std::path::Path;

use crate::synth;

const HELP: &str = "usage: dossier synth N OUTDIR [--seed S]";

/// Default seed, so `dossier synth 10000 out/` is reproducible without options.
pub const DEFAULT_SEED: u64 = 2022;

/// Runs `synth`; returns the exit code (2 on bad arguments).
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<i32> {
    let mut seed = DEFAULT_SEED;
    let mut positional = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--seed" => match it.next().and_then(|s| s.parse().ok()) {
                Some(s) => seed = s,
                None => return usage(err, "--seed needs a whole number"),
            },
            "-h" | "--help" => {
                writeln!(out, "{HELP}")?;
                return Ok(0);
            }
            _ => positional.push(a.as_str()),
        }
    }
    let (n, dir) = match positional.as_slice() {
        [n, dir] => match n.parse::<usize>() {
            Ok(n) => (n, Path::new(dir)),
            Err(_) => return usage(err, "N must be a whole number"),
        },
        _ => return usage(err, "expected N and OUTDIR"),
    };
    std::fs::create_dir_all(dir)?;
    let mut bytes = 0;
    for f in synth::source_files(n, seed) {
        bytes += f.bytes.len();
        std::fs::write(dir.join(&f.name), &f.bytes)?;
    }
    writeln!(
        out,
        "wrote {n} articles ({:.1} MB) to {} (seed {seed})",
        bytes as f64 / 1e6,
        dir.display()
    )?;
    Ok(0)
}

fn usage(err: &mut dyn Write, why: &str) -> std::io::Result<i32> {
    writeln!(err, "dossier synth: {why}\n{HELP}")?;
    Ok(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_args(args: &[&str]) -> i32 {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        run(&args, &mut Vec::new(), &mut Vec::new()).unwrap_or(1)
    }

    #[test]
    fn writes_files_that_search_can_read() {
        let dir = std::env::temp_dir().join(format!("dossier-synth-{}", std::process::id()));
        let d = dir.to_string_lossy().into_owned();
        assert_eq!(run_args(&["3", &d, "--seed", "5"]), 0);
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        assert_eq!(
            names,
            ["synth_00000.txt", "synth_00001.txt", "synth_00002.txt"]
        );
        let text = std::fs::read_to_string(dir.join("synth_00001.txt")).unwrap_or_default();
        assert_eq!(text, synth::generate(3, 5)[1].text);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn bad_arguments_exit_2() {
        assert_eq!(run_args(&[]), 2);
        assert_eq!(run_args(&["many", "out"]), 2);
        assert_eq!(run_args(&["3", "out", "--seed"]), 2);
    }
}
