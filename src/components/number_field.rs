//! A text field for one number that accepts scientific notation, applies only valid values, and
//! never rewrites what the reader is typing.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::number_format::{format_for_input, parse_number, parse_whole, NumberError};

/// What is wrong with the field's text.
#[derive(Clone, PartialEq)]
enum Problem {
    /// The text being typed is not a valid value (the reason).
    Typing(String),
    /// The reader left the field with text that was not a valid value.
    Left { typed: String, reason: String },
}

#[derive(Properties, Clone, PartialEq)]
pub struct NumberFieldProps {
    /// Unique in the page: ties the `<label>` and the message to the input.
    pub id: AttrValue,
    /// The field's name, saying whose value it is ("Prior weight of Stars").
    pub label: AttrValue,
    pub value: f64,
    pub min: f64,
    pub max: f64,
    /// Only whole numbers: a fraction is refused, not rounded.
    #[prop_or(false)]
    pub whole: bool,
    /// Called with each valid value typed, and with the value from before editing on Escape;
    /// never with an invalid one.
    pub on_change: Callback<f64>,
    /// Why the page refused the last value this field (or its slider) asked for, e.g. a rule
    /// relating it to another field; the page kept its value.
    #[prop_or_default]
    pub refusal: Option<AttrValue>,
}

/// A labelled `<input>` that reads `1.2e11`, `1.2×10^11` or `117,500,000,000`.
///
/// - Each keystroke that leaves a valid number in range applies it; any other text is left
///   exactly as typed, marked `aria-invalid`, with the reason beside it, while the page goes back
///   to the value from before editing (so that "0" on the way to "0,5" does not stay).
/// - Escape puts back the value from before editing began (and applies it).
/// - Leaving the field with text the page did not use shows the value in use again, and says
///   what was not used and why.
/// - A value set elsewhere (a slider, an example, Back) replaces the text, unless the text
///   already says it or the reader is editing a text the page refused.
#[function_component(NumberField)]
pub fn number_field(props: &NumberFieldProps) -> Html {
    let text = use_state(|| format_for_input(props.value));
    let error = use_state(|| None::<Problem>);
    // The value when the reader began editing: what Escape restores.
    let before_edit = use_mut_ref(|| None::<f64>);
    // The value in use as far as this field knows: the page's at the last render, or what the
    // field asked for since. Its handlers read it rather than the value of the render that made
    // them, which a second key pressed before the next render would find out of date.
    let in_use = use_mut_ref(|| props.value);
    // The last value this field asked for, until its render: that value coming back is the
    // field's own change, even when the page renders it before the text the reader typed (taken
    // once, so that Back bringing the same value later is a change made elsewhere).
    let asked = use_mut_ref(|| None::<f64>);
    *in_use.borrow_mut() = props.value;
    // Every change this field asks for goes through here, so that `in_use` knows it.
    let ask = {
        let (in_use, asked, on_change) = (in_use.clone(), asked.clone(), props.on_change.clone());
        Callback::from(move |value: f64| {
            *in_use.borrow_mut() = value;
            *asked.borrow_mut() = Some(value);
            on_change.emit(value);
        })
    };
    let whole = props.whole;
    let parse = move |text: &str, min: f64, max: f64| -> Result<f64, NumberError> {
        if whole {
            parse_whole(text, min, max)
        } else {
            parse_number(text, min, max)
        }
    };

    // While the reader edits here the value changes only as the text asks, except when it
    // changes elsewhere (Back, a reset) under a text that is valid and says another value: the
    // field then shows the new value, and Escape returns to it.
    {
        let (text, error, before_edit) = (text.clone(), error.clone(), before_edit.clone());
        let asked = asked.clone();
        let (min, max) = (props.min, props.max);
        use_effect_with(props.value, move |value| {
            let editing = before_edit.borrow().is_some();
            let shown = parse(&text, min, max).ok();
            let own = asked.borrow_mut().take() == Some(*value);
            let changed_elsewhere =
                editing && !own && error.is_none() && shown.is_some() && shown != Some(*value);
            if (!editing && shown != Some(*value)) || changed_elsewhere {
                text.set(format_for_input(*value));
                error.set(None);
            }
            if changed_elsewhere {
                *before_edit.borrow_mut() = Some(*value);
            }
        });
    }

    // A value typed here that the page refused (a rule relating it to another field) is treated
    // as invalid text: the reason stays beside it, and the page goes back to the value from
    // before editing.
    {
        let (error, before_edit) = (error.clone(), before_edit.clone());
        let (on_change, value) = (ask.clone(), props.value);
        use_effect_with(props.refusal.clone(), move |refusal| {
            let editing_from = *before_edit.borrow();
            if let (Some(reason), Some(restored)) = (refusal, editing_from) {
                error.set(Some(Problem::Typing(reason.to_string())));
                if restored != value {
                    on_change.emit(restored);
                }
            }
        });
    }

    let oninput = {
        let (text, error, before_edit) = (text.clone(), error.clone(), before_edit.clone());
        let (on_change, in_use) = (ask.clone(), in_use.clone());
        let (min, max) = (props.min, props.max);
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let typed = input.value();
            match parse(&typed, min, max) {
                // Emitted even when equal to the value in use: the page then forgets a refusal.
                Ok(valid) => {
                    error.set(None);
                    on_change.emit(valid);
                }
                // A half-typed value applied on the way ("1" of "1,5") does not stay: the page
                // goes back to the value from before editing.
                Err(reason) => {
                    error.set(Some(Problem::Typing(reason.to_string())));
                    let value = *in_use.borrow();
                    let restored = before_edit.borrow().unwrap_or(value);
                    if restored != value {
                        on_change.emit(restored);
                    }
                }
            }
            text.set(typed);
        })
    };
    let onfocus = {
        let (before_edit, in_use) = (before_edit.clone(), in_use.clone());
        Callback::from(move |_: FocusEvent| *before_edit.borrow_mut() = Some(*in_use.borrow()))
    };
    let onkeydown = {
        let (text, error, before_edit) = (text.clone(), error.clone(), before_edit.clone());
        let (on_change, in_use) = (ask.clone(), in_use.clone());
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "Escape" => {
                let value = *in_use.borrow();
                let restored = before_edit.borrow().unwrap_or(value);
                text.set(format_for_input(restored));
                error.set(None);
                if restored != value {
                    on_change.emit(restored);
                }
            }
            // Enter keeps what was applied: a later Escape returns here.
            "Enter" => *before_edit.borrow_mut() = Some(*in_use.borrow()),
            _ => {}
        })
    };
    let onblur = {
        let (text, error, before_edit) = (text.clone(), error.clone(), before_edit.clone());
        let (min, max, value) = (props.min, props.max, props.value);
        Callback::from(move |_: FocusEvent| {
            *before_edit.borrow_mut() = None;
            if parse(&text, min, max).ok() == Some(value) {
                return;
            }
            if let Some(Problem::Typing(reason)) = (*error).clone() {
                let typed = (*text).clone();
                error.set(Some(Problem::Left { typed, reason }));
            }
            text.set(format_for_input(value));
        })
    };

    let kept = format_for_input(props.value);
    let message = match (&*error, &props.refusal) {
        (Some(Problem::Left { typed, reason }), _) => format!("“{typed}” was not used: {reason}."),
        (Some(Problem::Typing(reason)), _) => format!("{reason}. Still using {kept}."),
        (None, Some(refusal)) => format!("{refusal}. Still using {kept}."),
        (None, None) => String::new(),
    };
    let invalid =
        !message.is_empty() && parse(&text, props.min, props.max).ok() != Some(props.value);
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
                aria-invalid={invalid.to_string()}
                aria-describedby={message_id.clone()}
                {oninput}
                {onfocus}
                {onkeydown}
                {onblur}
            />
            <p id={message_id} class="field-message" aria-live="polite">{ message }</p>
        </div>
    }
}
