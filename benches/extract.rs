//! Extraction throughput over the seed articles replicated past 10 MB.
//!
//! `cargo bench --bench extract` reports MB/s for one core:
//! - `numbers`: sentence splitting plus the numeric claim scanner;
//! - `extract`: the whole per-document extraction (every claim kind).
//!
//! Documents are extracted one after another on one thread, so the figure is
//! per core; `factlint` itself spreads documents over all cores.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use factlint::extract::{ExtractOptions, extract, quantity, sentence};
use factlint::source::{DocId, Document};

const TARGET_BYTES: usize = 10 * 1024 * 1024;

fn corpus() -> Vec<Document> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/amazon-2025");
    let mut seeds: Vec<String> = std::fs::read_dir(&dir)
        .expect("fixtures/amazon-2025 is present")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    seeds.sort();
    let mut docs = Vec::new();
    let mut total = 0;
    while total < TARGET_BYTES {
        for s in &seeds {
            total += s.len();
            docs.push(Document::new(
                DocId(docs.len() as u32),
                format!("d{}.txt", docs.len()),
                s.clone(),
            ));
        }
    }
    docs
}

fn bench(c: &mut Criterion) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let opts = ExtractOptions::default();
    let mut g = c.benchmark_group("extraction");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("numbers", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                let s = sentence::split(&d.text);
                n += quantity::scan(&d.text, &s, opts.numbers).len();
            }
            black_box(n)
        })
    });
    g.bench_function("extract", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                n += extract(d, &opts).claims.len();
            }
            black_box(n)
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
