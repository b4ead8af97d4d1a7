//! A labelled range slider, linear or logarithmic, with its value shown beside it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// How the slider's position maps to the value it sets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scale {
    /// position = value.
    Linear,
    /// position = log10(value), so each step multiplies the value by the same factor.
    Log10,
}

impl Scale {
    /// The slider position that shows `value`: `value`, or `log10(value)`.
    pub fn to_position(self, value: f64) -> f64 {
        match self {
            Self::Linear => value,
            Self::Log10 => value.log10(),
        }
    }

    /// The value at slider position `position`: `position`, or `10^position`.
    pub fn to_value(self, position: f64) -> f64 {
        match self {
            Self::Linear => position,
            Self::Log10 => 10f64.powf(position),
        }
    }
}

#[derive(Properties, Clone, PartialEq)]
pub struct SliderProps {
    /// Unique in the page: ties the `<label>` and the `<output>` to the input.
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: f64,
    pub min: f64,
    pub max: f64,
    /// Step in slider positions (for `Scale::Log10`, in powers of ten).
    pub step: f64,
    #[prop_or(Scale::Linear)]
    pub scale: Scale,
    /// The value as a person reads it: shown beside the slider and given as `aria-valuetext`.
    pub value_text: AttrValue,
    pub on_change: Callback<f64>,
    /// Why the page refused the last value this slider asked for (it kept its value); shown
    /// below the slider.
    #[prop_or_default]
    pub refusal: Option<AttrValue>,
}

/// `<label>`, `<input type="range">` and `<output>`; keyboard and screen readers get the
/// native range behaviour, with the readable value as `aria-valuetext`.
#[function_component(Slider)]
pub fn slider(props: &SliderProps) -> Html {
    let scale = props.scale;
    let shown = scale.to_position(props.value).to_string();
    let oninput = {
        let on_change = props.on_change.clone();
        let (min, max, shown) = (props.min, props.max, shown.clone());
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let position = input.value_as_number();
            // The thumb goes back to the value in use until the page accepts the new one (its
            // render then moves it): a refused value must not stay on screen.
            input.set_value(&shown);
            if position.is_finite() {
                on_change.emit(scale.to_value(position).clamp(min, max));
            }
        })
    };
    let output_id = format!("{}-value", props.id);
    let message_id = format!("{}-message", props.id);
    html! {
        <div class="slider">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input
                type="range"
                id={props.id.clone()}
                min={scale.to_position(props.min).to_string()}
                max={scale.to_position(props.max).to_string()}
                step={props.step.to_string()}
                value={shown}
                aria-valuetext={props.value_text.clone()}
                aria-describedby={format!("{output_id} {message_id}")}
                aria-invalid={props.refusal.is_some().to_string()}
                {oninput}
            />
            <output id={output_id} for={props.id.clone()}>{ props.value_text.clone() }</output>
            <p id={message_id} class="field-message" aria-live="polite">
                if let Some(refusal) = &props.refusal {
                    { format!("{refusal}. Still using {}.", props.value_text) }
                }
            </p>
        </div>
    }
}
