//! The compiled paper data equals its JSON source, every query the page makes finds exactly one
//! record, and the headline numbers are the paper's.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use explainers::alignment::paper::{
    question_count, setup_fact, Evidence, PaperVersion, RECORDS, SETUP,
};
use explainers::alignment::results::{
    base_figure, base_stated, headline, hhh_provenance, insertion_figure, post_figure,
    post_stated_hhh, post_training_sentence, Condition, EvalSet, InsertionRow, PostPrompt,
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
        assert_eq!(record.evidence.word(), value["evidence"]);
        assert_eq!(
            record.prompt_inferred,
            value["prompt"].as_str().unwrap().contains("inferred")
        );
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
        assert_eq!(fact.note, value["note"]);
        assert_eq!(fact.evidence.word(), value["evidence"]);
        let version = match fact.versions {
            [PaperVersion::Arxiv] => "arxiv",
            [PaperVersion::Draft] => "draft",
            _ => "both",
        };
        assert_eq!(version, value["paper_version"], "{}", fact.key);
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

#[test]
fn draft_only_facts_are_labelled_as_the_drafts_wherever_they_are_quoted() {
    // The December 2025 draft's facts (reference notes §1): never shown as the arXiv version's.
    for key in [
        "synthetic_documents",
        "synthetic_tokens",
        "synthetic_aligned_tokens_draft",
        "synthetic_misaligned_tokens_draft",
        "filtered_share",
        "gpu_hours",
    ] {
        let fact = setup_fact(key).unwrap();
        assert!(fact.draft_only(), "{key}");
        assert_eq!(fact.version_label(), "Dec 2025 draft");
        assert!(fact.quoted().ends_with("(Dec 2025 draft)"), "{key}");
    }
    assert_eq!(
        setup_fact("questions").unwrap().version_label(),
        "arXiv version"
    );
    assert_eq!(
        setup_fact("parameters").unwrap().quoted(),
        "6.9 billion",
        "a fact both versions state is quoted as it is"
    );
    // The ~1B tokens are the whole synthetic set, aligned and misaligned together.
    assert!(setup_fact("synthetic_tokens")
        .unwrap()
        .label
        .contains("aligned and misaligned together"));
    // 4,174 beside 2,671 + 1,505 = 4,176: the questions card explains the two.
    let questions = setup_fact("questions").unwrap();
    assert!(questions.note.contains("4,176") && questions.note.contains("1,503"));
    assert_eq!(
        question_count("article").unwrap() + 1503.0,
        questions.value,
        "the LessWrong post's 1,503 textbook questions make the site's total"
    );
    // The filter's 9.30% is its hit rate, and the card says so.
    assert!(setup_fact("filtered_share")
        .unwrap()
        .note
        .contains("hit rate"));
}

#[test]
fn no_label_claims_stated_for_an_inferred_or_figure_read_value() {
    let inferred: Vec<&str> = RECORDS
        .iter()
        .filter(|r| r.prompt_inferred)
        .map(|r| r.condition)
        .collect();
    // Two stated HHH rates (Filtered, Misalignment upsampled) and Fig. 5's sixteen
    // post-training bars, whose "instructions only" prompt is inferred from Fig. 4.
    assert_eq!(inferred.len(), 18);
    for record in RECORDS.iter() {
        let label = record.kind_label();
        match (record.evidence, record.prompt_inferred) {
            (Evidence::Stated, false) => assert_eq!(label, "stated in the text"),
            (Evidence::Stated, true) => assert_eq!(label, "stated; prompt inferred from Fig. 4"),
            (Evidence::FigureRead, true) => {
                assert_eq!(
                    label,
                    "read off a figure, ±0.01; prompt inferred from Fig. 4"
                )
            }
            (Evidence::DraftTable | Evidence::FigureRead, false) => {
                assert!(!label.contains("stated"), "{label}")
            }
            (Evidence::DraftTable, true) => panic!("a draft table names its prompts"),
        }
    }
    // The post-training caption says which HHH numbers have an inferred prompt.
    let caption = hhh_provenance().unwrap();
    assert!(
        caption.contains("names the HHH prompt for 34% and 9%")
            && caption.contains("for 28% and 21% the prompt is inferred from Figure 4"),
        "{caption}"
    );
}

#[test]
fn what_the_page_says_about_post_training_is_what_the_data_shows() {
    // The paper's most striking post-training fact, said where post-training is discussed.
    let hhh = post_training_sentence(PostPrompt::Hhh).unwrap();
    assert!(
        hhh.contains("from 51% to 21%, below Unfiltered's 34%"),
        "{hhh}"
    );
    assert!(hhh.contains("Alignment upsampled stayed the least misaligned, at 9% before and after"));
    // With instructions only the alignment-upsampled model rose from 9% to 13.3%.
    let instructions = post_training_sentence(PostPrompt::InstructionsOnly).unwrap();
    assert!(
        instructions.contains("from 51% to 27%, below Unfiltered's 34.9%"),
        "{instructions}"
    );
    assert!(
        instructions.contains("though it rose from 9% to 13.3%"),
        "{instructions}"
    );
    assert_eq!(headline(), Some((0.45, 0.09)));
}

/// One entry of the reading list, as index.html writes it.
struct Reading {
    provenance: String,
    relation: String,
    date: String,
    link: String,
    title: String,
    finding: String,
}

/// The text between the first `start` and the next `end` in `text` ("" if absent).
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    text.split_once(start)
        .and_then(|(_, rest)| rest.split_once(end))
        .map_or("", |(inside, _)| inside)
}

/// The reading list, which is static HTML in index.html (readable before any script runs).
fn reading_list() -> Vec<Reading> {
    let html = std::fs::read_to_string("index.html").unwrap();
    let list = between(&html, "<ol class=\"timeline\">", "</ol>");
    list.split("<li ")
        .skip(1)
        .map(|item| Reading {
            provenance: between(item, "data-provenance=\"", "\"").to_owned(),
            relation: between(item, "data-relation=\"", "\"").to_owned(),
            date: between(item, "<time>", "</time>").to_owned(),
            link: between(item, "<a href=\"", "\"").to_owned(),
            title: between(item, "<cite>", "</cite>").to_owned(),
            finding: between(item, "<span class=\"finding\">", "</span>").to_owned(),
        })
        .collect()
}

#[test]
fn the_reading_list_is_sourced_dated_and_reaches_this_autumn() {
    let readings = reading_list();
    assert_eq!(readings.len(), 22);
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    // "Feb 2023", or "c. 2024" (approximate: the middle of the year, for ordering).
    let when = |date: &str| -> f64 {
        let date = date.trim_start_matches("c. ");
        match date.split_once(' ') {
            Some((month, year)) => {
                year.parse::<f64>().unwrap()
                    + months.iter().position(|m| *m == month).unwrap() as f64 / 12.0
            }
            None => date.parse::<f64>().unwrap() + 0.5,
        }
    };
    let mut last = 0.0;
    for r in &readings {
        let t = when(&r.date);
        assert!(t >= last, "{} is out of date order", r.title);
        last = t;
        // Linked to the work itself, or said to have no link.
        assert!(
            r.link.starts_with("https://") || (r.link.is_empty() && r.finding.contains("No link:")),
            "{}: {}",
            r.title,
            r.link
        );
        assert!(!r.title.is_empty());
        assert!(
            ["survey", "added"].contains(&r.provenance.as_str()),
            "{}",
            r.title
        );
        assert!(
            [
                "background",
                "the paper",
                "supports",
                "extends",
                "questions"
            ]
            .contains(&r.relation.as_str()),
            "{}",
            r.title
        );
        let line = r.finding.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(line.len() > 40, "{}: {line}", r.title);
        // A finding never just restates its title.
        assert!(!line.contains(&r.title), "{}", r.title);
    }
    // It reaches the months since the paper, with follow-ups that extend and question it.
    assert!(last >= 2026.0 + 7.0 / 12.0, "the list ends at {last}");
    for relation in ["supports", "extends", "questions"] {
        assert!(
            readings
                .iter()
                .any(|r| r.relation == relation && when(&r.date) >= 2026.0),
            "{relation}"
        );
    }
    // Turner's post, which named the idea, is there, added by this page; Maini et al. are the
    // page's addition, not the survey's.
    let by = |title: &str| {
        readings
            .iter()
            .find(|r| r.title.starts_with(title))
            .unwrap()
    };
    assert_eq!(by("Self-fulfilling misalignment").provenance, "added");
    assert_eq!(by("Self-fulfilling misalignment").date, "Mar 2025");
    assert_eq!(by("Safety Pretraining").provenance, "added");
    assert_eq!(by("Pretraining Language Models").provenance, "survey");
    // The paper's line quotes the data's headline and says nothing of "a billion tokens".
    let paper = readings
        .iter()
        .find(|r| r.link.ends_with("2601.10160"))
        .unwrap();
    let (unfiltered, aligned) = headline().unwrap();
    let quoted = format!(
        "from {} to {}",
        explainers::number_format::percent(unfiltered),
        explainers::number_format::percent(aligned)
    );
    assert!(
        paper.finding.contains(&quoted),
        "{quoted} not in {}",
        paper.finding
    );
    assert!(!paper.finding.contains("billion tokens"));
    // Only the survey's own entry links to the survey: every other entry links to the work it
    // names, or to nothing.
    let survey = "https://www.lesswrong.com/posts/ZeWewFEefCtx4Rj3G";
    let linking: Vec<&str> = readings
        .iter()
        .filter(|r| r.link == survey)
        .map(|r| r.title.as_str())
        .collect();
    assert_eq!(
        linking,
        ["Pretraining on Aligned AI Data Dramatically Reduces Misalignment—Even After Post-Training"]
    );
    // The paper's proceedings entry, found in PMLR's listing.
    assert!(paper
        .finding
        .contains("https://proceedings.mlr.press/v306/tice26a.html"));
    // The page's introduction to the list does not call the survey the result's origin.
    let html = std::fs::read_to_string("index.html").unwrap();
    assert!(!html.contains("that introduced this result"));
}

#[test]
fn the_hhh_rates_with_an_inferred_prompt_are_the_ones_the_persona_table_names() {
    // The persona model's table caption names Filtered and Misalignment upsampled as the rates
    // whose HHH prompt is inferred.
    let inferred: Vec<Condition> = Condition::ALL
        .into_iter()
        .filter(|&c| post_stated_hhh(c).find().unwrap().prompt_inferred)
        .collect();
    assert_eq!(
        inferred,
        [Condition::Filtered, Condition::MisalignmentUpsampled]
    );
}
