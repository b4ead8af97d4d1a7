//! The Bayes table: prior, likelihood, their product and the posterior, one row per hypothesis.

use yew::prelude::*;

use crate::components::sci::{probability, sci};
use crate::doomsday::model::{complement, existence_weighted, Rule, Update};
use crate::doomsday::params::DoomsdayParams;
use crate::doomsday::rule_picker::rule_name;

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
            format!("doom-posterior-{}-{i}", rule.to_lowercase())
        }
    };
    let rows = props.update.rows.iter().zip(&counted).enumerate().map(|(i, (row, h))| {
        html! {
            <tr class={classes!(row.refuted.then_some("refuted"))}>
                <th scope="row"><span class={format!("swatch series-{}", i % 8 + 1)} aria-hidden="true"></span>{ h.name.clone() }</th>
                <td>{ sci(h.total, 4) }</td>
                <td>{ probability(row.prior, 1.0 - row.prior, 4) }</td>
                if sia {
                    <td>{ probability(existence[i], existence.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, w)| w).sum::<f64>(), 4) }</td>
                }
                <td>
                    if row.refuted {
                        { "0 (r > N: refuted)" }
                    } else {
                        { "1 / " }
                        if h.total >= 1e6 { { "(" }{ sci(h.total, 4) }{ ")" } } else { { sci(h.total, 4) } }
                    }
                </td>
                <td>
                    if row.refuted { { "0" } } else { { sci(row.log_joint.exp(), 4) } }
                </td>
                <td class="posterior" data-testid={testid(i)} data-value={format!("{:e}", row.posterior)}>
                    { probability(row.posterior, complement(&props.update, i), 6) }
                </td>
            </tr>
        }
    });
    html! {
        <div class="table-scroll" role="region" aria-labelledby={format!("bayes-caption-{rule}")} tabindex="0">
            <table class="bayes-table">
                <caption id={format!("bayes-caption-{rule}")}>
                    { format!("Bayes' rule under {rule}, step by step (rank r = ") }{ sci(props.params.rank, 4) }{ ")" }
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Hypothesis" }</th>
                        <th scope="col">{ "Humans ever, N" }</th>
                        <th scope="col">{ "Prior" }</th>
                        if sia {
                            <th scope="col">{ "After SIA: prior × N, normalised" }</th>
                        }
                        <th scope="col">{ "Likelihood of your rank, P(r | N)" }</th>
                        <th scope="col">{ if sia { "Prior × N × 1/N" } else { "Prior × likelihood" } }</th>
                        <th scope="col">{ "Posterior" }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{ "Sum" }</th>
                        <td></td>
                        <td>{ "1" }</td>
                        if sia { <td>{ "1" }</td> }
                        <td></td>
                        <td>{ sci(props.update.log_evidence.exp(), 4) }</td>
                        <td>{ "1" }</td>
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
