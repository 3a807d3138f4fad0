//! Invariant expressions: a tiny arithmetic language over quantity ids.
//!
//! `layoffs_2025 = 0.04 * corporate_staff`: numbers (with an optional `%`,
//! `4%` being 0.04), quantity ids, `+ - * /`, parentheses, unary minus, and
//! one comparison `= < <= > >=` (also `==`, `≤`, `≥`). Parsed with small nom
//! combinators, bottom-up; evaluated with interval arithmetic, so a relation
//! is violated only when no values inside the claims' intervals satisfy it.
//! `Display` prints an expression back in a form `parse` reads.

use std::fmt;

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, take_while, take_while1},
    character::complete::{char, digit1, multispace0},
    combinator::{all_consuming, opt, recognize},
    multi::many0,
    sequence::{delimited, preceded},
};

use crate::claim::Interval;

/// An arithmetic expression.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// A number.
    Num(f64),
    /// A quantity id and its byte offset in the expression text.
    Var(String, usize),
    /// `-e`.
    Neg(Box<Expr>),
    /// `a op b`.
    Bin(char, Box<Expr>, Box<Expr>),
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

type PResult<'a, T> = IResult<&'a str, T>;

/// The offset of `rest` in `full` (the expression text).
fn pos(full: &str, rest: &str) -> usize {
    full.len() - rest.len()
}

/// `0.04`, `14000`, `4%`, `1_000`.
fn number(i: &str) -> PResult<'_, f64> {
    let (rest, text) = recognize((
        digit1,
        take_while(|c: char| c.is_ascii_digit() || c == '_'),
        opt((char('.'), digit1)),
    ))
    .parse(i)?;
    let v: f64 = text.replace('_', "").parse().unwrap_or(0.0);
    let (rest, pct) = opt(char('%')).parse(rest)?;
    Ok((rest, if pct.is_some() { v / 100.0 } else { v }))
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
    p: impl Parser<&'a str, Output = O, Error = nom::error::Error<&'a str>>,
) -> impl Parser<&'a str, Output = O, Error = nom::error::Error<&'a str>> {
    delimited(multispace0, p, multispace0)
}

/// A number, an id, a parenthesised sum, or a negated factor.
fn factor<'a>(full: &'a str) -> impl Fn(&'a str) -> PResult<'a, Expr> {
    move |i: &'a str| {
        let (i, _) = multispace0(i)?;
        let at = pos(full, i);
        let (rest, e) = alt((
            |s| number(s).map(|(r, v)| (r, Expr::Num(v))),
            |s| ident(s).map(|(r, n)| (r, Expr::Var(n.to_string(), at))),
            |s| delimited(char('('), sum(full), ws(char(')'))).parse(s),
            |s| {
                preceded(char('-'), factor(full))
                    .parse(s)
                    .map(|(r, e)| (r, Expr::Neg(Box::new(e))))
            },
        ))
        .parse(i)?;
        let (rest, _) = multispace0(rest)?;
        Ok((rest, e))
    }
}

/// Factors joined by `*` and `/`.
fn term<'a>(full: &'a str) -> impl Fn(&'a str) -> PResult<'a, Expr> {
    move |i: &'a str| {
        let (i, first) = factor(full)(i)?;
        let (i, rest) =
            many0((ws(alt((char('*'), char('/'), char('×')))), factor(full))).parse(i)?;
        Ok((
            i,
            rest.into_iter().fold(first, |a, (op, b)| {
                Expr::Bin(if op == '×' { '*' } else { op }, Box::new(a), Box::new(b))
            }),
        ))
    }
}

/// Terms joined by `+` and `-`.
fn sum<'a>(full: &'a str) -> impl Fn(&'a str) -> PResult<'a, Expr> {
    move |i: &'a str| {
        let (i, first) = term(full)(i)?;
        let (i, rest) = many0((ws(alt((char('+'), char('-')))), term(full))).parse(i)?;
        Ok((
            i,
            rest.into_iter()
                .fold(first, |a, (op, b)| Expr::Bin(op, Box::new(a), Box::new(b))),
        ))
    }
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
}

/// Parses `left op right`.
pub fn parse(text: &str) -> Result<Relation, ParseError> {
    // An unclosed or stray parenthesis is the commonest slip: say so where it is.
    let mut open: Vec<usize> = Vec::new();
    for (i, c) in text.char_indices() {
        match c {
            '(' => open.push(i),
            ')' if open.pop().is_none() => {
                return Err(ParseError {
                    at: i,
                    message: "this `)` closes nothing".into(),
                });
            }
            _ => {}
        }
    }
    if let Some(&at) = open.last() {
        return Err(ParseError {
            at,
            message: "this `(` is never closed".into(),
        });
    }
    let parsed = all_consuming((sum(text), cmp, sum(text))).parse(text);
    match parsed {
        Ok((_, (left, op, right))) => Ok(Relation { left, op, right }),
        Err(e) => {
            // Point at the furthest place the parser reached.
            let at = match &e {
                nom::Err::Error(err) | nom::Err::Failure(err) => pos(text, err.input),
                nom::Err::Incomplete(_) => text.len(),
            };
            let has_cmp = ["=", "<", ">", "≤", "≥"].iter().any(|c| text.contains(c));
            let message = if !has_cmp {
                "an invariant compares two sides: expected `=`, `<`, `<=`, `>` or `>=`".to_string()
            } else if at >= text.trim_end().len() {
                "the expression ends too early".to_string()
            } else {
                format!("unexpected `{}`", text[at..].chars().next().unwrap_or(' '))
            };
            Err(ParseError { at, message })
        }
    }
}

impl Expr {
    /// Every id the expression names, with its offset.
    pub fn vars(&self) -> Vec<(&str, usize)> {
        match self {
            Expr::Num(_) => Vec::new(),
            Expr::Var(n, at) => vec![(n.as_str(), *at)],
            Expr::Neg(e) => e.vars(),
            Expr::Bin(_, a, b) => {
                let mut v = a.vars();
                v.extend(b.vars());
                v
            }
        }
    }

    /// Evaluates with interval arithmetic; `None` when a division by an interval holding zero.
    pub fn eval(&self, env: &dyn Fn(&str) -> Interval) -> Option<Interval> {
        Some(match self {
            Expr::Num(v) => Interval::point(*v),
            Expr::Var(n, _) => env(n),
            Expr::Neg(e) => e.eval(env)?.scale(-1.0),
            Expr::Bin(op, a, b) => {
                let (x, y) = (a.eval(env)?, b.eval(env)?);
                match op {
                    '+' => x + y,
                    '-' => x - y,
                    '*' => x * y,
                    _ => x.checked_div(y)?,
                }
            }
        })
    }
}

impl Relation {
    /// True when no values in the intervals can satisfy the relation.
    pub fn violated(&self, env: &dyn Fn(&str) -> Interval) -> Option<(Interval, Interval, bool)> {
        let (l, r) = (self.left.eval(env)?, self.right.eval(env)?);
        let violated = match self.op {
            Cmp::Eq => !l.intersects(&r),
            Cmp::Lt => l.low >= r.high,
            Cmp::Le => l.low > r.high,
            Cmp::Gt => l.high <= r.low,
            Cmp::Ge => l.high < r.low,
        };
        Some((l, r, violated))
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expr::Num(v) => write!(f, "{v}"),
            Expr::Var(n, _) => f.write_str(n),
            Expr::Neg(e) => write!(f, "-({e})"),
            Expr::Bin(op, a, b) => write!(f, "({a} {op} {b})"),
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

/// Structural equality that ignores the offsets of ids (for round-trip tests).
pub fn same_shape(a: &Expr, b: &Expr) -> bool {
    match (a, b) {
        (Expr::Num(x), Expr::Num(y)) => (x - y).abs() <= 1e-12 * x.abs().max(1.0),
        (Expr::Var(x, _), Expr::Var(y, _)) => x == y,
        (Expr::Neg(x), Expr::Neg(y)) => same_shape(x, y),
        (Expr::Bin(o, a1, b1), Expr::Bin(p, a2, b2)) => {
            o == p && same_shape(a1, a2) && same_shape(b1, b2)
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
        assert!(r.violated(&|_| Interval::new(-1.0, 1.0)).is_none());
    }
}
