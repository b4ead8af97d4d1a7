//! The alignment explainer's guided tour: each step a patch of the default settings. The last
//! step points into the training lab, whose settings it returns to their defaults.

use crate::alignment::params::AlignmentParams;
use crate::explainer::{Step, StepText, Toured};

impl Toured for AlignmentParams {
    fn tour() -> &'static [Step<Self>] {
        STEPS
    }
}

const STEPS: &[Step<AlignmentParams>] = &[
    Step {
        text: StepText {
            title: "The headline",
            text: "Four 6.9-billion-parameter models, identical but for the AI discourse in their pretraining data. With the \
                   data unfiltered, 45% of answers were misaligned; with documents about aligned AI added, 9%.",
            target: "#align-base-chart",
            elsewhere: None,
        },
        settings: |_| {},
    },
    Step {
        text: StepText {
            title: "What post-training does",
            text: "The same post-training (SFT and DPO) for all four. With the HHH prompt the alignment-upsampled model ends \
                   at 9% and the unfiltered one at 34%, so the gap survives. But post-training also brought the \
                   misalignment-upsampled model from 51% to 21%, below Unfiltered: it did not simply keep the order the base \
                   models had.",
            target: "#align-post-chart",
            elsewhere: None,
        },
        settings: |_| {},
    },
    Step {
        text: StepText {
            title: "Where the data goes",
            text: "Inserting the documents only late, in midtraining or continued pretraining, moves the base model even \
                   further than spreading them through all of training; after post-training, end-to-end alignment data ends \
                   lowest.",
            target: "#align-insertion-chart",
            elsewhere: None,
        },
        settings: |_| {},
    },
    Step {
        text: StepText {
            title: "The persona prior",
            text: "One way to see why: the model's belief about how \"an AI\" behaves is built from the documents it reads. \
                   Here 0.1% of tokens of synthetic aligned documents, each counting as much as a hundred ordinary ones, \
                   pull the belief from 50% to about 24%.",
            target: ".persona-chart",
            elsewhere: None,
        },
        settings: |s| s.persona.synthetic_aligned = 0.001,
    },
    Step {
        text: StepText {
            title: "Train it yourself",
            text: "The lab runs the experiment in miniature, in your browser: a small transformer, cast as the AI. \
                   Press Train for the Unfiltered condition, then choose Alignment upsampled and press Train again. \
                   With seed 7 the base model's misaligned answers fall from 79% to 65% on held-out scenarios, which \
                   no synthetic document mentions, and from 67% to 64% on held-in ones. One run is one draw: \
                   \"Run 5 seeds\" and a check written before its runs show the spread, and two counting models \
                   stand beside every answer.",
            target: "#lab [data-testid='lab-train']",
            elsewhere: Some("lab"),
        },
        settings: |_| {},
    },
];
