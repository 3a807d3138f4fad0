//! `Sym`: a string that claims and keys repeat, kept once for all who hold it.
//!
//! An archive repeats a few thousand names, nouns, quote words and reasons
//! hundreds of thousands of times (10 MB of drafts: 128,010 name mentions of
//! 7,849 names, 75,964 automatic-key reasons of 3,222 texts). A `String` per
//! use is a heap block per use; a `Sym` is a shared pointer (one word: an
//! `Arc<String>`, so a claim holding a name stays small) to one copy per
//! distinct text, found in a process-wide table when it is made. It reads
//! as a `&str` (`Deref`, `Borrow<str>`, `as_str`), compares, orders and
//! hashes as the text does, and prints, serialises and deserialises exactly
//! as a `String` (the claims cache's bytes and every output are the same).
//!
//! The table only finds an existing copy: a text no claim holds any more is
//! dropped from it when its shard has doubled since it was last swept, so a
//! long-running process (the language server) keeps only what is in use
//! (twice that at most). Sharded by hash so that the extraction threads
//! rarely wait for each other.

use std::borrow::Borrow;
use std::collections::HashSet;
use std::fmt;
use std::hash::{BuildHasher, Hash};
use std::ops::Deref;
use std::sync::{Arc, Mutex, OnceLock};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A shared, immutable string (see the module doc).
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Sym(Arc<String>);

impl Sym {
    /// The `Sym` for `text`: the copy already kept, else a new one.
    pub fn new(text: &str) -> Sym {
        let shard = table().shard(text);
        let mut set = shard.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(kept) = set.kept.get(text) {
            return Sym(kept.0.clone());
        }
        let kept = Arc::new(text.to_string());
        set.insert(Kept(kept.clone()));
        Sym(kept)
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One shard of the table: the kept strings, and how many there were after
/// the last sweep.
#[derive(Default)]
struct Shard {
    kept: HashSet<Kept, rustc_hash::FxBuildHasher>,
    swept: usize,
}

/// A kept string, found in the table by its text.
#[derive(PartialEq, Eq, Hash)]
struct Kept(Arc<String>);

impl Borrow<str> for Kept {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl Shard {
    /// Keeps `s`; first drops every string only the table holds when the
    /// shard has doubled since the last sweep (amortised: each sweep is
    /// paid for by as many insertions).
    fn insert(&mut self, s: Kept) {
        const FLOOR: usize = 1024;
        if self.kept.len() >= FLOOR.max(2 * self.swept) {
            // Under the shard's lock no one can copy a string held only
            // here, so a count of one cannot become two while we look.
            self.kept.retain(|k| Arc::strong_count(&k.0) > 1);
            self.swept = self.kept.len();
        }
        self.kept.insert(s);
    }
}

/// The process-wide table, in shards chosen by the text's hash.
struct Table {
    shards: Vec<Mutex<Shard>>,
    hasher: rustc_hash::FxBuildHasher,
}

impl Table {
    fn shard(&self, text: &str) -> &Mutex<Shard> {
        // The high bits: FxHash's low bits are its weakest.
        let h = self.hasher.hash_one(text);
        &self.shards[(h >> 58) as usize % self.shards.len()]
    }
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| Table {
        shards: (0..64).map(|_| Mutex::new(Shard::default())).collect(),
        hasher: rustc_hash::FxBuildHasher,
    })
}

impl Deref for Sym {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Sym {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Sym {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Sym {
    fn from(s: &str) -> Sym {
        Sym::new(s)
    }
}

impl From<String> for Sym {
    fn from(s: String) -> Sym {
        Sym::new(&s)
    }
}

impl From<&String> for Sym {
    fn from(s: &String) -> Sym {
        Sym::new(s)
    }
}

impl From<Sym> for String {
    fn from(s: Sym) -> String {
        s.0.as_ref().clone()
    }
}

impl Default for Sym {
    fn default() -> Sym {
        Sym::new("")
    }
}

impl PartialEq<str> for Sym {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Sym {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Sym {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<Sym> for str {
    fn eq(&self, other: &Sym) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Sym> for &str {
    fn eq(&self, other: &Sym) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Sym> for String {
    fn eq(&self, other: &Sym) -> bool {
        self.as_str() == other.as_str()
    }
}

impl fmt::Debug for Sym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Sym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl Serialize for Sym {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Sym {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Sym, D::Error> {
        struct Visit;
        impl serde::de::Visitor<'_> for Visit {
            type Value = Sym;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Sym, E> {
                Ok(Sym::new(v))
            }
        }
        d.deserialize_str(Visit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_text_is_kept_once() {
        let a = Sym::new("Andy Jassy");
        let b = Sym::from(String::from("Andy Jassy"));
        assert!(Arc::ptr_eq(&a.0, &b.0));
        assert_eq!(a, "Andy Jassy");
        assert_ne!(a, Sym::new("Andy Jassie"));
    }

    #[test]
    fn it_orders_hashes_and_prints_as_its_text() {
        use std::hash::BuildHasher;
        let s = std::collections::hash_map::RandomState::new();
        assert_eq!(s.hash_one(Sym::new("acme")), s.hash_one("acme"));
        assert_eq!(
            s.hash_one(Sym::new("acme")),
            s.hash_one(String::from("acme"))
        );
        assert!(Sym::new("Zeta") > Sym::new("Alpha"));
        assert_eq!(format!("{:?}", Sym::new("a\"b")), format!("{:?}", "a\"b"));
        assert_eq!(Sym::new("é").to_string(), "é");
    }

    #[test]
    fn it_serialises_as_a_string() {
        let s = Sym::new("Amazon \"AWS\"");
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(json, serde_json::to_string("Amazon \"AWS\"").unwrap());
        assert_eq!(serde_json::from_str::<Sym>(&json).unwrap(), s);
        let bytes = postcard::to_allocvec(&s).unwrap();
        assert_eq!(bytes, postcard::to_allocvec("Amazon \"AWS\"").unwrap());
        assert_eq!(postcard::from_bytes::<Sym>(&bytes).unwrap(), s);
    }

    #[test]
    fn texts_no_one_holds_are_swept() {
        // Enough distinct texts to fill every shard past its first sweep.
        for n in 0..200_000 {
            drop(Sym::new(&format!("swept-{n}")));
        }
        let held = Sym::new("held across sweeps");
        for n in 0..200_000 {
            drop(Sym::new(&format!("swept-again-{n}")));
        }
        let kept: usize = table()
            .shards
            .iter()
            .map(|s| s.lock().map_or(0, |s| s.kept.len()))
            .sum();
        assert!(kept < 150_000, "{kept}");
        assert!(Arc::ptr_eq(&held.0, &Sym::new("held across sweeps").0));
    }
}
