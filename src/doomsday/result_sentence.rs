//! The live sentence that states the result; its numbers can be dragged, stepped and typed.

use yew::prelude::*;

use crate::components::draggable_number::DraggableNumber;
use crate::components::sci::{probability, sci};
use crate::components::slider::Scale;
use crate::doomsday::model::{complement, Update};
use crate::doomsday::params::{DoomsdayAction, DoomsdayParams, MAX_TOTAL, MIN_TOTAL};
use crate::doomsday::rule_picker::rule_name;
use crate::number_format::{format_superscript, humans, probability_text};

#[derive(Properties, Clone, PartialEq)]
pub struct ResultSentenceProps {
    pub params: DoomsdayParams,
    pub update: Update,
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
            on_change={dispatch.reform(DoomsdayAction::SetRank)}
            testid="doom-drag-rank"
        >
            { sci(params.rank, 4) }
        </DraggableNumber>
    };
    let first = &props.update.rows[0];
    let name = |i: usize| params.hypotheses[i].name.clone();
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
        <strong>{ probability(first.posterior, complement(&props.update, 0), 4) }</strong>
    };
    let rule = rule_name(params.rule);
    let others = params.hypotheses.len().saturating_sub(2);
    html! {
        <p class="result-sentence" aria-live="polite" data-testid="doom-sentence">
            { "With a birth rank of " }{ rank }
            if params.hypotheses.len() >= 2 {
                { format!(", {} (", name(0)) }{ total_number(0) }{ " humans ever) against " }
                { format!("{} (", name(1)) }{ total_number(1) }{ ")" }
                if others > 0 { { format!(" and {others} more") } }
                { format!(", and a prior of ") }{ prior_percent }{ format!(" on {}, {rule} leaves you ", name(0)) }
                { posterior }{ format!(" sure of {}.", name(0)) }
            } else {
                { format!(" and a single hypothesis, {} (", name(0)) }{ total_number(0) }
                { format!(" humans ever), {rule} leaves you ") }{ posterior }{ " sure of it." }
            }
        </p>
    }
}
