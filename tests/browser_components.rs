//! Shared components mounted in headless Chromium: their DOM, ARIA and behaviour.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use explainers::components::draggable_number::DraggableNumber;
use explainers::components::number_field::NumberField;
use explainers::components::offscreen_deferred::{OffscreenDeferred, CATCH_UP_MS};
use explainers::components::slider::{Scale, Slider};
use gloo::timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

mod browser_support;

use browser_support::{mount_point, next_frame, settle};

wasm_bindgen_test_configure!(run_in_browser);

fn input_in(root: &Element, selector: &str) -> HtmlInputElement {
    root.query_selector(selector)
        .unwrap()
        .expect("element present")
        .dyn_into()
        .unwrap()
}

/// Types `text` into `input` the way a person would: set the value, fire a bubbling `input`.
fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
}

fn press_key(input: &HtmlInputElement, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_bubbles(true);
    init.set_key(key);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    input.dispatch_event(&event).unwrap();
}

/// The values a hosted component reported, in order.
#[derive(Properties, PartialEq)]
struct HostProps {
    received: Rc<RefCell<Vec<f64>>>,
}

/// Owns a value the way the page does: the component reports a value, the host records it and
/// passes it back down.
#[hook]
fn use_reported_value(initial: f64, received: &Rc<RefCell<Vec<f64>>>) -> (f64, Callback<f64>) {
    let value = use_state(|| initial);
    let on_change = {
        let (value, received) = (value.clone(), received.clone());
        Callback::from(move |v: f64| {
            received.borrow_mut().push(v);
            value.set(v);
        })
    };
    (*value, on_change)
}

#[function_component(NumberHost)]
fn number_host(props: &HostProps) -> Html {
    let (value, on_change) = use_reported_value(1.175e11, &props.received);
    html! {
        <NumberField id="rank" label="Birth rank" value={value} min={1.0} max={1e40} {on_change} />
    }
}

/// A `NumberHost` mounted and rendered: its root, the values it received, and its input.
async fn mount_number_host() -> (Element, Rc<RefCell<Vec<f64>>>, HtmlInputElement) {
    let root = mount_point();
    let received = Rc::new(RefCell::new(Vec::new()));
    yew::Renderer::<NumberHost>::with_root_and_props(
        root.clone(),
        HostProps {
            received: received.clone(),
        },
    )
    .render();
    settle().await;
    let input = input_in(&root, "input#rank");
    (root, received, input)
}

#[wasm_bindgen_test]
async fn number_field_is_labelled_and_shows_its_value() {
    let (root, _, input) = mount_number_host().await;
    assert_eq!(input.value(), "1.175e11");
    assert_eq!(
        input.get_attribute("aria-invalid").as_deref(),
        Some("false")
    );
    assert_eq!(input.get_attribute("inputmode").as_deref(), Some("decimal"));
    let label = root.query_selector("label[for='rank']").unwrap().unwrap();
    assert_eq!(label.text_content().as_deref(), Some("Birth rank"));
    assert_eq!(
        input.get_attribute("aria-describedby").as_deref(),
        Some("rank-message")
    );
}

/// Two keys pressed before the page renders again (a loaded machine): "1e40" is applied, and
/// "1e400", out of range, must still put back the value from before editing, although the
/// field has not been rendered with 1e40 yet.
#[wasm_bindgen_test]
async fn number_field_restores_the_value_from_before_editing_when_two_keys_come_before_a_render() {
    let (root, received, input) = mount_number_host().await;
    input.focus().unwrap();
    let focus = web_sys::FocusEvent::new("focus").unwrap();
    input.dispatch_event(&focus).unwrap();
    // Both in one task: no render between them.
    type_into(&input, "1e40");
    type_into(&input, "1e400");
    settle().await;
    assert_eq!(*received.borrow(), vec![1e40, 1.175e11]);
    let message = root.query_selector("#rank-message").unwrap().unwrap();
    assert_eq!(
        message.text_content().as_deref(),
        Some("Must be at most 1e40. Still using 1.175e11.")
    );
    assert_eq!(input.value(), "1e400", "typed text is left as typed");
}

#[wasm_bindgen_test]
async fn number_field_accepts_scientific_notation_and_keeps_the_last_valid_value() {
    let (root, received, input) = mount_number_host().await;

    type_into(&input, "1.2×10^11");
    settle().await;
    assert_eq!(*received.borrow(), vec![1.2e11]);
    assert_eq!(
        input.get_attribute("aria-invalid").as_deref(),
        Some("false")
    );
    assert_eq!(input.value(), "1.2×10^11", "typed text is left as typed");

    type_into(&input, "1.2e");
    settle().await;
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let message = root.query_selector("#rank-message").unwrap().unwrap();
    assert_eq!(
        message.text_content().as_deref(),
        Some("Not a number (examples: 120, 1.2e11, 1.2×10^11). Still using 1.2e11.")
    );
    assert_eq!(received.borrow().len(), 1, "no invalid value is passed on");

    type_into(&input, "5e40");
    settle().await;
    assert_eq!(
        message.text_content().as_deref(),
        Some("Must be at most 1e40. Still using 1.2e11.")
    );

    press_key(&input, "Escape");
    settle().await;
    assert_eq!(input.value(), "1.2e11");
    assert_eq!(
        input.get_attribute("aria-invalid").as_deref(),
        Some("false")
    );
    assert_eq!(message.text_content().as_deref(), Some(""));
}

#[function_component(SliderHost)]
fn slider_host(props: &HostProps) -> Html {
    let received = props.received.clone();
    html! {
        <Slider
            id="n-stars"
            label="Humans under Stars"
            value={1e20}
            min={1.0}
            max={1e40}
            step={0.1}
            scale={Scale::Log10}
            value_text="1 × 10^20 humans"
            on_change={Callback::from(move |v| received.borrow_mut().push(v))}
        />
    }
}

#[wasm_bindgen_test]
async fn log_slider_exposes_positions_and_a_readable_value() {
    let root = mount_point();
    let received = Rc::new(RefCell::new(Vec::new()));
    yew::Renderer::<SliderHost>::with_root_and_props(
        root.clone(),
        HostProps {
            received: received.clone(),
        },
    )
    .render();
    settle().await;

    let input = input_in(&root, "input#n-stars");
    assert_eq!(input.type_(), "range");
    assert_eq!(input.min(), "0");
    assert_eq!(input.max(), "40");
    assert_eq!(input.value(), "20");
    assert_eq!(
        input.get_attribute("aria-valuetext").as_deref(),
        Some("1 × 10^20 humans")
    );
    let label = root
        .query_selector("label[for='n-stars']")
        .unwrap()
        .unwrap();
    assert_eq!(label.text_content().as_deref(), Some("Humans under Stars"));
    let output = root
        .query_selector("output#n-stars-value")
        .unwrap()
        .unwrap();
    assert_eq!(output.text_content().as_deref(), Some("1 × 10^20 humans"));

    type_into(&input, "11");
    settle().await;
    assert_eq!(*received.borrow(), vec![1e11]);
}

#[function_component(DraggableHost)]
fn draggable_host(props: &HostProps) -> Html {
    let (value, on_change) = use_reported_value(1e11, &props.received);
    html! {
        <p>
            { "Rank " }
            <DraggableNumber label="birth rank" value={value} min={1.0} max={1e40} scale={Scale::Log10}
                step={0.5} value_text={format!("{value:e}")} {on_change} testid="rank">
                { format!("{value:e}") }
            </DraggableNumber>
        </p>
    }
}

#[wasm_bindgen_test]
async fn draggable_number_is_a_keyboard_slider_that_takes_typed_values() {
    let root = mount_point();
    let received = Rc::new(RefCell::new(Vec::new()));
    yew::Renderer::<DraggableHost>::with_root_and_props(
        root.clone(),
        HostProps {
            received: received.clone(),
        },
    )
    .render();
    settle().await;

    let slider = || {
        root.query_selector("[data-testid='rank']")
            .unwrap()
            .unwrap()
    };
    let span: web_sys::HtmlElement = slider().dyn_into().unwrap();
    assert_eq!(span.get_attribute("role").as_deref(), Some("slider"));
    assert_eq!(span.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(
        span.get_attribute("aria-label").as_deref(),
        Some("birth rank")
    );
    assert_eq!(span.get_attribute("aria-valuemin").as_deref(), Some("0"));
    assert_eq!(span.get_attribute("aria-valuemax").as_deref(), Some("40"));
    assert_eq!(span.get_attribute("aria-valuenow").as_deref(), Some("11"));
    assert_eq!(
        span.get_attribute("aria-valuetext").as_deref(),
        Some("1e11")
    );

    let key = |key: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_bubbles(true);
        init.set_key(key);
        let event =
            web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        slider().dispatch_event(&event).unwrap();
    };
    key("ArrowUp");
    settle().await;
    key("PageDown");
    settle().await;
    key("End");
    settle().await;
    let received_now = received.borrow().clone();
    assert_eq!(received_now.len(), 3);
    assert!((received_now[0] / 10f64.powf(11.5) - 1.0).abs() < 1e-12);
    assert!((received_now[1] / 10f64.powf(6.5) - 1.0).abs() < 1e-12);
    assert_eq!(received_now[2], 1e40);
    assert_eq!(
        slider().get_attribute("aria-valuenow").as_deref(),
        Some("40")
    );

    key("Enter");
    settle().await;
    let input = input_in(&root, "input[aria-label='birth rank']");
    assert_eq!(input.value(), "1e40");
    type_into(&input, "7");
    press_key(&input, "Enter");
    settle().await;
    assert_eq!(received.borrow().last(), Some(&7.0));
    assert_eq!(
        slider().get_attribute("aria-valuetext").as_deref(),
        Some("7e0")
    );
}

#[wasm_bindgen_test]
async fn alignment_results_list_every_number_with_a_source() {
    use explainers::alignment::results::{EvalSet, PostPrompt};
    use explainers::alignment::results_view::{ResultsView, ResultsViewProps};
    let root = mount_point();
    yew::Renderer::<ResultsView>::with_root_and_props(
        root.clone(),
        ResultsViewProps {
            eval_set: EvalSet::Article,
            post_prompt: PostPrompt::Hhh,
            dispatch: Callback::noop(),
        },
    )
    .render();
    settle().await;
    let table = root
        .query_selector("[data-testid='paper-results-table']")
        .unwrap()
        .expect("the results table");
    let rows = table.query_selector_all("tbody tr").unwrap();
    // 4 stated + 4 figure-read base values, 4 post-trained, 8 × 2 insertion values.
    assert_eq!(rows.length(), 28);
    let links = table
        .query_selector_all("tbody a[href^='https://']")
        .unwrap();
    assert_eq!(links.length(), 28, "every number links to its source");
    let base = root
        .query_selector("#align-base-chart svg")
        .unwrap()
        .unwrap();
    assert_eq!(base.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(
        base.get_attribute("aria-labelledby").as_deref(),
        Some("align-base-chart-caption")
    );
    let values: Vec<String> = (0..4)
        .map(|i| {
            let row: Element = rows.item(i * 2).unwrap().dyn_into().unwrap();
            row.query_selector("td[data-value]")
                .unwrap()
                .unwrap()
                .get_attribute("data-value")
                .unwrap()
        })
        .collect();
    assert_eq!(values, ["0.45", "0.31", "0.51", "0.09"]);
}

/// A count, one more at each dispatch.
#[derive(Default, PartialEq)]
struct Count(u32);

impl Reducible for Count {
    type Action = ();
    fn reduce(self: Rc<Self>, _: ()) -> Rc<Self> {
        Rc::new(Count(self.0 + 1))
    }
}

/// A count shown inside an [`OffscreenDeferred`] block, and a button outside it that adds one.
#[function_component(DeferredHost)]
fn deferred_host() -> Html {
    let count = use_reducer(Count::default);
    let onclick = {
        let count = count.dispatcher();
        Callback::from(move |_: MouseEvent| count.dispatch(()))
    };
    html! {
        <>
            <button id="add-one" {onclick}>{ "add one" }</button>
            <div style="height: 20000px"></div>
            <OffscreenDeferred class="deferred-block">
                <span id="deferred-count">{ count.0 }</span>
            </OffscreenDeferred>
        </>
    }
}

/// Waits, a frame at a time, until `seen` holds `wanted` (at most 600 frames).
async fn until(seen: &Rc<RefCell<Option<bool>>>, wanted: bool) {
    for _ in 0..600 {
        if *seen.borrow() == Some(wanted) {
            return;
        }
        next_frame().await;
    }
    panic!("the browser never reported skipped = {wanted}");
}

#[wasm_bindgen_test]
async fn an_offscreen_block_shows_a_change_when_it_nears_the_screen_or_a_quarter_second_later() {
    let root = mount_point();
    yew::Renderer::<DeferredHost>::with_root(root.clone()).render();
    settle().await;
    let shown = || {
        root.query_selector("#deferred-count")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap_or_default()
    };
    let busy = || {
        root.query_selector(".deferred-block")
            .unwrap()
            .unwrap()
            .get_attribute("aria-busy")
    };
    let add_one = || {
        root.query_selector("#add-one")
            .unwrap()
            .unwrap()
            .dyn_into::<web_sys::HtmlElement>()
            .unwrap()
            .click()
    };
    let state = |count: &str, busy: Option<&str>| (count.to_owned(), busy.map(str::to_owned));
    // Without content-visibility the browser never skips the block: each change shows at once.
    add_one();
    settle().await;
    assert_eq!((shown(), busy()), state("1", None));

    // The browser's reports, heard after the block's own listener (registered at its start).
    let block = root.query_selector(".deferred-block").unwrap().unwrap();
    let seen: Rc<RefCell<Option<bool>>> = Rc::new(RefCell::new(None));
    let _listener = {
        let seen = seen.clone();
        gloo::events::EventListener::new(&block, "contentvisibilityautostatechange", move |e| {
            let skipped = js_sys::Reflect::get(e, &"skipped".into()).unwrap();
            *seen.borrow_mut() = skipped.as_bool();
        })
    };
    block
        .set_attribute("style", "content-visibility: auto")
        .unwrap();
    until(&seen, true).await;

    // Skipped, 20,000 px below the screen: changes wait, and the block says it is busy. (The
    // pause for Yew is timed before the block's catch-up, which its render sets.)
    add_one();
    add_one();
    settle().await;
    assert_eq!((shown(), busy()), state("1", Some("true")));
    // A quarter of a second after the first change held back, the latest shows, still skipped.
    TimeoutFuture::new(CATCH_UP_MS + 100).await;
    assert_eq!((shown(), busy()), state("3", None));

    // Changes that never pause: the second, 150 ms after the first, shows with it 250 ms after
    // the first (a catch-up put off by each change would not have come yet at 300).
    add_one();
    TimeoutFuture::new(150).await;
    add_one();
    TimeoutFuture::new(150).await;
    assert_eq!((shown(), busy()), state("5", None));

    // Near the screen: a change held back shows as soon as the browser draws the block.
    add_one();
    settle().await;
    assert_eq!(shown(), "5");
    block.scroll_into_view();
    until(&seen, false).await;
    settle().await;
    assert_eq!((shown(), busy()), state("6", None));
    root.remove();
}

/// In the browser, typed and linked numbers are read by the browser's `parseFloat` once their
/// syntax is checked (`number_format::nearest_double`); it must give Rust's `f64` to the bit,
/// on the cases where rounding is hardest: halfway cases, the ends of the subnormals and of the
/// range, more digits than a double holds.
#[wasm_bindgen_test]
fn the_browser_reads_numbers_to_the_bit_as_rust_does() {
    use explainers::number_format::parse_number;
    for text in [
        "0.1",
        "0.3",
        "1e23",
        "8.98846567431158e307",
        "1.7976931348623157e308",
        "1.7976931348623158e308",
        "2.2250738585072011e-308",
        "2.2250738585072014e-308",
        "4.9e-324",
        "2.4703282292062328e-324",
        "9007199254740993",
        "9007199254740992.5000000000000000001",
        "0.1000000000000000055511151231257827021181583404541015625",
        "0.1000000000000000055511151231257827021181583404541015624",
        "123456789012345678901234567890e-10",
        "7.038531e-26",
        "1.175e11",
        "-0.0",
        ".5",
        "5.",
        "+1e+5",
    ] {
        let rusts: f64 = text.parse().unwrap();
        let browsers = parse_number(text, f64::MIN, f64::MAX);
        assert_eq!(browsers.map(f64::to_bits), Ok(rusts.to_bits()), "{text}");
    }
}
