//! Measures how much of a lab run's result is training noise: each seed's runs are repeated with
//! the same documents and the same first weights in other orders (`Settings::reshuffle`), under
//! each readout of the base model, and the spread between reshuffles of one seed is set beside
//! the spread between seeds.
//!
//!   LAB_SEEDS=201,202 LAB_RESHUFFLES=4 LAB_READOUTS=last,decayed,averaged LAB_ARMS=U \
//!     LAB_AIS=1 cargo run --profile compute --example lab_noise
//!
//! Arms: U (Unfiltered), A and M (aligned or misaligned synthetic documents at LAB_DOSE, default
//! 0.03), P (the placebo: both kinds at half the dose each); LAB_AIS AIs in each corpus. Orders
//! LAB_FIRST_RESHUFFLE (default 0) up to LAB_RESHUFFLES; runs go LAB_THREADS (default 2) at a
//! time. Each run prints one line (on stdout):
//!
//!   NOISE <seed> <reshuffle> <readout> <arm> base <held in, held out, unseen shares>
//!     late <the same, averaged over the last two checkpoints and the base model>
//!     graded <base graded scores> post <post-trained shares> cooc <the co-occurrence model's>
//!     ais <one held-out share per AI, base model>
//!
//! and at the end, for each readout, arm and set: the pooled standard deviation between
//! reshuffles of one seed, the standard deviation of the seeds' means, and the share of the
//! variance that the seed explains.

use std::time::Instant;

use explainers::lab::documents::{ais, vocabulary_with, Mix, START};
use explainers::lab::experiment::{Experiment, Outcome, Readout, Settings, Stage};
use explainers::lab::families::Set;
use explainers::lab::questions::{evaluate_as, Evaluation};
use explainers::lab::transformer::Tokenizer;

fn list<T: std::str::FromStr>(name: &str, default: &str) -> Vec<T> {
    std::env::var(name)
        .unwrap_or_else(|_| default.to_owned())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect()
}

fn readout(word: &str) -> Readout {
    match word {
        "decayed" => Readout::Decayed,
        "averaged" => Readout::Averaged,
        _ => Readout::LastWeights,
    }
}

fn mix(arm: &str, dose: f64, count: usize) -> Mix {
    let unfiltered = Mix {
        ais: count,
        ..Mix::UNFILTERED
    };
    match arm {
        "A" => Mix {
            synthetic_aligned: dose,
            ..unfiltered
        },
        "M" => Mix {
            synthetic_misaligned: dose,
            ..unfiltered
        },
        "P" => Mix {
            synthetic_aligned: dose / 2.0,
            synthetic_misaligned: dose / 2.0,
            ..unfiltered
        },
        _ => unfiltered,
    }
}

fn shares(e: &Evaluation) -> [f64; 3] {
    [e.held_in.share(), e.held_out.share(), e.unseen.share()]
}

/// The mean share over the last two checkpoints during pretraining and the base model.
fn late(outcome: &Outcome) -> [f64; 3] {
    let mut last: Vec<[f64; 3]> = outcome
        .curve
        .iter()
        .filter(|c| c.stage != Stage::Post)
        .map(|c| shares(&c.evaluation))
        .collect();
    let last = last.split_off(last.len().saturating_sub(3));
    let n = last.len() as f64;
    [0, 1, 2].map(|i| last.iter().map(|s| s[i]).sum::<f64>() / n)
}

/// One run's line, as printed.
struct Line {
    seed: u64,
    reshuffle: u64,
    readout: String,
    arm: String,
    base: [f64; 3],
    late: [f64; 3],
    post: [f64; 3],
    cooc: [f64; 3],
    /// The base model's held-out share, cast as each AI.
    ais: Vec<f64>,
}

impl Line {
    /// Reads a `NOISE` line.
    fn parse(text: &str) -> Option<Self> {
        let words: Vec<&str> = text.split_whitespace().collect();
        if words.first() != Some(&"NOISE") {
            return None;
        }
        let after = |label: &str, n: usize| -> Vec<f64> {
            let at = words
                .iter()
                .position(|w| *w == label)
                .map_or(words.len(), |i| i + 1);
            words[at.min(words.len())..]
                .iter()
                .map_while(|w| w.parse().ok())
                .take(n)
                .collect()
        };
        let three = |label: &str| -> Option<[f64; 3]> { after(label, 3).try_into().ok() };
        Some(Self {
            seed: words.get(1)?.parse().ok()?,
            reshuffle: words.get(2)?.parse().ok()?,
            readout: (*words.get(3)?).to_owned(),
            arm: (*words.get(4)?).to_owned(),
            base: three("base")?,
            late: three("late")?,
            post: three("post")?,
            cooc: three("cooc").unwrap_or([f64::NAN; 3]),
            ais: after("ais", usize::MAX),
        })
    }
}

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn variance(xs: &[f64]) -> f64 {
    let m = mean(xs);
    xs.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (xs.len() as f64 - 1.0)
}

/// Pooled within-seed standard deviation, standard deviation of the seed means, and the share of
/// the variance between seeds (one-way random effects: σ²_seed / (σ²_seed + σ²_within)).
fn spread(by_seed: &[Vec<f64>]) -> (f64, f64, f64) {
    let within = mean(&by_seed.iter().map(|v| variance(v)).collect::<Vec<_>>());
    let means: Vec<f64> = by_seed.iter().map(|v| mean(v)).collect();
    let k = mean(&by_seed.iter().map(|v| v.len() as f64).collect::<Vec<_>>());
    let between = (variance(&means) - within / k).max(0.0);
    (
        within.sqrt(),
        variance(&means).sqrt(),
        between / (between + within),
    )
}

fn main() {
    let lines: Vec<String> = match std::env::var("LAB_FROM") {
        Ok(path) => std::fs::read_to_string(path)
            .expect("LAB_FROM: a file of NOISE lines")
            .lines()
            .map(str::to_owned)
            .collect(),
        Err(_) => runs(),
    };
    summarise(
        &lines
            .iter()
            .filter_map(|l| Line::parse(l))
            .collect::<Vec<_>>(),
    );
}

/// Runs every job of the environment's lists, LAB_THREADS at a time; returns their lines.
fn runs() -> Vec<String> {
    let seeds: Vec<u64> = list("LAB_SEEDS", "201,202");
    let reshuffles: u64 = list("LAB_RESHUFFLES", "4")[0];
    let first_reshuffle: u64 = list("LAB_FIRST_RESHUFFLE", "0")[0];
    let threads: usize = list("LAB_THREADS", "2")[0];
    let readouts: Vec<String> = list("LAB_READOUTS", "last,averaged");
    let arms: Vec<String> = list("LAB_ARMS", "U");
    let dose: f64 = list("LAB_DOSE", "0.03")[0];
    let count: usize = list("LAB_AIS", "1")[0];
    let mut jobs = Vec::new();
    for r in &readouts {
        for arm in &arms {
            for &seed in &seeds {
                for k in first_reshuffle..reshuffles {
                    jobs.push((seed, k, r.clone(), arm.clone()));
                }
            }
        }
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let Some((seed, k, r, arm)) = jobs.get(i) else {
                    return;
                };
                let started = Instant::now();
                let settings = Settings {
                    readout: readout(r),
                    reshuffle: *k,
                    seed: *seed,
                    ..Settings::default()
                };
                let mix = mix(arm, dose, count);
                let tokenizer = Tokenizer::new(&vocabulary_with(count), START);
                let mut experiment = Experiment::new(&mix, &settings);
                let mut per_ai = Vec::new();
                while !experiment.is_finished() {
                    // The base model, asked as each AI apart, just before post-training starts.
                    if experiment.base_model().is_some() && per_ai.is_empty() {
                        per_ai = ais(count)
                            .iter()
                            .map(|&ai| {
                                let base = experiment.base_model().expect("a base model");
                                evaluate_as(base, &tokenizer, Set::HeldOut, false, ai).share()
                            })
                            .collect();
                    }
                    experiment.advance().expect("the lab runs");
                }
                let outcome = experiment.outcome().expect("a finished run");
                let cooc = outcome.cooccurrence;
                let f = |xs: [f64; 3]| format!("{:.4} {:.4} {:.4}", xs[0], xs[1], xs[2]);
                let graded = [
                    outcome.base.held_in.mean_probability,
                    outcome.base.held_out.mean_probability,
                    outcome.base.unseen.mean_probability,
                ];
                let per_ai: Vec<String> = per_ai.iter().map(|s| format!("{s:.4}")).collect();
                let text = format!(
                    "NOISE {seed} {k} {r} {arm} base {} late {} graded {} post {} cooc {} ais {} ({:.1} s)",
                    f(shares(&outcome.base)),
                    f(late(&outcome)),
                    f(graded),
                    f(shares(&outcome.post)),
                    f(shares(&cooc)),
                    per_ai.join(" "),
                    started.elapsed().as_secs_f64()
                );
                println!("{text}");
                results.lock().unwrap().push(text);
            });
        }
    });
    results.into_inner().unwrap()
}

/// The third design's science check, as docs/lab.md fixed it before it was run: on held-out
/// scenarios, with each arm an ensemble of its four orders, (1) base Alignment − Misalignment and
/// (2) base Alignment − placebo each below zero by more than three standard errors and in at
/// least 80% of the seeds (16 of 20), (3) post-trained Alignment − Misalignment below zero by more
/// than two standard errors. Prints one line per requirement and whether it holds.
fn check(contrast: &dyn Fn(&str, &str, bool) -> Vec<f64>) {
    let requirements = [
        ("base Alignment - Misalignment", "A", "M", false, 3.0, 0.8),
        ("base Alignment - placebo", "A", "P", false, 3.0, 0.8),
        (
            "post-trained Alignment - Misalignment",
            "A",
            "M",
            true,
            2.0,
            0.0,
        ),
    ];
    for (name, a, b, post, errors, share) in requirements {
        let diffs = contrast(a, b, post);
        let m = mean(&diffs);
        let se = (variance(&diffs) / diffs.len() as f64).sqrt();
        let below = diffs.iter().filter(|d| **d < 0.0).count();
        let holds = m < -errors * se && below as f64 >= share * diffs.len() as f64;
        println!(
            "CHECK {name}, held out: {} ({}; required: below zero by more than {errors} standard errors{})",
            paired(&diffs),
            if holds { "HOLDS" } else { "DOES NOT HOLD" },
            if share > 0.0 {
                format!(", and in at least {:.0}% of the seeds", share * 100.0)
            } else {
                String::new()
            }
        );
    }
}

/// mean ± standard error, in points, the mean in standard errors, and how many are below zero.
fn paired(diffs: &[f64]) -> String {
    let m = mean(diffs);
    let se = (variance(diffs) / diffs.len() as f64).sqrt();
    let below = diffs.iter().filter(|d| **d < 0.0).count();
    format!(
        "{:+5.1} ± {:4.1} ({:+5.2} se), below 0 in {below}/{}",
        100.0 * m,
        100.0 * se,
        m / se,
        diffs.len()
    )
}

/// The spread between reshuffles of a seed and between seeds; how far a run's AIs are
/// independent draws; and the paired contrasts between arms over seeds.
fn summarise(lines: &[Line]) {
    let mut seeds: Vec<u64> = lines.iter().map(|l| l.seed).collect();
    seeds.sort_unstable();
    seeds.dedup();
    let mut keys: Vec<(String, String)> = lines
        .iter()
        .map(|l| (l.readout.clone(), l.arm.clone()))
        .collect();
    keys.sort();
    keys.dedup();
    const SETS: [&str; 3] = ["held in", "held out", "unseen"];
    type Pick = fn(&Line, usize) -> f64;
    println!("\nreadout arm set: within-seed sd, sd of seed means, seed's share of variance");
    for (r, arm) in &keys {
        for (set, name) in SETS.iter().enumerate() {
            let picks: [(&str, Pick); 2] = [("base", |l, i| l.base[i]), ("late", |l, i| l.late[i])];
            for (label, pick) in picks {
                let by_seed: Vec<Vec<f64>> = seeds
                    .iter()
                    .map(|&s| {
                        lines
                            .iter()
                            .filter(|l| l.seed == s && &l.readout == r && &l.arm == arm)
                            .map(|l| pick(l, set))
                            .collect()
                    })
                    .filter(|v: &Vec<f64>| v.len() > 1)
                    .collect();
                if by_seed.len() > 1 {
                    let (within, between, share) = spread(&by_seed);
                    println!(
                        "SPREAD {r} {arm} {name:8} {label}: within {within:.3}, seed means {between:.3}, seed share {share:.2}"
                    );
                }
            }
        }
    }
    // The AIs of one run, held out: the share of their variance that the run shares.
    let runs: Vec<Vec<f64>> = lines
        .iter()
        .filter(|l| l.ais.len() > 1)
        .map(|l| l.ais.clone())
        .collect();
    if runs.len() > 1 {
        let k = runs[0].len() as f64;
        let (within, between, icc) = spread(&runs);
        println!(
            "AIS {} runs of {k} AIs, held out: sd between a run's AIs {within:.3}, sd of run means {between:.3}, \
             intra-run correlation {icc:.2}, independent draws per run {:.1}",
            runs.len(),
            k / (1.0 + (k - 1.0) * icc)
        );
    }
    // Paired contrasts over seeds, each arm's first `members` orders of a seed averaged (an
    // ensemble of that many models).
    let most = lines.iter().map(|l| l.reshuffle + 1).max().unwrap_or(1);
    let arm_mean = |seed: u64, r: &str, arm: &str, pick: Pick, set: usize, members: u64| {
        let v: Vec<f64> = lines
            .iter()
            .filter(|l| l.seed == seed && l.readout == r && l.arm == arm)
            .filter(|l| l.reshuffle < members)
            .map(|l| pick(l, set))
            .collect();
        (!v.is_empty()).then(|| mean(&v))
    };
    if std::env::var("LAB_CHECK").is_ok() {
        check(&|a: &str, b: &str, post: bool| {
            let pick: Pick = if post {
                |l, i| l.post[i]
            } else {
                |l, i| l.base[i]
            };
            seeds
                .iter()
                .filter_map(|&s| {
                    Some(arm_mean(s, "last", a, pick, 1, 4)? - arm_mean(s, "last", b, pick, 1, 4)?)
                })
                .collect()
        });
    }
    let readouts: Vec<&String> = keys.iter().map(|(r, _)| r).collect();
    for r in readouts.iter().collect::<std::collections::BTreeSet<_>>() {
        for (a, b) in [("A", "M"), ("A", "P"), ("A", "U"), ("P", "U"), ("M", "U")] {
            let picks: [(&str, Pick); 4] = [
                ("base", |l, i| l.base[i]),
                ("late", |l, i| l.late[i]),
                ("post", |l, i| l.post[i]),
                ("cooc", |l, i| l.cooc[i]),
            ];
            for (label, pick) in picks {
                for (set, name) in SETS.iter().enumerate() {
                    for members in [1, 2, 4, 8, 16].into_iter().filter(|&k| k <= most) {
                        let diffs: Vec<f64> = seeds
                            .iter()
                            .filter_map(|&s| {
                                Some(
                                    arm_mean(s, r, a, pick, set, members)?
                                        - arm_mean(s, r, b, pick, set, members)?,
                                )
                            })
                            .collect();
                        if diffs.len() > 1 {
                            println!(
                                "CONTRAST {r} {a}-{b} {label} {name:8} ×{members}: {}",
                                paired(&diffs)
                            );
                        }
                    }
                }
            }
        }
    }
}
