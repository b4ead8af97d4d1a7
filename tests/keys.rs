//! Each explainer's keys, declared once (`src/keys.rs`): docs/url-parameters.md's rows of them
//! are generated from the declarations (`UPDATE_DOCS=1 cargo test --test keys` writes them), and
//! only the keys read outside a table have rows written by hand.
#![cfg(not(target_arch = "wasm32"))]

use explainers::registry::PAGE;

const DOCS: &str = "docs/url-parameters.md";

/// Where new explainers' sections of generated rows go.
const NEW_SECTIONS: &str = "<!-- new explainers' keys -->";

fn docs() -> String {
    std::fs::read_to_string(format!("{}/{DOCS}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The first line of `prefix`'s generated rows, and the line after them.
fn markers(prefix: &str) -> (String, String) {
    (
        format!("<!-- {prefix}* keys: generated from their KEYS table; UPDATE_DOCS=1 cargo test --test keys writes them -->"),
        format!("<!-- end of the generated {prefix}* keys -->"),
    )
}

/// `docs` with each registered explainer's rows written from its declared keys: between its
/// markers, or, for an explainer it has none for, in a section of its own before `NEW_SECTIONS`.
fn with_generated_rows(docs: &str) -> String {
    let mut docs = docs.to_owned();
    for explainer in PAGE.all() {
        let prefix = explainer.key_prefix;
        let (begin, end) = markers(prefix);
        let rows: Vec<String> = explainer
            .url
            .declared()
            .iter()
            .map(|key| key.docs_row())
            .collect();
        let block = format!(
            "{begin}\n| key | values | default | control | what it does |\n|---|---|---|---|---|\n{}\n{end}",
            rows.join("\n")
        );
        match (docs.find(&begin), docs.find(&end)) {
            (Some(from), Some(to)) if from < to => docs.replace_range(from..to + end.len(), &block),
            _ => {
                let section = format!("### `{prefix}*`: {}\n\n{block}\n\n", explainer.title);
                let at = docs.find(NEW_SECTIONS).expect(NEW_SECTIONS);
                docs.insert_str(at, &section);
            }
        }
    }
    docs
}

#[test]
fn the_docs_rows_of_every_registered_explainer_are_its_declared_keys() {
    let (docs, expected) = (docs(), with_generated_rows(&docs()));
    if docs != expected && std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(format!("{}/{DOCS}", env!("CARGO_MANIFEST_DIR")), &expected).unwrap();
        return;
    }
    assert!(
        docs == expected,
        "{DOCS} differs from the KEYS tables: `UPDATE_DOCS=1 cargo test --test keys` writes them"
    );
}

/// docs/url-parameters.md's rows (`| `key` | ...`) outside the generated ones.
fn hand_rows() -> Vec<String> {
    let mut outside = docs();
    for explainer in PAGE.all() {
        let (begin, end) = markers(explainer.key_prefix);
        if let (Some(from), Some(to)) = (outside.find(&begin), outside.find(&end)) {
            outside.replace_range(from..to + end.len(), "");
        }
    }
    outside
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(|row| row[3..].split('`').next().unwrap().to_owned())
        .collect()
}

#[test]
fn each_key_read_outside_a_table_has_one_row_written_by_hand() {
    let hand = hand_rows();
    let mut expected: Vec<String> = explainers::frame::url::KEYS
        .iter()
        .map(|k| k.to_string())
        .collect();
    for explainer in PAGE.all() {
        expected.extend(explainer.url.outside_table().iter().map(|k| k.to_string()));
    }
    let (mut hand_sorted, mut expected_sorted) = (hand.clone(), expected);
    hand_sorted.sort();
    expected_sorted.sort();
    assert_eq!(hand_sorted, expected_sorted);
}

#[test]
fn a_declared_key_says_its_values_as_the_docs_do() {
    use explainers::keys::key;
    use explainers::lab::params::{KEYS, MODELS_KEY, SEED_KEY, TEMPERATURE_KEY};
    assert_eq!(
        key(&KEYS, SEED_KEY).values_text(),
        "a whole number from 0 to 999,999"
    );
    assert_eq!(key(&KEYS, SEED_KEY).limits(), Some((0.0, 999_999.0)));
    assert_eq!(key(&KEYS, TEMPERATURE_KEY).values_text(), "0 to 2");
    assert_eq!(key(&KEYS, MODELS_KEY).limits(), None);
    let post = key(&explainers::alignment::params::KEYS, "align.post");
    assert_eq!(post.values_text(), "0 to 1,000,000");
    // Its default as a link writes it, in the docs' row.
    let lab = explainers::lab::params::LabParams::default();
    assert_eq!(
        key(&KEYS, SEED_KEY).describe(&lab).docs_row(),
        "| `lab.seed` | a whole number from 0 to 999,999 | `7` | \"Seed\" field | \
         Seeds the corpus, its order, the model's initial weights, the sample documents and \
         the model's completions. |"
    );
    let doomsday = explainers::doomsday::params::DoomsdayParams::default();
    let rank = key(&explainers::doomsday::params::KEYS, "doom.rank").describe(&doomsday);
    assert_eq!(rank.default, "1.175e11");
}

#[test]
fn an_explainer_without_rows_gets_a_section_of_them_before_the_new_explainers_marker() {
    let (begin, end) = markers("align.");
    let docs = docs();
    let (from, to) = (docs.find(&begin).unwrap(), docs.find(&end).unwrap());
    let without = format!("{}{}", &docs[..from], &docs[to + end.len()..]);
    let written = with_generated_rows(&without);
    let section = written
        .find("### `align.*`: Alignment pretraining\n\n<!-- align.* keys")
        .unwrap();
    assert!(section > written.find("### `lab.*`").unwrap());
    assert!(section < written.find(NEW_SECTIONS).unwrap());
    assert!(written.contains("| `align.post` | 0 to 1,000,000 | `1000` |"));
}
