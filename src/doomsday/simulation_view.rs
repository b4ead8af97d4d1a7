//! The simulation: draw worlds and observers, keep the draws with our rank, and watch the
//! running estimate and its 95% band close in on the exact posterior. Runs in chunks of a few
//! milliseconds between frames, so the page never stalls.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::browser::document::now;
use crate::components::chart_export::{chart_export, csv};
use crate::components::chart_frame::{Frame, Scale};
use crate::components::number_field::NumberField;
use crate::components::sci::{probability, sci};
use crate::doomsday::model::Rule;
use crate::doomsday::model::{complement, update, Update};
use crate::doomsday::params::{DoomsdayAction, DoomsdayParams, Example, MAX_SEED};
use crate::doomsday::rule_picker::rule_name;
use crate::doomsday::simulation::{
    draws_needed, sampling_weights, Simulation, SimulationError, MAX_SIMULATED_TOTAL,
};
use crate::number_format::{count_in_words, format_superscript};

/// Each chunk aims to take this long, leaving the rest of the frame to the page.
const CHUNK_MILLISECONDS: f64 = 8.0;
/// The simulation stops by itself after this many draws.
const MAX_DRAWS: u64 = 1_000_000_000;
/// A screen reader hears the running count at most this often, in milliseconds.
const SPOKEN_EVERY_MS: f64 = 1_500.0;
/// A rate to quote before one has been measured: what the benchmark found in Chromium.
const QUOTED_RATE: f64 = 5e6;

const FRAME: Frame = Frame {
    width: 720.0,
    height: 240.0,
    left: 70.0,
    right: 700.0,
    top: 20.0,
    bottom: 200.0,
};

#[derive(Properties, Clone, PartialEq)]
pub struct SimulationViewProps {
    pub params: DoomsdayParams,
    pub dispatch: Callback<DoomsdayAction>,
}

/// What the view shows of a running simulation, copied out after every chunk.
#[derive(Clone, Debug, Default, PartialEq)]
struct Snapshot {
    draws: u64,
    kept: Vec<u64>,
    /// Draws per second over the last chunk.
    rate: f64,
    /// (draws, estimate, band low, band high) of the tracked hypothesis, at about 12 points per
    /// power of ten of draws.
    history: Vec<(f64, f64, f64, f64)>,
    /// The draws and kept draws as last read out (a live region): updated at most every
    /// [`SPOKEN_EVERY_MS`] while running, and when the run stops.
    spoken: (u64, u64),
}

/// The hypothesis whose estimate the chart follows: the one with the smallest nonzero exact
/// posterior, the hardest for sampling to resolve.
fn tracked(exact: &Update) -> usize {
    exact
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.posterior > 0.0)
        .min_by(|a, b| a.1.posterior.total_cmp(&b.1.posterior))
        .map_or(0, |(i, _)| i)
}

/// The simulation and its display state, shared by the buttons and the ticker.
#[derive(Clone)]
struct Runner {
    sim: Rc<RefCell<Option<Simulation>>>,
    snapshot: UseStateHandle<Snapshot>,
    running: UseStateHandle<bool>,
    interval: Rc<RefCell<Option<Interval>>>,
    /// When the count was last read out.
    spoken_at: Rc<RefCell<f64>>,
}

impl Runner {
    /// Stops drawing (dropping the interval cancels it).
    fn stop(&self) {
        *self.interval.borrow_mut() = None;
        self.running.set(false);
        let mut stopped = (*self.snapshot).clone();
        stopped.spoken = (stopped.draws, stopped.kept.iter().sum());
        self.snapshot.set(stopped);
    }

    /// Stops and replaces the simulation with `fresh`, clearing what was shown.
    fn restart(&self, fresh: Option<Simulation>) {
        self.stop();
        *self.sim.borrow_mut() = fresh;
        self.snapshot.set(Snapshot::default());
    }

    /// Draws in chunks of about [`CHUNK_MILLISECONDS`] every 16 ms, following hypothesis `track`
    /// in the history, until stopped or [`MAX_DRAWS`] is reached.
    fn start(&self, track: usize) {
        if *self.running {
            return;
        }
        let (sim, snapshot, running) = (
            self.sim.clone(),
            self.snapshot.clone(),
            self.running.clone(),
        );
        let spoken_at = self.spoken_at.clone();
        let spoken = Rc::new(RefCell::new(self.snapshot.spoken));
        let chunk = Rc::new(RefCell::new(20_000u64));
        let history = Rc::new(RefCell::new(self.snapshot.history.clone()));
        let ticker = Interval::new(16, move || {
            let mut guard = sim.borrow_mut();
            let Some(sim) = guard.as_mut() else { return };
            let started = now();
            let size = *chunk.borrow();
            sim.run(size);
            let elapsed = (now() - started).max(0.01);
            let next = (size as f64 * CHUNK_MILLISECONDS / elapsed).clamp(1_000.0, 2_000_000.0);
            *chunk.borrow_mut() = next as u64;
            let draws = sim.draws as f64;
            let mut history = history.borrow_mut();
            let due = history
                .last()
                .is_none_or(|last| draws.log10() - last.0.log10() >= 1.0 / 12.0);
            if due {
                if let Some(e) = sim.estimate(track) {
                    history.push((draws, e.share, e.lo, e.hi));
                }
            }
            let finished = sim.draws >= MAX_DRAWS;
            if finished || now() - *spoken_at.borrow() >= SPOKEN_EVERY_MS {
                *spoken_at.borrow_mut() = now();
                *spoken.borrow_mut() = (sim.draws, sim.kept.iter().sum());
            }
            snapshot.set(Snapshot {
                draws: sim.draws,
                kept: sim.kept.clone(),
                rate: size as f64 / elapsed * 1000.0,
                history: history.clone(),
                spoken: *spoken.borrow(),
            });
            if finished {
                running.set(false);
            }
        });
        *self.interval.borrow_mut() = Some(ticker);
        self.running.set(true);
    }
}

#[function_component(SimulationView)]
pub fn simulation_view(props: &SimulationViewProps) -> Html {
    let p = &props.params;
    let counted = p.counted_hypotheses();
    let setup = Simulation::new(&counted, p.rank, p.rule, u64::from(p.seed));
    let exact = update(&counted, p.rank, p.rule);
    let runner = Runner {
        sim: use_mut_ref(|| None),
        snapshot: use_state(Snapshot::default),
        running: use_state(|| false),
        interval: use_mut_ref(|| None),
        spoken_at: use_mut_ref(|| 0.0),
    };

    // A new set-up (hypotheses, rank, rule or seed) starts over.
    {
        let runner = runner.clone();
        use_effect_with(setup.clone().ok(), move |fresh| {
            runner.restart(fresh.clone())
        });
    }
    // The ticker cannot drop itself when it reaches MAX_DRAWS; it clears `running`, and the next
    // render drops it here.
    if !*runner.running {
        *runner.interval.borrow_mut() = None;
    }

    let track = exact.as_ref().map(tracked).unwrap_or(0);
    let start = {
        let runner = runner.clone();
        Callback::from(move |_: MouseEvent| runner.start(track))
    };
    let pause = {
        let runner = runner.clone();
        Callback::from(move |_: MouseEvent| runner.stop())
    };
    let reset = {
        let (runner, fresh) = (runner.clone(), setup.clone().ok());
        Callback::from(move |_: MouseEvent| runner.restart(fresh.clone()))
    };
    let load = |example: Example| {
        props
            .dispatch
            .reform(move |_: MouseEvent| DoomsdayAction::LoadExample(example))
    };

    let body = match (&setup, &exact) {
        (Ok(_), Ok(exact)) => render_running(
            p,
            exact,
            &runner.snapshot,
            track,
            *runner.running,
            Controls {
                start,
                pause,
                reset,
            },
        ),
        (Err(SimulationError::TooLarge { .. }), Ok(exact)) => {
            render_too_large(p, exact, runner.snapshot.rate)
        }
        (Err(_), Ok(_)) => html! {
            <p>{ "The simulation needs whole numbers: a rank of at least 1 and totals of at least 1 \
                  that reach it. Load one of the examples above." }</p>
        },
        (_, Err(error)) => html! { <p>{ error.to_string() }</p> },
    };

    html! {
        <section class="simulation" aria-labelledby="simulation-title">
            <h3 id="simulation-title">{ "See it happen: a simulation" }</h3>
            <p>
                { "Draw a world from the prior (under SIA, weighted by its population), then draw an \
                   observer uniformly from that world's people, and keep the draw only if the observer's \
                   rank is yours. Among the kept draws, the share from each world is its posterior. It \
                   works wherever draws with your rank are common enough to count: totals up to " }
                { sci(MAX_SIMULATED_TOTAL, 1) }{ "." }
            </p>
            <div class="toolbar">
                <button type="button" onclick={load(Example::TwoUrns)}>{ "Two urns: 10 or 1,000,000, ball 7" }</button>
                <button type="button" onclick={load(Example::Paulos)}>{ "Paulos: 10 or 10,000, 5% prior" }</button>
            </div>
            <NumberField id="doom-seed" label="Random seed (the same seed repeats the same draws)"
                value={f64::from(p.seed)} min={0.0} max={f64::from(MAX_SEED)} whole=true
                on_change={props.dispatch.reform(DoomsdayAction::SetSeed)} />
            { body }
        </section>
    }
}

/// The buttons' handlers.
struct Controls {
    start: Callback<MouseEvent>,
    pause: Callback<MouseEvent>,
    reset: Callback<MouseEvent>,
}

fn render_running(
    p: &DoomsdayParams,
    exact: &Update,
    snapshot: &Snapshot,
    track: usize,
    running: bool,
    controls: Controls,
) -> Html {
    let Controls {
        start,
        pause,
        reset,
    } = controls;
    let kept_total: u64 = snapshot.kept.iter().sum();
    let estimate = |i: usize| {
        (kept_total > 0).then(|| {
            crate::doomsday::simulation::Estimate::wilson(
                snapshot.kept[i] as f64,
                kept_total as f64,
            )
        })
    };
    let exact_tracked = exact.rows[track].posterior;
    let chart = if snapshot.history.len() >= 2 {
        let first = snapshot.history[0].0.log10().floor();
        let last = (snapshot.draws as f64).log10().ceil().max(first + 1.0);
        let floor = (exact_tracked.log10() - 2.0).floor().max(-12.0);
        let draws = Scale::Log10 {
            lo: first,
            hi: last,
        };
        let posterior = Scale::Log10 { lo: floor, hi: 0.0 };
        let x = |d: f64| FRAME.x(draws, d);
        let y = |v: f64| FRAME.y(posterior, v);
        let band_top: Vec<String> = snapshot
            .history
            .iter()
            .map(|h| format!("{:.1},{:.1}", x(h.0), y(h.3)))
            .collect();
        let band_bottom: Vec<String> = snapshot
            .history
            .iter()
            .rev()
            .map(|h| format!("{:.1},{:.1}", x(h.0), y(h.2)))
            .collect();
        let line: Vec<String> = snapshot
            .history
            .iter()
            .map(|h| format!("{:.1},{:.1}", x(h.0), y(h.1)))
            .collect();
        html! {
            <figure class="chart convergence-chart" id="doom-convergence-chart">
                { FRAME.svg("convergence-caption", html! { <>
                    <polygon class="band series-1" points={format!("{} {}", band_top.join(" "), band_bottom.join(" "))} />
                    <polyline class="estimate series-1" points={line.join(" ")} />
                    <line class="exact-line" x1={FRAME.left.to_string()} x2={FRAME.right.to_string()} y1={y(exact_tracked).to_string()} y2={y(exact_tracked).to_string()} />
                    <text x={(FRAME.left - 6.0).to_string()} y={(y(exact_tracked) + 4.0).to_string()} text-anchor="end">{ "exact" }</text>
                    <text x={(FRAME.left - 6.0).to_string()} y={(FRAME.top + 4.0).to_string()} text-anchor="end">{ "1" }</text>
                    <text x={(FRAME.left - 6.0).to_string()} y={(FRAME.bottom + 4.0).to_string()} text-anchor="end">{ format_superscript(10f64.powf(floor), 1) }</text>
                    <line class="axis-line" x1={FRAME.left.to_string()} x2={FRAME.right.to_string()} y1={FRAME.bottom.to_string()} y2={FRAME.bottom.to_string()} />
                    <text x={FRAME.left.to_string()} y={(FRAME.bottom + 18.0).to_string()}>{ format_superscript(10f64.powf(first), 1) }</text>
                    <text x={FRAME.right.to_string()} y={(FRAME.bottom + 18.0).to_string()} text-anchor="end">{ format_superscript(10f64.powf(last), 1) }</text>
                    <text class="axis-title" x={FRAME.centre_x().to_string()} y={(FRAME.bottom + 34.0).to_string()} text-anchor="middle">{ "draws (log scale)" }</text>
                </> }) }
                { chart_export("doom-convergence-chart", "doomsday-simulation", csv(
                    &["draws", "estimate", "band_low", "band_high", "exact"],
                    &snapshot.history.iter().map(|(d, e, lo, hi)| vec![
                        d.to_string(), format!("{e:e}"), format!("{lo:e}"), format!("{hi:e}"), format!("{exact_tracked:e}"),
                    ]).collect::<Vec<_>>(),
                )) }
                <figcaption id="convergence-caption">
                    { format!("The running estimate of P({} | your rank), log scale, with its 95% band, against the \
                               exact value {}.", p.hypotheses[track].name, format_superscript(exact_tracked, 4)) }
                </figcaption>
            </figure>
        }
    } else {
        html! {}
    };
    html! {
        <>
            // aria-disabled, not disabled: the pressed button keeps the focus; the runner ignores
            // a start while running, and a pause while paused changes nothing.
            <div class="toolbar" role="group" aria-label="Simulation controls">
                <button type="button" onclick={start} aria-disabled={running.to_string()} data-testid="doom-sim-start">
                    { if snapshot.draws == 0 { "Start" } else { "Resume" } }
                </button>
                <button type="button" onclick={pause} aria-disabled={(!running).to_string()} data-testid="doom-sim-pause">{ "Pause" }</button>
                <button type="button" onclick={reset} data-testid="doom-sim-reset">{ "Reset" }</button>
            </div>
            <p class="visually-hidden" role="status" data-testid="doom-sim-spoken">
                if snapshot.spoken.0 > 0 {
                    { format!("{} draws, {} kept{}.", count_in_words(snapshot.spoken.0 as f64),
                        count_in_words(snapshot.spoken.1 as f64), if running { " so far" } else { "; paused" }) }
                }
            </p>
            <p data-testid="doom-sim-draws" data-value={snapshot.draws.to_string()} data-rate={format!("{:.0}", snapshot.rate)}>
                { format!("{} draws, {} kept (rank = {})", format_superscript(snapshot.draws as f64, 4),
                    format_superscript(kept_total as f64, 4), format_superscript(p.rank, 4)) }
                if snapshot.rate > 0.0 {
                    { format!("; {} draws a second.", format_superscript(snapshot.rate, 2)) }
                }
            </p>
            <div class="table-scroll" role="region" aria-label="Simulated and exact posteriors" tabindex="0">
                <table class="bayes-table">
                    <caption>{ format!("Simulated posteriors under {}, with 95% intervals", rule_name(p.rule)) }</caption>
                    <thead><tr>
                        <th scope="col">{ "Hypothesis" }</th><th scope="col">{ "Kept draws" }</th>
                        <th scope="col">{ "Estimate" }</th><th scope="col">{ "95% interval" }</th><th scope="col">{ "Exact" }</th>
                    </tr></thead>
                    <tbody>
                        { for exact.rows.iter().enumerate().map(|(i, row)| {
                            let e = estimate(i);
                            html! {
                                <tr>
                                    <th scope="row">{ p.hypotheses[i].name.clone() }</th>
                                    <td>{ snapshot.kept.get(i).copied().unwrap_or(0).to_string() }</td>
                                    <td data-testid={format!("doom-sim-estimate-{i}")}
                                        data-value={e.map(|e| format!("{:e}", e.share)).unwrap_or_default()}
                                        data-lo={e.map(|e| format!("{:e}", e.lo)).unwrap_or_default()}
                                        data-hi={e.map(|e| format!("{:e}", e.hi)).unwrap_or_default()}>
                                        { e.map_or(html! { "—" }, |e| html! { { probability(e.share, 1.0 - e.share, 4) } }) }
                                    </td>
                                    <td>
                                        { e.map_or(html! { "—" }, |e| html! {
                                            <>
                                                { probability(e.lo, 1.0 - e.lo, 3) }
                                                { " to " }
                                                { probability(e.hi, 1.0 - e.hi, 3) }
                                            </>
                                        }) }
                                    </td>
                                    <td>{ probability(row.posterior, complement(exact, i), 6) }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            { chart }
        </>
    }
}

/// How many kept draws from a world give its posterior to within about ±20% (1/√100 ≈ 10% per
/// standard error).
const KEPT_FOR_AN_ESTIMATE: f64 = 100.0;

/// Why sampling cannot resolve an astronomical N, with the number of draws it would take under
/// the chosen rule (`draws_needed`: under SIA a world is drawn with weight w·N/Σ(w·N)).
fn render_too_large(p: &DoomsdayParams, exact: &Update, measured_rate: f64) -> Html {
    let rate = if measured_rate > 0.0 {
        measured_rate
    } else {
        QUOTED_RATE
    };
    let rarest = tracked(exact);
    let counted = p.counted_hypotheses();
    let h = &counted[rarest];
    let drawn = sampling_weights(&counted, p.rule).map_or(0.0, |q| q[rarest]);
    let Some(draws_needed) = draws_needed(&counted, p.rank, p.rule, rarest, KEPT_FOR_AN_ESTIMATE)
    else {
        return html! {};
    };
    let years = draws_needed / rate / 3.156e7;
    let how_drawn = match p.rule {
        Rule::Ssa => "with its prior probability",
        Rule::Sia => "with probability w·N/Σ(w·N), its prior weighted by its population",
    };
    html! {
        <div class="too-large" data-testid="doom-sim-too-large" data-draws-needed={format!("{draws_needed:e}")}>
            <p>
                { format!("Not at this scale. Under {}, a draw picks {} {how_drawn}, ", rule_name(p.rule), h.name) }
                { sci(drawn, 3) }
                { ", then lands on your rank with probability 1/N = " }
                { sci(1.0 / h.total, 3) }
                { ". Estimating its posterior of " }
                { probability(exact.rows[rarest].posterior, complement(exact, rarest), 3) }
                { " to within about 20% needs about 100 kept draws from it: some " }{ sci(draws_needed, 2) }
                { " draws, at " }{ sci(rate, 2) }{ " draws a second, " }
                { sci(years, 2) }{ " years. No feasible number of draws can see a probability this small." }
            </p>
            <p>
                { "The exact mathematics has no such limit: the Bayes table above computes it in log space, \
                   to twelve significant digits. Load one of the examples to watch sampling converge where it can." }
            </p>
        </div>
    }
}
