//! A fourth explainer, defined here and nowhere else, joins a registry of the page's three: the
//! frame, the whole page's URL codec, Reset all and the build-time prerender accept it with no
//! other file touched. What a real new explainer adds besides its folder and its registry line
//! is listed in docs/architecture.md and checked for the page's own registry by
//! tests/registry.rs and tests/keys.rs.
#![cfg(not(target_arch = "wasm32"))]

mod page_support;

use explainers::explainer::{
    Explainer, Permalink, Section, SectionOf, Settings, Source, Standalone, Step, StepText, TourOf,
    Toured,
};
use explainers::frame::url as frame_url;
use explainers::keys::{self, Key};
use explainers::registry::{Registry, PAGE};
use explainers::url::{pairs, Reader, RuleProblem, Rules, UrlProblem, Writer};
use explainers::{number_value, whole_value, word_value};
use page_support::{decode_in, encode_in, every_section_changed, Page};
use proptest::prelude::*;

/// Draws from an urn: the fake explainer's settings.
#[derive(Clone, Debug, PartialEq)]
struct UrnsParams {
    draws: u32,
    red_share: f64,
    replace: bool,
}

impl Default for UrnsParams {
    fn default() -> Self {
        Self {
            draws: 10,
            red_share: 0.5,
            replace: true,
        }
    }
}

static KEYS: [Key<UrnsParams>; 3] = [
    Key {
        name: "urns.draws",
        value: whole_value!(UrnsParams, draws, 1000),
        control: "Draws",
        meaning: "How many balls are drawn.",
    },
    Key {
        name: "urns.red",
        value: number_value!(UrnsParams, red_share, 0.0, 1.0),
        control: "Red share",
        meaning: "The share of red balls in the urn.",
    },
    Key {
        name: "urns.replace",
        value: word_value!(UrnsParams, bool, replace),
        control: "With replacement",
        meaning: "Whether a drawn ball goes back.",
    },
];

impl Settings for UrnsParams {
    type Action = u32;
    fn normalise(mut self) -> (Self, Vec<RuleProblem>) {
        let mut rules = Rules::default();
        keys::hold(&KEYS, &mut self, &Self::default(), &mut rules);
        (self, rules.finish())
    }
    fn change(&mut self, draws: u32) {
        self.draws = draws;
    }
}

impl Permalink for UrnsParams {
    const KEY_PREFIX: &'static str = "urns.";
    fn keys() -> &'static [Key<Self>] {
        &KEYS
    }
    fn decode(pairs: &[(String, String)]) -> (Self, Vec<UrlProblem>) {
        let (mut urns, mut reader) = (Self::default(), Reader::default());
        for (key, value) in pairs {
            keys::read(&KEYS, &mut urns, key, value, &mut reader);
        }
        let (urns, problems) = urns.normalise();
        (urns, reader.finish(problems, pairs))
    }
    fn encode(&self, out: &mut Writer) {
        keys::write(&KEYS, self, &Self::default(), out);
    }
}

impl Toured for UrnsParams {
    fn tour() -> &'static [Step<Self>] {
        &[Step {
            text: StepText {
                title: "One draw",
                text: "Draw once.",
                target: "#urns-root",
                elsewhere: None,
            },
            settings: |urns| urns.draws = 1,
        }]
    }
}

static URNS: Explainer = Explainer {
    word: "urns",
    title: "Urns & draws",
    section_id: "urns",
    root_id: "urns-root",
    standalone: Some(Standalone {
        nav_label: "Urns",
        tools_id: "urns-tools",
    }),
    part_of: None,
    key_prefix: UrnsParams::KEY_PREFIX,
    lands_link: None,
    tour: &TourOf::<UrnsParams>(<UrnsParams as Toured>::tour),
    sources: &[Source {
        authors: "Pólya (1930)",
        title: "Sur quelques points de la théorie des probabilités",
        url: None,
        published: ", Annales de l'Institut Henri Poincaré",
    }],
    prerender: || explainers::island::prerender::<UrnsIsland>(()),
    start: explainers::island::start::<UrnsIsland>,
    url: &SectionOf::<UrnsParams>::NEW,
};

/// The urns' island: its settings, hosted as every explainer's are, in a sentence.
#[yew::function_component]
fn UrnsIsland() -> yew::Html {
    let urns = explainers::island::use_island::<UrnsParams>(&URNS).settings;
    let (draws, replace) = (urns.draws, if urns.replace { "with" } else { "without" });
    yew::html! {
        <p data-testid="urns-first-view">{ format!("{draws} draws, {replace} replacement.") }</p>
    }
}

static WITH_URNS: [&Explainer; 4] = [
    &explainers::alignment::EXPLAINER,
    &explainers::lab::EXPLAINER,
    &explainers::doomsday::EXPLAINER,
    &URNS,
];

/// The page's registry with the urns after its three explainers.
static REGISTRY: Registry = Registry::new(&WITH_URNS);

#[test]
fn the_frame_reads_embed_and_tour_links_to_it() {
    let query = pairs("embed=urns&walk=urns&step=1");
    let (params, problems) = frame_url::decode(&query, REGISTRY);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(params.embed, Some(&URNS));
    assert_eq!(params.tour, Some((&URNS, 1)));
    // The page's own registry has no urns: the same link is refused there.
    let (params, problems) = frame_url::decode(&query, PAGE);
    assert_eq!((params.embed, params.tour), (None, None));
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0]
        .to_string()
        .contains("expected one of alignment, doomsday"));
}

#[test]
fn the_frame_gives_it_a_link_tools_and_its_sources() {
    let parts = explainers::app::prerender(REGISTRY);
    let part = |id: &str| &parts.iter().find(|(host, _)| *host == id).unwrap().1;
    let header = part("app-top");
    assert!(header.contains("<a href=\"#urns\">Urns</a>"), "{header}");
    assert!(part("urns-tools").contains("data-testid=\"urns-copy-link\""));
    assert!(part("urns-tools").contains("Share or present Urns &amp; draws"));
    assert!(part("app-footer").contains("Sur quelques points de la théorie des probabilités"));
    let sources = WITH_URNS.iter().map(|e| e.sources.len()).sum::<usize>();
    assert_eq!(part("app-footer").matches("<li>").count(), sources);
}

#[test]
fn a_link_copied_from_its_tools_lands_on_it_and_reset_all_clears_its_keys() {
    use explainers::frame::explainer_tools::landing;
    use explainers::frame::hooks::use_reset_undo::query_without;
    let url = "https://example.org/sub/?urns.draws=3#urns";
    assert_eq!(landing(url, &URNS, REGISTRY), "urns");
    assert_eq!(
        landing(
            "https://example.org/?urns.draws=3&lab.autorun=1",
            &URNS,
            REGISTRY
        ),
        "lab"
    );
    let query = "utm_source=x&urns.draws=3&theme=dark&doom.rank=7";
    assert_eq!(
        query_without(query, REGISTRY.explainers()),
        "utm_source=x&theme=dark"
    );
    assert_eq!(
        query_without(query, PAGE.explainers()),
        "utm_source=x&urns.draws=3&theme=dark"
    );
}

#[test]
fn its_section_of_the_address_is_read_beside_the_others() {
    let query = "theme=dark&align.set=textbook&urns.draws=3&urns.replace=0&urns.red=7";
    let decoded = decode_in(query, REGISTRY);
    let problems: Vec<String> = decoded.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("urns.red=\"7\""), "{problems:?}");
    let urns = &decoded.params.sections.last().unwrap();
    assert_eq!(
        **urns,
        ("urns", "urns.draws=3&urns.red=1&urns.replace=0".to_owned())
    );
    let rewritten = encode_in(&decoded.params, "utm_source=x&urns.draws=9", REGISTRY);
    assert_eq!(
        rewritten,
        "utm_source=x&theme=dark&align.set=textbook&urns.draws=3&urns.red=1&urns.replace=0"
    );
    assert_eq!(URNS.url.declared().len(), 3);
}

proptest! {
    #[test]
    fn every_section_changed_at_once_survives_its_own_link(
        page in every_section_changed(REGISTRY),
    ) {
        let query = encode_in(&page, "utm_source=blog&urns.draws=abc", REGISTRY);
        let decoded = decode_in(&query, REGISTRY);
        prop_assert!(decoded.problems.is_empty(), "{query}: {:?}", decoded.problems);
        prop_assert_eq!(&decoded.params, &page);
        prop_assert_eq!(decoded.params.sections.len(), 4);
        prop_assert!(query.contains("urns."), "{}", query);
    }
}

#[test]
fn the_prerender_writes_its_section_and_first_view_into_the_page() {
    let page = include_str!("../index.html");
    let filled = explainers::first_view::prerender(page, REGISTRY).unwrap();
    let section = "<section id=\"urns\" class=\"explainer\" aria-labelledby=\"urns-title\">\
                   <h2 id=\"urns-title\">Urns &amp; draws</h2>\
                   <div id=\"urns-tools\" class=\"frame-part\">";
    assert_eq!(filled.matches(section).count(), 1);
    let root = "<div id=\"urns-root\" class=\"island\" data-keys=\"urns.\">\
                <p data-testid=\"urns-first-view\">10 draws, with replacement.</p></div></section>";
    assert_eq!(filled.matches(root).count(), 1);
    // After the page's own sections, inside <main>.
    let at = filled.find(section).unwrap();
    assert!(filled.find("id=\"doomsday-root\"").unwrap() < at);
    assert!(at < filled.find("</main>").unwrap());
    assert!(filled.contains("var standalone = ['alignment', 'doomsday', 'urns'];"));
    assert!(filled.contains("var EAGER = ['embed', 'walk', 'align.', 'lab.', 'doom.', 'urns.'];"));
    // The page's own registry adds no section.
    let own = explainers::first_view::prerender(page, PAGE).unwrap();
    assert!(!own.contains("id=\"urns"));
    assert_eq!(
        filled.matches("<section id=").count(),
        own.matches("<section id=").count() + 1
    );
}

#[test]
fn its_descriptor_is_read_through_the_same_trait_objects_as_the_pages() {
    let _: &dyn Section = URNS.url;
    assert_eq!(REGISTRY.by_word("urns"), Some(&URNS));
    assert_eq!(REGISTRY.standalone().count(), 3);
    assert_eq!(URNS.tour.len(), 1);
    assert_eq!(UrnsParams::at_step(1).map(|u| u.draws), Some(1));
    assert_eq!(Page::of(REGISTRY).sections.len(), 4);
}
