//! Makes the build notice added, changed or removed corpus files (include_dir does not).

fn main() {
    println!("cargo:rerun-if-changed=corpus");
    if let Ok(entries) = std::fs::read_dir("corpus") {
        for e in entries.flatten() {
            println!("cargo:rerun-if-changed={}", e.path().display());
        }
    }
}
