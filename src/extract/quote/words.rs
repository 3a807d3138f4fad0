//! The words quotes are compared by (`quote-drift`, `quote-speaker`):
//! spelling conventions, figures and editorial marks (`…`, `[AI]`) are made
//! alike here, once per quote, and the join between the paragraphs of a
//! multi-paragraph quote is a gap, like an ellipsis. What it does not do: find
//! quotes (`marks.rs`) or compare them (the checks).

use crate::claim::Sym;
use crate::extract::token::{Kind, Token, tokenize};
use crate::source::Span;

/// A word of a quote as quotes are compared (`quote-drift`, `quote-speaker`):
/// normalised, with its span; `None` marks an editorial gap. The index splits
/// each quote once (`Index::quote_words`).
#[derive(Clone, Debug)]
pub struct QuoteWord {
    /// The word as compared: lower case, one spelling (`organized`), a figure as its value (`5`); `None` for a gap.
    /// Kept once per distinct word (`Sym`): the index keeps every quote's
    /// words for the whole run, and quotes share most of their words.
    pub norm: Option<Sym>,
    /// Its words in the draft.
    pub span: Span,
}

/// British to American spelling, a word with or without its accents, and
/// other forms that are the same word.
pub fn normalise(w: &str) -> String {
    let mut out = String::new();
    normalise_into(w, &mut out);
    out
}

/// `normalise`, written into `out` (cleared first), so `words` reuses one
/// buffer for a quote's words instead of allocating two strings a word.
fn normalise_into(w: &str, out: &mut String) {
    out.clear();
    if w.is_ascii() {
        // ASCII lower-cases byte by byte and holds no curly apostrophe.
        out.extend(w.bytes().map(|b| b.to_ascii_lowercase() as char));
    } else {
        // Accents are no change of words: wire copy writes `Türkiye`,
        // `Pérez` as `Turkiye`, `Perez`.
        out.push_str(
            &crate::source::nfc::without_accents(&w.to_lowercase())
                .replace(['\u{2019}', '\u{2018}'], "'"),
        );
    }
    let pairs: &[(&str, &str)] = &[
        ("isation", "ization"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ise", "ize"),
        ("yse", "yze"),
        ("ysed", "yzed"),
        ("our", "or"),
        ("ours", "ors"),
        ("tre", "ter"),
        ("tres", "ters"),
        ("ogue", "og"),
        ("lled", "led"),
        ("lling", "ling"),
        ("ence", "ense"),
        ("mme", "m"),
    ];
    for (uk, us) in pairs {
        if let Some(stem) = out.strip_suffix(uk)
            && stem.len() >= 3
        {
            let keep = stem.len();
            out.truncate(keep);
            out.push_str(us);
            return;
        }
    }
    let same = match out.as_str() {
        "grey" => "gray",
        "cheque" => "check",
        "tyre" => "tire",
        "aluminium" => "aluminum",
        _ => return,
    };
    out.clear();
    out.push_str(same);
}

/// The words of a quote: ellipses, bracketed insertions and the joins of a
/// multi-paragraph quote become gaps.
pub fn words(text: &str, inner: Span) -> Vec<QuoteWord> {
    let toks = tokenize(text, inner);
    let mut out = Vec::new();
    // The normalised word, reused from word to word (`Sym` keeps its own copy).
    let mut norm = String::new();
    let mut bracket = false;
    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        match t.kind {
            Kind::Punct('[') => {
                bracket = true;
                out.push(QuoteWord {
                    norm: None,
                    span: t.span,
                });
            }
            Kind::Punct(']') => bracket = false,
            // The mark opening the next paragraph of a multi-paragraph quote:
            // a paragraph left out between two is an omission, not a change.
            Kind::Punct('"' | '\u{201c}' | '\u{2018}')
                if text
                    [k.checked_sub(1).map_or(inner.start, |p| toks[p].span.end)..t.span.start]
                    .contains('\n') =>
            {
                out.push(QuoteWord {
                    norm: None,
                    span: t.span,
                })
            }
            Kind::Punct('\u{2026}') => out.push(QuoteWord {
                norm: None,
                span: t.span,
            }),
            Kind::Punct('.')
                if toks
                    .get(k + 1)
                    .is_some_and(|n| n.is_punct('.') && !n.space_before) =>
            {
                out.push(QuoteWord {
                    norm: None,
                    span: t.span,
                });
                while toks.get(k + 1).is_some_and(|n| n.is_punct('.')) {
                    k += 1;
                }
            }
            // `%`, `percent` and `per cent` are one word.
            Kind::Punct('%') if !bracket => out.push(QuoteWord {
                norm: Some(Sym::new("percent")),
                span: t.span,
            }),
            Kind::Word(_)
                if !bracket
                    && t.text.eq_ignore_ascii_case("per")
                    && toks
                        .get(k + 1)
                        .is_some_and(|n| n.text.eq_ignore_ascii_case("cent")) =>
            {
                out.push(QuoteWord {
                    norm: Some(Sym::new("percent")),
                    span: Span::new(t.span.start, toks[k + 1].span.end),
                });
                k += 1;
            }
            Kind::Word(_) | Kind::Number if !bracket => {
                // A figure in digits or words (`5`, `five`, `14,000`,
                // `fourteen thousand`) is one word: its value.
                if let Some((value, last)) = figure_at(text, &toks, k) {
                    out.push(QuoteWord {
                        norm: Some(value.into()),
                        span: Span::new(t.span.start, toks[last].span.end),
                    });
                    k = last + 1;
                    continue;
                }
                normalise_into(t.text, &mut norm);
                out.push(QuoteWord {
                    norm: Some(Sym::new(&norm)),
                    span: t.span,
                })
            }
            _ => {}
        }
        k += 1;
    }
    out
}

/// The figure starting at token `k`, written in digits or number words, as
/// its value in digits, with the index of its last token. `a` and `one` alone
/// stay words (`a year`, `one of us`); ordinals are not figures.
fn figure_at(text: &str, toks: &[Token<'_>], k: usize) -> Option<(String, usize)> {
    use crate::extract::number;
    let t = &toks[k];
    let from = text.get(t.span.start..)?;
    let (rest, n) = match t.kind {
        Kind::Number => number::digits(from).ok()?,
        _ => {
            // Compared ASCII-case-insensitively: the same as lower-casing
            // the word first, without a string a word.
            if ["a", "an", "one", "and", "half"]
                .iter()
                .any(|s| t.text.eq_ignore_ascii_case(s))
            {
                return None;
            }
            number::words(from).ok()?
        }
    };
    let end = text.len() - rest.len();
    if end <= t.span.start || !n.value.is_finite() {
        return None;
    }
    // The last token the figure covers.
    let covered = toks[k..].partition_point(|x| x.span.end <= end);
    let last = (k + covered).checked_sub(1).filter(|&l| l >= k)?;
    let v = n.value;
    let shown = if v == v.trunc() && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    };
    Some((shown, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(t: &str) -> Vec<String> {
        words(t, Span::new(0, t.len()))
            .into_iter()
            .filter_map(|w| w.norm.map(String::from))
            .collect()
    }

    #[test]
    fn spelling_conventions_are_one_word() {
        let a = norms("we will cut 5 percent of roles");
        for b in [
            "we will cut five per cent of roles",
            "we will cut 5% of roles",
            "We will cut five percent of roles",
        ] {
            assert_eq!(norms(b), a, "{b}");
        }
        assert_eq!(
            norms("about 14,000 people"),
            norms("about fourteen thousand people")
        );
        assert_eq!(
            norms("a well-known organisation"),
            norms("a well\u{2010}known organization")
        );
        assert_eq!(
            norms("it\u{2019}s a long–term plan"),
            norms("it's a long-term plan")
        );
        // `a`, `one` and ordinals stay words.
        assert_eq!(norms("one of a kind"), vec!["one", "of", "a", "kind"]);
        assert_ne!(norms("cut 5 jobs"), norms("cut 6 jobs"));
    }

    /// `normalise` as it was, allocating: what `normalise_into` must equal.
    fn normalise_reference(w: &str) -> String {
        let w = crate::source::nfc::without_accents(&w.to_lowercase())
            .replace(['\u{2019}', '\u{2018}'], "'");
        let pairs: &[(&str, &str)] = &[
            ("isation", "ization"),
            ("ising", "izing"),
            ("ised", "ized"),
            ("ises", "izes"),
            ("ise", "ize"),
            ("yse", "yze"),
            ("ysed", "yzed"),
            ("our", "or"),
            ("ours", "ors"),
            ("tre", "ter"),
            ("tres", "ters"),
            ("ogue", "og"),
            ("lled", "led"),
            ("lling", "ling"),
            ("ence", "ense"),
            ("mme", "m"),
        ];
        for (uk, us) in pairs {
            if let Some(stem) = w.strip_suffix(uk)
                && stem.len() >= 3
            {
                return format!("{stem}{us}");
            }
        }
        match w.as_str() {
            "grey" => "gray".into(),
            "cheque" => "check".into(),
            "tyre" => "tire".into(),
            "aluminium" => "aluminum".into(),
            _ => w,
        }
    }

    #[test]
    fn normalise_into_equals_the_allocating_normalise() {
        let mut words: Vec<String> = [
            "Organisation",
            "ORGANISING",
            "analysed",
            "Analyse",
            "colour",
            "Colours",
            "THEATRE",
            "metres",
            "catalogue",
            "travelled",
            "Travelling",
            "licence",
            "programme",
            "Grey",
            "grey",
            "CHEQUE",
            "tyre",
            "Aluminium",
            "our",
            "ise",
            "rise",
            "wise",
            "ours",
            "tre",
            "it\u{2019}s",
            "\u{2018}tis",
            "Café",
            "ÉCOLE",
            "ΣΟΦΟΣ",
            "naïve",
            "İstanbul",
            "Straße",
            "",
            "a",
            "x-ray",
            "5",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Every corpus word of the Amazon drafts too.
        for entry in std::fs::read_dir("fixtures/amazon-2025")
            .into_iter()
            .flatten()
            .flatten()
        {
            if let Ok(text) = std::fs::read_to_string(entry.path()) {
                words.extend(
                    text.split(|c: char| !c.is_alphanumeric() && c != '\u{2019}' && c != '\'')
                        .map(str::to_string),
                );
            }
        }
        let mut buf = String::from("left over");
        for w in &words {
            normalise_into(w, &mut buf);
            assert_eq!(buf, normalise_reference(w), "{w}");
            assert_eq!(normalise(w), normalise_reference(w), "{w}");
        }
        assert!(words.len() > 1000);
    }

    #[test]
    fn british_and_american_spellings_are_one_word() {
        assert_eq!(normalise("organised"), normalise("organized"));
        assert_eq!(normalise("colour"), normalise("color"));
        assert_eq!(normalise("centre"), normalise("center"));
    }

    #[test]
    fn the_join_of_a_multi_paragraph_quote_is_a_gap() {
        let t = "we grew.\n\n\u{201c}We will grow again.\n\n\"And hire.";
        let w = words(t, Span::new(0, t.len()));
        let gaps = w.iter().filter(|x| x.norm.is_none()).count();
        assert_eq!(gaps, 2, "{w:?}");
        assert_eq!(w.len(), 10);
        // A quote mark inside a line is not a join.
        let t = "we called it \"bold\" today";
        assert!(
            words(t, Span::new(0, t.len()))
                .iter()
                .all(|x| x.norm.is_some())
        );
    }
}
