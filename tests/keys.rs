//! Each explainer's keys, declared once (`src/keys.rs`): docs/url-parameters.md's rows are the
//! declarations, and the declared limits are what `normalise` holds values to.
#![cfg(not(target_arch = "wasm32"))]

use explainers::keys::Described;
use explainers::registry::PAGE;

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
fn check(prefix: &str, keys: &[Described], undeclared: &[&str]) {
    let rows = rows(prefix);
    for key in keys {
        let name = format!("`{}`", key.name);
        let row = rows
            .iter()
            .find(|r| r[0] == name)
            .unwrap_or_else(|| {
                // The row to add, but for its default, which the table does not hold.
                let (values, control, meaning) = (&key.values, key.control, key.meaning);
                panic!("docs/url-parameters.md has no row for {name}; add one such as\n| {name} | {values} | (its default) | {control} | {meaning} |")
            });
        assert_eq!(row.len(), 5, "{row:?}");
        assert_eq!(row[1], key.values, "{row:?}");
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
fn the_docs_rows_are_the_declared_keys_of_every_registered_explainer() {
    for explainer in PAGE.all() {
        let (declared, outside) = (explainer.url.declared(), explainer.url.outside_table());
        check(explainer.key_prefix, &declared, outside);
    }
}

#[test]
fn the_frames_keys_each_have_a_row() {
    for key in explainers::frame::url::KEYS {
        assert_eq!(
            rows(key)
                .iter()
                .filter(|r| r[0] == format!("`{key}`"))
                .count(),
            1,
            "{key}"
        );
    }
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
