//! The word tables automatic keys read (predicates, kinds of money, earlier
//! rounds, references to the company, outlets, relative periods) and the
//! whole-word matchers over them.

/// Predicates of people counts: a word family and the predicate it gives.
pub(super) const PEOPLE_PREDICATES: &[(&str, &[&str])] = &[
    (
        "cut",
        &[
            "cut",
            "cuts",
            "cutting",
            "lay off",
            "lays off",
            "laid off",
            "laying off",
            "layoff",
            "layoffs",
            "lay-off",
            "lay-offs",
            "eliminate",
            "eliminates",
            "eliminated",
            "eliminating",
            "elimination",
            "reduce",
            "reduces",
            "reduced",
            "reducing",
            "reduction",
            "slash",
            "slashes",
            "slashed",
            "slashing",
            "axe",
            "axes",
            "axed",
            "axing",
            "shed",
            "sheds",
            "shedding",
            "redundancies",
            "redundant",
            "let go",
            "job losses",
            "downsizing",
            "terminate",
            "terminated",
            "terminating",
        ],
    ),
    (
        "hire",
        &[
            "hire",
            "hires",
            "hired",
            "hiring",
            "recruit",
            "recruits",
            "recruited",
            "recruiting",
            "create",
            "creates",
            "created",
            "creating",
        ],
    ),
    (
        "replaced",
        &["replaced", "replace", "replaces", "replacing"],
    ),
    (
        "strike",
        &[
            "strike",
            "strikes",
            "striking",
            "walkout",
            "walkouts",
            "walk out",
            "walked out",
            "walking out",
        ],
    ),
    (
        "headcount",
        &[
            "employs",
            "employ",
            "employed",
            "employing",
            "headcount",
            "head count",
            "payroll",
        ],
    ),
];

/// Kinds of money, by the words that name them; the first family found wins
/// only when it is the only one.
pub(super) const MONEY_KINDS: &[(&str, &[&str])] = &[
    (
        "revenue",
        &[
            "revenue",
            "revenues",
            "sales",
            "net sales",
            "turnover",
            "top line",
        ],
    ),
    (
        "operating profit",
        &["operating income", "operating profit", "operating profits"],
    ),
    (
        "profit",
        &[
            "profit",
            "profits",
            "net income",
            "earnings",
            "net profit",
            "bottom line",
        ],
    ),
    ("loss", &["loss", "losses", "net loss"]),
    (
        "capex",
        &[
            "capital expenditure",
            "capital expenditures",
            "capex",
            "capital spending",
            "data centers",
            "data centres",
        ],
    ),
    (
        "market value",
        &[
            "market value",
            "market capitalization",
            "market capitalisation",
            "market cap",
            "valued at",
            "valuation",
        ],
    ),
    (
        "investment",
        &[
            "invest",
            "invests",
            "invested",
            "investing",
            "investment",
            "investments",
            "stake",
        ],
    ),
    (
        "savings",
        &[
            "savings",
            "save",
            "saves",
            "saving",
            "cost cuts",
            "cost reductions",
        ],
    ),
    ("fine", &["fine", "fined", "fines", "penalty", "penalties"]),
    ("per share", &["per share", "a share"]),
    (
        "settlement",
        &["settlement", "settle", "settled", "settles"],
    ),
    (
        "deal",
        &[
            "acquisition",
            "acquire",
            "acquires",
            "acquired",
            "takeover",
            "buyout",
            "purchase",
        ],
    ),
    (
        "funding",
        &[
            "funding round",
            "funding",
            "raised",
            "raises",
            "fundraising",
        ],
    ),
    (
        "charge",
        &["charge", "charges", "writedown", "write-down", "impairment"],
    ),
    (
        "tax",
        &[
            "tax rises",
            "tax increases",
            "tax rise",
            "tax increase",
            "taxes",
        ],
    ),
];

/// Words saying money is planned rather than reported.
pub(super) const PLANNED: &[&str] = &[
    "expect",
    "expects",
    "expected",
    "forecast",
    "forecasts",
    "projected",
    "projects",
    "plan",
    "plans",
    "would",
    "planned",
    "will",
    "guidance",
    "outlook",
    "anticipates",
    "budget",
    "budgeted",
    "aims",
    "target",
    "intends",
];

/// Words that say a figure is an earlier round than the one reported.
pub(super) const EARLIER: &[&str] = &[
    "already",
    "previously",
    "earlier",
    "on top of",
    "in addition to",
    "following",
    "after",
    "prior",
    "last round",
    "previous",
];

/// Words that refer back to the draft's main subject.
pub(super) const REFERENCES: &[&str] = &[
    "it",
    "its",
    "it's",
    "the company",
    "the company's",
    "the firm",
    "the firm's",
    "the group",
    "the group's",
    "we",
    "our",
    "the retailer",
    "the giant",
    "the tech giant",
    "the e-commerce giant",
    "the business",
    "the company’s",
    "the firm’s",
    "the group’s",
];

/// Modifiers that split a people count into a subclass.
pub(super) const SUBCLASSES: &[(&str, &[&str])] = &[
    ("corporate", &["corporate", "white-collar", "office"]),
    (
        "frontline",
        &[
            "warehouse",
            "frontline",
            "front-line",
            "hourly",
            "fulfillment",
            "fulfilment",
            "delivery",
            "store",
            "retail",
        ],
    ),
    ("seasonal", &["seasonal", "temporary", "holiday"]),
];

/// Words that name a part of an organisation.
pub(super) const DIVISION_WORDS: &[&str] = &[
    "division",
    "unit",
    "team",
    "department",
    "arm",
    "segment",
    "subsidiary",
    "organization",
    "organisation",
];

/// Words that name the workforce a share is of.
pub(super) const WORKFORCE: &[&str] = &[
    "workforce",
    "staff",
    "employees",
    "workers",
    "headcount",
    "employee base",
    "people",
];

/// Positions where `phrase` stands as whole words in `hay` (both lower case).
pub(super) fn find_all(hay: &str, phrase: &str) -> Vec<usize> {
    hay.match_indices(phrase)
        .filter(|(i, m)| {
            let before = hay[..*i].chars().next_back();
            let after = hay[i + m.len()..].chars().next();
            !before.is_some_and(|c| c.is_alphanumeric() || c == '-')
                && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
        })
        .map(|(i, _)| i)
        .collect()
}

pub(super) fn has(hay: &str, phrase: &str) -> bool {
    !find_all(hay, phrase).is_empty()
}

/// A word table searched in one pass: which families (or words) occur as whole words.
pub(super) struct Families {
    pub(super) names: Vec<&'static str>,
    /// Family index of each pattern.
    pub(super) family: Vec<usize>,
    pub(super) finder: Option<aho_corasick::AhoCorasick>,
}

impl Families {
    /// Families of words (`cut` = `cut`, `layoffs`, …).
    pub(super) fn new(table: &'static [(&'static str, &'static [&'static str])]) -> Families {
        let mut family = Vec::new();
        let mut words = Vec::new();
        for (i, (_, ws)) in table.iter().enumerate() {
            for w in *ws {
                family.push(i);
                words.push(*w);
            }
        }
        Families {
            names: table.iter().map(|(n, _)| *n).collect(),
            family,
            finder: aho_corasick::AhoCorasick::new(&words).ok(),
        }
    }

    /// Each word its own family.
    pub(super) fn words(list: &'static [&'static str]) -> Families {
        Families {
            names: list.to_vec(),
            family: (0..list.len()).collect(),
            finder: aho_corasick::AhoCorasick::new(list).ok(),
        }
    }

    /// The families whose words occur in `hay` as whole words, in table order.
    pub(super) fn in_text(&self, hay: &str) -> Vec<&'static str> {
        let Some(finder) = &self.finder else {
            return Vec::new();
        };
        let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-');
        let mut seen = vec![false; self.names.len()];
        for m in finder.find_overlapping_iter(hay) {
            let (s, e) = (m.start(), m.end());
            if word(hay[..s].chars().next_back()) || word(hay[e..].chars().next()) {
                continue;
            }
            seen[self.family[m.pattern().as_usize()]] = true;
        }
        self.names
            .iter()
            .zip(seen)
            .filter(|(_, s)| *s)
            .map(|(n, _)| *n)
            .collect()
    }

    /// The first family (in table order) found in `hay`.
    pub(super) fn first_in(&self, hay: &str) -> Option<&'static str> {
        self.in_text(hay).first().copied()
    }
}

/// Predicates of counted things (vehicles, units, subscribers).
pub(super) const THING_PREDICATES: &[(&str, &[&str])] = &[
    (
        "delivered",
        &[
            "delivered",
            "delivers",
            "deliver",
            "deliveries",
            "delivering",
        ],
    ),
    ("recalled", &["recall", "recalls", "recalled", "recalling"]),
    ("sold", &["sold", "sells", "sell", "selling"]),
    (
        "shipped",
        &["shipped", "ships", "ship", "shipments", "shipping"],
    ),
    (
        "produced",
        &[
            "produced",
            "produces",
            "produce",
            "production",
            "built",
            "builds",
            "manufactured",
        ],
    ),
    (
        "users",
        &["users", "subscribers", "customers", "members", "accounts"],
    ),
];

pub(super) static THING_FINDER: std::sync::LazyLock<Families> =
    std::sync::LazyLock::new(|| Families::new(THING_PREDICATES));

pub(super) static PEOPLE_FINDER: std::sync::LazyLock<Families> =
    std::sync::LazyLock::new(|| Families::new(PEOPLE_PREDICATES));

pub(super) static MONEY_FINDER: std::sync::LazyLock<Families> =
    std::sync::LazyLock::new(|| Families::new(MONEY_KINDS));

pub(super) static PLANNED_FINDER: std::sync::LazyLock<Families> =
    std::sync::LazyLock::new(|| Families::words(PLANNED));

pub(super) static EARLIER_FINDER: std::sync::LazyLock<Families> =
    std::sync::LazyLock::new(|| Families::words(EARLIER));

pub(super) static REFERENCE_FINDER: std::sync::LazyLock<Families> =
    std::sync::LazyLock::new(|| Families::words(REFERENCES));

pub(super) static OUTLET_FINDER: std::sync::LazyLock<Families> =
    std::sync::LazyLock::new(|| Families::words(OUTLETS));

/// News outlets and wire services: sources of figures, never their subjects.
pub(super) const OUTLETS: &[&str] = &[
    "reuters",
    "associated press",
    "ap",
    "afp",
    "bloomberg",
    "cnbc",
    "cnn",
    "bbc",
    "the verge",
    "techcrunch",
    "financial times",
    "ft",
    "the wall street journal",
    "wall street journal",
    "wsj",
    "the new york times",
    "new york times",
    "the information",
    "axios",
    "business insider",
    "the guardian",
    "the times",
    "the telegraph",
    "fortune",
    "forbes",
    "the washington post",
    "washington post",
    "politico",
    "semafor",
    "nikkei",
    "yahoo finance",
    "marketwatch",
    "barron's",
    "the economist",
    "sky news",
    "geekwire",
];

/// Relative periods and the label they key as.
pub(super) const RELATIVE_PERIODS: &[(&str, &str)] = &[
    ("last year", "last year"),
    ("this year", "this year"),
    ("next year", "next year"),
    ("last quarter", "last quarter"),
    ("this quarter", "this quarter"),
    ("year to date", "this year"),
    ("so far this year", "this year"),
    ("last reported quarter", "last quarter"),
    ("single quarter", "quarter"),
    ("quarterly", "quarter"),
    ("annual", "year"),
    ("annually", "year"),
    ("a year", "year"),
    ("per year", "year"),
];
