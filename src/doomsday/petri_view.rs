//! The Petri dish: in a population that doubles G times, the share of everyone ever born who
//! lives in the first k doublings.

use yew::prelude::*;

use crate::components::chart_export::{chart_export, csv};
use crate::components::chart_frame::{axis_title, Frame, Scale};
use crate::components::sci::probability;
use crate::components::slider::Slider;
use crate::doomsday::params::{DoomsdayAction, DoomsdayParams, MAX_DOUBLINGS};
use crate::doomsday::petri::{early_share, last_generation_share};
use crate::explainer::Refusal;
use crate::number_format::format_superscript;

/// Room at the left for "10⁻¹⁰" and below the axis for its title's two lines, at a phone's
/// larger type.
const FRAME: Frame = Frame {
    width: 720.0,
    height: 236.0,
    left: 72.0,
    right: 700.0,
    top: 16.0,
    bottom: 170.0,
};

#[derive(Properties, Clone, PartialEq)]
pub struct PetriViewProps {
    pub doublings: u32,
    pub early: u32,
    pub dispatch: Callback<DoomsdayAction>,
    /// The reader's last change, if it broke a rule (k ≤ G): shown below its slider.
    pub refusal: Option<Refusal<DoomsdayAction>>,
}

/// How surprising a share `cell` is beside `human`, in words: within a factor of ten either way
/// the two are "comparably surprising"; otherwise the smaller share is the more surprising.
fn compared(cell: f64, human: f64) -> &'static str {
    let orders = (cell / human).log10();
    if orders.abs() <= 1.0 {
        "comparably surprising to"
    } else if orders < 0.0 {
        "far more surprising than"
    } else {
        "far less surprising than"
    }
}

#[function_component(PetriView)]
pub fn petri_view(props: &PetriViewProps) -> Html {
    let (g, k) = (props.doublings, props.early);
    let refused = |kind: DoomsdayAction| {
        let reason = props.refusal.as_ref().and_then(|r| r.reason_for(&kind));
        reason.map(AttrValue::from)
    };
    let share = early_share(g, k);
    // The comparison the caption makes: an early human under the page's default Stars world.
    let defaults = DoomsdayParams::default();
    let stars = &defaults.hypotheses[0];
    let stars_share = defaults.rank / stars.total;
    let floor = (early_share(g, 0).log10().floor()).min(-1.0);
    let (across, up) = (
        Scale::up_to(f64::from(g)),
        Scale::Log10 { lo: floor, hi: 0.0 },
    );
    let x = |j: u32| FRAME.x(across, f64::from(j));
    let y = |s: f64| FRAME.y(up, s);
    let points: Vec<String> = (0..=g)
        .map(|j| format!("{:.1},{:.1}", x(j), y(early_share(g, j))))
        .collect();
    html! {
        <section class="petri" aria-labelledby="petri-title">
            <h3 id="petri-title">{ "The Petri dish" }</h3>
            <p>
                { "The source post compares us to bacteria a few doublings after a dish is inoculated. In a \
                   population that starts from one cell and doubles every generation, each generation \
                   outnumbers all earlier ones together, so almost everyone is born near the end." }
            </p>
            <div class="control-row two">
                <Slider id="doom-doublings" label="Doublings in the dish's life, G" value={f64::from(g)} min={1.0}
                    max={f64::from(MAX_DOUBLINGS)} step={1.0} value_text={g.to_string()}
                    on_change={props.dispatch.reform(DoomsdayAction::SetDoublings)}
                    refusal={refused(DoomsdayAction::SetDoublings(0.0))} />
                <Slider id="doom-early" label="Early doublings, k" value={f64::from(k)} min={0.0}
                    max={f64::from(g)} step={1.0} value_text={k.to_string()}
                    on_change={props.dispatch.reform(DoomsdayAction::SetEarly)}
                    refusal={refused(DoomsdayAction::SetEarly(0.0))} />
            </div>
            <p class="result-sentence" aria-live="polite" data-testid="doom-petri-share" data-value={format!("{share:e}")}>
                { format!("A cell born in the first {k} doublings of a dish that doubles {g} times is among the first ") }
                <strong>{ probability(share, 1.0 - share, 3) }</strong>
                { " of all cells that will ever live; " }
                { probability(last_generation_share(g), 1.0 - last_generation_share(g), 3) }
                { " are born in the very last generation." }
            </p>
            <figure class="chart" id="doom-petri-chart">
                { FRAME.svg("petri-caption", html! { <>
                    <polyline class="curve series-3" points={points.join(" ")} />
                    <circle class="marker" cx={x(k).to_string()} cy={y(share).to_string()} r="6" />
                    <line class="axis-line" x1={FRAME.left.to_string()} x2={FRAME.right.to_string()} y1={FRAME.bottom.to_string()} y2={FRAME.bottom.to_string()} />
                    <text x={(FRAME.left - 6.0).to_string()} y={(FRAME.top + 4.0).to_string()} text-anchor="end">{ "1" }</text>
                    <text x={(FRAME.left - 6.0).to_string()} y={(FRAME.bottom + 4.0).to_string()} text-anchor="end">{ format_superscript(10f64.powf(floor), 1) }</text>
                    <text x={FRAME.left.to_string()} y={(FRAME.bottom + 18.0).to_string()}>{ "0" }</text>
                    <text x={FRAME.right.to_string()} y={(FRAME.bottom + 18.0).to_string()} text-anchor="end">{ g.to_string() }</text>
                    { axis_title(&FRAME.centre_x().to_string(), FRAME.bottom + 36.0, "doublings so far (the curve: share of all cells ever born by then, log scale)") }
                </> }) }
                { chart_export("doom-petri-chart", "petri-dish", csv(
                    &["doublings", "share_born_by_then"],
                    &(0..=g).map(|j| vec![j.to_string(), format!("{:e}", early_share(g, j))]).collect::<Vec<_>>(),
                )) }
                <figcaption id="petri-caption">
                    { "The share of all cells ever born who are born by each doubling rises as a straight line on a \
                       log scale: it doubles every generation until the last. Under SSA, being this early in the dish \
                       is " }
                    { compared(share, stars_share) }
                    { " being an early human under Stars (" }
                    { probability(share, 1.0 - share, 2) }
                    { " here, against " }
                    { probability(stars_share, 1.0 - stars_share, 2) }
                    { format!(" for a rank of {} among the {} people of {}, the page's defaults). ",
                        format_superscript(defaults.rank, 4), format_superscript(stars.total, 3), stars.name) }
                    { "Yet some cells are \
                       early, and only they can ask the question early. The standard reply from SSA's side: if every \
                       cell reasoned this way and bet on being late, almost all of them, the ones born late, would be \
                       right, so the early ones being wrong does not refute the reasoning. About 8 billion of the 117 \
                       billion humans ever born (6.8%, PRB 2022) are alive now: so far our curve looks like the end of \
                       a growth spurt, and Stars says it is really the beginning." }
                </figcaption>
            </figure>
        </section>
    }
}
