//! A name misspelt as a sentence's first word: `Rajaramen, who took over…`
//! where the body writes `K. Rajaraman`. A sentence opener the document
//! never capitalises elsewhere is dropped as no name; one a letter or two off
//! a surname the body writes after a given name, with a person's clause
//! after it, is kept, so `name-near-miss` can report it.

use std::cell::OnceCell;

use crate::extract::token::Token;

/// Surnames the body writes after a given name or an initial (`Mecole
/// Hardman`, `K. Krithivasan`), gathered the first time an opener asks, as
/// few drafts have one.
pub(super) struct Surnames<'t, 'a> {
    toks: &'t [Vec<Token<'a>>],
    headline: &'t [bool],
    words: OnceCell<Vec<&'a str>>,
}

impl<'t, 'a> Surnames<'t, 'a> {
    pub(super) fn new(toks: &'t [Vec<Token<'a>>], headline: &'t [bool]) -> Self {
        Surnames {
            toks,
            headline,
            words: OnceCell::new(),
        }
    }

    fn words(&self) -> &[&'a str] {
        self.words.get_or_init(|| {
            self.toks
                .iter()
                .zip(self.headline)
                .filter(|(_, h)| !**h)
                .flat_map(|(ts, _)| {
                    ts.windows(2)
                        .filter(|w| {
                            w[1].is_cap()
                                && w[1].text.len() >= 5
                                && (w[0].is_cap() || w[0].is_punct('.'))
                        })
                        .map(|w| w[1].text)
                })
                .collect()
        })
    }

    /// True when `t` is a letter or two off one of the surnames, not it.
    pub(super) fn misspelt(&self, t: &Token<'_>) -> bool {
        t.text.len() >= 5
            && self.words().iter().any(|s| {
                *s != t.text
                    && s.chars().next() == t.text.chars().next()
                    && strsim::damerau_levenshtein(s, t.text) <= 2
            })
    }
}

/// True when a person's clause goes on at token `k`: `, who`, `, whose` or a
/// verb of saying (`Hardmann, who rejoined`, `Jelenik said`).
pub(super) fn person_clause(ts: &[Token<'_>], k: usize) -> bool {
    const SAYS: &[&str] = &["said", "says", "told", "added", "wrote", "noted"];
    let at = |k: usize, w: &str| ts.get(k).is_some_and(|t| t.is(w));
    SAYS.iter().any(|w| at(k, w))
        || (ts.get(k).is_some_and(|t| t.is_punct(',')) && (at(k + 1, "who") || at(k + 1, "whose")))
}
