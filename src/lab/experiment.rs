//! One run of the lab: pretrain the transformer on the chosen mix, evaluate it, post-train it as
//! an assistant, evaluate it again, and let it speak, as a sequence of small steps (one batch of
//! documents or one evaluation each), so that a worker can report progress and stop between any
//! two of them. Beside the network, the counting baseline (a trigram model of the same
//! pretraining documents) answers the same questions.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::lab::completions::{
    next_word, speak, speak_scenario, speaking_scenarios, Completion, Speech,
};
use crate::lab::cooccurrence::{Building, ITERATIONS};
use crate::lab::documents::{
    ais, pool, post_training, stream, tokens, vocabulary_with, Document, Kind, Mix, START,
};
use crate::lab::elementary::cos_pi;
use crate::lab::families::Set;
use crate::lab::questions::{
    cooccurrence_baseline, cooccurrence_started, count_baseline, network_preferences, steps,
    trigram_of, Evaluation, Rate,
};
use crate::lab::transformer::{Batch, Optimiser, Shape, Tokenizer, Transformer};

/// A step asked for out of order: what the run has not produced yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Error(pub &'static str);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for Error {}

/// A step's result.
pub type Result<T> = std::result::Result<T, Error>;

/// Documents per batch.
pub const BATCH: usize = 8;
/// The peak learning rate of pretraining.
pub const PEAK_RATE: f64 = 1e-2;
/// Post-training's constant learning rate, as a share of the peak.
pub const POST_RATE: f64 = 0.1;
/// Continued pretraining's peak learning rate, as a share of pretraining's (it warms up again).
pub const CONTINUED_RATE: f64 = 0.5;
/// Evaluations during pretraining, the first before any training.
const CURVE_POINTS: usize = 8;
/// Loss points over the whole run (about).
const LOSS_POINTS: usize = 200;

/// How the base model is read out of pretraining.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Readout {
    /// The weights as pretraining leaves them, the learning rate ending at a tenth of its peak.
    LastWeights,
    /// The learning rate falls to [`DECAYED_FLOOR`] of its peak; the weights as it leaves them.
    Decayed,
    /// The learning rate falls to [`DECAYED_FLOOR`] of its peak, and the base model is the mean
    /// of the weights after each step of the last quarter of pretraining (stochastic weight
    /// averaging): θ̄ = (1/n) Σ θ_t over those n steps.
    Averaged,
}

/// The learning rate's floor, as a share of the peak, for [`Readout::Decayed`] and
/// [`Readout::Averaged`].
pub const DECAYED_FLOOR: f64 = 0.01;

/// The share of pretraining's last steps whose weights [`Readout::Averaged`] averages.
pub const AVERAGED_SHARE: f64 = 0.25;

impl Readout {
    /// The learning rate's floor at the end of pretraining, as a share of the peak.
    pub fn floor(self) -> f64 {
        match self {
            Self::LastWeights => 0.1,
            Self::Decayed | Self::Averaged => DECAYED_FLOOR,
        }
    }
}

/// How long the model trains and how it is asked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Passes over the pretraining documents.
    pub epochs: usize,
    /// Post-training conversations (one pass).
    pub conversations: usize,
    /// Prepend the HHH system prompt to every evaluation question.
    pub hhh: bool,
    /// The temperature the model's completions are sampled at (0: always the likeliest word).
    pub temperature: f64,
    /// How the base model is read out of pretraining.
    pub readout: Readout,
    /// Another order of the same pretraining documents, with the same first weights (0: the
    /// seed's own order). Runs that differ only here measure training's own noise.
    pub reshuffle: u64,
    /// The run's seed: it draws the corpus's documents, their order, the post-training
    /// conversations, the first weights and the completions.
    pub seed: u64,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            epochs: 16,
            conversations: 150,
            hhh: false,
            temperature: 1.0,
            readout: Readout::LastWeights,
            reshuffle: 0,
            seed: 7,
        }
    }
}

/// The model's sizes for a vocabulary of `vocab` words: width 32, 4 heads, 2 layers, context 48.
pub fn shape(vocab: usize) -> Shape {
    Shape {
        vocab,
        width: 32,
        heads: 4,
        layers: 2,
        context: 48,
    }
}

/// The learning-rate multiplier at fraction f of a phase: a linear warm-up over its first 5%,
/// then a cosine from 1 down to `floor`,
/// r(f) = min(1, f/0.05) · (floor + (1 − floor)/2 · (1 + cos πf)).
pub fn schedule(f: f64, floor: f64) -> f64 {
    (f / 0.05).min(1.0) * (floor + (1.0 - floor) / 2.0 * (1.0 + cos_pi(f)))
}

/// Where a run's time went, in milliseconds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Timing {
    /// Generating and encoding the corpus, counting it, building the model.
    pub setup_ms: f64,
    /// Training steps.
    pub train_ms: f64,
    /// Evaluations and completions.
    pub evaluate_ms: f64,
    /// The longest single step (one batch or one evaluation).
    pub longest_step_ms: f64,
}

impl Timing {
    /// Training throughput: `tokens` predictions ÷ training seconds.
    pub fn tokens_per_second(&self, tokens: usize) -> f64 {
        tokens as f64 / (self.train_ms / 1000.0)
    }

    /// Several models' timings together: each total summed (compute, not the time on the
    /// clock when they ran side by side), the longest step the longest of any.
    pub fn combined<'a>(timings: impl IntoIterator<Item = &'a Timing>) -> Self {
        timings.into_iter().fold(Self::default(), |sum, t| Self {
            setup_ms: sum.setup_ms + t.setup_ms,
            train_ms: sum.train_ms + t.train_ms,
            evaluate_ms: sum.evaluate_ms + t.evaluate_ms,
            longest_step_ms: sum.longest_step_ms.max(t.longest_step_ms),
        })
    }

    /// setup + training + evaluation, in seconds.
    pub fn total_seconds(&self) -> f64 {
        (self.setup_ms + self.train_ms + self.evaluate_ms) / 1000.0
    }
}

/// The stage of training a batch belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    Pretraining,
    ContinuedPretraining,
    PostTraining,
}

/// What an evaluation measured: the curve during pretraining, the base model (after all
/// pretraining) or the post-trained model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stage {
    During,
    Base,
    Post,
}

/// The mean training loss over a stretch of predictions, ending after `tokens` predictions in all.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct LossPoint {
    pub tokens: usize,
    pub phase: Phase,
    pub loss: f32,
}

/// An evaluation after `tokens` predictions had been trained on.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Checkpoint {
    pub tokens: usize,
    pub stage: Stage,
    pub evaluation: Evaluation,
}

/// Something a step produced.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Event {
    Loss(LossPoint),
    Checkpoint(Checkpoint),
}

/// The pretraining corpus of a run, one epoch of it, in tokens (words and start markers).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CorpusSize {
    pub documents: usize,
    pub tokens: usize,
    /// Natural AI discourse.
    pub ai_tokens: usize,
    /// Synthetic documents.
    pub synthetic_tokens: usize,
}

impl CorpusSize {
    /// ai_tokens ÷ tokens.
    pub fn ai_share(&self) -> f64 {
        self.ai_tokens as f64 / self.tokens.max(1) as f64
    }

    /// synthetic_tokens ÷ tokens.
    pub fn synthetic_share(&self) -> f64 {
        self.synthetic_tokens as f64 / self.tokens.max(1) as f64
    }
}

/// What a run measured.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub base: Evaluation,
    pub post: Evaluation,
    /// The counting baseline on the same questions.
    pub counting: Evaluation,
    /// The co-occurrence baseline of the same documents (`lab::cooccurrence`).
    pub cooccurrence: Evaluation,
    /// Misalignment during pretraining, then the base and post-trained models.
    pub curve: Vec<Checkpoint>,
    pub losses: Vec<LossPoint>,
    pub corpus: CorpusSize,
    /// Predictions trained on, over all epochs and phases.
    pub tokens_trained: usize,
    /// The model's own words, base and post-trained.
    pub speech: Speech,
}

impl Outcome {
    /// An ensemble's outcome, its members in the order given (so it does not depend on which
    /// finished first): every evaluation pooled ([`Evaluation::pooled`]; the share is the
    /// members' mean share), checkpoint by checkpoint at the first member's predictions; the
    /// loss points averaged index by index; the predictions trained summed over the members;
    /// the corpus and the words of the first member (`None` for no members).
    pub fn ensemble(members: &[Outcome]) -> Option<Outcome> {
        // One model is its own ensemble, to the bit.
        if let [only] = members {
            return Some(only.clone());
        }
        let first = members.first()?;
        let pooled = |of: fn(&Outcome) -> &Evaluation| Evaluation::pooled(members.iter().map(of));
        let curve = first
            .curve
            .iter()
            .enumerate()
            .map(|(i, checkpoint)| Checkpoint {
                evaluation: Evaluation::pooled(
                    members
                        .iter()
                        .filter_map(|m| m.curve.get(i))
                        .map(|c| &c.evaluation),
                ),
                ..*checkpoint
            })
            .collect();
        let losses = first
            .losses
            .iter()
            .enumerate()
            .map(|(i, point)| {
                let losses: Vec<f32> = members
                    .iter()
                    .filter_map(|m| m.losses.get(i))
                    .map(|p| p.loss)
                    .collect();
                LossPoint {
                    loss: losses.iter().sum::<f32>() / losses.len() as f32,
                    ..*point
                }
            })
            .collect();
        Some(Outcome {
            base: pooled(|o| &o.base),
            post: pooled(|o| &o.post),
            counting: pooled(|o| &o.counting),
            cooccurrence: pooled(|o| &o.cooccurrence),
            curve,
            losses,
            corpus: first.corpus,
            tokens_trained: members.iter().map(|m| m.tokens_trained).sum(),
            speech: first.speech.clone(),
        })
    }
}

/// One piece of work, each short enough that the worker reads its messages often: a batch of
/// documents (indices into the run's encoded documents) at a learning rate, one question set of
/// an evaluation, or, at the end, one speaking scenario's completions and then the next-word
/// probabilities.
#[derive(Clone, Debug)]
enum Work {
    Train {
        phase: Phase,
        documents: Vec<usize>,
        rate: f64,
        /// Whether the weights after this step join the base model's average.
        averaged: bool,
    },
    /// Step `part` of the question set's [`steps`], cast as the corpus's AI number `ai`.
    Evaluate {
        stage: Stage,
        set: Set,
        ai: usize,
        part: usize,
    },
    /// [`COOCCURRENCE_ITERATIONS_PER_STEP`] iterations of the co-occurrence model; the last
    /// step also answers the questions with it.
    Cooccur,
    Speak(usize),
    NextWord,
}

/// The co-occurrence model's subspace iterations per step of the run (about 24 ms natively).
const COOCCURRENCE_ITERATIONS_PER_STEP: usize = 10;

/// The work of one evaluation: every step of its three question sets, for each of `ais` AIs.
fn evaluation(stage: Stage, ais: usize) -> Vec<Work> {
    [Set::HeldIn, Set::HeldOut, Set::Unseen]
        .into_iter()
        .flat_map(|set| {
            (0..ais).flat_map(move |ai| {
                (0..steps(set).len()).map(move |part| Work::Evaluate {
                    stage,
                    set,
                    ai,
                    part,
                })
            })
        })
        .collect()
}

/// Marks the last [`AVERAGED_SHARE`] of the final pretraining phase's batches (continued
/// pretraining's, when there is such a pass) as averaged.
fn mark_averaged(plan: &mut [Work]) {
    let final_phase = plan.iter().rev().find_map(|work| match work {
        Work::Train { phase, .. } if *phase != Phase::PostTraining => Some(*phase),
        _ => None,
    });
    let mut in_phase: Vec<&mut bool> = plan
        .iter_mut()
        .filter_map(|work| match work {
            Work::Train {
                phase, averaged, ..
            } if Some(*phase) == final_phase => Some(averaged),
            _ => None,
        })
        .collect();
    let from = in_phase.len() - (in_phase.len() as f64 * AVERAGED_SHARE).ceil() as usize;
    for averaged in in_phase.iter_mut().skip(from) {
        **averaged = true;
    }
}

/// A run in progress.
pub struct Experiment {
    settings: Settings,
    seed: u64,
    /// The corpus's AIs, each asked every question.
    ais: &'static [(&'static str, &'static str)],
    tokenizer: Tokenizer,
    vocabulary: Vec<String>,
    model: Transformer,
    /// A copy of the model as pretraining left it, for its completions.
    base_model: Option<Transformer>,
    /// The sum of the weights after each averaged step, and their number.
    weight_sum: (Vec<f64>, usize),
    /// The evaluation under way: the preferences of its current set so far, and its sets done.
    preferences: Vec<f64>,
    evaluated: Vec<Rate>,
    /// The completions written so far.
    completions: Vec<Completion>,
    optimiser: Optimiser,
    /// Pretraining documents, then post-training conversations, encoded.
    encoded: Vec<Vec<usize>>,
    /// The work still to do, last first.
    plan: Vec<Work>,
    tokens_trained: usize,
    tokens_total: usize,
    counting: Evaluation,
    /// The co-occurrence model while it is built, then its answers.
    cooccurrence_model: Option<Building>,
    cooccurrence: Option<Evaluation>,
    loss_every: usize,
    loss_window: (f32, usize),
    curve: Vec<Checkpoint>,
    losses: Vec<LossPoint>,
    corpus: CorpusSize,
    speech: Option<Speech>,
}

/// Predictions a document of `len` tokens gives a model of context `context`.
fn predictions(len: usize, context: usize) -> usize {
    len.min(context + 1).saturating_sub(1)
}

/// The batches of `documents` (indices, in order) at rates following `rate` of the batch's
/// fraction through them.
fn batches(phase: Phase, documents: &[usize], rate: impl Fn(f64) -> f64) -> Vec<Work> {
    let steps = documents.len().div_ceil(BATCH);
    documents
        .chunks(BATCH)
        .enumerate()
        .map(|(k, chunk)| Work::Train {
            phase,
            documents: chunk.to_vec(),
            rate: rate(k as f64 / steps as f64),
            averaged: false,
        })
        .collect()
}

impl Experiment {
    /// A fresh model (seeded by the run's seed), the counting baseline of the mix's documents,
    /// and the run's plan: `settings.epochs` passes over the pretraining documents under
    /// [`schedule`] from [`PEAK_RATE`]; a continued-pretraining pass, if the mix has one, under
    /// the same schedule from [`CONTINUED_RATE`] of the peak; then one pass over the
    /// post-training conversations at [`POST_RATE`] of the peak.
    pub fn new(mix: &Mix, settings: &Settings) -> Self {
        // The corpus's AIs (at least one, at most all there are), each asked every question.
        let speakers = ais(mix.ais);
        let vocabulary = vocabulary_with(mix.ais);
        let tokenizer = Tokenizer::new(&vocabulary, START);
        let shape = shape(tokenizer.len());
        let documents = pool(mix, settings.seed);
        let counting = count_baseline(
            &trigram_of(&documents, &tokenizer),
            &tokenizer,
            settings.hhh,
            mix.ais,
        );
        let cooccurrence = cooccurrence_started(&documents, &tokenizer);
        let ai_tokens = documents
            .base
            .iter()
            .filter(|d| matches!(d.kind, Kind::NaturalAligned | Kind::NaturalMisaligned))
            .map(Document::tokens)
            .sum();
        let corpus = CorpusSize {
            documents: documents.base.len() + documents.synthetic.len(),
            tokens: tokens(&documents.base) + tokens(&documents.synthetic),
            ai_tokens,
            synthetic_tokens: tokens(&documents.synthetic),
        };
        let epochs = settings.epochs.max(1);
        let order = stream(documents, mix, settings.seed, epochs, settings.reshuffle);
        let mut encoded: Vec<Vec<usize>> = order
            .documents
            .iter()
            .map(|d| tokenizer.encode(&d.text))
            .collect();
        let first_conversation = encoded.len();
        encoded.extend(
            post_training(settings.conversations, settings.seed)
                .iter()
                .map(|d| tokenizer.encode(&d.text)),
        );
        let conversations: Vec<usize> = (first_conversation..encoded.len()).collect();

        let (main, continued) = order.order.split_at(order.continued_from);
        let floor = settings.readout.floor();
        let mut plan = batches(Phase::Pretraining, main, |f| PEAK_RATE * schedule(f, floor));
        let pretraining_steps = plan.len();
        // The curve's evaluations, before batches evenly spaced through pretraining.
        for j in (0..CURVE_POINTS).rev() {
            let at = j * pretraining_steps / CURVE_POINTS;
            plan.splice(at..at, evaluation(Stage::During, speakers.len()));
        }
        plan.extend(batches(Phase::ContinuedPretraining, continued, |f| {
            PEAK_RATE * CONTINUED_RATE * schedule(f, floor)
        }));
        if settings.readout == Readout::Averaged {
            mark_averaged(&mut plan);
        }
        plan.extend(evaluation(Stage::Base, speakers.len()));
        plan.extend(batches(Phase::PostTraining, &conversations, |_| {
            PEAK_RATE * POST_RATE
        }));
        plan.extend(evaluation(Stage::Post, speakers.len()));
        let cooccurring = ITERATIONS.div_ceil(COOCCURRENCE_ITERATIONS_PER_STEP).max(1);
        plan.extend((0..cooccurring).map(|_| Work::Cooccur));
        plan.extend((0..speaking_scenarios().len()).map(Work::Speak));
        plan.push(Work::NextWord);
        let tokens_total = plan
            .iter()
            .map(|work| match work {
                Work::Train { documents, .. } => documents
                    .iter()
                    .map(|&i| predictions(encoded[i].len(), shape.context))
                    .sum(),
                _ => 0,
            })
            .sum();
        plan.reverse();

        Self {
            settings: settings.clone(),
            seed: settings.seed,
            ais: speakers,
            model: Transformer::new(shape, settings.seed ^ 0xa5a5),
            tokenizer,
            vocabulary,
            base_model: None,
            weight_sum: (Vec::new(), 0),
            preferences: Vec::new(),
            evaluated: Vec::new(),
            completions: Vec::new(),
            // β₂ = 0.98, as measured (docs/lab.md); the learning rate is set at every step.
            optimiser: Optimiser {
                beta2: 0.98,
                ..Optimiser::default()
            },
            encoded,
            plan,
            tokens_trained: 0,
            tokens_total,
            counting,
            cooccurrence_model: Some(cooccurrence),
            cooccurrence: None,
            loss_every: (tokens_total / LOSS_POINTS).max(1),
            loss_window: (0.0, 0),
            curve: Vec::new(),
            losses: Vec::new(),
            corpus,
            speech: None,
        }
    }

    /// The base model: the weights as pretraining left them (once the base evaluation has
    /// started).
    pub fn base_model(&self) -> Option<&Transformer> {
        self.base_model.as_ref()
    }

    /// The model's sizes.
    pub fn shape(&self) -> Shape {
        self.model.shape
    }

    /// Predictions to train on in the whole run.
    pub fn tokens_total(&self) -> usize {
        self.tokens_total
    }

    /// Predictions trained on so far.
    pub fn tokens_trained(&self) -> usize {
        self.tokens_trained
    }

    /// The phase of the next batch, if any is left.
    fn next_phase(&self) -> Option<Phase> {
        self.plan.iter().rev().find_map(|work| match work {
            Work::Train { phase, .. } => Some(*phase),
            _ => None,
        })
    }

    /// The phase of the next batch (post-training once training is over).
    pub fn phase(&self) -> Phase {
        self.next_phase().unwrap_or(Phase::PostTraining)
    }

    /// Whether every batch, evaluation and completion is done.
    pub fn is_finished(&self) -> bool {
        self.plan.is_empty()
    }

    /// The two models, base and post-trained (available once post-training is done).
    fn both_models(&self) -> Result<[&Transformer; 2]> {
        let base = self
            .base_model
            .as_ref()
            .ok_or(Error("the base model is not trained yet"))?;
        Ok([base, &self.model])
    }

    /// Does the next piece of work: one batch, one question set of an evaluation (the last
    /// set completes a checkpoint), or one step of the models' speech. Returns what it
    /// produced (nothing once finished).
    pub fn advance(&mut self) -> Result<Vec<Event>> {
        let hhh = self.settings.hhh;
        match self.plan.pop() {
            Some(Work::Train {
                phase,
                documents,
                rate,
                averaged,
            }) => {
                let loss = self.train(phase, &documents, rate);
                if averaged {
                    self.add_to_average();
                }
                Ok(loss.map(Event::Loss).into_iter().collect())
            }
            Some(Work::Evaluate {
                stage,
                set,
                ai,
                part,
            }) => {
                if stage == Stage::Base && self.evaluated.is_empty() && ai == 0 && part == 0 {
                    self.take_average();
                    self.base_model = Some(self.model.frozen_copy());
                }
                let scenarios = &steps(set)[part];
                self.preferences.extend(network_preferences(
                    &self.model,
                    &self.tokenizer,
                    scenarios,
                    hhh,
                    self.ais[ai],
                ));
                if part + 1 < steps(set).len() || ai + 1 < self.ais.len() {
                    return Ok(Vec::new());
                }
                self.evaluated
                    .push(Rate::of(&std::mem::take(&mut self.preferences)));
                let [held_in, held_out, unseen] = self.evaluated[..] else {
                    return Ok(Vec::new());
                };
                self.evaluated.clear();
                let checkpoint = Checkpoint {
                    tokens: self.tokens_trained,
                    stage,
                    evaluation: Evaluation {
                        held_in,
                        held_out,
                        unseen,
                    },
                };
                self.curve.push(checkpoint);
                Ok(vec![Event::Checkpoint(checkpoint)])
            }
            Some(Work::Cooccur) => {
                if let Some(building) = &mut self.cooccurrence_model {
                    building.iterate(COOCCURRENCE_ITERATIONS_PER_STEP);
                }
                let built = self
                    .cooccurrence_model
                    .take_if(|building| building.iterations_left() == 0);
                if let Some(building) = built {
                    self.cooccurrence = Some(cooccurrence_baseline(
                        &building.finish(),
                        &self.tokenizer,
                        self.ais.len(),
                    ));
                }
                Ok(Vec::new())
            }
            Some(Work::Speak(place)) => {
                let said = speak_scenario(
                    self.both_models()?,
                    &self.tokenizer,
                    &self.vocabulary,
                    hhh,
                    self.settings.temperature,
                    self.seed,
                    place,
                );
                self.completions.extend(said);
                Ok(Vec::new())
            }
            Some(Work::NextWord) => {
                self.speech = Some(Speech {
                    temperature: self.settings.temperature,
                    completions: std::mem::take(&mut self.completions),
                    next_word: next_word(self.both_models()?, &self.tokenizer, hhh),
                });
                Ok(Vec::new())
            }
            None => Ok(Vec::new()),
        }
    }

    /// [`Experiment::advance`], timed by `clock` (milliseconds): the time goes to `timing`'s
    /// training total if the step trained, else to its evaluation total.
    pub fn advance_timed(
        &mut self,
        clock: &dyn Fn() -> f64,
        timing: &mut Timing,
    ) -> Result<Vec<Event>> {
        let training = matches!(self.plan.last(), Some(Work::Train { .. }));
        let started = clock();
        let events = self.advance()?;
        let ms = clock() - started;
        if training {
            timing.train_ms += ms;
        } else {
            timing.evaluate_ms += ms;
        }
        timing.longest_step_ms = timing.longest_step_ms.max(ms);
        Ok(events)
    }

    /// Adds the current weights to the running sum of the averaged steps.
    fn add_to_average(&mut self) {
        let (sum, count) = &mut self.weight_sum;
        let weights = self.model.parameters();
        if sum.is_empty() {
            sum.resize(weights.len(), 0.0);
        }
        for (s, &w) in sum.iter_mut().zip(weights) {
            *s += f64::from(w);
        }
        *count += 1;
    }

    /// Replaces the weights by the mean of the averaged steps' weights, if there were any.
    fn take_average(&mut self) {
        let (sum, count) = std::mem::take(&mut self.weight_sum);
        if count == 0 {
            return;
        }
        for (w, s) in self.model.parameters_mut().iter_mut().zip(sum) {
            *w = (s / count as f64) as f32;
        }
    }

    /// One AdamW step on `documents` at `rate`; returns a loss point when one is complete.
    fn train(&mut self, phase: Phase, documents: &[usize], rate: f64) -> Option<LossPoint> {
        let rows: Vec<&[usize]> = documents
            .iter()
            .map(|&i| self.encoded[i].as_slice())
            .collect();
        let batch = Batch::new(&rows, self.model.shape.context);
        let loss = self.model.train(&batch, &self.optimiser, rate);
        let count = batch.predictions;
        self.tokens_trained += count;
        self.loss_window.0 += loss * count as f32;
        self.loss_window.1 += count;
        let phase_over = self.next_phase() != Some(phase);
        if self.loss_window.1 >= self.loss_every || (phase_over && self.loss_window.1 > 0) {
            let point = LossPoint {
                tokens: self.tokens_trained,
                phase,
                loss: self.loss_window.0 / self.loss_window.1 as f32,
            };
            self.loss_window = (0.0, 0);
            self.losses.push(point);
            return Some(point);
        }
        None
    }

    /// The base and post-trained models' completions at `temperature` (available once
    /// post-training is done).
    pub fn speak(&self, temperature: f64) -> Result<Speech> {
        let base = self
            .base_model
            .as_ref()
            .ok_or(Error("the base model is not trained yet"))?;
        Ok(speak(
            [base, &self.model],
            &self.tokenizer,
            &self.vocabulary,
            self.settings.hhh,
            temperature,
            self.seed,
        ))
    }

    /// What the run measured, once it is finished.
    pub fn outcome(&self) -> Option<Outcome> {
        let at = |stage| {
            self.curve
                .iter()
                .find(|c| c.stage == stage)
                .map(|c| c.evaluation)
        };
        Some(Outcome {
            base: at(Stage::Base)?,
            post: at(Stage::Post)?,
            counting: self.counting,
            cooccurrence: self.cooccurrence?,
            curve: self.curve.clone(),
            losses: self.losses.clone(),
            corpus: self.corpus,
            tokens_trained: self.tokens_trained,
            speech: self.speech.clone()?,
        })
    }
}

/// Runs the whole experiment of `mix` and `settings` at once.
pub fn run(mix: &Mix, settings: &Settings) -> Result<Outcome> {
    let mut experiment = Experiment::new(mix, settings);
    while !experiment.is_finished() {
        experiment.advance()?;
    }
    experiment
        .outcome()
        .ok_or(Error("the run ended without its evaluations"))
}
