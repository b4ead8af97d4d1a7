//! The compiled paper data equals its JSON source, every query the page makes finds exactly one
//! record, and the headline numbers are the paper's.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use explainers::alignment::paper::{
    question_count, setup_fact, Evidence, PaperVersion, RECORDS, SETUP,
};
use explainers::alignment::results::{
    base_figure, base_stated, insertion_figure, post_figure, post_stated_hhh, Condition, EvalSet,
    InsertionRow, PostPrompt,
};
use explainers::binomial::clopper_pearson_95;
use serde_json::Value;

fn json(path: &str) -> Vec<Value> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap()
}

#[test]
fn compiled_records_equal_the_json_field_by_field() {
    let source = json("assets/data/alignment-pretraining-results.json");
    assert_eq!(RECORDS.len(), source.len());
    assert_eq!(RECORDS.len(), 135);
    for (record, value) in RECORDS.iter().zip(&source) {
        assert_eq!(record.source, value["source"]);
        assert_eq!(record.condition, value["condition"]);
        assert_eq!(record.stage, value["stage"]);
        assert_eq!(record.prompt, value["prompt"]);
        assert_eq!(record.eval_set, value["eval_set"]);
        assert_eq!(record.note, value["note"]);
        assert_eq!(
            Some(record.misalignment_rate),
            value["misalignment_rate"].as_f64()
        );
        let evidence = match record.evidence {
            Evidence::Stated => "stated",
            Evidence::DraftTable => "draft-table",
            Evidence::FigureRead => "figure-read",
        };
        assert_eq!(evidence, value["evidence"]);
        let version = value["paper_version"].as_str().unwrap();
        assert_eq!(
            record.version == PaperVersion::Arxiv,
            version.starts_with("arXiv")
        );
    }
}

#[test]
fn compiled_setup_equals_the_json() {
    let source = json("assets/data/alignment-pretraining-setup.json");
    assert_eq!(SETUP.len(), source.len());
    for (fact, value) in SETUP.iter().zip(&source) {
        assert_eq!(fact.key, value["key"]);
        assert_eq!(fact.shown, value["shown"]);
        assert_eq!(Some(fact.value), value["value"].as_f64());
        assert_eq!(fact.source, value["source"]);
    }
    assert_eq!(question_count("article"), Some(2671.0));
    assert_eq!(question_count("textbook"), Some(1505.0));
    assert_eq!(setup_fact("parameters").map(|f| f.value), Some(6.9e9));
}

#[test]
fn the_page_data_is_the_shared_reference_file() {
    // CI lays shared/ beside the checkout; a developer clone without it has nothing to compare.
    let reference = "../shared/reference/alignment-pretraining-results.json";
    if Path::new(reference).exists() {
        assert_eq!(
            json("assets/data/alignment-pretraining-results.json"),
            json(reference)
        );
    } else {
        eprintln!("{reference} is not beside this checkout; compared with assets only");
    }
}

fn rate(query: explainers::alignment::paper::Query) -> f64 {
    query
        .find()
        .unwrap_or_else(|| panic!("no single record for {query:?}"))
        .misalignment_rate
}

#[test]
fn the_headline_numbers_are_the_papers() {
    let stated: Vec<f64> = Condition::ALL
        .iter()
        .map(|c| rate(base_stated(*c)))
        .collect();
    assert_eq!(stated, [0.45, 0.31, 0.51, 0.09]);
    let hhh: Vec<f64> = Condition::ALL
        .iter()
        .map(|c| rate(post_stated_hhh(*c)))
        .collect();
    assert_eq!(hhh, [0.34, 0.28, 0.21, 0.09]);
    let textbook: Vec<f64> = Condition::ALL
        .iter()
        .map(|c| rate(base_figure(*c, EvalSet::Textbook)))
        .collect();
    assert_eq!(textbook, [0.397, 0.218, 0.403, 0.06]);
    let instructions: Vec<f64> = Condition::ALL
        .iter()
        .map(|c| rate(post_figure(*c, PostPrompt::InstructionsOnly)))
        .collect();
    assert_eq!(instructions, [0.349, 0.309, 0.27, 0.133]);
}

#[test]
fn every_query_the_page_makes_finds_exactly_one_record() {
    for condition in Condition::ALL {
        for set in [EvalSet::Article, EvalSet::Textbook] {
            assert!(
                base_figure(condition, set).find().is_some(),
                "{condition:?} {set:?}"
            );
        }
        assert!(base_stated(condition).find().is_some());
        assert!(post_stated_hhh(condition).find().is_some());
        for prompt in [PostPrompt::InstructionsOnly, PostPrompt::Hhh] {
            assert!(
                post_figure(condition, prompt).find().is_some(),
                "{condition:?} {prompt:?}"
            );
        }
    }
    for row in InsertionRow::ALL {
        for post in [false, true] {
            for set in [EvalSet::Article, EvalSet::Textbook] {
                assert!(
                    insertion_figure(row, post, set).find().is_some(),
                    "{row:?} {post} {set:?}"
                );
            }
        }
    }
    assert_eq!(
        rate(insertion_figure(
            InsertionRow::Alignment(
                explainers::alignment::results::Insertion::ContinuedPretraining
            ),
            false,
            EvalSet::Article
        )),
        0.009
    );
}

#[test]
fn clopper_pearson_intervals_contain_the_rate_and_match_a_known_value() {
    // 45% of 2,671 questions: 1,202 misaligned answers.
    let (lo, hi) = clopper_pearson_95(1202.0, 2671.0).unwrap();
    assert!(lo < 0.45 && 0.45 < hi);
    assert!((hi - lo - 0.0379).abs() < 0.001, "width {}", hi - lo);
    // A textbook case: 0 of 10 gives [0, 0.3085].
    let (lo, hi) = clopper_pearson_95(0.0, 10.0).unwrap();
    assert_eq!(lo, 0.0);
    assert!((hi - 0.308_5).abs() < 1e-4, "{hi}");
    // 5 of 10: [0.1871, 0.8129].
    let (lo, hi) = clopper_pearson_95(5.0, 10.0).unwrap();
    assert!(
        (lo - 0.187_1).abs() < 1e-4 && (hi - 0.812_9).abs() < 1e-4,
        "{lo} {hi}"
    );
    assert_eq!(clopper_pearson_95(11.0, 10.0), None);
    assert_eq!(clopper_pearson_95(1.5, 10.0), None);
    assert_eq!(clopper_pearson_95(0.0, 0.0), None);
}
