//! The registry, index.html and Cargo.toml agree: every explainer's section, root and tools
//! elements are in the page, every explainer with a bundle of its own has a `[[bin]]` of its name
//! built from its folder and a Trunk link that builds it, and no two explainers share a key.
#![cfg(not(target_arch = "wasm32"))]

use explainers::alignment::params::AlignmentParams;
use explainers::doomsday::params::DoomsdayParams;
use explainers::explainer::{Permalink, Toured};
use explainers::lab::params::LabParams;
use explainers::registry::{self, EXPLAINERS};

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The `[[bin]]` tables of Cargo.toml as (name, path).
fn cargo_bins() -> Vec<(String, String)> {
    let cargo = read("Cargo.toml");
    cargo
        .split("[[bin]]")
        .skip(1)
        .map(|table| {
            let field = |name: &str| {
                let line = table
                    .lines()
                    .find(|l| l.starts_with(&format!("{name} =")))
                    .unwrap();
                line.split('"').nth(1).unwrap().to_owned()
            };
            (field("name"), field("path"))
        })
        .collect()
}

/// The `data-bin` of every Trunk rust link in index.html.
fn trunk_bins() -> Vec<String> {
    read("index.html")
        .split("data-bin=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap().to_owned())
        .collect()
}

#[test]
fn every_explainers_elements_are_in_index_html() {
    let html = read("index.html");
    for explainer in EXPLAINERS {
        let mut ids = vec![explainer.section_id, explainer.root_id];
        ids.extend(explainer.standalone.as_ref().map(|s| s.tools_id));
        for id in ids {
            assert_eq!(
                html.matches(&format!("id=\"{id}\"")).count(),
                1,
                "{}: index.html needs exactly one element with id {id}",
                explainer.word
            );
        }
        // An island's root holds nothing of the page's own: the island renders all of it. It
        // names its URL keys' prefix, for the inline script that marks a first view busy while a
        // link's settings wait for the bundle.
        let root = format!(
            "<div id=\"{}\" class=\"island\" data-keys=\"{}\"></div>",
            explainer.root_id, explainer.key_prefix
        );
        assert!(html.contains(&root), "{}: {root}", explainer.word);
    }
    for frame_id in ["app-top", "app-main", "app-footer"] {
        assert!(html.contains(&format!("id=\"{frame_id}\"")), "{frame_id}");
    }
}

#[test]
fn every_explainer_is_a_cargo_bin_in_its_folder_and_a_trunk_link() {
    let (cargo, trunk) = (cargo_bins(), trunk_bins());
    let mut expected_bins = vec![("app".to_owned(), "src/main.rs".to_owned())];
    for explainer in EXPLAINERS {
        let bin = (
            explainer.word.to_owned(),
            format!("src/{}/bundle.rs", explainer.word),
        );
        assert!(cargo.contains(&bin), "Cargo.toml needs {bin:?}");
        assert!(
            trunk.contains(&bin.0),
            "index.html needs data-bin=\"{}\"",
            bin.0
        );
        assert_eq!(explainer.module_url(), format!("./{}.js", explainer.word));
        expected_bins.push(bin);
    }
    // Besides the page and the explainers: the lab's Web Worker, in the lab's folder, and the
    // build-time prerender, which Trunk runs rather than links.
    expected_bins.push(("lab-worker".into(), "src/lab/worker_bundle.rs".into()));
    let mut names: Vec<String> = expected_bins.iter().map(|(name, _)| name.clone()).collect();
    expected_bins.push(("prerender".into(), "src/prerender.rs".into()));
    let mut cargo_sorted = cargo.clone();
    cargo_sorted.sort();
    expected_bins.sort();
    assert_eq!(cargo_sorted, expected_bins);
    let mut trunk_sorted = trunk;
    trunk_sorted.sort();
    names.sort();
    assert_eq!(trunk_sorted, names);
    let trunk_config = read("Trunk.toml");
    assert!(
        trunk_config.contains("--bin prerender"),
        "Trunk runs the prerender after each build"
    );
}

#[test]
fn every_explainer_has_its_own_word_and_key_prefix() {
    for (i, a) in EXPLAINERS.iter().enumerate() {
        assert!(a.key_prefix.ends_with('.') && a.key_prefix.len() > 1);
        assert_eq!(registry::by_word(a.word), Some(*a));
        for b in &EXPLAINERS[i + 1..] {
            assert_ne!(a.word, b.word);
            assert!(
                !a.key_prefix.starts_with(b.key_prefix) && !b.key_prefix.starts_with(a.key_prefix)
            );
        }
        for key in explainers::frame::url::KEYS {
            assert!(!a.owns_key(key), "{key}");
        }
    }
    let standalone: Vec<&str> = registry::standalone().map(|e| e.word).collect();
    assert_eq!(standalone, ["alignment", "doomsday"]);
}

#[test]
fn each_descriptor_names_its_settings_prefix_and_tour() {
    let described = [
        (
            &explainers::alignment::EXPLAINER,
            AlignmentParams::KEY_PREFIX,
            AlignmentParams::tour().len(),
        ),
        (
            &explainers::doomsday::EXPLAINER,
            DoomsdayParams::KEY_PREFIX,
            DoomsdayParams::tour().len(),
        ),
        (
            &explainers::lab::EXPLAINER,
            LabParams::KEY_PREFIX,
            LabParams::tour().len(),
        ),
    ];
    assert_eq!(described.len(), EXPLAINERS.len());
    for (explainer, prefix, steps) in described {
        assert!(
            EXPLAINERS.contains(&explainer),
            "{} is registered",
            explainer.word
        );
        assert_eq!(explainer.key_prefix, prefix, "{}", explainer.word);
        assert_eq!(explainer.tour.len(), steps, "{}", explainer.word);
        assert_eq!(
            explainer.stands_alone(),
            steps > 0,
            "{}: a tour is a standalone's",
            explainer.word
        );
    }
}

#[test]
fn a_copied_link_that_trains_the_lab_at_once_lands_on_the_lab() {
    use explainers::frame::explainer_tools::landing;
    let alignment = &explainers::alignment::EXPLAINER;
    let doomsday = &explainers::doomsday::EXPLAINER;
    let page = "https://example.org/sub/";
    assert_eq!(
        landing(
            &format!("{page}?lab.autorun=1#alignment-pretraining"),
            alignment
        ),
        "lab"
    );
    assert_eq!(
        landing(&format!("{page}?doom.rank=7&lab.autorun=1"), doomsday),
        "lab"
    );
    assert_eq!(
        landing(&format!("{page}?lab.autorun=0"), alignment),
        "alignment-pretraining"
    );
    assert_eq!(
        landing(&format!("{page}?lab.seed=3#lab"), doomsday),
        "doomsday"
    );
    assert_eq!(landing(page, alignment), "alignment-pretraining");
}
