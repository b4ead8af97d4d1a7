//! The build-time prerender: parts go into their empty elements, and a page that cannot take
//! them says why.
#![cfg(not(target_arch = "wasm32"))]

use explainers::first_view::fill;

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
    let mut parts = explainers::app::prerender();
    for explainer in explainers::registry::EXPLAINERS {
        parts.push((explainer.root_id, (explainer.prerender)()));
    }
    let filled = fill(&page, &parts).unwrap();
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
