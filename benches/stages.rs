//! Throughput of each stage of `factlint check`, one at a time, over the
//! shipped stories (fixtures/amazon-2025, fixtures/real-style/*/drafts)
//! replicated to about 2 MB and written to a scratch folder:
//!
//! - `load`: walking the folder and reading the drafts (`load::load`);
//! - `extract`: every draft's claims, on all cores (`extract_all`);
//! - `keys`: the automatic keys of every figure (`autokey::keys`);
//! - `index`: name resolution, keys, binding and the index (`Corpus::new`,
//!   which includes `keys`);
//! - `checks`: every built-in check over the index (`checks::run_all`);
//! - `render-json` / `render-claims`: `check --format json` and
//!   `claims --format json` written to a sink.
//!
//! `cargo bench --bench stages` (add `-- --quick` for a short run). Figures
//! are MB/s of draft text; BENCHMARKS.md has whole-process figures.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use factlint::extract::ExtractOptions;
use factlint::index::Corpus;
use factlint::load::{LoadOptions, load};
use factlint::render::json::{Summary, write_claims, write_diagnostics};
use factlint::source::Sources;
use factlint::{autokey, checks, extract_all};

const TARGET_BYTES: usize = 2 * 1000 * 1000;

/// The seed drafts, replicated into `dir` (one folder per copy of a story,
/// so each copy's drafts sit together as in an archive); returns the bytes.
fn write_corpus(dir: &Path) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut stories = vec![root.join("amazon-2025")];
    let mut real: Vec<PathBuf> = std::fs::read_dir(root.join("real-style"))
        .expect("fixtures/real-style is present")
        .filter_map(|e| e.ok())
        .map(|e| e.path().join("drafts"))
        .filter(|p| p.is_dir())
        .collect();
    real.sort();
    stories.extend(real);
    let mut seeds: Vec<Vec<(String, String)>> = Vec::new();
    for s in &stories {
        let mut drafts: Vec<(String, String)> = std::fs::read_dir(s)
            .expect("a story folder")
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "md"))
            .filter_map(|p| {
                let name = p.file_name()?.to_string_lossy().into_owned();
                Some((name, std::fs::read_to_string(&p).ok()?))
            })
            .collect();
        drafts.sort();
        seeds.push(drafts);
    }
    let mut total = 0;
    let mut copy = 0;
    while total < TARGET_BYTES {
        for drafts in &seeds {
            let folder = dir.join(format!("story-{copy:05}"));
            std::fs::create_dir_all(&folder).expect("scratch folder");
            for (name, text) in drafts {
                std::fs::write(folder.join(name), text).expect("scratch draft");
                total += text.len();
            }
            copy += 1;
        }
    }
    total
}

fn bench(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("factlint-stages-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let bytes = write_corpus(&dir);
    let paths = vec![dir.to_string_lossy().into_owned()];
    let options = LoadOptions::default();
    let loaded = load(&paths, &options);
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    let docs = loaded.docs;
    let opts = ExtractOptions::default();
    let extractions = extract_all(&docs, &opts);
    let corpus = Corpus::new(&docs, extractions.clone(), &[]);
    let registry = checks::registry();
    let ids: Vec<&'static str> = registry.iter().map(|c| c.id()).collect();
    let cx = checks::Context {
        corpus: &corpus,
        options: checks::CheckOptions::default(),
        enabled: &ids,
        earlier: &[],
    };
    let findings = checks::run_all(&cx, &registry);
    let sources = Sources::new(&docs, &[], factlint::finding::places(&findings));
    let claims: usize = corpus.extractions.iter().map(|e| e.claims.len()).sum();
    let summary = Summary {
        files: docs.len(),
        claims,
        suppressed: 0,
    };

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("load", |b| {
        b.iter(|| black_box(load(&paths, &options).docs.len()))
    });
    g.bench_function("extract", |b| {
        b.iter(|| black_box(extract_all(&docs, &opts).len()))
    });
    g.bench_function("keys", |b| {
        b.iter(|| black_box(autokey::keys(&docs, &corpus.extractions).len()))
    });
    g.bench_function("index", |b| {
        b.iter_batched(
            || extractions.clone(),
            |ex| black_box(Corpus::new(&docs, ex, &[]).keyed.len()),
            criterion::BatchSize::LargeInput,
        )
    });
    g.bench_function("checks", |b| {
        b.iter(|| black_box(checks::run_all(&cx, &registry).len()))
    });
    g.bench_function("render-json", |b| {
        b.iter(|| {
            write_diagnostics(&mut std::io::sink(), &findings, &sources, summary)
                .expect("a sink takes everything")
        })
    });
    g.bench_function("render-claims", |b| {
        b.iter(|| write_claims(&mut std::io::sink(), &corpus).expect("a sink takes everything"))
    });
    g.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, bench);
criterion_main!(benches);
