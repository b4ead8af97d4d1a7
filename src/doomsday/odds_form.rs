//! Bayes' rule as odds for the first two hypotheses: prior odds × likelihood ratio = posterior odds.

use yew::prelude::*;

use crate::components::sci::sci;
use crate::doomsday::model::{odds, Rule, Update};
use crate::doomsday::params::DoomsdayParams;
use crate::number_format::format_superscript;

#[derive(Properties, Clone, PartialEq)]
pub struct OddsFormProps {
    pub params: DoomsdayParams,
    pub update: Update,
}

/// `10^x` written as a ratio a reader can picture: `1,000 : 1` or `1 : 8.3 × 10^8`.
fn ratio(log10: f64) -> Html {
    if log10 >= 0.0 {
        html! { <span class="ratio">{ sci(10f64.powf(log10), 3) }{ " : 1" }</span> }
    } else {
        html! { <span class="ratio">{ "1 : " }{ sci(10f64.powf(-log10), 3) }</span> }
    }
}

#[function_component(OddsForm)]
pub fn odds_form(props: &OddsFormProps) -> Html {
    let hypotheses = &props.params.hypotheses;
    if hypotheses.len() < 2 {
        return html! {};
    }
    let (a, b) = (&hypotheses[0].name, &hypotheses[1].name);
    let Some(o) = odds(&props.update, 0, 1) else {
        return html! {
            <section class="odds" aria-labelledby="odds-title">
                <h3 id="odds-title">{ format!("The odds form: {a} against {b}") }</h3>
                <p>{ format!("The odds of {a} against {b} are 0 or infinite here: one of them has no prior \
                              weight or is refuted by your rank.") }</p>
            </section>
        };
    };
    let log10 = |x: f64| format_superscript(x, 4);
    html! {
        <section class="odds" aria-labelledby="odds-title">
            <h3 id="odds-title">{ format!("The odds form: {a} against {b}") }</h3>
            <p class="odds-equation">
                <span class="term"><span class="term-label">{ "prior odds" }</span>{ ratio(o.log10_prior) }</span>
                <span class="operator">{ "×" }</span>
                <span class="term"><span class="term-label">{ "likelihood ratio" }</span>{ ratio(o.log10_likelihood_ratio) }</span>
                <span class="operator">{ "=" }</span>
                <span class="term"><span class="term-label">{ "posterior odds" }</span>{ ratio(o.log10_posterior) }</span>
            </p>
            <p class="odds-logs" data-testid="doom-log10-odds" data-value={format!("{:e}", o.log10_posterior)}>
                { format!(
                    "In powers of ten: {} + ({}) = {}.",
                    log10(o.log10_prior),
                    log10(o.log10_likelihood_ratio),
                    log10(o.log10_posterior)
                ) }
            </p>
            <p>
                { match props.params.rule {
                    Rule::Ssa => format!(
                        "Under SSA the likelihood ratio is N({b}) / N({a}): the smaller world makes your \
                         rank more likely by exactly the factor by which it is smaller."
                    ),
                    Rule::Sia => format!(
                        "Under SIA the prior is first multiplied by N({a}) / N({b}) and the rank then \
                         multiplies by N({b}) / N({a}): the likelihood ratio is 1, and the odds stay \
                         what they were."
                    ),
                } }
            </p>
        </section>
    }
}
