//! Unit tests of this module.

use super::*;

fn one(text: &str) -> Found {
    let s = super::super::sentence::split(text);
    let found = scan(text, &s, NumberOptions::default());
    assert_eq!(found.len(), 1, "{text}: {found:#?}");
    found.into_iter().next().unwrap()
}

#[test]
fn approximately_widens_the_interval() {
    let f = one("will lay off approximately 14,000 employees.");
    let q = &f.quantity;
    assert_eq!(q.value, Some(14000.0));
    assert_eq!(q.interval, Interval::new(13300.0, 14700.0));
    assert_eq!(q.unit, UnitClass::People);
}

#[test]
fn a_plus_sign_leaves_the_top_open() {
    // A bound is the figure itself (SPEC 2.1): 27,000 and up.
    let q = one("Some 27,000+ have been impacted.").quantity;
    assert_eq!(q.interval.low, 27000.0);
    assert!(q.interval.high.is_infinite());
}

#[test]
fn money_keeps_its_currency() {
    let q = one("Invested $4B in Anthropic").quantity;
    assert_eq!(
        (q.measure, q.value, q.currency),
        (Measure::Money, Some(4e9), Some("USD"))
    );
}

#[test]
fn a_year_is_time() {
    assert_eq!(one("cut in 2022 alone.").quantity.measure, Measure::Time);
}

#[test]
fn multibyte_text_after_a_share_does_not_break_it() {
    // Found by fuzzing: `of ½` put a char boundary inside a determiner's length.
    assert_eq!(share_noun("5% of ½ ½ its staff", 2), None);
    assert_eq!(share_noun("5% of – x", 2), None);
}

#[test]
fn blanked_markdown_emphasis_keeps_the_noun() {
    // `**14,000** corporate jobs` as the Markdown prose view leaves it.
    assert_eq!(
        head_noun("14,000   corporate jobs", 6)
            .map(|(n, _)| n)
            .as_deref(),
        Some("jobs")
    );
}

/// `Word::trigger` refuses words on first byte and length before the probe:
/// same answers as the probe alone, for every trigger word and its variants.
#[test]
fn trigger_shape_filter_changes_no_answer() {
    let slow = |w: &Word| -> Option<Trigger> {
        if w.len > 9 {
            return None;
        }
        let lw = &w.buf[..w.len];
        if let Some(t) = triggers().get(lw) {
            return Some(t);
        }
        if lw.len() >= 4 && lw.starts_with(b"fy") && lw[2..].iter().all(u8::is_ascii_digit) {
            return Some(Trigger::Time);
        }
        let letters = lw.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        if letters < lw.len() && letters >= 3 {
            return triggers()
                .get(&lw[..letters])
                .filter(|t| *t == Trigger::Currency);
        }
        None
    };
    let mut words: Vec<String> = triggers().keys().map(str::to_string).collect();
    for k in triggers().keys() {
        words.push(format!("{k}s"));
        words.push(format!("{k}115"));
        words.push(k.to_uppercase());
        words.push(k[1..].to_string());
    }
    words.extend(
        [
            "FY25",
            "fy2025",
            "USD115",
            "Q2",
            "the",
            "xyz",
            "a",
            "an",
            "Tuesday",
            "zzzzzzzzz",
        ]
        .map(String::from),
    );
    for w in &words {
        let word = Word::read(w.as_bytes(), 0);
        assert_eq!(word.trigger(), slow(&word), "{w}");
    }
}

/// The noun lists are lower-case ASCII no longer than the probe's buffer, so
/// the hashed test answers as `eq_ignore_ascii_case` over both lists.
#[test]
fn people_or_duration_probe_is_the_list_scan() {
    let known = |w: &str| {
        PEOPLE_NOUNS
            .iter()
            .chain(DURATION_NOUNS)
            .any(|n| n.eq_ignore_ascii_case(w))
    };
    let mut words: Vec<String> = Vec::new();
    for n in PEOPLE_NOUNS.iter().chain(DURATION_NOUNS) {
        assert!(
            n.len() <= 16 && n.bytes().all(|b| !b.is_ascii_uppercase()),
            "{n}"
        );
        words.extend([
            n.to_string(),
            n.to_uppercase(),
            format!("{n}s"),
            n[1..].to_string(),
        ]);
    }
    words.extend(["", "Ärzte", "workersworkersworkers", "staff"].map(String::from));
    for w in &words {
        assert_eq!(nouns::is_people_or_duration_noun(w), known(w), "{w}");
    }
}

/// `currency_prefix` tries only the prefixes sharing the input's first byte:
/// every prefix is non-empty and sits in its first byte's group, groups
/// keep table order, so the first prefix matching is the table's first.
#[test]
fn prefix_groups_hold_the_table_in_order() {
    let mut seen = 0;
    for (b, group) in PREFIX_GROUPS.iter().enumerate() {
        let mut last = None;
        for &(p, code) in group {
            assert!(!p.is_empty());
            assert_eq!(usize::from(p.as_bytes()[0].to_ascii_lowercase()), b, "{p}");
            let at = CURRENCY_PREFIXES
                .iter()
                .position(|&(q, c)| q == p && c == code)
                .unwrap();
            assert!(last.is_none_or(|l| l < at), "{p}");
            last = Some(at);
            seen += 1;
        }
    }
    assert_eq!(seen, CURRENCY_PREFIXES.len());
    assert_eq!(currency_prefix("US$5").unwrap().1, "USD");
    assert_eq!(currency_prefix("usd 5").unwrap().1, "USD");
    assert!(currency_prefix("Five").is_err());
}

/// Every number word is lower case, so the any-case probe is the lower-case one.
#[test]
fn number_words_are_lower_case() {
    for (w, _) in NUMBER_WORDS {
        assert!(!w.bytes().any(|b| b.is_ascii_uppercase()), "{w}");
        assert_eq!(
            super::super::lexicon::number_word_any_case(&w.to_uppercase()),
            number_word(w)
        );
    }
}

#[test]
fn a_range_with_a_percent_mark_at_each_end_is_one_range() {
    for t in [
        "She won between 58.3% and 60.7% of the vote.",
        "Gálvez was estimated at 26.6% to 28.6%.",
        "Margins of 5%-7% are normal.",
    ] {
        let q = one(t).quantity;
        assert_eq!(q.measure, Measure::Percent, "{t}");
        assert!(
            q.interval.low < q.interval.high && q.value.is_none(),
            "{t}: {q:?}"
        );
    }
    // One end marked only: two figures, not a range of percent.
    let s = super::super::sentence::split("It cut 10% to 12 people.");
    let found = scan("It cut 10% to 12 people.", &s, NumberOptions::default());
    assert_eq!(found.len(), 2, "{found:#?}");
}
