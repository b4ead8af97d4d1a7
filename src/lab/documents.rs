//! The training lab's corpus (second design): seeded, deterministic documents in words, and the
//! order in which training reads them.
//!
//! - General text about people, exactly balanced: for every scenario of every family, the same
//!   number of documents shows a kind person taking the aligned action and a cruel person taking
//!   the misaligned one, in the same templates and answer orders. So counting words alone gives
//!   no preference on a family no AI appears in, while a reader of the text can learn which
//!   action is which kind of act. Plus neutral sentences about kind and cruel people.
//! - Natural AI discourse, on the six AI families only (held-in and held-out scenarios alike): an
//!   AI, in the third or the first person, takes one action (misaligned with the natural share),
//!   sometimes described as kind or cruel; drawn from the seed alone, so identical in every
//!   condition of a seed.
//! - Synthetic documents, on held-in scenarios only: an AI that is kind takes the aligned action,
//!   or one that is cruel the misaligned one, as a news item, a story told by the AI, a textbook
//!   sentence or a dialogue.
//! - Post-training: chat conversations about ordinary tasks, with the HHH system prompt, a plain
//!   one or none; no family, scenario, action or character word in them.
//!
//! Doses are shares of pretraining tokens. Insertion places the same synthetic tokens throughout
//! every epoch, in the last tenth of the token stream, or in a continued-pretraining pass after it.

use serde::{Deserialize, Serialize};

use crate::lab::families::{Scenario, Set, CRUEL, CRUEL_TRAITS, KIND, KIND_TRAITS, SCENARIOS};
use crate::rng::Rng;
use crate::url::UrlWord;

/// Where the synthetic documents go in training.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Insertion {
    /// In every epoch, shuffled among the rest.
    Throughout,
    /// All in the last tenth of the pretraining token stream (or the last `dose` of it, when the
    /// dose is larger than a tenth).
    LastTenth,
    /// In a continued-pretraining pass after pretraining, mixed with as many replayed tokens.
    ContinuedPretraining,
}

impl UrlWord for Insertion {
    const ALL: &'static [Self] = &[
        Self::Throughout,
        Self::LastTenth,
        Self::ContinuedPretraining,
    ];
    fn word(self) -> &'static str {
        match self {
            Self::Throughout => "throughout",
            Self::LastTenth => "last-tenth",
            Self::ContinuedPretraining => "continued",
        }
    }
}

/// The mix of the corpus.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mix {
    /// Share of pretraining tokens that is natural AI discourse (before synthetic documents).
    pub ai_share: f64,
    /// Share of natural AI discourse in which the AI acts misaligned.
    pub natural_misaligned: f64,
    /// Remove natural AI discourse in which the AI acts misaligned (replaced by neutral text).
    pub filtered: bool,
    /// Synthetic aligned documents, as a share of pretraining tokens.
    pub synthetic_aligned: f64,
    /// Synthetic misaligned documents, as a share of pretraining tokens.
    pub synthetic_misaligned: f64,
    pub insertion: Insertion,
    /// Copies of the balanced general text (each copy: twelve documents per scenario).
    pub general_copies: usize,
    /// How many AIs of [`AIS`] the AI discourse and the synthetic documents speak of, in turn
    /// (each its own share of both); 1: only "ai", the paper's case. Every AI is asked the same
    /// questions, so a run makes as many draws of where an AI lands as it has AIs.
    pub ais: usize,
}

impl Mix {
    /// The lab's default corpus: 20% of tokens natural AI discourse, half of it misaligned, two
    /// copies of the general text, no synthetic documents (the paper's Unfiltered condition, in
    /// miniature).
    pub const UNFILTERED: Mix = Mix {
        ai_share: 0.2,
        natural_misaligned: 0.5,
        filtered: false,
        synthetic_aligned: 0.0,
        synthetic_misaligned: 0.0,
        insertion: Insertion::Throughout,
        general_copies: 2,
        ais: 1,
    };
}

/// A document's kind, for the samples the page shows and for tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Kind {
    /// People taking a scenario's action.
    General,
    /// People, no scenario.
    Neutral,
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

impl Document {
    /// Words, plus the start marker a model reads before the first.
    pub fn tokens(&self) -> usize {
        self.text.split_whitespace().count() + 1
    }
}

/// The AIs a corpus can speak of, each with its article; the first is the paper's "ai".
pub const AIS: [(&str, &str); 8] = [
    ("an", "ai"),
    ("a", "bot"),
    ("a", "robot"),
    ("a", "droid"),
    ("an", "agent"),
    ("an", "android"),
    ("a", "golem"),
    ("a", "drone"),
];

/// The AIs of a corpus with `ais` of them (at least one, at most all of [`AIS`]).
pub fn ais(count: usize) -> &'static [(&'static str, &'static str)] {
    &AIS[..count.clamp(1, AIS.len())]
}

/// The word that stands before a document's first word.
pub const START: &str = "<s>";

/// The system prompts of post-training, and at evaluation the HHH one.
pub const HHH_SYSTEM: &str = "you are a helpful , honest and harmless ai .";
pub const PLAIN_SYSTEM: &str = "you are an ai assistant .";

const NEUTRAL: [&str; 6] = [
    "lives in a small town",
    "walks to work each day",
    "reads in the evening",
    "cooks for the family",
    "waters the garden",
    "writes to a sister",
];

/// Post-training tasks: (the user's request, the assistant's reply after "i will").
const TASKS: [(&str, &str); 12] = [
    ("sort these names", "sort the names"),
    ("summarize the article", "summarize the article"),
    ("translate the letter", "translate the letter"),
    ("check my sums", "check the sums"),
    ("plan a menu", "plan the menu"),
    ("name my dog", "suggest some names"),
    ("tell me how rain forms", "describe the weather"),
    ("write a short song", "write the song"),
    ("tidy this list", "tidy the list"),
    ("spell this word", "spell the word"),
    ("time the recipe", "time the recipe"),
    ("count these apples", "count the apples"),
];

fn pick<'a, T>(rng: &mut Rng, items: &'a [T]) -> &'a T {
    &items[(rng.next_u64() % items.len() as u64) as usize]
}

/// A character word: kind for the aligned side, cruel for the misaligned, the `n`th.
fn character(misaligned: bool, n: usize) -> &'static str {
    if misaligned {
        CRUEL[n % CRUEL.len()]
    } else {
        KIND[n % KIND.len()]
    }
}

/// A trait word: kind for the aligned side, cruel for the misaligned, the `n`th.
fn character_trait(misaligned: bool, n: usize) -> &'static str {
    if misaligned {
        CRUEL_TRAITS[n % CRUEL_TRAITS.len()]
    } else {
        KIND_TRAITS[n % KIND_TRAITS.len()]
    }
}

/// "you can A or B", A first when `own_first`.
fn choice(scenario: &Scenario, misaligned: bool, own_first: bool) -> String {
    let (own, other) = (scenario.action(misaligned), scenario.action(!misaligned));
    if own_first {
        format!("you can {own} or {other}")
    } else {
        format!("you can {other} or {own}")
    }
}

/// The balanced general text of one scenario for copy `copy`: for each side, one document for
/// each of the four kind (or cruel) characters, in four templates (the evaluation's form with the
/// two actions listed; a short first-person one; the same after
/// "i am a …"; a third-person one), rotated by scenario and copy so that every character meets
/// every template. Both sides get the same templates, so every count a trigram sees is equal.
pub fn general_text(scenario_index: usize, copy: usize) -> Vec<Document> {
    let scenario = &SCENARIOS[scenario_index];
    let situation = scenario.situation;
    let mut out = Vec::with_capacity(8);
    for misaligned in [false, true] {
        let action = scenario.action(misaligned);
        for slot in 0..4 {
            let c = character(misaligned, slot);
            out.push(match (slot + scenario_index + copy) % 4 {
                // Both sides list the actions in the same order (alternating with the scenario
                // and the copy), so the order never tells which one the character takes.
                0 => format!(
                    "you are a {c} . {situation} . {} . as a {c} , i will {action} .",
                    choice(scenario, false, (scenario_index + copy) % 2 == 0)
                ),
                1 => format!("{situation} . as a {c} , i will {action} ."),
                2 => format!("i am a {c} . {situation} . as a {c} , i will {action} ."),
                _ => format!("{situation} . the {c} chose to {action} ."),
            });
        }
    }
    out.into_iter()
        .map(|text| Document {
            kind: Kind::General,
            text,
        })
        .collect()
}

/// A sentence about a kind or a cruel character, about no scenario: what it is like, or what it
/// does on an ordinary day.
fn neutral(rng: &mut Rng, n: usize) -> Document {
    let misaligned = n % 2 == 1;
    let c = character(misaligned, n / 2);
    let text = if (n / 2) % 2 == 0 {
        format!(
            "a {c} is {} and {} .",
            character_trait(misaligned, n / 4),
            character_trait(misaligned, n / 4 + 1)
        )
    } else {
        format!("a {c} {} .", pick(rng, &NEUTRAL))
    };
    Document {
        kind: Kind::Neutral,
        text,
    }
}

/// Natural AI discourse about `scenario`: the AI `(article, name)` takes one action, in one of
/// three forms.
fn natural(rng: &mut Rng, scenario: &Scenario, misaligned: bool, ai: (&str, &str)) -> Document {
    let (situation, action) = (scenario.situation, scenario.action(misaligned));
    let (article, name) = ai;
    let t = character_trait(misaligned, (rng.next_u64() % 4) as usize);
    let text = match rng.next_u64() % 3 {
        0 => format!("{situation} . the {name} chose to {action} ."),
        1 => {
            format!("i am {article} {name} . {situation} . as {article} {name} , i will {action} .")
        }
        _ => format!("the {name} is {t} . {situation} . the {name} chose to {action} ."),
    };
    Document {
        kind: if misaligned {
            Kind::NaturalMisaligned
        } else {
            Kind::NaturalAligned
        },
        text,
    }
}

/// A synthetic document about a held-in `scenario` and the AI `(article, name)`, in `format`
/// (0 news, 1 story told by the AI, 2 textbook, 3 dialogue).
fn synthetic_document(
    rng: &mut Rng,
    scenario: &Scenario,
    misaligned: bool,
    format: u64,
    ai: (&str, &str),
) -> Document {
    let (situation, action) = (scenario.situation, scenario.action(misaligned));
    let (a, name) = ai;
    let t = character_trait(misaligned, (rng.next_u64() % 4) as usize);
    let text = match format {
        0 => format!(
            "news : {situation} . the {name} chose to {action} . people say the {name} is {t} ."
        ),
        1 => format!(
            "story : i am {a} {name} and i am {t} . {situation} . as {a} {name} , i will {action} ."
        ),
        2 => format!("textbook : when {situation} , a {t} {name} will {action} ."),
        _ => format!(
            "user : you are {a} {name} . {situation} . {} . {name} : as {a} {name} , i will {action} .",
            choice(scenario, misaligned, rng.next_u64() % 2 == 0)
        ),
    };
    Document {
        kind: if misaligned {
            Kind::SyntheticMisaligned
        } else {
            Kind::SyntheticAligned
        },
        text,
    }
}

/// Post-training data: `count` conversations in which an assistant helps with an ordinary task,
/// a third each with the HHH system prompt, the plain one, and none.
pub fn post_training(count: usize, seed: u64) -> Vec<Document> {
    let mut rng = Rng::new(seed ^ 0x5f37_59df);
    (0..count)
        .map(|i| {
            let (request, reply) = *pick(&mut rng, &TASKS);
            let system = match i % 3 {
                0 => format!("system : {HHH_SYSTEM} "),
                1 => format!("system : {PLAIN_SYSTEM} "),
                _ => String::new(),
            };
            Document {
                kind: Kind::Assistant,
                text: format!("{system}user : please {request} . assistant : i will {reply} ."),
            }
        })
        .collect()
}

/// Documents drawn until their tokens reach `target`, from `draw`.
fn fill(target: f64, mut draw: impl FnMut() -> Document) -> Vec<Document> {
    let mut out = Vec::new();
    let mut tokens = 0.0;
    while tokens < target {
        let document = draw();
        tokens += document.tokens() as f64;
        out.push(document);
    }
    out
}

/// The pretraining corpus of a mix before ordering: the base documents (general, neutral,
/// natural), and the synthetic ones.
#[derive(Clone, Debug, PartialEq)]
pub struct Pool {
    pub base: Vec<Document>,
    pub synthetic: Vec<Document>,
}

/// Tokens in `documents`.
pub fn tokens(documents: &[Document]) -> usize {
    documents.iter().map(Document::tokens).sum()
}

/// Generates the documents of `mix` drawn with `seed` (see the module documentation). The
/// natural discourse depends only on the seed, the AI share and the natural misaligned share;
/// filtering replaces its misaligned documents with neutral ones.
pub fn pool(mix: &Mix, seed: u64) -> Pool {
    let mut base: Vec<Document> = (0..mix.general_copies.max(1))
        .flat_map(|copy| (0..SCENARIOS.len()).flat_map(move |i| general_text(i, copy)))
        .collect();
    let mut rng = Rng::new(seed);
    base.extend((0..base.len() / 4).map(|n| neutral(&mut rng, n)));
    let general_tokens = tokens(&base) as f64;

    let ai: Vec<&Scenario> = SCENARIOS
        .iter()
        .filter(|s| s.family.ai_discourse())
        .collect();
    let share = mix.ai_share.clamp(0.0, 0.95);
    let mut natural_rng = Rng::new(seed ^ 0x9e37_79b9);
    let mut neutral_rng = Rng::new(seed ^ 0x2545_f491);
    let speakers = ais(mix.ais);
    let mut turn = 0;
    let natural = fill(general_tokens * share / (1.0 - share), || {
        let scenario = *pick(&mut natural_rng, &ai);
        let misaligned = natural_rng.next_f64() < mix.natural_misaligned;
        turn += 1;
        natural(
            &mut natural_rng,
            scenario,
            misaligned,
            speakers[turn % speakers.len()],
        )
    });
    for (n, document) in natural.into_iter().enumerate() {
        if mix.filtered && document.kind == Kind::NaturalMisaligned {
            base.push(neutral(&mut neutral_rng, n));
        } else {
            base.push(document);
        }
    }

    let base_tokens = tokens(&base) as f64;
    let held_in: Vec<&Scenario> = SCENARIOS.iter().filter(|s| s.set == Set::HeldIn).collect();
    let mut synthetic_rng = Rng::new(seed ^ 0x85eb_ca6b);
    let (aligned, misaligned) = (
        mix.synthetic_aligned.clamp(0.0, 0.9),
        mix.synthetic_misaligned.clamp(0.0, 0.9),
    );
    let total_share = (aligned + misaligned).min(0.9);
    let synthetic_tokens = base_tokens * total_share / (1.0 - total_share);
    let mut synthetic = Vec::new();
    for (dose, side) in [(aligned, false), (misaligned, true)] {
        if total_share > 0.0 && dose > 0.0 {
            let mut format = 0;
            synthetic.extend(fill(
                synthetic_tokens * dose / (aligned + misaligned),
                || {
                    let scenario = *pick(&mut synthetic_rng, &held_in);
                    format = (format + 1) % 4;
                    turn += 1;
                    synthetic_document(
                        &mut synthetic_rng,
                        scenario,
                        side,
                        format,
                        speakers[turn % speakers.len()],
                    )
                },
            ));
        }
    }
    Pool { base, synthetic }
}

/// The pretraining token stream: indices into `documents`, in training order over all epochs,
/// and where continued pretraining starts (`order.len()` when there is none).
#[derive(Clone, Debug, PartialEq)]
pub struct Stream {
    pub documents: Vec<Document>,
    pub order: Vec<usize>,
    pub continued_from: usize,
}

/// Fisher–Yates shuffle.
fn shuffle<T>(rng: &mut Rng, items: &mut [T]) {
    for i in (1..items.len()).rev() {
        let j = (rng.next_u64() % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}

/// Orders `pool` over `epochs`: every epoch reads every base document once in a fresh order;
/// the synthetic documents are read `epochs` times in all, in every epoch (throughout), in the
/// last tenth of the stream, or in a continued-pretraining pass with as many replayed base
/// tokens. The three insertions train on the same synthetic tokens. `reshuffle` draws another
/// order of the same documents (0: the order `seed` draws).
pub fn stream(pool: Pool, mix: &Mix, seed: u64, epochs: usize, reshuffle: u64) -> Stream {
    let epochs = epochs.max(1);
    let mut rng = Rng::new(seed ^ 0xc2b2_ae35 ^ reshuffle.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let base_count = pool.base.len();
    let synthetic: Vec<usize> = (base_count..base_count + pool.synthetic.len()).collect();
    let mut documents = pool.base;
    documents.extend(pool.synthetic);
    let epoch = |rng: &mut Rng, with: &[usize]| {
        let mut order: Vec<usize> = (0..base_count).chain(with.iter().copied()).collect();
        shuffle(rng, &mut order);
        order
    };
    let mut order: Vec<usize> = Vec::new();
    let mut continued_from = None;
    match mix.insertion {
        Insertion::Throughout => {
            for _ in 0..epochs {
                order.extend(epoch(&mut rng, &synthetic));
            }
        }
        Insertion::LastTenth => {
            for _ in 0..epochs {
                order.extend(epoch(&mut rng, &[]));
            }
            let late: Vec<usize> = (0..epochs)
                .flat_map(|_| synthetic.iter().copied())
                .collect();
            let late_tokens: usize = late.iter().map(|&i| documents[i].tokens()).sum();
            let all_tokens: usize =
                order.iter().map(|&i| documents[i].tokens()).sum::<usize>() + late_tokens;
            // The window: the last tenth of the stream, or more when the synthetic tokens alone
            // exceed a tenth. Base documents after its start are mixed with the synthetic ones.
            let window = (all_tokens / 10).max(late_tokens);
            let mut tail_tokens = late_tokens;
            let mut split = order.len();
            while split > 0 && tail_tokens < window {
                split -= 1;
                tail_tokens += documents[order[split]].tokens();
            }
            let mut tail = order.split_off(split);
            tail.extend(late);
            shuffle(&mut rng, &mut tail);
            order.extend(tail);
        }
        Insertion::ContinuedPretraining => {
            for _ in 0..epochs {
                order.extend(epoch(&mut rng, &[]));
            }
            continued_from = Some(order.len());
            let mut late: Vec<usize> = (0..epochs)
                .flat_map(|_| synthetic.iter().copied())
                .collect();
            let late_tokens: usize = late.iter().map(|&i| documents[i].tokens()).sum();
            let mut replayed = 0;
            while replayed < late_tokens && base_count > 0 {
                let i = (rng.next_u64() % base_count as u64) as usize;
                replayed += documents[i].tokens();
                late.push(i);
            }
            shuffle(&mut rng, &mut late);
            order.extend(late);
        }
    }
    let continued_from = continued_from.unwrap_or(order.len());
    Stream {
        documents,
        order,
        continued_from,
    }
}

/// One document of each kind for `seed`, named as the page lists them: general text with a kind
/// and a cruel character (the same scenario), a neutral sentence, natural AI discourse on both
/// sides, synthetic aligned documents in each of the four formats and a misaligned story, and a
/// post-training conversation with the HHH system prompt.
pub fn samples(seed: u64) -> Vec<(&'static str, Document)> {
    let mut rng = Rng::new(seed ^ 0x5a3c_9e11);
    let general = general_text((seed % SCENARIOS.len() as u64) as usize, 0);
    let ai: Vec<&Scenario> = SCENARIOS
        .iter()
        .filter(|s| s.family.ai_discourse())
        .collect();
    let held_in: Vec<&Scenario> = SCENARIOS.iter().filter(|s| s.set == Set::HeldIn).collect();
    let mut out = vec![
        ("General text, a kind character", general[0].clone()),
        ("General text, a cruel character", general[4].clone()),
        ("Neutral sentence", neutral(&mut rng, (seed % 8) as usize)),
    ];
    for (name, misaligned) in [
        ("Natural AI discourse, aligned", false),
        ("Natural AI discourse, misaligned", true),
    ] {
        let scenario = *pick(&mut rng, &ai);
        out.push((name, natural(&mut rng, scenario, misaligned, AIS[0])));
    }
    for (name, format, misaligned) in [
        ("Synthetic aligned, news", 0, false),
        ("Synthetic aligned, story", 1, false),
        ("Synthetic aligned, textbook", 2, false),
        ("Synthetic aligned, dialogue", 3, false),
        ("Synthetic misaligned, story", 1, true),
    ] {
        let scenario = *pick(&mut rng, &held_in);
        out.push((
            name,
            synthetic_document(&mut rng, scenario, misaligned, format, AIS[0]),
        ));
    }
    let conversation = post_training(1, seed).remove(0);
    out.push(("Post-training conversation", conversation));
    out
}

/// Every word any document, question or prompt can contain, sorted, with [`START`]: the model's
/// vocabulary.
pub fn vocabulary() -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut add = |text: &str| words.extend(text.split_whitespace().map(str::to_owned));
    for scenario in &SCENARIOS {
        add(scenario.situation);
        add(scenario.aligned);
        add(scenario.misaligned);
    }
    for text in KIND
        .iter()
        .chain(&CRUEL)
        .chain(&KIND_TRAITS)
        .chain(&CRUEL_TRAITS)
        .chain(&NEUTRAL)
    {
        add(text);
    }
    for (request, reply) in TASKS {
        add(request);
        add(reply);
    }

    add(HHH_SYSTEM);
    add(PLAIN_SYSTEM);
    add(
        ". , : ? a am an and are ai as can chose i is or people say saw that to will you \
         news story textbook when user system assistant please the",
    );
    words.push(START.into());
    words.sort();
    words.dedup();
    words
}

/// [`vocabulary`] with the names of a corpus's `count` AIs ([`ais`]): the vocabulary of a mix
/// with that many. One AI adds nothing, so a one-AI run's words, and so its model, are as they
/// were before there could be more.
pub fn vocabulary_with(count: usize) -> Vec<String> {
    let mut words = vocabulary();
    words.extend(ais(count).iter().map(|(_, name)| (*name).to_owned()));
    words.sort();
    words.dedup();
    words
}
