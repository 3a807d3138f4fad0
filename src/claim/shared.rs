//! `SharedQuantity`: a figure's `Quantity`, kept once for every figure that
//! states exactly the same thing.
//!
//! A quantity holds no span, so the same figure written in many drafts (a
//! year, `$1 billion`, a story's headline figure in each of its drafts) is
//! the same value; 10 MB of generated drafts hold 107,667 figures and about
//! 6,000 distinct quantities. Each is made through a process-wide table
//! (sharded; a value no claim holds is swept when its shard has doubled, as
//! for `Sym`), so equal figures share one block. Equality here is bit for
//! bit (`-0.0` is not `0.0`, a NaN is itself), so sharing can never change
//! what is printed. Reading is through `Deref`; the rare stage that changes
//! a figure (binding's day scales) gets its own copy (`make_mut`).

use std::collections::HashMap;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::{Arc, Mutex, OnceLock};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::Quantity;

/// A shared, read-only `Quantity` (see the module doc).
#[derive(Clone)]
pub struct SharedQuantity(Arc<Quantity>);

impl SharedQuantity {
    /// The kept copy of `q`, or `q` kept.
    pub fn new(q: Quantity) -> SharedQuantity {
        let h = bits_hash(&q);
        let shard = &table()[(h >> 58) as usize % SHARDS];
        let mut shard = shard.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(kept) = shard
            .kept
            .get(&h)
            .and_then(|v| v.iter().find(|k| same_bits(k, &q)))
        {
            return SharedQuantity(kept.clone());
        }
        let kept = Arc::new(q);
        shard.insert(h, kept.clone());
        SharedQuantity(kept)
    }

    /// A copy of the quantity for this claim alone, to change.
    pub fn make_mut(&mut self) -> &mut Quantity {
        Arc::make_mut(&mut self.0)
    }
}

const SHARDS: usize = 32;

/// One shard: kept quantities by the hash of their bits, and how many were
/// kept after the last sweep.
#[derive(Default)]
struct Shard {
    kept: HashMap<u64, Vec<Arc<Quantity>>, rustc_hash::FxBuildHasher>,
    len: usize,
    swept: usize,
}

impl Shard {
    fn insert(&mut self, h: u64, q: Arc<Quantity>) {
        const FLOOR: usize = 1024;
        if self.len >= FLOOR.max(2 * self.swept) {
            // Under the lock no one can copy a value held only here.
            self.kept.retain(|_, v| {
                v.retain(|k| Arc::strong_count(k) > 1);
                !v.is_empty()
            });
            self.len = self.kept.values().map(Vec::len).sum();
            self.swept = self.len;
        }
        self.kept.entry(h).or_default().push(q);
        self.len += 1;
    }
}

fn table() -> &'static [Mutex<Shard>] {
    static TABLE: OnceLock<Vec<Mutex<Shard>>> = OnceLock::new();
    TABLE.get_or_init(|| (0..SHARDS).map(|_| Mutex::new(Shard::default())).collect())
}

/// A quantity's fields as `bits_key` gives them.
type BitsKey<'q> = (
    (&'q super::Measure, Option<u64>, [u64; 3]),
    (
        &'q Option<super::CurrencyCode>,
        &'q super::UnitClass,
        &'q Option<super::Sym>,
    ),
    Option<(super::QualifierKind, &'q str)>,
    (&'q Option<super::TimeLabel>, bool, bool, Option<(u64, u64)>),
);

/// Every field of `q`, floats by their bits: two quantities are the same
/// value exactly when their keys are equal (`NaN`s and `-0.0` included).
fn bits_key(q: &Quantity) -> BitsKey<'_> {
    let Quantity {
        measure,
        value,
        interval,
        step,
        currency,
        unit,
        noun,
        qualifier,
        period,
        vague,
        comparison,
        range,
    } = q;
    (
        (
            measure,
            value.map(f64::to_bits),
            [
                interval.low.to_bits(),
                interval.high.to_bits(),
                step.to_bits(),
            ],
        ),
        (currency, unit, noun),
        qualifier.as_ref().map(|x| (x.kind, x.words.as_str())),
        (
            period,
            *vague,
            *comparison,
            range.as_deref().map(|r| (r.0.to_bits(), r.1.to_bits())),
        ),
    )
}

/// A hash of every field, floats by their bits.
fn bits_hash(q: &Quantity) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    bits_key(q).hash(&mut h);
    h.finish()
}

/// True when every field is the same, floats bit for bit.
fn same_bits(a: &Quantity, b: &Quantity) -> bool {
    bits_key(a) == bits_key(b)
}

impl Deref for SharedQuantity {
    type Target = Quantity;
    fn deref(&self) -> &Quantity {
        &self.0
    }
}

impl AsRef<Quantity> for SharedQuantity {
    fn as_ref(&self) -> &Quantity {
        &self.0
    }
}

impl PartialEq for SharedQuantity {
    fn eq(&self, other: &SharedQuantity) -> bool {
        *self.0 == *other.0
    }
}

impl fmt::Debug for SharedQuantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl Serialize for SharedQuantity {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de> Deserialize<'de> for SharedQuantity {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<SharedQuantity, D::Error> {
        Quantity::deserialize(d).map(SharedQuantity::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{Measure, UnitClass};

    fn q(v: f64) -> Quantity {
        Quantity {
            noun: Some("jobs".into()),
            ..Quantity::bare(Measure::Count, v, UnitClass::People)
        }
    }

    #[test]
    fn equal_figures_share_one_quantity() {
        let (a, b) = (
            SharedQuantity::new(q(6_000.0)),
            SharedQuantity::new(q(6_000.0)),
        );
        assert!(Arc::ptr_eq(&a.0, &b.0));
        assert!(!Arc::ptr_eq(&a.0, &SharedQuantity::new(q(6_001.0)).0));
    }

    #[test]
    fn zero_and_minus_zero_are_kept_apart() {
        let (a, b) = (SharedQuantity::new(q(0.0)), SharedQuantity::new(q(-0.0)));
        assert!(!Arc::ptr_eq(&a.0, &b.0));
        assert!(b.value.is_some_and(|v| v.is_sign_negative()));
        let nan = SharedQuantity::new(q(f64::NAN));
        assert!(nan.value.is_some_and(f64::is_nan));
    }

    #[test]
    fn a_changed_copy_leaves_the_shared_one_alone() {
        let a = SharedQuantity::new(q(7_000.0));
        let mut b = SharedQuantity::new(q(7_000.0));
        b.make_mut().value = Some(1.0);
        assert_eq!(a.value, Some(7_000.0));
        assert_eq!(SharedQuantity::new(q(7_000.0)).value, Some(7_000.0));
    }

    #[test]
    fn it_serialises_as_the_quantity() {
        let a = SharedQuantity::new(q(12.5));
        let bytes = postcard::to_allocvec(&a).unwrap();
        assert_eq!(bytes, postcard::to_allocvec(&q(12.5)).unwrap());
        let back: SharedQuantity = postcard::from_bytes(&bytes).unwrap();
        assert!(Arc::ptr_eq(&a.0, &back.0));
    }
}
