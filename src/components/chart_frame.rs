//! Where an SVG chart draws and how values map onto it: a [`Frame`] (the plot area, in the
//! chart's viewBox units) and a [`Scale`] per axis, linear or logarithmic. Every chart on the page
//! places its marks through them.

use yew::prelude::*;

use crate::ordering::ascending;

/// How an axis maps a value to a fraction of its length.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scale {
    /// From `lo` to `hi`.
    Linear { lo: f64, hi: f64 },
    /// From `10^lo` to `10^hi`.
    Log10 { lo: f64, hi: f64 },
}

impl Scale {
    /// A linear scale from 0 to `max` (to the smallest positive number when `max` is not
    /// positive).
    pub fn up_to(max: f64) -> Self {
        Self::Linear {
            lo: 0.0,
            hi: max.max(f64::MIN_POSITIVE),
        }
    }

    /// The smallest whole-decade log scale holding every positive value with one decade to spare
    /// each side, within `10^0 .. 10^max_exponent` (`10^0 .. 10^2` when no value is positive).
    pub fn decades_around(values: &[f64], max_exponent: f64) -> Self {
        let logs = values.iter().filter(|v| **v > 0.0).map(|v| v.log10());
        let lo = logs.clone().fold(f64::INFINITY, f64::min);
        let hi = logs.fold(f64::NEG_INFINITY, f64::max);
        let (lo, hi) = if lo.is_finite() { (lo, hi) } else { (0.0, 1.0) };
        let lo = (lo.floor() - 1.0).max(0.0);
        let hi = (hi.ceil() + 1.0).min(max_exponent).max(lo + 1.0);
        Self::Log10 { lo, hi }
    }

    /// `(v − lo) / (hi − lo)`, with `log10 v` for `v` on a log scale, clamped to `[0, 1]`
    /// (an infinite value to its end, NaN to 0: no mark ever leaves the frame).
    pub fn fraction(self, value: f64) -> f64 {
        let (t, lo, hi) = match self {
            Self::Linear { lo, hi } => (value, lo, hi),
            Self::Log10 { lo, hi } => (value.log10(), lo, hi),
        };
        let fraction = (t - lo) / (hi - lo);
        if fraction.is_nan() {
            0.0
        } else {
            fraction.clamp(0.0, 1.0)
        }
    }

    /// `count + 1` values evenly spaced along the axis from its start to its end (evenly in
    /// `log10` on a log scale).
    pub fn samples(self, count: usize) -> Vec<f64> {
        let step = |lo: f64, hi: f64, i: usize| lo + (hi - lo) * i as f64 / count.max(1) as f64;
        (0..=count)
            .map(|i| match self {
                Self::Linear { lo, hi } => step(lo, hi, i),
                Self::Log10 { lo, hi } => 10f64.powf(step(lo, hi, i)),
            })
            .collect()
    }

    /// On a log scale, every whole exponent it spans and whether it gets a label: labels are
    /// spaced so that at most `max_labels` appear, on multiples of 1, 2, 5, 10 or 20 decades.
    /// Empty on a linear scale.
    pub fn decades(self, max_labels: usize) -> Vec<(i32, bool)> {
        let Self::Log10 { lo, hi } = self else {
            return Vec::new();
        };
        let (lo, hi) = (lo.ceil() as i32, hi.floor() as i32);
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

/// A reach for [`Frame::anchor`] that keeps a tick label ("100%", "10²⁰") inside the picture at
/// the larger type a phone gets (23 units).
pub const TICK_REACH: f64 = 28.0;

/// An axis title's lines: a title longer than 36 characters is broken at its first parenthesis
/// (before it) or its first comma (after it), whichever comes first, so that it fits a phone's
/// width at the larger type ("doublings so far" / "(the curve: ...)"); one without either stays
/// whole.
pub fn title_lines(title: &str) -> Vec<&str> {
    if title.chars().count() <= 36 {
        return vec![title];
    }
    let parenthesis = title.find(" (").map(|at| (at, at + 1));
    let comma = title.find(", ").map(|at| (at + 1, at + 2));
    match [parenthesis, comma].into_iter().flatten().min() {
        Some((end, start)) => vec![&title[..end], &title[start..]],
        None => vec![title],
    }
}

/// An axis title centred at `x` (an SVG length), its first line's baseline at `y`, each further
/// line 1.25 em below.
pub fn axis_title(x: &str, y: f64, title: &str) -> Html {
    html! {
        <text class="axis-title" x={x.to_owned()} y={y.to_string()} text-anchor="middle">
            { for title_lines(title).into_iter().enumerate().map(|(i, line)| html! {
                <tspan x={x.to_owned()} dy={if i == 0 { "0" } else { "1.25em" }}>{ line.to_owned() }</tspan>
            }) }
        </text>
    }
}

/// Where to write labels wanted at heights `wanted` (in any order) so that no two are closer
/// than `gap`, each as near its wanted height as the others allow, within `[lo, hi]` when they
/// fit: sorted, each pushed below the one above it (`yᵢ = max(wᵢ, yᵢ₋₁ + gap)`, from `lo`), then
/// the last ones pulled back above `hi` (`yᵢ = min(yᵢ, yᵢ₊₁ − gap)`). Returned in `wanted`'s order.
pub fn spread(wanted: &[f64], gap: f64, lo: f64, hi: f64) -> Vec<f64> {
    let order = ascending(wanted);
    let mut placed = vec![0.0; wanted.len()];
    let mut floor = lo;
    for &i in &order {
        placed[i] = wanted[i].max(floor);
        floor = placed[i] + gap;
    }
    let mut ceiling = hi;
    for &i in order.iter().rev() {
        placed[i] = placed[i].min(ceiling);
        ceiling = placed[i] - gap;
    }
    placed
}

/// A chart's plot area, in its viewBox's units: x runs from `left` to `right`, y from `bottom`
/// (the scale's start) up to `top`, in a picture `width` by `height`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

impl Frame {
    /// `left + fraction · (right − left)`.
    pub fn x(&self, scale: Scale, value: f64) -> f64 {
        self.left + scale.fraction(value) * (self.right - self.left)
    }

    /// `bottom − fraction · (bottom − top)`.
    pub fn y(&self, scale: Scale, value: f64) -> f64 {
        self.bottom - scale.fraction(value) * (self.bottom - self.top)
    }

    /// The middle of the plot area across.
    pub fn centre_x(&self) -> f64 {
        (self.left + self.right) / 2.0
    }

    /// How a label at `x` is anchored so that it stays inside the picture: centred on `x`,
    /// unless `x` is within `reach` (about half the label's width) of the picture's left or
    /// right edge, where it starts or ends at `x`.
    pub fn anchor(&self, x: f64, reach: f64) -> &'static str {
        if x - reach < 0.0 {
            "start"
        } else if x + reach > self.width {
            "end"
        } else {
            "middle"
        }
    }

    /// The chart's `<svg>`: the whole picture, an image described by the element `caption_id`.
    pub fn svg(&self, caption_id: &str, content: Html) -> Html {
        html! {
            <svg viewBox={format!("0 0 {} {}", self.width, self.height)} role="img"
                aria-labelledby={caption_id.to_owned()}>
                { content }
            </svg>
        }
    }
}
