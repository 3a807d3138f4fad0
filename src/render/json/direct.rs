//! Claim JSON written straight to a buffer, for `claims --format json`.
//!
//! The claims array is most of what `claims --format json` writes, and
//! serde's map machinery spent more on each key (the string escaper and
//! half a dozen formatter and writer calls) than on the values. This
//! writes the claim's fixed shape itself in [`Printable`]'s layout; it does
//! not replace `ClaimJson`'s `Serialize`, which stays the reference the
//! tests hold it to, byte for byte.

use super::*;

impl ClaimJson<'_> {
    /// Writes the claim to `out` as serialising it through
    /// [`Printable::at_depth`]`(depth)` does, byte for byte (tested on
    /// every claim of the fixtures), without serde's work per key: each key
    /// went through the string escaper and half a dozen writer calls.
    /// Values of the rarer, richer types (a source's, a rule-set quantity,
    /// a currency code) still go through serde at the depth they sit at.
    pub fn write_to(&self, out: &mut Vec<u8>, depth: usize) {
        let (doc, c) = (self.doc, self.claim);
        let mut w = Direct {
            out,
            depth,
            first: true,
        };
        w.open();
        w.key("file");
        w.string(&doc.path);
        w.key("span");
        w.span(&span(doc, self.lines, c.span));
        let shown = doc.original_span(c.span);
        w.key("text");
        w.string(
            doc.original_text()
                .get(shown.start..shown.end)
                .unwrap_or(""),
        );
        w.key("kind");
        w.string(c.kind_name());
        match &c.kind {
            ClaimKind::Quantity(q) => {
                w.key("value");
                w.num(q.value);
                w.key("low");
                w.num(Some(q.interval.low));
                w.key("high");
                w.num(Some(q.interval.high));
                w.key("unit");
                w.string(q.unit.as_str());
                w.key("currency");
                w.serde(&q.currency);
                w.key("noun");
                w.opt(q.noun.as_ref().map(|n| n.as_str()));
                w.key("qualifier");
                w.opt(q.qualifier.as_ref().map(|x| x.words.as_str()));
                w.key("direction");
                w.opt(q.qualifier.as_ref().map(|x| x.kind.as_str()));
                if let Some(p) = &q.period {
                    w.key("period");
                    w.string(&p.to_string());
                }
                if q.vague {
                    w.key("vague");
                    w.out.extend_from_slice(b"true");
                }
            }
            ClaimKind::Entity(e) => {
                w.key("name");
                w.string(e.name.as_str());
            }
            ClaimKind::Role(r) => {
                w.key("org");
                w.opt(r.org.as_deref());
                w.key("title");
                w.string(&r.title);
                w.key("title_key");
                w.string(&r.title_key);
                w.key("person");
                w.string(&r.person);
                w.key("qualifier");
                w.opt(r.qualifier.as_deref());
            }
            ClaimKind::Quote(q) => {
                w.key("speaker");
                w.opt(q.speaker.as_deref());
                w.key("quote");
                w.string(&q.quote);
            }
        }
        if let Some(info) = doc.source_info() {
            w.key("in_source");
            w.serde(&SourceInfoJson {
                author: &info.author,
                kind: &info.kind,
            });
        }
        if let Some(x) = self.matched {
            w.key("source");
            w.serde(&SourceJson {
                status: x.status,
                place: &x.place,
                text: &x.text,
                how: &x.how,
            });
        }
        match &self.resolved {
            Resolved::None => {}
            Resolved::Quantity { id, why } => {
                w.key("quantity");
                w.serde(&QuantityJson { id, why });
            }
            Resolved::Key(k) => {
                w.key("key");
                w.open();
                w.key("key");
                w.opt(k.key.as_ref().map(|key| key.to_string()).as_deref());
                w.key("why");
                w.string(&k.why);
                w.close();
            }
        }
        w.close();
    }
}

/// The diagnostics document as [`write_printable`] writes it for the
/// `Serialize` structs (tested), written to `w` a diagnostic or so at a
/// time (whenever 64 KB are ready) so memory does not grow with it.
pub(super) fn write_diagnostics<W: Write>(
    w: &mut W,
    findings: &[Finding],
    sources: &Sources<'_>,
    summary: Summary,
) -> io::Result<()> {
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let mut buf = Vec::with_capacity(1 << 17);
    let mut d = Direct {
        out: &mut buf,
        depth: 0,
        first: true,
    };
    d.open();
    d.key("version");
    d.uint(JSON_VERSION as usize);
    d.key("diagnostics");
    d.open_array();
    for f in findings {
        d.element();
        let p = label(sources, &f.primary);
        d.open();
        d.key("check");
        d.string(f.check);
        d.key("rule");
        d.opt(f.rule.as_deref());
        for (k, v) in [
            ("severity", f.severity.as_str()),
            ("message", &f.message),
            ("file", p.file),
        ] {
            d.key(k);
            d.string(v);
        }
        d.key("span");
        d.span(&p.span);
        d.key("text");
        d.string(p.text);
        d.key("related");
        d.open_array();
        for l in &f.related {
            let l = label(sources, l);
            d.element();
            d.open();
            d.key("file");
            d.string(l.file);
            d.key("span");
            d.span(&l.span);
            d.key("text");
            d.string(l.text);
            d.key("message");
            d.string(l.message);
            d.close();
        }
        d.close_array();
        d.key("help");
        d.string(&f.help);
        d.close();
        if d.out.len() >= 1 << 16 {
            w.write_all(d.out)?;
            d.out.clear();
        }
    }
    d.close_array();
    d.key("summary");
    d.open();
    for (k, v) in [
        ("files", summary.files),
        ("claims", summary.claims),
        ("errors", count(Severity::Error)),
        ("warnings", count(Severity::Warning)),
        ("notes", count(Severity::Note)),
        ("suppressed", summary.suppressed),
    ] {
        d.key(k);
        d.uint(v);
    }
    d.close();
    d.close();
    d.out.push(b'\n');
    w.write_all(d.out)
}

/// A writer of the layout [`Printable`] gives, for values whose shape is
/// known: keys written as they are (the claim's keys need no escape).
struct Direct<'o> {
    out: &'o mut Vec<u8>,
    depth: usize,
    /// No key written yet in the open object.
    first: bool,
}

impl Direct<'_> {
    fn open(&mut self) {
        self.out.push(b'{');
        self.depth += 1;
        self.first = true;
    }

    fn close(&mut self) {
        self.depth -= 1;
        if !self.first {
            self.line();
        }
        self.out.push(b'}');
        // The object was a value of a key of the one around it.
        self.first = false;
    }

    #[inline]
    fn line(&mut self) {
        // The depths of a claim in the claims array, as slices of a known
        // length (copied without a call).
        match self.depth {
            3 => return self.out.extend_from_slice(b"\n      "),
            4 => return self.out.extend_from_slice(b"\n        "),
            _ => {}
        }
        self.out.push(b'\n');
        let spaces = 2 * self.depth;
        let run = &BREAK[2..];
        if spaces <= run.len() {
            self.out.extend_from_slice(&run[..spaces]);
        } else {
            self.out.resize(self.out.len() + spaces, b' ');
        }
    }

    #[inline]
    fn key(&mut self, k: &str) {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
        self.line();
        self.out.push(b'"');
        self.out.extend_from_slice(k.as_bytes());
        self.out.extend_from_slice(b"\": ");
    }

    fn open_array(&mut self) {
        self.out.push(b'[');
        self.depth += 1;
        self.first = true;
    }

    /// The start of an array's next element.
    fn element(&mut self) {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
        self.line();
    }

    fn close_array(&mut self) {
        self.depth -= 1;
        if !self.first {
            self.line();
        }
        self.out.push(b']');
        self.first = false;
    }

    /// `{"start", "end", "line", "column"}`.
    fn span(&mut self, sp: &SpanJson) {
        self.open();
        for (k, v) in [
            ("start", sp.start),
            ("end", sp.end),
            ("line", sp.line),
            ("column", sp.column),
        ] {
            self.key(k);
            self.uint(v);
        }
        self.close();
    }

    /// A string as serde escapes it: at once when nothing in it needs
    /// serde's escapes (only, maybe, [`Printable`]'s).
    fn string(&mut self, s: &str) {
        // One pass over every byte, without stopping (it vectorises): bit 0
        // for what serde escapes, bit 1 for a byte from DEL up.
        let marks = s.bytes().fold(0u8, |a, b| {
            a | u8::from(b < 0x20 || b == b'"' || b == b'\\') | (u8::from(b >= 0x7f) << 1)
        });
        if marks & 1 != 0 {
            return self.serde(s);
        }
        self.out.push(b'"');
        if marks == 0 {
            self.out.extend_from_slice(s.as_bytes());
        } else {
            // Writing to a Vec cannot fail.
            let _ = Printable::at_depth(0).write_string_fragment(&mut *self.out, s);
        }
        self.out.push(b'"');
    }

    fn opt(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.string(s),
            None => self.out.extend_from_slice(b"null"),
        }
    }

    fn uint(&mut self, n: usize) {
        let _ = serde_json::ser::CompactFormatter.write_u64(&mut *self.out, n as u64);
    }

    /// A number as [`Num`] writes it (`None` as `null`).
    fn num(&mut self, v: Option<f64>) {
        let Some(v) = v.filter(|v| v.is_finite()) else {
            return self.out.extend_from_slice(b"null");
        };
        let f = &mut serde_json::ser::CompactFormatter;
        // A whole number under a billion is its own `tidy` (ten significant
        // digits are kept, and such a number times a power of ten is exact):
        // most figures, years and bounds skip the logarithm (tested).
        if v.fract() == 0.0 && v.abs() < 1e9 {
            let _ = f.write_i64(&mut *self.out, v as i64);
            return;
        }
        let v = tidy(v);
        let _ = if v.fract() == 0.0 && v.abs() < 9.0e15 {
            f.write_i64(&mut *self.out, v as i64)
        } else if v.is_finite() {
            f.write_f64(&mut *self.out, v)
        } else {
            f.write_null(&mut *self.out)
        };
    }

    /// Any value through serde, at this depth.
    fn serde<T: Serialize + ?Sized>(&mut self, v: &T) {
        let mut ser =
            serde_json::Serializer::with_formatter(&mut *self.out, Printable::at_depth(self.depth));
        let _ = v.serialize(&mut ser);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::ClaimId;
    use crate::source::{DocId, Document};

    fn read_dir(d: &str) -> Vec<std::path::PathBuf> {
        let mut files: Vec<_> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "md" || x == "txt"))
            .collect();
        files.sort();
        files
    }

    /// The diagnostics written directly are what serde writes, over
    /// findings with related labels, rules and escapes, and over none.
    #[test]
    fn diagnostics_written_directly_are_what_serde_writes() {
        let mut files = read_dir("fixtures/amazon-2025");
        // The first firing case of every check, and twelve tuning folders.
        let sorted = |d: std::path::PathBuf| {
            let mut v: Vec<_> = std::fs::read_dir(d)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.is_dir())
                .collect();
            v.sort();
            v
        };
        for check in sorted("fixtures/checks".into()) {
            if let Some(case) = sorted(check.join("fires")).first() {
                files.extend(read_dir(&case.to_string_lossy()));
            }
        }
        // Only story folders: a claims cache (`.factlint_cache`) left by a run
        // from inside the folder has no drafts.
        let stories = sorted("fixtures/real-style".into());
        for story in stories
            .iter()
            .filter(|s| s.join("drafts").is_dir())
            .take(12)
        {
            files.extend(read_dir(&story.join("drafts").to_string_lossy()));
        }
        let mut docs: Vec<Document> = files
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let text = std::fs::read_to_string(p).unwrap();
                Document::new(DocId(i as u32), p.to_string_lossy(), text)
            })
            .collect();
        docs.push(Document::new(
            DocId(docs.len() as u32),
            "ctl \"q\"\\.txt",
            "Acme Corp cut 500 jobs.\nAcme Corp cut 600\u{202e} jobs, Ann \"Lee\" said.\n",
        ));
        let text = std::fs::read_to_string("rules/amazon-2025.yaml").unwrap();
        let sets = [crate::rules::compile::compile("rules/amazon-2025.yaml", &text, 0).unwrap()];
        let opts = crate::RunOptions {
            checks: true,
            ..Default::default()
        };
        let others: Vec<crate::source::OtherFile> = Vec::new();
        for (docs, sets) in [(&docs[..], &sets[..]), (&docs[..0], &sets[..0])] {
            let report = crate::run(docs, sets, &opts);
            let sources = Sources::new(docs, &others, crate::finding::places(&report.findings));
            let summary = Summary {
                files: docs.len(),
                claims: report.claims,
                suppressed: report.suppressed,
            };
            let mut want = Vec::new();
            write_printable(
                &mut want,
                &super::super::diagnostics_json(&report.findings, &sources, summary),
            )
            .unwrap();
            let mut got = Vec::new();
            write_diagnostics(&mut got, &report.findings, &sources, summary).unwrap();
            assert_eq!(
                String::from_utf8_lossy(&got),
                String::from_utf8_lossy(&want)
            );
            if !docs.is_empty() {
                assert!(report.findings.len() > 20);
                assert!(report.findings.iter().any(|f| !f.related.is_empty()));
                assert!(got.len() > 1 << 16);
            }
        }
    }

    /// Whole numbers under a billion are their own `tidy`.
    #[test]
    fn whole_numbers_under_a_billion_are_tidy_already() {
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for n in 0..2_000_000u64 {
            assert_eq!(tidy(n as f64), n as f64);
            assert_eq!(tidy(-(n as f64)), -(n as f64));
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = (x % 1_000_000_000) as f64;
            assert_eq!(tidy(v), v, "{v}");
        }
        assert_eq!(tidy(999_999_999.0), 999_999_999.0);
    }

    /// Every claim written directly is the bytes serde writes for it, at
    /// the claims array's depth and at the top: figures with and without
    /// keys, rule-set quantities, primary sources and their matches,
    /// hidden characters and escapes.
    #[test]
    fn claims_written_directly_are_what_serde_writes() {
        let mut files = read_dir("fixtures/amazon-2025");
        files.extend(read_dir("fixtures/sources/harbourline-release"));
        let mut tuning: Vec<_> = std::fs::read_dir("fixtures/real-style")
            .unwrap()
            .filter_map(|e| Some(e.ok()?.path().join("drafts")))
            .filter(|p| p.is_dir())
            .collect();
        tuning.sort();
        for t in tuning.iter().take(8) {
            files.extend(read_dir(&t.to_string_lossy()));
        }
        let mut docs: Vec<Document> = files
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let text = std::fs::read_to_string(p).unwrap();
                Document::new(DocId(i as u32), p.to_string_lossy(), text)
            })
            .collect();
        let release = "fixtures/sources/harbourline-release/sources/release.md";
        docs.push(Document::source(
            DocId(docs.len() as u32),
            release,
            std::fs::read_to_string(release).unwrap(),
            None,
            None,
        ));
        docs.push(Document::new(
            DocId(docs.len() as u32),
            "ctl \"q\"\\.txt",
            "Acme Corp cut 500 jobs. \u{201c}We cut\u{202e} costs\u{85} and\u{7f} staff \
             this\t\"year\",\u{201d} said Ann Lee\\, chief executive of Acme Corp.",
        ));
        let mut sets = Vec::new();
        for (i, r) in [
            "rules/amazon-2025.yaml",
            "fixtures/sources/harbourline-release/rules.yaml",
        ]
        .iter()
        .enumerate()
        {
            let text = std::fs::read_to_string(r).unwrap();
            sets.push(crate::rules::compile::compile(r, &text, i).unwrap());
        }
        let report = crate::run(&docs, &sets, &crate::RunOptions::default());
        let corpus = report.corpus;
        let bound = bindings_by_claim(&corpus.bindings);
        let matched = crate::render::claims::source_matches(&corpus);
        let (mut kinds, mut keyed, mut quantities, mut sourced) = (0, 0, 0, 0);
        for (d, doc) in corpus.docs.iter().enumerate() {
            let lines = LineIndex::new(doc.original_text());
            for k in 0..corpus.extractions[d].claims.len() {
                let id = ClaimId { doc: d, claim: k };
                let b = bound.get(&id).copied();
                let c = corpus_claim(&corpus, id, &lines, b, matched.get(&id));
                match c.resolved {
                    Resolved::Key(_) => keyed += 1,
                    Resolved::Quantity { .. } => quantities += 1,
                    Resolved::None => {}
                }
                sourced += usize::from(c.matched.is_some() || doc.source_info().is_some());
                kinds |= match c.claim.kind {
                    ClaimKind::Quantity(_) => 1,
                    ClaimKind::Entity(_) => 2,
                    ClaimKind::Role(_) => 4,
                    ClaimKind::Quote(_) => 8,
                };
                for depth in [0, 2] {
                    let mut want = Vec::new();
                    let mut ser = serde_json::Serializer::with_formatter(
                        &mut want,
                        Printable::at_depth(depth),
                    );
                    c.serialize(&mut ser).unwrap();
                    let mut got = Vec::new();
                    c.write_to(&mut got, depth);
                    assert_eq!(
                        String::from_utf8_lossy(&got),
                        String::from_utf8_lossy(&want)
                    );
                }
            }
        }
        assert_eq!(kinds, 15);
        assert!(keyed > 100 && quantities > 5 && sourced > 5);
    }
}
