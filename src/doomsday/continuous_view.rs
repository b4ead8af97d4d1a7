//! The continuous prior: its shape and range, the posterior density on a log axis under SSA and
//! SIA, their medians and 95% intervals, a tail probability, and Gott's interval (birth-rank form)
//! beside them.

use yew::prelude::*;

use crate::components::chart_export::{chart_export, csv};
use crate::components::chart_frame::{Frame, Scale};
use crate::components::log_axis::LogAxis;
use crate::components::radio_group::{radio_group, Choice, Look};
use crate::components::sci::{probability, sci};
use crate::doomsday::continuous::{
    gott_identity, gott_interval, summarise, ContinuousError, Density, GottIdentity, Summary,
    GOTT_TOLERANCE,
};
use crate::doomsday::humans_control::HumansControl;
use crate::doomsday::model::Rule;
use crate::doomsday::params::{DoomsdayAction, DoomsdayParams, Shape};
use crate::doomsday::rule_picker::rule_name;
use crate::explainer::Refusal;
use crate::number_format::{format_readable, format_superscript, percent, probability_text};
use crate::url::UrlWord;

/// The density chart: the brackets above the plot, the axis below it.
const FRAME: Frame = Frame {
    width: 720.0,
    height: 300.0,
    left: 20.0,
    right: 700.0,
    top: 70.0,
    bottom: 250.0,
};
const SAMPLES: usize = 240;

#[derive(Properties, Clone, PartialEq)]
pub struct ContinuousViewProps {
    pub params: DoomsdayParams,
    pub dispatch: Callback<DoomsdayAction>,
    /// The reader's last change, if it broke a rule (lo < hi): shown beside its control.
    pub refusal: Option<Refusal<DoomsdayAction>>,
}

/// The SVG path of `density` per decade across the axis, scaled so that its own peak is full
/// height (a flat SIA posterior would otherwise vanish beside SSA's spike).
fn curve_path(density: Density, scale: Scale) -> String {
    let values: Vec<(f64, f64)> = scale
        .samples(SAMPLES)
        .into_iter()
        .map(|n| (n, density.density_per_decade(n)))
        .collect();
    let height = Scale::up_to(values.iter().map(|(_, v)| *v).fold(0.0, f64::max));
    let mut path = String::new();
    for (i, (n, value)) in values.into_iter().enumerate() {
        let (x, y) = (FRAME.x(scale, n), FRAME.y(height, value));
        path.push_str(&format!("{}{x:.1},{y:.1}", if i == 0 { "M" } else { "L" }));
    }
    path
}

/// The three curves sampled across the axis, per power of ten of N.
fn density_csv(prior: Density, chosen: Density, other: Density, scale: Scale) -> String {
    let rows: Vec<Vec<String>> = scale
        .samples(SAMPLES)
        .into_iter()
        .map(|n| {
            vec![
                format!("{n:e}"),
                format!("{:e}", prior.density_per_decade(n)),
                format!("{:e}", chosen.density_per_decade(n)),
                format!("{:e}", other.density_per_decade(n)),
            ]
        })
        .collect();
    csv(
        &[
            "n",
            "prior_per_decade",
            "posterior_chosen_rule",
            "posterior_other_rule",
        ],
        &rows,
    )
}

/// A horizontal bracket from `lo` to `hi` at height `y` with a tick at `mid` and a label.
fn bracket(
    scale: Scale,
    lo: f64,
    mid: f64,
    hi: f64,
    y: f64,
    class: &'static str,
    label: String,
) -> Html {
    let (x0, xm, x1) = (FRAME.x(scale, lo), FRAME.x(scale, mid), FRAME.x(scale, hi));
    // The label right of the bracket, or left of it where it would run past the picture's edge
    // (its width estimated at a phone's larger type, about 11 units a character).
    let reach = label.chars().count() as f64 * 11.0;
    let (label_x, anchor) = if x1 + 6.0 + reach <= FRAME.width || x0 - 6.0 - reach < 0.0 {
        (x1 + 6.0, "start")
    } else {
        (x0 - 6.0, "end")
    };
    html! {
        <g class={classes!("bracket", class)}>
            <line x1={x0.to_string()} x2={x1.to_string()} y1={y.to_string()} y2={y.to_string()} />
            <line x1={x0.to_string()} x2={x0.to_string()} y1={(y - 5.0).to_string()} y2={(y + 5.0).to_string()} />
            <line x1={x1.to_string()} x2={x1.to_string()} y1={(y - 5.0).to_string()} y2={(y + 5.0).to_string()} />
            <circle cx={xm.to_string()} cy={y.to_string()} r="4" />
            <text x={label_x.to_string()} y={(y + 4.0).to_string()} text-anchor={anchor}>{ label }</text>
        </g>
    }
}

fn summary_row(label: &str, s: &Summary, testids: bool) -> Html {
    let cell = |value: f64, id: &str| {
        html! {
            <td data-testid={testids.then(|| id.to_owned())} data-value={format!("{value:e}")}>
                { sci(value, 4) }
            </td>
        }
    };
    html! {
        <tr>
            <th scope="row">{ label.to_owned() }</th>
            { cell(s.median, "doom-median") }
            { cell(s.q025, "doom-q025") }
            { cell(s.q975, "doom-q975") }
            <td data-testid={testids.then_some("doom-above-threshold")} data-value={format!("{:e}", s.above_threshold)}>
                { probability(s.above_threshold, 1.0 - s.above_threshold, 3) }
            </td>
        </tr>
    }
}

/// The identity's state as a word for tests (`data-identity`).
fn identity_word(identity: GottIdentity) -> &'static str {
    match identity {
        GottIdentity::Holds { .. } => "holds",
        GottIdentity::OtherPrior => "other-prior",
        GottIdentity::PriorStartsAboveRank => "prior-above-rank",
        GottIdentity::CutoffTooClose { .. } => "cutoff-too-close",
    }
}

/// What the page says about Gott's interval and this posterior: the identity where it holds
/// (within the stated tolerance), and why not where it does not.
fn identity_text(identity: GottIdentity, chosen: &str, rank: f64, lo: f64, hi: f64) -> String {
    let tolerance = format!("{}%", GOTT_TOLERANCE * 100.0);
    match identity {
        GottIdentity::Holds { discrepancy } => format!(
            "The identity on the chart: with the log-uniform prior and SSA the posterior is r/N² above your \
             rank, whose median is 2r and whose 95% interval is [r/0.975, 40r]: Gott's interval in its \
             birth-rank form. Here the posterior's median and interval are each within {} of Gott's \
             (the page calls them the same within {tolerance}), because your rank is inside the prior's range \
             and far below its upper end.",
            if discrepancy < 1e-4 {
                "0.01%".to_owned()
            } else {
                percent(discrepancy)
            },
        ),
        GottIdentity::PriorStartsAboveRank => format!(
            "With the log-uniform prior and SSA the posterior equals Gott's interval only when the prior reaches \
             down to your rank. Here it starts at lo = {}, above your rank {}, so the posterior starts at lo and \
             the two brackets differ by more than {tolerance}.",
            format_superscript(lo, 3),
            format_superscript(rank, 3)
        ),
        GottIdentity::CutoffTooClose { needed } => format!(
            "With the log-uniform prior and SSA the posterior equals Gott's interval only when the prior's upper \
             end is far above 40r: within {tolerance} it needs hi ≥ {} ({} times your rank). Here hi = {}, so \
             the cut-off pulls the posterior's upper end below Gott's 40r.",
            format_superscript(needed, 3),
            format_readable(needed / rank, 4),
            format_superscript(hi, 3)
        ),
        GottIdentity::OtherPrior => format!(
            "Gott's interval is the Bayesian answer only for the log-uniform prior under SSA, with your rank inside \
             the prior's range and far below its upper end. The {chosen} bracket here is not it: Gott's interval is \
             shown for comparison, not as this posterior's."
        ),
    }
}

#[function_component(ContinuousView)]
pub fn continuous_view(props: &ContinuousViewProps) -> Html {
    let p = &props.params;
    let dispatch = &props.dispatch;
    let shape = |value: Shape, label: &'static str, formula: &'static str| Choice {
        value,
        label: html! { <><strong>{ label }</strong>{ format!(": {formula}") }</> },
        more: Html::default(),
    };
    let on_shape = dispatch.reform(DoomsdayAction::SetShape);
    let range_control =
        |id: &'static str, label: &'static str, value: f64, action: fn(f64) -> DoomsdayAction| {
            let on_change = dispatch.reform(action);
            // Both controls of a setting ask with the same action: its refusal shows by the field.
            let refusal = props
                .refusal
                .as_ref()
                .and_then(|r| r.reason_for(&action(0.0)));
            html! {
                <div class="control-row">
                    <HumansControl slider_id={format!("{id}-slider")} field_id={id} {label} {value}
                        value_text={format_superscript(value, 3)} step={0.1} {on_change}
                        refusal={refusal.map(AttrValue::from)} />
                </div>
            }
        };

    let prior = Density::prior(p.shape, p.lo, p.hi);
    let posteriors: Result<[(Rule, Density); 2], ContinuousError> =
        prior.clone().and_then(|prior| {
            Ok([
                (p.rule, prior.posterior(p.rank, p.rule)?),
                (p.rule.other(), prior.posterior(p.rank, p.rule.other())?),
            ])
        });
    let (gott_lo, gott_hi) = gott_interval(p.rank, 0.95);

    let (results, spoken) = match (prior, posteriors) {
        (Ok(prior), Ok([(rule, chosen), (other_rule, alternative)])) => {
            let chosen_summary = summarise(chosen, p.threshold);
            let spoken = format!(
                "{} posterior: median {}, 95% interval {} to {}; probability that N exceeds {}: {}.",
                rule_name(rule),
                format_superscript(chosen_summary.median, 3),
                format_superscript(chosen_summary.q025, 3),
                format_superscript(chosen_summary.q975, 3),
                format_superscript(p.threshold, 3),
                probability_text(
                    chosen_summary.above_threshold,
                    1.0 - chosen_summary.above_threshold,
                    3
                )
            );
            let other_summary = summarise(alternative, p.threshold);
            let lognormal_span = |d: Density| [d.quantile(0.001), d.quantile(0.999)];
            let mut span = vec![p.rank, gott_hi, p.threshold, 1.0];
            span.extend(match p.shape {
                Shape::LogNormal => lognormal_span(prior).to_vec(),
                _ => vec![p.lo, p.hi],
            });
            let scale = Scale::decades_around(&span, 45.0);
            let rank_x = FRAME.x(scale, p.rank);
            let threshold_x = FRAME.x(scale, p.threshold);
            let (top, bottom) = (FRAME.top, FRAME.bottom);
            let gott_median = 2.0 * p.rank;
            let identity = gott_identity(p.shape, rule, chosen, p.rank, p.lo);
            let chosen_name = rule_name(rule);
            let caption = format!(
                "Density per power of ten of N, on a log axis, each curve scaled to the same height. \
                 Prior (dashed grey) and posterior under {chosen_name} (thick) and {} (thin). Your rank is {}. {chosen_name}'s median \
                 is {} with 95% interval {} to {}; Gott's interval in its birth-rank form is {} to {}, median {}.",
                rule_name(other_rule),
                format_superscript(p.rank, 4),
                format_superscript(chosen_summary.median, 4),
                format_superscript(chosen_summary.q025, 4),
                format_superscript(chosen_summary.q975, 4),
                format_superscript(gott_lo, 4),
                format_superscript(gott_hi, 4),
                format_superscript(gott_median, 4),
            );
            (
                html! {
                    <>
                        <figure class="chart density-chart" id="doom-density-chart">
                            { FRAME.svg("density-caption", html! { <>
                                <LogAxis frame={FRAME} {scale} y={bottom} {top} label="N, humans ever (log scale)" />
                                <path class="curve prior" d={curve_path(prior, scale)} />
                                <path class="curve other series-2" d={curve_path(alternative, scale)} />
                                <path class="curve chosen series-1" d={curve_path(chosen, scale)} />
                                <line class="rank-line" x1={rank_x.to_string()} x2={rank_x.to_string()} y1={(top - 10.0).to_string()} y2={bottom.to_string()} />
                                <text class="rank-label" x={rank_x.to_string()} y={(top - 14.0).to_string()} text-anchor="end">{ "you ▸" }</text>
                                <line class="threshold-line" x1={threshold_x.to_string()} x2={threshold_x.to_string()} y1={top.to_string()} y2={bottom.to_string()} />
                                { bracket(scale, chosen_summary.q025, chosen_summary.median, chosen_summary.q975, 18.0, "chosen series-1",
                                    format!("{chosen_name} 95%")) }
                                { bracket(scale, gott_lo, gott_median, gott_hi, 40.0, "gott", "Gott 95%".to_owned()) }
                            </> }) }
                            <figcaption id="density-caption">{ caption }</figcaption>
                            { chart_export("doom-density-chart", "doomsday-continuous", density_csv(prior, chosen, alternative, scale)) }
                        </figure>
                        <div class="table-scroll" role="region" aria-label="Posterior summaries" tabindex="0">
                            <table class="bayes-table summary-table">
                                <caption>{ "Posterior summaries of N" }</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{ "Distribution" }</th>
                                        <th scope="col">{ "Median" }</th>
                                        <th scope="col">{ "2.5%" }</th>
                                        <th scope="col">{ "97.5%" }</th>
                                        <th scope="col">{ "P(N > " }{ sci(p.threshold, 3) }{ ")" }</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    { summary_row(&format!("{chosen_name} posterior"), &chosen_summary, true) }
                                    { summary_row(&format!("{} posterior", rule_name(other_rule)), &other_summary, false) }
                                    <tr class="gott-row">
                                        <th scope="row">{ "Gott's interval, birth-rank form (95%)" }</th>
                                        <td>{ sci(gott_median, 4) }</td>
                                        <td>{ sci(gott_lo, 4) }</td>
                                        <td>{ sci(gott_hi, 4) }</td>
                                        <td>{ "—" }</td>
                                    </tr>
                                </tbody>
                            </table>
                        </div>
                        <p class="identity" data-testid="doom-gott-identity" data-identity={identity_word(identity)}>
                            { identity_text(identity, chosen_name, p.rank, p.lo, p.hi) }
                        </p>
                        { for [(rule, chosen), (other_rule, alternative)].into_iter().filter_map(|(r, d)| {
                            let median = d.quantile(0.5);
                            let tenfold = d.median_with_cutoff_times(10.0)?;
                            Some(html! {
                                <p class="cutoff-note" data-testid={format!("doom-cutoff-median-{}", r.word())}
                                    data-value={format!("{median:e}")} data-tenfold={format!("{tenfold:e}")}>
                                    { format!("The {} median, {}, is set by the prior's arbitrary upper cut-off hi, not by \
                                               your rank: the {} posterior is {} from your rank up to hi, so its median grows \
                                               without limit as hi does; with hi ten times larger it would be {}.",
                                        rule_name(r), format_superscript(median, 3), rule_name(r),
                                        if matches!(d, Density::PowerLaw { k, .. } if k == 0.0) { "flat" } else { "∝ 1/N" },
                                        format_superscript(tenfold, 3)) }
                                </p>
                            })
                        }) }
                    </>
                },
                spoken,
            )
        }
        (Err(error), _) | (_, Err(error)) => (
            html! { <p class="error" data-testid="doom-error">{ error.to_string() }</p> },
            error.to_string(),
        ),
    };

    html! {
        <div class="continuous">
            <fieldset class="control-group">
                <legend>{ "Prior over N, the number of humans who will ever live" }</legend>
                { radio_group("doom-shape", Look::Rows, p.shape, vec![
                    shape(Shape::LogUniform, "Log-uniform", "p(N) ∝ 1/N on [lo, hi]: every power of ten equally likely"),
                    shape(Shape::Uniform, "Uniform", "p(N) ∝ 1 on [lo, hi]: almost all the mass near hi"),
                    shape(Shape::LogNormal, "Log-normal", "ln N normal, with [lo, hi] its central 95%"),
                ], &on_shape) }
                { range_control("doom-lo", "Smallest N, lo", p.lo, DoomsdayAction::SetLo) }
                { range_control("doom-hi", "Largest N, hi", p.hi, DoomsdayAction::SetHi) }
                { range_control("doom-threshold", "Threshold for P(N > threshold)", p.threshold, DoomsdayAction::SetThreshold) }
            </fieldset>
            // Read out as the results change (the table and chart are not live).
            <p class="visually-hidden" role="status" data-testid="doom-continuous-spoken">{ spoken }</p>
            { results }
        </div>
    }
}
