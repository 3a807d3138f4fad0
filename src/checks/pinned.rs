//! One finding per wrong figure when a story sheet pins its quantity.
//!
//! A figure that contradicts the fact a sheet pins is reported by
//! `fact-mismatch`, with the sheet line as evidence. The same words break,
//! as a consequence, the quantity's agreement with the other drafts
//! (`quantity-conflict` on that quantity) and any invariant the figure
//! takes part in; reporting those as well would show one slip three times
//! and blame the correct figures beside it. The pinned fact outranks the
//! drafts, so `fact-mismatch` stands and the others on the same words go:
//!
//! - a `quantity-conflict` on the same quantity, either of whose figures
//!   overlaps a figure `fact-mismatch` reports (the conflict may put the
//!   draft's correct figure first, against the slip);
//! - an `invariant` whose reported figure overlaps one and that reads no
//!   other figure of that draft (it set the figure against the other
//!   quantities' settled values). An invariant a draft breaks with figures
//!   of its own (`$1.81 billion` and `$2.51 billion`, then `$5.1 billion in
//!   all`) stays: it shows the draft disagreeing with itself.
//!
//! The mismatch's help then names the invariants it stands for. Findings on
//! other words, and conflicts on other quantities or on automatic keys, are
//! kept.

use crate::finding::{Finding, Label, Place};

/// The `fact-mismatch` findings' words, sorted by place and start, so a
/// label finds the ones it overlaps by binary search (a run can hold tens of
/// thousands of each).
struct Pinned {
    /// (place, start, end, index into the findings).
    spans: Vec<(Place, usize, usize, usize)>,
}

/// The longest words a finding reports that are looked back over.
const LONGEST: usize = 512;

impl Pinned {
    fn of(out: &[Finding]) -> Pinned {
        let mut spans: Vec<_> = out
            .iter()
            .enumerate()
            .filter(|(_, f)| f.check == "fact-mismatch")
            .map(|(i, f)| (f.primary.place, f.primary.span.start, f.primary.span.end, i))
            .collect();
        spans.sort_unstable();
        Pinned { spans }
    }

    /// The findings whose words overlap `l`'s.
    fn hits<'a>(&'a self, l: &'a Label) -> impl Iterator<Item = usize> + 'a {
        let to = self
            .spans
            .partition_point(|&(p, s, _, _)| (p, s) < (l.place, l.span.end));
        self.spans[..to]
            .iter()
            .rev()
            .take_while(move |&&(p, s, _, _)| p == l.place && s + LONGEST > l.span.start)
            .filter(move |&&(_, _, e, _)| e > l.span.start)
            .map(|&(_, _, _, i)| i)
    }
}

/// Drops the findings that repeat a `fact-mismatch` on the same words.
pub fn one_finding_per_pinned_figure(out: &mut Vec<Finding>) {
    let pinned = Pinned::of(out);
    if pinned.spans.is_empty() {
        return;
    }
    let overlaps_label =
        |a: &Label, b: &Label| a.span.start < b.span.end && b.span.start < a.span.end;
    // For each finding folded into a mismatch: that mismatch.
    let into: Vec<Option<usize>> = out
        .iter()
        .map(|f| match f.check {
            // Two figures of one quantity that cannot both hold: with a fact
            // pinned, the one outside it is the slip, whichever of the two
            // the conflict put first.
            "quantity-conflict" if f.rule.is_some() => std::iter::once(&f.primary)
                .chain(&f.related)
                .find_map(|l| pinned.hits(l).find(|&i| out[i].rule == f.rule)),
            // An invariant that read only this figure from the draft (the
            // other quantities at their settled values) says nothing the
            // mismatch does not; one the draft breaks with its own figures
            // (parts and a total it states) shows the draft disagreeing
            // with itself, and stays.
            "invariant"
                if !f
                    .related
                    .iter()
                    .any(|l| l.place == f.primary.place && !overlaps_label(l, &f.primary)) =>
            {
                pinned.hits(&f.primary).next()
            }
            _ => None,
        })
        .collect();
    // The mismatch names the invariants it stands for, so the relation the
    // figure breaks is not lost with them.
    let mut also: Vec<(usize, &'static str, Option<String>)> = out
        .iter()
        .zip(&into)
        .filter_map(|(f, i)| {
            let rule = (f.check == "invariant").then(|| f.rule.clone()).flatten();
            i.map(|i| (i, f.check, rule))
        })
        .collect();
    also.sort();
    also.dedup();
    for (i, check, rule) in also {
        if !out[i].also.contains(&check) {
            out[i].also.push(check);
        }
        if let Some(rule) = rule {
            out[i].help = format!(
                "{}; the figure also breaks the sheet's `{rule}`",
                out[i].help
            );
        }
    }
    let mut keep = into.iter().map(|i| i.is_none());
    out.retain(|_| keep.next().unwrap_or(true));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Severity, Violation};
    use crate::source::DocId;
    use crate::source::Span;

    fn finding(check: &'static str, rule: Option<&str>, start: usize, end: usize) -> Finding {
        let at = Label::doc(DocId(0), Span { start, end }, "here");
        Violation::new(format!("{check} message"), at, Vec::new(), "help")
            .with_rule(rule.map(str::to_string))
            .into_finding(check, Severity::Error)
    }

    #[test]
    fn a_pinned_slip_is_reported_once() {
        let mut out = vec![
            finding("fact-mismatch", Some("deal_value"), 10, 22),
            finding("quantity-conflict", Some("deal_value"), 10, 15),
            finding("invariant", Some("bigger-than-wrigley"), 10, 15),
        ];
        one_finding_per_pinned_figure(&mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].check, "fact-mismatch");
        assert_eq!(
            out[0].help,
            "help; the figure also breaks the sheet's `bigger-than-wrigley`"
        );
        assert_eq!(out[0].also, ["invariant", "quantity-conflict"]);
    }

    #[test]
    fn a_conflict_that_puts_the_correct_figure_first_goes_too() {
        let slip = Label::doc(DocId(0), Span { start: 10, end: 22 }, "stated here");
        let mut conflict = finding("quantity-conflict", Some("deal_value"), 40, 52);
        conflict.related.push(slip);
        let mut out = vec![
            finding("fact-mismatch", Some("deal_value"), 10, 22),
            conflict,
        ];
        one_finding_per_pinned_figure(&mut out);
        assert_eq!(out.len(), 1);
    }

    #[test]
    fn other_words_other_quantities_and_automatic_keys_stay() {
        let mut out = vec![
            finding("fact-mismatch", Some("deal_value"), 10, 22),
            finding("quantity-conflict", Some("deal_value"), 30, 40),
            finding("quantity-conflict", Some("net_debt"), 10, 22),
            finding("quantity-conflict", None, 10, 22),
            finding("invariant", Some("sum"), 40, 50),
        ];
        one_finding_per_pinned_figure(&mut out);
        assert_eq!(out.len(), 5);
    }

    #[test]
    fn an_invariant_the_draft_breaks_with_its_own_figures_stays() {
        let part = Label::doc(DocId(0), Span { start: 60, end: 70 }, "and this");
        let mut inv = finding("invariant", Some("parts"), 10, 22);
        inv.related.push(part);
        let mut out = vec![finding("fact-mismatch", Some("total"), 10, 22), inv];
        one_finding_per_pinned_figure(&mut out);
        assert_eq!(out.len(), 2);
    }
}
