//! The claims cache: each document's extraction, kept on disk between runs.
//!
//! Extraction is a pure function of a document's text (after NFC), its
//! format (Markdown or text) and the extraction options, so its result can
//! be kept under a key made of exactly those, factlint's version and a
//! fingerprint of the code (`build.rs`). A re-run reads the claims of an
//! unchanged draft back instead of extracting them again; the index and the
//! checks, which look across drafts, still run over every draft.
//!
//! The folder (`.factlint_cache/` by default, chosen in `settings`) holds a
//! `CACHEDIR.TAG` and a `.gitignore` of `*`, and one file per entry under
//! `claims-<version>-<fingerprint>/<2 hex>/<62 hex>`. An entry is written to a
//! temporary file beside it and renamed into place, so concurrent runs never
//! see half an entry; an entry is a header (magic, its full key, the
//! payload's length and BLAKE3 hash) and the payload in postcard. Anything
//! that does not check out — missing, truncated, corrupt, another build's,
//! spans outside the draft — is a miss: the draft is extracted again and the
//! entry rewritten. Reading never fails a run, and neither does writing: the
//! first write problem is kept for the command to report once as a warning.
//!
//! Beside the claims, the folder keeps *packs*: one file holding a stage's
//! results for every draft of a run, under a fingerprint of what that stage
//! reads across drafts (`put_pack`, `get_pack`; the automatic keys use one,
//! `autokey::cached`). A pack is written whole, through a temporary file and
//! a rename, like an entry; it has its own header magic and its payload's
//! hash, and one that does not check out is a miss. Only the most recently
//! used packs of a kind are kept (`KEEP_PACKS`).
//!
//! What it does not do: prune old claims entries (delete the folder at any
//! time) or lock.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::{Deserialize, Serialize};

use crate::claim::{Claim, ClaimKind, Relation};
use crate::extract::{ExtractOptions, Extraction, Sentence};
use crate::source::{DocId, Document, Format, Span};

/// The default folder name, made in the config file's folder (else the
/// current one). Hidden, so the draft walker never enters it.
pub const DIR_NAME: &str = ".factlint_cache";

/// The fingerprint of the code that built this binary (see `build.rs`).
pub const CODE_FINGERPRINT: &str = env!("FACTLINT_CODE_FINGERPRINT");

/// The first bytes of every entry; bumped when the entry layout changes.
const MAGIC: &[u8; 8] = b"FLCLM01\n";

/// The first bytes of every pack; bumped when the pack layout changes.
const PACK_MAGIC: &[u8; 8] = b"FLPACK1\n";

/// How many packs of one kind are kept: the most recently used. Several
/// stories checked from one folder each have their own pack.
const KEEP_PACKS: usize = 8;

/// Header: magic, key (32), payload length (8), payload hash (32).
const HEADER: usize = 8 + 32 + 8 + 32;

/// The largest entry read: an entry holds a draft's claims, far smaller
/// than the 64 MiB draft limit; a bigger file is not ours.
const MAX_ENTRY: u64 = 1 << 30;

/// `CACHEDIR.TAG`, as the Cache Directory Tagging Specification has it.
const CACHEDIR_TAG: &str = "Signature: 8a477f597d28d172789f06886806bc55\n\
# This file is a cache directory tag created by factlint.\n\
# For information about cache directory tags see https://bford.info/cachedir/\n";

/// A document's key: what its extraction depends on.
pub type Key = [u8; 32];

/// The claims cache of one run: where it lives and what it did.
#[derive(Debug)]
pub struct Cache {
    root: PathBuf,
    hits: AtomicUsize,
    misses: AtomicUsize,
    written: AtomicUsize,
    /// Drafts whose results a pack gave, and drafts a stage worked out.
    pack_hits: AtomicUsize,
    pack_misses: AtomicUsize,
    /// The folder is set up (tag, `.gitignore`) once per run.
    ready: Mutex<Option<Result<(), String>>>,
    /// The first problem writing, for one warning.
    problem: Mutex<Option<String>>,
    /// Names temporary files uniquely within the process.
    tmp_seq: AtomicUsize,
    /// The key each document's claims were looked up under (`get`), for
    /// the stages that keep per-draft results in packs (`entry_key`).
    entry_keys: Mutex<rustc_hash::FxHashMap<DocId, Key>>,
}

/// What the cache did in a run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Documents whose claims were read from the cache.
    pub hits: usize,
    /// Documents extracted (no usable entry).
    pub misses: usize,
    /// Entries written.
    pub written: usize,
    /// Drafts whose automatic keys were read from a pack.
    pub pack_hits: usize,
    /// Drafts whose automatic keys were worked out (no pack held them).
    pub pack_misses: usize,
    /// The first problem writing an entry, if any.
    pub problem: Option<String>,
}

/// Where prose differs from the text: a run of one replacement byte.
/// Markdown and dateline blanking only turn bytes into spaces or line
/// breaks, so a draft's prose is kept as a few runs, not a second copy.
#[derive(Serialize, Deserialize)]
struct Run {
    start: usize,
    len: usize,
    byte: u8,
}

/// How an entry keeps `Extraction::prose`.
#[derive(Serialize, Deserialize)]
enum Prose {
    /// The text itself (`None`).
    Same,
    /// The text with these runs replaced (same length).
    Runs(Vec<Run>),
    /// Another length than the text: kept whole.
    Whole(String),
}

/// An entry, written from borrowed parts.
#[derive(Serialize)]
struct EntryOut<'a> {
    sentences: &'a [Sentence],
    claims: &'a [Claim],
    relations: &'a [Relation],
    prose: Prose,
}

/// An entry, read back.
#[derive(Deserialize)]
struct EntryIn {
    sentences: Vec<Sentence>,
    claims: Vec<Claim>,
    relations: Vec<Relation>,
    prose: Prose,
}

impl Cache {
    /// A cache in folder `root` (created when the first entry is written).
    pub fn new(root: impl Into<PathBuf>) -> Cache {
        Cache {
            root: root.into(),
            hits: AtomicUsize::new(0),
            misses: AtomicUsize::new(0),
            written: AtomicUsize::new(0),
            pack_hits: AtomicUsize::new(0),
            pack_misses: AtomicUsize::new(0),
            ready: Mutex::new(None),
            problem: Mutex::new(None),
            tmp_seq: AtomicUsize::new(0),
            entry_keys: Mutex::new(Default::default()),
        }
    }

    /// The cache folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// What the cache did so far.
    pub fn stats(&self) -> Stats {
        Stats {
            hits: self.hits.load(Ordering::Relaxed),
            misses: self.misses.load(Ordering::Relaxed),
            written: self.written.load(Ordering::Relaxed),
            pack_hits: self.pack_hits.load(Ordering::Relaxed),
            pack_misses: self.pack_misses.load(Ordering::Relaxed),
            problem: self.problem.lock().ok().and_then(|p| p.clone()),
        }
    }

    /// The key of `doc`'s extraction with `opts`.
    pub fn key(doc: &Document, opts: &ExtractOptions) -> Key {
        let mut h = blake3::Hasher::new();
        h.update(b"factlint claims\0");
        h.update(env!("CARGO_PKG_VERSION").as_bytes());
        h.update(b"\0");
        h.update(CODE_FINGERPRINT.as_bytes());
        h.update(match doc.format {
            Format::Text => b"\0text\0",
            Format::Markdown => b"\0mark\0",
        });
        h.update(&opts.numbers.approx_tolerance.to_bits().to_le_bytes());
        h.update(&(doc.text.len() as u64).to_le_bytes());
        h.update(doc.text.as_bytes());
        *h.finalize().as_bytes()
    }

    /// Where the entry of `key` lives.
    fn entry_path(&self, key: &Key) -> PathBuf {
        let hex = hex(key);
        self.root
            .join(format!(
                "claims-{}-{CODE_FINGERPRINT}",
                env!("CARGO_PKG_VERSION")
            ))
            .join(&hex[..2])
            .join(&hex[2..])
    }

    /// The extraction of `doc` kept by an earlier run, or `None` (counted
    /// as a miss) when there is no entry or it does not check out.
    pub fn get(&self, doc: &Document, opts: &ExtractOptions) -> Option<Extraction> {
        let key = Cache::key(doc, opts);
        if let Ok(mut keys) = self.entry_keys.lock() {
            keys.insert(doc.id, key);
        }
        let found = read_entry(&self.entry_path(&key))
            .and_then(|bytes| decode(&bytes, &key))
            .and_then(|entry| rebuild(entry, doc));
        let counter = if found.is_some() {
            &self.hits
        } else {
            &self.misses
        };
        counter.fetch_add(1, Ordering::Relaxed);
        found
    }

    /// Keeps `ex`, the extraction of `doc` with `opts`. A failure is kept
    /// for `stats().problem`, never returned.
    pub fn put(&self, doc: &Document, opts: &ExtractOptions, ex: &Extraction) {
        let key = Cache::key(doc, opts);
        let Some(bytes) = encode(ex, &key) else {
            return;
        };
        let result = self
            .prepare()
            .and_then(|()| self.write_entry(&self.entry_path(&key), &bytes));
        match result {
            Ok(()) => {
                self.written.fetch_add(1, Ordering::Relaxed);
            }
            Err(why) => {
                if let Ok(mut p) = self.problem.lock() {
                    p.get_or_insert(why);
                }
            }
        }
    }

    /// The key `doc`'s claims were looked up under in this run (`get`):
    /// what its extraction depends on. `None` when they were not.
    pub fn entry_key(&self, doc: DocId) -> Option<Key> {
        self.entry_keys.lock().ok()?.get(&doc).copied()
    }

    /// Counts drafts whose per-draft results a pack gave (`hits`) and
    /// drafts a stage worked out instead (`misses`).
    pub fn count_pack(&self, hits: usize, misses: usize) {
        self.pack_hits.fetch_add(hits, Ordering::Relaxed);
        self.pack_misses.fetch_add(misses, Ordering::Relaxed);
    }

    /// Where the pack of `kind` (a plain word) under `key` lives.
    fn pack_path(&self, kind: &str, key: &Key) -> PathBuf {
        self.root
            .join(format!(
                "{kind}-{}-{CODE_FINGERPRINT}",
                env!("CARGO_PKG_VERSION")
            ))
            .join(hex(key))
    }

    /// The payload of the pack of `kind` under `key`, when one was written
    /// and checks out (its header, length and hash). Marks it used.
    pub fn get_pack(&self, kind: &str, key: &Key) -> Option<Vec<u8>> {
        let path = self.pack_path(kind, key);
        let mut bytes = read_entry(&path)?;
        check(&bytes, key, PACK_MAGIC)?;
        // Used now: pruning keeps the most recently used packs.
        if let Ok(f) = fs::OpenOptions::new().write(true).open(&path) {
            let _ = f.set_modified(std::time::SystemTime::now());
        }
        bytes.drain(..HEADER);
        Some(bytes)
    }

    /// Keeps `payload` as the pack of `kind` under `key`, replacing any,
    /// then removes the least recently used packs of that kind beyond
    /// `KEEP_PACKS`. A failure is kept for `stats().problem`.
    pub fn put_pack(&self, kind: &str, key: &Key, payload: &[u8]) {
        let path = self.pack_path(kind, key);
        let bytes = framed(PACK_MAGIC, key, payload);
        let result = self
            .prepare()
            .and_then(|()| self.write_entry(&path, &bytes));
        match result {
            Ok(()) => {
                if let Some(dir) = path.parent() {
                    prune(dir, KEEP_PACKS);
                }
            }
            Err(why) => {
                if let Ok(mut p) = self.problem.lock() {
                    p.get_or_insert(why);
                }
            }
        }
    }

    /// Makes the folder with its tag and `.gitignore`, once per run.
    fn prepare(&self) -> Result<(), String> {
        let mut ready = self.ready.lock().map_err(|_| "poisoned".to_string())?;
        // Every caller gets the first attempt's answer, its message
        // included: whichever thread reports the problem first names it.
        if let Some(done) = &*ready {
            return done.clone();
        }
        let made = fs::create_dir_all(&self.root).and_then(|()| {
            for (name, text) in [("CACHEDIR.TAG", CACHEDIR_TAG), (".gitignore", "*\n")] {
                let path = self.root.join(name);
                if !path.exists() {
                    self.write_file(&path, text.as_bytes())?;
                }
            }
            Ok(())
        });
        let made = made.map_err(|e| {
            format!(
                "cannot write the claims cache in {}: {e}",
                self.root.display()
            )
        });
        *ready = Some(made.clone());
        made
    }

    /// Writes one entry through a temporary file and a rename.
    fn write_entry(&self, path: &Path, bytes: &[u8]) -> Result<(), String> {
        let dir = path.parent().unwrap_or(&self.root);
        fs::create_dir_all(dir)
            .and_then(|()| self.write_file(path, bytes))
            .map_err(|e| {
                format!(
                    "cannot write the claims cache in {}: {e}",
                    self.root.display()
                )
            })
    }

    /// Writes `path` whole or not at all: a temporary file in the same
    /// folder, renamed over it (readers see the old file or the new one).
    fn write_file(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(format!(
            ".tmp-{}-{}",
            std::process::id(),
            self.tmp_seq.fetch_add(1, Ordering::Relaxed)
        ));
        let tmp = path.with_file_name(name);
        let result = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
            .and_then(|mut f| f.write_all(bytes))
            .and_then(|()| fs::rename(&tmp, path));
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result
    }
}

/// Lower-case hex of a key.
fn hex(key: &Key) -> String {
    key.iter().map(|b| format!("{b:02x}")).collect()
}

/// The bytes of the regular file at `path`, when it is one of a sane size;
/// opened without waiting (a FIFO planted there is not read).
fn read_entry(path: &Path) -> Option<Vec<u8>> {
    let meta = fs::symlink_metadata(path).ok()?;
    if !meta.is_file() || meta.len() > MAX_ENTRY || (meta.len() as usize) < HEADER {
        return None;
    }
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).ok()?;
    if !file.metadata().ok()?.is_file() {
        return None;
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_ENTRY).read_to_end(&mut bytes).ok()?;
    Some(bytes)
}

/// An entry's bytes: header, then the payload.
fn encode(ex: &Extraction, key: &Key) -> Option<Vec<u8>> {
    let entry = EntryOut {
        sentences: &ex.sentences,
        claims: &ex.claims,
        relations: &ex.relations,
        prose: prose_of(ex),
    };
    let payload = postcard::to_allocvec(&entry).ok()?;
    Some(framed(MAGIC, key, &payload))
}

/// A header (`magic`, `key`, the payload's length and hash), then `payload`.
fn framed(magic: &[u8; 8], key: &Key, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER + payload.len());
    out.extend_from_slice(magic);
    out.extend_from_slice(key);
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(blake3::hash(payload).as_bytes());
    out.extend_from_slice(payload);
    out
}

/// The payload of `bytes` when its header checks out for `magic` and `key`.
fn check<'b>(bytes: &'b [u8], key: &Key, magic: &[u8; 8]) -> Option<&'b [u8]> {
    let (header, payload) = bytes.split_at_checked(HEADER)?;
    let (stored_magic, rest) = header.split_at(8);
    let (stored_key, rest) = rest.split_at(32);
    let (len, hash) = rest.split_at(8);
    if stored_magic != magic || stored_key != key {
        return None;
    }
    let len = u64::from_le_bytes(len.try_into().ok()?);
    if len != payload.len() as u64 || blake3::hash(payload).as_bytes() != hash {
        return None;
    }
    Some(payload)
}

/// The payload of an entry whose header checks out for `key`.
fn decode(bytes: &[u8], key: &Key) -> Option<EntryIn> {
    postcard::from_bytes(check(bytes, key, MAGIC)?).ok()
}

/// Removes all but the `keep` most recently modified packs in `dir`
/// (temporary files of runs still writing are left alone). Best effort: a
/// pack another run removes first, or reads while it goes, is that run's miss.
fn prune(dir: &Path, keep: usize) {
    let Ok(list) = fs::read_dir(dir) else {
        return;
    };
    let mut packs: Vec<(std::time::SystemTime, PathBuf)> = list
        .flatten()
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            name.len() == 64 && name.bytes().all(|b| b.is_ascii_hexdigit())
        })
        .filter_map(|e| {
            let meta = e.metadata().ok()?;
            Some((meta.modified().ok()?, e.path()))
        })
        .collect();
    if packs.len() <= keep {
        return;
    }
    packs.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    for (_, path) in packs.drain(keep..) {
        let _ = fs::remove_file(path);
    }
}

/// The prose of `ex` as an entry keeps it.
fn prose_of(ex: &Extraction) -> Prose {
    match &ex.prose {
        None => Prose::Same,
        Some(crate::extract::Prose::Whole(p)) => Prose::Whole(p.clone()),
        Some(crate::extract::Prose::Blanks(runs)) => Prose::Runs(
            runs.iter()
                .map(|r| Run {
                    start: r.start,
                    len: r.len,
                    byte: r.byte,
                })
                .collect(),
        ),
    }
}

/// An extraction of `doc` from an entry, when everything in it points
/// inside the draft: spans within its prose and on character boundaries,
/// sentence and claim indexes within their lists. (The payload's hash
/// already rules out a damaged file; this rules out a made-up one.)
fn rebuild(entry: EntryIn, doc: &Document) -> Option<Extraction> {
    let text = &doc.text;
    let prose = match entry.prose {
        Prose::Same => None,
        Prose::Whole(p) => Some(p),
        Prose::Runs(runs) => {
            let mut bytes = text.as_bytes().to_vec();
            for r in runs {
                let end = r.start.checked_add(r.len)?;
                bytes.get_mut(r.start..end)?.fill(r.byte);
            }
            Some(String::from_utf8(bytes).ok()?)
        }
    };
    let read = prose.as_deref().unwrap_or(text);
    let span_ok = |s: &Span| {
        s.start <= s.end
            && s.end <= text.len()
            && read.is_char_boundary(s.start)
            && read.is_char_boundary(s.end)
    };
    let n_sentences = entry.sentences.len().max(1);
    let n_claims = entry.claims.len();
    let claim_ok = |c: &Claim| {
        let inner = match &c.kind {
            ClaimKind::Role(r) => {
                span_ok(&r.person_span) && span_ok(&r.title_span) && r.org_span.iter().all(span_ok)
            }
            ClaimKind::Quote(q) => span_ok(&q.inner) && q.speaker_span.iter().all(span_ok),
            ClaimKind::Quantity(_) | ClaimKind::Entity(_) => true,
        };
        inner && span_ok(&c.span) && (c.sentence as usize) < n_sentences
    };
    let ok = entry.sentences.iter().all(|s| span_ok(&s.span))
        && entry.claims.iter().all(claim_ok)
        && entry
            .relations
            .iter()
            .all(|r| relation_ok(r, n_claims, &span_ok));
    if !ok {
        return None;
    }
    let mut claims = entry.claims;
    for c in &mut claims {
        c.doc = doc.id;
    }
    Some(Extraction {
        doc: doc.id,
        sentences: entry.sentences,
        claims,
        relations: entry.relations,
        prose: prose.map(|p| crate::extract::Prose::of(p, text)),
    })
}

/// True when every claim index of `r` is below `n` and its verb's span is good.
fn relation_ok(r: &Relation, n: usize, span_ok: &dyn Fn(&Span) -> bool) -> bool {
    let ok = |i: &usize| *i < n;
    match r {
        Relation::PercentOf {
            percent,
            base,
            result,
            ..
        } => ok(percent) && base.as_ref().is_none_or(ok) && result.as_ref().is_none_or(ok),
        Relation::Change {
            from,
            to,
            stated,
            verb,
            ..
        } => ok(from) && ok(to) && stated.as_ref().is_none_or(ok) && span_ok(verb),
        Relation::Parts { parts, total, .. } => ok(total) && parts.iter().all(ok),
    }
}

#[cfg(test)]
mod tests;
