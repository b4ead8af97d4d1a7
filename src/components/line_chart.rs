//! A line chart on linear axes from 0: several lines, each solid or dashed, bold or faded, with
//! a legend in HTML and the chart's export buttons.

use yew::prelude::*;

use crate::components::chart_export::chart_export;
use crate::components::chart_frame::{axis_title, spread, Frame, Scale, TICK_REACH};

/// The y axis's title is written above the plot, across, and the x axis's below it, on up to
/// two lines: at a phone's larger type neither runs into the ticks' labels.
const FRAME: Frame = Frame {
    width: 640.0,
    height: 276.0,
    // Room for "100%" at a phone's larger type (about 66 units wide).
    left: 80.0,
    right: 624.0,
    top: 32.0,
    bottom: 216.0,
};

/// The least distance between two lines' end labels, in the viewBox's units: room for the
/// labels at a phone's larger type (19 units).
const END_LABEL_GAP: f64 = 21.0;

/// One line of the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub label: String,
    /// A CSS class for the line's colour, e.g. `series-2`.
    pub class: &'static str,
    /// (x, y) in the axes' units, in order of x.
    pub points: Vec<(f64, f64)>,
    pub dashed: bool,
    /// Drawn thin and pale: an earlier run, for comparison.
    pub faded: bool,
    /// A dot on every point (for a few measured points rather than a dense curve).
    pub dots: bool,
    /// Text written at the line's last point (to tell faded lines apart).
    pub end_label: Option<String>,
}

/// An axis from 0 to `max`, labelled at `ticks` (value, text), with labelled marks across the
/// chart at `marks` (for the x axis: vertical lines, such as where a phase begins).
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub title: String,
    pub max: f64,
    pub ticks: Vec<(f64, String)>,
    pub marks: Vec<(f64, String)>,
}

/// `count + 1` evenly spaced ticks from 0 to `max`, labelled by `label`.
pub fn even_ticks(max: f64, count: usize, label: impl Fn(f64) -> String) -> Vec<(f64, String)> {
    (0..=count)
        .map(|i| {
            let value = max * i as f64 / count.max(1) as f64;
            (value, label(value))
        })
        .collect()
}

/// Draws `lines` on `x` and `y`; `caption` describes the chart for screen readers and is shown
/// beneath it, and `csv` is what its CSV button downloads.
pub fn line_chart(
    id: &'static str,
    lines: &[Line],
    x: &Axis,
    y: &Axis,
    caption: Html,
    csv: String,
) -> Html {
    let (x_scale, y_scale) = (Scale::up_to(x.max), Scale::up_to(y.max));
    let px = |value: f64| FRAME.x(x_scale, value);
    let py = |value: f64| FRAME.y(y_scale, value);
    let caption_id = format!("{id}-caption");
    // Faded lines first, so that the bold ones are drawn over them.
    let ordered: Vec<&Line> = lines
        .iter()
        .filter(|line| line.faded)
        .chain(lines.iter().filter(|line| !line.faded))
        .collect();
    // Each end label left of its line's last point, moved apart so that no two overprint: the
    // place of each line's label, in `ordered`'s order (none without a label or points).
    let ends: Vec<Option<(f64, f64)>> = ordered
        .iter()
        .map(|line| {
            let (a, b) = line.points.last().filter(|_| line.end_label.is_some())?;
            Some((px(*a) - 4.0, py(*b) - 4.0))
        })
        .collect();
    let wanted: Vec<f64> = ends.iter().flatten().map(|(_, y)| *y).collect();
    let mut spread_heights =
        spread(&wanted, END_LABEL_GAP, FRAME.top + 10.0, FRAME.bottom - 2.0).into_iter();
    let label_places: Vec<Option<(f64, f64)>> = ends
        .iter()
        .map(|end| end.map(|(x, _)| (x, spread_heights.next().unwrap_or_default())))
        .collect();
    // With nothing to draw, the axes carry no numbers (every tick would read 0).
    let empty = lines.iter().all(|line| line.points.is_empty());
    let (x_ticks, y_ticks) = if empty {
        (&[][..], &[][..])
    } else {
        (&x.ticks[..], &y.ticks[..])
    };
    html! {
        <figure class="chart line-chart" id={id}>
            { FRAME.svg(&caption_id, html! { <>
                <g class="axis" aria-hidden="true">
                    { for y_ticks.iter().map(|(value, text)| html! {
                        <g>
                            <line class="grid" x1={FRAME.left.to_string()} x2={FRAME.right.to_string()} y1={py(*value).to_string()} y2={py(*value).to_string()} />
                            <text x={(FRAME.left - 6.0).to_string()} y={(py(*value) + 4.0).to_string()} text-anchor="end">{ text.clone() }</text>
                        </g>
                    }) }
                    { for x_ticks.iter().map(|(value, text)| html! {
                        <text x={px(*value).to_string()} y={(FRAME.bottom + 18.0).to_string()} text-anchor={FRAME.anchor(px(*value), TICK_REACH)}>{ text.clone() }</text>
                    }) }
                    { for x.marks.iter().map(|(value, text)| html! {
                        <g class="mark">
                            <line class="threshold-line" x1={px(*value).to_string()} x2={px(*value).to_string()} y1={FRAME.top.to_string()} y2={FRAME.bottom.to_string()} />
                            <text x={(px(*value) - 4.0).to_string()} y={(FRAME.top + 12.0).to_string()} text-anchor="end">{ text.clone() }</text>
                        </g>
                    }) }
                    <line class="axis-line" x1={FRAME.left.to_string()} x2={FRAME.right.to_string()} y1={FRAME.bottom.to_string()} y2={FRAME.bottom.to_string()} />
                    { axis_title(&FRAME.centre_x().to_string(), FRAME.bottom + 38.0, &x.title) }
                    <text class="axis-title" x="0" y={(FRAME.top - 16.0).to_string()}>{ y.title.clone() }</text>
                </g>
                if empty {
                    <text class="empty-note" x={FRAME.centre_x().to_string()} y={((FRAME.top + FRAME.bottom) / 2.0).to_string()}
                        text-anchor="middle">{ "Nothing yet" }</text>
                }
                { for ordered.iter().zip(&label_places).map(|(line, label_place)| {
                    let points: Vec<String> = line
                        .points
                        .iter()
                        .map(|(a, b)| format!("{:.1},{:.1}", px(*a), py(*b)))
                        .collect();
                    html! {
                        <g class={classes!("line", line.class, line.dashed.then_some("dashed"), line.faded.then_some("faded"))}>
                            <polyline class="curve" points={points.join(" ")} />
                            if let (Some(text), Some((x, y))) = (&line.end_label, label_place) {
                                <text class="end-label" x={format!("{x:.1}")} y={format!("{y:.1}")}
                                    text-anchor="end">{ text.clone() }</text>
                            }
                            if line.dots {
                                { for line.points.iter().map(|(a, b)| html! {
                                    <circle cx={format!("{:.1}", px(*a))} cy={format!("{:.1}", py(*b))} r="3.5" />
                                }) }
                            }
                        </g>
                    }
                }) }
            </> }) }
            <ul class="legend" aria-hidden="true">
                { for lines.iter().filter(|line| !line.faded).map(|line| html! {
                    <li class={classes!(line.class, line.dashed.then_some("dashed"))}>
                        <span class="legend-line"></span>{ line.label.clone() }
                    </li>
                }) }
                if lines.iter().any(|line| line.faded) {
                    <li class="faded"><span class="legend-line"></span>{ "earlier runs" }</li>
                }
            </ul>
            <figcaption id={caption_id}>{ caption }</figcaption>
            { chart_export(id, id, csv) }
        </figure>
    }
}
