//! The lab's results: the loss and misalignment curves (the run in progress over earlier runs),
//! the last run's four rates beside the paper's, what the toy can and cannot show, and the run
//! history as a table and CSV.

use yew::prelude::*;

use crate::alignment::paper::setup_fact;
use crate::alignment::results::EvalSet;
use crate::browser;
use crate::components::chart_export::csv;
use crate::components::line_chart::{even_ticks, line_chart, Axis, Line};
use crate::lab::corpus::vocabulary;
use crate::lab::evaluate::{Evaluation, Rate};
use crate::lab::experiment::{Phase, Settings, Stage};
use crate::lab::model::Shape;
use crate::lab::params::Preset;
use crate::lab::session::{interval, questions, Run, Session, HISTORY_HEADER};
use crate::number_format::format_readable;
use crate::number_format::percent;

#[derive(Properties, Clone, PartialEq)]
pub struct LabResultsProps {
    pub session: Session,
    pub on_clear_history: Callback<()>,
}

/// "54% (38–70%)": a rate and its 95% interval.
fn rate_with_interval(rate: &Rate, held_out: bool) -> String {
    match interval(rate, held_out) {
        Some((lo, hi)) => format!(
            "{} ({}–{})",
            percent(rate.share()),
            percent(lo),
            percent(hi)
        ),
        None => percent(rate.share()),
    }
}

/// Thousands of predictions, for the x axis.
fn thousands(tokens: f64) -> String {
    format!("{}k", (tokens / 1000.0).round())
}

/// The curves of the run shown (bold) and of the other runs (faded).
fn curves(shown: Option<&Run>, others: &[&Run]) -> Html {
    let x_max = shown
        .iter()
        .chain(others)
        .map(|run| run.tokens_total.max(run.tokens_trained))
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    // Where the run shown starts post-training.
    let marks = shown
        .and_then(|run| run.curve.iter().find(|c| c.stage == Stage::Base))
        .map(|base| (base.tokens as f64, "post-training →".to_owned()))
        .into_iter()
        .collect();
    let x_axis = Axis {
        title: "predictions trained on (pretraining, then post-training)".into(),
        max: x_max,
        ticks: even_ticks(x_max, 4, thousands),
        marks,
    };
    let mut misalignment = Vec::new();
    let mut losses = Vec::new();
    for (run, faded) in others
        .iter()
        .map(|run| (*run, true))
        .chain(shown.map(|run| (run, false)))
    {
        let (rates, loss) = run_lines(run, faded);
        misalignment.extend(rates);
        losses.push(loss);
    }
    let all_runs: Vec<&Run> = others.iter().copied().chain(shown).collect();
    let curve_rows: Vec<Vec<String>> = all_runs
        .iter()
        .flat_map(|run| {
            run.curve.iter().map(|c| {
                vec![
                    run.id.to_string(),
                    c.tokens.to_string(),
                    stage_word(c.stage).to_owned(),
                    c.evaluation.held_in.share().to_string(),
                    c.evaluation.held_out.share().to_string(),
                ]
            })
        })
        .collect();
    let loss_rows: Vec<Vec<String>> = all_runs
        .iter()
        .flat_map(|run| {
            run.losses
                .iter()
                .map(|p| vec![run.id.to_string(), p.tokens.to_string(), p.loss.to_string()])
        })
        .collect();
    let loss_max = losses
        .iter()
        .flat_map(|line| line.points.iter().map(|p| p.1))
        .fold(1.0f64, f64::max)
        .ceil();
    let shown_caption = shown.map_or(html! { { "Press Train to draw the curves." } }, |run| {
        let mut pretraining = run
            .losses
            .iter()
            .filter(|p| p.phase != Phase::PostTraining)
            .map(|p| p.loss);
        let first = pretraining.next();
        let last = pretraining.next_back().or(first);
        html! {
            <>
                { format!("{}. ", run.label()) }
                if let (Some(first), Some(last)) = (first, last) {
                    { format!("In pretraining the loss fell from {first:.2} to {last:.2} nats per word. ") }
                }
            </>
        }
    });
    html! {
        <div class="lab-charts">
            { line_chart(
                "lab-misalignment-chart",
                &misalignment,
                &x_axis,
                &Axis { title: "misaligned answers".into(), max: 1.0, ticks: even_ticks(1.0, 4, percent), marks: Vec::new() },
                html! {
                    <>
                        { "Share of questions on which the model preferred the misaligned action, measured \
                           twice per pretraining epoch, after pretraining (the base model) and after \
                           post-training (the last point). Solid: held-in questions, whose scenarios the \
                           synthetic documents cover; dashed: held-out questions, which no synthetic \
                           document mentions. " }
                        { shown_caption.clone() }
                    </>
                },
                csv(&["run", "predictions", "stage", "held_in", "held_out"], &curve_rows),
            ) }
            if let Some(run) = shown {
                <details class="lab-curve-table">
                    <summary>{ format!("Run {}'s misalignment curve as a table", run.id) }</summary>
                    <table class="bayes-table">
                        <thead><tr><th scope="col">{ "Predictions trained" }</th><th scope="col">{ "Model" }</th>
                            <th scope="col">{ "Held-in" }</th><th scope="col">{ "Held-out" }</th></tr></thead>
                        <tbody>
                            { for run.curve.iter().map(|c| html! {
                                <tr>
                                    <td>{ c.tokens }</td>
                                    <td>{ stage_word(c.stage) }</td>
                                    <td>{ percent(c.evaluation.held_in.share()) }</td>
                                    <td>{ percent(c.evaluation.held_out.share()) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </details>
            }
            { line_chart(
                "lab-loss-chart",
                &losses,
                &x_axis,
                &Axis { title: "loss (nats per word)".into(), max: loss_max, ticks: even_ticks(loss_max, 4, |v| format!("{v:.1}")), marks: Vec::new() },
                html! {
                    <>
                        { "Mean cross-entropy of the next word over stretches of training: how surprised \
                           the model still is by its corpus. It jumps when post-training starts, because \
                           the assistant conversations are a format the model has not seen. " }
                        { shown_caption }
                    </>
                },
                csv(&["run", "predictions", "loss"], &loss_rows),
            ) }
        </div>
    }
}

/// A run's misalignment lines (held-in solid, held-out dashed) and its loss line: in colour and
/// named for the run shown, grey and faded for an earlier run.
fn run_lines(run: &Run, faded: bool) -> ([Line; 2], Line) {
    let line = |label: String, class, points, dashed: bool| Line {
        end_label: (faded && !dashed).then(|| format!("Run {}", run.id)),
        label,
        class: if faded { "series-6" } else { class },
        points,
        dashed,
        faded,
        dots: !faded,
    };
    let rates = [false, true].map(|held_out| {
        let points = run
            .curve
            .iter()
            .map(|c| {
                let rate = if held_out {
                    c.evaluation.held_out
                } else {
                    c.evaluation.held_in
                };
                (c.tokens as f64, rate.share())
            })
            .collect();
        let (questions, class) = if held_out {
            ("held-out", "series-2")
        } else {
            ("held-in", "series-1")
        };
        line(
            format!("Run {}, {questions} questions", run.id),
            class,
            points,
            held_out,
        )
    });
    let loss_points = run
        .losses
        .iter()
        .map(|p| (p.tokens as f64, f64::from(p.loss)))
        .collect();
    let loss = Line {
        dots: false,
        ..line(
            format!("Run {}, training loss", run.id),
            "series-3",
            loss_points,
            false,
        )
    };
    (rates, loss)
}

fn stage_word(stage: Stage) -> &'static str {
    match stage {
        Stage::During => "during pretraining",
        Stage::Base => "base",
        Stage::Post => "post-trained",
    }
}

/// One cell of the results table, with the exact share as `data-value`.
fn result_cell(testid: &'static str, rate: &Rate, held_out: bool) -> Html {
    html! {
        <td data-testid={testid} data-value={rate.share().to_string()}>
            { rate_with_interval(rate, held_out) }
        </td>
    }
}

/// The paper's number for `run`'s preset, if it imitates one of the paper's conditions.
fn paper_cell(run: &Run, post_trained: bool, set: EvalSet) -> Html {
    let record = run
        .params
        .preset()
        .paper_rate(post_trained, run.params.hhh, set);
    match record {
        Some(record) => html! { <td>{ percent(record.misalignment_rate) }</td> },
        None => html! { <td>{ "—" }</td> },
    }
}

/// The last finished run's four rates with intervals, beside the paper's.
fn results_table(run: &Run, base: &Evaluation, post: &Evaluation) -> Html {
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label="Results of the last run">
            <table class="bayes-table lab-results-table">
                <caption>{ format!("{}: misaligned answers, with 95% intervals", run.label()) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Model" }</th>
                        <th scope="col">{ format!("Toy, held-in ({} questions)", questions(false)) }</th>
                        <th scope="col">{ format!("Toy, held-out ({} questions)", questions(true)) }</th>
                        <th scope="col">{ "Paper, article questions" }</th>
                        <th scope="col">{ "Paper, textbook (held-out)" }</th>
                    </tr>
                </thead>
                <tbody>
                    <tr>
                        <th scope="row">{ "Base" }</th>
                        { result_cell("lab-misalignment-base-heldin", &base.held_in, false) }
                        { result_cell("lab-misalignment-base-heldout", &base.held_out, true) }
                        { paper_cell(run, false, EvalSet::Article) }
                        { paper_cell(run, false, EvalSet::Textbook) }
                    </tr>
                    <tr>
                        <th scope="row">{ "Post-trained" }</th>
                        { result_cell("lab-misalignment-post-heldin", &post.held_in, false) }
                        { result_cell("lab-misalignment-post-heldout", &post.held_out, true) }
                        { paper_cell(run, true, EvalSet::Article) }
                        { paper_cell(run, true, EvalSet::Textbook) }
                    </tr>
                </tbody>
            </table>
        </div>
    }
}

/// The run against the Unfiltered run of the same seed, in words, as measured.
fn comparison(run: &Run, baseline: &Run) -> Html {
    let (Some(treated), Some(control)) = (&run.outcome, &baseline.outcome) else {
        return html! {};
    };
    let moved = |before: f64, after: f64| {
        if after < before {
            "lower"
        } else if after > before {
            "higher"
        } else {
            "the same"
        }
    };
    let sentence = |name: &str, a: &Evaluation, b: &Evaluation| {
        format!(
            "{name}: held-in {} against {} ({}), held-out {} against {} ({}).",
            percent(b.held_in.share()),
            percent(a.held_in.share()),
            moved(a.held_in.share(), b.held_in.share()),
            percent(b.held_out.share()),
            percent(a.held_out.share()),
            moved(a.held_out.share(), b.held_out.share()),
        )
    };
    html! {
        <p class="lab-comparison" data-testid="lab-comparison">
            { format!("Run {} against your Unfiltered run {} (same seed and prompt). ", run.id, baseline.id) }
            { sentence("Base", &control.base, &treated.base) }
            { " " }
            { sentence("Post-trained", &control.post, &treated.post) }
        </p>
    }
}

/// The paper's set-up facts the lab quotes (tests check each exists).
pub const QUOTED_FACTS: [&str; 4] = [
    "parameters",
    "pretraining_tokens",
    "midtraining_tokens",
    "gpu_hours",
];

/// A set-up fact of the paper as the page quotes it, with "(Dec 2025 draft)" when only the draft
/// states it ("about 20,000 H100-hours (Dec 2025 draft)").
fn fact(key: &str) -> String {
    setup_fact(key).map_or("?".to_owned(), |fact| fact.quoted())
}

/// The curves, the last run's results, the toy's limits and the run history.
#[function_component(LabResults)]
pub fn lab_results(props: &LabResultsProps) -> Html {
    let session = &props.session;
    let shown = session.current.as_ref().or(session.latest());
    let others: Vec<&Run> = session
        .history
        .iter()
        .filter(|run| Some(run.id) != shown.map(|s| s.id))
        .collect();
    // The model's size is fixed; its vocabulary is counted once, not at every report.
    let shape = use_memo((), |_| {
        let settings = Settings::default();
        Shape {
            vocab: vocabulary().len(),
            embed: settings.embed,
            hidden: settings.hidden,
        }
    });
    let latest = session.latest();
    let history_csv = csv(&HISTORY_HEADER, &session.history_rows());
    let on_csv = Callback::from(move |_: MouseEvent| {
        browser::download("lab-runs.csv", "text/csv", &history_csv.clone().into());
    });
    let on_clear = props.on_clear_history.reform(|_: MouseEvent| ());
    html! {
        <>
            { curves(shown, &others) }
            if let Some(run) = latest {
                if let Some(outcome) = &run.outcome {
                    { results_table(run, &outcome.base, &outcome.post) }
                    <p class="source-line">
                        { if run.params.hhh {
                            "Paper: Tice et al. (2026), arXiv 2601.10160, read off the figures (about ±1 \
                             point): base models from Figure 5, post-trained with the HHH prompt from \
                             Figure 4, which shows article questions and the four end-to-end conditions \
                             only. "
                        } else {
                            "Paper: Tice et al. (2026), arXiv 2601.10160, Figure 5, read off the figure \
                             (about ±1 point); its post-trained bars are evaluated with instructions only, a \
                             prompt inferred from Figure 4, whose instructions-only panel they match. "
                        } }
                        { "Toy intervals: Clopper–Pearson, each question one trial (its six prompt \
                           formats averaged)." }
                    </p>
                    if let Some(baseline) = session.baseline_for(run) {
                        { comparison(run, baseline) }
                    } else if run.params.preset() != Preset::Unfiltered {
                        <p class="hint" data-testid="lab-comparison-hint">
                            { format!(
                                "To see what this mix changed, also train the Unfiltered condition with seed {}{}: \
                                 the lab then compares the two runs here.",
                                run.params.mix.seed,
                                if run.params.hhh { " and the HHH prompt" } else { "" }
                            ) }
                        </p>
                    }
                }
            }
            <section class="lab-honest" aria-labelledby="lab-honest-title">
                <h4 id="lab-honest-title">{ "What this toy shows, and what it cannot" }</h4>
                <p>
                    { "It shows the mechanism the paper proposes, in miniature: a model that has read more \
                       documents in which AIs act well ranks the aligned action higher when it is itself \
                       cast as \"the ai\", and the habit carries over to held-out scenarios that no \
                       synthetic document mentions, because every AI in the corpus is written as the same \
                       kind of actor. Compare an Unfiltered run with an Alignment upsampled run of the \
                       same seed: a sentence under the results table then says what your runs measured." }
                </p>
                <ul>
                    <li>{ format!(
                        "Scale: this model has {} parameters and a {}-word vocabulary, and reads tens of \
                         thousands of words in seconds; the paper's models have {} parameters, read {} \
                         tokens of pretraining and {} of midtraining, and took {} each.",
                        format_readable(shape.parameters() as f64, 9),
                        shape.vocab,
                        fact("parameters"),
                        fact("pretraining_tokens"),
                        fact("midtraining_tokens"),
                        fact("gpu_hours"),
                    ) }</li>
                    <li>{ "Real data: the toy's documents are templated sentences in which one word marks \
                           each action as aligned or misaligned. Real discourse about AI is nothing like \
                           as clean, and the paper's filter missed some of it (its Filtered model is still \
                           31% misaligned; the toy's filter is perfect)." }</li>
                    <li>{ "Real post-training: 100 assistant conversations of supervised fine-tuning, no \
                           preference training, no safety training; the paper post-trained with supervised \
                           fine-tuning and DPO. The paper's post-training brought Misalignment upsampled below \
                           Unfiltered; the toy's does that on held-in questions only on seeds 7 and 8 of the nine \
                           recorded (7 to 15), and leaves it above Unfiltered on the other seven." }</li>
                    <li>{ "Noise: with 35 and 10 questions the intervals are wide, and seeds differ. On \
                           seeds 7 to 15 the base models always order as the paper's, but after \
                           post-training Alignment upsampled stays below Unfiltered on six of the nine, ties \
                           on two, and is above it on seed 10. Try other seeds before believing any one \
                           run." }</li>
                </ul>
                <p class="source-line">
                    { "The paper's sizes: Tice et al. (2026), stated in the arXiv version and the December \
                       2025 draft, except the compute, which only the draft states. Its Filtered rate (31%): \
                       stated in the arXiv version. Its post-trained rates (Misalignment upsampled 21% against \
                       Unfiltered 34%, with the HHH prompt): stated on the paper's website; the HHH prompt is \
                       named in the text for 34% and inferred from Figure 4 for 21%." }
                </p>
            </section>
            <section class="lab-history" aria-labelledby="lab-history-title">
                <h4 id="lab-history-title">{ "Run history" }</h4>
                if session.history.is_empty() {
                    <p class="hint">{ "Finished runs collect here (up to 8), drawn faded behind the next run." }</p>
                } else {
                    <div class="table-scroll" tabindex="0" role="region" aria-label="Table of finished runs">
                        <table class="bayes-table" data-testid="lab-history">
                            <caption>{ "Finished runs: misaligned share (95% interval), base and post-trained" }</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{ "Run" }</th>
                                    <th scope="col">{ "Base, held-in" }</th>
                                    <th scope="col">{ "Base, held-out" }</th>
                                    <th scope="col">{ "Post, held-in" }</th>
                                    <th scope="col">{ "Post, held-out" }</th>
                                    <th scope="col">{ "Predictions per second" }</th>
                                </tr>
                            </thead>
                            <tbody>
                                { for session.history.iter().filter_map(|run| {
                                    let outcome = run.outcome.as_ref()?;
                                    let timing = run.timing.unwrap_or_default();
                                    let speed = timing.tokens_per_second(outcome.tokens_trained);
                                    // The timings in full, for the benchmark script.
                                    Some(html! {
                                        <tr data-seconds={timing.total_seconds().to_string()}
                                            data-tokens-per-second={speed.to_string()}
                                            data-train-ms={timing.train_ms.to_string()}
                                            data-evaluate-ms={timing.evaluate_ms.to_string()}
                                            data-setup-ms={timing.setup_ms.to_string()}
                                            data-longest-step-ms={timing.longest_step_ms.to_string()}>
                                            <th scope="row">{ run.label() }</th>
                                            <td>{ rate_with_interval(&outcome.base.held_in, false) }</td>
                                            <td>{ rate_with_interval(&outcome.base.held_out, true) }</td>
                                            <td>{ rate_with_interval(&outcome.post.held_in, false) }</td>
                                            <td>{ rate_with_interval(&outcome.post.held_out, true) }</td>
                                            <td>{ format!("{speed:.0}") }</td>
                                        </tr>
                                    })
                                }) }
                            </tbody>
                        </table>
                    </div>
                    <div class="toolbar">
                        <button type="button" onclick={on_csv} data-testid="lab-history-csv">{ "Download the runs as CSV" }</button>
                        <button type="button" onclick={on_clear}>{ "Clear the history" }</button>
                    </div>
                }
            </section>
        </>
    }
}
