//! The words of a quantity that let it take a figure of each frame.

use super::Frame;

impl Frame {
    /// Stems of a quantity's cues or `about` that let it take such a figure.
    pub(super) fn stems(self) -> &'static [&'static str] {
        match self {
            Frame::Age => &["age", "aged", "old"],
            // Whole words: `scored` is a goal, not a score.
            Frame::Score => &[
                "score",
                "scores",
                "scoreline",
                "scorelines",
                "result",
                "results",
                "tally",
            ],
            Frame::Stage => &["round", "stage", "rank"],
            Frame::Group => &[],
            Frame::Mark => &["minute", "minutes"],
            Frame::Threshold => &[
                "threshold",
                "thresholds",
                "mark",
                "hurdle",
                "bar",
                "minimum",
                "cutoff",
                "cut-off",
            ],
            Frame::Request => &[
                "ask",
                "sought",
                "seek",
                "request",
                "recommend",
                "argu",
                "call",
                "push",
                "press",
                "demand",
                "urg",
                "want",
                "propos",
            ],
            Frame::Running => &["so far", "running", "partial", "interim", "early"],
            // A target is what is planned; a level it `could reach` is its
            // ceiling or a forecast.
            Frame::Possible => &[
                "forecast",
                "outlook",
                "expect",
                "project",
                "estimat",
                "potential",
                "possible",
                "could",
                "may",
                "might",
                "maximum",
                "max",
                "up to",
                "cap",
                "as much as",
                "ceiling",
            ],
            Frame::Forecast => &[
                "forecast",
                "guid",
                "outlook",
                "expect",
                "project",
                "predict",
                "anticipat",
                "estimat",
                "consensus",
                "target",
                "sees",
                "plan",
                "potential",
                "possible",
                "could",
                "add-on",
            ],
        }
    }
}
