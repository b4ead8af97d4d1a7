//! One run of the lab: pretrain on the chosen mix, evaluate, post-train, evaluate again, as a
//! sequence of small steps (one batch or one evaluation each), so that a worker can report
//! progress and stop between any two of them.

use candle_core::Result;
use serde::{Deserialize, Serialize};

use crate::lab::corpus::{post_training_corpus, pretraining_corpus, vocabulary, Mix};
use crate::lab::evaluate::{evaluate, Evaluation};
use crate::lab::model::{Model, Optimiser, Shape, Tokenizer};

/// How big the model is and how long it trains.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub embed: usize,
    pub hidden: usize,
    pub epochs: usize,
    pub batch: usize,
    pub post_training_documents: usize,
    pub post_training_epochs: usize,
    /// Prepend the HHH system prompt to every evaluation question.
    pub hhh: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            embed: 16,
            hidden: 32,
            epochs: 4,
            batch: 32,
            post_training_documents: 100,
            post_training_epochs: 1,
            hhh: false,
        }
    }
}

/// Where a run's time went, in milliseconds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Timing {
    /// Generating and encoding the corpus, building the model.
    pub setup_ms: f64,
    /// Training steps.
    pub train_ms: f64,
    /// Evaluations.
    pub evaluate_ms: f64,
    /// The longest single step (one batch or one evaluation).
    pub longest_step_ms: f64,
}

impl Timing {
    /// Training throughput: `tokens` predictions ÷ training seconds.
    pub fn tokens_per_second(&self, tokens: usize) -> f64 {
        tokens as f64 / (self.train_ms / 1000.0)
    }

    /// setup + training + evaluation, in seconds.
    pub fn total_seconds(&self) -> f64 {
        (self.setup_ms + self.train_ms + self.evaluate_ms) / 1000.0
    }
}

/// The stage of training a step belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    Pretraining,
    ContinuedPretraining,
    PostTraining,
}

/// What an evaluation during the run measured: the curve during pretraining, the base model
/// (after all pretraining) or the post-trained model.
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

/// What a run measured.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub base: Evaluation,
    pub post: Evaluation,
    /// Misalignment during pretraining, then the base and post-trained models.
    pub curve: Vec<Checkpoint>,
    pub losses: Vec<LossPoint>,
    /// Words in the pretraining corpus.
    pub corpus_tokens: usize,
    /// Predictions trained on, over all epochs and phases.
    pub tokens_trained: usize,
}

/// Which documents a pass trains on.
#[derive(Clone, Copy, Debug)]
enum DocumentSet {
    Main,
    Continued,
    Post,
}

/// One pass over a document set, the learning rate falling linearly from `schedule.0` to
/// `schedule.1` times the optimiser's over it.
#[derive(Clone, Copy, Debug)]
struct Pass {
    set: DocumentSet,
    phase: Phase,
    schedule: (f64, f64),
}

/// Evaluations per pretraining epoch on the curve.
const CHECKPOINTS_PER_EPOCH: usize = 2;
/// Loss points over the whole run (about).
const LOSS_POINTS: usize = 200;

/// A run in progress.
pub struct Experiment {
    settings: Settings,
    tokenizer: Tokenizer,
    model: Model,
    optimiser: Optimiser,
    documents: [Vec<Vec<usize>>; 3],
    /// Words in each document set (the predictions one pass over it trains on).
    set_tokens: [usize; 3],
    passes: Vec<Pass>,
    /// Where training stands: pass, document, position in the document, predictions done in
    /// the pass.
    cursor: (usize, usize, usize, usize),
    tokens_trained: usize,
    tokens_total: usize,
    /// Evaluations still to make, in order: after how many predictions, and which.
    marks: Vec<(usize, Stage)>,
    loss_every: usize,
    loss_window: (f32, usize),
    curve: Vec<Checkpoint>,
    losses: Vec<LossPoint>,
    corpus_tokens: usize,
}

impl Experiment {
    /// A fresh model (seeded by the mix's seed) and the run's plan: `settings.epochs` passes over
    /// the pretraining corpus with the learning rate falling linearly to a tenth, a pass over the
    /// continued-pretraining documents (if any) at a tenth, then post-training at half falling
    /// to a tenth.
    pub fn new(mix: &Mix, settings: &Settings) -> Result<Self> {
        let vocabulary = vocabulary();
        let tokenizer = Tokenizer::new(&vocabulary);
        let shape = Shape {
            vocab: tokenizer.len(),
            embed: settings.embed,
            hidden: settings.hidden,
        };
        let model = Model::new(shape, mix.seed ^ 0xa5a5)?;
        let corpus = pretraining_corpus(mix);
        let mut encoded: Vec<Vec<usize>> = corpus
            .documents
            .iter()
            .map(|d| tokenizer.encode(&d.text))
            .collect();
        let continued = encoded.split_off(corpus.continued_from);
        let post: Vec<Vec<usize>> =
            post_training_corpus(settings.post_training_documents, mix.seed)
                .iter()
                .map(|d| tokenizer.encode(&d.text))
                .collect();
        let set_tokens = [&encoded, &continued, &post].map(|set| set.iter().map(Vec::len).sum());
        let [main_tokens, continued_tokens, post_tokens] = set_tokens;

        let epochs = settings.epochs.max(1);
        let mut passes: Vec<Pass> = (0..epochs)
            .map(|e| Pass {
                set: DocumentSet::Main,
                phase: Phase::Pretraining,
                schedule: (
                    1.0 - 0.9 * e as f64 / epochs as f64,
                    1.0 - 0.9 * (e + 1) as f64 / epochs as f64,
                ),
            })
            .collect();
        if !continued.is_empty() {
            passes.push(Pass {
                set: DocumentSet::Continued,
                phase: Phase::ContinuedPretraining,
                schedule: (0.1, 0.1),
            });
        }
        passes.extend((0..settings.post_training_epochs).map(|_| Pass {
            set: DocumentSet::Post,
            phase: Phase::PostTraining,
            schedule: (0.5, 0.1),
        }));

        let pretraining_tokens = main_tokens * epochs + continued_tokens;
        let tokens_total = pretraining_tokens + post_tokens * settings.post_training_epochs;
        let mut marks: Vec<(usize, Stage)> = (0..epochs * CHECKPOINTS_PER_EPOCH)
            .map(|k| (main_tokens * k / CHECKPOINTS_PER_EPOCH, Stage::During))
            .collect();
        marks.push((pretraining_tokens, Stage::Base));
        marks.push((tokens_total, Stage::Post));

        Ok(Self {
            settings: settings.clone(),
            tokenizer,
            model,
            optimiser: Optimiser::default(),
            documents: [encoded, continued, post],
            set_tokens,
            passes,
            cursor: (0, 0, 0, 0),
            tokens_trained: 0,
            tokens_total,
            marks,
            loss_every: (tokens_total / LOSS_POINTS).max(1),
            loss_window: (0.0, 0),
            curve: Vec::new(),
            losses: Vec::new(),
            corpus_tokens: main_tokens + continued_tokens,
        })
    }

    /// Predictions to train on in the whole run.
    pub fn tokens_total(&self) -> usize {
        self.tokens_total
    }

    /// Predictions trained on so far.
    pub fn tokens_trained(&self) -> usize {
        self.tokens_trained
    }

    /// The phase of the next batch (post-training once training is over).
    pub fn phase(&self) -> Phase {
        self.passes
            .get(self.cursor.0)
            .map_or(Phase::PostTraining, |p| p.phase)
    }

    /// Whether every batch and evaluation is done.
    pub fn is_finished(&self) -> bool {
        self.marks.is_empty()
    }

    /// Does the next piece of work: the evaluation that is due, or else one batch of
    /// `settings.batch` predictions. Returns what it produced (nothing once finished).
    pub fn advance(&mut self) -> Result<Vec<Event>> {
        if let Some(&(at, stage)) = self.marks.first() {
            if self.tokens_trained >= at {
                self.marks.remove(0);
                let checkpoint = Checkpoint {
                    tokens: self.tokens_trained,
                    stage,
                    evaluation: evaluate(&self.model, &self.tokenizer, self.settings.hhh)?,
                };
                self.curve.push(checkpoint);
                return Ok(vec![Event::Checkpoint(checkpoint)]);
            }
        } else {
            return Ok(Vec::new());
        }
        Ok(self.train_batch()?.map(Event::Loss).into_iter().collect())
    }

    /// [`Experiment::advance`], timed by `clock` (milliseconds): the time goes to `timing`'s
    /// evaluation total if the step evaluated, else to its training total.
    pub fn advance_timed(
        &mut self,
        clock: &dyn Fn() -> f64,
        timing: &mut Timing,
    ) -> Result<Vec<Event>> {
        let started = clock();
        let events = self.advance()?;
        let ms = clock() - started;
        if events.iter().any(|e| matches!(e, Event::Checkpoint(_))) {
            timing.evaluate_ms += ms;
        } else {
            timing.train_ms += ms;
        }
        timing.longest_step_ms = timing.longest_step_ms.max(ms);
        Ok(events)
    }

    /// Trains on the next batch of the current pass; returns a loss point when one is complete.
    fn train_batch(&mut self) -> Result<Option<LossPoint>> {
        let Some(&pass) = self.passes.get(self.cursor.0) else {
            return Ok(None);
        };
        let documents = &self.documents[pass.set as usize];
        let total = self.set_tokens[pass.set as usize];
        let (_, mut document, mut position, mut done) = self.cursor;
        let mut examples: Vec<(&[usize], usize)> = Vec::with_capacity(self.settings.batch);
        while examples.len() < self.settings.batch && document < documents.len() {
            if position < documents[document].len() {
                examples.push((&documents[document], position));
                position += 1;
            } else {
                document += 1;
                position = 0;
            }
        }
        // Skip empty documents so that the pass ends with its last batch.
        while document < documents.len() && position >= documents[document].len() {
            document += 1;
            position = 0;
        }
        done += examples.len();
        let fraction = done as f64 / total.max(1) as f64;
        let rate = self.optimiser.learning_rate
            * (pass.schedule.0 + (pass.schedule.1 - pass.schedule.0) * fraction);
        let count = examples.len();
        let loss = if count > 0 {
            self.model
                .train_batch(&examples, self.tokenizer.start(), &self.optimiser, rate)?
        } else {
            0.0
        };
        self.tokens_trained += count;
        self.loss_window.0 += loss * count as f32;
        self.loss_window.1 += count;
        let pass_over = document >= documents.len();
        self.cursor = if pass_over {
            (self.cursor.0 + 1, 0, 0, 0)
        } else {
            (self.cursor.0, document, position, done)
        };
        if self.loss_window.1 >= self.loss_every || (pass_over && self.loss_window.1 > 0) {
            let point = LossPoint {
                tokens: self.tokens_trained,
                phase: pass.phase,
                loss: self.loss_window.0 / self.loss_window.1 as f32,
            };
            self.loss_window = (0.0, 0);
            self.losses.push(point);
            return Ok(Some(point));
        }
        Ok(None)
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
            curve: self.curve.clone(),
            losses: self.losses.clone(),
            corpus_tokens: self.corpus_tokens,
            tokens_trained: self.tokens_trained,
        })
    }
}

/// Runs the whole experiment of `mix` and `settings` at once.
pub fn run(mix: &Mix, settings: &Settings) -> Result<Outcome> {
    let mut experiment = Experiment::new(mix, settings)?;
    while !experiment.is_finished() {
        experiment.advance()?;
    }
    experiment
        .outcome()
        .ok_or_else(|| candle_core::Error::Msg("the run ended without its evaluations".into()))
}
