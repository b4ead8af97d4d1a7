//! The doomsday explainer's guided tour: each step a patch of the default settings.

use crate::doomsday::model::{Hypothesis, Rule};
use crate::doomsday::params::{DoomsdayParams, Mode};
use crate::explainer::{Step, StepText, Toured};

/// A hypothesis of the tour, with prior weight 1.
fn hypothesis(name: &str, total: f64) -> Hypothesis {
    Hypothesis {
        name: name.into(),
        total,
        weight: 1.0,
    }
}

impl Toured for DoomsdayParams {
    fn tour() -> &'static [Step<Self>] {
        STEPS
    }
}

const STEPS: &[Step<DoomsdayParams>] = &[
    Step {
        text: StepText {
            title: "Two urns",
            text: "A coin chose one of two urns, one with 10 numbered balls and one with a million, and ball 7 came out. \
                   Ball 7 is a 1-in-10 draw from the small urn and a 1-in-a-million draw from the big one, so Bayes' rule \
                   moves a 50:50 prior to 100,000 : 1 for the small urn: 0.999990.",
            target: "#doomsday .bayes-table",
            elsewhere: None,
        },
        settings: |s| {
            s.hypotheses = vec![hypothesis("10 balls", 10.0), hypothesis("1 million balls", 1e6)];
            s.rank = 7.0;
        },
    },
    Step {
        text: StepText {
            title: "Stars against Dust, under SSA",
            text: "Now the balls are people and your number is your birth rank, about 117.5 billion. If you are a random \
                   sample of all humans who will ever live, an early rank like yours is 830 million times likelier in a \
                   Dust world of 120 billion than in a Stars world of 10²⁰, and a 50:50 prior becomes 1.2 × 10⁻⁹ for Stars.",
            target: "[data-testid='doom-sentence']",
            elsewhere: None,
        },
        settings: |_| {},
    },
    Step {
        text: StepText {
            title: "Switching to SIA",
            text: "Under the Self-Indication Assumption your existence favours worlds with more observers, by a factor of N. \
                   That factor cancels the 1/N from your rank exactly: side by side, the SIA table keeps the 50:50 prior.",
            target: "#doomsday .tables",
            elsewhere: None,
        },
        settings: |s| {
            s.rule = Rule::Sia;
            s.compare = true;
        },
    },
    Step {
        text: StepText {
            title: "The presumptuous philosopher",
            text: "The cost of SIA: two physical theories, one with 10²⁴ observers and one with 10³⁶. Before any experiment, \
                   SIA's first step makes the bigger one a trillion times likelier (the column \"After SIA\"), which most \
                   people find absurd.",
            target: "#doomsday .bayes-table",
            elsewhere: None,
        },
        settings: |s| {
            s.rule = Rule::Sia;
            s.hypotheses = vec![hypothesis("T1", 1e24), hypothesis("T2", 1e36)];
            s.rank = 1.0;
        },
    },
    Step {
        text: StepText {
            title: "The reference class",
            text: "SSA's answer depends on who counts. If only one in a billion of the Stars future's people are observers \
                   like us, Stars counts about 2 × 10¹¹ observers, not 10²⁰, and the doomsday shift almost vanishes.",
            target: "[data-testid='doom-refclass-effect']",
            elsewhere: None,
        },
        settings: |s| s.reference_fraction = 1e-9,
    },
    Step {
        text: StepText {
            title: "A continuous prior, and Gott",
            text: "Spread the prior over every total from 1 to 10⁴⁰, evenly per power of ten. Under SSA the posterior is r/N², \
                   with median 2r and 95% interval [r/0.975, 40r]: Gott's interval in its birth-rank form, drawn beside it. \
                   The two agree because your rank is far inside the prior's range.",
            target: "#doomsday .density-chart",
            elsewhere: None,
        },
        settings: |s| {
            s.mode = Mode::Continuous;
            (s.lo, s.hi) = (1.0, 1e40);
        },
    },
];
