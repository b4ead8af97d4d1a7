//! A horizontal chart of rates (0 to 100%): one row per item, a bar for a single rate or an
//! arrow from a first rate to a second, with an optional 95% interval whisker on the end value.

use yew::prelude::*;

use crate::components::chart_export::{chart_export, csv};
use crate::components::chart_frame::{Frame, Scale};
use crate::number_format::percent;

/// The frame without its rows: labels to the left of the plot, values to its right.
const EMPTY: Frame = Frame {
    width: 780.0,
    height: 54.0,
    left: 270.0,
    right: 640.0,
    top: 10.0,
    bottom: 10.0,
};
/// The height of one row.
const ROW: f64 = 34.0;

/// One row of the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct RateRow {
    pub label: String,
    /// Where an arrow starts (a bar when `None`).
    pub from: Option<f64>,
    /// The rate shown, 0 to 1.
    pub to: f64,
    /// The end value's 95% interval, if known.
    pub interval: Option<(f64, f64)>,
    /// A CSS class for the row's colour, e.g. `series-2`.
    pub class: &'static str,
}

/// Draws `rows` on a 0..`max` axis; `caption` describes the chart for screen readers and is
/// shown beneath it.
pub fn rate_chart(
    id: &'static str,
    rows: &[RateRow],
    max: f64,
    axis_label: &str,
    caption: Html,
) -> Html {
    let rows_height = ROW * rows.len() as f64;
    let frame = Frame {
        height: EMPTY.height + rows_height,
        bottom: EMPTY.top + rows_height,
        ..EMPTY
    };
    let (left, top, bottom) = (frame.left, frame.top, frame.bottom);
    let scale = Scale::up_to(max);
    let x = |rate: f64| frame.x(scale, rate);
    let ticks: Vec<f64> = (0..=((max * 10.0).round() as i32))
        .map(|t| f64::from(t) / 10.0)
        .collect();
    let caption_id = format!("{id}-caption");
    let data: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            let (lo, hi) = row
                .interval
                .map_or((String::new(), String::new()), |(lo, hi)| {
                    (lo.to_string(), hi.to_string())
                });
            vec![
                row.label.clone(),
                row.from.map_or(String::new(), |f| f.to_string()),
                row.to.to_string(),
                lo,
                hi,
            ]
        })
        .collect();
    let table = csv(
        &["label", "from", "rate", "interval_low", "interval_high"],
        &data,
    );
    html! {
        <figure class="chart rate-chart" id={id.to_owned()}>
            { frame.svg(&caption_id, html! { <>
                <g class="axis" aria-hidden="true">
                    { for ticks.iter().map(|&t| html! {
                        <g>
                            <line class="grid" x1={x(t).to_string()} x2={x(t).to_string()} y1={top.to_string()} y2={bottom.to_string()} />
                            <text x={x(t).to_string()} y={(bottom + 16.0).to_string()} text-anchor="middle">{ format!("{}%", (t * 100.0).round()) }</text>
                        </g>
                    }) }
                    <text class="axis-title" x={frame.centre_x().to_string()} y={(bottom + 36.0).to_string()} text-anchor="middle">
                        { axis_label.to_owned() }
                    </text>
                </g>
                { for rows.iter().enumerate().map(|(i, row)| {
                    let y = top + ROW * i as f64 + ROW / 2.0;
                    html! {
                        <g class={classes!("rate-row", row.class)}>
                            <text class="row-label" x={(left - 10.0).to_string()} y={(y + 4.0).to_string()} text-anchor="end">{ row.label.clone() }</text>
                            { match row.from {
                                None => html! {
                                    <rect class="bar" x={left.to_string()} y={(y - 9.0).to_string()}
                                        width={(x(row.to) - left).max(1.0).to_string()} height="18" rx="2" />
                                },
                                Some(from) => html! {
                                    <>
                                        <line class="arrow-shaft" x1={x(from).to_string()} x2={x(row.to).to_string()} y1={y.to_string()} y2={y.to_string()} />
                                        <circle class="from" cx={x(from).to_string()} cy={y.to_string()} r="5" />
                                        <circle class="to" cx={x(row.to).to_string()} cy={y.to_string()} r="6" />
                                    </>
                                },
                            } }
                            if let Some((lo, hi)) = row.interval {
                                <line class="whisker" x1={x(lo).to_string()} x2={x(hi).to_string()} y1={y.to_string()} y2={y.to_string()} />
                            }
                            <text class="row-value" x={(x(row.to.max(row.from.unwrap_or(0.0))) + 10.0).to_string()} y={(y + 4.0).to_string()}>
                                { match row.from {
                                    Some(from) => format!("{} → {}", percent(from), percent(row.to)),
                                    None => percent(row.to),
                                } }
                            </text>
                        </g>
                    }
                }) }
            </> }) }
            <figcaption id={caption_id}>{ caption }</figcaption>
            { chart_export(id, id, table) }
        </figure>
    }
}
