//! Who a sentence is attributed to: a third party its figures come from
//! (`according to analysts at Jefferies`), and an organisation that says a
//! sentence rather than is its subject (`…, the Election Commission said`).

use super::*;

/// A third party the sentence attributes its figures to, and where it is named.
pub(super) fn attribution(
    cx: &Ctx<'_>,
    st: &Sentence,
    subject: Option<&str>,
) -> Option<(String, usize)> {
    let own = [
        "the company",
        "company",
        "a company",
        "a statement",
        "the statement",
        "a memo",
        "the memo",
        "an internal",
        "a filing",
        "its",
        "a spokes",
        "the spokes",
        "a note",
        "the note",
        "an email",
        "the email",
        "a letter",
        "the letter",
        "regulatory",
        "filings",
        "securities",
        "annual report",
        "its annual",
        "the company's",
        "company figures",
        "company data",
        "internal",
    ];
    let people: Vec<Span> = cx
        .ex
        .claims_in(st.start, st.start + st.text.len())
        .filter_map(|(_, c)| match &c.kind {
            ClaimKind::Entity(e) if e.kind == EntityKind::Person => Some(c.span),
            ClaimKind::Role(_) => Some(c.span),
            _ => None,
        })
        .collect();
    for p in find_all(&st.text, "according to") {
        // What follows `according to` after any spacing (a no-break space, a
        // dash or an ellipsis may stand there too).
        let rest = st
            .text
            .get(p + "according to".len()..)
            .unwrap_or("")
            .trim_start();
        let from = st.text.len() - rest.len();
        if own.iter().any(|o| rest.starts_with(o))
            || subject.is_some_and(|s| rest.starts_with(s))
            || people.iter().any(|s| s.start == st.start + from)
            || rest.starts_with("ceo")
            || rest.starts_with("chief")
        {
            continue;
        }
        let name: Vec<&str> = rest
            .split([',', '.', ';'])
            .next()
            .unwrap_or("")
            .split_whitespace()
            .filter(|w| {
                ![
                    "a", "an", "the", "recent", "report", "article", "in", "by", "from",
                ]
                .contains(w)
            })
            .take(3)
            .collect();
        if !name.is_empty() {
            return Some((name.join(" "), p));
        }
    }
    for (p, k) in orgs_in(cx, st.start, st.start + st.text.len()) {
        if subject == Some(k.as_str()) {
            continue;
        }
        let after = &st.text[p - st.start..];
        let next = after.split_whitespace().nth(k.split_whitespace().count());
        if next.is_some_and(|w| {
            ["reported", "reports", "estimated", "estimates"].contains(&w.trim_end_matches(','))
        }) {
            return Some((k, p - st.start));
        }
    }
    // `…, a source familiar with the matter told Reuters`; `Bloomberg reported`.
    for o in OUTLET_FINDER.in_text(&st.text) {
        for v in ["told", "reported", "reports", "according to"] {
            let phrase = if v == "according to" {
                format!("{v} {o}")
            } else if v == "told" {
                format!("told {o}")
            } else {
                format!("{o} {v}")
            };
            if let Some(&p) = find_all(&st.text, &phrase).first()
                && (v != "told" || has(&st.text, "familiar") || has(&st.text, "sources"))
            {
                return Some((o.to_string(), p));
            }
        }
    }
    // Each word below holds one of these: a sentence with none (most) is
    // not searched eight times over.
    static KEYS: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::new(["reportedly", "familiar", "sources said", "analysts"])
                .ok()
        });
    if KEYS.as_ref().is_some_and(|k| !k.is_match(&st.text)) {
        return None;
    }
    for w in [
        "reportedly",
        "people familiar",
        "person familiar",
        "source familiar",
        "sources familiar",
        "sources said",
        "analysts estimate",
        "analysts expect",
    ] {
        if let Some(&p) = find_all(&st.text, w).first() {
            let who = if w.starts_with("analysts") {
                "analysts"
            } else {
                "reports"
            };
            return Some((who.into(), p));
        }
    }
    None
}

/// True when the organisation named at `p` (key `key`) is the one saying
/// its sentence (`…, the Election Commission said, …`): a source, not what
/// the next sentence's `It` stands for.
pub(super) fn sayer(text: &str, p: usize, key: &str) -> bool {
    let n = key.split(' ').count();
    let mut words = text
        .get(p..)
        .unwrap_or("")
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty());
    let last = words.by_ref().take(n).last().unwrap_or("");
    if last.ends_with([',', '.', ';', ':']) {
        return false;
    }
    words.next().is_some_and(|w| {
        matches!(
            w.trim_end_matches(|c: char| !c.is_alphabetic()),
            "said" | "says" | "announced" | "confirmed" | "reported" | "stated" | "mentioned"
        )
    })
}

/// A figure no source is named for, where every draft that names one for
/// the same quantity names the same one (`40.05%, the Central Election
/// Commission said` beside `Lai obtained 40.5%`): the same source's figure,
/// so the two meet. With two sources named for it, it stays apart, and so
/// do counts of people and figures a party to the story is said to give.
pub(super) fn settle_sources(keyed: &mut [Keyed]) {
    let base = |k: &Key| {
        (
            k.org.clone(),
            k.what.clone(),
            k.predicate,
            k.period.clone(),
            k.division.clone(),
        )
    };
    // A party to the story is no outside source of its figures (`Splunk`
    // in a Cisco–Splunk story); a toll is not settled this way, its figures
    // running over the day whoever gives them.
    let parties: HashSet<&str> = keyed
        .iter()
        .filter_map(|k| k.key.as_ref())
        .map(|k| k.org.as_str())
        .collect();
    let mut sources: HashMap<_, Vec<String>> = HashMap::new();
    for k in keyed.iter().filter_map(|k| k.key.as_ref()) {
        if k.what.is_people() {
            continue;
        }
        if let Some(s) = k.source.as_ref().filter(|s| !parties.contains(s.as_str())) {
            let v = sources.entry(base(k)).or_default();
            if !v.contains(s) {
                v.push(s.clone());
            }
        }
    }
    if sources.is_empty() {
        return;
    }
    for k in keyed.iter_mut() {
        let Some(key) = k.key.as_mut() else { continue };
        if key.source.is_some() {
            continue;
        }
        if let Some([one]) = sources.get(&base(key)).map(Vec::as_slice) {
            k.why = Sym::from(format!(
                "{} (no source named: read as `{one}`'s, the one source the drafts name for it)",
                k.why
            ));
            key.source = Some(one.clone());
        }
    }
}
