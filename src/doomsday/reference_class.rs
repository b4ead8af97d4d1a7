//! Who counts as an observer like us: the share of later-born humans inside the reference class.

use yew::prelude::*;

use crate::components::number_field::NumberField;
use crate::components::sci::probability;
use crate::components::slider::{Scale, Slider};
use crate::doomsday::model::{complement, update, Rule};
use crate::doomsday::params::{DoomsdayAction, DoomsdayParams};
use crate::number_format::format_superscript;

/// The slider's smallest nonzero fraction (one in a trillion); the typed field also takes 0.
const MIN_SLIDER_FRACTION: f64 = 1e-12;

#[derive(Properties, Clone, PartialEq)]
pub struct ReferenceClassProps {
    pub params: DoomsdayParams,
    pub dispatch: Callback<DoomsdayAction>,
}

/// Below this factor N/r, f hardly matters for a world: f = 0 changes its count by under a tenth.
const HARDLY: f64 = 1.1;

/// How much f can matter for the smallest world (Dust by default): its later-born are N − r of
/// its N, so even f = 0 shrinks its counted total by the factor r/N at most.
fn dust_effect(p: &DoomsdayParams) -> String {
    let smallest = p
        .hypotheses
        .iter()
        .filter(|h| h.total >= p.rank)
        .min_by(|a, b| a.total.total_cmp(&b.total));
    match smallest {
        Some(h) => {
            let (name, factor) = (&h.name, h.total / p.rank);
            let later = format_superscript(h.total - p.rank, 3);
            let (total, by) = (
                format_superscript(h.total, 3),
                format_superscript(factor, 3),
            );
            // "Hardly matters" only while f = 0 changes its count by less than a tenth.
            if factor < HARDLY {
                format!(
                    "for {name} it hardly matters here: its later-born are {later} of its {total} \
                     people, so even f = 0 changes its counted total, and the odds, by a factor of at \
                     most {by}."
                )
            } else {
                format!(
                    "for {name} it matters too at this rank: its later-born are {later} of its {total} \
                     people, so f can shrink its counted total, and move the odds, by a factor of up \
                     to {by}."
                )
            }
        }
        None => "no hypothesis here reaches your rank.".to_owned(),
    }
}

#[function_component(ReferenceClass)]
pub fn reference_class(props: &ReferenceClassProps) -> Html {
    let p = &props.params;
    let f = p.reference_fraction;
    let on_change = props.dispatch.reform(DoomsdayAction::SetReferenceFraction);
    let as_counted = update(&p.counted_hypotheses(), p.rank, Rule::Ssa);
    let everyone = update(&p.hypotheses, p.rank, Rule::Ssa);
    let effect = match (as_counted, everyone) {
        (Ok(counted), Ok(all)) if p.hypotheses.len() >= 2 => {
            let first = &p.hypotheses[0];
            let counted_total = p.counted_hypotheses()[0].total;
            html! {
                <p data-testid="doom-refclass-effect">
                    { format!("With f = {}, {} counts {} observers like us among its {} humans, and SSA leaves it at ",
                        format_superscript(f, 3), first.name, format_superscript(counted_total, 3),
                        format_superscript(first.total, 3)) }
                    <strong>{ probability(counted.rows[0].posterior, complement(&counted, 0), 3) }</strong>
                    { " (counting everyone: " }
                    { probability(all.rows[0].posterior, complement(&all, 0), 3) }
                    { "). Under SIA the choice makes no difference: the factor N it adds is the factor it removes." }
                </p>
            }
        }
        _ => html! {},
    };
    html! {
        <fieldset class="control-group">
            <legend>{ "The reference class: who counts as an observer like us?" }</legend>
            <p>
                { "The Stars future \"speciates\": most of its people may be post-humans whose minds, \
                   bodies and questions differ from ours. If they do not belong to the class of observers \
                   you could have found yourself among, they do not count in N, and the SSA update shrinks. \
                   Everyone born up to you counts; set the share of those born after you who also count. \
                   The counted total is N′ = r + f · (N − r)." }
            </p>
            <p data-testid="doom-refclass-scope">
                { "The same f applies to the people born after you in every hypothesis, Dust's near-term \
                   people included: f asks which kinds of beings you could have found yourself among, and \
                   that does not depend on which future is real. One could argue that Dust's near-term people, \
                   humans much like us, should always count in full; " }
                { dust_effect(p) }
            </p>
            <div class="control-row">
                <Slider id="doom-refclass-slider" label="Share f of later-born humans who count (log scale)"
                    value={f.max(MIN_SLIDER_FRACTION)} min={MIN_SLIDER_FRACTION} max={1.0} step={0.1}
                    scale={Scale::Log10} value_text={format_superscript(f, 3)} on_change={on_change.clone()} />
                <NumberField id="doom-refclass" label="Share f (0 to 1)" value={f} min={0.0} max={1.0} {on_change} />
            </div>
            { effect }
        </fieldset>
    }
}
