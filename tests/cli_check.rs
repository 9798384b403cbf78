//! `dossier check DIR` as a user runs it: the real binary on the seed corpus and on
//! folders with bad files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn check(dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("check")
        .arg(dir)
        .output()
        .expect("run dossier")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A fresh folder in the system temp directory holding one seed article, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir =
            std::env::temp_dir().join(format!("dossier-cli-check-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        std::fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/000_660aaf9185c519ef.txt"),
            dir.join("000_660aaf9185c519ef.txt"),
        )
        .expect("copy seed");
        TempDir(dir)
    }

    fn write(&self, name: &str, bytes: &[u8]) -> &TempDir {
        std::fs::write(self.0.join(name), bytes).expect("write file");
        self
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn seed_corpus_checks_clean() {
    let out = check(&Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus"));
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    let header = stdout.lines().next().unwrap_or("");
    for column in [
        "id", "title", "outlet", "date", "authors", "words", "language",
    ] {
        assert!(header.contains(column), "{header}");
    }
    let row = |id: &str| {
        stdout
            .lines()
            .find(|l| l.starts_with(id))
            .unwrap_or_else(|| panic!("no row {id} in {stdout}"))
            .to_string()
    };
    let r000 = row("000_660aaf9185c519ef");
    for cell in [
        "U.S.-Russia Talks Must Continue",
        "The National Interest",
        "2022-01-10",
        "Daniel R. DePetris",
        "English+Ukrainian",
    ] {
        assert!(r000.contains(cell), "{r000}");
    }
    let r001 = row("001_26dff11e0349677d");
    assert_eq!(
        r001.matches("unknown").count(),
        3,
        "outlet, date, authors: {r001}"
    );
    assert!(row("003_115b22df84fd61fe").contains("Council on Foreign Relations"));
    assert!(row("004_1902ac851d4e0608").contains("CGTN"));
    assert!(
        stdout.contains("5 articles, 0 warnings, 0 errors"),
        "{stdout}"
    );
}

#[test]
fn non_utf8_file_is_an_error_naming_it() {
    let dir = TempDir::new("latin1");
    dir.write("latin1.txt", b"Russia\x92s security demands");
    let out = check(&dir.0);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("latin1.txt: not UTF-8"), "{stderr}");
    assert!(stderr.contains("offset 6"), "{stderr}");
    // The good file is still listed.
    assert!(text(&out.stdout).contains("000_660aaf9185c519ef"));
}

#[test]
fn empty_file_is_an_error_naming_it() {
    let dir = TempDir::new("empty");
    dir.write("empty.md", b"");
    let out = check(&dir.0);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("empty.md: empty file"));
}

#[test]
fn binary_file_is_an_error_naming_it() {
    let dir = TempDir::new("binary");
    dir.write("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let out = check(&dir.0);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("photo.txt: binary data"));
}

#[test]
fn catalog_naming_a_missing_file_is_an_error() {
    let dir = TempDir::new("catalog");
    dir.write(
        "catalog.toml",
        b"# corrections\n[\"gone.txt\"]\noutlet = \"CGTN\"\n",
    );
    let out = check(&dir.0);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("catalog.toml:2"), "{stderr}");
    assert!(stderr.contains("gone.txt"), "{stderr}");
}

#[test]
fn other_files_in_the_folder_are_ignored() {
    let dir = TempDir::new("others");
    dir.write("notes.pdf", b"%PDF-1.4\0\0");
    let out = check(&dir.0);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn usage_errors_exit_2() {
    let out = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("check")
        .output()
        .expect("run dossier");
    assert_eq!(out.status.code(), Some(2));
    let out = check(Path::new("/nonexistent/dossier-corpus"));
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("not a folder"));
}
