//! A horizontal chart of rates (0 to 100%): one row per item, a bar for a single rate or an
//! arrow from a first rate to a second, with an optional 95% interval whisker on the end value.
//!
//! Drawn to the width it is given, at any width: across, every mark is placed in percent of the
//! chart's width (no viewBox scales the picture), so the type keeps its size on a phone and in a
//! narrow embed, and nothing lies outside. Each row's label is above its bar, and its value
//! beside its marks, on the side with more room.

use yew::prelude::*;

use crate::components::chart_export::{chart_export, csv};
use crate::components::chart_frame::{axis_title, title_lines, Scale};
use crate::number_format::percent;

/// Space above the first row, in pixels.
const TOP: f64 = 4.0;
/// The height of one row: its label and value, then its bar.
const ROW: f64 = 46.0;
/// From a row's top: its text's baseline, and the middle of its bar.
const TEXT_BASELINE: f64 = 14.0;
const BAR_MIDDLE: f64 = 31.0;
/// Below the rows: the tick labels and the axis title.
const AXIS: f64 = 44.0;
/// The height of each further line of the axis title.
const LINE: f64 = 16.0;
/// The plot's ends across, in percent of the chart's width (room for a dot at either end).
const PLOT_START: f64 = 2.0;
const PLOT_END: f64 = 98.0;

/// Where `fraction` (0 to 1) of the plot lies across, in percent of the chart's width, as an
/// SVG length: `PLOT_START + fraction · (PLOT_END − PLOT_START)` followed by `%`.
fn across(fraction: f64) -> String {
    format!("{:.3}%", PLOT_START + fraction * (PLOT_END - PLOT_START))
}

/// The fractions across the plot where `row`'s marks begin and end: its bar from 0, or its
/// arrow's two dots, and its whisker.
fn marks_span(row: &RateRow, scale: Scale) -> (f64, f64) {
    let start = row.from.map_or(0.0, |from| from.min(row.to));
    let end = row.from.map_or(row.to, |from| from.max(row.to));
    let (start, end) = match row.interval {
        Some((lo, hi)) => (start.min(lo), end.max(hi)),
        None => (start, end),
    };
    (scale.fraction(start), scale.fraction(end))
}

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
    let bottom = TOP + ROW * rows.len() as f64;
    let height = bottom + AXIS + LINE * (title_lines(axis_label).len() - 1) as f64;
    let scale = Scale::up_to(max);
    let x = |rate: f64| across(scale.fraction(rate));
    let ticks: Vec<f64> = (0..=((max * 10.0).round() as i32))
        .map(|t| f64::from(t) / 10.0)
        .collect();
    let last_tick = ticks.len().saturating_sub(1);
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
            // Its height in pixels, inline: the stylesheet gives charts drawn in a viewBox
            // `height: auto`, which would make this one 150 px tall.
            <svg width="100%" height={height.to_string()} style={format!("height: {height}px")}
                role="img" aria-labelledby={caption_id.clone()}>
                <g class="axis" aria-hidden="true">
                    { for ticks.iter().enumerate().map(|(i, &t)| {
                        // The end ticks' labels lie inside the chart.
                        // More than seven labels crowd a phone's width: every other one then.
                        let labelled = ticks.len() <= 7 || i % 2 == 0;
                        let anchor = match i {
                            0 => "start",
                            i if i == last_tick => "end",
                            _ => "middle",
                        };
                        html! {
                            <g>
                                <line class="grid" x1={x(t)} x2={x(t)} y1={TOP.to_string()} y2={bottom.to_string()} />
                                if labelled {
                                    <text x={x(t)} y={(bottom + 16.0).to_string()} text-anchor={anchor}>{ format!("{}%", (t * 100.0).round()) }</text>
                                }
                            </g>
                        }
                    }) }
                    { axis_title("50%", bottom + 36.0, axis_label) }
                </g>
                { for rows.iter().enumerate().map(|(i, row)| {
                    let top = TOP + ROW * i as f64;
                    let (text_y, y) = ((top + TEXT_BASELINE).to_string(), top + BAR_MIDDLE);
                    let (first, last) = marks_span(row, scale);
                    // The value beside the marks, on the side with more room.
                    let (value_x, value_dx, value_anchor) = if 1.0 - last >= first {
                        (across(last), "12", "start")
                    } else {
                        (across(first), "-12", "end")
                    };
                    html! {
                        <g class={classes!("rate-row", row.class)}>
                            <text class="row-label" x={across(0.0)} y={text_y}>{ row.label.clone() }</text>
                            <text class="row-value" x={value_x} dx={value_dx} y={(y + 4.0).to_string()} text-anchor={value_anchor}>
                                { match row.from {
                                    Some(from) => format!("{} → {}", percent(from), percent(row.to)),
                                    None => percent(row.to),
                                } }
                            </text>
                            { match row.from {
                                None => html! {
                                    <rect class="bar" x={x(0.0)} y={(y - 8.0).to_string()}
                                        width={format!("{:.3}%", (PLOT_END - PLOT_START) * scale.fraction(row.to))}
                                        height="16" rx="2" />
                                },
                                Some(from) => html! {
                                    <>
                                        <line class="arrow-shaft" x1={x(from)} x2={x(row.to)} y1={y.to_string()} y2={y.to_string()} />
                                        <circle class="from" cx={x(from)} cy={y.to_string()} r="5" />
                                        <circle class="to" cx={x(row.to)} cy={y.to_string()} r="6" />
                                    </>
                                },
                            } }
                            if let Some((lo, hi)) = row.interval {
                                <line class="whisker" x1={x(lo)} x2={x(hi)} y1={y.to_string()} y2={y.to_string()} />
                            }
                        </g>
                    }
                }) }
            </svg>
            <figcaption id={caption_id}>{ caption }</figcaption>
            { chart_export(id, id, table) }
        </figure>
    }
}
