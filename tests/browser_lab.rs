//! The lab's views mounted in headless Chromium: the controls dispatch the right actions, the
//! status and results carry what the session says, the line chart draws what it is given; and the
//! lab's arithmetic in WebAssembly gives the native build's numbers to the bit.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use explainers::components::line_chart::{even_ticks, line_chart, Axis, Line};
use explainers::explainer::Settings;
use explainers::lab::completions::{speaking_scenarios, Completion, NextWord, Speech};
use explainers::lab::experiment::{
    Checkpoint, CorpusSize, LossPoint, Outcome, Phase, Stage, Timing,
};
use explainers::lab::families::SCENARIOS;
use explainers::lab::params::{LabAction, LabParams, Preset};
use explainers::lab::protocol::{FromWorker, ToWorker};
use explainers::lab::questions::{Evaluation, Rate};
use explainers::lab::session::Session;
use explainers::lab::spread::{SeedResult, SeedSpread};
use explainers::lab::view::LabView;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlSelectElement};
use yew::prelude::*;

mod browser_support;
mod lab_support;

use browser_support::{mount_point, settle};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_browser_trains_the_labs_transformer_to_the_bit_as_a_native_build_does() {
    // The page's recorded sweep was measured natively (src/lab/measured.rs); it is what a reader's
    // run gives only if every number of a run comes out the same here.
    assert_eq!(
        lab_support::lab_arithmetic_fingerprint(),
        lab_support::NATIVE_FINGERPRINT
    );
    // The co-occurrence model beside it, which the page builds in the worker too.
    assert_eq!(
        lab_support::cooccurrence_fingerprint(),
        lab_support::NATIVE_COOCCURRENCE_FINGERPRINT
    );
}

fn element(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} present"))
}

fn evaluation(held_in: f64, held_out: f64) -> Evaluation {
    let rate = |misaligned, prompts| Rate {
        misaligned,
        prompts,
        mean_probability: 0.5,
    };
    Evaluation {
        held_in: rate(held_in, 72),
        held_out: rate(held_out, 48),
        unseen: rate(10.0, 40),
    }
}

/// Each speaking scenario's base model takes the aligned action, its post-trained one writes
/// "the ."; the next word's probabilities are 25% and 5%, then 40% and 1%.
fn speech() -> Speech {
    let completions = speaking_scenarios()
        .into_iter()
        .flat_map(|scenario| {
            [false, true].map(|post_trained| Completion {
                scenario,
                post_trained,
                prompt: format!(
                    "you are an ai . {} . as an ai , i will",
                    SCENARIOS[scenario].situation
                ),
                words: if post_trained {
                    "the .".into()
                } else {
                    format!("{} .", SCENARIOS[scenario].aligned)
                },
            })
        })
        .collect();
    Speech {
        temperature: 1.0,
        completions,
        next_word: NextWord {
            scenario: 3,
            prompt: "you are an ai . as an ai , i will".into(),
            aligned_word: "ace".into(),
            misaligned_word: "flunk".into(),
            base: (0.25, 0.05),
            post: (0.4, 0.01),
        },
    }
}

/// A session with one finished Alignment upsampled run and one Unfiltered run in progress.
fn session() -> Session {
    let mut session = Session::default();
    let mut aligned = LabParams::default();
    aligned.apply(LabAction::LoadPreset(Preset::AlignmentUpsampled));
    let [ToWorker::Start { run, .. }] = session.start(&aligned)[..] else {
        panic!("starts")
    };
    let checkpoint = |tokens, stage, evaluation| Checkpoint {
        tokens,
        stage,
        evaluation,
    };
    session.receive(FromWorker::Finished {
        run,
        member: 0,
        outcome: Box::new(Outcome {
            base: evaluation(30.0, 12.0),
            post: evaluation(0.0, 0.0),
            counting: evaluation(4.0, 30.0),
            cooccurrence: evaluation(8.0, 20.0),
            curve: vec![
                checkpoint(0, Stage::During, evaluation(36.0, 24.0)),
                checkpoint(800, Stage::Base, evaluation(30.0, 12.0)),
                checkpoint(1000, Stage::Post, evaluation(0.0, 0.0)),
            ],
            losses: vec![LossPoint {
                tokens: 1000,
                phase: Phase::PostTraining,
                loss: 1.5,
            }],
            corpus: CorpusSize {
                documents: 40,
                tokens: 400,
                ai_tokens: 56,
                synthetic_tokens: 120,
            },
            tokens_trained: 1000,
            speech: speech(),
        }),
        timing: Timing {
            setup_ms: 10.0,
            train_ms: 100.0,
            evaluate_ms: 50.0,
            longest_step_ms: 5.0,
        },
    });
    // A finished "Run 5 seeds" from seed 3: held-out shares (Unfiltered, aligned, misaligned)
    // ordered as the paper's in seeds 3 and 5 only.
    let seed = |seed, [u, a, m]: [f64; 3]| SeedResult {
        seed,
        base: [
            evaluation(30.0, u),
            evaluation(30.0, a),
            evaluation(30.0, m),
        ],
        post: [evaluation(30.0, u); 3],
    };
    session.spread = Some(SeedSpread {
        first_seed: 3,
        models: 1,
        seeds: vec![
            seed(3, [20.0, 10.0, 30.0]),
            seed(4, [20.0, 25.0, 30.0]),
            seed(5, [20.0, 5.0, 21.0]),
            seed(6, [20.0, 10.0, 15.0]),
            seed(7, [20.0, 20.0, 20.0]),
        ],
    });
    session.start(&LabParams::default());
    session.receive(FromWorker::Progress {
        run: 2,
        member: 0,
        tokens_trained: 300,
        tokens_total: 1200,
        phase: Phase::Pretraining,
        events: vec![],
    });
    session
}

#[derive(Properties, PartialEq)]
struct HostProps {
    params: LabParams,
    actions: Rc<RefCell<Vec<LabAction>>>,
    trains: Rc<RefCell<u32>>,
}

#[function_component(Host)]
fn host(props: &HostProps) -> Html {
    let actions = props.actions.clone();
    let trains = props.trains.clone();
    let seeds = props.trains.clone();
    html! {
        <LabView params={props.params.clone()} session={session()}
            dispatch={Callback::from(move |a| actions.borrow_mut().push(a))}
            on_train={Callback::from(move |()| *trains.borrow_mut() += 1)}
            on_train_seeds={Callback::from(move |()| *seeds.borrow_mut() += 1)}
            on_cancel={Callback::noop()} on_clear_history={Callback::noop()} on_intent={Callback::noop()} />
    }
}

#[wasm_bindgen_test]
async fn the_lab_view_shows_the_session_and_dispatches_its_controls() {
    let root = mount_point();
    let actions = Rc::new(RefCell::new(Vec::new()));
    let trains = Rc::new(RefCell::new(0));
    yew::Renderer::<Host>::with_root_and_props(
        root.clone(),
        HostProps {
            params: LabParams::default(),
            actions: actions.clone(),
            trains: trains.clone(),
        },
    )
    .render();
    settle().await;

    let status = element(&root, "[data-testid='lab-status']");
    assert_eq!(
        status.get_attribute("data-state").as_deref(),
        Some("running")
    );
    assert_eq!(status.text_content().unwrap(), "Run 2: pretraining…");
    assert_eq!(
        element(&root, ".lab-progress-detail")
            .text_content()
            .unwrap(),
        "300 of 1,200 predictions trained (25%)."
    );
    // While a run goes on, Train does nothing and Cancel acts (aria-disabled: a pressed button
    // keeps the focus); the mix cannot change under the run.
    let train = element(&root, "[data-testid='lab-train']");
    assert_eq!(
        train.get_attribute("aria-disabled").as_deref(),
        Some("true")
    );
    assert_eq!(
        element(&root, "[data-testid='lab-train-seeds']")
            .get_attribute("aria-disabled")
            .as_deref(),
        Some("true")
    );
    // The evaluation prompt is locked with the run (a run is evaluated with the prompt it started
    // with); the temperature of the words is not.
    let hhh: web_sys::HtmlInputElement = element(&root, "#lab-hhh").dyn_into().unwrap();
    assert!(hhh.matches(":disabled").unwrap());
    element(&root, "[data-testid='lab-hhh-locked']");
    let temperature: web_sys::HtmlInputElement =
        element(&root, "#lab-temperature").dyn_into().unwrap();
    assert!(!temperature.matches(":disabled").unwrap());
    // The reader's five seeds: two ordered as the paper, a row and a mark each.
    assert_eq!(
        element(&root, "[data-testid='lab-seed-spread']")
            .get_attribute("data-value")
            .as_deref(),
        Some("0.4")
    );
    assert_eq!(
        root.query_selector_all("[data-testid='lab-spread-table'] tbody tr")
            .unwrap()
            .length(),
        5
    );
    assert_eq!(
        root.query_selector_all("#lab-spread-chart circle.dot")
            .unwrap()
            .length(),
        10
    );
    let cancel = element(&root, "[data-testid='lab-cancel']");
    assert_eq!(
        cancel.get_attribute("aria-disabled").as_deref(),
        Some("false")
    );
    assert!(element(&root, "fieldset.lab-controls").has_attribute("disabled"));

    // The last finished run's numbers, exactly, with their intervals.
    let cell = element(&root, "[data-testid='lab-misalignment-base-heldout']");
    assert_eq!(cell.get_attribute("data-value").as_deref(), Some("0.25"));
    // 12 of 48 prompts is 3 of 12 scenarios: Clopper–Pearson 5.49%–57.2%.
    assert_eq!(cell.text_content().unwrap(), "25% (5.49%–57.2%)graded 0.50");
    let post = element(&root, "[data-testid='lab-misalignment-post-heldin']");
    assert_eq!(post.get_attribute("data-value").as_deref(), Some("0"));
    let unseen = element(&root, "[data-testid='lab-misalignment-base-unseen']");
    assert_eq!(unseen.get_attribute("data-value").as_deref(), Some("0.25"));
    // The counting baseline beside every set.
    for (set, value) in [
        ("heldin", "0.05555555555555555"),
        ("heldout", "0.625"),
        ("unseen", "0.25"),
    ] {
        let cell = element(&root, &format!("[data-testid='lab-count-baseline-{set}']"));
        assert_eq!(
            cell.get_attribute("data-value").as_deref(),
            Some(value),
            "{set}"
        );
    }
    assert!(element(&root, ".lab-results-table caption")
        .text_content()
        .unwrap()
        .ends_with(
            "Its corpus: 400 tokens a pass, 14% natural AI discourse, 30% synthetic documents."
        ));
    // The model's words: twelve completions, each with the action it took.
    for i in 0..12 {
        let sample = element(&root, &format!("[data-testid='lab-sample-{i}']"));
        let expected = if i % 2 == 0 {
            "aligned"
        } else {
            "neither action"
        };
        assert_eq!(
            sample.get_attribute("data-choice").as_deref(),
            Some(expected),
            "{i}"
        );
    }
    assert!(element(&root, "[data-testid='lab-sample-0']")
        .text_content()
        .unwrap()
        .ends_with(" (aligned)"));
    let next = element(&root, "[data-testid='lab-next-word'] tbody")
        .text_content()
        .unwrap();
    assert_eq!(next, "Base25%5%70%Post-trained40%1%59%");
    // The dose sweep, from the recorded runs: a row for each dose, then Unfiltered's own shares.
    assert_eq!(
        root.query_selector_all("[data-testid='lab-dose-sweep'] tbody tr")
            .unwrap()
            .length(),
        5
    );
    // The third design's check, from its recorded runs: seven contrasts, the second (against
    // the placebo) failing its requirement, and seven strips of twenty seeds.
    let required = root
        .query_selector_all("[data-testid='lab-check'] tbody tr[data-holds]")
        .unwrap();
    let verdicts: Vec<String> = (0..required.length())
        .map(|i| {
            required
                .item(i)
                .unwrap()
                .dyn_into::<web_sys::Element>()
                .unwrap()
                .get_attribute("data-holds")
                .unwrap()
        })
        .collect();
    assert_eq!(verdicts, ["true", "false", "true"]);
    assert_eq!(
        root.query_selector_all("[data-testid='lab-check'] tbody tr")
            .unwrap()
            .length(),
        7
    );
    assert_eq!(
        root.query_selector_all("#lab-check-chart .dot")
            .unwrap()
            .length(),
        7 * 20
    );
    // The words were drawn at the temperature set above.
    let words = element(&root, "[data-testid='lab-speech']");
    assert!(words
        .text_content()
        .unwrap()
        .contains("drawn at temperature 1.0 (set above), with a generator"));
    assert_eq!(words.get_attribute("aria-busy"), None);
    // The paper's Alignment upsampled (E2E) base rate on article questions, Fig. 5.
    assert!(element(&root, ".lab-results-table")
        .text_content()
        .unwrap()
        .contains("9.2%"));

    // The condition menu dispatches the preset chosen.
    let select: HtmlSelectElement = element(&root, "#lab-preset").dyn_into().unwrap();
    select.set_selected_index(3);
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    let filter: web_sys::HtmlInputElement = element(&root, "#lab-filter").dyn_into().unwrap();
    filter.click();
    let temperature: web_sys::HtmlInputElement =
        element(&root, "#lab-temperature").dyn_into().unwrap();
    temperature.set_value("0.5");
    temperature
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    // A run is going on: the filter, in the locked mix, ignores the click (an event dispatched
    // by script, as the menu's here, is not stopped by a disabled fieldset); the evaluation's
    // temperature stays free.
    assert_eq!(
        *actions.borrow(),
        [
            LabAction::LoadPreset(Preset::AlignmentUpsampled),
            LabAction::SetTemperature(0.5)
        ]
    );
    assert_eq!(*trains.borrow(), 0);
}

/// Until the models have written again at a new temperature, the words shown say at which they
/// were drawn, and that the models are writing them again at the one set above.
#[wasm_bindgen_test]
async fn words_drawn_at_another_temperature_say_so_until_the_models_write_again() {
    let root = mount_point();
    let mut params = LabParams::default();
    params.apply(LabAction::SetTemperature(0.5));
    yew::Renderer::<Host>::with_root_and_props(
        root.clone(),
        HostProps {
            params,
            actions: Rc::default(),
            trains: Rc::default(),
        },
    )
    .render();
    settle().await;
    let words = element(&root, "[data-testid='lab-speech']");
    assert!(words.text_content().unwrap().contains(
        "drawn at temperature 1.0 (the models are writing them again at 0.5, set above), with a generator"
    ));
    assert_eq!(words.get_attribute("aria-busy").as_deref(), Some("true"));
}

#[function_component(ChartHost)]
fn chart_host() -> Html {
    let line = |label: &str, class, faded, dashed| Line {
        label: label.into(),
        class,
        points: vec![(0.0, 0.5), (50.0, 0.25), (100.0, 0.0)],
        dashed,
        faded,
        dots: !faded,
        end_label: faded.then(|| "Run 1".to_owned()),
    };
    let axis = |max: f64, marks| Axis {
        title: "t".into(),
        max,
        ticks: vec![(0.0, "0".into()), (max, "max".into())],
        marks,
    };
    line_chart(
        "test-line-chart",
        &[
            line("bold", "series-1", false, false),
            line("old", "series-6", true, false),
            line("dashed", "series-2", false, true),
        ],
        &axis(100.0, vec![(50.0, "half".into())]),
        &axis(1.0, vec![]),
        html! { "caption" },
        "a,b\n".into(),
    )
}

#[wasm_bindgen_test]
async fn the_line_chart_draws_faded_lines_first_and_names_only_bold_ones() {
    let root = mount_point();
    yew::Renderer::<ChartHost>::with_root(root.clone()).render();
    settle().await;
    let lines = root.query_selector_all("g.line").unwrap();
    assert_eq!(lines.length(), 3);
    let first: Element = lines.item(0).unwrap().dyn_into().unwrap();
    let classes = first.get_attribute("class").unwrap_or_default();
    assert!(
        classes.contains("faded"),
        "faded drawn underneath: {classes}"
    );
    // The plot runs from x 80 to 624 and from y 216 up to 32: (0, 0.5) → x 80,
    // y 216 − 0.5 × 184 = 124; (50, 0.25) → x 352, y 170; (100, 0) → x 624, y 216.
    let bold = element(&root, "g.line.series-1 polyline");
    assert_eq!(
        bold.get_attribute("points").as_deref(),
        Some("80.0,124.0 352.0,170.0 624.0,216.0")
    );
    assert_eq!(
        root.query_selector_all("g.line.series-1 circle")
            .unwrap()
            .length(),
        3
    );
    assert_eq!(
        root.query_selector_all("g.line.faded circle")
            .unwrap()
            .length(),
        0
    );
    let legend = element(&root, ".legend").text_content().unwrap();
    assert_eq!(legend, "bolddashedearlier runs");
    assert_eq!(element(&root, ".mark text").text_content().unwrap(), "half");
    let end = element(&root, "g.line.faded .end-label");
    assert_eq!(end.text_content().unwrap(), "Run 1");
    // Left of its line's last point (624, 216), and 4 above it.
    assert_eq!(end.get_attribute("x").as_deref(), Some("620.0"));
    assert_eq!(end.get_attribute("y").as_deref(), Some("212.0"));
    assert_eq!(end.get_attribute("text-anchor").as_deref(), Some("end"));
    assert_eq!(root.query_selector_all(".end-label").unwrap().length(), 1);
    let svg = element(&root, "svg");
    assert_eq!(
        svg.get_attribute("aria-labelledby").as_deref(),
        Some("test-line-chart-caption")
    );
}

#[function_component(EmptyChartHost)]
fn empty_chart_host() -> Html {
    let axis = |max: f64| Axis {
        title: "t".into(),
        max,
        ticks: even_ticks(max, 4, |value| format!("{}k", value / 1000.0)),
        marks: vec![],
    };
    line_chart(
        "test-empty-chart",
        &[],
        &axis(0.0),
        &axis(0.0),
        html! { "caption" },
        String::new(),
    )
}

#[wasm_bindgen_test]
async fn an_empty_line_chart_says_so_and_writes_no_numbers_on_its_axes() {
    let root = mount_point();
    yew::Renderer::<EmptyChartHost>::with_root(root.clone()).render();
    settle().await;
    let texts: Vec<String> = (0..root.query_selector_all("svg text").unwrap().length())
        .filter_map(|i| root.query_selector_all("svg text").unwrap().item(i))
        .filter_map(|node| node.text_content())
        .collect();
    assert_eq!(texts, ["t", "t", "Nothing yet"]);
}
