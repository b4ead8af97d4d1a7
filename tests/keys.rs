//! Each explainer's keys, declared once (`src/keys.rs`): docs/url-parameters.md's rows are the
//! declarations, and the declared limits are what `normalise` holds values to.
#![cfg(not(target_arch = "wasm32"))]

use explainers::keys::Key;

/// docs/url-parameters.md's rows whose key starts with `prefix`.
fn rows(prefix: &str) -> Vec<Vec<String>> {
    let root = env!("CARGO_MANIFEST_DIR");
    let docs = std::fs::read_to_string(format!("{root}/docs/url-parameters.md")).unwrap();
    docs.lines()
        .filter(|l| l.starts_with(&format!("| `{prefix}")))
        .map(|row| {
            row.trim_matches('|')
                .split(" | ")
                .map(|cell| cell.trim().to_owned())
                .collect()
        })
        .collect()
}

/// Each declared key has its row: its name, its values, (its default,) its control, its
/// meaning; and every other row of the prefix is one of `undeclared`.
fn check<S>(prefix: &str, keys: &[Key<S>], undeclared: &[&str]) {
    let rows = rows(prefix);
    for key in keys {
        let name = format!("`{}`", key.name);
        let row = rows
            .iter()
            .find(|r| r[0] == name)
            .unwrap_or_else(|| panic!("no row for {name}"));
        assert_eq!(row.len(), 5, "{row:?}");
        assert_eq!(row[1], key.values_text(), "{row:?}");
        assert_eq!(row[3], key.control, "{row:?}");
        assert_eq!(row[4], key.meaning, "{row:?}");
    }
    assert_eq!(rows.len(), keys.len() + undeclared.len());
    for row in &rows {
        let name = row[0].trim_matches('`');
        assert!(
            undeclared.contains(&name) || keys.iter().any(|k| k.name == name),
            "{name}"
        );
    }
}

#[test]
fn the_docs_rows_are_the_declared_keys() {
    use explainers::lab::params::{DOCUMENTS_KEY, PRESET_KEY};
    check("align.", &explainers::alignment::params::KEYS, &[]);
    use explainers::doomsday::params::{NAMES_KEY, PRIORS_KEY, TOTALS_KEY};
    let lists = [TOTALS_KEY, PRIORS_KEY, NAMES_KEY];
    check("doom.", &explainers::doomsday::params::KEYS, &lists);
    check(
        "lab.",
        &explainers::lab::params::KEYS,
        &[PRESET_KEY, DOCUMENTS_KEY],
    );
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
}
