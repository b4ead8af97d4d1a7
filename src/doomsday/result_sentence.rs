//! The live sentence that states the result; its numbers can be dragged, stepped and typed.

use yew::prelude::*;

use crate::components::draggable_number::DraggableNumber;
use crate::components::sci::{probability, sci};
use crate::components::slider::Scale;
use crate::doomsday::model::{complement, Update, UpdateError};
use crate::doomsday::params::{DoomsdayAction, DoomsdayParams, MAX_TOTAL, MIN_TOTAL};
use crate::doomsday::rule_picker::rule_name;
use crate::number_format::{format_superscript, humans, probability_text};

#[derive(Properties, Clone, PartialEq)]
pub struct ResultSentenceProps {
    pub params: DoomsdayParams,
    /// The update, or why there is none: the sentence, and its draggable numbers, stay either
    /// way, so that the key or drag that caused an error can undo it.
    pub update: Result<Update, UpdateError>,
    pub dispatch: Callback<DoomsdayAction>,
}

#[function_component(ResultSentence)]
pub fn result_sentence(props: &ResultSentenceProps) -> Html {
    let params = &props.params;
    let dispatch = &props.dispatch;
    let total_number = |i: usize| {
        let h = &params.hypotheses[i];
        html! {
            <DraggableNumber
                label={format!("N under {}", h.name)}
                value={h.total}
                min={MIN_TOTAL}
                max={MAX_TOTAL}
                scale={Scale::Log10}
                step={0.1}
                value_text={humans(h.total, 3)}
                whole={true}
                on_change={dispatch.reform(move |n| DoomsdayAction::SetTotal(i, n))}
                testid={format!("doom-drag-n-{i}")}
            >
                { sci(h.total, 3) }
            </DraggableNumber>
        }
    };
    let rank = html! {
        <DraggableNumber
            label="birth rank"
            value={params.rank}
            min={MIN_TOTAL}
            max={MAX_TOTAL}
            scale={Scale::Log10}
            step={0.1}
            value_text={format_superscript(params.rank, 4)}
            whole={true}
            on_change={dispatch.reform(DoomsdayAction::SetRank)}
            testid="doom-drag-rank"
        >
            { sci(params.rank, 4) }
        </DraggableNumber>
    };
    let name = |i: usize| params.hypotheses[i].name.clone();
    let rule = rule_name(params.rule);
    let others = params.hypotheses.len().saturating_sub(2);
    let against = html! {
        if params.hypotheses.len() >= 2 {
            { format!(", {} (", name(0)) }{ total_number(0) }{ " humans ever) against " }
            { format!("{} (", name(1)) }{ total_number(1) }{ ")" }
            if others > 0 { { format!(" and {others} more") } }
        } else {
            { format!(" and a single hypothesis, {} (", name(0)) }{ total_number(0) }{ " humans ever)" }
        }
    };
    // One sentence whose first children never change kind, so that the numbers in it stay the
    // same elements (and keep the focus) when the update turns into an error and back.
    let conclusion = match &props.update {
        Ok(update) => {
            let first = &update.rows[0];
            let prior_percent = html! {
                <DraggableNumber
                    label={format!("prior probability of {}", name(0))}
                    value={first.prior}
                    min={0.0}
                    max={1.0}
                    step={0.01}
                    value_text={probability_text(first.prior, 1.0 - first.prior, 3).to_string()}
                    on_change={dispatch.reform(|share| DoomsdayAction::SetPriorShare(0, share))}
                    testid="doom-drag-prior"
                >
                    { probability(first.prior, 1.0 - first.prior, 3) }
                </DraggableNumber>
            };
            let posterior = html! {
                <strong>{ probability(first.posterior, complement(update, 0), 4) }</strong>
            };
            if params.hypotheses.len() >= 2 {
                html! { <>
                    { ", and a prior of " }{ prior_percent }{ format!(" on {}, {rule} leaves you ", name(0)) }
                    { posterior }{ format!(" sure of {}.", name(0)) }
                </> }
            } else {
                html! { <>{ format!(", {rule} leaves you ") }{ posterior }{ " sure of it." }</> }
            }
        }
        Err(error) => html! { <>
            { ": " }<strong class="error" data-testid="doom-error">{ error.to_string() }</strong>
        </> },
    };
    html! {
        <p class="result-sentence" aria-live="polite" data-testid="doom-sentence">
            { "With a birth rank of " }{ rank }{ against }{ conclusion }
        </p>
    }
}
