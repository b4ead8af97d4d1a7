//! The interactive doomsday explainer: examples, inputs, and every step of the update. It lives
//! in its own island (see `island`), mounted below the introduction the page frame shows.

use yew::prelude::*;

use crate::components::offscreen_deferred::OffscreenDeferred;
use crate::components::radio_group::{radio_group, Choice, Look};

use crate::doomsday::bayes_table::BayesTable;
use crate::doomsday::continuous_view::ContinuousView;
use crate::doomsday::hypothesis_editor::HypothesisEditor;
use crate::doomsday::model::{update, Rule, Update, UpdateError};
use crate::doomsday::number_line::NumberLine;
use crate::doomsday::odds_form::OddsForm;
use crate::doomsday::params::{DoomsdayAction, DoomsdayParams, Example, Mode};
use crate::doomsday::petri_view::PetriView;
use crate::doomsday::rank_control::RankControl;
use crate::doomsday::reference_class::ReferenceClass;
use crate::doomsday::result_sentence::ResultSentence;
use crate::doomsday::rule_picker::RulePicker;
use crate::doomsday::simulation_view::SimulationView;
use crate::explainer::Refusal;

#[derive(Properties, Clone, PartialEq)]
pub struct DoomsdayExplainerProps {
    pub params: DoomsdayParams,
    pub dispatch: Callback<DoomsdayAction>,
    /// The reader's last change, if it broke a rule; each control shows its own.
    pub refusal: Option<Refusal<DoomsdayAction>>,
}

/// The update under `rule` of the hypotheses as counted in the reference class.
fn update_under(params: &DoomsdayParams, rule: Rule) -> Result<Update, UpdateError> {
    update(&params.counted_hypotheses(), params.rank, rule)
}

#[function_component(DoomsdayExplainer)]
pub fn doomsday_explainer(props: &DoomsdayExplainerProps) -> Html {
    let params = &props.params;
    let dispatch = &props.dispatch;
    let primary = update_under(params, params.rule);
    let other_rule = params.rule.other();
    let comparison = params.compare.then(|| update_under(params, other_rule));

    let on_example = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            if let Some(example) = select
                .value()
                .parse::<usize>()
                .ok()
                .and_then(|i| Example::ALL.get(i).copied())
            {
                dispatch.emit(DoomsdayAction::LoadExample(example));
            }
            select.set_value("");
        })
    };
    let on_reset = dispatch.reform(|_: MouseEvent| DoomsdayAction::Reset);
    let on_mode = dispatch.reform(DoomsdayAction::SetMode);

    html! {
        <div class="doomsday-explainer">
            <div class="toolbar">
                <label for="doom-example">{ "Load a worked example" }</label>
                <select id="doom-example" onchange={on_example}>
                    <option value="" selected=true>{ "Choose…" }</option>
                    { for Example::ALL.iter().enumerate().map(|(i, example)| html! {
                        <option value={i.to_string()}>{ example.label() }</option>
                    }) }
                </select>
                <button type="button" onclick={on_reset}>{ "Reset the doomsday explainer" }</button>
            </div>

            <RankControl rank={params.rank} dispatch={dispatch.clone()} />
            <RulePicker rule={params.rule} compare={params.compare} dispatch={dispatch.clone()} />
            <fieldset class="mode-switch">
                <legend>{ "Prior" }</legend>
                { radio_group("doom-mode", Look::Pills, params.mode, vec![
                    Choice::text(Mode::Discrete, "A few hypotheses"),
                    Choice::text(Mode::Continuous, "A continuous prior over N"),
                ], &on_mode) }
            </fieldset>
            if params.mode == Mode::Discrete {
                <HypothesisEditor hypotheses={params.hypotheses.clone()} dispatch={dispatch.clone()} />
                <ResultSentence params={params.clone()} update={primary.clone()} dispatch={dispatch.clone()} />
                if let Ok(result) = &primary {
                    <NumberLine params={params.clone()} update={result.clone()} />
                    <OffscreenDeferred class="tables">
                        <BayesTable params={params.clone()} rule={params.rule} update={result.clone()} primary=true />
                        if let Some(Ok(other)) = &comparison {
                            <BayesTable params={params.clone()} rule={other_rule} update={other.clone()} primary=false />
                        }
                    </OffscreenDeferred>
                    <OddsForm params={params.clone()} update={result.clone()} />
                }
                <ReferenceClass params={params.clone()} dispatch={dispatch.clone()} />
                <SimulationView params={params.clone()} dispatch={dispatch.clone()} />
            } else {
                <ContinuousView params={params.clone()} dispatch={dispatch.clone()} refusal={props.refusal.clone()} />
            }
            <PetriView doublings={params.doublings} early={params.early} dispatch={dispatch.clone()} refusal={props.refusal.clone()} />
        </div>
    }
}
