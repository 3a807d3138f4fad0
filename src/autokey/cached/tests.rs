//! Keys read from a pack are the keys worked out; a pack that does not fit is a miss.

use super::*;
use crate::extract::ExtractOptions;
use crate::source::DocId;

const ACME: &str = "Acme said on Tuesday it would cut 1,200 jobs in 2025.\n\n\
    The company said revenue rose to $4 billion in 2025. Shares in Acme and Initech fell.\n";
const INITECH: &str = "Initech said it would cut 1,200 jobs in 2025.\n";

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("factlint-autokeys-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// The drafts' keys with `cache` (`None`: without one), as a run takes
/// them: extraction through the cache, so each draft has its entry key.
fn run(texts: &[&str], cache: Option<&Cache>) -> Vec<Keyed> {
    let docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Document::new(DocId(i as u32), format!("d{i}.txt"), *t))
        .collect();
    let exs = crate::extract_all_guarded(&docs, &ExtractOptions::default(), cache, &mut Vec::new());
    crate::autokey::keys_cached(&docs, &exs, cache)
}

/// (pack hits, misses) so far.
fn counts(cache: &Cache) -> (usize, usize) {
    let s = cache.stats();
    (s.pack_hits, s.pack_misses)
}

#[test]
fn keys_from_the_pack_are_the_keys_worked_out() {
    let dir = temp_dir("same");
    let cache = Cache::new(&dir);
    let texts = [ACME, INITECH, ACME];
    let fresh = run(&texts, None);
    assert!(fresh.iter().any(|k| k.key.is_some()), "{fresh:?}");
    assert_eq!(run(&texts, Some(&cache)), fresh);
    assert_eq!(counts(&cache), (0, 3));
    let warm = Cache::new(&dir);
    assert_eq!(run(&texts, Some(&warm)), fresh);
    // Two drafts alike share one record: both read it.
    assert_eq!(counts(&warm), (3, 0));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_draft_adding_no_new_word_leaves_the_others_keys_and_a_new_name_does_not() {
    let dir = temp_dir("fingerprint");
    run(&[ACME, INITECH], Some(&Cache::new(&dir)));
    // Words and names the drafts already use: only the changed draft is keyed.
    let same_words = format!("{INITECH}Acme said it would cut 1,200 jobs.\n");
    let texts = [ACME, same_words.as_str()];
    let again = Cache::new(&dir);
    assert_eq!(run(&texts, Some(&again)), run(&texts, None));
    assert_eq!(counts(&again), (1, 1));
    // A new organisation (and new words): every draft's keys may read it.
    let new_name = format!("{INITECH}Globex said it would hire 300 engineers.\n");
    let texts = [ACME, new_name.as_str()];
    let after = Cache::new(&dir);
    assert_eq!(run(&texts, Some(&after)), run(&texts, None));
    assert_eq!(counts(&after), (0, 2));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_corrupt_or_old_pack_is_ignored_and_replaced() {
    let dir = temp_dir("corrupt");
    let texts = [ACME, INITECH];
    let fresh = run(&texts, None);
    run(&texts, Some(&Cache::new(&dir)));
    let packs: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("autokeys-"))
        .flat_map(|e| std::fs::read_dir(e.path()).unwrap().flatten())
        .map(|e| e.path())
        .collect();
    assert_eq!(packs.len(), 1, "{packs:?}");
    let good = std::fs::read(&packs[0]).unwrap();
    let mut flipped = good.clone();
    let at = good.len() / 2;
    flipped[at] ^= 0x10;
    let mut old = good.clone();
    old[6] = b'0';
    for bytes in [
        flipped,
        old,
        good[..good.len() / 2].to_vec(),
        b"junk".to_vec(),
    ] {
        std::fs::write(&packs[0], &bytes).unwrap();
        let cache = Cache::new(&dir);
        assert_eq!(run(&texts, Some(&cache)), fresh);
        assert_eq!(counts(&cache), (0, 2));
        // Rewritten: the next run reads it.
        let next = Cache::new(&dir);
        assert_eq!(run(&texts, Some(&next)), fresh);
        assert_eq!(counts(&next), (2, 0));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_record_that_does_not_fit_the_draft_is_a_miss() {
    let doc = Document::new(DocId(0), "a.txt", ACME);
    let ex = crate::extract::extract(&doc, &ExtractOptions::default());
    let figures: Vec<usize> = (0..ex.claims.len())
        .filter(|&k| {
            ex.claims[k]
                .quantity()
                .is_some_and(|q| q.measure != Measure::Time)
        })
        .collect();
    assert!(figures.len() >= 2, "{:?}", ex.claims);
    let rec = |claim: usize| KeyedIn {
        claim: claim as u32,
        key: None,
        why: Sym::default(),
        capped: false,
        reading: Reading::default(),
    };
    let all: Vec<KeyedIn> = figures.iter().map(|&k| rec(k)).collect();
    assert_eq!(rebuild(all, 3, &ex).map(|v| v[0].claim.doc), Some(3));
    // A figure missing, out of order, out of range, or not a figure.
    let missing: Vec<KeyedIn> = figures[1..].iter().map(|&k| rec(k)).collect();
    let reversed: Vec<KeyedIn> = figures.iter().rev().map(|&k| rec(k)).collect();
    let mut beyond: Vec<KeyedIn> = figures.iter().map(|&k| rec(k)).collect();
    beyond.push(rec(ex.claims.len()));
    let not_figure = (0..ex.claims.len()).find(|k| !figures.contains(k));
    for bad in [missing, reversed, beyond] {
        assert!(rebuild(bad, 0, &ex).is_none());
    }
    if let Some(k) = not_figure {
        let mut with: Vec<KeyedIn> = figures.iter().map(|&k| rec(k)).collect();
        with.push(rec(k));
        with.sort_by_key(|r| r.claim);
        assert!(rebuild(with, 0, &ex).is_none());
    }
}

#[test]
fn the_record_key_follows_the_resolved_names() {
    let doc = Document::new(DocId(0), "a.txt", ACME);
    let mut ex = crate::extract::extract(&doc, &ExtractOptions::default());
    let entry = [1u8; 32];
    let before = record_key(&entry, &ex);
    assert_eq!(before, record_key(&entry, &ex.clone()));
    assert_ne!(before, record_key(&[2u8; 32], &ex));
    let named = ex
        .claims
        .iter_mut()
        .find_map(|c| match &mut c.kind {
            ClaimKind::Entity(e) => Some(e),
            _ => None,
        })
        .expect("an organisation");
    named.name = format!("{} Corp", named.name).into();
    assert_ne!(before, record_key(&entry, &ex));
}

#[test]
fn the_corpus_lists_are_the_union_of_each_draft_s_own() {
    let texts = [
        ACME,
        INITECH,
        "Chief executive Jane Roe said Initech and Globex would merge.\n",
        "Émile Zola wrote to Globex. the Ünited board met in Paris.\n",
    ];
    let docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Document::new(DocId(i as u32), format!("d{i}.txt"), *t))
        .collect();
    let exs: Vec<Extraction> = docs
        .iter()
        .map(|d| crate::extract::extract(d, &ExtractOptions::default()))
        .collect();
    let names = super::super::corpus_names(&docs, &exs);
    let mut lower = super::super::orgs::WordSet::default();
    let mut capitals = super::super::orgs::WordSet::default();
    for (d, ex) in docs.iter().zip(&exs) {
        let (l, c) = super::super::orgs::word_cases(&ex.prose(d));
        lower.extend(l);
        capitals.extend(c);
    }
    assert_eq!(names.lower_words, lower);
    assert_eq!(names.mid_capitals, capitals);
    assert!(
        names.mid_capitals.contains("globex"),
        "{:?}",
        names.mid_capitals
    );
    assert!(names.people.contains("jane roe") && names.people.contains("roe"));
}
