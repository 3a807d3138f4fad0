//! A rank standing a few words before its title (`Deputy works council
//! chair`, `the deputy finance minister`): the words between name the body
//! or portfolio the post is in.

use super::super::titles;
use super::super::token::{Case, Kind, Token};

/// Where a rank word stands one to three lower-case words before the title
/// at `j` whose key is `key` (`Deputy works council chair`: at `Deputy`):
/// the words between are the body or portfolio the post is in, never a
/// function word or a title of their own. `None` for a title already ranked.
pub(super) fn rank_before(ts: &[Token<'_>], j: usize, key: &str) -> Option<usize> {
    if titles::is_ranked(key) || j < 2 {
        return None;
    }
    let mut l = j;
    while l > 0
        && j - l < 3
        && ts[l - 1].kind == Kind::Word(Case::Lower)
        && !titles::is_rank_word(&ts[l - 1])
        && !titles::is_title_word(ts[l - 1].text)
        && !FUNCTION_WORDS.iter().any(|w| ts[l - 1].is(w))
    {
        l -= 1;
    }
    (l < j && l > 0 && titles::is_rank_word(&ts[l - 1])).then_some(l - 1)
}

/// Words that never stand inside a post's name between its rank and title.
const FUNCTION_WORDS: &[&str] = &[
    "and", "or", "of", "for", "the", "a", "an", "in", "at", "to", "with", "by", "on", "as", "its",
    "their", "his", "her", "is", "was", "who", "that", "which", "said", "says",
];
/// True when the title at token `j` is written after `co-` (`co-captain`,
/// `co-CFO`): a post held jointly, never the one-holder post it names.
pub(super) fn joint(ts: &[Token<'_>], j: usize) -> bool {
    j >= 2
        && ts[j - 1].is_punct('-')
        && !ts[j - 1].space_before
        && !ts[j].space_before
        && ts[j - 2].is("co")
}
