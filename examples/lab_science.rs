//! Runs the lab's four conditions natively for a seed (default 7) and prints what they measure:
//! `cargo run --release --example lab_science [seed]`.
use explainers::lab::corpus::Mix;
use explainers::lab::experiment::{run, Settings};

fn main() {
    let seed: u64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(7);
    for (name, mix) in [
        ("unfiltered", Mix::unfiltered()),
        ("align up", Mix::alignment_upsampled()),
        ("mis up", Mix::misalignment_upsampled()),
        ("filtered", Mix::filtered()),
    ] {
        let started = std::time::Instant::now();
        let o = run(&Mix { seed, ..mix }, &Settings::default()).expect("the lab runs");
        println!(
            "{name:10} base in {:.2}/{:.3} out {:.2}/{:.3} | post in {:.2}/{:.3} out {:.2}/{:.3} | {} tokens {:.1}s",
            o.base.held_in.share(), o.base.held_in.mean_probability,
            o.base.held_out.share(), o.base.held_out.mean_probability,
            o.post.held_in.share(), o.post.held_in.mean_probability,
            o.post.held_out.share(), o.post.held_out.mean_probability,
            o.corpus_tokens, started.elapsed().as_secs_f64()
        );
    }
}
