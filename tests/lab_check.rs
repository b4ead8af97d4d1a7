//! The third design's check as the page quotes it (`lab::check`) against the files its runs wrote
//! (`docs/lab-sweep/check-third-design.txt`, then the compute budgets' `check-budgets.txt`):
//! every run's counts, and every contrast and verdict of each file's summary.

use explainers::lab::check::{
    budgets_recorded, measure, orders_recorded, share, Answerer, CheckRun, Contrast, COOCCURRENCE,
    MEMBERS, REQUIREMENTS, RUNS, SEEDS,
};
use explainers::lab::measured::{prompts, Arm};
use explainers::lab::params::Ensemble;
use explainers::url::UrlWord;

const RECORDED: &str = include_str!("../docs/lab-sweep/check-third-design.txt");
const BUDGETS: &str = include_str!("../docs/lab-sweep/check-budgets.txt");

fn arm(letter: &str) -> Arm {
    match letter {
        "U" => Arm::Unfiltered,
        "A" => Arm::AlignmentUpsampled,
        "M" => Arm::MisalignmentUpsampled,
        "P" => Arm::Placebo,
        other => panic!("unknown arm {other}"),
    }
}

/// The three shares after `key` in a NOISE line, as counts of prompts; each printed share must be
/// a whole count over its set's prompts (to the four decimals printed).
fn counts(words: &[&str], key: &str) -> [f64; 3] {
    let at = words.iter().position(|w| *w == key).unwrap();
    std::array::from_fn(|set| {
        let share: f64 = words[at + 1 + set].parse().unwrap();
        let count = share * prompts(set);
        assert!(
            (count - count.round()).abs() < 0.01,
            "{share} of {} prompts",
            prompts(set)
        );
        count.round()
    })
}

#[test]
fn the_table_is_every_recorded_run() {
    let mut lines = 0;
    let noise = |file: &'static str| file.lines().filter(|l| l.starts_with("NOISE "));
    for line in noise(RECORDED).chain(noise(BUDGETS)) {
        let words: Vec<&str> = line.split_whitespace().collect();
        let (seed, order): (u64, u64) = (words[1].parse().unwrap(), words[2].parse().unwrap());
        let arm = arm(words[4]);
        let expected = CheckRun {
            seed,
            order,
            arm,
            base: counts(&words, "base"),
            post: counts(&words, "post"),
        };
        assert!(RUNS.contains(&expected), "{line}");
        let cooccurrence = COOCCURRENCE
            .iter()
            .find(|c| c.seed == seed && c.arm == arm)
            .unwrap();
        assert_eq!(cooccurrence.counts, counts(&words, "cooc"), "{line}");
        lines += 1;
    }
    assert_eq!(lines, RUNS.len());
    assert_eq!(RUNS.len(), SEEDS.count() * 4 * orders_recorded());
    assert_eq!(orders_recorded(), 16);
    assert_eq!(budgets_recorded(), [1, 2, 4, 8, 16]);
    // Every compute budget the lab offers is read in the recorded runs.
    for budget in <Ensemble as UrlWord>::ALL {
        assert!(budgets_recorded().contains(&budget.members()), "{budget:?}");
    }
    assert_eq!(COOCCURRENCE.len(), SEEDS.count() * 4);
}

/// "-21.3 ±  2.9 (-7.43 se), below 0 in 18/20" as (mean, SE, seeds below) in points.
fn summary(text: &str) -> (f64, f64, usize) {
    let words: Vec<&str> = text.split_whitespace().collect();
    let below = words.last().unwrap().split('/').next().unwrap();
    (
        words[0].parse().unwrap(),
        words[2].parse().unwrap(),
        below.parse().unwrap(),
    )
}

#[test]
fn every_contrast_of_the_summaries_is_reproduced() {
    assert_eq!(reproduce_contrasts(RECORDED), 135);
    // The budgets' file summarises every run, the check's own and its own: ×1 to ×16.
    assert_eq!(reproduce_contrasts(BUDGETS), 225);
}

/// Checks every `CONTRAST last` line of `file` against the table; returns how many it checked.
fn reproduce_contrasts(file: &str) -> usize {
    let mut checked = 0;
    for line in file.lines().filter(|l| l.starts_with("CONTRAST last ")) {
        let (head, numbers) = line.split_once(": ").unwrap();
        let words: Vec<&str> = head.split_whitespace().collect();
        let (treated, control) = words[2].split_once('-').unwrap();
        let contrast = Contrast {
            treated: arm(treated),
            control: arm(control),
        };
        let answerer = match words[3] {
            "base" => Answerer::Base,
            "post" => Answerer::PostTrained,
            "cooc" => Answerer::Cooccurrence,
            _ => continue, // "late": the mean of the last three evaluations, not in the table
        };
        let set = match words[4] {
            "held" if words[5] == "in" => 0,
            "held" => 1,
            _ => 2,
        };
        let members: usize = words
            .last()
            .unwrap()
            .trim_start_matches('×')
            .parse()
            .unwrap();
        let measured = measure(contrast, answerer, set, members);
        let (mean, standard_error, below) = summary(numbers);
        assert!(
            (measured.spread.mean * 100.0 - mean).abs() < 0.051,
            "{line}: {measured:?}"
        );
        assert!(
            (measured.spread.standard_error * 100.0 - standard_error).abs() < 0.051,
            "{line}: {measured:?}"
        );
        assert_eq!(measured.below_zero, below, "{line}");
        checked += 1;
    }
    checked
}

#[test]
fn the_verdicts_are_the_files() {
    // The check's verdicts are its ensembles of four's, whatever more compute shows.
    for file in [RECORDED, BUDGETS] {
        let verdicts: Vec<bool> = file
            .lines()
            .filter(|l| l.starts_with("CHECK "))
            .map(|l| l.contains("(HOLDS;"))
            .collect();
        let computed: Vec<bool> = REQUIREMENTS.iter().map(|r| r.holds()).collect();
        assert_eq!(computed, verdicts);
        assert_eq!(computed, [true, false, true]);
    }
}

#[test]
fn one_model_is_its_first_order_and_a_missing_run_is_none() {
    let first = RUNS
        .iter()
        .find(|r| r.seed == 1007 && r.order == 0 && r.arm == Arm::Placebo)
        .unwrap();
    assert_eq!(
        share(1007, Arm::Placebo, Answerer::Base, 1, 1),
        Some(first.base[1] / 48.0)
    );
    assert_eq!(share(999, Arm::Placebo, Answerer::Base, 1, 1), None);
    assert_eq!(
        share(1007, Arm::Placebo, Answerer::Base, 1, orders_recorded() + 1),
        None
    );
}

#[test]
fn the_order_spread_is_the_pooled_standard_deviation_between_orders() {
    // Computed from the file's held-out base shares by hand (Python's statistics.variance,
    // averaged over the 80 seed-and-arm groups): 0.249595.
    assert!((explainers::lab::check::order_spread(1) - 0.249595).abs() < 1e-5);
}

#[test]
fn what_the_page_says_about_the_check_follows_its_numbers() {
    use explainers::lab::check::{AGAINST_PLACEBO, HELD_OUT, VALENCE};
    // "A co-occurrence model moves held-out scenarios as far as the network" (results and
    // limits): its mean within one of the network's standard errors, or beyond.
    for contrast in [VALENCE, AGAINST_PLACEBO] {
        let network = measure(contrast, Answerer::Base, HELD_OUT, MEMBERS);
        let counted = measure(contrast, Answerer::Cooccurrence, HELD_OUT, MEMBERS);
        assert!(counted.spread.mean <= network.spread.mean + network.spread.standard_error);
    }
    // "On unseen families ... the one result here that neither counting model produces."
    let unseen = measure(VALENCE, Answerer::Base, 2, MEMBERS);
    let counted = measure(VALENCE, Answerer::Cooccurrence, 2, MEMBERS);
    assert!(unseen.standard_errors() < -2.0 && counted.spread.mean > 0.0);
    // "in the check's ensembles it raises the held-out share ..., where one model per seed gives
    // ...: one model is too noisy to show it": beyond two standard errors with four, not with one.
    use explainers::lab::check::Contrast;
    use explainers::lab::measured::Arm;
    let raised = Contrast::of(Arm::MisalignmentUpsampled, Arm::Unfiltered);
    assert!(measure(raised, Answerer::Base, HELD_OUT, MEMBERS).standard_errors() > 2.0);
    assert!(measure(raised, Answerer::Base, HELD_OUT, 1).standard_errors() < 2.0);
    // The sentence under the table of compute: sixteen models meet the check's second
    // threshold, said as a reading of more compute, not a pass.
    let sentence = explainers::lab::check_view::more_compute_sentence();
    assert!(
        sentence.contains(
            "With 16 models per condition, aligned − placebo is −10 ± 2 points (−5.1 standard \
             errors), below zero in 19 of 20 seeds: beyond the 3 standard errors and 16 seeds"
        ),
        "{sentence}"
    );
    assert!(sentence.contains("The check's verdict stays what it was"));
    // Its control beside it: the co-occurrence model's contrast, as far as the network's.
    assert!(
        sentence.contains(
            "The co-occurrence model, which has no training order, gives −11 ± 3 points on the \
             same contrast: more compute does not make the held-out shift something counting \
             cannot give."
        ),
        "{sentence}"
    );
    // "one model's contrast ... below zero in only 16 of 20 seeds": fewer than the ensemble's.
    let one = measure(VALENCE, Answerer::Base, HELD_OUT, 1);
    let four = measure(VALENCE, Answerer::Base, HELD_OUT, MEMBERS);
    assert!(one.below_zero < four.below_zero);
}

/// Student's t density with `nu` degrees of freedom, unnormalised: (1 + t²/ν)^(−(ν+1)/2).
fn t_shape(t: f64, nu: f64) -> f64 {
    (1.0 + t * t / nu).powf(-(nu + 1.0) / 2.0)
}

/// ∫ f over [a, b] by Simpson's rule with `n` (even) intervals.
fn simpson(f: impl Fn(f64) -> f64, a: f64, b: f64, n: usize) -> f64 {
    let h = (b - a) / n as f64;
    let inner: f64 = (1..n)
        .map(|i| f(a + i as f64 * h) * if i % 2 == 1 { 4.0 } else { 2.0 })
        .sum();
    (f(a) + f(b) + inner) * h / 3.0
}

#[test]
fn ten_seeds_cross_two_standard_errors_by_chance_about_one_time_in_thirteen() {
    use explainers::lab::limits_view::ONE_IN_BEYOND_TWO_STANDARD_ERRORS;
    let nu = 9.0;
    // The whole density through t = tan θ, so the infinite range becomes (−π/2, π/2).
    let through = |theta: f64| t_shape(theta.tan(), nu) / theta.cos().powi(2);
    let half = std::f64::consts::FRAC_PI_2 - 1e-9;
    let total = simpson(through, -half, half, 200_000);
    let inside = simpson(|t| t_shape(t, nu), -2.0, 2.0, 20_000);
    let beyond = 1.0 - inside / total;
    assert!((beyond - 0.0766).abs() < 0.0005, "{beyond}");
    assert_eq!((1.0 / beyond).round(), 13.0);
    assert_eq!(ONE_IN_BEYOND_TWO_STANDARD_ERRORS, "thirteen");
}

#[test]
fn the_checks_seeds_ordered_as_the_paper_are_counted_from_the_file() {
    use explainers::lab::check::ordered_as_the_paper;
    // From the recorded shares: Alignment < Unfiltered < Misalignment on held-out scenarios.
    let mut shares: std::collections::HashMap<(u64, String), Vec<(u64, f64)>> = Default::default();
    for line in RECORDED.lines().filter(|l| l.starts_with("NOISE ")) {
        let words: Vec<&str> = line.split_whitespace().collect();
        let key = (words[1].parse().unwrap(), words[4].to_owned());
        let held_out: f64 = words[7].parse().unwrap();
        shares
            .entry(key)
            .or_default()
            .push((words[2].parse().unwrap(), (held_out * 48.0).round()));
    }
    for (members, expected) in [(1, 6), (MEMBERS, 12)] {
        let ordered = SEEDS
            .filter(|&seed| {
                let of = |arm: &str| {
                    let mut runs = shares[&(seed, arm.to_owned())].clone();
                    runs.sort_by_key(|(order, _)| *order);
                    runs[..members].iter().map(|(_, c)| c).sum::<f64>()
                };
                of("A") < of("U") && of("U") < of("M")
            })
            .count();
        assert_eq!(ordered, expected);
        assert_eq!(ordered_as_the_paper(members), expected);
    }
}
