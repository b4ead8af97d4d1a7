//! Compiles the paper's results and set-up (assets/data/alignment-pretraining-*.json) into Rust
//! statics: serde checks every record's fields and types at build time, and the app carries the
//! numbers without a JSON parser.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use serde::Deserialize;

const RESULTS: &str = "assets/data/alignment-pretraining-results.json";
const SETUP: &str = "assets/data/alignment-pretraining-setup.json";

/// One fact about the experiment's set-up, with its source.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SetupFact {
    key: String,
    label: String,
    value: f64,
    shown: String,
    evidence: String,
    /// `arxiv`, `draft` or `both`: which version of the paper states it.
    paper_version: String,
    /// What a reader must know beside the value (empty: nothing), shown with it.
    note: String,
    source: String,
}

/// One measured misalignment rate, exactly as the reference file has it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Record {
    source: String,
    condition: String,
    stage: String,
    prompt: String,
    eval_set: String,
    misalignment_rate: f64,
    note: String,
    evidence: String,
    paper_version: String,
}

fn evidence_variant(evidence: &str) -> &'static str {
    match evidence {
        "stated" => "Evidence::Stated",
        "draft-table" => "Evidence::DraftTable",
        "figure-read" => "Evidence::FigureRead",
        other => panic!("unknown evidence kind {other:?}"),
    }
}

fn setup_versions(version: &str) -> &'static str {
    match version {
        "arxiv" => "&[PaperVersion::Arxiv]",
        "draft" => "&[PaperVersion::Draft]",
        "both" => "&[PaperVersion::Arxiv, PaperVersion::Draft]",
        other => panic!("unknown set-up version {other:?}"),
    }
}

fn main() {
    println!("cargo::rerun-if-changed={RESULTS}");
    println!("cargo::rerun-if-changed={SETUP}");
    let text = fs::read_to_string(RESULTS).expect("the results file is readable");
    let records: Vec<Record> =
        serde_json::from_str(&text).expect("the results file matches the schema");
    let mut out = String::from("pub static RECORDS: &[PaperRecord] = &[\n");
    for r in &records {
        assert!(
            (0.0..=1.0).contains(&r.misalignment_rate),
            "a rate outside [0, 1]"
        );
        let evidence = evidence_variant(&r.evidence);
        let version = if r.paper_version.starts_with("arXiv") {
            "PaperVersion::Arxiv"
        } else if r.paper_version.starts_with("Dec 2025 draft") {
            "PaperVersion::Draft"
        } else {
            panic!("unknown paper version {:?}", r.paper_version)
        };
        // The reference file marks a prompt it attributes by inference ("HHH system prompt
        // (inferred: ...)"); the page must say so wherever it shows the value.
        let prompt_inferred = r.prompt.contains("inferred");
        writeln!(
            out,
            "    PaperRecord {{ source: {:?}, condition: {:?}, stage: {:?}, prompt: {:?}, eval_set: {:?}, \
             misalignment_rate: {:?}, note: {:?}, evidence: {evidence}, version: {version}, \
             prompt_inferred: {prompt_inferred} }},",
            r.source, r.condition, r.stage, r.prompt, r.eval_set, r.misalignment_rate, r.note
        )
        .expect("writing to a String");
    }
    out.push_str("];\n");

    let text = fs::read_to_string(SETUP).expect("the set-up file is readable");
    let facts: Vec<SetupFact> =
        serde_json::from_str(&text).expect("the set-up file matches the schema");
    out.push_str("pub static SETUP: &[SetupFact] = &[\n");
    for f in &facts {
        writeln!(
            out,
            "    SetupFact {{ key: {:?}, label: {:?}, value: {:?}, shown: {:?}, evidence: {}, \
             versions: {}, note: {:?}, source: {:?} }},",
            f.key,
            f.label,
            f.value,
            f.shown,
            evidence_variant(&f.evidence),
            setup_versions(&f.paper_version),
            f.note,
            f.source
        )
        .expect("writing to a String");
    }
    out.push_str("];\n");
    let path =
        Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("paper_records.rs");
    fs::write(path, out).expect("OUT_DIR is writable");
}
