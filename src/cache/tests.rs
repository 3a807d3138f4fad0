//! The claims cache round-trips an extraction and treats every bad entry as a miss.

use super::*;
use crate::source::DocId;

const DRAFT: &str = "# Acme cuts jobs\n\nACME said on Tuesday it would cut 1,200 jobs, or 8% of its staff, \
    costing US$30 million. \"We regret it,\" said Jane Roe, chief executive of Acme.\n\n```\n4,000 in code\n```\n";

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factlint-cache-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    dir
}

fn doc(id: u32, path: &str, text: &str) -> Document {
    Document::new(DocId(id), path, text)
}

fn entry_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.parent() != Some(dir) {
                out.push(p);
            }
        }
    }
    out
}

fn same(a: &Extraction, b: &Extraction) {
    assert_eq!(a.doc, b.doc);
    assert_eq!(a.sentences, b.sentences);
    assert_eq!(a.claims, b.claims);
    assert_eq!(a.relations, b.relations);
    assert_eq!(a.prose, b.prose);
}

#[test]
fn an_entry_reads_back_as_the_extraction_it_kept() {
    let dir = temp_dir("roundtrip");
    let cache = Cache::new(&dir);
    let opts = ExtractOptions::default();
    let d = doc(0, "a.md", DRAFT);
    let ex = crate::extract::extract(&d, &opts);
    assert!(
        ex.claims
            .iter()
            .any(|c| c.quantity().is_some_and(|q| q.currency == Some("USD")))
    );
    assert!(ex.prose.is_some());
    assert!(cache.get(&d, &opts).is_none());
    cache.put(&d, &opts, &ex);
    let back = cache.get(&d, &opts).expect("a hit");
    same(&ex, &back);
    assert_eq!(cache.stats().hits, 1);
    assert_eq!(cache.stats().misses, 1);
    assert_eq!(cache.stats().written, 1);
    assert!(dir.join("CACHEDIR.TAG").is_file());
    assert_eq!(fs::read_to_string(dir.join(".gitignore")).unwrap(), "*\n");
    let entries = entry_files(&dir);
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert!(!entries[0].to_string_lossy().contains(".tmp-"));
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn the_same_text_at_another_place_takes_that_place_s_id() {
    let dir = temp_dir("moved");
    let cache = Cache::new(&dir);
    let opts = ExtractOptions::default();
    let first = doc(0, "a.md", DRAFT);
    cache.put(&first, &opts, &crate::extract::extract(&first, &opts));
    let moved = doc(3, "elsewhere/b.md", DRAFT);
    let back = cache.get(&moved, &opts).expect("a hit");
    same(&crate::extract::extract(&moved, &opts), &back);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn the_format_and_the_options_are_part_of_the_key() {
    let opts = ExtractOptions::default();
    let md = doc(0, "a.md", DRAFT);
    let txt = doc(0, "a.txt", DRAFT);
    assert_ne!(Cache::key(&md, &opts), Cache::key(&txt, &opts));
    let mut wider = opts;
    wider.numbers.approx_tolerance = 0.1;
    assert_ne!(Cache::key(&md, &opts), Cache::key(&md, &wider));
    assert_eq!(
        Cache::key(&md, &opts),
        Cache::key(&doc(5, "b.md", DRAFT), &opts)
    );
}

#[test]
fn a_truncated_corrupt_or_foreign_entry_is_a_miss() {
    let dir = temp_dir("corrupt");
    let cache = Cache::new(&dir);
    let opts = ExtractOptions::default();
    let d = doc(0, "a.md", DRAFT);
    let other = doc(0, "b.txt", "Another draft: 7,000 jobs.\n");
    cache.put(&d, &opts, &crate::extract::extract(&d, &opts));
    cache.put(&other, &opts, &crate::extract::extract(&other, &opts));
    let path = cache.entry_path(&Cache::key(&d, &opts));
    let good = fs::read(&path).unwrap();
    let foreign = fs::read(cache.entry_path(&Cache::key(&other, &opts))).unwrap();
    let mut flipped = good.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 0x40;
    let mut bad_magic = good.clone();
    bad_magic[0] = b'X';
    let bad: Vec<Vec<u8>> = vec![
        Vec::new(),
        good[..10].to_vec(),
        good[..good.len() - 3].to_vec(),
        flipped,
        bad_magic,
        foreign,
        vec![0xff; 5000],
    ];
    for bytes in bad {
        fs::write(&path, &bytes).unwrap();
        assert!(cache.get(&d, &opts).is_none(), "{} bytes", bytes.len());
    }
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn an_entry_whose_spans_leave_the_draft_is_a_miss() {
    let opts = ExtractOptions::default();
    let d = doc(0, "a.md", DRAFT);
    let mut ex = crate::extract::extract(&d, &opts);
    ex.claims[0].span = Span::new(0, DRAFT.len() + 10);
    let key = Cache::key(&d, &opts);
    let bytes = encode(&ex, &key).unwrap();
    let entry = decode(&bytes, &key).expect("the header checks out");
    assert!(rebuild(entry, &d).is_none());
}

#[test]
fn an_unwritable_folder_is_a_problem_not_a_failure() {
    let dir = temp_dir("unwritable");
    fs::write(&dir, "a file where the folder should be").unwrap();
    let cache = Cache::new(&dir);
    let opts = ExtractOptions::default();
    let d = doc(0, "a.md", DRAFT);
    cache.put(&d, &opts, &crate::extract::extract(&d, &opts));
    cache.put(&d, &opts, &crate::extract::extract(&d, &opts));
    assert!(cache.get(&d, &opts).is_none());
    let stats = cache.stats();
    assert_eq!(stats.written, 0);
    assert!(
        stats
            .problem
            .unwrap()
            .contains("cannot write the claims cache")
    );
    let _ = fs::remove_file(&dir);
}

#[test]
fn every_attempt_on_an_unwritable_folder_names_the_problem() {
    // Threads racing to write the first entries each get the first
    // attempt's message, so the one warning is never empty.
    let dir = temp_dir("unwritable-twice");
    fs::write(&dir, "a file where the folder should be").unwrap();
    let cache = Cache::new(&dir);
    let first = cache.prepare().unwrap_err();
    let second = cache.prepare().unwrap_err();
    assert!(first.contains("cannot write the claims cache"), "{first}");
    assert_eq!(first, second);
    let _ = fs::remove_file(&dir);
}

#[test]
fn a_pack_reads_back_until_it_is_damaged_or_of_another_layout() {
    let dir = temp_dir("pack");
    let cache = Cache::new(&dir);
    let key = [7u8; 32];
    assert!(cache.get_pack("autokeys", &key).is_none());
    cache.put_pack("autokeys", &key, b"every draft's keys");
    assert_eq!(
        cache.get_pack("autokeys", &key).as_deref(),
        Some(&b"every draft's keys"[..])
    );
    // Another kind, another key: not this pack.
    assert!(cache.get_pack("other", &key).is_none());
    assert!(cache.get_pack("autokeys", &[8u8; 32]).is_none());
    let path = cache.pack_path("autokeys", &key);
    let good = fs::read(&path).unwrap();
    let mut flipped = good.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 0x01;
    // An older layout: the claims' magic, or another pack version.
    let mut old = good.clone();
    old[..8].copy_from_slice(b"FLPACK0\n");
    let claims_magic = [&MAGIC[..], &good[8..]].concat();
    for bytes in [
        Vec::new(),
        good[..HEADER - 1].to_vec(),
        good[..good.len() - 1].to_vec(),
        flipped,
        old,
        claims_magic,
    ] {
        fs::write(&path, &bytes).unwrap();
        assert!(cache.get_pack("autokeys", &key).is_none(), "{bytes:?}");
    }
    assert!(cache.stats().problem.is_none());
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn only_the_most_recently_used_packs_are_kept() {
    let dir = temp_dir("prune");
    let cache = Cache::new(&dir);
    let t0 = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for i in 0..KEEP_PACKS as u8 {
        cache.put_pack("autokeys", &[i; 32], &[i]);
        // Oldest first, a minute apart, whatever the clock's resolution.
        let f = fs::OpenOptions::new()
            .write(true)
            .open(cache.pack_path("autokeys", &[i; 32]))
            .unwrap();
        f.set_modified(t0 + std::time::Duration::from_secs(60 * i as u64))
            .unwrap();
    }
    // Reading pack 0 makes it the most recently used: pack 1 goes.
    assert!(cache.get_pack("autokeys", &[0; 32]).is_some());
    cache.put_pack("autokeys", &[200; 32], b"new");
    let kept = |i: u8| cache.get_pack("autokeys", &[i; 32]).is_some();
    assert!(kept(0) && kept(200) && !kept(1), "{:?}", entry_files(&dir));
    assert!((2..KEEP_PACKS as u8).all(kept));
    // The claims entries are not packs: never pruned.
    let d = doc(0, "a.md", DRAFT);
    let opts = ExtractOptions::default();
    cache.put(&d, &opts, &crate::extract::extract(&d, &opts));
    for i in 0..20u8 {
        cache.put_pack("autokeys", &[100 + i; 32], &[i]);
    }
    assert!(cache.get(&d, &opts).is_some());
    let packs = entry_files(&dir)
        .into_iter()
        .filter(|p| p.to_string_lossy().contains("autokeys-"))
        .count();
    assert_eq!(packs, KEEP_PACKS);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_document_s_entry_key_is_the_one_it_was_looked_up_under() {
    let dir = temp_dir("entry-key");
    let cache = Cache::new(&dir);
    let opts = ExtractOptions::default();
    let d = doc(4, "a.md", DRAFT);
    assert_eq!(cache.entry_key(DocId(4)), None);
    assert!(cache.get(&d, &opts).is_none());
    assert_eq!(cache.entry_key(DocId(4)), Some(Cache::key(&d, &opts)));
    assert_eq!(cache.entry_key(DocId(0)), None);
    let _ = fs::remove_dir_all(&dir);
}
