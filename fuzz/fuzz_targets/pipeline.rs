//! The whole pipeline (`factlint::run`, checks on) on up to four drafts split
//! from the input at NUL or form feed, with or without a rule set, then the
//! JSON renderers. The first byte chooses: bit 0 raw UTF-8 or biased text,
//! bit 1 the invariant fixture's rule set. A panic anywhere (even one the
//! pipeline's guards would turn into an error) is a crash here.
#![no_main]
use factlint::render::json;
use factlint::source::{OtherFile, Sources};
use libfuzzer_sys::fuzz_target;

const RULES_PATH: &str = "rules.yaml";
const RULES: &str = include_str!("../../fixtures/checks/invariant/fires/share-of-staff/rules.yaml");

fuzz_target!(|data: &[u8]| {
    let Some((docs, with_rules)) = factlint_fuzz::pipeline_input(data) else {
        return;
    };
    let rule_sets = if with_rules {
        vec![factlint::rules::compile::compile(RULES_PATH, RULES, 0).expect("fixture compiles")]
    } else {
        Vec::new()
    };
    let opts = factlint::RunOptions {
        checks: true,
        ..Default::default()
    };
    let report = factlint::run(&docs, &rule_sets, &opts);
    assert!(
        report.errors.is_empty(),
        "pipeline errors: {:?}",
        report.errors
    );
    for (doc, ex) in docs.iter().zip(&report.corpus.extractions) {
        factlint_fuzz::check_spans(doc, ex);
    }
    let others = vec![OtherFile {
        path: RULES_PATH.into(),
        text: RULES.into(),
    }];
    let sources = Sources::new(&docs, &others, factlint::finding::places(&report.findings));
    let summary = json::Summary {
        files: docs.len(),
        claims: report.claims,
        suppressed: report.suppressed,
    };
    let out = json::diagnostics(&report.findings, &sources, summary);
    assert!(out.starts_with('{'), "diagnostics JSON: {out}");
    let claims = json::claims(&report.corpus);
    assert!(claims.starts_with('{'), "claims JSON: {claims}");
});
