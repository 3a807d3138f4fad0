//! Unit tests of the numeral grammar.
use super::*;

fn val(p: PResult<'_, Numeral>) -> (f64, f64, usize) {
    let (rest, n) = p.unwrap();
    (n.value, n.step, rest.len())
}

#[test]
fn reads_comma_grouped_thousands() {
    assert_eq!(val(digits("14,000 jobs")), (14000.0, 1000.0, 5));
}

#[test]
fn refuses_a_four_digit_group() {
    assert_eq!(val(digits("1,2345")), (1.0, 1.0, 5));
}

#[test]
fn reads_space_and_thin_space_groups() {
    assert_eq!(digits("14 000").unwrap().1.value, 14000.0);
    assert_eq!(
        digits("1\u{202f}234\u{202f}567.89").unwrap().1.value,
        1234567.89
    );
}

#[test]
fn reads_indian_grouping() {
    assert_eq!(digits("12,34,567.89").unwrap().1.value, 1234567.89);
}

#[test]
fn decimals_set_the_step() {
    let n = digits("167.7").unwrap().1;
    assert_eq!(n.form, Form::Decimal);
    assert!((n.step - 0.1).abs() < 1e-12);
}

#[test]
fn stops_before_a_version_tail() {
    let (rest, n) = digits("3.11.2").unwrap();
    assert_eq!((n.value, rest), (3.0, ".11.2"));
}

#[test]
fn reads_spelled_numbers() {
    assert_eq!(words("Fifteen percent").unwrap().1.value, 15.0);
    assert_eq!(words("fourteen thousand people").unwrap().1.value, 14000.0);
    assert_eq!(
        words("twenty-one trillion and three hundred")
            .unwrap()
            .1
            .value,
        21e12 + 300.0
    );
    assert_eq!(words("one hundred and sixty-one").unwrap().1.value, 161.0);
    // A comma after a scale goes on to a smaller group, as budgets write
    // their totals out; `and` after a scale never joins a list.
    assert_eq!(
        words("twenty-eight trillion, seven hundred and seventy-seven billion naira")
            .unwrap()
            .1
            .value,
        28.777e12
    );
    assert_eq!(words("two million, three million").unwrap().1.value, 2e6);
    assert_eq!(
        words("three million and four million").unwrap().1.value,
        3e6
    );
    assert_eq!(
        words("one billion and three hundred million")
            .unwrap()
            .1
            .value,
        1.3e9
    );
    assert_eq!(
        words("two hundred and two thousand").unwrap().1.value,
        202000.0
    );
}

#[test]
fn reads_dozens_and_halves() {
    assert_eq!(words("a dozen eggs").unwrap().1.value, 12.0);
    assert_eq!(words("half a dozen").unwrap().1.value, 6.0);
    assert_eq!(words("half a million").unwrap().1.value, 500_000.0);
    assert_eq!(words("one and a half").unwrap().1.value, 1.5);
}

#[test]
fn a_scale_after_a_fraction_makes_a_whole_number() {
    assert_eq!(
        words("one and a half million").unwrap().1.value,
        1_500_000.0
    );
}

#[test]
fn reads_fractions() {
    let n = words("two-thirds of staff").unwrap().1;
    assert_eq!(n.form, Form::Fraction);
    assert!((n.value - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(words("a fifth").unwrap().1.value, 0.2);
    assert_eq!(digit_fraction("3/4").unwrap().1.value, 0.75);
    assert_eq!(words("one sixth").unwrap().1.value, 1.0 / 6.0);
    // An ordinal after a tens word is no fraction: `his twenty sixth match`.
    assert!(words("twenty sixth World Cup match").is_err());
}

#[test]
fn an_ordinal_alone_is_not_a_numeral() {
    assert!(words("fifth most valuable").is_err());
    assert!(words("a lot").is_err());
}

#[test]
fn does_not_glue_two_numbers() {
    let (rest, n) = words("one two").unwrap();
    assert_eq!((n.value, rest), (1.0, " two"));
}

#[test]
fn dates_and_scores_are_not_fractions() {
    assert!(digit_fraction("24/7").is_err());
    assert!(digit_fraction("9/11").is_err());
    assert!(digit_fraction("5/17/2018").is_err());
}

#[test]
fn indian_scales_compound() {
    assert_eq!(scale(" lakh crore").unwrap().1, 1e12);
    assert_eq!(scale(" thousand crore rupees").unwrap().1, 1e10);
    assert_eq!(scale(" lakh people").unwrap().1, 1e5);
}

#[test]
fn scale_words_follow_digits() {
    assert_eq!(scale(" million").unwrap().1, 1e6);
    assert_eq!(scale("bn in").unwrap().1, 1e9);
    assert_eq!(scale("B in").unwrap().1, 1e9);
    assert!(scale("G network").is_err());
    assert!(scale(" m away").is_err());
    // Compound adjectives: `a $5.5-billion plan`, `$5.5-B`; a hyphenated
    // short unit is a measure (`a 5-m wall`, `a 5-k run`).
    assert_eq!(scale("-billion cost drive").unwrap().1, 1e9);
    assert_eq!(scale("-B cost-cutting").unwrap().1, 1e9);
    assert_eq!(scale("-crore package").unwrap().1, 1e7);
    assert!(scale("-m wall").is_err());
    assert!(scale("-k run").is_err());
    assert!(scale("-mm shell").is_err());
    assert!(scale("-year plan").is_err());
    // The longest scale words fit the stack buffer; longer words are none.
    assert_eq!(scale(" trillion").unwrap().1, 1e12);
    assert_eq!(scale(" Thousand").unwrap().1, 1e3);
    assert_eq!(scale(" lakh crore").unwrap().1, 1e12);
    assert!(scale(" trillions").is_err());
    assert!(scale(" employees").is_err());
}

/// `digits` goes straight to plain digits when no grouping can apply: the
/// same answers as trying every grouped shape first.
#[test]
fn plain_digits_shortcut_reads_as_the_grouped_shapes() {
    for i in [
        "14 employees",
        "2024 and",
        "1 234 567 people",
        "12 34",
        "123 4567",
        "5, and",
        "14,000 jobs",
        "1234,567",
        "12,34,567.89",
        "1,2",
        "999 999,5",
        "7 ",
        "7,",
        "12 000.5 m",
        "3 1/2",
    ] {
        let run = i.bytes().take_while(u8::is_ascii_digit).count();
        let old = match i.as_bytes().get(run) {
            Some(b',') => alt((indian_grouped, comma_grouped, plain_digits)).parse(i),
            Some(b' ') => alt((space_grouped, plain_digits)).parse(i),
            _ => plain_digits(i),
        };
        let (rest, text) = old.unwrap();
        let (new_rest, n) = digits(i).unwrap();
        assert_eq!(new_rest, rest, "{i}");
        assert_eq!(
            format!("{n:?}"),
            format!("{:?}", numeral_of_digits(text)),
            "{i}"
        );
    }
}
