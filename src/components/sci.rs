//! A number written for people: `117,500` or `1.18 × 10<sup>11</sup>`.

use yew::prelude::*;

use crate::number_format::{format_superscript, probability_text, ProbabilityText, Scientific};

/// Renders a [`Scientific`] with a real superscript exponent.
pub fn render_scientific(s: &Scientific) -> Html {
    match s.exponent {
        Some(exponent) if s.mantissa == "1" => html! {
            <>{ "10" }<sup>{ exponent.to_string().replace('-', "−") }</sup></>
        },
        Some(exponent) => html! {
            <>{ format!("{} × 10", s.mantissa) }<sup>{ exponent.to_string().replace('-', "−") }</sup></>
        },
        None => html! { { s.mantissa.clone() } },
    }
}

#[derive(Properties, Clone, PartialEq)]
pub struct SciProps {
    pub value: f64,
    #[prop_or(3)]
    pub digits: usize,
}

/// A number with `digits` significant digits; its plain-text form is in `aria-label`-free
/// text, so screen readers read "1.18 × 10 11" from the visible characters.
#[function_component(Sci)]
pub fn sci(props: &SciProps) -> Html {
    let s = crate::number_format::scientific(props.value, props.digits);
    html! {
        <span class="sci" title={format_superscript(props.value, props.digits)}>{ render_scientific(&s) }</span>
    }
}

#[derive(Properties, Clone, PartialEq)]
pub struct ProbabilityProps {
    pub p: f64,
    /// `1 − p`, computed exactly by the model (`1.0 - p` loses it when `p` is near 1).
    pub complement: f64,
    #[prop_or(3)]
    pub digits: usize,
}

/// A probability as `12.3%`, `8.33 × 10⁻¹⁰` or `1 − 8.33 × 10⁻¹⁰`.
#[function_component(Probability)]
pub fn probability(props: &ProbabilityProps) -> Html {
    let text = probability_text(props.p, props.complement, props.digits);
    let shown = match &text {
        ProbabilityText::Percent(percent) => html! { { percent.clone() } },
        ProbabilityText::Small(s) => render_scientific(s),
        ProbabilityText::NearOne(s) => html! { <>{ "1 − " }{ render_scientific(s) }</> },
    };
    html! { <span class="probability" title={text.to_string()}>{ shown }</span> }
}
