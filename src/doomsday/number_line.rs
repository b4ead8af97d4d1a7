//! A log-scale chart placing our rank among every hypothesis's total, so that the orders of
//! magnitude between them are visible.

use yew::prelude::*;

use crate::components::chart_export::{chart_export, csv};
use crate::components::log_axis::{LogAxis, LogScale};
use crate::doomsday::model::Update;
use crate::doomsday::params::DoomsdayParams;
use crate::number_format::{format_superscript, probability_text};

const WIDTH: f64 = 760.0;
const LEFT: f64 = 150.0;
const RIGHT: f64 = 590.0;
const TOP: f64 = 34.0;
const ROW: f64 = 30.0;

#[derive(Properties, Clone, PartialEq)]
pub struct NumberLineProps {
    pub params: DoomsdayParams,
    pub update: Update,
}

/// One sentence per hypothesis saying where the rank falls in it, for the caption.
fn describe(params: &DoomsdayParams) -> String {
    let r = params.rank;
    let parts: Vec<String> = params
        .counted_hypotheses()
        .iter()
        .map(|h| {
            if r > h.total {
                format!(
                    "{} ({}) ends before your rank, so it is refuted",
                    h.name,
                    format_superscript(h.total, 3)
                )
            } else {
                let gap = (h.total / r).log10();
                format!(
                    "{} ends at {}, {} orders of magnitude after you",
                    h.name,
                    format_superscript(h.total, 3),
                    format_superscript(gap, 3)
                )
            }
        })
        .collect();
    format!(
        "Log scale from 1 to the largest total. Your rank is {}. {}.",
        format_superscript(r, 4),
        parts.join("; ")
    )
}

#[function_component(NumberLine)]
pub fn number_line(props: &NumberLineProps) -> Html {
    let hypotheses = props.params.counted_hypotheses();
    let rank = props.params.rank;
    let mut values: Vec<f64> = hypotheses.iter().map(|h| h.total).collect();
    values.push(rank);
    values.push(1.0);
    let scale = LogScale::fitting(&values, LEFT, RIGHT, 40.0);
    let axis_y = TOP + ROW * hypotheses.len() as f64 + 8.0;
    let height = axis_y + 48.0;
    let rank_x = scale.x(rank);
    let description = describe(&props.params);
    html! {
        <figure class="chart number-line" id="doom-number-line">
            <svg viewBox={format!("0 0 {WIDTH} {height}")} role="img" aria-labelledby="number-line-caption"
                preserveAspectRatio="xMidYMid meet">
                <LogAxis {scale} y={axis_y} top={TOP - 6.0} label="humans (log scale: each gridline is ten times the last)" />
                { for hypotheses.iter().zip(&props.update.rows).enumerate().map(|(i, (h, row))| {
                    let y = TOP + ROW * i as f64;
                    let end = scale.x(h.total);
                    let posterior = probability_text(row.posterior, 1.0 - row.posterior, 3).to_string();
                    html! {
                        <g class={format!("row series-{}", i % 8 + 1)}>
                            <text class="row-label" x={(LEFT - 8.0).to_string()} y={(y + 15.0).to_string()} text-anchor="end">
                                { h.name.clone() }
                            </text>
                            <rect class={classes!("bar", row.refuted.then_some("refuted"))}
                                x={LEFT.to_string()} y={(y + 4.0).to_string()}
                                width={(end - LEFT).max(1.0).to_string()} height={(ROW - 10.0).to_string()} rx="3" />
                            <text class="row-value" x={(RIGHT + 8.0).to_string()} y={(y + 15.0).to_string()}>
                                { format!("P = {posterior}") }
                            </text>
                        </g>
                    }
                }) }
                <line class="rank-line" x1={rank_x.to_string()} x2={rank_x.to_string()} y1={(TOP - 14.0).to_string()} y2={axis_y.to_string()} />
                <text class="rank-label" x={rank_x.to_string()} y={(TOP - 18.0).to_string()} text-anchor="middle">
                    { format!("you: r = {}", format_superscript(rank, 3)) }
                </text>
            </svg>
            { chart_export("doom-number-line", "doomsday-hypotheses", csv(
                &["hypothesis", "humans_ever_counted", "prior", "posterior", "refuted"],
                &hypotheses.iter().zip(&props.update.rows).map(|(h, row)| vec![
                    h.name.clone(), format!("{:e}", h.total), format!("{:e}", row.prior),
                    format!("{:e}", row.posterior), row.refuted.to_string(),
                ]).collect::<Vec<_>>(),
            )) }
            <figcaption id="number-line-caption">
                { "Each bar runs from the first human to the last under one hypothesis; the dashed line is \
                   your rank. " }{ description }
            </figcaption>
        </figure>
    }
}
