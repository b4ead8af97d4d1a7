//! The build-time prerender: parts go into their empty elements, and a page that cannot take
//! them says why.
#![cfg(not(target_arch = "wasm32"))]

use explainers::first_view::fill;
use explainers::registry::PAGE;

#[test]
fn each_part_goes_inside_its_empty_element() {
    let page =
        r#"<body><div id="top"></div><main><div id="root" class="island"></div></main></body>"#;
    let parts = [
        ("top", "<nav>n</nav>".to_owned()),
        ("root", "<p>x</p>".to_owned()),
    ];
    assert_eq!(
        fill(page, &parts).unwrap(),
        r#"<body><div id="top"><nav>n</nav></div><main><div id="root" class="island"><p>x</p></div></main></body>"#
    );
}

#[test]
fn a_missing_repeated_or_filled_element_is_refused() {
    let part = |id: &'static str| [(id, "<p>x</p>".to_owned())];
    assert!(fill(r#"<div id="a"></div>"#, &part("b"))
        .unwrap_err()
        .contains(r#"id="b""#));
    assert!(fill(r#"<div id="a"></div><div id="a"></div>"#, &part("a")).is_err());
    let filled = fill(r#"<div id="a">already</div>"#, &part("a")).unwrap_err();
    assert!(filled.contains("not empty"), "{filled}");
}

#[test]
fn the_real_page_takes_every_part_of_the_first_view() {
    let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
    let filled = explainers::first_view::prerender(&page, PAGE).unwrap();
    // index.html has a section written for each of the page's explainers: none is added.
    let sections = |html: &str| html.matches("<section id=").count();
    assert_eq!(sections(&filled), sections(&page));
    // The first view has the page's title, the paper's headline and each explainer's default.
    for expected in [
        "What the evidence should make you believe",
        "on 45% of the questions written from articles",
        "data-testid=\"lab-train\"",
        "data-testid=\"doom-sentence\"",
    ] {
        assert!(filled.contains(expected), "{expected}");
    }
}

#[test]
fn the_pre_paint_script_lists_the_registrys_standalone_explainers() {
    use explainers::first_view::{list, STANDALONE_MARKER};
    let script = format!("var standalone = [{STANDALONE_MARKER}];");
    assert_eq!(
        list(&script, STANDALONE_MARKER, &["a", "b"]).unwrap(),
        "var standalone = ['a', 'b'];"
    );
    assert!(list("var standalone = [];", STANDALONE_MARKER, &["a"]).is_err());
    // The page's own script has the marker once, and gets every standalone explainer's word.
    let page = include_str!("../index.html");
    let words: Vec<&str> = PAGE.standalone().map(|e| e.word).collect();
    assert_eq!(words, ["alignment", "doomsday"]);
    let listed = list(page, STANDALONE_MARKER, &words).unwrap();
    assert!(listed.contains("var standalone = ['alignment', 'doomsday'];"));
}

#[test]
fn the_loader_starts_the_page_at_once_for_an_embed_a_tour_or_any_explainers_key() {
    let page = include_str!("../index.html");
    let filled = explainers::first_view::prerender(page, PAGE).unwrap();
    assert!(filled.contains("var EAGER = ['embed', 'walk', 'align.', 'lab.', 'doom.'];"));
}

#[test]
fn the_footer_lists_every_explainers_sources_from_the_registry() {
    let (_, footer) = explainers::app::prerender(PAGE)
        .into_iter()
        .find(|(id, _)| *id == "app-footer")
        .unwrap();
    let sources: Vec<_> = PAGE.all().flat_map(|e| e.sources).collect();
    assert_eq!(sources.len(), 5);
    assert_eq!(footer.matches("<li>").count(), sources.len());
    for source in sources {
        assert!(footer.contains(source.title), "{}", source.title);
        if let Some(url) = source.url {
            assert!(footer.contains(&format!("href=\"{url}\"")), "{url}");
        }
    }
    assert!(footer.contains("Tice et al. (2026), "));
}
