//! The registry, index.html and Cargo.toml agree: every explainer's section, root and tools
//! elements are in the prerendered page, the page is one bundle (no explainer has a `[[bin]]` or
//! a Trunk link of its own), and no two explainers share a key.
#![cfg(not(target_arch = "wasm32"))]

use explainers::registry::PAGE;

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
fn every_explainers_elements_are_in_the_prerendered_page() {
    let html = explainers::first_view::prerender(&read("index.html"), PAGE).unwrap();
    for explainer in PAGE.all() {
        let mut ids = vec![explainer.section_id, explainer.root_id];
        ids.extend(explainer.standalone.as_ref().map(|s| s.tools_id));
        for id in ids {
            assert_eq!(
                html.matches(&format!("id=\"{id}\"")).count(),
                1,
                "{}: the page needs exactly one element with id {id}",
                explainer.word
            );
        }
        // An island's root holds nothing of the page's own but its prerendered first view. It
        // names its URL keys' prefix, for the inline script that marks a first view busy while a
        // link's settings wait for the bundle.
        let root = format!(
            "<div id=\"{}\" class=\"island\" data-keys=\"{}\">",
            explainer.root_id, explainer.key_prefix
        );
        assert!(html.contains(&root), "{}: {root}", explainer.word);
    }
    // The frame's parts are marked as such, for the loader script, which makes again what a
    // reader did in a part before it ran.
    let tools = PAGE
        .standalone()
        .filter_map(|e| e.standalone.as_ref().map(|s| s.tools_id));
    for frame_id in ["app-top", "app-main", "app-footer"]
        .into_iter()
        .chain(tools)
    {
        let part = format!("<div id=\"{frame_id}\" class=\"frame-part\">");
        assert!(html.contains(&part), "{part}");
    }
}

#[test]
fn the_page_is_one_bundle_and_no_explainer_has_a_bin_or_trunk_link_of_its_own() {
    // The page's bundle (the frame, which starts every explainer's island from the registry,
    // and in a Web Worker the lab's model) and the build-time prerender, which Trunk runs rather
    // than links.
    let mut cargo = cargo_bins();
    cargo.sort();
    let expected: Vec<(String, String)> =
        [("app", "src/main.rs"), ("prerender", "src/prerender.rs")]
            .iter()
            .map(|&(name, path)| (name.to_owned(), path.to_owned()))
            .collect();
    assert_eq!(cargo, expected);
    let mut trunk = trunk_bins();
    trunk.sort();
    assert_eq!(trunk, ["app"]);
    for explainer in PAGE.all() {
        let folder = format!("{}/src/{}", env!("CARGO_MANIFEST_DIR"), explainer.word);
        assert!(
            !std::path::Path::new(&format!("{folder}/bundle.rs")).exists(),
            "{}: an explainer starts from the registry, not from a bundle of its own",
            explainer.word
        );
    }
    let trunk_config = read("Trunk.toml");
    assert!(
        trunk_config.contains("--bin prerender"),
        "Trunk runs the prerender after each build"
    );
}

#[test]
fn every_explainer_has_its_own_word_and_key_prefix() {
    let all = PAGE.explainers();
    for (i, a) in all.iter().enumerate() {
        assert!(a.key_prefix.ends_with('.') && a.key_prefix.len() > 1);
        assert_eq!(PAGE.by_word(a.word), Some(*a));
        for b in &all[i + 1..] {
            assert_ne!(a.word, b.word);
            assert!(
                !a.key_prefix.starts_with(b.key_prefix) && !b.key_prefix.starts_with(a.key_prefix)
            );
        }
        for key in explainers::frame::url::KEYS {
            assert!(!a.owns_key(key), "{key}");
        }
    }
    let standalone: Vec<&str> = PAGE.standalone().map(|e| e.word).collect();
    assert_eq!(standalone, ["alignment", "doomsday"]);
}

#[test]
fn each_descriptor_owns_its_sections_keys_and_stands_alone_when_it_has_a_tour() {
    for explainer in PAGE.all() {
        let declared = explainer.url.declared();
        assert!(!declared.is_empty(), "{}", explainer.word);
        let names = declared.iter().map(|key| key.name);
        for name in names.chain(explainer.url.outside_table().iter().copied()) {
            assert!(explainer.owns_key(name), "{}: {name}", explainer.word);
        }
        assert_eq!(
            explainer.stands_alone(),
            !explainer.tour.is_empty(),
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
            alignment,
            PAGE
        ),
        "lab"
    );
    assert_eq!(
        landing(&format!("{page}?doom.rank=7&lab.autorun=1"), doomsday, PAGE),
        "lab"
    );
    assert_eq!(
        landing(&format!("{page}?lab.autorun=0"), alignment, PAGE),
        "alignment-pretraining"
    );
    assert_eq!(
        landing(&format!("{page}?lab.seed=3#lab"), doomsday, PAGE),
        "doomsday"
    );
    assert_eq!(landing(page, alignment, PAGE), "alignment-pretraining");
}

#[test]
fn a_part_belongs_to_a_standalone_explainer_whose_section_holds_it() {
    let html = explainers::first_view::prerender(&read("index.html"), PAGE).unwrap();
    for explainer in PAGE.all() {
        assert_eq!(
            explainer.part_of.is_some(),
            !explainer.stands_alone(),
            "{}: a part has a host, a standalone explainer none",
            explainer.word
        );
        let Some(host) = explainer.part_of.and_then(|word| PAGE.by_word(word)) else {
            assert!(explainer.part_of.is_none(), "{}", explainer.word);
            continue;
        };
        assert!(host.stands_alone());
        assert!(explainer.shown_with(host) && !host.shown_with(explainer));
        // Its section lies inside its host's, so that an embed of the host shows it.
        let (host_at, part_at) = (
            html.find(&format!("<section id=\"{}\"", host.section_id))
                .unwrap(),
            html.find(&format!("<section id=\"{}\"", explainer.section_id))
                .unwrap(),
        );
        let host_end = host_at + html[host_at..].find("\n      </section>").unwrap();
        assert!(
            host_at < part_at && part_at < host_end,
            "{}",
            explainer.word
        );
    }
}
