//! A log-scale chart placing our rank among every hypothesis's total, so that the orders of
//! magnitude between them are visible.

use yew::prelude::*;

use crate::components::chart_export::{chart_export, csv};
use crate::components::chart_frame::{Frame, Scale};
use crate::components::log_axis::LogAxis;
use crate::doomsday::model::Update;
use crate::doomsday::params::DoomsdayParams;
use crate::number_format::{format_superscript, probability_text};

/// The frame without its rows: each row's name and posterior above its bar, so that nothing
/// stands beside the bars and the chart fits a phone's width; the axis 8 below the last row.
const EMPTY: Frame = Frame {
    width: 560.0,
    // Room below the axis for its title's two lines.
    height: 112.0,
    left: 14.0,
    right: 546.0,
    top: 34.0,
    bottom: 42.0,
};
/// The height of one hypothesis's row: its label, then its bar.
const ROW: f64 = 44.0;

/// The longest name a row's label shows whole: with its posterior it then fits the chart's width
/// at a phone's type (a name may have 40 characters; SVG text does not wrap).
const CHART_NAME_CHARS: usize = 20;

/// `name` as a row's label shows it: whole up to [`CHART_NAME_CHARS`] characters, else its first
/// `CHART_NAME_CHARS − 1` and "…" (the table, the sentence and the chart's description give it
/// whole).
fn chart_name(name: &str) -> String {
    if name.chars().count() <= CHART_NAME_CHARS {
        return name.to_owned();
    }
    let kept: String = name.chars().take(CHART_NAME_CHARS - 1).collect();
    format!("{kept}…")
}

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
    let scale = Scale::decades_around(&values, 40.0);
    let rows_height = ROW * hypotheses.len() as f64;
    let frame = Frame {
        height: EMPTY.height + rows_height,
        bottom: EMPTY.bottom + rows_height,
        ..EMPTY
    };
    let Frame {
        left,
        top,
        bottom: axis_y,
        ..
    } = frame;
    let rank_x = frame.x(scale, rank);
    let description = describe(&props.params);
    html! {
        <figure class="chart number-line" id="doom-number-line">
            { frame.svg("number-line-caption", html! { <>
                <LogAxis {frame} {scale} y={axis_y} top={top - 6.0} label="humans (log scale: each gridline is ten times the last)" />
                { for hypotheses.iter().zip(&props.update.rows).enumerate().map(|(i, (h, row))| {
                    let y = top + ROW * i as f64;
                    let end = frame.x(scale, h.total);
                    let posterior = probability_text(row.posterior, 1.0 - row.posterior, 3).to_string();
                    html! {
                        <g class={format!("row series-{}", i % 8 + 1)}>
                            <text class="row-label" x={left.to_string()} y={(y + 14.0).to_string()}>
                                { chart_name(&h.name) }
                                <tspan class="row-value" dx="10">{ format!("P = {posterior}") }</tspan>
                            </text>
                            <rect class={classes!("bar", row.refuted.then_some("refuted"))}
                                x={left.to_string()} y={(y + 20.0).to_string()}
                                width={(end - left).max(1.0).to_string()} height={(ROW - 26.0).to_string()} rx="3" />
                        </g>
                    }
                }) }
                <line class="rank-line" x1={rank_x.to_string()} x2={rank_x.to_string()} y1={(top - 14.0).to_string()} y2={axis_y.to_string()} />
                // Anchored away from the nearer edge, so that the label stays inside the chart.
                <text class="rank-label" x={rank_x.to_string()} y={(top - 18.0).to_string()}
                    text-anchor={if rank_x > frame.centre_x() { "end" } else { "start" }}>
                    { format!("you: r = {}", format_superscript(rank, 3)) }
                </text>
            </> }) }
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
