//! A native checkbox with its label beside it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A checkbox `id` labelled `label`; `on_change` receives whether it is now checked.
pub fn checkbox(
    id: &'static str,
    label: &'static str,
    checked: bool,
    on_change: Callback<bool>,
) -> Html {
    let onchange = on_change
        .reform(|event: Event| event.target_unchecked_into::<HtmlInputElement>().checked());
    html! {
        <div class="checkbox">
            <input type="checkbox" {id} {checked} {onchange} />
            <label for={id}>{ label }</label>
        </div>
    }
}
