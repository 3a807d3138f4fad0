//! Unicode normalisation (NFC) of a draft, with the way back to its bytes.
//!
//! Drafts are matched in NFC, so `José` typed as `e` + combining acute is
//! the same name as `José` typed with `é`. Every stage reads the NFC text;
//! what is shown to the user (line, column, byte offsets, the source lines)
//! comes from the file as read, through `Nfc::original_span`. Only the
//! stretches that normalisation changed are recorded, so a draft already in
//! NFC (nearly all) costs one quick check and no copy.
//!
//! This is the one module that uses `unicode-normalization`.

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use super::Span;

/// A stretch normalisation changed: its bytes in the NFC text and in the
/// original.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Piece {
    nfc: Span,
    original: Span,
}

/// A draft's original text and where the NFC text's stretches came from.
#[derive(Clone, Debug)]
pub struct Nfc {
    /// The text as read from the file.
    pub original: String,
    /// The changed stretches, in text order.
    pieces: Vec<Piece>,
}

/// True when normalisation may start afresh at `c`: nothing before it can
/// combine with it or reorder around it.
fn safe_start(c: char) -> bool {
    c.is_ascii()
        || (canonical_combining_class(c) == 0
            && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes)
}

/// `text` in NFC, with the way back when that changed it (`None`: it was
/// already NFC, and is returned as it is).
pub fn normalize(text: String) -> (String, Option<Box<Nfc>>) {
    if text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return (text, None);
    }
    let mut out = String::with_capacity(text.len());
    let mut pieces = Vec::new();
    let mut flush = |from: usize, to: usize, out: &mut String| {
        let seg = &text[from..to];
        if is_nfc_quick(seg.chars()) == IsNormalized::Yes {
            out.push_str(seg);
            return;
        }
        let n: String = seg.nfc().collect();
        if n != seg {
            pieces.push(Piece {
                nfc: Span::new(out.len(), out.len() + n.len()),
                original: Span::new(from, to),
            });
        }
        out.push_str(&n);
    };
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if i > start && safe_start(c) {
            flush(start, i, &mut out);
            start = i;
        }
    }
    flush(start, text.len(), &mut out);
    if pieces.is_empty() {
        return (text, None);
    }
    (
        out,
        Some(Box::new(Nfc {
            original: text,
            pieces,
        })),
    )
}

impl Nfc {
    /// The original offset of NFC offset `at`: inside a changed stretch, its
    /// start (for a span's start) or its end (`end`, for a span's end).
    fn offset(&self, at: usize, end: bool) -> usize {
        // The last changed stretch starting at or before `at`.
        let k = self.pieces.partition_point(|p| p.nfc.start <= at);
        let Some(p) = k.checked_sub(1).and_then(|k| self.pieces.get(k)) else {
            return at;
        };
        if at >= p.nfc.end {
            p.original.end + (at - p.nfc.end)
        } else if at == p.nfc.start || !end {
            p.original.start
        } else {
            p.original.end
        }
    }

    /// The bytes of the original text that an NFC span stands for.
    pub fn original_span(&self, s: Span) -> Span {
        let start = self.offset(s.start, false);
        let end = if s.end == s.start {
            start
        } else {
            self.offset(s.end, true)
        };
        Span::new(start, end.max(start))
    }
}

/// `s` without its accents (`Pérez` → `Perez`, `Modrić` → `Modric`): the
/// canonical decomposition with its combining marks left out, for comparing
/// a name with the form ASCII wire copy gives it.
pub fn without_accents(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    s.nfd()
        .filter(|&c| canonical_combining_class(c) == 0)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn accents_are_left_out() {
        assert_eq!(
            super::without_accents("Florentino Pérez"),
            "Florentino Perez"
        );
        assert_eq!(super::without_accents("Luka Modrić"), "Luka Modric");
    }

    use super::*;

    #[test]
    fn nfc_text_is_kept_as_it_is() {
        let (t, map) = normalize("José Núñez, “quoted”".to_string());
        assert_eq!(t, "José Núñez, “quoted”");
        assert!(map.is_none());
    }

    #[test]
    fn decomposed_accents_are_composed_and_mapped_back() {
        let original = "Jose\u{301} Nu\u{301}n\u{303}ez said.".to_string();
        let (t, map) = normalize(original.clone());
        assert_eq!(t, "José Núñez said.");
        let map = map.expect("changed");
        let name = Span::new(0, t.find(" said").unwrap());
        let back = map.original_span(name);
        assert_eq!(
            &original[back.start..back.end],
            "Jose\u{301} Nu\u{301}n\u{303}ez"
        );
        let said = t.find("said").unwrap();
        let back = map.original_span(Span::new(said, said + 4));
        assert_eq!(&original[back.start..back.end], "said");
    }

    #[test]
    fn a_span_inside_a_changed_stretch_widens_to_all_of_it() {
        let original = "cafe\u{301}!".to_string();
        let (t, map) = normalize(original.clone());
        let map = map.unwrap();
        let e = t.find('é').unwrap();
        let back = map.original_span(Span::new(e, e + 'é'.len_utf8()));
        assert_eq!(&original[back.start..back.end], "e\u{301}");
    }

    #[test]
    fn hangul_jamo_compose_across_starters() {
        let (t, map) = normalize("\u{1100}\u{1161} x".to_string());
        assert_eq!(t, "\u{AC00} x");
        let map = map.unwrap();
        let x = t.find('x').unwrap();
        assert_eq!(map.original_span(Span::new(x, x + 1)), Span::new(7, 8));
    }

    #[test]
    fn every_mapped_span_lies_on_character_boundaries() {
        let original = "a\u{301}\u{327}b\u{308}c\u{1100}\u{1161}\u{11a8}d".to_string();
        let (t, map) = normalize(original.clone());
        let map = map.unwrap();
        let bounds: Vec<usize> = t.char_indices().map(|(i, _)| i).chain([t.len()]).collect();
        for &a in &bounds {
            for &b in bounds.iter().filter(|&&b| b >= a) {
                let s = map.original_span(Span::new(a, b));
                assert!(original.is_char_boundary(s.start) && original.is_char_boundary(s.end));
                assert!(s.start <= s.end && s.end <= original.len());
            }
        }
    }
}
