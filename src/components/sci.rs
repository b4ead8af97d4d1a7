//! Numbers written for people: `117,500`, `1.18 × 10<sup>11</sup>`, `12.3%`, `1 − 8.3 × 10⁻¹⁰`.
//!
//! Plain functions returning markup rather than components: they hold no state, and each
//! component type costs several kilobytes of wasm.

use yew::prelude::*;

use crate::number_format::{probability_text, scientific, ProbabilityText, Scientific};

/// Renders a [`Scientific`] with a real superscript exponent.
fn render_scientific(s: &Scientific) -> Html {
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

/// `value` with `digits` significant digits, its plain form as the tooltip.
pub fn sci(value: f64, digits: usize) -> Html {
    let shown = scientific(value, digits);
    html! {
        <span class="sci" title={shown.to_string()}>{ render_scientific(&shown) }</span>
    }
}

/// Probability `p` as `12.3%`, `8.33 × 10⁻¹⁰` or `1 − 8.33 × 10⁻¹⁰`; `complement` is `1 − p`
/// computed exactly by the model (`1.0 - p` loses it when `p` is near 1).
pub fn probability(p: f64, complement: f64, digits: usize) -> Html {
    let text = probability_text(p, complement, digits);
    let shown = match &text {
        ProbabilityText::Percent(percent) => html! { { percent.clone() } },
        ProbabilityText::Small(s) => render_scientific(s),
        ProbabilityText::NearOne(s) => html! { <>{ "1 − " }{ render_scientific(s) }</> },
    };
    html! { <span class="probability" title={text.to_string()}>{ shown }</span> }
}
