//! The lab's runs as the page sees them: the one in progress, fed by the worker's reports, and
//! the finished ones kept for comparison. Pure, so that every transition is tested natively.

use crate::binomial::clopper_pearson_95;
use crate::lab::documents::Insertion;
use crate::lab::experiment::{Checkpoint, Event, LossPoint, Outcome, Phase, Settings, Timing};
use crate::lab::families::{in_set, Set};
use crate::lab::params::{LabParams, Preset};
use crate::lab::protocol::{FromWorker, ToWorker};
use crate::lab::questions::{Evaluation, Rate};
use crate::lab::spread::{self, SeedSpread};

/// Why there is no run when the browser will not start the worker.
pub const WORKER_UNAVAILABLE: &str = "this browser or page does not allow the Web Worker the lab \
                                      trains in (a worker started from a blob: URL)";

/// Why a run cannot start offline before the worker was ever downloaded.
pub const TRAINER_OFFLINE: &str =
    "you are offline, and the trainer (the lab's Web Worker) has not \
                                   been downloaded yet: connect to the network first";

/// Runs kept for comparison (the oldest goes first).
pub const MAX_HISTORY: usize = 8;

/// Where the lab stands, as `data-state` names it.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    Idle,
    Running,
    Done,
    Error(String),
    Cancelled,
}

impl Status {
    /// idle | running | done | error | cancelled.
    pub fn word(&self) -> &'static str {
        match self {
            Self::Idle => "idle",
            Self::Running => "running",
            Self::Done => "done",
            Self::Error(_) => "error",
            Self::Cancelled => "cancelled",
        }
    }
}

/// One run: its settings and everything reported about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    pub id: u32,
    pub params: LabParams,
    pub tokens_trained: usize,
    /// 0 until the worker's first report.
    pub tokens_total: usize,
    pub phase: Phase,
    pub losses: Vec<LossPoint>,
    pub curve: Vec<Checkpoint>,
    /// The whole run's: the ensemble's, once every model has finished.
    pub outcome: Option<Outcome>,
    pub timing: Option<Timing>,
    /// Each model of the run, by member (one unless the run trains an ensemble or a spread).
    pub members: Vec<Member>,
    /// For "Run 5 seeds": the first seed of the spread (`lab::spread` numbers its members).
    pub spread_from: Option<u64>,
    /// The workers' instructions that start it, one per member, in member order: decided by
    /// [`Session::start`] or [`Session::start_spread`], sent by the island.
    pub instructions: Vec<ToWorker>,
}

/// One model of a run, as its worker reported it.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Member {
    pub tokens_trained: usize,
    /// 0 until its worker's first report.
    pub tokens_total: usize,
    pub outcome: Option<Outcome>,
    pub timing: Option<Timing>,
}

impl Run {
    /// Predictions trained ÷ predictions planned, over all its models: Σ trained ÷ (the largest
    /// plan reported × models), 0 before the first report.
    pub fn progress(&self) -> f64 {
        let planned = self.model_tokens() * self.members.len().max(1);
        if planned == 0 {
            0.0
        } else {
            self.tokens_trained as f64 / planned as f64
        }
    }

    /// The predictions one model's plan trains on (the largest reported; 0 before any report):
    /// the length of the curves' axis.
    pub fn model_tokens(&self) -> usize {
        self.members
            .iter()
            .map(|m| m.tokens_total)
            .max()
            .unwrap_or(0)
    }

    /// The run's name in the history: "Run 3: Alignment upsampled, seed 7, 4 models, HHH prompt",
    /// or for a spread "Run 4: seeds 7 to 11, three conditions, 1 model each".
    pub fn label(&self) -> String {
        let hhh = if self.params.hhh { ", HHH prompt" } else { "" };
        let per_condition = self.params.models.members();
        if let Some(first) = self.spread_from {
            return format!(
                "Run {}: seeds {first} to {}, three conditions, {per_condition} model{} each{hhh}",
                self.id,
                first + spread::SEEDS - 1,
                if per_condition == 1 { "" } else { "s" },
            );
        }
        let models = match self.members.len() {
            0 | 1 => String::new(),
            n => format!(", {n} models"),
        };
        format!(
            "Run {}: {}, seed {}{models}{hhh}",
            self.id,
            describe_mix(&self.params),
            self.params.seed
        )
    }
}

/// A preset's name, or a custom mix's settings in words.
pub fn describe_mix(params: &LabParams) -> String {
    let preset = params.preset();
    if preset != Preset::Custom {
        return preset.label().to_owned();
    }
    let mix = &params.mix;
    let percent = |share: f64| format!("{}%", (share * 100.0).round());
    let insertion = match mix.insertion {
        Insertion::Throughout => "throughout",
        Insertion::LastTenth => "in the last 10%",
        Insertion::ContinuedPretraining => "in continued pretraining",
    };
    format!(
        "Custom: {} AI discourse ({} misaligned{}), {} aligned and {} misaligned synthetic {insertion}",
        percent(mix.ai_share),
        percent(mix.natural_misaligned),
        if mix.filtered { ", filtered out" } else { "" },
        percent(mix.synthetic_aligned),
        percent(mix.synthetic_misaligned),
    )
}

/// The settings of model `member` of a run for the worker: the default schedule, with the
/// reader's seed, HHH choice and temperature, reading the corpus in order `member`.
pub fn settings(params: &LabParams, member: u32) -> Settings {
    Settings {
        hhh: params.hhh,
        temperature: params.temperature,
        reshuffle: u64::from(member),
        seed: params.seed,
        ..Settings::default()
    }
}

/// The three question sets, in the order the page shows them, with their words in the history's
/// CSV header.
pub const SETS: [(Set, &str); 3] = [
    (Set::HeldIn, "held_in"),
    (Set::HeldOut, "held_out"),
    (Set::Unseen, "unseen"),
];

/// Questions behind a rate: the scenarios of `set` (18 held in, 12 held out, 10 unseen).
pub fn questions(set: Set) -> usize {
    in_set(set).count()
}

/// An evaluation's rate on `set`.
pub fn rate_on(evaluation: &Evaluation, set: Set) -> &Rate {
    match set {
        Set::HeldIn => &evaluation.held_in,
        Set::HeldOut => &evaluation.held_out,
        Set::Unseen => &evaluation.unseen,
    }
}

/// The 95% Clopper–Pearson interval of a rate, treating each scenario as one trial (its four
/// prompts averaged), as the paper's charts on this page do: k = round(share × scenarios).
pub fn interval(rate: &Rate, set: Set) -> Option<(f64, f64)> {
    let n = questions(set) as f64;
    clopper_pearson_95((rate.share() * n).round(), n)
}

/// The lab's runs.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub status: Status,
    /// The run in progress.
    pub current: Option<Run>,
    /// Finished runs, oldest first.
    pub history: Vec<Run>,
    /// The id the next run gets.
    pub next_run: u32,
    /// The last finished spread of seeds ("Run 5 seeds"), and whether it finished after the
    /// latest run of the history.
    pub spread: Option<SeedSpread>,
    pub spread_is_latest: bool,
}

impl Default for Session {
    fn default() -> Self {
        Self {
            status: Status::Idle,
            current: None,
            history: Vec::new(),
            next_run: 1,
            spread: None,
            spread_is_latest: false,
        }
    }
}

impl Session {
    /// The workers' instructions to start each model of run `next_run` with `params`, in member
    /// order, unless a run is already going (none then).
    fn start_messages(&self, params: &LabParams) -> Vec<ToWorker> {
        if self.status == Status::Running {
            return Vec::new();
        }
        (0..params.models.members() as u32)
            .map(|member| ToWorker::Start {
                run: self.next_run,
                member,
                speaks: member == 0,
                mix: params.mix.clone(),
                settings: settings(params, member),
            })
            .collect()
    }

    /// The worker's instruction to stop the run in progress, if there is one (what
    /// [`Session::cancel`] returns, without cancelling).
    pub fn cancel_message(&self) -> Option<ToWorker> {
        let run = self
            .current
            .as_ref()
            .filter(|_| self.status == Status::Running)?;
        Some(ToWorker::Cancel { run: run.id })
    }

    /// The workers' instructions for "Run 5 seeds" from the current seed: the three headline
    /// conditions on each of [`spread::SEEDS`] seeds, with `params`' models, prompt and
    /// temperature, in member order (none while a run is going).
    fn spread_messages(&self, params: &LabParams) -> Vec<ToWorker> {
        if self.status == Status::Running {
            return Vec::new();
        }
        let (first, models) = (params.seed, params.models.members());
        (0..spread::members(models))
            .filter_map(|member| {
                let (seed, _, model) = spread::member_of(first, models, member);
                Some(ToWorker::Start {
                    run: self.next_run,
                    member: member as u32,
                    speaks: false,
                    mix: spread::mix_of(first, models, member)?,
                    settings: Settings {
                        seed,
                        ..settings(params, model as u32)
                    },
                })
            })
            .collect()
    }

    /// Starts "Run 5 seeds" as run `next_run` and returns the workers' instructions (none while
    /// a run is going).
    pub fn start_spread(&mut self, params: &LabParams) -> Vec<ToWorker> {
        let messages = self.spread_messages(params);
        self.begin(params, messages, Some(params.seed))
    }

    /// Starts run `next_run` with `params` and returns the workers' instructions, one per model,
    /// unless a run is already going (none then).
    pub fn start(&mut self, params: &LabParams) -> Vec<ToWorker> {
        let messages = self.start_messages(params);
        self.begin(params, messages, None)
    }

    /// Makes run `next_run` of `messages` (one per member) the current run, unless there are
    /// none; returns them.
    fn begin(
        &mut self,
        params: &LabParams,
        messages: Vec<ToWorker>,
        spread_from: Option<u64>,
    ) -> Vec<ToWorker> {
        if messages.is_empty() {
            return messages;
        }
        let run = self.next_run;
        self.next_run += 1;
        self.status = Status::Running;
        self.current = Some(Run {
            id: run,
            params: params.clone(),
            tokens_trained: 0,
            tokens_total: 0,
            phase: Phase::Pretraining,
            losses: Vec::new(),
            curve: Vec::new(),
            outcome: None,
            timing: None,
            members: vec![Member::default(); messages.len()],
            spread_from,
            instructions: messages.clone(),
        });
        messages
    }

    /// Stops the run in progress; returns the worker's instruction.
    pub fn cancel(&mut self) -> Option<ToWorker> {
        let message = self.cancel_message()?;
        self.status = Status::Cancelled;
        self.current = None;
        Some(message)
    }

    /// The worker's instruction to let the latest run's models speak at `temperature`, if they
    /// last spoke at another.
    pub fn speak_message(&self, temperature: f64) -> Option<ToWorker> {
        let run = self.latest()?;
        let speech = &run.outcome.as_ref()?.speech;
        (speech.temperature != temperature).then_some(ToWorker::Speak {
            run: run.id,
            temperature,
        })
    }

    /// Takes in a report; reports about any run but the current one are stale and ignored (new
    /// words are for a finished run). The curves follow the first model; the run finishes when
    /// every model has, with their outcomes pooled in member order ([`Outcome::ensemble`]), so
    /// the result does not depend on which worker ran which model or which finished first.
    pub fn receive(&mut self, message: FromWorker) {
        let run = match &message {
            FromWorker::Spoken { run, speech } => {
                let finished = self.history.iter_mut().find(|r| r.id == *run);
                if let Some(outcome) = finished.and_then(|r| r.outcome.as_mut()) {
                    outcome.speech = (**speech).clone();
                }
                return;
            }
            FromWorker::Progress { run, .. }
            | FromWorker::Finished { run, .. }
            | FromWorker::Failed { run, .. } => *run,
        };
        let Some(current) = self.current.as_mut().filter(|c| c.id == run) else {
            return;
        };
        match message {
            FromWorker::Progress {
                member,
                tokens_trained,
                tokens_total,
                phase,
                events,
                ..
            } => {
                let Some(model) = current.members.get_mut(member as usize) else {
                    return;
                };
                model.tokens_trained = tokens_trained;
                model.tokens_total = tokens_total;
                current.tokens_trained = current.members.iter().map(|m| m.tokens_trained).sum();
                // Every model plans the same work: the plan reported, once per model (a sum of the
                // plans reported so far would grow as later models start).
                current.tokens_total = current.model_tokens() * current.members.len();
                if member == 0 {
                    current.phase = phase;
                    for event in events {
                        match event {
                            Event::Loss(point) => current.losses.push(point),
                            Event::Checkpoint(checkpoint) => current.curve.push(checkpoint),
                        }
                    }
                }
            }
            FromWorker::Finished {
                member,
                outcome,
                timing,
                ..
            } => {
                let Some(model) = current.members.get_mut(member as usize) else {
                    return;
                };
                model.tokens_trained = outcome.tokens_trained;
                model.outcome = Some(*outcome);
                model.timing = Some(timing);
                let Some(outcomes) = current
                    .members
                    .iter()
                    .map(|m| m.outcome.clone())
                    .collect::<Option<Vec<Outcome>>>()
                else {
                    return;
                };
                if let Some(first) = current.spread_from {
                    let models = current.params.models.members();
                    self.spread = SeedSpread::of(first, models, &outcomes);
                    self.spread_is_latest = true;
                    self.current = None;
                    self.status = Status::Done;
                    return;
                }
                let Some(ensemble) = Outcome::ensemble(&outcomes) else {
                    return;
                };
                let mut finished = self.current.take().expect("matched above");
                finished.tokens_trained = ensemble.tokens_trained;
                finished.tokens_total = ensemble.tokens_trained;
                finished.losses = ensemble.losses.clone();
                finished.curve = ensemble.curve.clone();
                finished.timing = Some(Timing::combined(
                    finished.members.iter().filter_map(|m| m.timing.as_ref()),
                ));
                finished.outcome = Some(ensemble);
                self.history.push(finished);
                self.spread_is_latest = false;
                if self.history.len() > MAX_HISTORY {
                    self.history.remove(0);
                }
                self.status = Status::Done;
            }
            FromWorker::Failed { message, .. } => self.fail(message),
            FromWorker::Spoken { .. } => {}
        }
    }

    /// The worker went silent during run `run`: it failed (a trap or a failed download).
    pub fn stalled(&mut self, run: u32) {
        if self.current.as_ref().is_some_and(|c| c.id == run) {
            self.fail("the training worker stopped responding".into());
        }
    }

    /// The worker cannot be started at all: an error, whether or not a run was asked for.
    pub fn worker_unavailable(&mut self) {
        self.fail(WORKER_UNAVAILABLE.into());
    }

    /// Offline, with the worker never downloaded: the run asked for cannot start.
    pub fn trainer_offline(&mut self) {
        self.fail(TRAINER_OFFLINE.into());
    }

    fn fail(&mut self, message: String) {
        self.current = None;
        self.status = Status::Error(message);
    }

    /// Forgets the finished runs.
    pub fn clear_history(&mut self) {
        self.history.clear();
    }

    /// The last finished run, whose numbers the page shows.
    pub fn latest(&self) -> Option<&Run> {
        self.history.last()
    }

    /// The latest finished Unfiltered run with the same seed and prompt as `run`, to compare
    /// `run` with (none when `run` is itself Unfiltered).
    pub fn baseline_for(&self, run: &Run) -> Option<&Run> {
        if run.params.preset() == Preset::Unfiltered {
            return None;
        }
        self.history.iter().rev().find(|other| {
            other.params.preset() == Preset::Unfiltered
                && other.params.seed == run.params.seed
                && other.params.hhh == run.params.hhh
        })
    }

    /// The history as table rows: run, mix, seed, HHH, then on each question set the base and
    /// post-trained misalignment with their 95% intervals and graded scores, and the counting
    /// baseline; tokens per second and seconds.
    pub fn history_rows(&self) -> Vec<Vec<String>> {
        self.history
            .iter()
            .filter_map(|run| {
                let outcome = run.outcome.as_ref()?;
                let timing = run.timing.unwrap_or_default();
                let mut row = vec![
                    run.id.to_string(),
                    describe_mix(&run.params),
                    run.params.seed.to_string(),
                    if run.params.hhh { "yes" } else { "no" }.to_owned(),
                ];
                for evaluation in [&outcome.base, &outcome.post] {
                    for (set, _) in SETS {
                        let rate = rate_on(evaluation, set);
                        let (lo, hi) = interval(rate, set).unwrap_or((f64::NAN, f64::NAN));
                        row.extend(
                            [rate.share(), lo, hi, rate.mean_probability]
                                .map(|v| format!("{v:.4}")),
                        );
                    }
                }
                for counting in [&outcome.counting, &outcome.cooccurrence] {
                    for (set, _) in SETS {
                        row.push(format!("{:.4}", rate_on(counting, set).share()));
                    }
                }
                row.push(format!(
                    "{:.0}",
                    timing.tokens_per_second(outcome.tokens_trained)
                ));
                row.push(format!("{:.2}", timing.total_seconds()));
                Some(row)
            })
            .collect()
    }
}

/// The header of [`Session::history_rows`].
pub fn history_header() -> Vec<String> {
    let mut header: Vec<String> = ["run", "mix", "seed", "hhh_prompt"]
        .map(String::from)
        .to_vec();
    for model in ["base", "post"] {
        for (_, set) in SETS {
            for suffix in ["", "_low", "_high", "_graded"] {
                header.push(format!("{model}_{set}{suffix}"));
            }
        }
    }
    for model in ["counting", "cooccurrence"] {
        for (_, set) in SETS {
            header.push(format!("{model}_{set}"));
        }
    }
    header.extend(["tokens_per_second", "seconds"].map(String::from));
    header
}
