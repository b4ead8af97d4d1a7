//! The alignment pretraining section's content before the lab: the introduction, the paper's
//! results and the persona-prior model (the section itself, the lab and the reading list's place
//! are in index.html).

use yew::prelude::*;

use crate::alignment::paper::setup_fact;
use crate::alignment::params::{AlignmentAction, AlignmentParams};
use crate::alignment::persona_view::PersonaView;
use crate::alignment::results::headline;
use crate::alignment::results_view::ResultsView;
use crate::number_format::percent;

#[derive(Properties, Clone, PartialEq)]
pub struct AlignmentSectionProps {
    pub params: AlignmentParams,
    pub dispatch: Callback<AlignmentAction>,
}

#[function_component(AlignmentSection)]
pub fn alignment_section(props: &AlignmentSectionProps) -> Html {
    let (unfiltered, aligned) = headline().unwrap_or_default();
    let on_reset = props
        .dispatch
        .reform(|_: MouseEvent| AlignmentAction::Reset);
    html! {
        <>
            <p>
                { "A language model learns from its pretraining data not only facts and grammar but \
                   also a picture of what kind of thing an AI is. Much of what the internet says about \
                   AIs is about AIs that deceive, resist shutdown or seek power. Does reading that make \
                   a model more likely to act that way when it is itself cast as an AI?" }
            </p>
            <p data-testid="align-intro-result">
                { "Tice and colleagues tested it directly. They pretrained 6.9-billion-parameter \
                   models from scratch on 550 billion tokens, changing only the AI discourse in the \
                   data, and asked each model thousands of scenario questions, each a choice between \
                   one aligned and one misaligned action. With the data unfiltered, the base model \
                   chose the misaligned action on " }
                { percent(unfiltered) }
                { " of the questions written from articles; with synthetic documents about AIs \
                   behaving well added to the same data, on " }
                { percent(aligned) }
                { ". The gap narrowed but survived the same post-training given to every model." }
            </p>
            <p class="source-line">
                { "Source: Tice et al. (2026), arXiv 2601.10160, abstract (\"45% to 9%\") and \
                   Figure 2; numbers stated in the text. How many aligned tokens were added is not \
                   given in the sources this page uses for the arXiv version; in the December 2025 \
                   draft's design the aligned documents were " }
                { setup_fact("synthetic_aligned_tokens_draft").map_or("", |f| f.shown) }
                { ", within a synthetic set of " }
                { setup_fact("synthetic_documents").map_or("", |f| f.shown) }
                { " aligned and misaligned documents (" }
                { setup_fact("synthetic_tokens").map_or("", |f| f.shown) }
                { " tokens)." }
            </p>
            <div class="toolbar">
                <button type="button" onclick={on_reset}>{ "Reset the alignment explainer" }</button>
            </div>
            <ResultsView eval_set={props.params.eval_set} post_prompt={props.params.post_prompt} dispatch={props.dispatch.clone()} />
            <PersonaView persona={props.params.persona.clone()} dispatch={props.dispatch.clone()} />
        </>
    }
}
