//! `dossier quotes --json FILE...` as evaluation tools run it: the real binary, its exact
//! output contract, and its behaviour on files it cannot use.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const SEEDS: [&str; 5] = [
    "000_660aaf9185c519ef.txt",
    "001_26dff11e0349677d.txt",
    "002_7dc7dc72cc67e03f.txt",
    "003_115b22df84fd61fe.txt",
    "004_1902ac851d4e0608.txt",
];

fn seed(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(name)
}

fn quotes(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("quotes")
        .arg("--json")
        .args(args)
        .output()
        .expect("run dossier")
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect()
}

/// A fresh folder in the system temp directory, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir =
            std::env::temp_dir().join(format!("dossier-quotes-cli-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, bytes).expect("write file");
        p
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn every_quote_text_is_the_code_point_slice_of_its_file() {
    let paths: Vec<PathBuf> = SEEDS.iter().map(|s| seed(s)).collect();
    let refs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
    let out = quotes(&refs);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let objs = lines(&out);
    assert_eq!(
        objs.len(),
        SEEDS.len(),
        "one line per file, in argument order"
    );
    let mut total = 0;
    for (obj, path) in objs.iter().zip(&paths) {
        assert_eq!(
            obj["file"].as_str(),
            path.to_str(),
            "file is the path as given"
        );
        let text: Vec<char> = std::fs::read_to_string(path)
            .expect("read seed")
            .chars()
            .collect();
        let qs = obj["quotes"].as_array().expect("quotes array");
        for q in qs {
            let keys: Vec<&String> = q.as_object().expect("quote object").keys().collect();
            assert_eq!(
                keys.len(),
                6,
                "exactly text, start, end, kind, speaker, cue: {q}"
            );
            let (start, end) = (
                q["start"].as_u64().expect("start") as usize,
                q["end"].as_u64().expect("end") as usize,
            );
            assert!(start < end && end <= text.len(), "{q}");
            let slice: String = text[start..end].iter().collect();
            assert_eq!(
                q["text"].as_str(),
                Some(slice.as_str()),
                "text is the slice [{start}, {end})"
            );
            assert!(
                matches!(q["kind"].as_str(), Some("direct" | "partial" | "indirect")),
                "{q}"
            );
            assert!(q["speaker"].is_string() || q["speaker"].is_null(), "{q}");
            assert!(q["cue"].is_string() || q["cue"].is_null(), "{q}");
        }
        total += qs.len();
    }
    assert!(
        total > 90,
        "the seeds hold over a hundred quotes; got {total}"
    );
}

#[test]
fn speakers_are_canonical_names_merged_across_the_files_given() {
    let paths = [seed(SEEDS[1]), seed(SEEDS[2])];
    let refs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
    let objs = lines(&quotes(&refs));
    let speakers: Vec<&str> = objs
        .iter()
        .flat_map(|o| o["quotes"].as_array().into_iter().flatten())
        .filter_map(|q| q["speaker"].as_str())
        .collect();
    // 001 spells him "Sergei", 002 "Sergey": one identity, one name.
    assert!(speakers.contains(&"Sergei Lavrov"));
    assert!(!speakers.contains(&"Sergey Lavrov"));
    assert!(!speakers.contains(&"Mr. Lavrov"));
}

#[test]
fn unreadable_files_are_named_on_stderr_and_the_rest_still_processed() {
    let dir = TempDir::new("bad");
    let missing = dir.0.join("missing.txt");
    let binary = dir.file("latin1.txt", b"caf\xe9 \"quoted\" said Ms. Smith");
    let good = seed(SEEDS[4]);
    let out = quotes(&[&missing, &good, &binary]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("missing.txt"), "{err}");
    assert!(err.contains("latin1.txt"), "{err}");
    let objs = lines(&out);
    assert_eq!(objs.len(), 1);
    assert_eq!(objs[0]["file"].as_str(), good.to_str());
}

#[test]
fn an_empty_file_has_no_quotes() {
    let dir = TempDir::new("empty");
    let empty = dir.file("empty.txt", b"  \n");
    let out = quotes(&[&empty]);
    assert_eq!(out.status.code(), Some(0));
    let objs = lines(&out);
    assert_eq!(objs[0]["quotes"].as_array().map(Vec::len), Some(0));
}

#[test]
fn an_unbalanced_quote_mark_never_runs_across_paragraphs() {
    let dir = TempDir::new("unbalanced");
    let text = "Talks Stall\n\n“We will never accept this, the minister said on Monday.\n\nOfficials met again on Tuesday. “Nothing has changed,” a spokesman said.\n\nThe next round is set for March.\n";
    let f = dir.file("unbalanced.txt", text.as_bytes());
    let objs = lines(&quotes(&[&f]));
    let qs = objs[0]["quotes"].as_array().expect("quotes");
    for q in qs {
        let t = q["text"].as_str().unwrap_or_default();
        assert!(!t.contains('\n'), "a quote crossed a paragraph: {t:?}");
    }
    assert!(
        qs.iter()
            .any(|q| q["text"] == "Nothing has changed," && q["speaker"] == "spokesman"),
        "{qs:?}"
    );
}

#[test]
fn no_files_is_a_usage_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["quotes", "--json"])
        .output()
        .expect("run dossier");
    assert_eq!(out.status.code(), Some(2));
}
