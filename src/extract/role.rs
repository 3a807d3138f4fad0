//! Role claims: who holds which title at which organisation.
//!
//! Anchored at each title the `titles` parser finds, the patterns news copy
//! uses are tried around it, over tokens and the sentence's name runs:
//!
//! - `Amazon CEO Andy Jassy`, `Amazon’s chief executive, Andy Jassy`,
//!   `Tesla/SpaceX CEO Elon Musk` (one role per organisation), `CEO Andy Jassy`
//!   (organisation from context), `CEO Andy Jassy of Amazon`;
//! - `Beth Galetti, Amazon’s Senior Vice President of People Experience and
//!   Technology`, `Andy Jassy, the chief executive of Amazon`, `Satya Nadella,
//!   Microsoft chief executive`;
//! - `Jassy became CEO of Amazon`; `X, who heads Y` (read separately).
//!
//! `former`, `ex-`, `then-`, `incoming`, `interim`, `acting` before the title
//! are kept on the role. A missing organisation is filled in later by
//! `infer_orgs`, once names are classified: for company titles only — a
//! `President` with no organisation stays without one.

use nom::Parser;
use nom::combinator::opt;

use super::entity::NameRun;
use super::titles::{self, key_with_remit};
use super::token::{Kind, Token, Toks, word};
use crate::source::Span;
use leaving::leaves_post;
use rank::rank_before;
use venue::venue;

/// A role found in one sentence, before organisations are inferred.
#[derive(Clone, Debug, PartialEq)]
pub struct RoleFound {
    /// Sentence index.
    pub sentence: usize,
    /// Index of the person's name run.
    pub person: usize,
    /// Index of the organisation's name run, when the sentence names it.
    pub org: Option<usize>,
    /// The title as written (remit included).
    pub title_text: String,
    /// Where the title is.
    pub title_span: Span,
    /// Normalised title key with remit (`svp people experience technology`).
    pub title_key: String,
    /// Base key (`svp`).
    pub base_key: &'static str,
    /// True for one-holder titles.
    pub single: bool,
    /// `former`, `ex`, `interim`…
    pub qualifier: Option<&'static str>,
    /// A `the company’s`/`its` stands where the organisation would be.
    pub org_by_reference: bool,
}

/// Titles whose organisation may be inferred from context when unstated.
fn corporate(base: &str) -> bool {
    // A state's officers styled `… General` (`statistician-general`).
    let office = base.ends_with("-general") && base != "director-general"
        || base.starts_with("deputy ") && base.ends_with("-general") && !base.contains("director");
    !office
        && !matches!(
            base,
            "president"
                | "prime minister"
                | "secretary of state"
                | "attorney general"
                | "deputy attorney general"
                | "associate attorney general"
                | "assistant attorney general"
                | "deputy assistant attorney general"
                | "solicitor general"
                | "judge"
                | "magistrate"
                | "governor"
                | "lieutenant governor"
                | "representative"
                | "president-elect"
                | "chief justice"
                | "chief"
                | "sheriff"
                | "speaker"
                | "chancellor"
                | "commissioner"
                | "superintendent"
                | "ambassador"
                | "secretary-general"
                | "head coach"
                | "assistant coach"
                | "batting coach"
                | "bowling coach"
                | "fielding coach"
                | "goalkeeping coach"
                | "fitness coach"
                | "captain"
                | "vice-captain"
                | "premier"
                | "leader of the opposition"
                | "leader"
                | "vice premier"
                | "mayor"
                | "senator"
                | "minister"
                | "minister of state"
                | "deputy minister"
                | "deputy prime minister"
                | "secretary"
                | "chief cabinet secretary"
                | "deputy chief cabinet secretary"
                | "cabinet secretary"
                | "principal secretary"
                | "permanent secretary"
                | "chief secretary"
                | "additional chief secretary"
                | "chief minister"
                | "deputy chief minister"
                | "deputy secretary"
                | "assistant secretary"
                | "under secretary"
                | "deputy governor"
                | "deputy mayor"
                | "deputy speaker"
                | "analyst"
                | "economist"
                | "chief economic adviser"
                | "deputy chief economic adviser"
                | "principal economic adviser"
                | "senior economic adviser"
                | "editor"
                | "owner"
                | "partner"
        )
}

/// Finds the roles of one sentence. `runs` are the document's runs; `in_sentence`
/// the indexes of those in this sentence.
pub fn find(
    sentence: usize,
    ts: &[Token<'_>],
    runs: &[NameRun],
    in_sentence: &[usize],
) -> Vec<RoleFound> {
    let run_starting = |k: usize| in_sentence.iter().copied().find(|&r| runs[r].first == k);
    let run_ending = |k: usize| in_sentence.iter().copied().find(|&r| runs[r].end == k);
    let mut out = Vec::new();
    let mut j = 0;
    while j < ts.len() {
        let Ok((_, m)) = titles::title(Toks(&ts[j..])) else {
            j += 1;
            continue;
        };
        let title_end = j + m.len;
        let remit_len = titles::remit_len(&ts[title_end..]);
        let remit = if remit_len > 0 {
            &ts[title_end + 1..title_end + remit_len]
        } else {
            &[][..]
        };
        let mut k = title_end + remit_len;
        // `Deputy works council chair Daniela Cavallo`, `the deputy finance
        // minister`: a rank a few lower-case words before the title ranks it.
        let mut m = m;
        let mut j_left = j;
        if let Some(r) = rank_before(ts, j, m.key)
            && let Some((key, single)) = titles::ranked_title(
                &ts[r].text.to_lowercase(),
                &join(&ts[j..title_end]).to_lowercase().replace('-', " "),
            )
        {
            m.key = key;
            m.single = single;
            j_left = r;
        }
        // `co-captain`, `co-CFO`: a post held jointly is its own title.
        let joint = j_left == j && rank::joint(ts, j);
        if joint {
            (m.single, j_left) = (false, j - 2);
        }
        // Left of the title: [qualifier] [the|its] [ORG ['s]] [qualifier]
        let (qualifier, left) = qualifier_before(ts, j_left);
        let (mut org_left, by_reference, mut left_end) = org_before(ts, left, runs, &run_ending);
        // `Budget Minister Atiku Bagudu`, `Finance Minister Jane Doe`: a one-word
        // portfolio before an office is its remit, not an organisation.
        let mut portfolio = None;
        if let Some(o) = org_left
            && !corporate(m.key)
            && runs[o].words() == 1
            && runs[o].end == left
            && titles::is_remit_word(&runs[o].text)
            && qualifier.is_none()
        {
            portfolio = Some(runs[o].first);
            org_left = None;
        }
        // `Union Health Minister Mansukh Mandaviya`, `Kerala Finance Minister
        // …`, `U.S. Labor Secretary Julie Su`: a jurisdiction before the portfolio. The run stays the
        // organisation, its last word is the portfolio, and one jurisdiction
        // has one minister of a portfolio.
        let mut one_portfolio_holder = false;
        if let Some(o) = org_left
            && portfolio.is_none()
            && (m.key == "minister" || m.key == "secretary")
            && runs[o].words() >= 2
            && runs[o].end == left
            && runs[o].end > 0
            && titles::is_remit_word(ts[runs[o].end - 1].text)
            && qualifier.is_none()
        {
            portfolio = Some(runs[o].end - 1);
            one_portfolio_holder = true;
        }
        // `Former Boeing CEO Dave Calhoun`, `Dave Calhoun, ex-Boeing CEO`: the
        // qualifier may stand before the organisation, or the portfolio
        // (`Acting Labor Secretary Julie Su`).
        let mut qualifier = qualifier;
        if qualifier.is_none()
            && (org_left.is_some() || by_reference || portfolio.is_some())
            && let (Some(q), l) = qualifier_before(ts, left_end)
        {
            qualifier = Some(q);
            left_end = l;
        }
        // `Chairman and CEO C.C. Wei`, `chair and chief executive of GM`: the
        // person (and organisation) after a second title joined on hold this one too.
        let mut joined = None;
        if ts.get(k).is_some_and(|t| t.is("and") || t.is_punct('&'))
            && let Ok((_, m2)) = titles::title(Toks(&ts[k + 1..]))
        {
            let end2 = k + 1 + m2.len;
            let remit2 = titles::remit_len(&ts[end2..]);
            joined = Some((m2, k + 1, end2, remit2));
            k = end2 + remit2;
        }
        // `of ORG` / `at ORG` / `of the ORG` right after the title.
        let mut org_right = None;
        if ts.get(k).is_some_and(|t| t.is("of") || t.is("at")) {
            let at = if ts.get(k + 1).is_some_and(|t| t.is("the")) {
                k + 2
            } else {
                k + 1
            };
            if let Some(r) = run_starting(at) {
                org_right = Some(r);
                k = runs[r].end;
            }
        }
        // Person after the title (`CEO Andy Jassy`, `chief executive, Andy Jassy`,
        // `chair, Sir Malcolm Hart`).
        let comma = ts.get(k).is_some_and(|t| t.is_punct(','));
        let mut after = if comma { k + 1 } else { k };
        // `Mr Wale Edun`, and after a comma an office held besides (`Minister of
        // Budget, Sen. Atiku Bagudu`).
        // Honorifics stack: `Speaker, Rt. Hon. Tajudeen Abbas`.
        while ts.get(after).is_some_and(|t| {
            super::names::HONORIFICS.iter().any(|h| t.is(h))
                || (comma && ["sen", "senator"].iter().any(|h| t.is(h)))
        }) {
            after += 1;
            if ts.get(after).is_some_and(|t| t.is_punct('.')) {
                after += 1;
            }
        }
        let mut person = run_starting(after).filter(|&r| person_like(&runs[r]));
        // `…, chief executive, Andy Jassy` with nothing on the left is too loose;
        // a post with its portfolio and a full name (`the Minister of Budget and
        // Economic Planning, Atiku Bagudu`) is the usual apposition.
        // `the state health commissioner`, `its finance chief`: lower-case
        // words of a portfolio or a level before the title, where an
        // organisation would stand.
        let lower_remit = if org_left.is_none() && !by_reference {
            lower_remit_before(ts, left_end)
        } else {
            left_end
        };
        // `former foreign minister Bilawal Bhutto Zardari`: the qualifier
        // stands before the lower-case portfolio.
        if qualifier.is_none()
            && lower_remit < left_end
            && let (Some(q), _) = qualifier_before(ts, lower_remit)
        {
            qualifier = Some(q);
        }
        // `The Statistician-General, Mr Risenga Maluleke, said`: the post
        // with its article and a full name set off by commas.
        let definite = ts.get(lower_remit).is_some_and(|t| t.is("the"))
            && person.is_some_and(|p| {
                runs[p].words() >= 2 && ts.get(runs[p].end).is_some_and(|t| t.is_punct(','))
            });
        let portfolio_apposition = (remit_len > 0 || lower_remit < left_end || definite)
            && person.is_some_and(|p| runs[p].words() >= 2);
        if comma
            && person.is_some()
            && org_left.is_none()
            && org_right.is_none()
            && !by_reference
            && !portfolio_apposition
        {
            person = None;
        }
        let mut org_after_person = None;
        if let Some(p) = person {
            let e = runs[p].end;
            if ts.get(e).is_some_and(|t| t.is("of") || t.is("at")) {
                org_after_person =
                    run_starting(e + 1).filter(|&r| !(ts[e].is("at") && venue(ts, runs[r].end)));
            }
        }
        // Otherwise the person is on the left: `Andy Jassy, the chief executive of Amazon`
        // or `Jassy became CEO of Amazon`.
        if person.is_none() {
            // `in the Zócalo, the president-elect`: a name after an article
            // is a place or a thing, not the person the title describes.
            // `Cisco is the worldwide technology leader`: a leader is only
            // read before the name (`VVD leader Dilan Yeşilgöz`).
            person = person_before(ts, lower_remit, &run_ending).filter(|&r| {
                m.key != "leader"
                    && person_like(&runs[r])
                    && !(runs[r].first > 0
                        && ["the", "a", "an"]
                            .iter()
                            .any(|w| ts[runs[r].first - 1].is(w)))
            });
            // `Accompanied by … Sherry Rehman, the Secretary-General met
            // displaced families`: a title after a comma that a verb follows
            // straight away is the subject of the main clause, not an
            // appositive of the name before it (`Jassy, the chief executive,
            // said`; `…, the chief executive of Amazon, said`).
            let end = org_right.map_or(title_end + remit_len, |r| {
                runs[r].end.max(title_end + remit_len)
            });
            if person.is_some() && subject_after_comma(ts, lower_remit, end) {
                person = None;
            }
            // `who succeeded Jeff Bezos as chief executive`, `took over from
            // Dave Calhoun as CEO`: the person named is the one who left.
            if let Some(r) = person
                && qualifier.is_none()
                && runs[r].first > 0
                && [
                    "succeeded",
                    "succeeds",
                    "succeeding",
                    "replaced",
                    "replaces",
                    "replacing",
                    "from",
                ]
                .iter()
                .any(|w| ts[runs[r].first - 1].is(w))
            {
                qualifier = Some("former");
            }
        }
        let Some(p) = person else {
            j = title_end.max(j + 1);
            continue;
        };
        // `Volkswagen brand CEO`, `the brand CEO`, `chief executive of the
        // Volkswagen brand`, `head of its cloud unit`: the post is in a part
        // of the organisation, which has its own head beside the whole's.
        let part_before = start_of_title_part(ts, j_left, qualifier.is_some());
        let part_after = org_right.is_some_and(|r| ts.get(runs[r].end).is_some_and(is_part_word));
        if part_before || part_after {
            j = title_end.max(j + 1);
            continue;
        }
        // `CEO Zhao quits`, `chief executive Jane Doe stepped down`, `Jane
        // Doe, the CEO, who resigned`: the person leaves the post in this
        // very clause, so is its former holder, not a rival of the next one.
        if qualifier.is_none() && leaves_post(ts, runs[p].end.max(k)) {
            qualifier = Some("former");
        }
        let start = portfolio.unwrap_or(j_left);
        let title_span = ts[start]
            .span
            .cover(ts[(title_end + remit_len).saturating_sub(1).max(j)].span);
        let title_text = join(&ts[start..title_end + remit_len]);
        let mut title_key = key_with_remit(m.key, remit);
        if joint {
            title_key = format!("co-{title_key}");
        }
        if let Some(w) = portfolio {
            title_key = key_with_remit(&title_key, &ts[w..w + 1]);
        }
        let mut orgs: Vec<usize> = Vec::new();
        for o in [org_left, org_right, org_after_person]
            .into_iter()
            .flatten()
        {
            if o != p && !orgs.contains(&o) {
                orgs.push(o);
            }
        }
        // `Tesla/SpaceX CEO`: every organisation of a slash list.
        if let Some(&first) = orgs.first() {
            let mut f = runs[first].first;
            while f >= 2 && ts[f - 1].is_punct('/') {
                match run_ending(f - 1) {
                    Some(o) => {
                        orgs.push(o);
                        f = runs[o].first;
                    }
                    None => break,
                }
            }
        }
        let base = RoleFound {
            sentence,
            person: p,
            org: None,
            title_text,
            title_span,
            title_key,
            base_key: m.key,
            single: m.single || one_portfolio_holder,
            qualifier,
            org_by_reference: by_reference || (orgs.is_empty() && corporate(m.key)),
        };
        // `president and CEO of Splunk`: the second title is held too, by
        // the same person at the same organisations.
        let second = joined.map(|(m2, from, end2, remit2)| {
            let remit = if remit2 > 0 {
                &ts[end2 + 1..end2 + remit2]
            } else {
                &[][..]
            };
            let last = (end2 + remit2).saturating_sub(1).max(from);
            RoleFound {
                title_text: join(&ts[from..end2 + remit2]),
                title_span: ts[from].span.cover(ts[last].span),
                title_key: key_with_remit(m2.key, remit),
                base_key: m2.key,
                single: m2.single,
                org_by_reference: by_reference || (orgs.is_empty() && corporate(m2.key)),
                // `former chairman and CEO`: both posts are left. `Interim
                // CEO and President`: whether the second is interim too the
                // words do not say, so it is read without the qualifier.
                qualifier: base
                    .qualifier
                    .filter(|q| !matches!(*q, "interim" | "acting")),
                ..base.clone()
            }
        });
        for role in [Some(base), second].into_iter().flatten() {
            push_role(&mut out, role, &orgs, by_reference);
        }
        j = title_end.max(j + 1);
    }
    out.extend(who_heads(sentence, ts, runs, in_sentence));
    out
}

/// Where lower-case words of a portfolio or a level before position `at`
/// begin (`the state health commissioner`: at `state`), at most three; `at`
/// itself when there are none.
fn lower_remit_before(ts: &[Token<'_>], at: usize) -> usize {
    let mut l = at;
    while l > 0
        && at - l < 3
        && ts[l - 1].kind == Kind::Word(super::token::Case::Lower)
        && !["and", "or", "of", "for", "the", "in", "at"]
            .iter()
            .any(|w| ts[l - 1].is(w))
        && (titles::is_remit_word(ts[l - 1].text)
            || GENERIC_LEVELS.iter().any(|w| ts[l - 1].is(w))
            || ts[l - 1].is("state"))
    {
        l -= 1;
    }
    l
}

/// Words naming a part of an organisation (`the Volkswagen brand`).
fn is_part_word(t: &Token<'_>) -> bool {
    [
        "brand",
        "unit",
        "division",
        "arm",
        "subsidiary",
        "segment",
        "branch",
        "affiliate",
    ]
    .iter()
    .any(|w| t.is(w))
}

/// Whether a part word stands right before the title at `j` (past a
/// qualifier when there is one): `Volkswagen brand CEO`, `the brand CEO`.
fn start_of_title_part(ts: &[Token<'_>], j: usize, qualified: bool) -> bool {
    let at = if qualified {
        qualifier_before(ts, j).1
    } else {
        j
    };
    at > 0 && is_part_word(&ts[at - 1])
}

/// Pushes one role for each organisation (or one with none).
fn push_role(out: &mut Vec<RoleFound>, role: RoleFound, orgs: &[usize], by_reference: bool) {
    if orgs.is_empty() {
        if corporate(role.base_key) || by_reference {
            out.push(role);
        } else {
            out.push(RoleFound {
                org_by_reference: false,
                ..role
            });
        }
    } else {
        for &o in orgs {
            out.push(RoleFound {
                org: Some(o),
                org_by_reference: false,
                ..role.clone()
            });
        }
    }
}

/// A person's name run: not an organisation-looking name.
fn person_like(r: &NameRun) -> bool {
    !r.acronym
        && !super::names::is_org_suffix(r.last_word())
        && !super::names::is_place(&r.text)
        && r.words() <= 4
}

/// The qualifier before the title at `j`, and where the left context ends.
fn qualifier_before(ts: &[Token<'_>], j: usize) -> (Option<&'static str>, usize) {
    for back in [1usize, 2] {
        if j >= back
            && let Ok((rest, q)) = titles::qualifier(Toks(&ts[j - back..j]))
            && rest.is_empty()
        {
            return (Some(q), j - back);
        }
    }
    (None, j)
}

/// The organisation left of position `at`: `Amazon`, `Amazon’s`, `the company’s`,
/// `its`. Returns the run, whether a reference stands in for it, and where the
/// left context ends.
/// Adjectives of level that open a sentence capitalised before a title
/// (`Regional president`, `Federal judge`): no organisation.
const GENERIC_LEVELS: &[&str] = &[
    "regional",
    "national",
    "federal",
    "provincial",
    "local",
    "municipal",
    "county",
    "city",
    "district",
    "global",
    "international",
];

fn org_before(
    ts: &[Token<'_>],
    at: usize,
    runs: &[NameRun],
    run_ending: &dyn Fn(usize) -> Option<usize>,
) -> (Option<usize>, bool, usize) {
    if at == 0 {
        return (None, false, 0);
    }
    let mut k = at;
    let possessive = ts[k - 1].kind == Kind::Possessive;
    if possessive {
        k -= 1;
    }
    if let Some(r) = run_ending(k) {
        // `Regional president Carlos Mazón` opening a sentence: a capitalised
        // adjective of level, no organisation.
        // `The chief executive, Jane Doe,` opening a sentence: an article.
        if !(runs[r].words() == 1
            && GENERIC_LEVELS
                .iter()
                .chain(&["the", "a", "an", "this", "that", "our", "its", "their"])
                .any(|w| runs[r].text.eq_ignore_ascii_case(w)))
        {
            return (Some(r), false, runs[r].first);
        }
        return (None, false, runs[r].first);
    }
    // `the company’s CEO`, `its chief executive`
    let reference = ["company", "firm", "group", "retailer", "giant", "business"];
    if possessive && k >= 1 && reference.iter().any(|w| ts[k - 1].is(w)) {
        let start = if k >= 2 && ts[k - 2].is("the") {
            k - 2
        } else {
            k - 1
        };
        return (None, true, start);
    }
    if ["its", "their"].iter().any(|w| ts[k - 1].is(w)) {
        return (None, true, k - 1);
    }
    if ts[k - 1].is("the") || ts[k - 1].is("a") {
        return (None, false, k - 1);
    }
    (None, false, at)
}

/// The person left of position `at`: `Andy Jassy, [the]` or `Jassy became [the]`.
fn person_before(
    ts: &[Token<'_>],
    at: usize,
    run_ending: &dyn Fn(usize) -> Option<usize>,
) -> Option<usize> {
    let mut k = at;
    // Articles and pronouns between the name and the title.
    while k > 0
        && ["the", "a", "an", "its", "their", "his", "her"]
            .iter()
            .any(|w| ts[k - 1].is(w))
    {
        k -= 1;
    }
    if k > 0 && ts[k - 1].is_punct(',') {
        // `Andy Jassy, 57, Amazon's chief executive`: an age between commas.
        if k >= 3 && ts[k - 2].kind == Kind::Number && ts[k - 3].is_punct(',') {
            return run_ending(k - 3);
        }
        return run_ending(k - 1);
    }
    // `Jassy became CEO`, `Jassy, who became CEO` is read by the comma branch above.
    let be = [
        "is", "was", "became", "becomes", "remains", "remained", "as",
    ];
    if k > 0 && be.iter().any(|w| ts[k - 1].is(w)) {
        let mut b = k - 1;
        if b > 0 && (ts[b - 1].is("has") || ts[b - 1].is("had") || ts[b - 1].is("will")) {
            b -= 1;
        }
        if b > 0 && ts[b - 1].is("been") {
            b -= 1;
        }
        // `the Antitrust Division as assistant attorney general`: a name
        // ending in an organisation's word is no person taking a title.
        if b > 0
            && (is_part_word(&ts[b - 1]) || crate::extract::names::is_org_suffix(ts[b - 1].text))
        {
            return None;
        }
        return run_ending(b);
    }
    None
}

/// `X, who heads Y`, `X, who leads Y`, `X, who founded Y`, `X, who ran Y`.
fn who_heads(
    sentence: usize,
    ts: &[Token<'_>],
    runs: &[NameRun],
    in_sentence: &[usize],
) -> Vec<RoleFound> {
    let mut out = Vec::new();
    for &r in in_sentence {
        let e = runs[r].end;
        let parsed = (
            super::token::punct(','),
            word("who"),
            opt(word("now")),
            super::token::tok(|t: &Token<'_>| {
                [
                    "heads",
                    "leads",
                    "runs",
                    "chairs",
                    "founded",
                    "co-founded",
                    "cofounded",
                    "oversees",
                    "ran",
                    "led",
                    "headed",
                ]
                .iter()
                .any(|w| t.is(w))
            }),
            opt(word("the")),
        )
            .parse(Toks(&ts[e.min(ts.len())..]));
        let Ok((rest, (_, _, _, verb, _))) = parsed else {
            continue;
        };
        let at = ts.len() - rest.len();
        let Some(o) = in_sentence.iter().copied().find(|&x| runs[x].first == at) else {
            continue;
        };
        if !person_like(&runs[r]) {
            continue;
        }
        let verb_lower = verb.text.to_ascii_lowercase();
        let (key, single) = match verb_lower.as_str() {
            "chairs" => ("chair", true),
            "founded" | "co-founded" | "cofounded" => ("founder", false),
            _ => ("head", false),
        };
        // `X, who ran Y`: a head of Y no longer.
        let qualifier = matches!(verb_lower.as_str(), "ran" | "led" | "headed").then_some("former");
        out.push(RoleFound {
            sentence,
            person: r,
            org: Some(o),
            title_text: verb.text.to_string(),
            title_span: verb.span,
            title_key: key.to_string(),
            base_key: key,
            single,
            qualifier,
            org_by_reference: false,
        });
    }
    out
}

fn join(ts: &[Token<'_>]) -> String {
    let mut s = String::new();
    for (k, t) in ts.iter().enumerate() {
        if k > 0 && t.space_before {
            s.push(' ');
        }
        s.push_str(t.text);
    }
    s
}

/// True when the title at `start..end` follows a comma (articles between)
/// and a lower-case word that carries on a clause follows it: `Sherry Rehman,
/// the Secretary-General met`, the title being the next clause's subject.
/// Words that continue an appositive (`of`, `since`, `who`, `and`…) do not.
fn subject_after_comma(ts: &[Token<'_>], start: usize, end: usize) -> bool {
    let mut k = start;
    while k > 0 && ["the", "a", "an"].iter().any(|w| ts[k - 1].is(w)) {
        k -= 1;
    }
    let article = k < start
        || ts
            .get(start)
            .is_some_and(|t| ["the", "a", "an"].iter().any(|w| t.is(w)));
    if !article || k == 0 || !ts[k - 1].is_punct(',') {
        return false;
    }
    const GOES_ON: &[&str] = &[
        "of", "at", "for", "and", "or", "in", "on", "who", "whose", "which", "that", "since",
        "from", "to", "with", "until", "between", "nor", "but", "then", "now", "himself",
        "herself", "there", "here", "by", "over", "under", "after", "before", "during", "as",
    ];
    ts.get(end).is_some_and(|t| {
        matches!(t.kind, Kind::Word(crate::extract::token::Case::Lower))
            && !GOES_ON.iter().any(|w| t.is(w))
    })
}

mod leaving;
mod rank;
#[cfg(test)]
mod tests;
mod venue;
