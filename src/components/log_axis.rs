//! A horizontal logarithmic axis for SVG charts, with a tick at every power of ten.

use yew::prelude::*;

use crate::components::chart_frame::{axis_title, Frame, Scale, TICK_REACH};

#[derive(Properties, Clone, PartialEq)]
pub struct LogAxisProps {
    pub frame: Frame,
    /// A log scale (a linear one gets no ticks).
    pub scale: Scale,
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
    let (frame, scale) = (props.frame, props.scale);
    html! {
        <g class="axis" aria-hidden="true">
            { for scale.decades(props.max_labels).into_iter().map(|(e, labelled)| {
                let x = frame.x(scale, 10f64.powi(e));
                html! {
                    <g>
                        <line class={if labelled { "grid major" } else { "grid" }}
                            x1={x.to_string()} x2={x.to_string()}
                            y1={props.top.to_string()} y2={(props.y + if labelled { 5.0 } else { 0.0 }).to_string()} />
                        if labelled {
                            <text x={x.to_string()} y={(props.y + 18.0).to_string()} text-anchor={frame.anchor(x, TICK_REACH)}>
                                { "10" }<tspan class="exponent" dy="-6">{ e.to_string() }</tspan>
                            </text>
                        }
                    </g>
                }
            }) }
            <line class="axis-line" x1={frame.left.to_string()} x2={frame.right.to_string()} y1={props.y.to_string()} y2={props.y.to_string()} />
            { axis_title(&frame.centre_x().to_string(), props.y + 38.0, &props.label) }
        </g>
    }
}
