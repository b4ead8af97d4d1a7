//! The bar above each explainer: copy a link to it, embed it elsewhere, or take its guided tour.

use yew::prelude::*;

use crate::browser::address::page_url;
use crate::browser::export::copy_text;
use crate::components::focus_return::use_focus_return;
use crate::explainer::{Explainer, STEP, TOUR};
use crate::frame::url::{EMBED, PRESENTER};
use crate::registry::Registry;
use crate::state::Action;
use crate::url::rewrite_url;

#[derive(Properties, Clone, PartialEq)]
pub struct ExplainerToolsProps {
    pub explainer: &'static Explainer,
    /// The page's explainers (where a copied link lands).
    pub registry: Registry,
    /// Whether this explainer's tour is being followed.
    pub touring: bool,
    pub dispatch: Callback<Action>,
}

/// `url` with its `#fragment` replaced by `#fragment`.
/// Where a link copied from `explainer`'s tools lands: the section of an explainer of `registry`
/// whose [`Explainer::lands_link`] key is `1` in `url` (a link that trains the lab at once lands
/// on the lab), else `explainer`'s own.
pub fn landing(url: &str, explainer: &'static Explainer, registry: Registry) -> &'static str {
    let query = url.split('#').next().unwrap_or(url);
    let query = query.split_once('?').map_or("", |(_, q)| q);
    registry
        .all()
        .find(|part| {
            part.lands_link
                .is_some_and(|key| query.split('&').any(|pair| pair == format!("{key}=1")))
        })
        .map_or(explainer.section_id, |part| part.section_id)
}

fn with_fragment(url: &str, fragment: &str) -> String {
    let base = url.split('#').next().unwrap_or(url);
    format!("{base}#{fragment}")
}

/// `url` for embedding `explainer`: `embed=<explainer>` set, the tour, presenter and embed keys
/// of the page dropped, and the keys of every explainer the embed does not show (another
/// explainer's, and its parts'); every setting of the explainer and of its parts kept.
pub fn embed_url(url: &str, explainer: &Explainer, registry: Registry) -> String {
    let frame = [EMBED, TOUR, STEP, PRESENTER];
    let hidden = |key: &str| {
        registry
            .all()
            .any(|other| other.owns_key(key) && !other.shown_with(explainer))
    };
    rewrite_url(
        url,
        |key| frame.contains(&key) || hidden(key),
        &[(EMBED, explainer.word)],
    )
}

/// The copy-paste snippet for embedding `explainer` from `url`: an iframe, and a few lines that
/// resize it from the height messages the page posts.
pub fn embed_snippet(url: &str, explainer: &Explainer, registry: Registry) -> String {
    let src = embed_url(url, explainer, registry)
        .replace('&', "&amp;")
        .replace('"', "&quot;");
    format!(
        "<iframe title=\"{title}, interactive\" src=\"{src}\" loading=\"lazy\"\n        style=\"width: 100%; height: 900px; border: 0\"></iframe>\n<script>\n  // Optional: fit the frame to its content. The page posts {{type: \"explainer-height\", height}}.\n  addEventListener(\"message\", (event) => {{\n    if (!event.data || event.data.type !== \"explainer-height\") return;\n    for (const frame of document.querySelectorAll(\"iframe\")) {{\n      if (frame.contentWindow === event.source) frame.style.height = event.data.height + \"px\";\n    }}\n  }});\n</script>",
        title = explainer.title
    )
}

#[function_component(ExplainerTools)]
pub fn explainer_tools(props: &ExplainerToolsProps) -> Html {
    let (explainer, registry) = (props.explainer, props.registry);
    let status = use_state(String::new);
    let embed_open = use_state(|| false);
    let copy = {
        let status = status.clone();
        move |text: String, done: &'static str| {
            let status = status.clone();
            yew::platform::spawn_local(async move {
                let copied = copy_text(&text).await;
                status.set(if copied {
                    done.to_owned()
                } else {
                    format!("Copying is blocked here; select and copy this: {text}")
                });
            });
        }
    };
    let on_copy_link = {
        let copy = copy.clone();
        Callback::from(move |_: MouseEvent| {
            let url = page_url();
            copy(
                with_fragment(&url, landing(&url, explainer, registry)),
                "Link copied.",
            )
        })
    };
    let on_toggle_embed = {
        let embed_open = embed_open.clone();
        Callback::from(move |_: MouseEvent| embed_open.set(!*embed_open))
    };
    let snippet = embed_snippet(&page_url(), explainer, registry);
    let on_copy_snippet = {
        let snippet = snippet.clone();
        Callback::from(move |_: MouseEvent| copy(snippet.clone(), "Embed code copied."))
    };
    let on_tour = props
        .dispatch
        .reform(move |_: MouseEvent| Action::SetTour(Some((explainer, 1))));
    // When the tour ends, the focus it held (on its card, now gone) comes back to its button.
    let tour_button = use_focus_return(props.touring);
    let word = explainer.word;
    html! {
        <div class="explainer-tools" role="group" aria-label={format!("Share or present {}", explainer.title)}>
            <button type="button" onclick={on_copy_link} data-testid={format!("{word}-copy-link")}>{ "Copy link" }</button>
            <button type="button" onclick={on_toggle_embed} aria-expanded={embed_open.to_string()}
                aria-controls={format!("{word}-embed")} data-testid={format!("{word}-embed-button")}>{ "Embed" }</button>
            if !props.touring {
                <button type="button" onclick={on_tour} data-testid={format!("{word}-tour")} ref={tour_button}>{ "Guided tour" }</button>
            }
            <span class="tools-status" role="status" data-testid={format!("{word}-tools-status")}>{ (*status).clone() }</span>
            if *embed_open {
                <div class="embed-panel" id={format!("{word}-embed")}>
                    <label for={format!("{word}-embed-code")}>{ "Paste this into your page (any site): the explainer alone, without the rest of this page." }</label>
                    <textarea id={format!("{word}-embed-code")} readonly=true rows="11" value={snippet}
                        data-testid={format!("{word}-embed-code")} />
                    <button type="button" onclick={on_copy_snippet}>{ "Copy embed code" }</button>
                </div>
            }
        </div>
    }
}
