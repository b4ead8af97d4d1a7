//! The card that leads a walkthrough: the step, what to look at, and the way on.

use yew::prelude::*;

use crate::explainer::Explainer;
use crate::state::Action;

#[derive(Properties, Clone, PartialEq)]
pub struct WalkCardProps {
    pub explainer: &'static Explainer,
    /// Counted from 1.
    pub step: usize,
    pub dispatch: Callback<Action>,
}

#[function_component(WalkCard)]
pub fn walk_card(props: &WalkCardProps) -> Html {
    let tour = props.explainer.tour;
    let Some(step) = tour.step(props.step.saturating_sub(1)) else {
        return html! {};
    };
    let on_previous = props.dispatch.reform(|_: MouseEvent| Action::StepBack);
    let on_next = props.dispatch.reform(|_: MouseEvent| Action::StepForward);
    let on_exit = props.dispatch.reform(|_: MouseEvent| Action::SetWalk(None));
    html! {
        <aside class="walk-card" aria-labelledby="walk-title" data-testid="walk-card">
            <p class="walk-progress">{ format!("{} — step {} of {}", props.explainer.title, props.step, tour.len()) }</p>
            <h2 id="walk-title" aria-live="polite">{ step.title }</h2>
            <p aria-live="polite">{ step.text }</p>
            <div class="walk-buttons">
                <button type="button" onclick={on_previous} disabled={props.step == 1}>{ "← Previous" }</button>
                <button type="button" onclick={on_next} disabled={props.step == tour.len()}>{ "Next →" }</button>
                <button type="button" onclick={on_exit}>{ "End the tour" }</button>
            </div>
        </aside>
    }
}
