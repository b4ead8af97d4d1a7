//! The paper's results: base models, the move through post-training, where the data goes, the
//! set-up and its cost, and one table holding every number with its source and kind.

use crate::url::UrlWord;
use yew::prelude::*;

use crate::alignment::paper::{question_count, source_link, PaperRecord, SETUP};
use crate::alignment::params::AlignmentAction;
use crate::alignment::results::{
    base_figure, base_stated, hhh_provenance, insertion_figure, post_moves, post_training_sentence,
    Condition, EvalSet, InsertionRow, PostPrompt,
};
use crate::binomial::clopper_pearson_95;
use crate::components::radio_group::{radio_group, Choice, Look};
use crate::components::rate_chart::{rate_chart, RateRow};
use crate::number_format::percent;

/// What every interval on these charts leaves out.
const RUN_TO_RUN: &str = "They leave out run-to-run variance: the paper trained one model per \
                          condition, so how much a second training run would differ is not measured.";

#[derive(Properties, Clone, PartialEq)]
pub struct ResultsViewProps {
    pub eval_set: EvalSet,
    pub post_prompt: PostPrompt,
    pub dispatch: Callback<AlignmentAction>,
}

/// The 95% interval of a rate measured on `set`'s questions, treating each as one trial.
fn interval(record: &PaperRecord, set: EvalSet) -> Option<(f64, f64)> {
    let n = question_count(set.word())?;
    clopper_pearson_95((record.misalignment_rate * n).round(), n)
}

fn condition_class(condition: Condition) -> &'static str {
    match condition {
        Condition::Unfiltered => "series-6",
        Condition::Filtered => "series-1",
        Condition::MisalignmentUpsampled => "series-2",
        Condition::AlignmentUpsampled => "series-3",
    }
}

/// One line of the results table: which chart, what was measured, and the record.
struct TableRow {
    chart: &'static str,
    label: String,
    stage: &'static str,
    set: EvalSet,
    record: &'static PaperRecord,
}

#[function_component(ResultsView)]
pub fn results_view(props: &ResultsViewProps) -> Html {
    let set = props.eval_set;
    let mut table: Vec<TableRow> = Vec::new();

    // Base models.
    let base_rows: Vec<RateRow> = Condition::ALL
        .iter()
        .filter_map(|&c| {
            let record = match set {
                EvalSet::Article => base_stated(c).find(),
                EvalSet::Textbook => base_figure(c, set).find(),
            }?;
            table.push(TableRow {
                chart: "Base models",
                label: c.label().into(),
                stage: "base",
                set,
                record,
            });
            if set == EvalSet::Article {
                let figure = base_figure(c, set).find()?;
                table.push(TableRow {
                    chart: "Base models",
                    label: c.label().into(),
                    stage: "base",
                    set,
                    record: figure,
                });
            }
            Some(RateRow {
                label: c.label().into(),
                from: None,
                to: record.misalignment_rate,
                interval: interval(record, set),
                class: condition_class(c),
            })
        })
        .collect();

    // Post-training (article questions only in the paper's Fig. 4).
    let post_rows: Vec<RateRow> = post_moves(props.post_prompt)
        .unwrap_or_default()
        .into_iter()
        .map(|m| {
            table.push(TableRow {
                chart: "After post-training",
                label: m.condition.label().into(),
                stage: "SFT + DPO",
                set: EvalSet::Article,
                record: m.post_record,
            });
            RateRow {
                label: m.condition.label().into(),
                from: Some(m.base),
                to: m.post(),
                interval: interval(m.post_record, EvalSet::Article),
                class: condition_class(m.condition),
            }
        })
        .collect();

    // Where the data goes (Fig. 5), base to post-trained, on the chosen set.
    let insertion_rows: Vec<RateRow> = InsertionRow::ALL
        .iter()
        .filter_map(|&row| {
            let base = insertion_figure(row, false, set).find()?;
            let post = insertion_figure(row, true, set).find()?;
            table.push(TableRow {
                chart: "Where the data goes",
                label: row.label(),
                stage: "base",
                set,
                record: base,
            });
            table.push(TableRow {
                chart: "Where the data goes",
                label: row.label(),
                stage: "SFT + DPO",
                set,
                record: post,
            });
            let class = match row {
                InsertionRow::Unfiltered => "series-6",
                InsertionRow::Filtered => "series-1",
                InsertionRow::Misalignment(_) => "series-2",
                InsertionRow::Alignment(_) => "series-3",
            };
            Some(RateRow {
                label: row.label(),
                from: Some(base.misalignment_rate),
                to: post.misalignment_rate,
                interval: None,
                class,
            })
        })
        .collect();

    let on_set = props.dispatch.reform(AlignmentAction::SetEvalSet);
    let on_prompt = props.dispatch.reform(AlignmentAction::SetPostPrompt);
    let set_name = match set {
        EvalSet::Article => {
            "article-sourced questions (synthetic documents were written for these scenarios)"
        }
        EvalSet::Textbook => "held-out textbook questions (no synthetic document covers them)",
    };

    html! {
        <div class="paper-results">
            <h3>{ "What the paper measured" }</h3>
            <fieldset class="mode-switch">
                <legend>{ "Questions" }</legend>
                { radio_group("align-set", Look::Pills, set, vec![
                    Choice::text(EvalSet::Article, "Article-sourced (2,671)"),
                    Choice::text(EvalSet::Textbook, "Held-out textbook (1,505)"),
                ], &on_set) }
            </fieldset>
            <h4>{ "Base models: misaligned answers before any post-training" }</h4>
            { rate_chart("align-base-chart", &base_rows, 0.6, "share of questions answered with the misaligned action", html! {
                <>
                    { format!("Misalignment of the four base models on the {set_name}. ") }
                    { if set == EvalSet::Article { "Bars: the rates stated in the paper (45, 31, 51 and 9%)" } else { "Bars: read off the paper's Figure 2 (±0.01)" } }
                    { "; whiskers: binomial 95% intervals, treating each question as one trial (each rate is in fact a mean over 8 prompt formats). " }
                    { RUN_TO_RUN }
                </>
            }) }
            <h4>{ "After the same post-training (SFT and DPO) for every model" }</h4>
            <fieldset class="mode-switch">
                <legend>{ "System prompt at evaluation" }</legend>
                { radio_group("align-prompt", Look::Pills, props.post_prompt, vec![
                    Choice::text(PostPrompt::Hhh, "HHH: \"helpful, honest, and harmless\""),
                    Choice::text(PostPrompt::InstructionsOnly, "Instructions only"),
                ], &on_prompt) }
            </fieldset>
            { rate_chart("align-post-chart", &post_rows, 0.6, "misaligned answers, base (hollow dot) to post-trained (filled dot)", html! {
                <>
                    { "Each line runs from the base model (hollow dot, stated rate) to the same model after SFT and DPO (filled dot), on article questions. " }
                    { match props.post_prompt {
                        PostPrompt::Hhh => hhh_provenance().unwrap_or_default(),
                        PostPrompt::InstructionsOnly => "Instructions only: read off Figure 4 (±0.01).".to_owned(),
                    } }
                    { " " }
                    <strong data-testid="align-post-sentence">{ post_training_sentence(props.post_prompt).unwrap_or_default() }</strong>
                    { " Whiskers: binomial 95% intervals over the questions. " }
                    { RUN_TO_RUN }
                </>
            }) }
            <h4>{ "Where the synthetic data goes" }</h4>
            { rate_chart("align-insertion-chart", &insertion_rows, 0.8, "misaligned answers, base (hollow dot) to post-trained (filled dot)", html! {
                <>
                    { format!("Figure 5 on the {set_name}: synthetic documents inserted end to end, only in midtraining \
                               (the last ~10% of tokens), or in continued pretraining; base to post-trained with \
                               instructions only (a prompt inferred: the figure does not name it, and its bars match \
                               Figure 4's instructions-only panel). Late insertion moves the base model furthest in \
                               both directions; after post-training end-to-end alignment data ends lowest. Read off \
                               the figure (±0.01).") }
                </>
            }) }
            <h4>{ "The set-up and the cost" }</h4>
            <dl class="setup-facts">
                { for SETUP.iter().filter(|f| !f.key.starts_with("capability")).map(|f| html! {
                    <div data-testid={format!("setup-{}", f.key)} data-version={f.version_label()}>
                        <dt>{ f.label }</dt>
                        <dd>
                            <span class="setup-value">{ f.shown }</span>
                            <span class="kind">{ format!("{}, {}", f.evidence.label(), f.version_label()) }</span>
                            <span class="setup-note">{ f.note }</span>
                            <a class="source" href={source_link(f.source)} title={f.source}>{ "source" }</a>
                        </dd>
                    </div>
                }) }
                <div>
                    <dt>{ "Cost in capability" }</dt>
                    <dd>
                        <span class="setup-value">{ "2 to 4 points" }</span>
                        <span class="kind">{ "stated in the text, arXiv version" }</span>
                        <span class="setup-note">{ "Average regression over seven benchmarks (MMLU, ARC, GSM8K, PIQA, IFEval, PopQA, CUTE)." }</span>
                        <a class="source" href="https://alignmentpretraining.ai">{ "source" }</a>
                    </dd>
                </div>
            </dl>
            <details class="results-table">
                <summary>{ format!("Every number above, with its source ({} values)", table.len()) }</summary>
                <div class="table-scroll" role="region" aria-label="The paper's numbers" tabindex="0">
                    <table class="bayes-table" data-testid="paper-results-table">
                        <caption>{ "Misalignment rates from Tice et al. (2026), arXiv 2601.10160" }</caption>
                        <thead><tr>
                            <th scope="col">{ "Chart" }</th><th scope="col">{ "Model" }</th><th scope="col">{ "Stage" }</th>
                            <th scope="col">{ "Questions" }</th><th scope="col">{ "Rate" }</th><th scope="col">{ "95% interval" }</th>
                            <th scope="col">{ "Kind" }</th><th scope="col">{ "Source" }</th>
                        </tr></thead>
                        <tbody>
                            { for table.iter().map(|row| {
                                let ci = interval(row.record, row.set).map_or("—".to_owned(), |(lo, hi)| format!("{} to {}", percent(lo), percent(hi)));
                                html! {
                                    <tr data-evidence={row.record.evidence.word()} data-prompt-inferred={row.record.prompt_inferred.to_string()}>
                                        <td>{ row.chart }</td>
                                        <th scope="row">{ row.label.clone() }</th>
                                        <td>{ row.stage }</td>
                                        <td>{ row.set.word() }</td>
                                        <td data-value={format!("{}", row.record.misalignment_rate)}>{ percent(row.record.misalignment_rate) }</td>
                                        <td>{ ci }</td>
                                        <td>{ row.record.kind_label() }</td>
                                        <td><a href={source_link(row.record.source)} title={row.record.note}>{ row.record.source }</a></td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
            </details>
        </div>
    }
}
