//! The interval chart of a quantity: one bar per claim over a shared axis,
//! as inline SVG. A closed bound is a filled end cap; an unbounded end
//! (`more than 11,000`) runs to the edge of the axis as an open arrow, so
//! overlapping bars are visibly consistent and a gap visibly not. A pinned
//! fact is drawn as a band behind the bars.

use super::escape_html;
use super::model::{Group, Row};
use crate::claim::Interval;

/// Width of the chart's coordinate system.
const WIDTH: f64 = 640.0;
/// Where the bars start (the labels sit left of it).
const PLOT_LEFT: f64 = 230.0;
/// Where the bars end.
const PLOT_RIGHT: f64 = 620.0;
/// Height of one bar's row.
const ROW: f64 = 26.0;
/// Space above the first bar.
const TOP: f64 = 8.0;
/// Space for the axis below the last bar.
const AXIS: f64 = 34.0;

/// The chart of a group's figures, or `None` when fewer than two have an interval.
pub fn chart(group: &Group, id: &str) -> Option<String> {
    let rows: Vec<(&Row, Interval)> = group
        .rows
        .iter()
        .filter_map(|r| r.interval.map(|i| (r, i)))
        .collect();
    if rows.len() < 2 {
        return None;
    }
    let mut ends: Vec<f64> = rows
        .iter()
        .flat_map(|(_, i)| [i.low, i.high])
        .chain(group.fact.iter().flat_map(|f| [f.low, f.high]))
        .filter(|v| v.is_finite())
        .collect();
    ends.sort_by(f64::total_cmp);
    let (lo, hi) = (*ends.first()?, *ends.last()?);
    let span = if hi > lo { hi - lo } else { lo.abs().max(1.0) };
    // 5% either side, not below zero when no figure is negative.
    let pad_lo = if lo >= 0.0 {
        (lo - span * 0.05).max(0.0)
    } else {
        lo - span * 0.05
    };
    let (lo, hi) = (pad_lo, hi + span * 0.05);
    let x = |v: f64| -> f64 {
        if v == f64::NEG_INFINITY {
            PLOT_LEFT
        } else if v == f64::INFINITY {
            PLOT_RIGHT
        } else {
            PLOT_LEFT + (v - lo) / (hi - lo) * (PLOT_RIGHT - PLOT_LEFT)
        }
    };
    let height = TOP + ROW * rows.len() as f64 + AXIS;
    let mut s = format!(
        "<svg class=\"chart\" id=\"{id}\" viewBox=\"0 0 {WIDTH} {height}\" width=\"100%\" \
         role=\"img\" aria-label=\"interval chart of {}\">\n",
        escape_html(&group.title)
    );
    s.push_str(&format!(
        "<defs><linearGradient id=\"{id}-fr\"><stop offset=\"0\" stop-color=\"currentColor\" stop-opacity=\"0.55\"/>\
         <stop offset=\"1\" stop-color=\"currentColor\" stop-opacity=\"0\"/></linearGradient>\
         <linearGradient id=\"{id}-fl\"><stop offset=\"0\" stop-color=\"currentColor\" stop-opacity=\"0\"/>\
         <stop offset=\"1\" stop-color=\"currentColor\" stop-opacity=\"0.55\"/></linearGradient></defs>\n"
    ));
    let bottom = TOP + ROW * rows.len() as f64;
    if let Some(f) = group.fact {
        let (a, b) = (x(f.low), x(f.high));
        s.push_str(&format!(
            "<rect class=\"fact-band\" x=\"{:.1}\" y=\"{TOP}\" width=\"{:.1}\" height=\"{:.1}\"><title>pinned fact {}</title></rect>\n",
            a,
            (b - a).max(2.0),
            bottom - TOP,
            escape_html(&super::model::show_interval(f))
        ));
    }
    for (n, (row, i)) in rows.iter().enumerate() {
        let y = TOP + ROW * n as f64 + ROW / 2.0;
        let label = format!("{} · {}", short_path(&row.draft), row.text);
        s.push_str(&format!(
            "<g class=\"bar st-{}\"><title>{}</title>\n<text x=\"4\" y=\"{:.1}\">{}</text>\n",
            row.status.class(),
            escape_html(&format!(
                "{}:{} {} — {}",
                row.draft,
                row.line,
                row.text,
                super::model::show_interval(*i)
            )),
            y + 4.0,
            escape_html(&clip(&label, 34))
        ));
        s.push_str(&bar(x(i.low), x(i.high), y, *i, id));
        s.push_str("</g>\n");
    }
    s.push_str(&format!(
        "<line class=\"axis\" x1=\"{PLOT_LEFT}\" y1=\"{bottom:.1}\" x2=\"{PLOT_RIGHT}\" y2=\"{bottom:.1}\"/>\n"
    ));
    for k in 0..=4 {
        let v = lo + (hi - lo) * k as f64 / 4.0;
        let tx = x(v);
        s.push_str(&format!(
            "<line class=\"tick\" x1=\"{tx:.1}\" y1=\"{bottom:.1}\" x2=\"{tx:.1}\" y2=\"{:.1}\"/><text class=\"tick\" x=\"{tx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>\n",
            bottom + 4.0,
            bottom + 18.0,
            compact(v)
        ));
    }
    s.push_str("</svg>\n");
    Some(s)
}

/// One bar from `a` to `b` at height `y`; closed ends capped, open ends as fading arrows.
fn bar(a: f64, b: f64, y: f64, i: Interval, id: &str) -> String {
    let h = 10.0;
    let top = y - h / 2.0;
    let mut s = String::new();
    if (b - a) < 3.0 && i.low.is_finite() && i.high.is_finite() {
        // A point, or an interval too narrow to see: a diamond.
        let c = (a + b) / 2.0;
        s.push_str(&format!(
            "<path class=\"point\" d=\"M{:.1} {y:.1} L{c:.1} {:.1} L{:.1} {y:.1} L{c:.1} {:.1} Z\"/>\n",
            c - 6.0,
            y - 6.0,
            c + 6.0,
            y + 6.0
        ));
        return s;
    }
    let (fill_a, fill_b) = (
        if i.low.is_finite() { a } else { a + 40.0 },
        if i.high.is_finite() { b } else { b - 40.0 },
    );
    s.push_str(&format!(
        "<rect class=\"span\" x=\"{fill_a:.1}\" y=\"{top:.1}\" width=\"{:.1}\" height=\"{h}\"/>\n",
        (fill_b - fill_a).max(0.0)
    ));
    if i.low.is_finite() {
        s.push_str(&format!(
            "<rect class=\"cap\" x=\"{:.1}\" y=\"{:.1}\" width=\"3\" height=\"{:.1}\"/>\n",
            a - 1.5,
            top - 3.0,
            h + 6.0
        ));
    } else {
        s.push_str(&format!(
            "<rect class=\"open\" x=\"{a:.1}\" y=\"{top:.1}\" width=\"40\" height=\"{h}\" fill=\"url(#{id}-fl)\"/>\
             <path class=\"arrow\" d=\"M{:.1} {:.1} L{a:.1} {y:.1} L{:.1} {:.1}\"/>\n",
            a + 8.0,
            top - 3.0,
            a + 8.0,
            top + h + 3.0
        ));
    }
    if i.high.is_finite() {
        s.push_str(&format!(
            "<rect class=\"cap\" x=\"{:.1}\" y=\"{:.1}\" width=\"3\" height=\"{:.1}\"/>\n",
            b - 1.5,
            top - 3.0,
            h + 6.0
        ));
    } else {
        s.push_str(&format!(
            "<rect class=\"open\" x=\"{:.1}\" y=\"{top:.1}\" width=\"40\" height=\"{h}\" fill=\"url(#{id}-fr)\"/>\
             <path class=\"arrow\" d=\"M{:.1} {:.1} L{b:.1} {y:.1} L{:.1} {:.1}\"/>\n",
            b - 40.0,
            b - 8.0,
            top - 3.0,
            b - 8.0,
            top + h + 3.0
        ));
    }
    s
}

/// The file name of a path (drafts are told apart by it in a chart).
fn short_path(p: &str) -> &str {
    p.rsplit(['/', '\\']).next().unwrap_or(p)
}

/// `s` cut to `max` characters with `…`.
fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut c: String = s.chars().take(max - 1).collect();
    c.push('…');
    c
}

/// An axis label: `4.2bn`, `14k`, `1.5m`, `3.75`.
pub fn compact(v: f64) -> String {
    let a = v.abs();
    let (n, suffix) = if a >= 1e12 {
        (v / 1e12, "tn")
    } else if a >= 1e9 {
        (v / 1e9, "bn")
    } else if a >= 1e6 {
        (v / 1e6, "m")
    } else if a >= 1e4 {
        (v / 1e3, "k")
    } else {
        (v, "")
    };
    let digits = if n.abs() >= 100.0 {
        0
    } else if n.abs() >= 10.0 {
        1
    } else {
        2
    };
    let s = format!("{n:.digits$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    };
    format!("{s}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::super::model::{GroupKind, Status};
    use super::*;
    use crate::claim::ClaimId;

    fn row(doc: usize, text: &str, i: Interval) -> Row {
        Row {
            claim: ClaimId { doc, claim: 0 },
            draft: format!("d{doc}.txt"),
            line: 1,
            column: 1,
            text: text.into(),
            sentence: String::new(),
            value: String::new(),
            interval: Some(i),
            status: Status::Unverified,
            findings: Vec::new(),
        }
    }

    #[test]
    fn axis_labels_are_compact() {
        assert_eq!(compact(4.2e9), "4.2bn");
        assert_eq!(compact(14_000.0), "14k");
        assert_eq!(compact(350.0), "350");
        assert_eq!(compact(1.5e6), "1.5m");
    }

    #[test]
    fn open_bounds_are_drawn_open_and_text_is_escaped() {
        let g = Group {
            kind: GroupKind::AutoKey,
            title: "<b>".into(),
            about: None,
            fact: None,
            fact_text: None,
            rows: vec![
                row(
                    0,
                    "more than 11,000 <script>",
                    Interval::new(11_000.0, f64::INFINITY),
                ),
                row(1, "12,000", Interval::new(11_500.0, 12_500.0)),
            ],
        };
        let svg = chart(&g, "c0").unwrap();
        assert_eq!(svg.matches("class=\"arrow\"").count(), 1);
        assert_eq!(svg.matches("class=\"cap\"").count(), 3);
        assert!(!svg.contains("<script>") && !svg.contains("<b>"));
        assert!(svg.contains("&lt;script&gt;"));
    }

    #[test]
    fn one_figure_draws_no_chart() {
        let g = Group {
            kind: GroupKind::Sheet,
            title: "x".into(),
            about: None,
            fact: None,
            fact_text: None,
            rows: vec![row(0, "1", Interval::point(1.0))],
        };
        assert!(chart(&g, "c0").is_none());
    }
}
