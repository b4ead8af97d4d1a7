//! The page title, its introduction, and the navigation bar with the theme toggle.

use yew::prelude::*;

use crate::frame::theme_toggle::ThemeToggle;
use crate::registry;

#[derive(Properties, Clone, PartialEq)]
pub struct HeaderProps {
    pub dark: bool,
    pub on_toggle_theme: Callback<()>,
    pub presenter: bool,
    pub on_toggle_presenter: Callback<()>,
    pub on_help: Callback<()>,
    pub on_reset_all: Callback<()>,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    html! {
        <>
            <nav class="site-nav" aria-label="Sections">
                <ul>
                    { for registry::standalone().filter_map(|explainer| {
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
                        aria-keyshortcuts="r" data-testid="reset-all">{ "Reset all" }</button>
                    <ThemeToggle dark={props.dark} on_toggle={props.on_toggle_theme.clone()} />
                </div>
            </nav>
            <header class="page-header">
                <h1>{ "What the evidence should make you believe" }</h1>
                <p class="lede">
                    { "Two explainers about priors and the data that moves them. The first is about \
                       machines: a language model learns from its pretraining data what an AI is \
                       like, and a recent experiment shows that what it reads about AIs changes \
                       which of two actions, an aligned or a misaligned one, it chooses when a \
                       scenario question casts it as an AI. The second is about us: what our own \
                       place in the line of everyone ever born should tell us about how long that \
                       line will be." }
                </p>
                <p>
                    { "Both are worked through with real numbers and their sources. Change any input \
                       and every step that depends on it follows; the address bar keeps the whole \
                       state, so a link reproduces exactly what you see." }
                </p>
            </header>
        </>
    }
}
