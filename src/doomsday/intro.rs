//! The doomsday section and its introduction.

use yew::prelude::*;

#[function_component(DoomsdaySection)]
pub fn doomsday_section() -> Html {
    html! {
        <section id="doomsday" class="explainer" aria-labelledby="doomsday-title">
            <h2 id="doomsday-title">{ "The Bayesian doomsday update" }</h2>
            <p>
                { "About 117 billion people had been born by 2022, so your birth rank is somewhere \
                   near 117 billion. Compare two futures. In \"Stars\", humanity lasts a hundred \
                   million years and spreads through the galaxy, and the people born so far are a \
                   vanishing fraction of everyone who will ever live. In \"Dust\", we go extinct \
                   soon, and almost everyone who will ever live has already been born." }
            </p>
            <p>
                { "If you are a random sample from all humans who will ever exist (the \
                   Self-Sampling Assumption), a rank as early as yours is far more likely under \
                   Dust than under Stars: with an illustrative " }{ "10" }<sup>{ "20" }</sup>{ " people \
                   for Stars and 120 billion for Dust, 830 million times more likely, and Bayes' rule \
                   shifts your belief by that factor. If instead your existence is itself evidence for worlds with more observers \
                   (the Self-Indication Assumption), the two effects cancel exactly and the doomsday \
                   shift vanishes. Which assumption you hold decides the answer; each has a famous \
                   objection." }
            </p>
            <p class="source-line">
                { "Sources: Kaneda and Haub (2022), Population Reference Bureau, for the births; \
                   Bostrom (1998, 2002) for the Self-Sampling and Self-Indication Assumptions." }
            </p>
        </section>
    }
}
