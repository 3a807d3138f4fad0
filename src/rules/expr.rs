//! Invariant expressions: a tiny arithmetic language over quantity ids.
//!
//! `layoffs_2025 = 0.04 * corporate_staff`: numbers and quantity ids (each
//! with an optional `%`, which divides by 100: `4%` is 0.04, and `share%`
//! is a percent quantity's value, held as drafts write it — 4 for `4%` —
//! as a fraction), `+ - * /`, parentheses, unary minus, and
//! one comparison `= < <= > >=` (also `==`, `≤`, `≥`). Parsed with small nom
//! combinators, bottom-up; evaluated with interval arithmetic, so a relation
//! is violated only when no values inside the claims' intervals satisfy it.
//! `Display` prints an expression back in a form `parse` reads.
//!
//! Hostile text cannot exhaust the stack: parentheses and minus signs nest at
//! most [`MAX_DEPTH`] deep, an expression holds at most [`MAX_OPERANDS`]
//! numbers and ids, and a run of `a + b + c …` is one n-ary node
//! ([`Expr::Ops`]), not a chain of nested pairs. Every walk over the tree —
//! parsing, evaluation, `Display`, `Drop` — therefore recurses at most about
//! twice [`MAX_DEPTH`] deep, however long the expression. Numbers larger than
//! [`MAX_NUMBER`](super::MAX_NUMBER) are refused.

use std::fmt;

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, take_while, take_while1},
    character::complete::{char, digit1, multispace0},
    combinator::{all_consuming, opt, recognize},
    sequence::delimited,
};

use super::MAX_NUMBER;
use crate::claim::Interval;

/// Deepest nesting of parentheses and minus signs: `((a))` is 2, `-(-a)` is 2.
pub const MAX_DEPTH: usize = 64;

/// Most numbers and ids one expression (both sides together) may hold.
pub const MAX_OPERANDS: usize = 1_000;

/// An arithmetic expression.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// A number.
    Num(f64),
    /// A quantity id and its byte offset in the expression text.
    Var(String, usize),
    /// `-e`.
    Neg(Box<Expr>),
    /// Operands joined left to right: `a + b - c` or `a * b / c`. Each later
    /// operand carries its operator and its byte offset in the expression
    /// text. The parser never mixes `+ -` with `* /` in one node and never
    /// builds a node with no later operand.
    Ops(Box<Expr>, Vec<(char, usize, Expr)>),
}

/// A comparison operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    /// `=` / `==`.
    Eq,
    /// `<`.
    Lt,
    /// `<=` / `≤`.
    Le,
    /// `>`.
    Gt,
    /// `>=` / `≥`.
    Ge,
}

/// `left op right`.
#[derive(Clone, Debug, PartialEq)]
pub struct Relation {
    /// The left side.
    pub left: Expr,
    /// The comparison.
    pub op: Cmp,
    /// The right side.
    pub right: Expr,
}

/// Why the parser stopped.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Why {
    /// The text does not follow the grammar.
    Syntax,
    /// Parentheses and minus signs nest deeper than [`MAX_DEPTH`].
    TooDeep,
    /// A number larger than [`MAX_NUMBER`].
    TooLarge,
}

/// The parser's error: where it stopped and why.
#[derive(Debug)]
struct PErr<'a> {
    input: &'a str,
    why: Why,
}

impl<'a> nom::error::ParseError<&'a str> for PErr<'a> {
    fn from_error_kind(input: &'a str, _: nom::error::ErrorKind) -> Self {
        PErr {
            input,
            why: Why::Syntax,
        }
    }

    fn append(_: &'a str, _: nom::error::ErrorKind, other: Self) -> Self {
        other
    }
}

type PResult<'a, T> = IResult<&'a str, T, PErr<'a>>;

/// Stops the whole parse (no backtracking) at `input`.
fn fail<T>(input: &str, why: Why) -> PResult<'_, T> {
    Err(nom::Err::Failure(PErr { input, why }))
}

/// The offset of `rest` in `full` (the expression text).
fn pos(full: &str, rest: &str) -> usize {
    full.len() - rest.len()
}

/// `0.04`, `14000`, `4%`, `1_000`; at most [`MAX_NUMBER`].
fn number(i: &str) -> PResult<'_, f64> {
    let (rest, text) = recognize((
        digit1,
        take_while(|c: char| c.is_ascii_digit() || c == '_'),
        opt((char('.'), digit1)),
    ))
    .parse(i)?;
    // Digits with one optional point always parse; a runaway one is infinite.
    let v: f64 = text.replace('_', "").parse().unwrap_or(f64::INFINITY);
    if !(v.is_finite() && v <= MAX_NUMBER) {
        return fail(i, Why::TooLarge);
    }
    let (rest, pct) = opt(char('%')).parse(rest)?;
    Ok((rest, if pct.is_some() { v / 100.0 } else { v }))
}

/// An id, or an id and a `%` right after it (`share%`), read as the id
/// divided by 100; `rest` is the input after the id.
fn var(full: &str, rest: &str, name: &str, at: usize) -> Expr {
    let v = Expr::Var(name.to_string(), at);
    if rest.starts_with('%') {
        Expr::Ops(Box::new(v), vec![('/', pos(full, rest), Expr::Num(100.0))])
    } else {
        v
    }
}

/// `layoffs_2025`: a letter or underscore, then letters, digits, underscores.
fn ident(i: &str) -> PResult<'_, &str> {
    recognize((
        take_while1(|c: char| c.is_ascii_alphabetic() || c == '_'),
        take_while(|c: char| c.is_ascii_alphanumeric() || c == '_'),
    ))
    .parse(i)
}

fn ws<'a, O>(
    p: impl Parser<&'a str, Output = O, Error = PErr<'a>>,
) -> impl Parser<&'a str, Output = O, Error = PErr<'a>> {
    delimited(multispace0, p, multispace0)
}

/// A number, an id, a parenthesised sum, or a negated factor; `depth` is how
/// many parentheses and minus signs enclose it.
fn factor<'a>(full: &'a str, depth: usize) -> impl Fn(&'a str) -> PResult<'a, Expr> {
    move |i: &'a str| {
        let (i, _) = multispace0(i)?;
        let at = pos(full, i);
        let (rest, e) = alt((
            |s| number(s).map(|(r, v)| (r, Expr::Num(v))),
            |s| {
                ident(s).map(|(r, n)| {
                    let e = var(full, r, n, at);
                    (r.strip_prefix('%').unwrap_or(r), e)
                })
            },
            |s: &'a str| {
                if s.starts_with('(') && depth >= MAX_DEPTH {
                    return fail(s, Why::TooDeep);
                }
                delimited(char('('), sum(full, depth + 1), ws(char(')'))).parse(s)
            },
            |s: &'a str| {
                let (r, _) = char('-').parse(s)?;
                if depth >= MAX_DEPTH {
                    return fail(s, Why::TooDeep);
                }
                factor(full, depth + 1)(r).map(|(r, e)| (r, Expr::Neg(Box::new(e))))
            },
        ))
        .parse(i)?;
        let (rest, _) = multispace0(rest)?;
        Ok((rest, e))
    }
}

/// `operand (op operand)*` for the operators in `ops`, as one n-ary node.
/// A loop, not recursion: a thousand terms cost no stack.
fn chain<'a, P>(
    full: &'a str,
    ops: &'static [char],
    operand: P,
) -> impl Fn(&'a str) -> PResult<'a, Expr>
where
    P: Fn(&'a str) -> PResult<'a, Expr>,
{
    move |i: &'a str| {
        let (mut i, first) = operand(i)?;
        let mut rest = Vec::new();
        loop {
            let Ok((after, op)) =
                ws(nom::character::complete::one_of::<_, _, PErr<'a>>(ops)).parse(i)
            else {
                break;
            };
            let at = pos(full, after);
            let (after, e) = operand(after)?;
            rest.push((if op == '×' { '*' } else { op }, at, e));
            i = after;
        }
        Ok((
            i,
            if rest.is_empty() {
                first
            } else {
                Expr::Ops(Box::new(first), rest)
            },
        ))
    }
}

/// Factors joined by `*` and `/`.
fn term<'a>(full: &'a str, depth: usize) -> impl Fn(&'a str) -> PResult<'a, Expr> {
    chain(full, &['*', '/', '×'], factor(full, depth))
}

/// Terms joined by `+` and `-`.
fn sum<'a>(full: &'a str, depth: usize) -> impl Fn(&'a str) -> PResult<'a, Expr> {
    chain(full, &['+', '-'], term(full, depth))
}

/// `=`, `==`, `<`, `<=`, `>`, `>=`, `≤`, `≥`.
fn cmp(i: &str) -> PResult<'_, Cmp> {
    ws(alt((
        tag("==").map(|_| Cmp::Eq),
        tag("<=").map(|_| Cmp::Le),
        tag(">=").map(|_| Cmp::Ge),
        tag("≤").map(|_| Cmp::Le),
        tag("≥").map(|_| Cmp::Ge),
        tag("=").map(|_| Cmp::Eq),
        tag("<").map(|_| Cmp::Lt),
        tag(">").map(|_| Cmp::Gt),
    )))
    .parse(i)
}

/// A parse error: where, and what was expected.
#[derive(Clone, Debug, PartialEq)]
pub struct ParseError {
    /// Byte offset in the expression.
    pub at: usize,
    /// What went wrong.
    pub message: String,
    /// True when a limit was hit ([`MAX_DEPTH`], [`MAX_OPERANDS`], the
    /// largest number) rather than a slip of syntax.
    pub limit: bool,
}

/// Checks what a plain scan can, before the parser runs: parentheses that
/// close nothing or are never closed, and more than [`MAX_OPERANDS`] numbers
/// and ids.
fn prescan(text: &str) -> Result<(), ParseError> {
    let mut open: Vec<usize> = Vec::new();
    let mut operands = 0usize;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        let word = c.is_ascii_alphanumeric() || c == '_' || c == '.';
        if word && !in_word {
            operands += 1;
            if operands > MAX_OPERANDS {
                return Err(ParseError {
                    at: i,
                    message: format!(
                        "the expression holds more than {MAX_OPERANDS} numbers and ids, the most an invariant may use"
                    ),
                    limit: true,
                });
            }
        }
        in_word = word;
        match c {
            '(' => open.push(i),
            ')' if open.pop().is_none() => {
                return Err(ParseError {
                    at: i,
                    message: "this `)` closes nothing".into(),
                    limit: false,
                });
            }
            _ => {}
        }
    }
    if let Some(&at) = open.last() {
        return Err(ParseError {
            at,
            message: "this `(` is never closed".into(),
            limit: false,
        });
    }
    Ok(())
}

/// Parses `left op right`.
pub fn parse(text: &str) -> Result<Relation, ParseError> {
    // An unclosed or stray parenthesis is the commonest slip: say so where it is.
    prescan(text)?;
    let parsed = all_consuming((sum(text, 0), cmp, sum(text, 0))).parse(text);
    match parsed {
        Ok((_, (left, op, right))) => Ok(Relation { left, op, right }),
        Err(e) => {
            // Point at the furthest place the parser reached.
            let (at, why) = match &e {
                nom::Err::Error(err) | nom::Err::Failure(err) => (pos(text, err.input), err.why),
                nom::Err::Incomplete(_) => (text.len(), Why::Syntax),
            };
            let has_cmp = ["=", "<", ">", "≤", "≥"].iter().any(|c| text.contains(c));
            let message = match why {
                Why::TooDeep => format!(
                    "parentheses and minus signs nest more than {MAX_DEPTH} deep here, deeper than factlint reads"
                ),
                Why::TooLarge => format!(
                    "this number is larger than {}, the largest factlint reads",
                    show_limit(MAX_NUMBER)
                ),
                Why::Syntax if !has_cmp => {
                    "an invariant compares two sides: expected `=`, `<`, `<=`, `>` or `>=`"
                        .to_string()
                }
                Why::Syntax if at >= text.trim_end().len() => {
                    "the expression ends too early".to_string()
                }
                Why::Syntax => {
                    format!("unexpected `{}`", text[at..].chars().next().unwrap_or(' '))
                }
            };
            Err(ParseError {
                at,
                message,
                limit: why != Why::Syntax,
            })
        }
    }
}

/// `1e18` as an editor reads it.
pub fn show_limit(v: f64) -> String {
    format!("{v:e}").replace("e", " × 10^")
}

/// Why an expression has no value for some figures.
#[derive(Clone, Debug, PartialEq)]
pub enum NoValue {
    /// A divisor's interval holds zero: the divisor as printed, and its interval.
    DivisorHoldsZero(String, Interval),
    /// The arithmetic overflowed (infinite or undefined ends).
    Overflow,
}

/// An interval that arithmetic may go on with: no NaN, no end past the wrong infinity.
fn sane(i: Interval) -> Result<Interval, NoValue> {
    if i.low.is_nan() || i.high.is_nan() || i.low == f64::INFINITY || i.high == f64::NEG_INFINITY {
        Err(NoValue::Overflow)
    } else {
        Ok(i)
    }
}

impl Expr {
    /// Every id the expression names, with its offset, in order.
    pub fn vars(&self) -> Vec<(&str, usize)> {
        let mut out = Vec::new();
        self.collect_vars(&mut out);
        out
    }

    fn collect_vars<'e>(&'e self, out: &mut Vec<(&'e str, usize)>) {
        match self {
            Expr::Num(_) => {}
            Expr::Var(n, at) => out.push((n.as_str(), *at)),
            Expr::Neg(e) => e.collect_vars(out),
            Expr::Ops(first, rest) => {
                first.collect_vars(out);
                for (_, _, e) in rest {
                    e.collect_vars(out);
                }
            }
        }
    }

    /// Evaluates with interval arithmetic; an error when a divisor's interval
    /// holds zero or the arithmetic overflows.
    pub fn eval(&self, env: &dyn Fn(&str) -> Interval) -> Result<Interval, NoValue> {
        sane(match self {
            Expr::Num(v) => Interval::point(*v),
            Expr::Var(n, _) => env(n),
            Expr::Neg(e) => e.eval(env)?.scale(-1.0),
            Expr::Ops(first, rest) => {
                let mut acc = first.eval(env)?;
                for (op, _, e) in rest {
                    let y = e.eval(env)?;
                    acc = sane(match op {
                        '+' => acc + y,
                        '-' => acc - y,
                        '*' => acc * y,
                        _ => acc
                            .checked_div(y)
                            .ok_or_else(|| NoValue::DivisorHoldsZero(e.to_string(), y))?,
                    })?;
                }
                acc
            }
        })
    }

    /// Every divisor (the operand after a `/`), with its offset.
    pub fn divisors(&self) -> Vec<(&Expr, usize)> {
        let mut out = Vec::new();
        self.collect_divisors(&mut out);
        out
    }

    fn collect_divisors<'e>(&'e self, out: &mut Vec<(&'e Expr, usize)>) {
        match self {
            Expr::Num(_) | Expr::Var(..) => {}
            Expr::Neg(e) => e.collect_divisors(out),
            Expr::Ops(first, rest) => {
                first.collect_divisors(out);
                for (op, at, e) in rest {
                    if *op == '/' {
                        out.push((e, *at));
                    }
                    e.collect_divisors(out);
                }
            }
        }
    }
}

impl Relation {
    /// Both sides' values, and true when no values in the intervals can
    /// satisfy the relation; an error when a side has no value.
    pub fn violated(
        &self,
        env: &dyn Fn(&str) -> Interval,
    ) -> Result<(Interval, Interval, bool), NoValue> {
        let (l, r) = (self.left.eval(env)?, self.right.eval(env)?);
        let violated = match self.op {
            Cmp::Eq => !l.intersects(&r),
            Cmp::Lt => l.low >= r.high,
            Cmp::Le => l.low > r.high,
            Cmp::Gt => l.high <= r.low,
            Cmp::Ge => l.high < r.low,
        };
        Ok((l, r, violated))
    }

    /// Every divisor on both sides, with its offset.
    pub fn divisors(&self) -> Vec<(&Expr, usize)> {
        let mut v = self.left.divisors();
        v.extend(self.right.divisors());
        v
    }

    /// Every id both sides name, with its offset.
    pub fn vars(&self) -> Vec<(&str, usize)> {
        let mut v = self.left.vars();
        v.extend(self.right.vars());
        v
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expr::Num(v) => write!(f, "{v}"),
            Expr::Var(n, _) => f.write_str(n),
            Expr::Neg(e) => write!(f, "-({e})"),
            Expr::Ops(first, rest) => {
                write!(f, "({first}")?;
                for (op, _, e) in rest {
                    write!(f, " {op} {e}")?;
                }
                f.write_str(")")
            }
        }
    }
}

impl fmt::Display for Cmp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Cmp::Eq => "=",
            Cmp::Lt => "<",
            Cmp::Le => "<=",
            Cmp::Gt => ">",
            Cmp::Ge => ">=",
        })
    }
}

impl fmt::Display for Relation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.left, self.op, self.right)
    }
}

/// Structural equality that ignores the offsets of ids and operands (for round-trip tests).
pub fn same_shape(a: &Expr, b: &Expr) -> bool {
    match (a, b) {
        (Expr::Num(x), Expr::Num(y)) => (x - y).abs() <= 1e-12 * x.abs().max(1.0),
        (Expr::Var(x, _), Expr::Var(y, _)) => x == y,
        (Expr::Neg(x), Expr::Neg(y)) => same_shape(x, y),
        (Expr::Ops(f1, r1), Expr::Ops(f2, r2)) => {
            same_shape(f1, f2)
                && r1.len() == r2.len()
                && r1
                    .iter()
                    .zip(r2)
                    .all(|((o, _, x), (p, _, y))| o == p && same_shape(x, y))
        }
        _ => false,
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    fn env(n: &str) -> Interval {
        match n {
            "layoffs" => Interval::new(13_300.0, 14_700.0),
            "staff" => Interval::new(345_000.0, 355_000.0),
            _ => Interval::point(0.0),
        }
    }

    #[test]
    fn precedence_binds_products_tighter_than_sums() {
        let r = parse("a + b * c = d").unwrap();
        assert_eq!(r.left.to_string(), "(a + (b * c))");
    }

    #[test]
    fn a_percent_sign_after_an_id_divides_it_by_100() {
        let r = parse("layoffs = share% * staff").unwrap();
        assert_eq!(r.right.to_string(), "((share / 100) * staff)");
        let env = |n: &str| match n {
            "share" => Interval::point(4.0),
            "staff" => Interval::point(350_000.0),
            _ => Interval::point(14_000.0),
        };
        assert!(!r.violated(&env).unwrap().2);
        // Printed back, it parses to the same tree.
        let again = parse(&r.to_string()).unwrap();
        assert!(same_shape(&again.right, &r.right));
    }

    #[test]
    fn percent_literals_are_fractions() {
        let r = parse("layoffs = 4% * staff").unwrap();
        assert_eq!(r.right.to_string(), "(0.04 * staff)");
    }

    #[test]
    fn a_consistent_share_holds() {
        let r = parse("layoffs = 0.04 * staff").unwrap();
        assert!(!r.violated(&env).unwrap().2);
    }

    #[test]
    fn an_inconsistent_share_is_violated() {
        let r = parse("layoffs = 0.05 * staff").unwrap();
        assert!(r.violated(&env).unwrap().2);
    }

    #[test]
    fn ids_are_found_with_their_offsets() {
        let r = parse("layoffs_2025 = 0.04 * corporate_staff").unwrap();
        let vars: Vec<(&str, usize)> = r.left.vars().into_iter().chain(r.right.vars()).collect();
        assert_eq!(vars, vec![("layoffs_2025", 0), ("corporate_staff", 22)]);
    }

    #[test]
    fn a_missing_comparison_is_reported() {
        assert!(parse("a + b").unwrap_err().message.contains("expected `=`"));
    }

    #[test]
    fn a_stray_character_is_pointed_at() {
        let e = parse("a = b $ c").unwrap_err();
        assert_eq!(e.at, 6);
    }

    #[test]
    fn division_by_zero_gives_no_value() {
        let r = parse("a = b / c").unwrap();
        assert_eq!(
            r.violated(&|_| Interval::new(-1.0, 1.0)),
            Err(NoValue::DivisorHoldsZero(
                "c".into(),
                Interval::new(-1.0, 1.0)
            ))
        );
    }

    #[test]
    fn a_long_sum_is_one_flat_node() {
        let text = format!("{} = b", vec!["a"; 999].join(" + "));
        let r = parse(&text).unwrap();
        let Expr::Ops(_, rest) = &r.left else {
            panic!("{:?}", r.left)
        };
        assert_eq!(rest.len(), 998);
        let v = r.violated(&|_| Interval::point(1.0)).unwrap();
        assert_eq!(v.0, Interval::point(999.0));
        // Display and Drop walk it without recursing per term.
        assert!(r.to_string().starts_with("(a + a + a"));
    }

    #[test]
    fn more_operands_than_the_limit_are_refused_where_the_excess_starts() {
        let text = format!("{} = b", vec!["a"; 1_000].join(" + "));
        let e = parse(&text).unwrap_err();
        assert_eq!(e.at, text.len() - 1);
        assert!(
            e.message.contains("more than 1000 numbers and ids"),
            "{e:?}"
        );
    }

    #[test]
    fn nesting_to_the_limit_parses_and_one_more_is_refused() {
        let ok = format!("{}a{} = b", "(".repeat(MAX_DEPTH), ")".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
        let deep = format!(
            "{}a{} = b",
            "(".repeat(MAX_DEPTH + 1),
            ")".repeat(MAX_DEPTH + 1)
        );
        let e = parse(&deep).unwrap_err();
        assert_eq!(e.at, MAX_DEPTH);
        assert!(e.message.contains("more than 64 deep"), "{e:?}");
        let minus = format!("{}a = b", "-".repeat(MAX_DEPTH + 1));
        assert_eq!(parse(&minus).unwrap_err().at, MAX_DEPTH);
        let mixed = format!("{}a{} = b", "-(".repeat(40), ")".repeat(40));
        assert_eq!(parse(&mixed).unwrap_err().at, MAX_DEPTH);
    }

    #[test]
    fn hostile_depths_and_lengths_fail_fast_without_overflowing() {
        for text in [
            format!("{}a{} = b", "(".repeat(30_000), ")".repeat(30_000)),
            format!("{}a = b", "-".repeat(100_000)),
            format!("{} = b", vec!["a"; 100_000].join(" + ")),
            format!("{} = b", vec!["a"; 100_000].join(" * ")),
        ] {
            assert!(parse(&text).is_err());
        }
    }

    #[test]
    fn numbers_past_the_limit_are_refused() {
        let e = parse("a = 2000000000000000000 * b").unwrap_err();
        assert_eq!(e.at, 4);
        assert!(e.message.contains("larger than 1 × 10^18"), "{e:?}");
        let e = parse(&format!("a = {} * b", "9".repeat(400))).unwrap_err();
        assert_eq!(e.at, 4);
        assert!(parse("a = 1000000000000000000 * b").is_ok());
    }

    #[test]
    fn divisors_are_listed_with_their_offsets() {
        let r = parse("a / 0 = b / (2 - 2) + c / d").unwrap();
        let left: Vec<usize> = r.left.divisors().iter().map(|d| d.1).collect();
        let right: Vec<String> = r
            .right
            .divisors()
            .iter()
            .map(|d| format!("{}@{}", d.0, d.1))
            .collect();
        assert_eq!(left, vec![4]);
        assert_eq!(right, vec!["(2 - 2)@12", "d@26"]);
    }

    #[test]
    fn overflowing_arithmetic_has_no_value() {
        let r = parse("a * a * a = b").unwrap();
        assert_eq!(
            r.violated(&|n| if n == "a" {
                Interval::new(1e200, 1e200)
            } else {
                Interval::point(1.0)
            }),
            Err(NoValue::Overflow)
        );
    }
}
