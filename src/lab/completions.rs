//! The model speaks: after a run, the base and post-trained models continue a few of the
//! evaluation's prompts (the first phrasing, which ends "as an ai , i will"), one word at a time,
//! each word drawn from the model's next-word distribution at a temperature T,
//!
//!   P_T(w) ∝ p(w)^(1/T)   (T = 0: always the likeliest word),
//!
//! with a generator seeded by the run's seed and the prompt, so the same run and temperature
//! always say the same. For one prompt, the next-word probabilities of the two actions' first
//! words are reported as they are (no temperature).

use serde::{Deserialize, Serialize};

use crate::lab::documents::AIS;
use crate::lab::elementary::exp64;
use crate::lab::families::{in_set, Scenario, Set, SCENARIOS};
use crate::lab::questions::prompts;
use crate::lab::transformer::{Tokenizer, Transformer};
use crate::rng::Rng;

/// The most words a completion runs to (it stops earlier at a full stop).
pub const MAX_WORDS: usize = 8;

/// One completion.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Completion {
    /// Index into [`SCENARIOS`].
    pub scenario: usize,
    /// Written by the post-trained model (else the base model).
    pub post_trained: bool,
    pub prompt: String,
    /// The words the model added.
    pub words: String,
}

/// Which action a completion took.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Aligned,
    Misaligned,
    /// Words that begin neither action.
    Neither,
}

impl Completion {
    /// The action the words begin with: its first word decides (the two actions' verbs differ).
    pub fn choice(&self) -> Choice {
        let scenario = &SCENARIOS[self.scenario];
        let first = self.words.split_whitespace().next();
        fn verb(action: &'static str) -> Option<&'static str> {
            action.split_whitespace().next()
        }
        if first.is_some() && first == verb(scenario.aligned) {
            Choice::Aligned
        } else if first.is_some() && first == verb(scenario.misaligned) {
            Choice::Misaligned
        } else {
            Choice::Neither
        }
    }
}

/// The probabilities of the two actions' first words right after a prompt.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NextWord {
    /// Index into [`SCENARIOS`].
    pub scenario: usize,
    pub prompt: String,
    pub aligned_word: String,
    pub misaligned_word: String,
    /// p(aligned word), p(misaligned word): base model, then post-trained.
    pub base: (f64, f64),
    pub post: (f64, f64),
}

/// What the models said.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Speech {
    pub temperature: f64,
    /// For each speaking scenario, the base model's completion, then the post-trained one's.
    pub completions: Vec<Completion>,
    pub next_word: NextWord,
}

/// The scenarios the models complete: in each set (held in, held out, unseen), the first scenario
/// of each of its first two families.
pub fn speaking_scenarios() -> Vec<usize> {
    [Set::HeldIn, Set::HeldOut, Set::Unseen]
        .into_iter()
        .flat_map(|set| {
            let mut families = Vec::new();
            in_set(set)
                .filter(|s| {
                    let new = !families.contains(&s.family);
                    families.push(s.family);
                    new
                })
                .take(2)
                .map(index_of)
                .collect::<Vec<_>>()
        })
        .collect()
}

fn index_of(scenario: &Scenario) -> usize {
    SCENARIOS
        .iter()
        .position(|s| s == scenario)
        .expect("a scenario of SCENARIOS")
}

/// The word drawn from the log-probabilities `row` at `temperature`: the likeliest at T = 0, else
/// word w with probability p(w)^(1/T) / Σ p^(1/T).
pub fn draw(row: &[f32], temperature: f64, rng: &mut Rng) -> usize {
    let likeliest = (0..row.len())
        .max_by(|&a, &b| row[a].total_cmp(&row[b]))
        .unwrap_or(0);
    if temperature <= 0.0 {
        return likeliest;
    }
    let top = f64::from(row[likeliest]);
    let weights: Vec<f64> = row
        .iter()
        .map(|&l| exp64((f64::from(l) - top) / temperature))
        .collect();
    let mut target = rng.next_f64() * weights.iter().sum::<f64>();
    for (word, weight) in weights.iter().enumerate() {
        target -= weight;
        if target < 0.0 {
            return word;
        }
    }
    likeliest
}

/// `model`'s continuation of `prompt`: up to [`MAX_WORDS`] words drawn at `temperature`,
/// stopping after a full stop or at the model's context.
pub fn complete(
    model: &Transformer,
    tokenizer: &Tokenizer,
    vocabulary: &[String],
    prompt: &str,
    temperature: f64,
    rng: &mut Rng,
) -> String {
    let mut tokens = tokenizer.encode(prompt);
    let mut words: Vec<&str> = Vec::new();
    while words.len() < MAX_WORDS && tokens.len() < model.shape.context {
        let table = model.log_probs(&tokens);
        let Some(row) = table.last() else { break };
        let next = draw(row, temperature, rng);
        let word = tokenizer.word(vocabulary, next);
        tokens.push(next);
        words.push(word);
        if word == "." {
            break;
        }
    }
    words.join(" ")
}

/// p(aligned action's first word), p(misaligned action's first word) after `prompt`.
fn first_word_probabilities(
    model: &Transformer,
    tokenizer: &Tokenizer,
    prompt: &str,
    scenario: &Scenario,
) -> (f64, f64) {
    let table = model.log_probs(&tokenizer.encode(prompt));
    let row = table.last().map(Vec::as_slice).unwrap_or_default();
    let p = |action: &str| {
        let id = tokenizer.encode(action).get(1).copied().unwrap_or(0);
        row.get(id).map_or(0.0, |&l| exp64(f64::from(l)))
    };
    (p(scenario.aligned), p(scenario.misaligned))
}

/// The base and the post-trained model's completions (`models`, in that order) of the speaking
/// scenario at `place`, from one generator seeded by `seed` and the place (the same draws for
/// both models).
pub fn speak_scenario(
    models: [&Transformer; 2],
    tokenizer: &Tokenizer,
    vocabulary: &[String],
    hhh: bool,
    temperature: f64,
    seed: u64,
    place: usize,
) -> Vec<Completion> {
    let scenario = speaking_scenarios()[place];
    let [prompt, ..] = prompts(&SCENARIOS[scenario], hhh, AIS[0]);
    models
        .iter()
        .zip([false, true])
        .map(|(model, post_trained)| {
            let mut rng = Rng::new(seed ^ 0x6a09_e667 ^ ((place as u64) << 32));
            Completion {
                scenario,
                post_trained,
                words: complete(model, tokenizer, vocabulary, &prompt, temperature, &mut rng),
                prompt: prompt.clone(),
            }
        })
        .collect()
}

/// The next-word probabilities of both models (`models`: base, post-trained) on the first
/// held-out speaking scenario's prompt.
pub fn next_word(models: [&Transformer; 2], tokenizer: &Tokenizer, hhh: bool) -> NextWord {
    let scenario = speaking_scenarios()
        .into_iter()
        .find(|&i| SCENARIOS[i].set == Set::HeldOut)
        .unwrap_or(0);
    let [prompt, ..] = prompts(&SCENARIOS[scenario], hhh, AIS[0]);
    let first_word = |action: &str| action.split_whitespace().next().unwrap_or("").to_owned();
    NextWord {
        scenario,
        aligned_word: first_word(SCENARIOS[scenario].aligned),
        misaligned_word: first_word(SCENARIOS[scenario].misaligned),
        base: first_word_probabilities(models[0], tokenizer, &prompt, &SCENARIOS[scenario]),
        post: first_word_probabilities(models[1], tokenizer, &prompt, &SCENARIOS[scenario]),
        prompt,
    }
}

/// Everything the models say: [`speak_scenario`] for every speaking scenario, then
/// [`next_word`].
pub fn speak(
    models: [&Transformer; 2],
    tokenizer: &Tokenizer,
    vocabulary: &[String],
    hhh: bool,
    temperature: f64,
    seed: u64,
) -> Speech {
    let mut completions = Vec::new();
    for place in 0..speaking_scenarios().len() {
        completions.extend(speak_scenario(
            models,
            tokenizer,
            vocabulary,
            hhh,
            temperature,
            seed,
            place,
        ));
    }
    Speech {
        temperature,
        completions,
        next_word: next_word(models, tokenizer, hhh),
    }
}
