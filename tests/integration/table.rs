//! The tables under `tables/`: `## section` headings, `#` comments, one row
//! per line with fields split on ` | `.

/// The rows of one `## section` of `table`, split into trimmed fields.
pub fn rows(table: &'static str, name: &str) -> Vec<Vec<&'static str>> {
    let rows = factlint::extract::phrase::section(table, name);
    assert!(!rows.is_empty(), "no rows under ## {name}");
    rows
}
