//! The card that leads a tour: the step, what to look at, and the way on. A non-modal
//! dialog: it takes the focus when it opens, sits after its explainer's tools in the tab order,
//! and Escape ends the tour (the tools then give the focus back to "Guided tour").

use yew::prelude::*;

use crate::browser::document::focus_in_place;
use crate::explainer::Explainer;
use crate::state::Action;

#[derive(Properties, Clone, PartialEq)]
pub struct TourCardProps {
    pub explainer: &'static Explainer,
    /// Counted from 1.
    pub step: usize,
    pub dispatch: Callback<Action>,
}

#[function_component(TourCard)]
pub fn tour_card(props: &TourCardProps) -> Html {
    let card = use_node_ref();
    {
        let card = card.clone();
        use_effect_with((), move |_| {
            if let Some(card) = card.cast::<web_sys::HtmlElement>() {
                focus_in_place(&card);
            }
        });
    }
    let tour = props.explainer.tour;
    let Some(step) = tour.step(props.step.saturating_sub(1)) else {
        return html! {};
    };
    let on_previous = props.dispatch.reform(|_: MouseEvent| Action::StepBack);
    let on_next = props.dispatch.reform(|_: MouseEvent| Action::StepForward);
    let on_exit = props.dispatch.reform(|_: MouseEvent| Action::SetTour(None));
    let on_key = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.prevent_default();
                dispatch.emit(Action::SetTour(None));
            }
        })
    };
    let (first, last) = (props.step == 1, props.step == tour.len());
    // aria-disabled, not disabled: the button pressed to reach the first or last step keeps the
    // focus; the page ignores a step that does not exist.
    html! {
        <div class="tour-card" role="dialog" aria-labelledby="tour-title" tabindex="-1"
            data-testid="tour-card" ref={card} onkeydown={on_key}>
            <p class="tour-progress">{ format!("{} — step {} of {}", props.explainer.title, props.step, tour.len()) }</p>
            <h2 id="tour-title" aria-live="polite">{ step.title }</h2>
            <p aria-live="polite">{ step.text }</p>
            <div class="tour-buttons">
                <button type="button" onclick={on_previous} aria-disabled={first.to_string()}>{ "← Previous" }</button>
                <button type="button" onclick={on_next} aria-disabled={last.to_string()}>{ "Next →" }</button>
                <button type="button" onclick={on_exit}>{ "End the tour" }</button>
            </div>
        </div>
    }
}
