//! One option of a segmented switch: a native radio button drawn as a pill.

use yew::prelude::*;

/// A radio input `id` in group `name` with its label; keyboard users move between options with
/// the arrow keys, as with any radio group.
pub fn choice(
    name: &'static str,
    id: String,
    label: &'static str,
    checked: bool,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <span class="mode-choice">
            <input type="radio" {name} id={id.clone()} {checked} {onchange} />
            <label for={id}>{ label }</label>
        </span>
    }
}
