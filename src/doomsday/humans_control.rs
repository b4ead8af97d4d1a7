//! A number of humans, a whole number from 1 to 10⁴⁰: a log slider and a typed field that set it
//! together (the birth rank, a hypothesis's total, the continuous prior's bounds and threshold).
//! The field refuses a fraction ("2.5 humans"); the slider's positions, powers of ten, are
//! rounded to the nearest whole number (10^0.5 is 3 humans).

use yew::prelude::*;

use crate::components::number_field::NumberField;
use crate::components::slider::{Scale, Slider};
use crate::doomsday::params::{MAX_TOTAL, MIN_TOTAL};

#[derive(Properties, Clone, PartialEq)]
pub struct HumansControlProps {
    pub slider_id: AttrValue,
    pub field_id: AttrValue,
    /// The field's label; the slider's adds "(log scale)".
    pub label: AttrValue,
    pub value: f64,
    /// The value as a person reads it, beside the slider.
    pub value_text: AttrValue,
    /// The slider's step, in powers of ten.
    pub step: f64,
    pub on_change: Callback<f64>,
    /// Why the page refused the last value asked for; shown by the field.
    #[prop_or_default]
    pub refusal: Option<AttrValue>,
}

#[function_component(HumansControl)]
pub fn humans_control(props: &HumansControlProps) -> Html {
    html! {
        <>
            <Slider id={props.slider_id.clone()} label={format!("{} (log scale)", props.label)}
                value={props.value} min={MIN_TOTAL} max={MAX_TOTAL} step={props.step}
                scale={Scale::Log10} value_text={props.value_text.clone()}
                on_change={props.on_change.reform(f64::round)} />
            <NumberField id={props.field_id.clone()} label={props.label.clone()} value={props.value}
                min={MIN_TOTAL} max={MAX_TOTAL} whole={true} on_change={props.on_change.clone()}
                refusal={props.refusal.clone()} />
        </>
    }
}
