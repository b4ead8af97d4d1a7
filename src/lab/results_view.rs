//! The lab's results: the loss and misalignment curves (the run in progress over earlier runs),
//! the last run's rates on the three question sets beside the counting baseline's and the
//! paper's, the comparison with an Unfiltered run of the same seed, the model's own words
//! (`speech_view`), what the toy can and cannot show (`limits_view`), and the run history as a
//! table and CSV.

use yew::prelude::*;

use crate::alignment::results::EvalSet;
use crate::browser::export as browser;
use crate::components::chart_export::csv;
use crate::components::line_chart::{even_ticks, line_chart, Axis, Line};
use crate::lab::cooccurrence::DIMENSIONS;
use crate::lab::experiment::{Outcome, Phase, Stage};
use crate::lab::families::Set;
use crate::lab::limits_view::LabLimits;
use crate::lab::params::Preset;
use crate::lab::questions::{Evaluation, Rate};
use crate::lab::session::{history_header, interval, questions, rate_on, Run, Session, SETS};
use crate::lab::speech_view::speech;
use crate::lab::spread_view::LabSpread;
use crate::number_format::{format_readable, percent};

#[derive(Properties, Clone, PartialEq)]
pub struct LabResultsProps {
    pub session: Session,
    /// The temperature set above, at which the latest run's models write their words.
    pub temperature: f64,
    pub on_clear_history: Callback<()>,
}

/// "54% (38%–70%)": a rate and its 95% interval, which the results table may put on a line of
/// its own, whole.
fn rate_with_interval(rate: &Rate, set: Set) -> Html {
    html! {
        <>
            { percent(rate.share()) }
            if let Some((lo, hi)) = interval(rate, set) {
                { " " }
                <span class="interval">{ format!("({}–{})", percent(lo), percent(hi)) }</span>
            }
        </>
    }
}

/// A set's name in table headers and sentences.
fn set_name(set: Set) -> &'static str {
    match set {
        Set::HeldIn => "held-in",
        Set::HeldOut => "held-out",
        Set::Unseen => "unseen",
    }
}

/// A set's word in test ids: heldin, heldout, unseen.
fn set_id(set: Set) -> &'static str {
    match set {
        Set::HeldIn => "heldin",
        Set::HeldOut => "heldout",
        Set::Unseen => "unseen",
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
        .map(|run| {
            let drawn = run.curve.iter().map(|c| c.tokens);
            let losses = run.losses.iter().map(|p| p.tokens);
            drawn.chain(losses).fold(run.model_tokens(), usize::max)
        })
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
                let mut row = vec![
                    run.id.to_string(),
                    c.tokens.to_string(),
                    stage_word(c.stage).to_owned(),
                ];
                row.extend(SETS.map(|(set, _)| rate_on(&c.evaluation, set).share().to_string()));
                row
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
                        { "Share of prompts on which the model found the misaligned action likelier, measured \
                           eight times during pretraining (the first before any training), after pretraining \
                           (the base model) and after post-training (the last point). Solid: held-in scenarios, \
                           which the synthetic documents cover; dashed: held-out scenarios, which no synthetic \
                           document mentions, and unseen families, which never appear with an AI. " }
                        { shown_caption.clone() }
                    </>
                },
                csv(&["run", "predictions", "stage", "held_in", "held_out", "unseen"], &curve_rows),
            ) }
            if let Some(run) = shown {
                <details class="lab-curve-table">
                    <summary>{ format!("Run {}'s misalignment curve as a table", run.id) }</summary>
                    <table class="bayes-table">
                        <thead><tr><th scope="col">{ "Predictions trained" }</th><th scope="col">{ "Model" }</th>
                            <th scope="col">{ "Held-in" }</th><th scope="col">{ "Held-out" }</th>
                            <th scope="col">{ "Unseen" }</th></tr></thead>
                        <tbody>
                            { for run.curve.iter().map(|c| html! {
                                <tr>
                                    <td>{ c.tokens }</td>
                                    <td>{ stage_word(c.stage) }</td>
                                    { for SETS.iter().map(|(set, _)| html! {
                                        <td>{ percent(rate_on(&c.evaluation, *set).share()) }</td>
                                    }) }
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
                           the chat conversations are a format the model has not seen. " }
                        { shown_caption }
                    </>
                },
                csv(&["run", "predictions", "loss"], &loss_rows),
            ) }
        </div>
    }
}

/// A run's misalignment lines (held-in solid, held-out and unseen dashed) and its loss line: in
/// colour and named for the run shown, grey and faded for an earlier run.
fn run_lines(run: &Run, faded: bool) -> ([Line; 3], Line) {
    let line = |label: String, class, points, dashed: bool| Line {
        end_label: (faded && !dashed).then(|| format!("Run {}", run.id)),
        label,
        class: if faded { "series-6" } else { class },
        points,
        dashed,
        faded,
        dots: !faded,
    };
    let rates = [
        (Set::HeldIn, "series-1"),
        (Set::HeldOut, "series-2"),
        (Set::Unseen, "series-4"),
    ]
    .map(|(set, class)| {
        let points = run
            .curve
            .iter()
            .map(|c| (c.tokens as f64, rate_on(&c.evaluation, set).share()))
            .collect();
        line(
            format!("Run {}, {}", run.id, set_name(set)),
            class,
            points,
            set != Set::HeldIn,
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

/// One network cell of the results table: the share with its interval and its graded score,
/// with the exact share as `data-value`.
fn result_cell(testid: String, rate: &Rate, set: Set) -> Html {
    html! {
        <td data-testid={testid} data-value={rate.share().to_string()}>
            { rate_with_interval(rate, set) }
            <br />
            <span class="hint">{ format!("graded {:.2}", rate.mean_probability) }</span>
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

/// A counting model's row of the results table, named with what it is: its share on each set,
/// exact as `data-value` under the test id `{testid}-{set}`.
fn counting_row(name: &str, what: &str, testid: &str, evaluation: &Evaluation) -> Html {
    html! {
        <tr>
            <th scope="row">{ name.to_owned() }<br /><span class="hint">{ what.to_owned() }</span></th>
            { for SETS.iter().map(|(set, _)| {
                let rate = rate_on(evaluation, *set);
                html! {
                    <td data-testid={format!("{testid}-{}", set_id(*set))}
                        data-value={rate.share().to_string()}>
                        { percent(rate.share()) }
                    </td>
                }
            }) }
            <td>{ "—" }</td>
            <td>{ "—" }</td>
        </tr>
    }
}

/// The last finished run's rates on the three sets, base and post-trained, the counting
/// baseline's on the same prompts, and the paper's.
fn results_table(run: &Run, outcome: &Outcome) -> Html {
    let network_row = |name: &str, stage: &str, evaluation: &Evaluation, post_trained: bool| {
        html! {
            <tr>
                <th scope="row">{ name.to_owned() }</th>
                { for SETS.iter().map(|(set, _)| result_cell(
                    format!("lab-misalignment-{stage}-{}", set_id(*set)),
                    rate_on(evaluation, *set),
                    *set,
                )) }
                { paper_cell(run, post_trained, EvalSet::Article) }
                { paper_cell(run, post_trained, EvalSet::Textbook) }
            </tr>
        }
    };
    let corpus = &outcome.corpus;
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label="Results of the last run">
            <table class="bayes-table lab-results-table">
                <caption>{ format!(
                    "{}: misaligned answers, with 95% intervals. Its corpus: {} tokens a pass, {} natural AI \
                     discourse, {} synthetic documents.",
                    run.label(),
                    format_readable(corpus.tokens as f64, 9),
                    percent(corpus.ai_share()),
                    percent(corpus.synthetic_share()),
                ) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Answerer" }</th>
                        { for SETS.iter().map(|(set, _)| html! {
                            <th scope="col">{ format!("Toy, {} ({} scenarios)", set_name(*set), questions(*set)) }</th>
                        }) }
                        <th scope="col">{ "Paper, article questions" }</th>
                        <th scope="col">{ "Paper, textbook (held-out)" }</th>
                    </tr>
                </thead>
                <tbody>
                    { network_row("Transformer, base", "base", &outcome.base, false) }
                    { network_row("Transformer, post-trained", "post", &outcome.post, true) }
                    { counting_row("Counting alone", "a trigram model of the same documents", "lab-count-baseline", &outcome.counting) }
                    { counting_row("Co-occurrence alone", "which words share a document; no network, no order", "lab-count-cooc", &outcome.cooccurrence) }
                </tbody>
            </table>
        </div>
    }
}

/// Change from `before` to `after` in percentage points, signed: "−29 points".
fn points(before: f64, after: f64) -> String {
    let change = ((after - before) * 100.0).round();
    if change == 0.0 {
        "no change".to_owned()
    } else {
        format!(
            "{}{} points",
            if change < 0.0 { "−" } else { "+" },
            change.abs()
        )
    }
}

/// The run against the Unfiltered run of the same seed, in words, as measured, beside what
/// each counting model changed on the same prompts.
fn comparison(run: &Run, baseline: &Run) -> Html {
    let (Some(treated), Some(control)) = (&run.outcome, &baseline.outcome) else {
        return html! {};
    };
    let sentence = |name: &str, a: &Evaluation, b: &Evaluation| {
        let parts: Vec<String> = SETS
            .iter()
            .map(|(set, _)| {
                let (before, after) = (rate_on(a, *set).share(), rate_on(b, *set).share());
                let change = |of: fn(&Outcome) -> &Evaluation| {
                    points(
                        rate_on(of(control), *set).share(),
                        rate_on(of(treated), *set).share(),
                    )
                };
                format!(
                    "{} {} against {} ({}; counting alone {}, co-occurrence alone {})",
                    set_name(*set),
                    percent(after),
                    percent(before),
                    points(before, after),
                    change(|o| &o.counting),
                    change(|o| &o.cooccurrence),
                )
            })
            .collect();
        format!("{name}: {}.", parts.join(", "))
    };
    html! {
        <p class="lab-comparison" data-testid="lab-comparison">
            { format!("Run {} against your Unfiltered run {} (same seed and prompt). ", run.id, baseline.id) }
            { sentence("Base", &control.base, &treated.base) }
            { " " }
            { sentence("Post-trained", &control.post, &treated.post) }
            { " Where either counting model changes as much as the network, the change needs no model \
               of what an AI is like. The trigram model stays put on held-out scenarios and unseen \
               families by construction; the co-occurrence model does not, and in the check below it \
               moved held-out scenarios as far as the network. One run is one draw, of one seed (and, \
               with one model, of one order of its corpus): the check below gives the spread over \
               twenty fresh seeds." }
        </p>
    }
}

/// The curves, the last run's results and words, the toy's limits and the run history.
#[function_component(LabResults)]
pub fn lab_results(props: &LabResultsProps) -> Html {
    let session = &props.session;
    let shown = session.current.as_ref().or(session.latest());
    let others: Vec<&Run> = session
        .history
        .iter()
        .filter(|run| Some(run.id) != shown.map(|s| s.id))
        .collect();
    let latest = session.latest();
    let header = history_header();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let history_csv = csv(&header, &session.history_rows());
    let on_csv = Callback::from(move |_: MouseEvent| {
        browser::download("lab-runs.csv", "text/csv", &history_csv.clone().into());
    });
    let on_clear = props.on_clear_history.reform(|_: MouseEvent| ());
    html! {
        <>
            { curves(shown, &others) }
            if let Some(run) = latest {
                if let Some(outcome) = &run.outcome {
                    { results_table(run, outcome) }
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
                        { "Toy: each action scored by its summed log-likelihood over its words (the two \
                           actions of a scenario have equal lengths), four prompts per scenario (two \
                           phrasings, both answer orders); intervals Clopper–Pearson with each scenario one \
                           trial, which cover the choice of scenarios, not the noise of training (another \
                           seed or order moves a run further: the check below); with several models, \
                           their pooled share; graded: the mean over prompts of σ(ℓ_misaligned − ℓ_aligned). Counting \
                           alone: an add-one trigram model of the same pretraining documents, on the same \
                           prompts; on unseen families it is 50% by construction, because general text \
                           shows both actions equally often and no AI appears there." }
                        { format!(
                            " Co-occurrence alone: the positive pointwise mutual information of which \
                             words share a pretraining document, reduced to its {} largest dimensions; each \
                             action scored by the cosine of the AI's name with the action's own words, the \
                             same for a scenario's four prompts.",
                            DIMENSIONS
                        ) }
                    </p>
                    if let Some(baseline) = session.baseline_for(run) {
                        { comparison(run, baseline) }
                    } else if run.params.preset() != Preset::Unfiltered {
                        <p class="hint" data-testid="lab-comparison-hint">
                            { format!(
                                "To see what this mix changed, also train the Unfiltered condition with seed {}{}: \
                                 the lab then compares the two runs here, beside what counting alone changed.",
                                run.params.seed,
                                if run.params.hhh { " and the HHH prompt" } else { "" }
                            ) }
                        </p>
                    }
                    { speech(&outcome.speech, session.speak_message(props.temperature).map(|_| props.temperature)) }
                }
            }
            <LabSpread session={session.clone()} />
            <LabLimits />
            <section class="lab-history" aria-labelledby="lab-history-title">
                <h4 id="lab-history-title">{ "Run history" }</h4>
                if session.history.is_empty() {
                    <p class="hint">{ "Finished runs collect here (up to 8), drawn faded behind the next run." }</p>
                } else {
                    <div class="table-scroll" tabindex="0" role="region" aria-label="Table of finished runs">
                        <table class="bayes-table" data-testid="lab-history">
                            <caption>{ "Finished runs: misaligned share (95% interval), base and post-trained, and counting alone" }</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{ "Run" }</th>
                                    { for ["Base", "Post"].iter().flat_map(|model| SETS.iter().map(move |(set, _)| html! {
                                        <th scope="col">{ format!("{model}, {}", set_name(*set)) }</th>
                                    })) }
                                    <th scope="col">{ "Counting: held-in / held-out / unseen" }</th>
                                    <th scope="col">{ "Predictions per second" }</th>
                                </tr>
                            </thead>
                            <tbody>
                                { for session.history.iter().filter_map(|run| {
                                    let outcome = run.outcome.as_ref()?;
                                    let timing = run.timing.unwrap_or_default();
                                    let speed = timing.tokens_per_second(outcome.tokens_trained);
                                    let counting: Vec<String> = SETS.iter()
                                        .map(|(set, _)| percent(rate_on(&outcome.counting, *set).share()))
                                        .collect();
                                    // The timings in full, for the benchmark script.
                                    Some(html! {
                                        <tr data-seconds={timing.total_seconds().to_string()}
                                            data-tokens-per-second={speed.to_string()}
                                            data-train-ms={timing.train_ms.to_string()}
                                            data-evaluate-ms={timing.evaluate_ms.to_string()}
                                            data-setup-ms={timing.setup_ms.to_string()}
                                            data-longest-step-ms={timing.longest_step_ms.to_string()}>
                                            <th scope="row">{ run.label() }</th>
                                            { for [&outcome.base, &outcome.post].into_iter().flat_map(|evaluation| SETS.iter().map(move |(set, _)| html! {
                                                <td>{ rate_with_interval(rate_on(evaluation, *set), *set) }</td>
                                            })) }
                                            <td>{ counting.join(" / ") }</td>
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
