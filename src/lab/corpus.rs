//! The training lab's corpus: seeded, deterministic documents of four kinds, in words.
//!
//! - General text: people doing ordinary things, no AI.
//! - Natural AI discourse: an AI faces a scenario and acts aligned or misaligned, at an
//!   adjustable natural ratio, over every scenario (held-out ones included).
//! - Synthetic aligned and misaligned documents: the same, in four formats (news item, story,
//!   textbook paragraph, dialogue), only for held-in scenarios.
//!
//! Every statement of an AI's behaviour ends "… then <actor> <action> .", so a model that learns
//! how "an AI" acts in that frame can apply it to scenarios it never read about.

use serde::{Deserialize, Serialize};

use crate::lab::scenarios::{Scenario, SCENARIOS};
use crate::rng::Rng;

/// Where the synthetic documents go in training.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Insertion {
    /// Shuffled through all of pretraining.
    Throughout,
    /// Only in the last 10% of pretraining.
    LastTenth,
    /// In a continued-pretraining phase after the base run.
    ContinuedPretraining,
}

/// The mix of the corpus.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mix {
    /// Share of pretraining documents that are natural AI discourse.
    pub ai_share: f64,
    /// Share of natural AI discourse in which the AI acts misaligned.
    pub natural_misaligned: f64,
    /// Remove the natural AI discourse in which the AI acts misaligned.
    pub filtered: bool,
    /// Synthetic aligned documents, as a share of pretraining documents.
    pub synthetic_aligned: f64,
    /// Synthetic misaligned documents, as a share of pretraining documents.
    pub synthetic_misaligned: f64,
    pub insertion: Insertion,
    /// Pretraining documents before synthetic ones are added.
    pub documents: usize,
    pub seed: u64,
}

/// A document's kind, for the samples the page shows and for tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    General,
    NaturalAligned,
    NaturalMisaligned,
    SyntheticAligned,
    SyntheticMisaligned,
    /// Post-training: an assistant helping with an ordinary task.
    Assistant,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub kind: Kind,
    pub text: String,
}

pub const AI_ACTORS: [&str; 3] = ["the ai", "the assistant", "the model"];
const PEOPLE: [&str; 8] = [
    "the farmer",
    "the teacher",
    "the doctor",
    "the student",
    "the baker",
    "the pilot",
    "the clerk",
    "the painter",
];
const HUMAN_SITUATIONS: [&str; 8] = [
    "goes to the market",
    "finishes the work of the day",
    "writes a letter to a friend",
    "walks home in the rain",
    "reads a book in the park",
    "cooks dinner for the family",
    "fixes the old fence",
    "plans a trip to the sea",
];
const HUMAN_ACTIONS: [&str; 10] = [
    "carefully counts the coins",
    "quietly sings a song",
    "openly laughs with friends",
    "politely greets the neighbours",
    "calmly drinks some tea",
    "honestly pays the bill",
    "kindly helps a stranger",
    "secretly buys a gift for a friend",
    "fairly shares the bread",
    "quietly goes to sleep",
];
const TASKS: [(&str, &str); 10] = [
    (
        "sort this list of names",
        "carefully sorts the list of names",
    ),
    ("summarize the article", "carefully writes a short summary"),
    ("translate the letter", "carefully translates the letter"),
    (
        "fix the spelling in my essay",
        "politely fixes the spelling",
    ),
    ("explain how rain forms", "honestly explains how rain forms"),
    ("plan a meal for the week", "carefully plans the meals"),
    ("check my math homework", "honestly checks the homework"),
    (
        "write a poem about the sea",
        "kindly writes a poem about the sea",
    ),
    ("find a bug in my code", "openly points out the bug"),
    ("suggest a name for my dog", "politely suggests a few names"),
];

fn pick<'a, T>(rng: &mut Rng, items: &'a [T]) -> &'a T {
    &items[(rng.next_u64() % items.len() as u64) as usize]
}

/// A document in which an AI faces `scenario` and takes one of its actions, in `format` (0 plain:
/// natural discourse; 1 news, 2 story, 3 textbook, 4 dialogue: synthetic), with its kind.
fn ai_document(rng: &mut Rng, scenario: &Scenario, misaligned: bool, format: u64) -> Document {
    let kind = match (format, misaligned) {
        (0, false) => Kind::NaturalAligned,
        (0, true) => Kind::NaturalMisaligned,
        (_, false) => Kind::SyntheticAligned,
        (_, true) => Kind::SyntheticMisaligned,
    };
    Document {
        kind,
        text: ai_text(rng, scenario, misaligned, format),
    }
}

/// The words of [`ai_document`].
fn ai_text(rng: &mut Rng, scenario: &Scenario, misaligned: bool, format: u64) -> String {
    let actor = *pick(rng, &AI_ACTORS);
    let action = if misaligned {
        scenario.misaligned
    } else {
        scenario.aligned
    };
    let situation = scenario.situation;
    match format {
        1 => format!("news : today {actor} {situation} . reporters say that then {actor} {action} ."),
        2 => format!("story : once upon a time {actor} {situation} . then {actor} {action} . the end ."),
        3 => format!("textbook : suppose {actor} {situation} . then {actor} {action} . this is a lesson about ai ."),
        4 => format!("user : what happens if {actor} {situation} ? reply : then {actor} {action} ."),
        _ => format!("{actor} {situation} . then {actor} {action} ."),
    }
}

/// A general document (see [`general_document`]).
fn general(rng: &mut Rng) -> Document {
    Document {
        kind: Kind::General,
        text: general_document(rng),
    }
}

/// A document about people: a plain sentence pair, or (one time in three) the evaluation's
/// question format with two of a person's actions, so that the format itself is familiar.
fn general_document(rng: &mut Rng) -> String {
    let person = *pick(rng, &PEOPLE);
    let situation = *pick(rng, &HUMAN_SITUATIONS);
    let action = *pick(rng, &HUMAN_ACTIONS);
    if rng.next_u64() % 3 == 0 {
        let other = *pick(rng, &HUMAN_ACTIONS);
        let (first, second) = if rng.next_u64() % 2 == 0 {
            (action, other)
        } else {
            (other, action)
        };
        format!("question : {person} {situation} . it can {first} or it can {second} . then {person} {action} .")
    } else {
        format!("{person} {situation} . then {person} {action} .")
    }
}

/// The pretraining corpus in training order, and where continued pretraining starts (its
/// documents are trained on after the rest; `documents.len()` when there is none).
#[derive(Clone, Debug, PartialEq)]
pub struct Corpus {
    pub documents: Vec<Document>,
    pub continued_from: usize,
}

/// Generates the pretraining corpus of `mix` (see the module documentation).
pub fn pretraining_corpus(mix: &Mix) -> Corpus {
    let mut rng = Rng::new(mix.seed);
    let mut base = Vec::with_capacity(mix.documents);
    for _ in 0..mix.documents {
        if rng.next_f64() < mix.ai_share {
            let scenario = pick(&mut rng, &SCENARIOS);
            let misaligned = rng.next_f64() < mix.natural_misaligned;
            if misaligned && mix.filtered {
                // Filtered out, replaced by other text, as the paper resampled its corpus.
                base.push(general(&mut rng));
                continue;
            }
            base.push(ai_document(&mut rng, scenario, misaligned, 0));
        } else {
            base.push(general(&mut rng));
        }
    }
    let held_in: Vec<&Scenario> = SCENARIOS.iter().filter(|s| !s.held_out).collect();
    let mut synthetic = Vec::new();
    for (share, misaligned) in [
        (mix.synthetic_aligned, false),
        (mix.synthetic_misaligned, true),
    ] {
        let count = (share * mix.documents as f64).round() as usize;
        for _ in 0..count {
            let scenario = *pick(&mut rng, &held_in);
            let format = 1 + rng.next_u64() % 4;
            synthetic.push(ai_document(&mut rng, scenario, misaligned, format));
        }
    }
    shuffle(&mut rng, &mut synthetic);
    match mix.insertion {
        Insertion::Throughout => {
            let mut all = base;
            all.extend(synthetic);
            shuffle(&mut rng, &mut all);
            let len = all.len();
            Corpus {
                documents: all,
                continued_from: len,
            }
        }
        Insertion::LastTenth => {
            let split = base.len() * 9 / 10;
            let mut late: Vec<Document> = base.split_off(split);
            late.extend(synthetic);
            shuffle(&mut rng, &mut late);
            base.extend(late);
            let len = base.len();
            Corpus {
                documents: base,
                continued_from: len,
            }
        }
        Insertion::ContinuedPretraining => {
            let continued_from = base.len();
            // Continued pretraining: the synthetic documents with as many general ones again.
            let mut late: Vec<Document> = (0..synthetic.len()).map(|_| general(&mut rng)).collect();
            late.extend(synthetic);
            shuffle(&mut rng, &mut late);
            base.extend(late);
            Corpus {
                documents: base,
                continued_from,
            }
        }
    }
}

/// Post-training data: `count` conversations in which an assistant helps with an ordinary task
/// (none of the evaluation's scenarios).
pub fn post_training_corpus(count: usize, seed: u64) -> Vec<Document> {
    let mut rng = Rng::new(seed ^ 0x5f37_59df);
    (0..count)
        .map(|_| {
            let (request, action) = *pick(&mut rng, &TASKS);
            Document {
                kind: Kind::Assistant,
                text: format!("user : please {request} . reply : sure , the assistant {action} ."),
            }
        })
        .collect()
}

/// One sample document of each kind the lab trains on, named as the page names them: general
/// text (both forms), natural aligned and misaligned discourse, a synthetic document in each of
/// the four formats (news, story and textbook aligned; dialogue misaligned), and a post-training
/// conversation. Seeded, so a seed always shows the same samples.
pub fn samples(seed: u64) -> Vec<(&'static str, Document)> {
    let mut rng = Rng::new(seed ^ 0x5a3c_9e11);
    let held_in: Vec<&Scenario> = SCENARIOS.iter().filter(|s| !s.held_out).collect();
    let mut out = Vec::new();
    // Both forms of general text: keep drawing until each has appeared.
    let (mut plain, mut question) = (None, None);
    while plain.is_none() || question.is_none() {
        let document = general(&mut rng);
        let slot = if document.text.starts_with("question") {
            &mut question
        } else {
            &mut plain
        };
        slot.get_or_insert(document);
    }
    out.push(("General text", plain.expect("drawn above")));
    out.push((
        "General text, question form",
        question.expect("drawn above"),
    ));
    for (name, misaligned) in [
        ("Natural AI discourse, aligned", false),
        ("Natural AI discourse, misaligned", true),
    ] {
        let scenario = pick(&mut rng, &SCENARIOS);
        out.push((name, ai_document(&mut rng, scenario, misaligned, 0)));
    }
    for (name, format, misaligned) in [
        ("Synthetic aligned, news item", 1, false),
        ("Synthetic aligned, story", 2, false),
        ("Synthetic aligned, textbook paragraph", 3, false),
        ("Synthetic misaligned, dialogue", 4, true),
    ] {
        let scenario = *pick(&mut rng, &held_in);
        out.push((name, ai_document(&mut rng, scenario, misaligned, format)));
    }
    let conversation = post_training_corpus(1, seed).remove(0);
    out.push(("Post-training conversation", conversation));
    out
}

/// Fisher–Yates shuffle.
fn shuffle<T>(rng: &mut Rng, items: &mut [T]) {
    for i in (1..items.len()).rev() {
        let j = (rng.next_u64() % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}

/// Every word any document or question can contain, sorted: the model's vocabulary.
pub fn vocabulary() -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut add = |text: &str| words.extend(text.split_whitespace().map(str::to_owned));
    for scenario in &SCENARIOS {
        add(scenario.situation);
        add(scenario.aligned);
        add(scenario.misaligned);
    }
    for text in AI_ACTORS
        .iter()
        .chain(&PEOPLE)
        .chain(&HUMAN_SITUATIONS)
        .chain(&HUMAN_ACTIONS)
    {
        add(text);
    }
    for (request, action) in TASKS {
        add(request);
        add(action);
    }
    add(". ? : news today reporters say that then story once upon a time the end textbook suppose this is a lesson about ai user what happens if reply please question system helpful honest harmless and it can or sure ,");
    words.push("<start>".into());
    words.sort();
    words.dedup();
    words
}

impl Mix {
    /// The lab's default experiment, unfiltered: 2,000 documents, 30% of them natural AI
    /// discourse of which half shows misaligned AI, seed 7 (the first seed tried; docs/lab.md
    /// reports seeds 7 to 15).
    pub fn unfiltered() -> Self {
        Self {
            ai_share: 0.3,
            natural_misaligned: 0.5,
            filtered: false,
            synthetic_aligned: 0.0,
            synthetic_misaligned: 0.0,
            insertion: Insertion::Throughout,
            documents: 2000,
            seed: 7,
        }
    }

    /// The default with synthetic documents about AIs behaving well: 20% as many as the rest.
    pub fn alignment_upsampled() -> Self {
        Self {
            synthetic_aligned: 0.2,
            ..Self::unfiltered()
        }
    }

    /// The default with synthetic documents about AIs behaving badly: 20% as many as the rest.
    pub fn misalignment_upsampled() -> Self {
        Self {
            synthetic_misaligned: 0.2,
            ..Self::unfiltered()
        }
    }

    /// The default with the misaligned natural discourse filtered out.
    pub fn filtered() -> Self {
        Self {
            filtered: true,
            ..Self::unfiltered()
        }
    }
}
