//! Figures that are not a quantity's level, whatever words surround them:
//! money restated in brackets, a forecast given before, a step up or down.

use super::words::{EARLIER_FORECAST_FINDER, INCREMENT_FINDER};
use super::*;

/// True for money in brackets right after money (`€2.6 billion ($2.8
/// billion)`, `₹16,500 crore (about $2 billion)`, `N28,777,404,073,861
/// (twenty-eight trillion, seven hundred and seventy-seven billion naira)`):
/// the same figure converted or written out again, whatever period or kind
/// the words after it name.
pub(super) fn converted(cx: &Ctx<'_>, st: &Sentence, at: usize, q: &Quantity) -> bool {
    if q.measure != Measure::Money {
        return false;
    }
    let before = st.text[..at].trim_end();
    let Some(open) = before.strip_suffix('(') else {
        return false;
    };
    let open = open.trim_end();
    let opened = st.start + open.len();
    cx.ex
        .claims_in(st.start, opened)
        .last()
        .and_then(|(_, c)| (c.span.end == opened).then(|| c.quantity()).flatten())
        .is_some_and(|p| p.measure == Measure::Money)
}

/// The words saying money in `clause` is a forecast given before and
/// replaced (`the €30 billion to €40 billion range it had given before`); in
/// brackets (`the range it had given before (€30bn–€40bn)`), the words
/// before the brackets say it too.
pub(super) fn earlier_forecast(
    st: &Sentence,
    at: usize,
    c_from: usize,
    clause: &str,
    q: &Quantity,
) -> Option<&'static str> {
    if q.measure != Measure::Money {
        return None;
    }
    let bracketed = st.text[..at].trim_end().ends_with('(');
    let lead_in = if bracketed {
        let mut from = at.saturating_sub(80).max(c_from.saturating_sub(80));
        while !st.text.is_char_boundary(from) {
            from += 1;
        }
        &st.text[from..at]
    } else {
        ""
    };
    EARLIER_FORECAST_FINDER
        .first_in(clause)
        .or_else(|| EARLIER_FORECAST_FINDER.first_in(lead_in))
}

/// The words right after money saying it is a step, not a level (`another
/// $2.5bn of sequential growth`, `a $1.2bn increase`).
pub(super) fn increment(
    st: &Sentence,
    end: usize,
    c_to: usize,
    q: &Quantity,
) -> Option<&'static str> {
    if q.measure != Measure::Money {
        return None;
    }
    let mut to = (end + 40).min(c_to);
    while !st.text.is_char_boundary(to) {
        to -= 1;
    }
    let after = &st.text[end..to];
    INCREMENT_FINDER
        .first_in(after)
        .filter(|w| after.trim_start().starts_with(*w))
}

/// A step rather than a level: money said to be a change (`increment`),
/// or any figure added on top of another (`added_on`). `(end, c_to)` are
/// where the figure and its clause end.
pub(super) fn step(
    st: &Sentence,
    (end, c_to): (usize, usize),
    q: &Quantity,
    tight_before: &str,
) -> Result<(), String> {
    if let Some(w) = increment(st, end, c_to, q) {
        return Err(format!("a change in money, not its level (`{w}`)"));
    }
    if let Some(w) = added_on(tight_before) {
        return Err(format!(
            "added on top of another figure (`{w}`), not a level"
        ));
    }
    // `the first to cross the ¥5 trillion operating profit mark`: a bar.
    let after = st.text.get(end..c_to).unwrap_or("");
    let bar = tight_before.trim_end().ends_with(" the")
        && after
            .split([',', ';', '.', '(', ')', ':'])
            .next()
            .unwrap_or("")
            .split_whitespace()
            .take(4)
            .any(|w| {
                matches!(
                    w,
                    "mark" | "threshold" | "barrier" | "milestone" | "hurdle" | "line"
                )
            });
    if bar {
        return Err("a bar measured against (`the … mark`), not a figure reached".into());
    }
    Ok(())
}

/// `an additional 7,000,000 ADSs`, `a further 4,000 roles`: a figure
/// added on top of another is a step, not the level. `tight_before` is the
/// few words right before the figure (lower case).
pub(super) fn added_on(tight_before: &str) -> Option<&'static str> {
    let b = tight_before.trim_end();
    // Not `another`: `another 2,421 people were injured` counts a new kind.
    ["an additional", "additional", "a further", "an extra"]
        .into_iter()
        .find(|w| {
            b.strip_suffix(w)
                .is_some_and(|r| !r.ends_with(|c: char| c.is_alphanumeric()))
        })
}

/// A termination fee the words right before name `reverse` (`a reverse
/// termination fee of $1.1 billion`, the word outside the few the tight
/// window holds): the buyer's fee, another figure than the seller's.
pub(super) fn reverse_fee(kind: MoneyKind, before: &str) -> MoneyKind {
    if kind != MoneyKind::TerminationFee {
        return kind;
    }
    let lower = before.to_lowercase();
    let reverse = [
        "termination fee",
        "break fee",
        "break-up fee",
        "breakup fee",
    ]
    .iter()
    .filter_map(|f| lower.rfind(f))
    .max()
    .is_some_and(|at| lower[..at].trim_end().ends_with("reverse"));
    if reverse {
        MoneyKind::ReverseTerminationFee
    } else {
        kind
    }
}

/// Profit whose noun phrase, nearest the figure, says it is before one-off
/// items (`underlying attributable profit of`, `adjusted net profit of`):
/// `UnderlyingProfit`, a measure of its own; `operating profit`, written
/// right before it: `OperatingProfit`; any other kind as it is.
pub(super) fn underlying(kind: MoneyKind, before: &str) -> MoneyKind {
    if kind != MoneyKind::Profit {
        return kind;
    }
    let lower = before.to_lowercase();
    let Some(at) = lower.rfind("profit").or_else(|| lower.rfind("earnings")) else {
        return kind;
    };
    let words: Vec<&str> = lower[..at]
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .rev()
        .take(3)
        .collect();
    if words
        .iter()
        .any(|w| matches!(*w, "underlying" | "adjusted" | "core"))
    {
        MoneyKind::UnderlyingProfit
    } else if words.first() == Some(&"operating") && lower[at..].starts_with("profit") {
        // `Operating profit reached ¥5.35tn`: the word before `profit`,
        // outside the few words the tight window holds, makes it
        // operating profit, another measure than net profit.
        MoneyKind::OperatingProfit
    } else {
        kind
    }
}

/// `added roughly 690 billion yen to operating profit`: money added to a
/// value is a move in it, whatever its kind. `after` is the money's tight
/// window after it (lower case).
pub(super) fn added_to(after: &str) -> bool {
    let a = after.trim_start();
    let a = ["yen ", "euros ", "dollars ", "pounds ", "rupees "]
        .iter()
        .find_map(|c| a.strip_prefix(c))
        .unwrap_or(a);
    a.starts_with("to ")
}

/// `have lost about Rs 8.5 lakh crore in market capitalisation since
/// January 24`: a market value with `since` a few words after it, in its
/// clause, is how far the value moved since that day, not the value at it.
/// A level held (`has been worth $1tn since June`, `held at`), a level
/// reached (`rose to $3tn since`) and a record (`its highest since 2021`)
/// stay levels. `before` is the figure's clause up to it and `after` the
/// clause after it (lower case).
pub(super) fn moved_since(before: &str, after: &str) -> bool {
    let near_since = after
        .split_whitespace()
        .take(6)
        .any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()) == "since");
    if !near_since {
        return false;
    }
    // Words of a level held or a record, anywhere before the figure.
    const LEVEL: &[&str] = &[
        "been", "held", "kept", "stayed", "remained", "highest", "lowest", "first", "biggest",
        "largest", "best", "worst", "most", "least",
    ];
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    // `to`/`at` only right before the figure, past a hedge.
    let last = words
        .iter()
        .rev()
        .find(|w| {
            !matches!(
                **w,
                "about"
                    | "around"
                    | "roughly"
                    | "nearly"
                    | "some"
                    | "round"
                    | "over"
                    | "almost"
                    | "approximately"
            )
        })
        .copied();
    !words.iter().any(|w| LEVEL.contains(w)) && !last.is_some_and(|l| matches!(l, "to" | "at"))
}

/// Runs and the balls they came off, which count no side's total: runs
/// off balls (`30 runs off 30 balls`, what a chase needed, or a batter's
/// score) and the balls after them (`balls_faced`). `before` is the
/// figure's clause up to it, `after` the clause after it, `noun` what the
/// figure counts.
pub(super) fn runs_and_balls(before: &str, after: &str, noun: &str) -> Result<(), String> {
    let past_noun = after.trim_start();
    let past_noun = past_noun.strip_prefix(noun).unwrap_or(past_noun);
    if crate::bind::runs_off_balls(&past_noun.to_lowercase()).is_some() {
        return Err("runs off balls: a batter's score or what a chase needed".into());
    }
    if balls_faced(before, noun) {
        return Err(
            "balls faced or left, after the runs (`52 from 26 deliveries`, `30 runs off 30 balls`)"
                .into(),
        );
    }
    Ok(())
}

/// `unbeaten on 52 from 26 deliveries`, `39 off 32 balls`: balls a batter
/// faced, after the runs scored from them, are no deliveries of goods.
/// `before` is the figure's clause up to it, `noun` what it counts.
fn balls_faced(before: &str, noun: &str) -> bool {
    if !matches!(noun, "balls" | "deliveries") {
        return false;
    }
    let mut words = before
        .split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '*'));
    if !matches!(words.next(), Some("off" | "from")) {
        return false;
    }
    let mut w = words.next().unwrap_or("");
    // `30 runs off 30 balls`: the runs named.
    if matches!(w, "runs" | "run") {
        w = words.next().unwrap_or("");
    }
    if w == "out" {
        let _not = words.next();
        w = words.next().unwrap_or("");
    }
    let w = w.trim_end_matches('*');
    !w.is_empty() && w.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::super::tests::keys_of;

    /// The key of `figure` in `text`, by its words.
    fn key(text: &str, figure: &str) -> Option<String> {
        keys_of(text)
            .into_iter()
            .find(|(t, ..)| t == figure)
            .unwrap_or_else(|| panic!("no figure {figure:?} in {:?}", keys_of(text)))
            .1
    }

    const ASML: &str = "ASML Holding said on Tuesday that orders fell. ASML shares dropped. \
        ASML blamed China.\n\n";

    #[test]
    fn money_in_brackets_after_money_is_a_restatement() {
        let text =
            format!("{ASML}Net bookings came to €2.6 billion ($2.8 billion) in the quarter.");
        assert!(key(&text, "€2.6 billion").is_some());
        assert_eq!(key(&text, "$2.8 billion"), None);
        let naira = "Tinubu signed the 2024 spending bill of N28,777,404,073,861 \
            (twenty-eight trillion, seven hundred and seventy-seven billion naira) into law.";
        assert_eq!(
            key(
                naira,
                "twenty-eight trillion, seven hundred and seventy-seven billion naira"
            ),
            None
        );
    }

    #[test]
    fn a_forecast_given_before_is_not_the_one_reported() {
        let text = format!(
            "{ASML}For 2025 ASML now sees total net sales of €30 billion to €35 billion, the \
             bottom half of the €30 billion to €40 billion range it had given before."
        );
        assert_eq!(
            key(&text, "€30 billion to €35 billion").as_deref(),
            Some("asml / revenue / planned / 2025")
        );
        assert_eq!(key(&text, "€30 billion to €40 billion"), None);
        let bracketed = format!(
            "{ASML}ASML says sales are the lower half of the range it had given before (€30bn–€40bn)."
        );
        assert_eq!(key(&bracketed, "€30bn–€40bn"), None);
    }

    #[test]
    fn a_step_in_money_is_not_its_level() {
        let text = "Nvidia said revenue doubled, and Nvidia guided for another $2.5bn of \
            sequential growth.";
        assert_eq!(key(text, "$2.5bn"), None);
        let level = "Nvidia said revenue doubled, and Nvidia guided for revenue of $32.5bn.";
        assert!(key(level, "$32.5bn").is_some(), "{:?}", keys_of(level));
    }

    #[test]
    fn bookings_are_their_own_kind_of_money() {
        let text = format!("{ASML}ASML took in €2.8 billion in new orders in the quarter.");
        assert_eq!(
            key(&text, "€2.8 billion").as_deref(),
            Some("asml / bookings / reported")
        );
    }

    #[test]
    fn a_reverse_termination_fee_is_another_fee() {
        // The fee is its payer's; `reverse` makes it the buyer's other fee.
        let seller = format!("{ASML}ASML would owe the buyer a termination fee of $815 million.");
        let buyer = format!("{ASML}ASML agreed to pay a reverse termination fee of $1.1 billion.");
        let nobody = format!("{ASML}The deal carries a termination fee of $815 million.");
        assert_eq!(
            key(&seller, "$815 million").as_deref(),
            Some("asml / termination fee / planned")
        );
        assert_eq!(
            key(&buyer, "$1.1 billion").as_deref(),
            Some("asml / reverse termination fee / reported")
        );
        assert_eq!(key(&nobody, "$815 million"), None);
    }

    #[test]
    fn a_draft_about_one_company_owns_its_results() {
        // No organisation in reach, no `the company`: the draft names ASML
        // and nothing else.
        let text = format!("{ASML}Net bookings came to €2.6 billion in the quarter.");
        assert_eq!(
            key(&text, "€2.6 billion").as_deref(),
            Some("asml / bookings / reported")
        );
        // A government's money is not the company's: relief no
        // organisation is named for is the story's.
        let aid = format!("{ASML}The Dutch government approved relief of €2.6 billion.");
        assert_eq!(
            key(&aid, "€2.6 billion").as_deref(),
            Some("the story / aid / reported")
        );
    }

    #[test]
    fn a_bare_reported_figure_is_the_latest_quarter_named_without_a_year() {
        let text = format!(
            "{ASML}Net bookings came to €2.6 billion.\n\nASML took €2.8 billion in new \
             orders in the third quarter, against €5.6 billion in the second quarter."
        );
        assert_eq!(
            key(&text, "€2.6 billion").as_deref(),
            Some("asml / bookings / reported / Q3")
        );
        // A quarter named with its year is a comparison's: a bare figure is not it.
        let year_ago = format!(
            "{ASML}Net income was €2.1 billion.\n\nASML earned €1.9 billion in the third \
             quarter of 2023."
        );
        assert_eq!(
            key(&year_ago, "€2.1 billion").as_deref(),
            Some("asml / profit / reported")
        );
        // A bare quarter before one named with its year is that year's, and
        // earlier: `first quarter` beside `Q2 2024` is no latest quarter.
        let earlier = format!(
            "{ASML}Net bookings came to €2.6 billion.\n\nASML took €2.8 billion in new \
             orders in the first quarter, and €3.1 billion in the second quarter of 2024."
        );
        assert_eq!(
            key(&earlier, "€2.6 billion").as_deref(),
            Some("asml / bookings / reported")
        );
    }

    #[test]
    fn a_forecast_word_before_the_first_money_makes_it_planned() {
        let text = format!(
            "{ASML}The Dutch company also said 2025 sales would land in the lower half of \
             its forecast range, at €30 billion to €35 billion."
        );
        assert_eq!(
            key(&text, "€30 billion to €35 billion").as_deref(),
            Some("asml / revenue / planned / 2025")
        );
    }

    #[test]
    fn underlying_profit_is_a_measure_of_its_own() {
        use super::super::key::MoneyKind as K;
        let k = |before: &str| super::underlying(K::Profit, before);
        assert_eq!(k("Underlying attributable profit of "), K::UnderlyingProfit);
        assert_eq!(k("adjusted net profit of "), K::UnderlyingProfit);
        assert_eq!(k("statutory profit fell to "), K::Profit);
        assert_eq!(k("underlying sales rose, but profit fell to "), K::Profit);
        assert_eq!(
            super::underlying(K::Revenue, "underlying revenue of "),
            K::Revenue
        );
    }

    #[test]
    fn a_market_value_since_a_day_moved_and_a_level_held_did_not() {
        use super::moved_since;
        assert!(moved_since(
            "the ten companies have surrendered about ",
            " in market capitalisation since january 24"
        ));
        assert!(!moved_since(
            "the ten companies were worth about ",
            " in market capitalisation on january 24"
        ));
        assert!(!moved_since("it has been worth more than ", " since june"));
        assert!(!moved_since("its value rose to ", " since the listing"));
        assert!(!moved_since("valued at ", " , its highest since 2021"));
    }

    #[test]
    fn balls_a_batter_faced_are_no_deliveries_of_goods() {
        use super::balls_faced;
        assert!(balls_faced(
            "venkatesh iyer remained unbeaten on 52 from ",
            "deliveries"
        ));
        assert!(balls_faced("he made 39 not out off ", "balls"));
        assert!(balls_faced("it came down to 30 runs off ", "balls"));
        assert!(!balls_faced("the carmaker made ", "deliveries"));
        assert!(!balls_faced("up from ", "deliveries"));
    }
}
