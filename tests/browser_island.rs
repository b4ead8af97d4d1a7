//! The island hook and the radio group mounted in headless Chromium: an explainer's settings read
//! from the address, its problems sent to the frame, its keys written back alone, the address read
//! again when the frame says so (a tour step included); the address bar written once the settings
//! stay still, at a click, and never after Back; a radio group over URL words; and the page laid
//! out whole for one frame when asked.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use explainers::browser::address::{
    current_query, forget_unwritten_query, page_url, replace_query, write_unwritten_query,
    ADDRESS_WRITE_DELAY_MS,
};
use explainers::browser::document::lay_out_whole_for_a_frame;
use explainers::browser::islands::{announce_address_change, on_problems};
use explainers::components::radio_group::{radio_group, Choice, Look};
use explainers::doomsday::params::{DoomsdayAction, DoomsdayParams, Mode};
use explainers::doomsday::EXPLAINER as DOOMSDAY;
use explainers::island::{use_island, Island};
use gloo::timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

mod browser_support;

use browser_support::{mount_point, next_frame, settle};

wasm_bindgen_test_configure!(run_in_browser);

#[function_component(RankIsland)]
fn rank_island() -> Html {
    let Island {
        settings: params,
        dispatch,
        refusal,
    } = use_island::<DoomsdayParams>(&DOOMSDAY);
    let onclick = dispatch.reform(|_: MouseEvent| DoomsdayAction::SetRank(7.0));
    let refuse = dispatch.reform(|_: MouseEvent| DoomsdayAction::SetHi(1.0));
    html! {
        <>
            <span id="shown-rank">{ params.rank.to_string() }</span>
            <span id="shown-names">{ params.hypotheses.iter().map(|h| h.name.clone()).collect::<Vec<_>>().join(",") }</span>
            <button id="set-rank" {onclick}>{ "rank 7" }</button>
            <button id="refused" onclick={refuse}>{ "hi 1" }</button>
            <span id="refusal">{ refusal.map(|r| r.reason).unwrap_or_default() }</span>
        </>
    }
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .expect("element present")
        .text_content()
        .unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .expect("element present")
        .unchecked_into::<HtmlElement>()
        .click();
}

#[wasm_bindgen_test]
async fn an_island_reads_reports_writes_back_and_follows_the_frame() {
    let before = current_query();
    replace_query("theme=dark&doom.rank=abc&doom.n=10,1e6&utm_source=blog");
    let reported = Rc::new(RefCell::new(Vec::new()));
    let listener = {
        let reported = reported.clone();
        on_problems(move |problems| reported.borrow_mut().extend(problems))
    };
    let root = mount_point();
    yew::Renderer::<RankIsland>::with_root(root.clone()).render();
    settle().await;

    // Its section read, the malformed value reported to the frame and dropped from the address,
    // every other pair kept.
    assert_eq!(text(&root, "#shown-rank"), "117500000000");
    assert_eq!(
        text(&root, "#shown-names"),
        "Stars,Dust",
        "two totals keep the default names"
    );
    let keys: Vec<String> = reported.borrow().iter().map(|p| p.key.clone()).collect();
    assert_eq!(keys, ["doom.rank"]);
    assert_eq!(
        current_query(),
        "theme=dark&utm_source=blog&doom.n=10,1e6&doom.prior=1,1&doom.names=Stars,Dust"
    );

    // A change goes through normalise and back to the address, its own keys only.
    click(&root, "#set-rank");
    settle().await;
    assert_eq!(text(&root, "#shown-rank"), "7");
    assert!(current_query().starts_with("theme=dark&utm_source=blog&doom.rank=7&"));

    // A change that breaks a rule is refused: the settings and the address stay, the reason is
    // given, and the next change made forgets it.
    let written = current_query();
    click(&root, "#refused");
    settle().await;
    assert_eq!(text(&root, "#refusal"), "lo (1e10) must be below hi (1)");
    assert_eq!(current_query(), written);
    click(&root, "#set-rank");
    settle().await;
    assert_eq!(text(&root, "#refusal"), "");

    // The frame rewrote the address (Reset all) and said so: the island reads it again.
    replace_query("theme=dark");
    announce_address_change();
    settle().await;
    assert_eq!(text(&root, "#shown-rank"), "117500000000");
    assert_eq!(current_query(), "theme=dark");

    // A tour step of this explainer: the step's settings, whatever its keys say.
    replace_query("walk=doomsday&step=1&doom.rank=5");
    announce_address_change();
    settle().await;
    assert_eq!(text(&root, "#shown-rank"), "7");
    assert_eq!(text(&root, "#shown-names"), "10 balls,1 million balls");
    assert_eq!(
        reported.borrow().len(),
        1,
        "only the first read reports problems"
    );

    drop(listener);
    replace_query(&before);
}

#[wasm_bindgen_test]
async fn the_address_bar_is_written_when_the_settings_stay_still_or_at_a_click_and_never_after_back(
) {
    let window = web_sys::window().unwrap();
    let document = window.document().unwrap();
    let root = document.document_element().unwrap();
    let before = current_query();
    write_unwritten_query();
    let bar = || {
        window
            .location()
            .search()
            .unwrap()
            .trim_start_matches('?')
            .to_owned()
    };
    let marked = || root.has_attribute("data-address-unwritten");
    let shown = bar();

    // A change is the page's query at once; the address bar waits, and the root says so.
    replace_query("doom.rank=7");
    assert_eq!(current_query(), "doom.rank=7");
    assert!(
        page_url().contains("?doom.rank=7"),
        "Copy link copies the change"
    );
    assert_eq!(bar(), shown);
    assert!(marked());
    // A second change within the delay replaces the first, and the wait starts again.
    replace_query("doom.rank=8");
    assert_eq!(bar(), shown);
    // Once the settings have stayed still for the delay, the last change is written (a timer
    // due later runs after it).
    TimeoutFuture::new(ADDRESS_WRITE_DELAY_MS + 50).await;
    assert_eq!(bar(), "doom.rank=8");
    assert!(!marked());

    // A click anywhere writes it before the page handles the click.
    replace_query("doom.rank=9");
    document.body().unwrap().click();
    assert_eq!(bar(), "doom.rank=9");
    assert!(!marked());

    // Back or Forward forgets a change not yet written: its timer writes nothing later.
    replace_query("doom.rank=10");
    forget_unwritten_query();
    assert_eq!(current_query(), "doom.rank=9");
    assert!(!marked());
    TimeoutFuture::new(ADDRESS_WRITE_DELAY_MS + 50).await;
    assert_eq!(bar(), "doom.rank=9");

    replace_query(&before);
    write_unwritten_query();
}

#[derive(Properties, PartialEq)]
struct ModeHostProps {
    picked: Rc<RefCell<Vec<Mode>>>,
}

#[function_component(ModeHost)]
fn mode_host(props: &ModeHostProps) -> Html {
    let mode = use_state(|| Mode::Discrete);
    let on_pick = {
        let (mode, picked) = (mode.clone(), props.picked.clone());
        Callback::from(move |m: Mode| {
            picked.borrow_mut().push(m);
            mode.set(m);
        })
    };
    html! {
        <fieldset class="mode-switch">
            <legend>{ "Prior" }</legend>
            { radio_group("doom-mode", Look::Pills, *mode, vec![
                Choice::text(Mode::Discrete, "A few hypotheses"),
                Choice::text(Mode::Continuous, "A continuous prior over N"),
            ], &on_pick) }
        </fieldset>
    }
}

#[wasm_bindgen_test]
async fn a_radio_group_names_its_options_by_their_url_words_and_reports_the_pick() {
    let root = mount_point();
    let picked = Rc::new(RefCell::new(Vec::new()));
    let props = ModeHostProps {
        picked: picked.clone(),
    };
    yew::Renderer::<ModeHost>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let input = |id: &str| -> HtmlInputElement {
        root.query_selector(&format!("#{id}"))
            .unwrap()
            .expect("an input per variant, named by its URL word")
            .unchecked_into()
    };
    let (discrete, continuous) = (input("doom-mode-discrete"), input("doom-mode-continuous"));
    assert_eq!(
        (discrete.type_(), discrete.name()),
        ("radio".into(), "doom-mode".into())
    );
    assert!(discrete.checked() && !continuous.checked());
    let label = root
        .query_selector("label[for='doom-mode-continuous']")
        .unwrap()
        .expect("each input labelled");
    assert_eq!(label.text_content().unwrap(), "A continuous prior over N");
    label.unchecked_into::<HtmlElement>().click();
    settle().await;
    assert_eq!(*picked.borrow(), [Mode::Continuous]);
    assert!(continuous.checked() && !discrete.checked());
}

#[wasm_bindgen_test]
async fn the_page_is_laid_out_whole_until_the_frame_after_the_latest_request() {
    let root = gloo::utils::document().document_element().unwrap();
    let whole = || root.has_attribute("data-exact-layout");
    assert!(!whole());
    lay_out_whole_for_a_frame();
    assert!(whole(), "at once, for the layout the caller asks for next");
    next_frame().await;
    assert!(
        whole(),
        "through the next frame, in which each block remembers its size"
    );
    // A second request before the first one's frame has passed: the first one's end leaves it.
    lay_out_whole_for_a_frame();
    next_frame().await;
    assert!(whole(), "the latest request's frame has not passed");
    next_frame().await;
    next_frame().await;
    assert!(!whole(), "over once the latest request's frame has passed");
}
