//! The light/dark switch in the navigation bar.

use yew::prelude::*;

#[derive(Properties, Clone, PartialEq)]
pub struct ThemeToggleProps {
    /// Whether the page is drawn dark now (by choice or by the system setting).
    pub dark: bool,
    pub on_toggle: Callback<()>,
}

/// A toggle button: pressed means dark.
#[function_component(ThemeToggle)]
pub fn theme_toggle(props: &ThemeToggleProps) -> Html {
    let onclick = props.on_toggle.reform(|_: MouseEvent| ());
    html! {
        <button
            type="button"
            class="theme-toggle"
            data-testid="theme-toggle"
            aria-pressed={props.dark.to_string()}
            {onclick}
        >
            <span aria-hidden="true" class="theme-toggle-icon">{ if props.dark { "☾" } else { "☀" } }</span>
            { " Dark theme" }
        </button>
    }
}
