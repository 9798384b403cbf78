//! `dossier pack DIR FILE` as `scripts/build.sh` runs it: the pack it writes holds the
//! folder's articles and ingest errors, and its stamp is the folder's, so `build.rs` can
//! tell a fresh pack from a stale one.

use std::path::{Path, PathBuf};

use dossier::cli::pack::folder_stamp;
use dossier::corpus::CorpusError;
use dossier::pack::{self, header::Header};

/// A fresh folder in the system temp directory, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir =
            std::env::temp_dir().join(format!("dossier-cli-pack-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run(args: &[&str]) -> (i32, String, String) {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = dossier::cli::run(&args, &mut out, &mut err);
    (
        code,
        String::from_utf8_lossy(&out).into_owned(),
        String::from_utf8_lossy(&err).into_owned(),
    )
}

fn seed(dir: &Path, name: &str) {
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("corpus")
            .join(name),
        dir.join(name),
    )
    .expect("copy seed");
}

#[test]
fn packs_a_folder_with_its_errors_and_stamp() {
    let tmp = TempDir::new("errors");
    let corpus = tmp.0.join("corpus");
    std::fs::create_dir_all(&corpus).expect("corpus dir");
    seed(&corpus, "000_660aaf9185c519ef.txt");
    std::fs::write(corpus.join("empty.txt"), b"  \n").expect("write");
    let file = tmp.0.join("out/corpus.pack");
    let (code, out, err) = run(&["pack", &corpus.to_string_lossy(), &file.to_string_lossy()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("packed 1 articles"), "{out}");
    // One article is far below pack::STORE_INDEX_FROM_WORDS: the page re-indexes it.
    assert!(out.contains("index rebuilt when read"), "{out}");
    let bytes = std::fs::read(&file).expect("pack written");
    let header = Header::read(&bytes).expect("header");
    assert_eq!(header.stamp, folder_stamp(&corpus).expect("stamp"));
    let u = pack::read(&bytes).expect("reads");
    assert_eq!(u.engine.articles().len(), 1);
    assert_eq!(
        u.errors,
        vec![CorpusError::Empty {
            file: "empty.txt".into()
        }]
    );
    // Any change to the folder changes its stamp: the pack is then stale.
    std::fs::write(corpus.join("notes.md"), b"# Notes\n\nNew text.\n").expect("write");
    assert_ne!(header.stamp, folder_stamp(&corpus).expect("stamp"));
}

#[test]
fn bad_arguments_are_usage_errors() {
    assert_eq!(run(&["pack"]).0, 2);
    let tmp = TempDir::new("usage");
    let missing = tmp.0.join("missing");
    let (code, _, err) = run(&["pack", &missing.to_string_lossy(), "x.pack"]);
    assert_eq!(code, 2);
    assert!(err.contains("is not a folder"), "{err}");
}
