//! What the toy shows and what it cannot: the dose sweep as measured (every seed paired with
//! Unfiltered), the model's size beside the paper's, and the ways the toy differs from the paper's
//! experiment.

use yew::prelude::*;

use crate::alignment::paper::setup_fact;
use crate::browser::export as browser;
use crate::components::chart_export::csv;
use crate::lab::check::{measure, Answerer, Contrast, HELD_OUT, MEMBERS};
use crate::lab::check_view::{effect, LabCheck};
use crate::lab::documents::vocabulary;
use crate::lab::experiment::{shape, Settings, BATCH};
use crate::lab::measured::{
    paired_effect, seed_effect, seeds, unfiltered, unfiltered_range, Arm, DOSES, RUNS,
};
use crate::lab::params::DEFAULT_DOSE;
use crate::number_format::{format_readable, percent, signed_whole};

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

/// "−24 ± 4 / −10 ± 6 / −5 ± 8": an effect on the three question sets.
fn on_sets(arm: Arm, dose: f64, post_trained: bool) -> String {
    (0..3)
        .map(|set| effect(paired_effect(arm, dose, post_trained, set)))
        .collect::<Vec<_>>()
        .join(" / ")
}

/// Every recorded run of the sweep as CSV rows.
fn sweep_rows() -> Vec<Vec<String>> {
    RUNS.iter()
        .map(|run| {
            let mut row = vec![
                run.seed.to_string(),
                format!("{:?}", run.arm),
                run.dose.to_string(),
            ];
            row.extend(run.base.iter().chain(&run.post).map(f64::to_string));
            row
        })
        .collect()
}

/// `−21 ± 5` for an effect of the sweep: `arm` at the presets' dose.
fn at_default(arm: Arm, post_trained: bool, set: usize) -> String {
    effect(paired_effect(arm, DEFAULT_DOSE, post_trained, set))
}

/// With ten seeds, the chance that a mean with no effect lies beyond two standard errors is
/// P(|T₉| > 2) = 0.0766 for Student's t with nine degrees of freedom: about one time in thirteen
/// (tests/lab.rs integrates the density).
pub const ONE_IN_BEYOND_TWO_STANDARD_ERRORS: &str = "thirteen";

/// The doses of the sweep at which the base model's held-out alignment effect is (`beyond`) or
/// is not beyond two standard errors below zero, as "3% and 30%".
fn doses_where(beyond: bool) -> String {
    let doses: Vec<String> = DOSES
        .iter()
        .filter(|&&dose| {
            let spread = paired_effect(Arm::AlignmentUpsampled, dose, false, 1);
            (spread.mean < -2.0 * spread.standard_error) == beyond
        })
        .map(|&dose| percent(dose))
        .collect();
    match doses.split_last() {
        None => "none".to_owned(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// The dose sweep and the toy's limits.
#[function_component(LabLimits)]
pub fn lab_limits() -> Html {
    let shape = use_memo((), |_| shape(vocabulary().len()));
    let settings = Settings::default();
    let seeds = seeds();
    let (first, last) = (
        seeds.first().copied().unwrap_or(0),
        seeds.last().copied().unwrap_or(0),
    );
    let on_csv = Callback::from(|_: MouseEvent| {
        let header = [
            "seed",
            "condition",
            "dose",
            "base_held_in",
            "base_held_out",
            "base_unseen",
            "post_held_in",
            "post_held_out",
            "post_unseen",
        ];
        let text = csv(&header, &sweep_rows());
        browser::download("lab-dose-sweep.csv", "text/csv", &text.into());
    });
    let (aligned, misaligned) = (Arm::AlignmentUpsampled, Arm::MisalignmentUpsampled);
    let against_unfiltered = Contrast::of(aligned, Arm::Unfiltered);
    let misaligned_against_unfiltered = Contrast::of(misaligned, Arm::Unfiltered);
    let held_in_range = unfiltered_range(0);
    let seed_seven_held_in = seed_effect(7, aligned, DEFAULT_DOSE, 0)
        .map_or_else(|| "?".to_owned(), |effect| signed_whole(effect * 100.0));
    html! {
        <section class="lab-honest" aria-labelledby="lab-honest-title">
            <h4 id="lab-honest-title">{ "What this toy shows, and what it cannot" }</h4>
            <LabCheck />
            <h5>{ "The earlier sweep: one model per seed and dose" }</h5>
            <p>{ format!(
                "The lab's design (where the AI is named, the initialisation, the epochs, the presets' \
                 dose) was tuned while reading this sweep, so it cannot test that design; the check above \
                 was written for that. Every run here is one model, read at its last weights, on seeds \
                 {first} to {last}."
            ) }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="The dose sweep">
                <table class="bayes-table" data-testid="lab-dose-sweep">
                    <caption>{ format!(
                        "Measured in this lab: the default experiment on seeds {first} to {last} ({} seeds; \
                         the browser computes every run to the bit as the native build that recorded them). \
                         Each upsampled condition minus Unfiltered with the same seed, in percentage points \
                         of misaligned prompts, mean ± standard error, on held-in / held-out / unseen.",
                        seeds.len()
                    ) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Synthetic dose (share of tokens)" }</th>
                            <th scope="col">{ "Alignment − Unfiltered, base" }</th>
                            <th scope="col">{ "Alignment − Unfiltered, post-trained" }</th>
                            <th scope="col">{ "Misalignment − Unfiltered, base" }</th>
                            <th scope="col">{ "Misalignment − Unfiltered, post-trained" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for DOSES.iter().map(|&dose| html! {
                            <tr>
                                <th scope="row">{ format!(
                                    "{}{}",
                                    percent(dose),
                                    if dose == DEFAULT_DOSE { " (the presets)" } else { "" }
                                ) }</th>
                                <td>{ on_sets(aligned, dose, false) }</td>
                                <td>{ on_sets(aligned, dose, true) }</td>
                                <td>{ on_sets(misaligned, dose, false) }</td>
                                <td>{ on_sets(misaligned, dose, true) }</td>
                            </tr>
                        }) }
                        <tr>
                            <th scope="row">{ "Unfiltered itself (share, not difference)" }</th>
                            { for [false, true].iter().map(|&post| html! {
                                <td>{ (0..3).map(|set| percent(unfiltered(post, set).mean)).collect::<Vec<_>>().join(" / ") }</td>
                            }) }
                            <td>{ "—" }</td>
                            <td>{ "—" }</td>
                        </tr>
                    </tbody>
                </table>
            </div>
            <div class="toolbar">
                <button type="button" onclick={on_csv} data-testid="lab-sweep-csv">{ "Download every run of the sweep as CSV" }</button>
            </div>
            <ul>
                <li>{ format!(
                    "What it shows: at the presets' synthetic dose of {}, Alignment upsampled lowers the \
                     base model's misaligned share on held-out scenarios, which no synthetic document \
                     mentions: {} points against Unfiltered, and {} on held-in scenarios. The \
                     trigram model cannot tell held-out conditions apart (before the verb it sees only \
                     \"i will\", the same in every condition), but a co-occurrence model of the same \
                     documents can: in the check above it moved held-out scenarios {} points for aligned \
                     against Unfiltered, against the network's {}. So this shift does not show the \
                     network generalising beyond what co-occurrence gives.",
                    percent(DEFAULT_DOSE),
                    at_default(aligned, false, 1),
                    at_default(aligned, false, 0),
                    effect(measure(against_unfiltered, Answerer::Cooccurrence, HELD_OUT, MEMBERS).spread),
                    effect(measure(against_unfiltered, Answerer::Base, HELD_OUT, MEMBERS).spread),
                ) }</li>
                <li>{ format!(
                    "What it does not show: that the effect survives post-training. After post-training \
                     the held-out gap at {} is {} points, within two standard errors of zero; at 30% the \
                     held-in gap survives ({}) but the held-out one is not clear ({}). The paper's effect \
                     survived its post-training; these ten seeds cannot tell whether the toy's does.",
                    percent(DEFAULT_DOSE),
                    at_default(aligned, true, 1),
                    effect(paired_effect(aligned, 0.3, true, 0)),
                    effect(paired_effect(aligned, 0.3, true, 1)),
                ) }</li>
                <li>{ format!(
                    "Nor does this sweep show generalisation to the unseen families, which never appear \
                     with an AI: no effect of either upsampling there is beyond two standard errors at any dose \
                     ({} base at {}). At 1%, the sweep's smallest dose (the paper's draft added 1% of \
                     its midtraining), no effect on held-out scenarios stands out either ({} base).",
                    at_default(aligned, false, 2),
                    percent(DEFAULT_DOSE),
                    effect(paired_effect(aligned, 0.01, false, 1)),
                ) }</li>
                <li>{ format!(
                    "Misalignment upsampled barely moves the base model in this sweep ({} points held-in \
                     at {}, {} at 30%; at no dose beyond two standard errors), while in the check's \
                     ensembles it raises the held-out share by {} points, where one model per seed gives \
                     {}: one model is too noisy to show it. After post-training it is above Unfiltered at 30% ({} held-in) but not \
                     clearly. The paper's post-training brought Misalignment upsampled below Unfiltered.",
                    at_default(misaligned, false, 0),
                    percent(DEFAULT_DOSE),
                    effect(paired_effect(misaligned, 0.3, false, 0)),
                    effect(measure(misaligned_against_unfiltered, Answerer::Base, HELD_OUT, MEMBERS).spread),
                    effect(measure(misaligned_against_unfiltered, Answerer::Base, HELD_OUT, 1).spread),
                    effect(paired_effect(misaligned, 0.3, true, 0)),
                ) }</li>
                <li>{ format!(
                    "Many comparisons: each row of the table holds twelve effects. With {} seeds a mean \
                     beyond two standard errors arises by chance about one time in {} (Student's t with \
                     {} degrees of freedom), not one in twenty, and the twelve share their runs, so they \
                     cross together. The presets' dose was chosen after this sweep had been seen: the \
                     held-out effect is beyond two standard errors at {} and not at {}, which shows how \
                     arbitrary that line is. The design was changed after looking at results (where the \
                     actor is named, the initialisation, the number of epochs, the dose, and the model's \
                     implementation, which changed every run's rounding); the repository's docs/lab.md \
                     lists each change and what it did.",
                    seeds.len(),
                    ONE_IN_BEYOND_TWO_STANDARD_ERRORS,
                    seeds.len() - 1,
                    doses_where(true),
                    doses_where(false),
                ) }</li>
                <li>{ format!(
                    "Scale: this transformer has {} parameters ({} layers, width {}, {} heads), a {}-word \
                     vocabulary and a context of {} words, and reads its corpus {} times in batches of {} \
                     documents; the paper's models have {} parameters, read {} tokens of pretraining and {} \
                     of midtraining, and took {} each.",
                    format_readable(shape.parameters() as f64, 9),
                    shape.layers,
                    shape.width,
                    shape.heads,
                    shape.vocab,
                    shape.context,
                    settings.epochs,
                    BATCH,
                    fact("parameters"),
                    fact("pretraining_tokens"),
                    fact("midtraining_tokens"),
                    fact("gpu_hours"),
                ) }</li>
                <li>{ "Real data: the toy's documents come from templates, every scenario has exactly two \
                       actions, and the characters of general text are labelled kind or cruel. Real discourse \
                       about AI is nothing like as clean, and the paper's filter missed some of it (its \
                       Filtered model is still 31% misaligned); the toy's filter is perfect." }</li>
                <li>{ format!(
                    "Real post-training: {} chat conversations about ordinary tasks (a third with the HHH \
                     system prompt, a third with a plain one, a third with none), supervised, at a tenth of \
                     the peak learning rate; no preference training, no safety training. The paper \
                     post-trained with supervised fine-tuning and DPO.",
                    settings.conversations
                ) }</li>
                <li>{ format!(
                    "Noise: a single run is one draw from a wide distribution: Unfiltered's base model \
                     gives the misaligned answer on {} to {} of held-in prompts, depending on the seed, \
                     and on the order it read its corpus (the check above). Seed 7, the default, shows a \
                     smaller held-in effect than most at {} ({} points against the sweep's {}). Read your \
                     run beside the sweep and the check, and try other seeds.",
                    percent(held_in_range.0),
                    percent(held_in_range.1),
                    percent(DEFAULT_DOSE),
                    seed_seven_held_in,
                    at_default(aligned, false, 0),
                ) }</li>
            </ul>
            <p class="source-line">
                { "The paper's sizes: Tice et al. (2026), stated in the arXiv version and the December \
                   2025 draft, except the compute, which only the draft states. Its Filtered rate (31%): \
                   stated in the arXiv version. The sweep: this lab's own measurements, every run in the CSV \
                   above." }
            </p>
        </section>
    }
}
