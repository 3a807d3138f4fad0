//! Where a figure may start and which bare figures name a thing: a digit
//! continuing an identifier (`COVID-19`) starts none, the second side of a
//! score (`2-1`) does; `Windows 11` is a name, `England 1–0` a score.

use super::*;

impl Scanner<'_> {
    /// A digit starts a candidate unless it continues an identifier (`COVID-19`, `Q2`, `@x.11`).
    pub(super) fn digit_may_start(&self, i: usize) -> bool {
        let b = self.text().as_bytes();
        if i == 0 {
            return true;
        }
        let p = b[i - 1];
        if is_word_byte(p) || matches!(p, b'@' | b'#' | b'/' | b'\\' | b':' | b'&' | b'=' | b'^') {
            return false;
        }
        // `won 2-1`, `6-2, 6-3`: the second side of a score, after a figure
        // read up to the hyphen (a range going up, `10-12`, was read whole).
        // One to three digits, no thousands group or decimal after them.
        let small_run = |from: usize| {
            let n = b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
            let grouped = matches!(b.get(from + n), Some(b',' | b'.'))
                && b.get(from + n + 1).is_some_and(u8::is_ascii_digit);
            (1..=3).contains(&n) && !grouped
        };
        if p == b'-'
            && i >= 2
            && b[i - 2].is_ascii_digit()
            && self.out.last().is_some_and(|f| {
                f.span.end == i - 1 && f.span.len() <= 3 && small_run(f.span.start)
            })
            && small_run(i)
        {
            return true;
        }
        if matches!(p, b'.' | b'-') && i >= 2 && (is_word_byte(b[i - 2]) || b[i - 2] == b'.') {
            return false;
        }
        true
    }

    /// `Windows 11`, `Python 3.11`, `No. 1`, `version 2`: a bare figure naming a thing.
    pub(super) fn is_version_or_name(&self, start: usize, fig: &Figure) -> bool {
        if fig.currency.is_some()
            || fig.measure != Measure::Count
            || fig.scale != 1.0
            || fig.second.is_some()
            || !matches!(fig.first.form, Form::Plain | Form::Decimal)
        {
            return false;
        }
        let text = self.text();
        // `beat England 1–0`, `Spain 2-1 England`: a score, not `England`'s number.
        let mut after = text[fig.end..].chars();
        if matches!(after.next(), Some('-' | '\u{2013}'))
            && after.next().is_some_and(|c| c.is_ascii_digit())
        {
            return false;
        }
        let (floor, _) = self.sentence_floor(start);
        let before = &text[floor..start];
        let trimmed = before.trim_end();
        // Two spaces or more are a table's cell boundary (`Civic Union | 35`, blanked).
        let gap = before.len() - trimmed.len();
        if (gap == 0 && !before.is_empty()) || gap >= 2 {
            return false;
        }
        let prev_word = trimmed
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '.' || c == '#'))
            .next()
            .unwrap_or("");
        let lw = prev_word.to_ascii_lowercase();
        if matches!(
            lw.as_str(),
            "version" | "v" | "v." | "no." | "#" | "ver." | "release" | "model" | "type"
        ) {
            return true;
        }
        // `Windows 11`, and camel-case names too: `iOS 17`, `iPhone 15`.
        let capital = prev_word.chars().any(char::is_uppercase);
        let sentence_initial = trimmed.len() == prev_word.len();
        capital
            && !sentence_initial
            && month(lw.trim_end_matches('.')).is_none()
            && !is_function_word(&lw)
            && !list_counts::labelled_item(text, start)
            && !list_counts::labelled_list(
                before,
                &text[fig.end..self.sentence_floor(start).1.max(fig.end)],
            )
    }
}
