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
fn point_compounds_are_points() {
    for (text, v) in [
        ("a 1.5-percentage-point rise", 1.5),
        ("a 1.5 percentage-point rise", 1.5),
        ("a 50-basis-point cut", 0.5),
        ("a 25bp cut", 0.25),
    ] {
        let q = one(text).quantity;
        assert_eq!(
            (q.measure, q.value),
            (Measure::PercentagePoints, Some(v)),
            "{text}"
        );
    }
}

#[test]
fn a_channel_number_is_part_of_a_station_name() {
    for text in [
        "KCMV 9 News said 300 people were hurt.",
        "By Meridian Wire and 12 News Staff, 300 people were hurt.",
        "FOX 5 said 300 people were hurt.",
        "WXYZ-TV 7 said 300 people were hurt.",
    ] {
        assert_eq!(one(text).quantity.value, Some(300.0), "{text}");
    }
}

#[test]
fn a_model_number_counts_nothing() {
    for text in [
        "The strike halted Boeing's 737 MAX, 777 and 767 lines; 300 people left.",
        "Production of 737 MAX, 767 and 777 jets stopped; 300 people left.",
        "The 767, 777 and 737 MAX lines stopped; 300 people left.",
        "A Boeing 737 landed and 300 people left.",
        "The 787 Dreamliner landed and 300 people left.",
    ] {
        assert_eq!(one(text).quantity.value, Some(300.0), "{text}");
    }
    // Numbers listed with no model beside them are counts.
    let text = "They cut 200, 300 and 400 jobs and sold 737 jets.";
    let s = super::super::sentence::split(text);
    assert_eq!(scan(text, &s, NumberOptions::default()).len(), 4);
}

#[test]
fn a_decimal_comma_before_a_unit_is_a_decimal_point() {
    assert_eq!(one("grew by 1,8% a year").quantity.value, Some(1.8));
    assert_eq!(one("a 62,0 million population").quantity.value, Some(62e6));
    assert_eq!(one("cut 1,800 jobs").quantity.value, Some(1800.0));
}

#[test]
fn a_bare_r_before_a_grouped_or_scaled_figure_is_the_rand() {
    let q = one("Revenue was R1.5 billion.").quantity;
    assert_eq!((q.value, q.currency), (Some(1.5e9), Some("ZAR")));
    assert_eq!(one("fees of R2,000 a month").quantity.currency, Some("ZAR"));
}

#[test]
fn a_range_may_name_its_noun_at_each_end() {
    let q = one("The strike lasted between 53 days and 61 days.").quantity;
    assert_eq!((q.interval.low, q.interval.high), (53.0, 61.0));
    // Two nouns are two figures.
    let s = "between 20 workers and 30 managers";
    let sentences = super::super::sentence::split(s);
    assert_eq!(scan(s, &sentences, NumberOptions::default()).len(), 2);
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

#[test]
fn a_spaced_em_dash_between_figures_is_no_range() {
    let t = "Greens 1 and independents 18 — 174 seats in all.";
    let s = super::super::sentence::split(t);
    let found = scan(t, &s, NumberOptions::default());
    assert!(
        found.iter().all(|f| f.quantity.value.is_some()),
        "{found:#?}"
    );
    // A spaced en dash is a range still.
    let q = one("It hired 18 – 24 people.").quantity;
    assert!(
        q.interval.low < q.interval.high && q.value.is_none(),
        "{q:?}"
    );
}

/// `head_noun` as it read all five words before looking at them: the
/// reference for the version that reads them as asked for.
fn head_noun_eager(text: &str, pos: usize) -> Option<(String, Span)> {
    let rest = text.get(pos..)?;
    // `31-year history`, `30-day period`: a noun glued with a hyphen.
    if let Some(r) = rest.strip_prefix('-') {
        let w: &str = r
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        if !w.is_empty() && DURATION_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(w)) {
            return Some((
                w.to_ascii_lowercase(),
                Span::new(pos + 1, pos + 1 + w.len()),
            ));
        }
        return None;
    }
    let mut words: [(usize, &str); 5] = [(0, ""); 5];
    let mut count = 0;
    let mut off = pos;
    while count < words.len() {
        let r = &text[off..];
        // Up to four spaces: blanked Markdown emphasis (`**14,000** jobs`) leaves some.
        let gap = r.len() - r.trim_start_matches([' ', '\u{a0}']).len();
        if gap == 0 && count > 0 || gap > 4 {
            break;
        }
        let r = &r[gap..];
        let len = r
            .find(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '\u{2019}'))
            .unwrap_or(r.len());
        if len == 0 {
            break;
        }
        words[count] = (off + gap, &r[..len]);
        count += 1;
        off += gap + len;
    }
    let words = &words[..count];
    let known = |w: &str, list: &[&str]| list.iter().any(|n| n.eq_ignore_ascii_case(w));
    let mut content: Option<(usize, &str)> = None;
    for (k, &(at, w)) in words.iter().enumerate() {
        // `job cuts`, `job losses`: a two-word people noun.
        if w.eq_ignore_ascii_case("job")
            && let Some(&(at2, w2)) = words.get(k + 1)
        {
            let pair = format!("job {}", w2.to_ascii_lowercase());
            if known(&pair, PEOPLE_NOUNS) {
                return Some((pair, Span::new(at, at2 + w2.len())));
            }
        }
        if is_people_or_duration_noun(w) {
            return Some((w.to_ascii_lowercase(), Span::new(at, at + w.len())));
        }
        let mut buf = [0u8; 12];
        let lw = lower_word(w, &mut buf)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("");
        if is_function_word(lw) || is_pronoun(lw) || number_word(lw).is_some() {
            break;
        }
        let verbish = w.ends_with("ing") || w.ends_with("ed");
        if content.is_some() && verbish {
            break;
        }
        content = Some((at, w));
        if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
            return Some((w.to_ascii_lowercase(), Span::new(at, at + w.len())));
        }
    }
    let (at, w) = content?;
    if w.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    Some((w.to_ascii_lowercase(), Span::new(at, at + w.len())))
}

/// Reading the words as they are asked for finds the noun reading all five
/// first found, after every character of the Amazon drafts and the
/// figure-drift cases that fire, and of texts of
/// gaps, emphasis blanks, `job` pairs and stops.
#[test]
fn head_noun_reads_words_lazily_with_the_same_answers() {
    let mut texts: Vec<String> = vec![
        " job cuts and more".into(),
        "  job  losses".into(),
        " job".into(),
        "     workers".into(),
        "    **workers".into(),
        " corporate Oregon-based employees' jobs".into(),
        " new hiring managed staff".into(),
        " of the workers".into(),
        "\u{a0}people\u{a0}here".into(),
        " Big Things".into(),
        "-year history".into(),
        " a b c d e f g".into(),
        " ééé ñandú’s things".into(),
    ];
    let mut dirs = vec![std::path::PathBuf::from("fixtures/amazon-2025")];
    for e in std::fs::read_dir("fixtures/checks/figure-drift/fires").unwrap() {
        dirs.push(e.unwrap().path());
    }
    for d in dirs {
        for e in std::fs::read_dir(d).unwrap().flatten() {
            if let Ok(t) = std::fs::read_to_string(e.path()) {
                texts.push(t);
            }
        }
    }
    let mut checked = 0;
    for t in &texts {
        for pos in (0..=t.len()).filter(|&p| t.is_char_boundary(p)) {
            assert_eq!(
                head_noun(t, pos),
                head_noun_eager(t, pos),
                "{:?}",
                &t[pos..]
            );
            checked += 1;
        }
    }
    assert!(checked > 10_000);
}

#[test]
fn a_tally_over_a_stretch_of_play_is_no_share() {
    // `four in 43 overs` is wickets over a spell, `one in five adults` a share.
    let s = "They reached 241 for four in 43 overs.";
    let found = scan(
        s,
        &super::super::sentence::split(s),
        NumberOptions::default(),
    );
    assert!(
        found.iter().all(|f| f.quantity.measure != Measure::Percent),
        "{found:#?}"
    );
    let q = one("It affects one in five adults.").quantity;
    assert_eq!(q.measure, Measure::Percent);
}

#[test]
fn the_short_forms_of_per_cent_are_percentages() {
    for text in [
        "house prices rose 5pc in a year.",
        "Eighty-three p.c of those who died were unregistered.",
        "growth of 6.4 p.c. this year.",
        "a rise of 7 pc on last year.",
    ] {
        assert_eq!(one(text).quantity.measure, Measure::Percent, "{text}");
    }
    // Pieces and computers are not percentages.
    for text in ["a pack of 30 pcs for sale.", "the school bought 30 PCs."] {
        assert_ne!(one(text).quantity.measure, Measure::Percent, "{text}");
    }
}

#[test]
fn a_labelled_count_ending_a_run_is_a_count() {
    // Three labelled counts before it make `Dawson 10` one more, not a name
    // like `Windows 11`.
    let text = "Most are in Gaines County (Gaines 150, Terry 26, Lubbock 17, Dawson 10 and 30 in eight other counties).";
    let s = super::super::sentence::split(text);
    let found = scan(text, &s, NumberOptions::default());
    let values: Vec<f64> = found.iter().filter_map(|f| f.quantity.value).collect();
    assert!(values.contains(&10.0), "{values:?}");
    // A lone name and number is still a name (`Windows 11`).
    let text = "She upgraded to Windows 11 last week.";
    let s = super::super::sentence::split(text);
    assert!(scan(text, &s, NumberOptions::default()).is_empty());
}

#[test]
fn from_to_after_a_verb_of_change_is_two_figures() {
    for text in [
        "The standard deduction has been enhanced from ₹50,000 to ₹57,000.",
        "The limit was revised from $5,000 to $6,000.",
        "Fees are hiked from 10% to 12%.",
    ] {
        let s = super::super::sentence::split(text);
        let found = scan(text, &s, NumberOptions::default());
        assert_eq!(found.len(), 2, "{text}: {found:#?}");
        assert!(found.iter().all(|f| f.quantity.range.is_none()), "{text}");
    }
    // With no such verb, `from A to B` is a range.
    let r = one("Prices run from $5,000 to $6,000.");
    assert!(r.quantity.range.is_some());
}
