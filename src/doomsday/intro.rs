//! The doomsday section as the page frame draws it: the heading and introduction, shown at once,
//! and the mount point of the interactive explainer, whose bundle loads as the section nears the
//! viewport.

use yew::prelude::*;

/// The id of the element the doomsday bundle renders into.
pub const ISLAND_ROOT_ID: &str = "doomsday-root";

#[function_component(DoomsdayIntro)]
pub fn doomsday_intro() -> Html {
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
                   Dust than under Stars, and Bayes' rule shifts your belief by that factor. If \
                   instead your existence is itself evidence for worlds with more observers (the \
                   Self-Indication Assumption), the two effects cancel exactly and the doomsday \
                   shift vanishes. Change any number below and follow every step." }
            </p>
            <p class="illustrative-note">
                <strong>{ "Illustrative numbers. " }</strong>
                { "The Stars and Dust totals (10" }<sup>{ "20" }</sup>{ " and 1.2 × 10" }<sup>{ "11" }</sup>
                { " humans) and the 50:50 prior are this page's defaults, not the source post's, \
                   whose numbers are not known. The worked examples use their sources' numbers." }
            </p>
            // Filled by the doomsday bundle; the frame never renders children here, so the two
            // Yew apps never touch each other's nodes. Until then CSS shows a loading line.
            <div id={ISLAND_ROOT_ID} class="island"></div>
        </section>
    }
}
