//! A misspelt given name opening a sentence (`Chengpeng Zhao, 47, pleaded
//! guilty` in a draft that writes `Changpeng Zhao` mid-sentence).
//!
//! A capitalised word opening a sentence is kept in a name only when the
//! document capitalises it elsewhere or it is a known given name (so
//! `Meanwhile Zhao` is `Zhao`). A slip in a given name the lexicon does not
//! know would then be cut off and never compared. `Given` lists the
//! two-word names the document writes mid-sentence, so an opening word a
//! letter or two from the given name of one of them, before the same surname,
//! is kept as part of the name.

use super::token::Token;

/// The given names the document writes mid-sentence before each surname.
pub struct Given {
    /// (surname's lower-case hash, given name in lower case), sorted.
    pairs: Vec<(u64, String)>,
}

impl Given {
    /// Reads every sentence's capitalised word pairs that do not open it.
    pub fn new(toks: &[Vec<Token<'_>>]) -> Self {
        // A draft names the same people again and again: the pairs as
        // written are made unique first, so each given name is lower-cased
        // once (two spellings lower-casing alike still meet in the dedup below).
        let mut written: Vec<(u64, &str)> = toks
            .iter()
            .flat_map(|ts| {
                ts.windows(2)
                    .enumerate()
                    .filter(|(i, w)| {
                        w[0].is_cap()
                            && w[1].is_cap()
                            && w[1].space_before
                            && !super::entity::initial_position(ts, *i)
                    })
                    .map(|(_, w)| (w[1].lower_hash, w[0].text))
            })
            .collect();
        written.sort_unstable();
        written.dedup();
        let mut pairs: Vec<(u64, String)> = written
            .into_iter()
            .map(|(h, g)| (h, g.to_lowercase()))
            .collect();
        pairs.sort_unstable();
        pairs.dedup();
        Given { pairs }
    }

    /// True when `first surname` opening a sentence is a slip of a name the
    /// document writes mid-sentence: the same surname, a given name of five
    /// letters or more one or two edits away.
    pub fn near(&self, first: &Token<'_>, surname: &Token<'_>) -> bool {
        let given = first.text.to_lowercase();
        if given.chars().count() < 5 {
            return false;
        }
        let at = self.pairs.partition_point(|(h, _)| *h < surname.lower_hash);
        self.pairs[at..]
            .iter()
            .take_while(|(h, _)| *h == surname.lower_hash)
            .any(|(_, g)| *g != given && strsim::damerau_levenshtein(g, &given) <= 2)
    }
}

#[cfg(test)]
mod tests {
    use super::super::entity::tests::runs;
    use super::super::entity::{classify, find, own_cues};
    use super::super::{sentence, token::tokenize};
    use crate::claim::EntityKind;

    #[test]
    fn a_given_name_a_letter_off_keeps_its_place_at_a_sentence_start() {
        let r = runs("It was run by Changpeng Zhao then. Chengpeng Zhao, 47, pleaded guilty.");
        assert_eq!(r, vec!["Changpeng Zhao", "Chengpeng Zhao"]);
        // A word far from any given name is still cut off.
        let r = runs("It was run by Changpeng Zhao then. Meanwhile Zhao pleaded guilty.");
        assert_eq!(r, vec!["Changpeng Zhao", "Zhao"]);
    }

    #[test]
    fn a_person_noun_before_an_unknown_name_makes_it_a_person() {
        let text = "It was 5-4, with external member Swati Dhingra in favour.";
        let s = sentence::split(text);
        let toks: Vec<_> = s.iter().map(|x| tokenize(text, x.span)).collect();
        let run = find(&toks).runs.remove(0);
        let kind = (run.text.as_str(), classify(&run, own_cues(&run, &toks[0])));
        assert_eq!(kind, ("Swati Dhingra", EntityKind::Person));
    }
}
