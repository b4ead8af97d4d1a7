//! The Bayes table: prior, likelihood, their product and the posterior, one row per hypothesis.

use yew::prelude::*;

use crate::components::sci::{probability, sci};
use crate::doomsday::model::{complement, existence_weighted, Rule, Update};
use crate::doomsday::params::DoomsdayParams;
use crate::doomsday::rule_picker::rule_name;

/// The columns' headers; on a phone each cell shows its own (`data-label`), the rows stacked.
const N_HEADER: &str = "Humans ever, N";
const PRIOR_HEADER: &str = "Prior";
const SIA_HEADER: &str = "After SIA: prior × N, normalised";
const LIKELIHOOD_HEADER: &str = "Likelihood of your rank, P(r | N)";
const POSTERIOR_HEADER: &str = "Posterior";

#[derive(Properties, Clone, PartialEq)]
pub struct BayesTableProps {
    pub params: DoomsdayParams,
    pub rule: Rule,
    pub update: Update,
    /// The table of the chosen rule (its posteriors carry `doom-posterior-<i>` test ids); the
    /// comparison table's carry `doom-posterior-<rule>-<i>`.
    pub primary: bool,
}

#[function_component(BayesTable)]
pub fn bayes_table(props: &BayesTableProps) -> Html {
    let counted = props.params.counted_hypotheses();
    let sia = props.rule == Rule::Sia;
    let existence = existence_weighted(&counted);
    let rule = rule_name(props.rule);
    let testid = |i: usize| {
        if props.primary {
            format!("doom-posterior-{i}")
        } else {
            format!("doom-posterior-{}-{i}", rule.to_ascii_lowercase())
        }
    };
    let product_header = if sia {
        "Prior × N × 1/N"
    } else {
        "Prior × likelihood"
    };
    let rows = props.update.rows.iter().zip(&counted).enumerate().map(|(i, (row, h))| {
        html! {
            <tr class={classes!(row.refuted.then_some("refuted"))}>
                <th scope="row"><span class={format!("swatch series-{}", i % 8 + 1)} aria-hidden="true"></span>{ h.name.clone() }</th>
                <td data-label={N_HEADER}>{ sci(h.total, 4) }</td>
                <td data-label={PRIOR_HEADER}>{ probability(row.prior, 1.0 - row.prior, 4) }</td>
                if sia {
                    <td data-label={SIA_HEADER}>{ probability(existence[i], existence.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, w)| w).sum::<f64>(), 4) }</td>
                }
                <td data-label={LIKELIHOOD_HEADER}>
                    if row.refuted {
                        { "0 (r > N: refuted)" }
                    } else {
                        { "1 / " }
                        if h.total >= 1e6 { { "(" }{ sci(h.total, 4) }{ ")" } } else { { sci(h.total, 4) } }
                    }
                </td>
                <td data-label={product_header}>
                    if row.refuted { { "0" } } else { { sci(row.log_joint.exp(), 4) } }
                </td>
                <td class="posterior" data-label={POSTERIOR_HEADER} data-testid={testid(i)} data-value={format!("{:e}", row.posterior)}>
                    { probability(row.posterior, complement(&props.update, i), 6) }
                </td>
            </tr>
        }
    });
    html! {
        <div class="table-scroll" role="region" aria-labelledby={format!("bayes-caption-{rule}")} tabindex="0">
            <table class="bayes-table stacked">
                <caption id={format!("bayes-caption-{rule}")}>
                    { format!("Bayes' rule under {rule}, step by step (rank r = ") }{ sci(props.params.rank, 4) }{ ")" }
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Hypothesis" }</th>
                        <th scope="col">{ N_HEADER }</th>
                        <th scope="col">{ PRIOR_HEADER }</th>
                        if sia {
                            <th scope="col">{ SIA_HEADER }</th>
                        }
                        <th scope="col">{ LIKELIHOOD_HEADER }</th>
                        <th scope="col">{ product_header }</th>
                        <th scope="col">{ POSTERIOR_HEADER }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{ "Sum" }</th>
                        <td></td>
                        <td data-label={PRIOR_HEADER}>{ "1" }</td>
                        if sia { <td data-label={SIA_HEADER}>{ "1" }</td> }
                        <td></td>
                        <td data-label={product_header}>{ sci(props.update.log_evidence.exp(), 4) }</td>
                        <td data-label={POSTERIOR_HEADER}>{ "1" }</td>
                    </tr>
                </tfoot>
            </table>
            <p class="table-note">
                { if sia {
                    "Under SIA the factor N (more observers, more chances to be you) and the factor 1/N \
                     (your particular rank) cancel: each surviving hypothesis keeps its prior, and only \
                     hypotheses with N < r drop out."
                } else {
                    "Posterior = prior × likelihood ÷ the sum of that column. The products are computed \
                     as logarithms and normalised with log-sum-exp, so even a posterior of 10⁻³⁰ keeps \
                     its digits."
                } }
            </p>
        </div>
    }
}
