//! Sources for the page's facts and its licence.

use yew::prelude::*;

#[function_component(Footer)]
pub fn footer() -> Html {
    html! {
        <footer class="page-footer">
            <h2>{ "Sources" }</h2>
            <ul class="sources">
                <li>
                    { "Tice et al. (2026), " }
                    <a href="https://arxiv.org/abs/2601.10160">
                        <cite>{ "Alignment Pretraining: AI Discourse Causes Self-Fulfilling (Mis)alignment" }</cite>
                    </a>
                    { ", arXiv 2601.10160." }
                </li>
                <li>
                    { "N. Bostrom (1998), " }
                    <a href="https://anthropic-principle.com/preprints/lit/">
                        <cite>{ "The Doomsday Argument: a Literature Review" }</cite>
                    </a>
                    { "; N. Bostrom (2002), " }<cite>{ "Anthropic Bias" }</cite>{ "." }
                </li>
                <li>
                    { "J. R. Gott III (1993), " }
                    <a href="https://www.nature.com/articles/363315a0">
                        <cite>{ "Implications of the Copernican principle for our future prospects" }</cite>
                    </a>
                    { ", Nature 363:315." }
                </li>
                <li>
                    { "T. Kaneda and C. Haub (2022), " }
                    <a href="https://www.prb.org/articles/how-many-people-have-ever-lived-on-earth/">
                        <cite>{ "How Many People Have Ever Lived on Earth?" }</cite>
                    </a>
                    { ", Population Reference Bureau." }
                </li>
            </ul>
            <p class="licence">
                { "Code under the MIT licence. The page loads nothing from any other site: it works \
                   offline after one visit (where the browser allows a service worker), and inside \
                   an iframe." }
            </p>
        </footer>
    }
}
