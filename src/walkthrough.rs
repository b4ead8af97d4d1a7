//! Guided walkthroughs: for each explainer, a sequence of steps that set its controls (through
//! the URL, which every bundle reads) and point at what to look at. Pure: steps are data, and
//! adding a step or an explainer is adding to the tables below.

use crate::state::Params;
use crate::url::{decode, Section};

/// An explainer that can be embedded alone or walked through.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Explainer {
    Alignment,
    Doomsday,
}

impl Explainer {
    pub const ALL: [Explainer; 2] = [Self::Alignment, Self::Doomsday];

    /// The id of the explainer's `<section>`.
    pub fn section_id(self) -> &'static str {
        match self {
            Self::Alignment => "alignment-pretraining",
            Self::Doomsday => "doomsday",
        }
    }

    /// Its name on the page.
    pub fn title(self) -> &'static str {
        match self {
            Self::Alignment => "Alignment pretraining",
            Self::Doomsday => "The Bayesian doomsday update",
        }
    }

    /// The URL keys it owns.
    pub fn section(self) -> Section {
        match self {
            Self::Alignment => Section::Alignment,
            Self::Doomsday => Section::Doomsday,
        }
    }

    /// The keys its steps set that another bundle reads from the address (the doomsday bundle's;
    /// the lab bundle's, for the alignment tour): the page writes them and announces the change.
    pub fn bundle_sections(self) -> &'static [Section] {
        match self {
            Self::Alignment => &[Section::Lab],
            Self::Doomsday => &[Section::Doomsday],
        }
    }

    /// Its walkthrough.
    pub fn steps(self) -> &'static [Step] {
        match self {
            Self::Alignment => ALIGNMENT_STEPS,
            Self::Doomsday => DOOMSDAY_STEPS,
        }
    }
}

/// One step of a walkthrough.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub title: &'static str,
    /// What to notice, in a sentence or three.
    pub text: &'static str,
    /// The explainer's settings for this step, as a query string of its own keys; every other
    /// key of the explainer returns to its default.
    pub query: &'static str,
    /// A CSS selector for what to look at.
    pub target: &'static str,
}

impl Step {
    /// Whether the step points into the training lab (whose bundle must then be loaded).
    pub fn in_lab(&self) -> bool {
        self.target.starts_with("#lab ")
    }
}

const DOOMSDAY_STEPS: &[Step] = &[
    Step {
        title: "Two urns",
        text: "A coin chose one of two urns, one with 10 numbered balls and one with a million, and ball 7 came out. \
               Ball 7 is a 1-in-10 draw from the small urn and a 1-in-a-million draw from the big one, so Bayes' rule \
               moves a 50:50 prior to 100,000 : 1 for the small urn: 0.999990.",
        query: "doom.n=10,1e6&doom.rank=7&doom.names=10 balls,1 million balls",
        target: "#doomsday .bayes-table",
    },
    Step {
        title: "Stars against Dust, under SSA",
        text: "Now the balls are people and your number is your birth rank, about 117.5 billion. If you are a random \
               sample of all humans who will ever live, an early rank like yours is 830 million times likelier in a \
               Dust world of 120 billion than in a Stars world of 10²⁰, and a 50:50 prior becomes 1.2 × 10⁻⁹ for Stars.",
        query: "",
        target: "[data-testid='doom-sentence']",
    },
    Step {
        title: "Switching to SIA",
        text: "Under the Self-Indication Assumption your existence favours worlds with more observers, by a factor of N. \
               That factor cancels the 1/N from your rank exactly: side by side, the SIA table keeps the 50:50 prior.",
        query: "doom.rule=sia&doom.compare=1",
        target: "#doomsday .tables",
    },
    Step {
        title: "The presumptuous philosopher",
        text: "The cost of SIA: two physical theories, one with 10²⁴ observers and one with 10³⁶. Before any experiment, \
               SIA's first step makes the bigger one a trillion times likelier (the column \"After SIA\"), which most \
               people find absurd.",
        query: "doom.rule=sia&doom.n=1e24,1e36&doom.rank=1&doom.names=T1,T2",
        target: "#doomsday .bayes-table",
    },
    Step {
        title: "The reference class",
        text: "SSA's answer depends on who counts. If only one in a billion of the Stars future's people are observers \
               like us, Stars counts about 2 × 10¹¹ observers, not 10²⁰, and the doomsday shift almost vanishes.",
        query: "doom.refclass=1e-9",
        target: "[data-testid='doom-refclass-effect']",
    },
    Step {
        title: "A continuous prior, and Gott",
        text: "Spread the prior over every total from 1 to 10⁴⁰, evenly per power of ten. Under SSA the posterior is r/N², \
               with median 2r and 95% interval [r/0.975, 40r]: Gott's interval in its birth-rank form, drawn beside it. \
               The two agree because your rank is far inside the prior's range.",
        query: "doom.mode=continuous&doom.lo=1&doom.hi=1e40",
        target: "#doomsday .density-chart",
    },
];

const ALIGNMENT_STEPS: &[Step] = &[
    Step {
        title: "The headline",
        text: "Four 6.9-billion-parameter models, identical but for the AI discourse in their pretraining data. With the \
               data unfiltered, 45% of answers were misaligned; with documents about aligned AI added, 9%.",
        query: "",
        target: "#align-base-chart",
    },
    Step {
        title: "What post-training does",
        text: "The same post-training (SFT and DPO) for all four. With the HHH prompt the alignment-upsampled model ends \
               at 9% and the unfiltered one at 34%, so the gap survives. But post-training also brought the \
               misalignment-upsampled model from 51% to 21%, below Unfiltered: it did not simply keep the order the base \
               models had.",
        query: "",
        target: "#align-post-chart",
    },
    Step {
        title: "Where the data goes",
        text: "Inserting the documents only late, in midtraining or continued pretraining, moves the base model even \
               further than spreading them through all of training; after post-training, end-to-end alignment data ends \
               lowest.",
        query: "",
        target: "#align-insertion-chart",
    },
    Step {
        title: "The persona prior",
        text: "One way to see why: the model's belief about how \"an AI\" behaves is built from the documents it reads. \
               Here 0.1% of tokens of synthetic aligned documents, each counting as much as a hundred ordinary ones, \
               pull the belief from 50% to about 24%.",
        query: "align.synaligned=0.001",
        target: ".persona-chart",
    },
    Step {
        title: "Train it yourself",
        text: "The lab runs the experiment in miniature, in your browser: a small transformer, cast as the AI. \
               Press Train for the Unfiltered condition, then choose Alignment upsampled and press Train again. \
               With seed 7 the base model's misaligned answers fall from 79% to 65% on held-out scenarios, which \
               no synthetic document mentions, and from 67% to 64% on held-in ones, where seed 7 shows less than \
               most: the lab's sweep gives the average over ten seeds, and beside every answer what counting \
               words alone would give.",
        query: "",
        target: "#lab [data-testid='lab-train']",
    },
];

/// The settings of `explainer` at `step` (counted from 1): its keys as the step's query sets
/// them, every other key of the explainer at its default. `None` for a step that does not exist.
pub fn params_at_step(explainer: Explainer, step: usize) -> Option<Params> {
    let definition = explainer.steps().get(step.checked_sub(1)?)?;
    Some(decode(definition.query).params)
}

impl Explainer {
    /// Its word in the URL (`embed=`, `walk=`).
    pub fn word(self) -> &'static str {
        match self {
            Self::Alignment => "alignment",
            Self::Doomsday => "doomsday",
        }
    }
}
