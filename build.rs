//! Build script: a fingerprint of the code, for the claims cache.
//!
//! `src/cache.rs` keys every entry by factlint's version and this
//! fingerprint, so a build whose extraction could differ never reads an
//! entry another build wrote. The fingerprint hashes every file under `src/`
//! (the code and the word lists it includes), `Cargo.toml` and `Cargo.lock`
//! (the versions of the parsers it uses): any change there, even one that
//! does not touch extraction, starts a fresh cache. Hashing the running
//! executable would be as safe but costs a read of the whole binary on
//! every run; this costs nothing at run time.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn main() {
    let mut all = Vec::new();
    files(Path::new("src"), &mut all);
    all.sort();
    all.push("Cargo.toml".into());
    all.push("Cargo.lock".into());
    // SipHash with fixed keys: the same sources give the same fingerprint
    // with the same toolchain; another toolchain may give another, which
    // only starts a fresh cache.
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for f in &all {
        f.to_string_lossy().replace('\\', "/").hash(&mut h);
        std::fs::read(f).ok().hash(&mut h);
    }
    println!(
        "cargo:rustc-env=FACTLINT_CODE_FINGERPRINT={:016x}",
        h.finish()
    );
    for watched in ["src", "Cargo.toml", "Cargo.lock", "build.rs"] {
        println!("cargo:rerun-if-changed={watched}");
    }
}
