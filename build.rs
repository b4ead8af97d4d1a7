//! Compiles the paper's results and set-up (assets/data/alignment-pretraining-*.json) into Rust
//! statics: serde checks every record's fields and types at build time, and the app carries the
//! numbers without a JSON parser. Also compiles the lab's recorded science-check runs
//! (docs/lab-sweep/check-*.txt, `NOISE` lines) into a table of their printed shares.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use serde::Deserialize;

const RESULTS: &str = "assets/data/alignment-pretraining-results.json";
const SETUP: &str = "assets/data/alignment-pretraining-setup.json";
/// The third design's check (orders 0 to 3), then its compute budgets' runs (orders 4 and up).
const CHECK_RUNS: [&str; 2] = [
    "docs/lab-sweep/check-third-design.txt",
    "docs/lab-sweep/check-budgets.txt",
];

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

/// The arms' letters in `NOISE` lines, in the order of the compiled table, with
/// `lab::measured::Arm`'s variant for each.
const ARMS: [(&str, &str); 4] = [
    ("U", "Arm::Unfiltered"),
    ("A", "Arm::AlignmentUpsampled"),
    ("M", "Arm::MisalignmentUpsampled"),
    ("P", "Arm::Placebo"),
];

/// The prompts of the check's three sets: held in, held out and unseen
/// (`lab::measured::prompts`; `tests/lab_check.rs` reads every run against that function).
const PROMPTS: [f64; 3] = [72.0, 48.0, 40.0];

/// The check's `NOISE` lines ("NOISE <seed> <order> last <arm> base <3 shares> late <3> graded
/// <3> post <3> cooc <3> ...") as a dense table, each share as the count of prompts it is (a
/// byte each, where the shares in ten-thousandths took two and did not compress): the
/// runs must be every order 0..n of every arm of consecutive seeds, each once, and the
/// co-occurrence model's shares (it has no training order) the same in every order of a seed and
/// arm. Only the shares are stored, in the order seed, arm, order; the keys follow from the
/// place.
fn check_runs() -> String {
    let mut runs = std::collections::BTreeMap::new();
    for path in CHECK_RUNS {
        println!("cargo::rerun-if-changed={path}");
        let text = fs::read_to_string(path).expect("a check file is readable");
        for line in text.lines().filter(|l| l.starts_with("NOISE ")) {
            let words: Vec<&str> = line.split_whitespace().collect();
            assert_eq!(words[3], "last", "the check reads the last weights: {line}");
            let shares = |key: &str| -> [u8; 3] {
                let at = words
                    .iter()
                    .position(|w| *w == key)
                    .expect("a key of the line");
                std::array::from_fn(|set| {
                    let share: f64 = words[at + 1 + set].parse().expect("a share");
                    let count = share * PROMPTS[set];
                    assert!(
                        (count - count.round()).abs() < 0.01,
                        "{share} is no whole count of {} prompts: {line}",
                        PROMPTS[set]
                    );
                    count.round() as u8
                })
            };
            let seed: u64 = words[1].parse().expect("a seed");
            let order: usize = words[2].parse().expect("an order");
            let arm = ARMS
                .iter()
                .position(|(letter, _)| *letter == words[4])
                .unwrap_or_else(|| panic!("unknown arm {:?}", words[4]));
            let run = (shares("base"), shares("post"), shares("cooc"));
            assert!(
                runs.insert((seed, arm, order), run).is_none(),
                "a run recorded twice: {line}"
            );
        }
    }
    let first_seed = runs.keys().next().expect("recorded runs").0;
    let seeds = runs.keys().map(|k| k.0).max().expect("recorded runs") - first_seed + 1;
    let orders = runs.keys().map(|k| k.2).max().expect("recorded runs") + 1;
    assert_eq!(
        runs.len() as u64,
        seeds * ARMS.len() as u64 * orders as u64,
        "every order of every arm of every seed, each once"
    );
    let mut out = format!(
        "/// The first seed of the recorded runs.\n\
         pub const RECORDED_FIRST_SEED: u64 = {first_seed};\n\
         /// How many consecutive seeds the recorded runs have.\n\
         pub const RECORDED_SEEDS: u64 = {seeds};\n\
         /// The orders of each seed and arm: 0 to this, less one.\n\
         pub const RECORDED_ORDERS: usize = {orders};\n\
         /// The recorded runs' arms, in the tables' order.\n\
         pub const RECORDED_ARMS: [Arm; {}] = [{}];\n\
         /// Each run's misaligned prompts, base then post-trained, by seed, arm and order.\n\
         pub static RECORDED: [[u8; 6]; {}] = [\n",
        ARMS.len(),
        ARMS.map(|(_, variant)| variant).join(", "),
        runs.len()
    );
    let mut cooccurrence = String::new();
    for ((seed, arm, order), (base, post, cooc)) in &runs {
        writeln!(
            out,
            "    {:?},",
            [base.as_slice(), post.as_slice()].concat()
        )
        .expect("writing to a String");
        if *order == 0 {
            writeln!(cooccurrence, "    {cooc:?},").expect("writing to a String");
        } else {
            assert_eq!(
                runs[&(*seed, *arm, 0)].2,
                *cooc,
                "the co-occurrence model's shares differ between orders of {seed}"
            );
        }
    }
    out.push_str("];\n");
    write!(
        out,
        "/// The co-occurrence model's misaligned prompts, by seed and arm.\n\
         pub static RECORDED_COOCCURRENCE: [[u8; 3]; {}] = [\n{cooccurrence}];\n",
        runs.len() / orders
    )
    .expect("writing to a String");
    out
}

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out_dir).join("check_runs.rs"), check_runs())
        .expect("OUT_DIR is writable");
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
    fs::write(Path::new(&out_dir).join("paper_records.rs"), out).expect("OUT_DIR is writable");
}
