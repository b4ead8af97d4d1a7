//! Sources for the page's facts, each explainer's from its descriptor in the registry, and the
//! page's licence.

use yew::prelude::*;

use crate::explainer::Source;
use crate::registry::Registry;

/// One work: "authors, title, published." with the title a link where it has one.
fn source(work: &Source) -> Html {
    let title = html! { <cite>{ work.title }</cite> };
    html! {
        <li>
            { format!("{}, ", work.authors) }
            { match work.url {
                Some(url) => html! { <a href={url}>{ title }</a> },
                None => title,
            } }
            { format!("{}.", work.published) }
        </li>
    }
}

#[derive(Properties, Clone, PartialEq)]
pub struct FooterProps {
    /// The page's explainers, whose sources it lists.
    pub registry: Registry,
}

#[function_component(Footer)]
pub fn footer(props: &FooterProps) -> Html {
    html! {
        <footer class="page-footer">
            <h2>{ "Sources" }</h2>
            <ul class="sources">
                { for props.registry.all().flat_map(|e| e.sources).map(source) }
            </ul>
            <p class="licence">
                { "Code under the MIT licence. The page loads nothing from any other site: it works \
                   offline after one visit (where the browser allows a service worker), and inside \
                   an iframe." }
            </p>
        </footer>
    }
}
