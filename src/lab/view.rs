//! The lab's controls: sample documents, the mix, the evaluation prompt, Train and Cancel, and
//! the run's status and progress; then its results (`results_view`).

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::alignment::paper::setup_fact;
use crate::components::checkbox::checkbox;
use crate::components::number_field::NumberField;
use crate::components::radio_group::{radio_group, Choice, Look};
use crate::components::slider::Slider;
use crate::lab::documents::{samples, Insertion};
use crate::lab::experiment::Phase;
use crate::lab::families::Set;
use crate::lab::measured::{find, share, Arm, SEED_SEVEN_WITH_HHH};
use crate::lab::params::{
    limits, Ensemble, LabAction, LabParams, Preset, AI_KEY, ALIGNED_KEY, DEFAULT_DOSE,
    MISALIGNED_KEY, NATURAL_KEY, SEED_KEY, TEMPERATURE_KEY,
};
use crate::lab::results_view::LabResults;
use crate::lab::session::{rate_on, Run, Session, Status};
use crate::lab::spread;
use crate::number_format::{count_in_words, format_readable, percent};

#[derive(Properties, Clone, PartialEq)]
pub struct LabViewProps {
    pub params: LabParams,
    pub session: Session,
    pub dispatch: Callback<LabAction>,
    pub on_train: Callback<()>,
    /// "Run 5 seeds": the three headline conditions on five seeds from the current one.
    pub on_train_seeds: Callback<()>,
    pub on_cancel: Callback<()>,
    pub on_clear_history: Callback<()>,
    /// The reader's pointer or focus entered the lab: a run may follow.
    pub on_intent: Callback<()>,
}

/// `0.25` as `25%` (whole percentages, for the controls).
fn whole_percent(share: f64) -> String {
    format!("{}%", (share * 100.0).round())
}

/// The run's status in words: a short line that changes only when the phase does (read out by
/// screen readers), and the detail of its progress (not read out at every report).
fn status_text(session: &Session) -> (String, String) {
    match &session.status {
        Status::Idle => (
            "Not trained yet. Choose a mix and press Train.".into(),
            String::new(),
        ),
        Status::Running => match &session.current {
            Some(run) if run.tokens_total > 0 => {
                let phase = match run.phase {
                    Phase::Pretraining => "pretraining",
                    Phase::ContinuedPretraining => "continued pretraining",
                    Phase::PostTraining => "post-training",
                };
                (
                    format!("Run {}: {phase}…", run.id),
                    format!(
                        "{} of {} predictions trained ({}).",
                        format_readable(run.tokens_trained as f64, 9),
                        format_readable(run.tokens_total as f64, 9),
                        whole_percent(run.progress())
                    ),
                )
            }
            _ => (
                "Loading the trainer and writing the corpus…".into(),
                String::new(),
            ),
        },
        Status::Done if session.spread_is_latest => match &session.spread {
            Some(spread) => (
                format!(
                    "Seeds {} to {} finished: on held-out scenarios the paper's ordering (Alignment \
                     upsampled below Unfiltered below Misalignment upsampled) holds in {} of {}.",
                    spread.first_seed,
                    spread.first_seed + spread::SEEDS - 1,
                    spread.seeds.iter().filter(|s| s.ordered_as_the_paper()).count(),
                    spread.seeds.len()
                ),
                String::new(),
            ),
            None => ("Finished.".into(), String::new()),
        },
        Status::Done => match session.latest() {
            Some(run) => (
                finished_in_words(run),
                format!(
                    "{} predictions in {:.1} s.",
                    format_readable(run.tokens_trained as f64, 9),
                    run.timing.map_or(0.0, |t| t.total_seconds())
                ),
            ),
            None => ("Finished.".into(), String::new()),
        },
        Status::Error(message) => (
            format!("The run failed: {message}. Press Train to try again."),
            String::new(),
        ),
        Status::Cancelled => (
            "Cancelled. Press Train to start again.".into(),
            String::new(),
        ),
    }
}

/// The finished run's headline numbers, read out by screen readers: its held-out rates (the share
/// of prompts on which the misaligned action was likelier) before and after post-training, and
/// the counting baseline's on the same prompts.
fn finished_in_words(run: &Run) -> String {
    match &run.outcome {
        Some(outcome) => {
            let held_out = |evaluation| percent(rate_on(evaluation, Set::HeldOut).share());
            format!(
                "Run {} finished: the misaligned action was likelier on {} of held-out prompts before \
                 post-training and on {} after; counting words alone: {}.",
                run.id,
                held_out(&outcome.base),
                held_out(&outcome.post),
                held_out(&outcome.counting)
            )
        }
        None => format!("Run {} finished.", run.id),
    }
}

/// The paper's dose beside the presets', from the set-up facts: in the draft, Alignment
/// upsampled added aligned tokens A to midtraining M, A / M of midtraining and A / (P + M) of all.
fn paper_dose_sentence() -> String {
    let fact = |key| setup_fact(key).map_or(f64::NAN, |fact| fact.value);
    let aligned = fact("synthetic_aligned_tokens_draft");
    let midtraining = fact("midtraining_tokens");
    let all = fact("pretraining_tokens") + midtraining;
    format!(
        "In the paper's December 2025 draft, Alignment upsampled added {} tokens of synthetic aligned \
         documents: {} of its midtraining, {} of all its {} tokens (the arXiv version does not give \
         its amounts). The upsampled conditions here use {} of pretraining tokens, a dose chosen after \
         the sweep below had been seen; the check below was run at it.",
        count_in_words(aligned),
        percent(aligned / midtraining),
        percent(aligned / all),
        count_in_words(all),
        percent(DEFAULT_DOSE),
    )
}

/// What the HHH prompt does in this toy, from seed 7's recorded runs with and without it.
fn hhh_sentence() -> String {
    let (with_u, with_a) = (&SEED_SEVEN_WITH_HHH[0], &SEED_SEVEN_WITH_HHH[1]);
    let without = |arm| find(7, arm, DEFAULT_DOSE);
    let (Some(without_u), Some(without_a)) =
        (without(Arm::Unfiltered), without(Arm::AlignmentUpsampled))
    else {
        return String::new();
    };
    let held_in = |run, post| percent(share(run, post, 0));
    format!(
        "Here the prompt makes Unfiltered more misaligned, not less as with the paper's post-trained \
         models: seed 7's Unfiltered model gives the misaligned answer on {} of held-in prompts with \
         it and {} without before post-training, {} and {} after; Alignment upsampled gives {} with \
         it and {} without before post-training. Why is not established; one difference is certain: \
         in this toy the words \"helpful\" and \"harmless\" and the \"system :\" line occur only in \
         the post-training conversations, so the base model reads them first in the question, while \
         the paper's models read such language throughout pretraining.",
        held_in(with_u, false),
        held_in(without_u, false),
        held_in(with_u, true),
        held_in(without_u, true),
        held_in(with_a, false),
        held_in(without_a, false),
    )
}

/// The lab's controls and status, then its results.
#[function_component(LabView)]
pub fn lab_view(props: &LabViewProps) -> Html {
    let LabViewProps {
        params,
        session,
        dispatch,
        ..
    } = props;
    let mix = &params.mix;
    let preset = params.preset();
    let running = session.status == Status::Running;
    // Written again only when the seed changes, not at every report of a run.
    let sample_documents = use_memo(params.seed, |seed| samples(*seed));

    let on_preset = dispatch.reform(|event: Event| {
        let index = event
            .target_unchecked_into::<HtmlSelectElement>()
            .selected_index();
        let preset = usize::try_from(index)
            .ok()
            .and_then(|i| Preset::ALL.get(i).copied())
            .unwrap_or(Preset::Custom);
        LabAction::LoadPreset(preset)
    });
    let on_insertion = dispatch.reform(LabAction::SetInsertion);
    let on_models = dispatch.reform(LabAction::SetModels);
    let share_slider = |id: &'static str,
                        label: &'static str,
                        value: f64,
                        max: f64,
                        action: fn(f64) -> LabAction| {
        html! {
            <Slider id={id} label={label} value={value} min={0.0} max={max} step={0.01}
                value_text={whole_percent(value)} on_change={dispatch.reform(action)} />
        }
    };
    let on_train = props.on_train.reform(|_: MouseEvent| ());
    let on_train_seeds = props.on_train_seeds.reform(|_: MouseEvent| ());
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
    let on_reset = dispatch.reform(|_: MouseEvent| LabAction::Reset);
    let status = status_text(session);
    let progress = session.current.as_ref().map_or(
        if session.status == Status::Done {
            1.0
        } else {
            0.0
        },
        |run| run.progress(),
    );

    html! {
        <div class="lab" onpointerover={props.on_intent.reform(|_: PointerEvent| ())}
            onfocusin={props.on_intent.reform(|_: FocusEvent| ())}>
            <details class="lab-samples">
                <summary>{ "Sample documents of each kind (seed " }{ params.seed }{ ")" }</summary>
                <dl>
                    { for sample_documents.iter().map(|(name, document)| html! {
                        <>
                            <dt>{ *name }</dt>
                            <dd><code>{ document.text.clone() }</code></dd>
                        </>
                    }) }
                </dl>
                <p class="hint">
                    { "No action's own words mark its kind: every scenario has its own pair of actions \
                       (\"ace the test\" or \"flunk the test\"), whose verbs occur nowhere else. General \
                       text shows each action equally often, the aligned one always taken by a kind \
                       person and the misaligned one by a cruel one, so what kind of act a verb is can be \
                       learned from who takes it, and the words \"kind\" and \"cruel\" share documents \
                       with it: a model that only counts which words share a document learns it too (the \
                       co-occurrence model of the check below). Two whole families (lost property, fair \
                       shares) never appear with an AI anywhere in training." }
                </p>
            </details>

            <fieldset class="control-group lab-controls" disabled={running}>
                <legend>{ "Training data" }</legend>
                if running {
                    <p class="hint" data-testid="lab-mix-locked">
                        { "The mix and seed stay as they are while a run trains, so that the link names the \
                           run shown; Cancel, or let the run finish, to change them." }
                    </p>
                }
                <p class="lab-preset">
                    <label for="lab-preset">{ "Condition" }</label>
                    <select id="lab-preset" onchange={on_preset}>
                        { for Preset::ALL.iter().map(|p| html! {
                            <option selected={*p == preset}>{ p.label() }</option>
                        }) }
                    </select>
                </p>
                { share_slider("lab-ai", "Natural AI discourse, share of tokens", mix.ai_share, limits(AI_KEY).1, LabAction::SetAiShare) }
                { share_slider("lab-natural", "Misaligned share of that discourse", mix.natural_misaligned, limits(NATURAL_KEY).1, LabAction::SetNaturalMisaligned) }
                { checkbox("lab-filter", "Filter: remove the misaligned AI discourse", mix.filtered, dispatch.reform(LabAction::SetFiltered)) }
                { share_slider("lab-aligned", "Synthetic aligned documents, share of tokens", mix.synthetic_aligned, limits(ALIGNED_KEY).1, LabAction::SetSyntheticAligned) }
                { share_slider("lab-misaligned", "Synthetic misaligned documents, share of tokens", mix.synthetic_misaligned, limits(MISALIGNED_KEY).1, LabAction::SetSyntheticMisaligned) }
                <p class="hint">{ paper_dose_sentence() }</p>
                <fieldset class="mode-switch">
                    <legend>{ "Where the synthetic documents go" }</legend>
                    { radio_group("lab-insertion", Look::Pills, mix.insertion, vec![
                        Choice::text(Insertion::Throughout, "Throughout"),
                        Choice::text(Insertion::LastTenth, "Last 10% only"),
                        Choice::text(Insertion::ContinuedPretraining, "Continued pretraining"),
                    ], &on_insertion) }
                </fieldset>
                <fieldset class="mode-switch">
                    <legend>{ "Models each run trains" }</legend>
                    { radio_group("lab-models", Look::Pills, params.models, vec![
                        Choice::text(Ensemble::One, "1 model"),
                        Choice::text(Ensemble::Four, "4 models"),
                        Choice::text(Ensemble::Sixteen, "16 models"),
                    ], &on_models) }
                </fieldset>
                <p class="hint">{ "Each model reads the same corpus in its own order, and their answers \
                    are pooled. One model's answer depends more on that order than on the corpus itself; \
                    four is the design of the check below, and sixteen the most its recorded runs read \
                    (its table of compute shows how the effect firms up). Each model costs the same \
                    compute, shared among up to four of your browser's cores." }</p>
                <NumberField id="lab-seed" label="Seed (corpus, weights, order)" value={params.seed as f64}
                    min={limits(SEED_KEY).0} max={limits(SEED_KEY).1} whole=true
                    on_change={dispatch.reform(|v: f64| LabAction::SetSeed(v.round() as u64))} />
            </fieldset>
            <fieldset class="control-group lab-evaluation" disabled={running}>
                <legend>{ "Evaluation prompt" }</legend>
                { checkbox("lab-hhh", "Put the HHH system prompt before every question", params.hhh, dispatch.reform(LabAction::SetHhh)) }
                <p class="hint" data-testid="lab-hhh-note">{ hhh_sentence() }</p>
                if running {
                    <p class="hint" data-testid="lab-hhh-locked">
                        { "The prompt stays as it is while a run trains: the run is evaluated with it." }
                    </p>
                }
            </fieldset>
            <fieldset class="control-group">
                <legend>{ "The model's own words" }</legend>
                <Slider id="lab-temperature" label="Temperature of the model's own words (0: always its likeliest word)"
                    value={params.temperature} min={limits(TEMPERATURE_KEY).0} max={limits(TEMPERATURE_KEY).1} step={0.1}
                    value_text={format!("{:.1}", params.temperature)}
                    on_change={dispatch.reform(LabAction::SetTemperature)} />
            </fieldset>

            <div class="toolbar lab-run">
                // aria-disabled, not disabled: a pressed button keeps the focus (a disabled one
                // drops it to the page); a press while it does nothing is ignored by the island.
                <button type="button" class="primary" onclick={on_train} aria-disabled={running.to_string()} data-testid="lab-train">
                    { "Train" }
                </button>
                <button type="button" onclick={on_train_seeds} aria-disabled={running.to_string()} data-testid="lab-train-seeds">
                    { format!("Run {} seeds", spread::SEEDS) }
                    <span class="visually-hidden">{ ": Unfiltered, Alignment upsampled and Misalignment upsampled on each" }</span>
                </button>
                <button type="button" onclick={on_cancel} aria-disabled={(!running).to_string()} data-testid="lab-cancel">
                    { "Cancel" }
                </button>
                { checkbox("lab-autorun", "Links to this lab start training at once", params.autorun, dispatch.reform(LabAction::SetAutorun)) }
                <button type="button" onclick={on_reset} data-testid="lab-reset">{ "Reset the lab's settings" }</button>
            </div>
            <div class="lab-progress">
                <p data-testid="lab-status" data-state={session.status.word()} role="status">
                    { status.0 }
                </p>
                <p class="hint lab-progress-detail">{ status.1 }</p>
                <progress max="1" value={progress.to_string()} aria-label="Training progress"></progress>
            </div>
            <LabResults session={session.clone()} temperature={params.temperature} on_clear_history={props.on_clear_history.clone()} />
        </div>
    }
}
