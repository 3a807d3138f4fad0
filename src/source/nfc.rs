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

/// `is_nfc_quick(text.chars()) == Yes`, read only where `text` is not
/// ASCII. The quick check passes over an ASCII character as over a starter
/// that is always allowed (the combining class before the next character
/// is 0 again), so the whole text is `Yes` exactly when every maximal run
/// of non-ASCII characters is `Yes` on its own; drafts are mostly ASCII,
/// and the ASCII between the runs is skipped a word at a time.
fn quick_yes(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(start) = next_non_ascii(b, i) {
        // A run ends at an ASCII byte, which is always a character boundary.
        let end = b[start..]
            .iter()
            .position(u8::is_ascii)
            .map_or(b.len(), |n| start + n);
        if is_nfc_quick(text[start..end].chars()) != IsNormalized::Yes {
            return false;
        }
        i = end;
    }
    true
}

/// The first byte from `from` on that is not ASCII.
pub(super) fn next_non_ascii(b: &[u8], from: usize) -> Option<usize> {
    const WORD: usize = 8;
    let mut i = from;
    while i + WORD <= b.len() {
        let w = u64::from_le_bytes(b[i..i + WORD].try_into().unwrap_or([0; WORD]));
        let high = w & 0x8080_8080_8080_8080;
        if high != 0 {
            // The lowest set bit is the first such byte (little-endian order).
            return Some(i + (high.trailing_zeros() / 8) as usize);
        }
        i += WORD;
    }
    b[i.min(b.len())..]
        .iter()
        .position(|&c| !c.is_ascii())
        .map(|n| i + n)
}

/// `text` in NFC, with the way back when that changed it (`None`: it was
/// already NFC, and is returned as it is).
pub fn normalize(text: String) -> (String, Option<Box<Nfc>>) {
    if quick_yes(&text) {
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
    let mut out = String::with_capacity(s.len());
    for c in s.nfd().filter(|&c| canonical_combining_class(c) == 0) {
        // Letters with no accent to drop that outlets writing ASCII
        // transliterate all the same (`Hołownia` as `Holownia`, `Støre` as
        // `Store`, `Erdoğan`'s dotless `ı` as `i`).
        match c {
            'ł' => out.push('l'),
            'Ł' => out.push('L'),
            'ø' => out.push('o'),
            'Ø' => out.push('O'),
            'đ' | 'ð' => out.push('d'),
            'Đ' | 'Ð' => out.push('D'),
            'ı' => out.push('i'),
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'Æ' => out.push_str("Ae"),
            'œ' => out.push_str("oe"),
            'Œ' => out.push_str("Oe"),
            'þ' => out.push_str("th"),
            'Þ' => out.push_str("Th"),
            c => out.push(c),
        }
    }
    out
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
        assert_eq!(super::without_accents("Szymon Hołownia"), "Szymon Holownia");
        assert_eq!(
            super::without_accents("Jonas Gahr Støre"),
            "Jonas Gahr Store"
        );
    }

    use super::*;

    /// The quick check read run by run answers as it does over the whole text.
    #[test]
    fn the_quick_check_by_runs_answers_as_the_whole_text_does() {
        let pieces = [
            "a", " ", "é", "e\u{301}", "\u{301}", "\u{327}", "“", "”", "\u{1100}", "\u{1161}",
            "\u{11a8}", "Å", "\u{212b}", "x.", "\u{f900}", "한", "12345678",
        ];
        let mut texts = vec![String::new()];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    texts.push(format!("{a}{b}{c}"));
                    texts.push(format!("{a}abcdefghij{b}{c}"));
                }
            }
        }
        for t in &texts {
            assert_eq!(
                quick_yes(t),
                is_nfc_quick(t.chars()) == IsNormalized::Yes,
                "{t:?}"
            );
        }
    }

    #[test]
    fn the_first_non_ascii_byte_is_found_past_every_word_boundary() {
        for len in 0..40 {
            for at in 0..=len {
                let mut b = vec![b'a'; len];
                if at < len {
                    b[at] = 0xc3;
                }
                let want = (at < len).then_some(at);
                for from in 0..=len {
                    let want = want.filter(|&w| w >= from);
                    assert_eq!(next_non_ascii(&b, from), want, "{len} {at} {from}");
                }
            }
        }
    }

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
