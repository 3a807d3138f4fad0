//! British and American spellings of one word (`Centre`/`Center`,
//! `Labour`/`Labor`, `Organisation`/`Organization`, `Defence`/`Defense`,
//! `Programme`/`Program`): outlets write an institution's name in their own
//! house spelling, which is no slip.

/// `word` in American spelling, lower case.
fn american(word: &str) -> String {
    let w = word.to_lowercase();
    for (gb, us) in [
        ("programme", "program"),
        ("defence", "defense"),
        ("offence", "offense"),
        ("licence", "license"),
        ("catalogue", "catalog"),
    ] {
        if let Some(stem) = w.strip_suffix(gb) {
            return format!("{stem}{us}");
        }
    }
    for (gb, us) in [
        ("isation", "ization"),
        ("isations", "izations"),
        ("ise", "ize"),
        ("ised", "ized"),
        ("our", "or"),
        ("ours", "ors"),
        ("tre", "ter"),
        ("tres", "ters"),
    ] {
        if let Some(stem) = w.strip_suffix(gb)
            && stem.chars().count() >= 3
        {
            return format!("{stem}{us}");
        }
    }
    w
}

/// True when `a` and `b` are one name in two house spellings.
pub(super) fn same_in_american(a: &str, b: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    a != b && wa.len() == wb.len() && wa.iter().zip(&wb).all(|(x, y)| american(x) == american(y))
}

#[cfg(test)]
mod tests {
    use super::same_in_american;

    #[test]
    fn house_spellings_are_one_name() {
        assert!(same_in_american(
            "Seismological Centre",
            "Seismological Center"
        ));
        assert!(same_in_american("Labour Department", "Labor Department"));
        assert!(same_in_american(
            "World Health Organisation",
            "World Health Organization"
        ));
        assert!(same_in_american(
            "Ministry of Defence",
            "Ministry of Defense"
        ));
        assert!(!same_in_american("Beth Galleti", "Beth Galetti"));
        assert!(!same_in_american("Peter", "Petra"));
    }
}
