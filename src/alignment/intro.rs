//! The alignment pretraining section and its introduction.

use yew::prelude::*;

#[function_component(AlignmentSection)]
pub fn alignment_section() -> Html {
    html! {
        <section id="alignment-pretraining" class="explainer" aria-labelledby="alignment-pretraining-title">
            <h2 id="alignment-pretraining-title">{ "Alignment pretraining" }</h2>
            <p>
                { "A language model learns from its pretraining data not only facts and grammar but \
                   also a picture of what kind of thing an AI is. Much of what the internet says about \
                   AIs is about AIs that deceive, resist shutdown or seek power. Does reading that make \
                   a model more likely to act that way when it is itself cast as an AI?" }
            </p>
            <p>
                { "Tice and colleagues tested it directly. They pretrained 6.9-billion-parameter \
                   models from scratch on 550 billion tokens, changing only the AI discourse in the \
                   data, and asked each model thousands of scenario questions with one aligned and one \
                   misaligned answer. With the data unfiltered, the base model chose the misaligned \
                   action on 45% of the questions; with about a billion tokens of documents about AIs \
                   behaving well added, on 9%. The gap narrowed but survived the same \
                   post-training given to every model." }
            </p>
            <p class="source-line">
                { "Source: Tice et al. (2026), arXiv 2601.10160, abstract (\"45% to 9%\") and \
                   Figure 2; numbers stated in the text." }
            </p>
        </section>
    }
}
