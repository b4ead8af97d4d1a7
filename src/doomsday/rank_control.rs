//! Our birth rank: a log slider, a typed field, and the published estimates to choose from.

use yew::prelude::*;

use crate::doomsday::humans_control::HumansControl;
use crate::doomsday::params::{DoomsdayAction, RANK_ESTIMATES};
use crate::number_format::format_superscript;

#[derive(Properties, Clone, PartialEq)]
pub struct RankControlProps {
    pub rank: f64,
    pub dispatch: Callback<DoomsdayAction>,
}

#[function_component(RankControl)]
pub fn rank_control(props: &RankControlProps) -> Html {
    let set_rank = props.dispatch.reform(DoomsdayAction::SetRank);
    let on_estimate = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            if let Some(estimate) = select
                .value()
                .parse::<usize>()
                .ok()
                .and_then(|i| RANK_ESTIMATES.get(i))
            {
                dispatch.emit(DoomsdayAction::SetRank(estimate.rank));
            }
        })
    };
    let chosen = RANK_ESTIMATES.iter().position(|e| e.rank == props.rank);
    html! {
        <fieldset class="control-group">
            <legend>{ "Your birth rank r: how many humans were born before you, plus one" }</legend>
            <div class="control-row">
                <HumansControl slider_id="doom-rank-slider" field_id="doom-rank" label="Birth rank"
                    value={props.rank} value_text={format_superscript(props.rank, 4)} step={0.01}
                    on_change={set_rank} />
            </div>
            <label for="doom-rank-estimate">{ "Published estimates of how many humans have been born" }</label>
            <select id="doom-rank-estimate" onchange={on_estimate}>
                if chosen.is_none() {
                    <option value="" selected=true>{ "Your own value" }</option>
                }
                { for RANK_ESTIMATES.iter().enumerate().map(|(i, estimate)| html! {
                    <option value={i.to_string()} selected={chosen == Some(i)}>{ estimate.label }</option>
                }) }
            </select>
            <p class="source-line">
                { match chosen {
                    Some(i) => format!("Source: {}.", RANK_ESTIMATES[i].source),
                    None => "A value of your own; the published estimates run from 60 to 117.5 billion.".to_owned(),
                } }
                { " All such counts are rough (PRB: there are no demographic data for 99% of the span), \
                   but a 10% error in r moves the SSA odds by only 10%." }
            </p>
        </fieldset>
    }
}
