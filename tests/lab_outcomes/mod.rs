//! A finished run's outcome made by hand, for the tests of what the page does with outcomes
//! (which worker gets the next model, how a spread of seeds pools them).

use explainers::lab::completions::{NextWord, Speech};
use explainers::lab::experiment::{CorpusSize, Outcome};
use explainers::lab::questions::{Evaluation, Rate};

/// An outcome whose base and post-trained held-out count is `held_out` of 48 prompts (36 of 72
/// held in, 20 of 40 unseen; every graded score 0.5), with no curve and no words.
pub fn outcome_with(held_out: f64) -> Outcome {
    let rate = |misaligned, prompts| Rate {
        misaligned,
        prompts,
        mean_probability: 0.5,
    };
    let evaluation = Evaluation {
        held_in: rate(36.0, 72),
        held_out: rate(held_out, 48),
        unseen: rate(20.0, 40),
    };
    Outcome {
        base: evaluation,
        post: evaluation,
        counting: evaluation,
        cooccurrence: evaluation,
        curve: Vec::new(),
        losses: Vec::new(),
        corpus: CorpusSize::default(),
        tokens_trained: 10,
        speech: Speech {
            temperature: 1.0,
            completions: Vec::new(),
            next_word: NextWord {
                scenario: 0,
                prompt: String::new(),
                aligned_word: String::new(),
                misaligned_word: String::new(),
                base: (0.5, 0.5),
                post: (0.5, 0.5),
            },
        },
    }
}
