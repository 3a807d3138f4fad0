//! Vague quantities: `hundreds of`, `thousands`, `tens of thousands`,
//! `several`, `a few`, `half`: figures with a floor and a generous ceiling
//! (or a share), read by the scanner when a trigger word starts one.

use super::*;

impl Scanner<'_> {
    /// `hundreds of`, `thousands`, `tens of thousands`, `hundreds of billions of dollars`.
    ///
    /// A vague plural has a lower bound (`thousands` is at least 2,000) and a
    /// generous upper one: speech uses `thousands of jobs` well past 9,999, so
    /// the top is fifty times the bottom; `tens of X` and `hundreds of X`
    /// multiply the inner scale.
    pub(super) fn vague(&mut self, i: usize, end: usize, range: (f64, f64)) -> Option<usize> {
        let text = self.text();
        let word = text[i..end].to_ascii_lowercase();
        let mut rest = &text[end..];
        // A table's unit label (`Net income (NT$ billions)`, `($ millions)`,
        // `(in thousands)`): a plural scale right after an opening
        // parenthesis, a currency sign or `in`, and closed by `)`, is no figure.
        let before = text[..i].trim_end();
        let opens_label = before.ends_with('(')
            || before.ends_with("in") && before[..before.len() - 2].trim_end().ends_with('(')
            || before.ends_with(['$', '€', '£', '¥', '₹', '₦', '₱']);
        if opens_label && rest.trim_start().starts_with(')') {
            return None;
        }
        let (lo, hi) = if let Ok((r, inner)) = of_plural(rest) {
            rest = r;
            match word.as_str() {
                "tens" => (20.0 * inner, 99.0 * inner),
                "hundreds" => (200.0 * inner, 999.0 * inner),
                _ => return None,
            }
        } else if word == "tens" || (word == "scores" && !rest.starts_with(" of ")) {
            // `scores` counts only with its `of` (`scores of fans`); bare,
            // it is the verb (`Mbappe scores France's first penalty`).
            return None;
        } else {
            (range.0, range.0 * 50.0 - 1.0)
        };
        let (measure, currency) = match of_money(rest) {
            Ok((r, code)) => {
                rest = r;
                (Measure::Money, Some(code))
            }
            Err(_) => (Measure::Count, None),
        };
        let stop = self.loc.offset(rest);
        // `thousands of employees`: what is counted follows the `of`.
        let noun = match (
            measure,
            (space1::<&str, nom::error::Error<&str>>, tag_no_case("of")).parse(rest),
        ) {
            (Measure::Count, Ok((r, _))) => head_noun(text, self.loc.offset(r)),
            _ => None,
        };
        let q = Quantity {
            measure,
            value: None,
            interval: Interval::new(lo, hi),
            step: 0.0,
            currency,
            unit: match (&noun, measure) {
                (_, Measure::Money) => UnitClass::Money,
                (Some((n, _)), _) => unit_class_of(n),
                _ => UnitClass::Count,
            },
            noun: noun.map(|(n, _)| n.into()),
            qualifier: None,
            period: None,
            vague: true,
            comparison: false,
            range: None,
        };
        self.push_counted(i, stop, q);
        Some(stop)
    }

    /// `several hundred`, `a few thousand`.
    pub(super) fn several(&mut self, i: usize, end: usize) -> Option<usize> {
        let text = self.text();
        let (rest, _) = space1::<&str, nom::error::Error<&str>>(&text[end..]).ok()?;
        let (rest, w) =
            nom::character::complete::alpha1::<&str, nom::error::Error<&str>>(rest).ok()?;
        let scale = match number_word(&w.to_ascii_lowercase())? {
            NumberWord::Hundred => 100.0,
            NumberWord::Scale(s) => s,
            _ => return None,
        };
        let few = text[i..end].eq_ignore_ascii_case("few");
        let start = if few && &*lower_before(text, i, 0, 2) == "a " {
            i - 2
        } else {
            i
        };
        let (lo, hi) = if few {
            (2.0 * scale, 5.0 * scale)
        } else {
            (3.0 * scale, 9.0 * scale)
        };
        let stop = self.loc.offset(rest);
        let q = Quantity {
            measure: Measure::Count,
            value: None,
            interval: Interval::new(lo, hi),
            step: 0.0,
            currency: None,
            unit: UnitClass::Count,
            noun: None,
            qualifier: None,
            period: None,
            vague: true,
            comparison: false,
            range: None,
        };
        self.push_counted(start, stop, q);
        Some(stop)
    }

    /// `half of its workforce` (50%); `half a million` is read by the numeral grammar.
    pub(super) fn half(&mut self, i: usize, end: usize) -> Option<usize> {
        if let Some(fig) = self.figure(i) {
            return self.finish(i, fig);
        }
        let text = self.text();
        let after = text[end..].to_ascii_lowercase();
        let shares = [
            " of ", " the ", " its ", " our ", " their ", " his ", " her ",
        ]
        .iter()
        .any(|w| after.starts_with(w));
        let (floor, _) = self.sentence_floor(i);
        let qualified = qualifier_before(&lower_before(text, i, floor, 40)).is_some();
        if !shares && !qualified {
            return None;
        }
        let fig = Figure {
            first: Numeral {
                value: 50.0,
                step: 1.0,
                form: Form::Fraction,
                int_digits: 0,
            },
            second: None,
            scale: 1.0,
            currency: None,
            measure: Measure::Percent,
            after: None,
            end,
        };
        self.finish(i, fig)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{NumberOptions, scan};

    fn count(text: &str) -> usize {
        let s = crate::extract::sentence::split(text);
        scan(text, &s, NumberOptions::default()).len()
    }

    #[test]
    fn scores_counts_only_with_its_of() {
        assert_eq!(count("Scores of fans cheered."), 1);
        assert_eq!(count("Mbappe scores France's first penalty."), 0);
    }
}
