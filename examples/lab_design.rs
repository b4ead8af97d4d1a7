//! Measures the training lab natively for one seed: Unfiltered, then Alignment and Misalignment
//! upsampled at each dose, each pretrained, evaluated, post-trained and evaluated again exactly as
//! the page's worker does (`experiment::run`). Prints each run's misaligned share and graded score
//! on held-in scenarios, held-out scenarios and unseen families beside the counting baseline's,
//! and (on stderr) one machine-readable line per run:
//!
//!   DATA <seed> <dose> <U|A|M> <base: three counts, three graded> <post: …> <counting: …>
//!
//! `LAB_DOSES=0.01,0.03,0.1,0.3 cargo run --release --example lab_design -- [seed] [epochs]
//! [general copies]` (defaults 7, 16, 2; dose default 0.3). The browser computes the same runs to
//! the bit, so these lines are the page's recorded sweep (`src/lab/measured.rs`).

use std::time::Instant;

use explainers::lab::documents::Mix;
use explainers::lab::experiment::{run, Settings};
use explainers::lab::questions::Evaluation;

fn shown(name: &str, e: &Evaluation) -> String {
    format!(
        "{name} in {:.2}/{:.2} out {:.2}/{:.2} unseen {:.2}/{:.2}",
        e.held_in.share(),
        e.held_in.mean_probability,
        e.held_out.share(),
        e.held_out.mean_probability,
        e.unseen.share(),
        e.unseen.mean_probability
    )
}

/// Counts then graded scores on the three sets.
fn counts(e: &Evaluation) -> String {
    format!(
        "{} {} {} {:.6} {:.6} {:.6}",
        e.held_in.misaligned,
        e.held_out.misaligned,
        e.unseen.misaligned,
        e.held_in.mean_probability,
        e.held_out.mean_probability,
        e.unseen.mean_probability
    )
}

fn main() -> Result<(), explainers::lab::experiment::Error> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize, default: u64| args.get(i).and_then(|s| s.parse().ok()).unwrap_or(default);
    let (seed, epochs, copies) = (arg(0, 7), arg(1, 16) as usize, arg(2, 2) as usize);
    let doses: Vec<f64> = std::env::var("LAB_DOSES")
        .ok()
        .map(|v| v.split(',').filter_map(|d| d.parse().ok()).collect())
        .unwrap_or_else(|| vec![0.3]);
    let settings = Settings {
        epochs,
        seed,
        ..Settings::default()
    };
    let unfiltered = Mix {
        general_copies: copies,
        ..Mix::UNFILTERED
    };
    let mut conditions = vec![("Unfiltered", "U", 0.0, unfiltered.clone())];
    for &dose in &doses {
        conditions.push((
            "Alignment up",
            "A",
            dose,
            Mix {
                synthetic_aligned: dose,
                ..unfiltered.clone()
            },
        ));
        conditions.push((
            "Misalign up",
            "M",
            dose,
            Mix {
                synthetic_misaligned: dose,
                ..unfiltered.clone()
            },
        ));
    }
    for (name, arm, dose, mix) in conditions {
        let started = Instant::now();
        let outcome = run(&mix, &settings)?;
        eprintln!(
            "DATA {seed} {dose} {arm} {} {} {}",
            counts(&outcome.base),
            counts(&outcome.post),
            counts(&outcome.counting)
        );
        println!(
            "{seed} {name:13} {dose:.2} {} | {} | {} | {:.1} s",
            shown("base", &outcome.base),
            shown("post", &outcome.post),
            shown("count", &outcome.counting),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(())
}
