//! A horizontal logarithmic axis for SVG charts, with a tick at every power of ten.

use yew::prelude::*;

/// Maps values to x coordinates on a log10 scale: `x0 + (log10 v − lo) / (hi − lo) · (x1 − x0)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LogScale {
    /// The axis spans `10^lo` to `10^hi`.
    pub lo: f64,
    pub hi: f64,
    pub x0: f64,
    pub x1: f64,
}

impl LogScale {
    /// The x coordinate of `value`, clamped to the axis.
    pub fn x(&self, value: f64) -> f64 {
        let t = ((value.log10() - self.lo) / (self.hi - self.lo)).clamp(0.0, 1.0);
        self.x0 + t * (self.x1 - self.x0)
    }

    /// The smallest whole-decade axis holding every value with one decade to spare each side,
    /// within `10^0 .. 10^max_exponent`.
    pub fn fitting(values: &[f64], x0: f64, x1: f64, max_exponent: f64) -> Self {
        let logs = values.iter().filter(|v| **v > 0.0).map(|v| v.log10());
        let lo = logs.clone().fold(f64::INFINITY, f64::min);
        let hi = logs.fold(f64::NEG_INFINITY, f64::max);
        let (lo, hi) = if lo.is_finite() { (lo, hi) } else { (0.0, 1.0) };
        let lo = (lo.floor() - 1.0).max(0.0);
        let hi = (hi.ceil() + 1.0).min(max_exponent).max(lo + 1.0);
        Self { lo, hi, x0, x1 }
    }

    /// Every whole exponent on the axis, and whether it gets a label: labels are spaced so that at
    /// most `max_labels` appear, on multiples of 1, 2, 5 or 10 decades.
    pub fn ticks(&self, max_labels: usize) -> Vec<(i32, bool)> {
        let (lo, hi) = (self.lo.ceil() as i32, self.hi.floor() as i32);
        let span = (hi - lo).max(1) as usize;
        let every = [1, 2, 5, 10, 20]
            .into_iter()
            .find(|step| span / step < max_labels.max(1))
            .unwrap_or(20);
        (lo..=hi)
            .map(|e| (e, e.rem_euclid(every as i32) == 0))
            .collect()
    }
}

#[derive(Properties, Clone, PartialEq)]
pub struct LogAxisProps {
    pub scale: LogScale,
    /// The y coordinate of the axis line.
    pub y: f64,
    /// The y coordinate where ticks start (gridlines run from here to the axis).
    pub top: f64,
    #[prop_or(9)]
    pub max_labels: usize,
    pub label: AttrValue,
}

/// Axis line, decade gridlines and `10^k` labels, with the axis title below.
#[function_component(LogAxis)]
pub fn log_axis(props: &LogAxisProps) -> Html {
    let s = props.scale;
    html! {
        <g class="axis" aria-hidden="true">
            { for s.ticks(props.max_labels).into_iter().map(|(e, labelled)| {
                let x = s.x(10f64.powi(e));
                html! {
                    <g>
                        <line class={if labelled { "grid major" } else { "grid" }}
                            x1={x.to_string()} x2={x.to_string()}
                            y1={props.top.to_string()} y2={(props.y + if labelled { 5.0 } else { 0.0 }).to_string()} />
                        if labelled {
                            <text x={x.to_string()} y={(props.y + 18.0).to_string()} text-anchor="middle">
                                { "10" }<tspan class="exponent" dy="-6">{ e.to_string() }</tspan>
                            </text>
                        }
                    </g>
                }
            }) }
            <line class="axis-line" x1={s.x0.to_string()} x2={s.x1.to_string()} y1={props.y.to_string()} y2={props.y.to_string()} />
            <text class="axis-title" x={((s.x0 + s.x1) / 2.0).to_string()} y={(props.y + 38.0).to_string()} text-anchor="middle">
                { props.label.clone() }
            </text>
        </g>
    }
}
