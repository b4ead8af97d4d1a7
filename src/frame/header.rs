//! The top of the page: the embedded page's bar, the skip link and the navigation bar with the
//! page's buttons. (The page's title and introduction after it are static HTML in index.html.)

use yew::prelude::*;

use crate::components::focus_return::use_focus_return;
use crate::frame::theme_toggle::ThemeToggle;
use crate::registry::Registry;

#[derive(Properties, Clone, PartialEq)]
pub struct HeaderProps {
    /// The page's explainers: a link to each that stands alone.
    pub registry: Registry,
    pub dark: bool,
    pub on_toggle_theme: Callback<()>,
    pub presenter: bool,
    pub on_toggle_presenter: Callback<()>,
    pub on_help: Callback<()>,
    pub on_reset_all: Callback<()>,
    /// Whether a reset can still be undone (for a few seconds after it).
    #[prop_or(false)]
    pub undo_offered: bool,
    #[prop_or_default]
    pub on_undo: Callback<()>,
    /// The page without `embed=`, for the link out of an embedded page.
    pub full_page: AttrValue,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    // When the offer to undo goes (used, or timed out) with the focus on it, the focus goes
    // back to "Reset all".
    let reset_button = use_focus_return(props.undo_offered);
    html! {
        <>
            // Shown only when embedded (`html[data-embed]`), in place of all that follows: the
            // page's title stays its one heading of level 1 (for screen readers), and the link
            // out is in a landmark of its own. Always in the markup, so that the prerendered
            // page has it and an embedded page does not move when the frame runs.
            <nav class="embed-bar" aria-label="Full page">
                <h1 class="visually-hidden">{ "What the evidence should make you believe" }</h1>
                <a href={props.full_page.clone()} target="_blank" rel="noopener">{ "Open the full page ↗" }</a>
            </nav>
            <a class="skip-link" href="#main">{ "Skip to content" }</a>
            <nav class="site-nav" aria-label="Sections">
                <ul>
                    { for props.registry.standalone().filter_map(|explainer| {
                        let label = explainer.standalone.as_ref()?.nav_label;
                        Some(html! { <li><a href={format!("#{}", explainer.section_id)}>{ label }</a></li> })
                    }) }
                </ul>
                <div class="nav-buttons">
                    <button type="button" aria-pressed={props.presenter.to_string()} data-testid="presenter-toggle"
                        onclick={props.on_toggle_presenter.reform(|_: MouseEvent| ())}>{ "Presenter mode" }</button>
                    <button type="button" onclick={props.on_help.reform(|_: MouseEvent| ())}
                        aria-keyshortcuts="?">{ "Shortcuts" }</button>
                    <button type="button" onclick={props.on_reset_all.reform(|_: MouseEvent| ())}
                        aria-keyshortcuts="r" data-testid="reset-all" ref={reset_button}>{ "Reset all" }</button>
                    // Next in the tab order after "Reset all"; shown at the foot of the screen.
                    <span class="undo-offer" role="status" data-testid="undo-offer">
                        if props.undo_offered {
                            { "Every explainer is back to its defaults. " }
                            <button type="button" onclick={props.on_undo.reform(|_: MouseEvent| ())}
                                data-testid="undo-reset">{ "Undo" }</button>
                        }
                    </span>
                    <ThemeToggle dark={props.dark} on_toggle={props.on_toggle_theme.clone()} />
                </div>
            </nav>
        </>
    }
}
