//! The tables under `tables/`: `## section` headings, `#` comments, one row
//! per line with fields split on ` | `.

/// The rows of one `## section` of `table`, split into trimmed fields.
pub fn rows(table: &'static str, name: &str) -> Vec<Vec<&'static str>> {
    let mut current = "";
    let mut rows = Vec::new();
    for line in table.lines() {
        let line = line.trim();
        if let Some(h) = line.strip_prefix("## ") {
            current = h.trim();
        } else if !line.is_empty() && !line.starts_with('#') && current == name {
            rows.push(line.split(" | ").map(str::trim).collect());
        }
    }
    assert!(!rows.is_empty(), "no rows under ## {name}");
    rows
}
