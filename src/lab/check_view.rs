//! The third design's science check on the page: what was required before its runs, what the
//! twenty fresh seeds gave (every seed a dot), and the co-occurrence model beside the network.

use yew::prelude::*;

use crate::browser::export as browser;
use crate::components::chart_export::csv;
use crate::lab::check::{
    budgets_recorded, differences, measure, order_spread, Answerer, Contrast, Measured,
    AGAINST_PLACEBO, DOSE, HELD_OUT, MEMBERS, REQUIREMENTS, SEEDS, VALENCE,
};
use crate::lab::measured::{Arm, Spread};
use crate::number_format::{percent, signed_whole};

/// The unseen families' question set's index.
const UNSEEN: usize = 2;

/// A paired effect in percentage points: "−24 ± 4".
pub fn effect(spread: Spread) -> String {
    format!(
        "{} ± {}",
        signed_whole(spread.mean * 100.0),
        (spread.standard_error * 100.0).round()
    )
}

/// "−7.4" standard errors, with a true minus sign.
fn standard_errors(measured: &Measured) -> String {
    format!("{:.1}", measured.standard_errors()).replace('-', "−")
}

/// An arm as the check's table names it.
fn arm_name(arm: Arm) -> &'static str {
    match arm {
        Arm::Unfiltered => "Unfiltered",
        Arm::AlignmentUpsampled => "aligned",
        Arm::MisalignmentUpsampled => "misaligned",
        Arm::Placebo => "placebo",
    }
}

/// "aligned − misaligned".
fn contrast_name(contrast: Contrast) -> String {
    format!(
        "{} − {}",
        arm_name(contrast.treated),
        arm_name(contrast.control)
    )
}

fn set_name(set: usize) -> &'static str {
    ["held in", "held out", "unseen families"][set]
}

/// One row of the check's table: a contrast on a set, the network's stage, ensembles of
/// `members`; whether the co-occurrence model is shown beside it.
#[derive(Clone, Copy, PartialEq)]
struct Row {
    contrast: Contrast,
    answerer: Answerer,
    set: usize,
    members: usize,
    with_cooccurrence: bool,
}

/// The rows reported whatever they showed, after the three required ones.
const REPORTED: [Row; 4] = [
    Row {
        contrast: VALENCE,
        answerer: Answerer::Base,
        set: UNSEEN,
        members: MEMBERS,
        with_cooccurrence: true,
    },
    Row {
        contrast: Contrast::of(Arm::AlignmentUpsampled, Arm::Unfiltered),
        answerer: Answerer::Base,
        set: HELD_OUT,
        members: MEMBERS,
        with_cooccurrence: true,
    },
    Row {
        contrast: Contrast::of(Arm::MisalignmentUpsampled, Arm::Unfiltered),
        answerer: Answerer::Base,
        set: HELD_OUT,
        members: MEMBERS,
        with_cooccurrence: true,
    },
    Row {
        contrast: VALENCE,
        answerer: Answerer::Base,
        set: HELD_OUT,
        members: 1,
        with_cooccurrence: false,
    },
];

impl Row {
    /// "aligned − misaligned (held out, post-trained)": the base model unless said.
    fn label(&self) -> String {
        let stage = if self.answerer == Answerer::PostTrained {
            ", post-trained"
        } else {
            ""
        };
        let models = if self.members == 1 { ", one model" } else { "" };
        format!(
            "{} ({}{stage}{models})",
            contrast_name(self.contrast),
            set_name(self.set)
        )
    }

    fn measured(&self, answerer: Answerer) -> Measured {
        measure(self.contrast, answerer, self.set, self.members)
    }
}

/// The required rows, in docs/lab.md's order.
fn required_rows() -> [Row; 3] {
    REQUIREMENTS.map(|r| Row {
        contrast: r.contrast,
        answerer: r.answerer,
        set: HELD_OUT,
        members: MEMBERS,
        with_cooccurrence: r.answerer == Answerer::Base,
    })
}

/// "−21 ± 3 (−7.4 SE), 18 of 20 seeds below zero".
fn measured_cell(measured: &Measured) -> String {
    format!(
        "{} ({} SE), {} of {} below 0",
        effect(measured.spread),
        standard_errors(measured),
        measured.below_zero,
        measured.spread.seeds
    )
}

/// Where `points` (−100 to +100) lie across a strip 600 wide: 10 + (points + 100) · 2.9.
fn strip_x(points: f64) -> f64 {
    10.0 + (points.clamp(-100.0, 100.0) + 100.0) * 2.9
}

/// A strip of the picture: one dot per seed, the mean, and the mean ± two standard errors.
pub fn strip(label: String, values: &[f64], cooccurrence: bool) -> Html {
    let x = strip_x;
    let spread = Spread::of(values);
    let (mean, half) = (spread.mean * 100.0, 2.0 * spread.standard_error * 100.0);
    let summary = format!(
        "{label}: {} seeds, mean {} points, mean ± 2 SE from {} to {}",
        values.len(),
        signed_whole(mean),
        signed_whole(mean - half),
        signed_whole(mean + half)
    );
    html! {
        <div class={classes!("check-strip", cooccurrence.then_some("cooccurrence"))}>
            <p class="check-strip-label">{ label }</p>
            <svg viewBox="0 0 600 40" role="img" aria-label={summary}>
                <line class="zero" x1={x(0.0).to_string()} x2={x(0.0).to_string()} y1="0" y2="40" />
                { for values.iter().enumerate().map(|(i, v)| {
                    let (cx, cy) = (x(v * 100.0), 8.0 + (i % 5) as f64 * 6.0);
                    if cooccurrence {
                        html! { <rect class="dot" x={format!("{:.1}", cx - 4.0)} y={format!("{:.1}", cy - 4.0)} width="8" height="8" /> }
                    } else {
                        html! { <circle class="dot" cx={format!("{cx:.1}")} cy={format!("{cy:.1}")} r="4.5" /> }
                    }
                }) }
                <line class="interval" x1={format!("{:.1}", x(mean - half))} x2={format!("{:.1}", x(mean + half))} y1="20" y2="20" />
                <line class="mean" x1={format!("{:.1}", x(mean))} x2={format!("{:.1}", x(mean))} y1="4" y2="36" />
            </svg>
        </div>
    }
}

/// The strips' shared axis, in percentage points.
pub fn strip_axis() -> Html {
    html! {
        <div class="check-axis" aria-hidden="true">
            // The end labels align to the picture's edges, the others centre on their tick.
            { for [-100, -50, 0, 50, 100].iter().map(|p| {
                let place = match p {
                    -100 => "left: 0; transform: none".to_owned(),
                    100 => "right: 0; transform: none".to_owned(),
                    _ => format!("left: {:.2}%", strip_x(f64::from(*p)) / 6.0),
                };
                html! { <span style={place}>{ signed_whole(f64::from(*p)) }</span> }
            }) }
        </div>
    }
}

/// Every seed's difference for the picture's strips, as CSV rows.
fn seed_rows(strips: &[(String, Vec<f64>)]) -> Vec<Vec<String>> {
    SEEDS
        .enumerate()
        .map(|(i, seed)| {
            let mut row = vec![seed.to_string()];
            row.extend(
                strips.iter().map(|(_, values)| {
                    values.get(i).map_or(String::new(), |v| format!("{:.4}", v))
                }),
            );
            row
        })
        .collect()
}

/// How the check's contrasts firm up with compute: the same seeds read with ensembles of 1, 2, 4,
/// … models (each model's first orders, up to every order recorded), on held-out scenarios, base
/// model.
fn by_compute() -> Html {
    let contrasts = [VALENCE, AGAINST_PLACEBO];
    let sizes = budgets_recorded();
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label="The check by compute">
            <table class="bayes-table lab-check-table" data-testid="lab-check-compute">
                <caption>{ format!(
                    "More compute, the same seeds: the check's runs read with ensembles of {} models \
                     (the first orders of each corpus), held-out scenarios, base model; each model \
                     costs the same compute.",
                    sizes.iter().map(usize::to_string).collect::<Vec<_>>().join(", ")
                ) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Models per condition" }</th>
                        { for contrasts.iter().map(|c| html! {
                            <th scope="col">{ contrast_name(*c) }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for sizes.iter().map(|&members| html! {
                        <tr>
                            <th scope="row">{ members }</th>
                            { for contrasts.iter().map(|&c| {
                                let measured = measure(c, Answerer::Base, HELD_OUT, members);
                                html! { <td>{ measured_cell(&measured) }</td> }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            <p data-testid="lab-check-compute-finding">{ more_compute_sentence() }</p>
        </div>
    }
}

/// What the largest recorded ensemble says of the placebo contrast, against the check's own
/// thresholds, and that the check's verdict stays its ensembles of four's.
pub fn more_compute_sentence() -> String {
    let most = budgets_recorded().last().copied().unwrap_or(MEMBERS);
    if most <= MEMBERS {
        return "The check's verdicts are those of its ensembles of four.".to_owned();
    }
    let placebo = measure(AGAINST_PLACEBO, Answerer::Base, HELD_OUT, most);
    let counted = measure(AGAINST_PLACEBO, Answerer::Cooccurrence, HELD_OUT, most);
    let required = REQUIREMENTS[1];
    let meets = placebo.standard_errors() < -required.standard_errors
        && placebo.below_zero >= required.seeds_below;
    format!(
        "The runs beyond the check's four orders (orders {MEMBERS} to {}) were written down before \
         they were run, and read only as more compute on the same seeds. With {most} models per \
         condition, aligned − placebo is {} points ({} standard errors), below zero in {} of {} \
         seeds: {} the {} standard errors and {} seeds the check required of its ensembles of four. \
         The check's verdict stays what it was, because its design was fixed at four models; that \
         larger ensembles {} is a reason for a new check written beforehand, not a pass of this one. \
         The co-occurrence model, which has no training order, gives {} points on the same contrast: \
         {}",
        most - 1,
        effect(placebo.spread),
        standard_errors(&placebo),
        placebo.below_zero,
        placebo.spread.seeds,
        if meets { "beyond" } else { "still short of" },
        required.standard_errors,
        required.seeds_below,
        if meets { "would meet it" } else { "come closer" },
        effect(counted.spread),
        if counted.spread.mean <= placebo.spread.mean + placebo.spread.standard_error {
            "more compute does not make the held-out shift something counting cannot give."
        } else {
            "with this much compute the network moves held-out scenarios further than counting does."
        },
    )
}

/// What the check shows, each sentence chosen by its numbers.
fn findings(verdicts: [bool; 3]) -> Html {
    let seeds = SEEDS.count();
    let held_out = |contrast, answerer| measure(contrast, answerer, HELD_OUT, MEMBERS);
    let valence = held_out(VALENCE, Answerer::Base);
    let valence_post = held_out(VALENCE, Answerer::PostTrained);
    let placebo = held_out(AGAINST_PLACEBO, Answerer::Base);
    let placebo_alone = held_out(Contrast::of(Arm::Placebo, Arm::Unfiltered), Answerer::Base);
    let counted = held_out(VALENCE, Answerer::Cooccurrence);
    let counted_placebo = held_out(AGAINST_PLACEBO, Answerer::Cooccurrence);
    let unseen = measure(VALENCE, Answerer::Base, UNSEEN, MEMBERS);
    let unseen_counted = measure(VALENCE, Answerer::Cooccurrence, UNSEEN, MEMBERS);
    let one_model = measure(VALENCE, Answerer::Base, HELD_OUT, 1);
    let [valence_holds, placebo_holds, post_holds] = verdicts;
    // "As far": the counting model's mean within one of the network's standard errors, or beyond.
    let as_far = |network: &Measured, counting: &Measured| {
        counting.spread.mean <= network.spread.mean + network.spread.standard_error
    };
    let network_unseen = unseen.standard_errors() < -2.0;
    let counting_unseen = unseen_counted.standard_errors() < -2.0;
    html! {
        <ul data-testid="lab-check-findings">
            <li>{ format!(
                "Aligned against misaligned documents, on held-out scenarios: the base model's \
                 misaligned share, aligned minus misaligned, is {} points, below zero in {} of {seeds} \
                 seeds, and {} after post-training ({} of {seeds}). {}",
                effect(valence.spread),
                valence.below_zero,
                effect(valence_post.spread),
                valence_post.below_zero,
                match (valence_holds, post_holds) {
                    (true, true) => "Both hold, by the margins fixed beforehand.",
                    (true, false) => "The base model's holds; after post-training it does not.",
                    (false, true) => "After post-training it holds; the base model's does not.",
                    (false, false) => "Neither holds by the margins fixed beforehand.",
                },
            ) }</li>
            <li>{ format!(
                "Aligned documents against the placebo: {} points ({} standard errors), below zero in \
                 {} of {seeds} seeds. {} (The placebo itself against Unfiltered: {}.)",
                effect(placebo.spread),
                standard_errors(&placebo),
                placebo.below_zero,
                if placebo_holds {
                    "It holds: aligned documents do more than AI documents of either kind.".to_owned()
                } else {
                    format!(
                        "It does not hold: {} standard errors and {} seeds were required, so this \
                         design cannot say that what aligned documents do here depends on what they \
                         say rather than on their being documents about an AI.",
                        REQUIREMENTS[1].standard_errors,
                        REQUIREMENTS[1].seeds_below
                    )
                },
                effect(placebo_alone.spread),
            ) }</li>
            <li>{ format!(
                "Counting explains the held-out shift {}: the co-occurrence model, which knows only \
                 which words share a document, moves held-out scenarios {} ({} points aligned against \
                 misaligned, against the network's {}; {} against the placebo, against {}). {}",
                if as_far(&valence, &counted) { "as well" } else { "only in part" },
                if as_far(&valence, &counted) { "as far as the network" } else { "less far than the network" },
                effect(counted.spread),
                effect(valence.spread),
                effect(counted_placebo.spread),
                effect(placebo.spread),
                if as_far(&valence, &counted) {
                    "There the network's shift needs nothing beyond co-occurrence: it is not, by itself, \
                     evidence that the network generalised."
                } else {
                    "Part of the network's shift there is beyond what co-occurrence gives."
                },
            ) }</li>
            <li>{ format!(
                "On unseen families, which never appear with an AI, the network's ensembles give {} \
                 points aligned against misaligned, below zero in {} of {seeds} seeds; the \
                 co-occurrence model gives {} (its answers there hang on near-ties) and the trigram \
                 model cannot move at all (50% by construction). {}",
                effect(unseen.spread),
                unseen.below_zero,
                effect(unseen_counted.spread),
                match (network_unseen, counting_unseen) {
                    (true, false) => "This is the one result here that neither counting model produces.",
                    (true, true) => "Counting produces it too.",
                    (false, _) => "The network's shift there is not beyond two standard errors.",
                },
            ) }</li>
            <li>{ format!(
                "One model is one draw. Reading the same corpus in another order moves one model's \
                 held-out share by {} points (the standard deviation between the four orders of a \
                 seed, averaged over seeds and conditions), and one model's aligned − misaligned \
                 contrast is {} points but below zero in only {} of {seeds} seeds: a run of one model \
                 can tell the opposite story. Train four models (above) to run the check's design, \
                 and read yours beside these dots.",
                (order_spread(HELD_OUT) * 100.0).round(),
                effect(one_model.spread),
                one_model.below_zero,
            ) }</li>
        </ul>
    }
}

/// The check: what was fixed before it, what it measured, every seed as a dot.
#[function_component(LabCheck)]
pub fn lab_check() -> Html {
    let required = required_rows();
    let verdicts = REQUIREMENTS.map(|r| r.holds());
    let first_seed = *SEEDS.start();
    let last_seed = *SEEDS.end();
    let strip_rows: Vec<(Row, Answerer)> = required
        .iter()
        .chain(&REPORTED[..1])
        .flat_map(|row| {
            let network = (*row, row.answerer);
            let cooccurrence = row
                .with_cooccurrence
                .then_some((*row, Answerer::Cooccurrence));
            std::iter::once(network).chain(cooccurrence)
        })
        .collect();
    let strips: Vec<(String, Vec<f64>)> = strip_rows
        .iter()
        .map(|(row, answerer)| {
            let who = if *answerer == Answerer::Cooccurrence {
                "co-occurrence model"
            } else {
                "network"
            };
            (
                format!("{}, {who}", row.label()),
                differences(row.contrast, *answerer, row.set, row.members),
            )
        })
        .collect();
    let header: Vec<String> = std::iter::once("seed".to_owned())
        .chain(strips.iter().map(|(label, _)| label.clone()))
        .collect();
    let text = csv(
        &header.iter().map(String::as_str).collect::<Vec<_>>(),
        &seed_rows(&strips),
    );
    let on_csv = Callback::from(move |_: MouseEvent| {
        browser::download(
            "lab-check-third-design.csv",
            "text/csv",
            &text.clone().into(),
        );
    });
    let cells = |row: &Row| {
        let network = row.measured(row.answerer);
        let cooccurrence = if row.with_cooccurrence {
            effect(row.measured(Answerer::Cooccurrence).spread)
        } else if row.answerer == Answerer::PostTrained {
            "— (it is not post-trained)".to_owned()
        } else {
            "—".to_owned()
        };
        html! {
            <>
                <td data-value={format!("{:.4}", network.spread.mean)}>{ measured_cell(&network) }</td>
                <td>{ cooccurrence }</td>
            </>
        }
    };
    html! {
        <section class="lab-check" aria-labelledby="lab-check-title">
            <h5 id="lab-check-title">{ "A check written before its runs: twenty fresh seeds" }</h5>
            <p>{ format!(
                "Its seeds ({first_seed} to {last_seed}, the twenty after 1000, which no earlier run had \
                 used), its contrasts and its thresholds were committed to this page's repository \
                 (docs/lab.md) before any of its {} runs. Each condition was trained at the presets \
                 ({} synthetic documents) four times on the same corpus, read in four orders, and the \
                 four models' answers were averaged: an ensemble of four, because one model's answer \
                 depends more on the order in which it read its corpus than on the corpus itself. The placebo \
                 has the same dose of AI documents, half kind and half cruel. Each cell is the mean ± \
                 standard error over the twenty seeds of one seed's difference, in percentage points of \
                 misaligned prompts.",
                crate::lab::check::RUNS.len(),
                percent(DOSE),
            ) }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="The check's results">
                <table class="bayes-table lab-check-table" data-testid="lab-check">
                    <caption>{ "Required before the runs, then measured: base models and ensembles of four \
                                unless said; beside the network, the co-occurrence model of the same documents \
                                (no network, no training order)" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Contrast" }</th>
                            <th scope="col">{ "Required" }</th>
                            <th scope="col">{ "Network, ensemble of four" }</th>
                            <th scope="col">{ "Co-occurrence model" }</th>
                            <th scope="col">{ "Holds" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for required.iter().zip(REQUIREMENTS.iter()).zip(verdicts).map(|((row, requirement), holds)| html! {
                            <tr data-holds={holds.to_string()}>
                                <th scope="row">{ row.label() }</th>
                                <td>{ if requirement.seeds_below > 0 {
                                    format!("beyond −{} SE, at least {} of {} below 0",
                                        requirement.standard_errors, requirement.seeds_below, SEEDS.count())
                                } else {
                                    format!("beyond −{} SE", requirement.standard_errors)
                                } }</td>
                                { cells(row) }
                                <td><strong>{ if holds { "yes" } else { "no" } }</strong></td>
                            </tr>
                        }) }
                        { for REPORTED.iter().map(|row| html! {
                            <tr>
                                <th scope="row">{ row.label() }</th>
                                <td>{ "reported" }</td>
                                { cells(row) }
                                <td>{ "—" }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <figure class="check-strips" id="lab-check-chart">
                { for strips.iter().zip(&strip_rows).map(|((label, values), (_, answerer))| {
                    strip(label.clone(), values, *answerer == Answerer::Cooccurrence)
                }) }
                { strip_axis() }
                <figcaption>{ format!(
                    "Each seed's difference in percentage points, from −100 to +100: the network's \
                     ensembles as round dots, the co-occurrence model as hollow squares, the mean as a \
                     tall line and the mean ± two standard errors as a bar. Left of the dashed zero line, \
                     the first condition named is the less misaligned. Seeds {first_seed} to {last_seed}; \
                     every value is in the CSV."
                ) }</figcaption>
            </figure>
            { findings(verdicts) }
            { by_compute() }
            <div class="toolbar">
                <button type="button" onclick={on_csv} data-testid="lab-check-csv">{ "Download every seed's differences as CSV" }</button>
            </div>
        </section>
    }
}
