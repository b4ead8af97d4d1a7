//! A text field for one number that accepts scientific notation and keeps the last valid value.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::number_format::{format_for_input, parse_number};

#[derive(Properties, Clone, PartialEq)]
pub struct NumberFieldProps {
    /// Unique in the page: ties the `<label>` and the message to the input.
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: f64,
    pub min: f64,
    pub max: f64,
    /// Called with each valid value typed; never with an invalid one.
    pub on_change: Callback<f64>,
}

/// A labelled `<input>` that reads `1.2e11`, `1.2×10^11` or `117,500,000,000`.
///
/// While the text is not a valid number in range, the field is marked `aria-invalid`, says why
/// beside it, and the page keeps using the last valid value; Escape puts that value back.
#[function_component(NumberField)]
pub fn number_field(props: &NumberFieldProps) -> Html {
    let text = use_state(|| format_for_input(props.value));
    let error = use_state(|| None::<String>);

    // A value set elsewhere (a slider, a preset) replaces the text unless the text already says it.
    {
        let (text, error) = (text.clone(), error.clone());
        let (min, max) = (props.min, props.max);
        use_effect_with(props.value, move |value| {
            if parse_number(&text, min, max).ok() != Some(*value) {
                text.set(format_for_input(*value));
                error.set(None);
            }
        });
    }

    let oninput = {
        let (text, error) = (text.clone(), error.clone());
        let on_change = props.on_change.clone();
        let (min, max, last_valid) = (props.min, props.max, props.value);
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let typed = input.value();
            match parse_number(&typed, min, max) {
                Ok(value) => {
                    error.set(None);
                    on_change.emit(value);
                }
                Err(reason) => error.set(Some(format!(
                    "{reason}. Still using {}.",
                    format_for_input(last_valid)
                ))),
            }
            text.set(typed);
        })
    };
    let onkeydown = {
        let (text, error) = (text.clone(), error.clone());
        let last_valid = props.value;
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                text.set(format_for_input(last_valid));
                error.set(None);
            }
        })
    };

    let message_id = format!("{}-message", props.id);
    html! {
        <div class="number-field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input
                type="text"
                id={props.id.clone()}
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                value={(*text).clone()}
                aria-invalid={error.is_some().to_string()}
                aria-describedby={message_id.clone()}
                {oninput}
                {onkeydown}
            />
            <p id={message_id} class="field-message" aria-live="polite">
                { (*error).clone().unwrap_or_default() }
            </p>
        </div>
    }
}
