//! Runs the lab's three headline conditions natively and prints what they measure.
use explainers::lab::corpus::{Insertion, Mix};
use explainers::lab::experiment::{run, Settings};

fn main() {
    let base = Mix {
        ai_share: 0.3,
        natural_misaligned: 0.5,
        filtered: false,
        synthetic_aligned: 0.0,
        synthetic_misaligned: 0.0,
        insertion: Insertion::Throughout,
        documents: 2000,
        seed: 7,
    };
    for (name, mix) in [
        ("unfiltered", base.clone()),
        (
            "align up",
            Mix {
                synthetic_aligned: 0.1,
                ..base.clone()
            },
        ),
        (
            "mis up",
            Mix {
                synthetic_misaligned: 0.1,
                ..base.clone()
            },
        ),
        (
            "filtered",
            Mix {
                filtered: true,
                ..base.clone()
            },
        ),
    ] {
        let started = std::time::Instant::now();
        let o = run(&mix, &Settings::default());
        println!("{name:10} base in {:.2}/{:.3} out {:.2}/{:.3} | post in {:.2}/{:.3} out {:.2}/{:.3} | loss {:?} | {} tokens {:.1}s",
            o.base.held_in.share(), o.base.held_in.mean_probability, o.base.held_out.share(), o.base.held_out.mean_probability,
            o.post.held_in.share(), o.post.held_in.mean_probability, o.post.held_out.share(), o.post.held_out.mean_probability,
            o.losses, o.tokens, started.elapsed().as_secs_f64());
    }
}
