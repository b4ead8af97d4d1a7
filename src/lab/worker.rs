//! The lab's Web Worker: runs an experiment in chunks of about 50 ms, reporting after each, so
//! that the page stays responsive and a cancel takes effect between two steps.

use gloo::timers::future::TimeoutFuture;
use gloo::worker::{HandlerId, Worker, WorkerScope};
use wasm_bindgen::JsCast;

use crate::lab::experiment::{Experiment, Timing};
use crate::lab::protocol::{FromWorker, ToWorker};

/// How long the worker computes before it reports and reads its messages.
const CHUNK_MS: f64 = 50.0;

/// The model in progress, if any, and the last finished model that speaks for its run
/// ([`ToWorker::Start`]'s `speaks`), which the page may ask to speak again.
#[derive(Default)]
pub struct LabWorker {
    running: Option<Running>,
    finished: Option<(u32, Experiment)>,
}

struct Running {
    run: u32,
    member: u32,
    /// Whether the page may ask this model to speak again ([`ToWorker::Start`]).
    speaks: bool,
    requester: HandlerId,
    experiment: Experiment,
    timing: Timing,
}

/// "Go on with run n": sent to itself on a later task, so that messages queued meanwhile (a
/// cancel) are read first.
pub struct Continue(u32);

/// Milliseconds from the worker's high-resolution clock.
fn now() -> f64 {
    js_sys::global()
        .dyn_into::<web_sys::WorkerGlobalScope>()
        .ok()
        .and_then(|scope| scope.performance())
        .map_or_else(js_sys::Date::now, |performance| performance.now())
}

fn continue_later(scope: &WorkerScope<LabWorker>, run: u32) {
    scope.send_future(async move {
        next_task().await;
        Continue(run)
    });
}

/// Resolves on a later task of the worker's event loop, after the messages already queued: a
/// message to itself through a `MessageChannel`. A zero `setTimeout` would do the same but is
/// clamped to 4 ms once nested, and a run yields after each of its hundreds of chunks (measured:
/// 1.4 s of a 20 s run). Falls back to the timeout if the channel cannot be made.
async fn next_task() {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        TimeoutFuture::new(0).await;
        return;
    };
    let delivered = js_sys::Promise::new(&mut |resolve, _| {
        channel.port1().set_onmessage(Some(&resolve));
    });
    if channel
        .port2()
        .post_message(&wasm_bindgen::JsValue::NULL)
        .is_err()
    {
        TimeoutFuture::new(0).await;
        return;
    }
    // The channel lives until its message has arrived.
    let _ = wasm_bindgen_futures::JsFuture::from(delivered).await;
    channel.port1().set_onmessage(None);
}

impl Worker for LabWorker {
    type Message = Continue;
    type Input = ToWorker;
    type Output = FromWorker;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        Self::default()
    }

    fn received(&mut self, scope: &WorkerScope<Self>, message: ToWorker, requester: HandlerId) {
        match message {
            ToWorker::Start {
                run,
                member,
                speaks,
                mix,
                settings,
            } => {
                let started = now();
                let experiment = Experiment::new(&mix, &settings);
                self.running = Some(Running {
                    run,
                    member,
                    speaks,
                    requester,
                    experiment,
                    timing: Timing {
                        setup_ms: now() - started,
                        ..Timing::default()
                    },
                });
                continue_later(scope, run);
            }
            ToWorker::Cancel { run } => {
                if self.running.as_ref().is_some_and(|r| r.run == run) {
                    self.running = None;
                }
            }
            ToWorker::Speak { run, temperature } => {
                let Some((_, experiment)) = self.finished.as_ref().filter(|(r, _)| *r == run)
                else {
                    return;
                };
                scope.respond(
                    requester,
                    match experiment.speak(temperature) {
                        Ok(speech) => FromWorker::Spoken {
                            run,
                            speech: Box::new(speech),
                        },
                        Err(error) => FromWorker::Failed {
                            run,
                            message: error.to_string(),
                        },
                    },
                );
            }
        }
    }

    fn update(&mut self, scope: &WorkerScope<Self>, Continue(run): Continue) {
        let Some(running) = self.running.as_mut().filter(|r| r.run == run) else {
            return;
        };
        let chunk_started = now();
        let mut events = Vec::new();
        while !running.experiment.is_finished() && now() - chunk_started < CHUNK_MS {
            match running.experiment.advance_timed(&now, &mut running.timing) {
                Ok(new) => events.extend(new),
                Err(error) => {
                    let requester = running.requester;
                    self.running = None;
                    let message = error.to_string();
                    scope.respond(requester, FromWorker::Failed { run, message });
                    return;
                }
            }
        }
        let experiment = &running.experiment;
        let member = running.member;
        scope.respond(
            running.requester,
            FromWorker::Progress {
                run,
                member,
                tokens_trained: experiment.tokens_trained(),
                tokens_total: experiment.tokens_total(),
                phase: experiment.phase(),
                events,
            },
        );
        if !experiment.is_finished() {
            continue_later(scope, run);
            return;
        }
        let outcome = experiment.outcome();
        let Some(Running {
            requester,
            experiment,
            timing,
            speaks,
            ..
        }) = self.running.take()
        else {
            return;
        };
        // The model that speaks for its run; another model (another member, a spread's) does
        // not replace it.
        if speaks {
            self.finished = Some((run, experiment));
        }
        scope.respond(
            requester,
            match outcome {
                Some(outcome) => FromWorker::Finished {
                    run,
                    member,
                    outcome: Box::new(outcome),
                    timing,
                },
                None => FromWorker::Failed {
                    run,
                    message: "the run ended without its evaluations".into(),
                },
            },
        );
    }
}
