//! Numbers in index.html's static prose (readable before any script runs) come from the data
//! they describe: each sits in a `<span data-quotes="key">` whose shown number the test reads
//! and compares with the crate's value for that key, and no other number stands in the prose
//! but years and dates. (The reading list quotes its sources, and tests/alignment_data.rs holds
//! it.)
#![cfg(not(target_arch = "wasm32"))]

use explainers::alignment::paper::setup_fact;
use explainers::doomsday::params::{stars_and_dust, DEFAULT_RANK};
use explainers::lab::params::DEFAULT_DOSE;

/// The page's prose: index.html's body without its comments, scripts and reading list.
fn prose() -> String {
    let html = std::fs::read_to_string("index.html").unwrap();
    let mut body = html[html.find("<body>").unwrap()..].to_owned();
    for (open, close) in [
        ("<!--", "-->"),
        ("<script", "</script>"),
        ("<ol class=\"timeline\">", "</ol>"),
    ] {
        while let Some(start) = body.find(open) {
            let end = start + body[start..].find(close).unwrap() + close.len();
            body.replace_range(start..end, "");
        }
    }
    body
}

/// Each `data-quotes` span: its key and the text it shows (`<sup>x</sup>` read as `^x`).
fn quotes(prose: &str) -> Vec<(String, String)> {
    prose
        .split("data-quotes=\"")
        .skip(1)
        .map(|rest| {
            let (key, rest) = rest.split_once('"').unwrap();
            let shown = &rest[rest.find('>').unwrap() + 1..rest.find("</span>").unwrap()];
            let shown = shown.replace("<sup>", "^").replace("</sup>", "");
            (
                key.to_owned(),
                shown.split_whitespace().collect::<Vec<_>>().join(" "),
            )
        })
        .collect()
}

/// The decimals written after the point of `number` ("0.09" → 2).
fn decimals(number: &str) -> i32 {
    number.split_once('.').map_or(0, |(_, d)| d.len() as i32)
}

/// The value a quoted text shows and how far from it the data may be (half a unit of its last
/// digit): "3%", "0.09%", "10^20", "1.2 × 10^11", "117 billion", "50:50" (the first's share).
fn read(shown: &str) -> (f64, f64) {
    if let Some(percent) = shown.strip_suffix('%') {
        let value: f64 = percent.parse().unwrap();
        return (value / 100.0, 0.5 * 10f64.powi(-decimals(percent)) / 100.0);
    }
    if let Some(count) = shown.strip_suffix(" billion") {
        let value: f64 = count.parse().unwrap();
        return (value * 1e9, 0.5 * 10f64.powi(-decimals(count)) * 1e9);
    }
    if let Some((a, b)) = shown.split_once(':') {
        let (a, b): (f64, f64) = (a.parse().unwrap(), b.parse().unwrap());
        return (a / (a + b), 0.0);
    }
    let (mantissa, exponent) = match shown.split_once(" × 10^") {
        Some((m, e)) => (m, e),
        None => ("1", shown.strip_prefix("10^").unwrap()),
    };
    let power = 10f64.powi(exponent.parse().unwrap());
    let value: f64 = mantissa.parse::<f64>().unwrap() * power;
    (value, 0.5 * 10f64.powi(-decimals(mantissa)) * power)
}

/// What each key quotes, from the data, and any extra leeway the prose's wording allows.
fn data(key: &str) -> (f64, f64) {
    let fact = |key| setup_fact(key).unwrap().value;
    let aligned = fact("synthetic_aligned_tokens_draft");
    let midtraining = fact("midtraining_tokens");
    let hypotheses = stars_and_dust();
    let weights: f64 = hypotheses.iter().map(|h| h.weight).sum();
    match key {
        "lab.dose" => (DEFAULT_DOSE, 0.0),
        "paper.dose.midtraining" => (aligned / midtraining, 0.0),
        "paper.dose.all" => (aligned / (fact("pretraining_tokens") + midtraining), 0.0),
        "doom.stars" => (hypotheses[0].total, 0.0),
        "doom.dust" => (hypotheses[1].total, 0.0),
        "doom.prior" => (hypotheses[0].weight / weights, 0.0),
        // "About 117 billion ... somewhere near 117 billion": the default rank, within 1%.
        "doom.prb" => (DEFAULT_RANK, 0.01 * DEFAULT_RANK),
        other => panic!("no data for data-quotes=\"{other}\""),
    }
}

#[test]
fn every_quoted_number_is_the_datas() {
    let quoted = quotes(&prose());
    assert!(quoted.len() >= 8, "{quoted:?}");
    for (key, shown) in quoted {
        let (value, rounding) = read(&shown);
        let (truth, leeway) = data(&key);
        assert!(
            (value - truth).abs() <= rounding + leeway + 1e-12 * truth.abs(),
            "{key}: the prose shows {shown}, the data {truth}"
        );
    }
}

#[test]
fn no_other_number_stands_in_the_prose_but_years_and_dates() {
    let mut prose = prose();
    // Drop the quoted numbers, then every tag.
    while let Some(start) = prose.find("data-quotes=\"") {
        let end = start + prose[start..].find("</span>").unwrap();
        prose.replace_range(start..end, "");
    }
    let mut text = String::new();
    let mut in_tag = false;
    for c in prose.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    // A ratio in words ("thirty times the paper's") is a number too.
    let number_words = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty",
        "forty", "fifty", "hundred", "thousand", "million", "billion",
    ];
    for pair in words.windows(2) {
        assert!(
            !(number_words.contains(&pair[0].to_lowercase().as_str()) && pair[1] == "times"),
            "a ratio in words in index.html's prose: {} {}",
            pair[0],
            pair[1]
        );
    }
    for (i, word) in words.iter().enumerate() {
        let digits: String = word.chars().filter(char::is_ascii_digit).collect();
        if digits.is_empty() {
            continue;
        }
        let year = digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"));
        let day = words.get(i + 1).is_some_and(|next| {
            months
                .iter()
                .any(|m| next.trim_matches(|c: char| !c.is_alphabetic()) == *m)
        });
        assert!(
            year || day,
            "a number in index.html's prose that no data-quotes span holds: {:?}",
            words[i.saturating_sub(6)..(i + 6).min(words.len())].join(" ")
        );
    }
}
