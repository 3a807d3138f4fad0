//! Inline spaces as news pages write them.
//!
//! nom's `space0`/`space1` take only the ASCII space and tab, but pages put a
//! no-break space (U+00A0), a narrow no-break space (U+202F), a thin space
//! (U+2009) or a figure space (U+2007) between a figure and its scale word,
//! unit or qualifier (`$35.9\u{a0}billion`, `12\u{202f}per cent`) so that a
//! line never breaks inside the figure. These take the same signature as
//! nom's and are what the number, quantity and time grammars use, so a
//! figure reads the same whichever of these spaces its page uses.

use nom::error::{ErrorKind, ParseError};
use nom::{AsChar, IResult, Input};

/// True for a space that may sit inside a line of prose.
pub fn is_inline_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}'
    )
}

/// Zero or more inline spaces (nom's `space0`, with the Unicode spaces).
pub fn space0<T, E: ParseError<T>>(input: T) -> IResult<T, T, E>
where
    T: Input,
    <T as Input>::Item: AsChar,
{
    input.split_at_position_complete(|item| !is_inline_space(item.as_char()))
}

/// One or more inline spaces (nom's `space1`, with the Unicode spaces).
pub fn space1<T, E: ParseError<T>>(input: T) -> IResult<T, T, E>
where
    T: Input,
    <T as Input>::Item: AsChar,
{
    input.split_at_position1_complete(|item| !is_inline_space(item.as_char()), ErrorKind::Space)
}

#[cfg(test)]
mod tests {
    use super::*;

    type R<'a> = IResult<&'a str, &'a str>;

    #[test]
    fn takes_every_inline_space() {
        let r: R = space0(" \u{a0}\u{202f}\u{2009}\u{2007}\tbillion");
        assert_eq!(r.unwrap().0, "billion");
        let r: R = space1("\u{a0}million");
        assert_eq!(r.unwrap(), ("million", "\u{a0}"));
    }

    #[test]
    fn stops_at_a_line_break_and_needs_one_for_space1() {
        let r: R = space0("\nbillion");
        assert_eq!(r.unwrap().0, "\nbillion");
        let r: R = space1("billion");
        assert!(r.is_err());
        let r: R = space0("");
        assert_eq!(r.unwrap(), ("", ""));
    }
}
