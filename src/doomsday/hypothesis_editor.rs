//! The list of hypotheses: a name, a total N and a prior weight each; add and remove.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::number_field::NumberField;
use crate::components::sci::sci;
use crate::doomsday::humans_control::HumansControl;
use crate::doomsday::model::Hypothesis;
use crate::doomsday::params::{DoomsdayAction, MAX_HYPOTHESES, MAX_NAME_CHARS, MAX_WEIGHT};
use crate::number_format::humans;

#[derive(Properties, Clone, PartialEq)]
pub struct HypothesisEditorProps {
    pub hypotheses: Vec<Hypothesis>,
    pub dispatch: Callback<DoomsdayAction>,
}

#[function_component(HypothesisEditor)]
pub fn hypothesis_editor(props: &HypothesisEditorProps) -> Html {
    let total_weight: f64 = props.hypotheses.iter().map(|h| h.weight).sum();
    let count = props.hypotheses.len();
    let on_add = props
        .dispatch
        .reform(|_: MouseEvent| DoomsdayAction::AddHypothesis);
    html! {
        <fieldset class="control-group hypotheses">
            <legend>{ format!("Hypotheses ({count} of at most {MAX_HYPOTHESES})") }</legend>
            <p class="hint">
                { "Each hypothesis says how many humans will ever live, N, and gets a prior weight; \
                   weights are divided by their sum, so 1 and 1 mean 50:50, and 1 and 19 mean 5:95." }
            </p>
            <ol class="hypothesis-list">
                { for props.hypotheses.iter().enumerate().map(|(index, hypothesis)| html! {
                    <HypothesisRow key={index} {index} hypothesis={hypothesis.clone()}
                        share={if total_weight > 0.0 { hypothesis.weight / total_weight } else { 0.0 }}
                        removable={count > 1} dispatch={props.dispatch.clone()} />
                }) }
            </ol>
            <button type="button" onclick={on_add} disabled={count >= MAX_HYPOTHESES}>{ "Add a hypothesis" }</button>
        </fieldset>
    }
}

#[derive(Properties, Clone, PartialEq)]
struct HypothesisRowProps {
    index: usize,
    hypothesis: Hypothesis,
    /// Its prior: its weight over the sum of the weights.
    share: f64,
    /// Whether it may be removed (it is not the last one).
    removable: bool,
    dispatch: Callback<DoomsdayAction>,
}

/// One hypothesis: its own component, so that moving one hypothesis's slider renders that row
/// alone, not all twelve.
#[function_component(HypothesisRow)]
fn hypothesis_row(props: &HypothesisRowProps) -> Html {
    let (i, h, dispatch) = (props.index, &props.hypothesis, &props.dispatch);
    let on_name = dispatch.reform(move |event: Event| {
        let input: HtmlInputElement = event.target_unchecked_into();
        DoomsdayAction::SetName(i, input.value())
    });
    let set_total = dispatch.reform(move |n| DoomsdayAction::SetTotal(i, n));
    let set_weight = dispatch.reform(move |w| DoomsdayAction::SetWeight(i, w));
    let on_remove = dispatch.reform(move |_: MouseEvent| DoomsdayAction::RemoveHypothesis(i));
    html! {
        <li class={format!("hypothesis series-{}", i % 8 + 1)}>
            <div class="hypothesis-head">
                <label for={format!("doom-name-{i}")} class="visually-hidden">{ format!("Name of hypothesis {}", i + 1) }</label>
                <input id={format!("doom-name-{i}")} class="name-input" type="text"
                    value={h.name.clone()} maxlength={MAX_NAME_CHARS.to_string()} onchange={on_name} />
                <button type="button" class="remove" disabled={!props.removable} onclick={on_remove}
                    aria-label={format!("Remove {}", h.name)}>{ "Remove" }</button>
            </div>
            <div class="control-row">
                <HumansControl slider_id={format!("doom-n-slider-{i}")} field_id={format!("doom-n-{i}")}
                    label={format!("N under {}", h.name)} value={h.total}
                    value_text={humans(h.total, 3)} step={0.01} on_change={set_total} />
                <NumberField id={format!("doom-weight-{i}")} label={format!("Prior weight of {}", h.name)}
                    value={h.weight} min={0.0} max={MAX_WEIGHT} on_change={set_weight} />
            </div>
            <p class="prior-share">
                { "Prior: " }{ sci(props.share * 100.0, 4) }{ "%" }
            </p>
        </li>
    }
}
