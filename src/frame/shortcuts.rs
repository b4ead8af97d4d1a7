//! The keyboard shortcuts and their help dialog.

use web_sys::HtmlDialogElement;
use yew::prelude::*;

use crate::components::checkbox::checkbox;
use crate::state::Action;

/// What a key does, when no text field has the focus and no modifier is held.
pub fn action_for_key(key: &str) -> Option<Shortcut> {
    match key {
        "?" => Some(Shortcut::Help),
        "ArrowRight" => Some(Shortcut::Page(Action::StepForward)),
        "ArrowLeft" => Some(Shortcut::Page(Action::StepBack)),
        "r" | "R" => Some(Shortcut::Page(Action::ResetAll)),
        "p" | "P" => Some(Shortcut::TogglePresenter),
        _ => None,
    }
}

/// A shortcut's effect.
#[derive(Clone, Debug, PartialEq)]
pub enum Shortcut {
    Help,
    TogglePresenter,
    Page(Action),
}

/// The shortcuts as the help dialog lists them.
pub const SHORTCUTS: [(&str, &str); 5] = [
    ("→", "next step of the guided tour"),
    ("←", "previous step"),
    ("r", "reset everything on the page"),
    ("p", "presenter mode on or off"),
    ("?", "this list"),
];

#[derive(Properties, Clone, PartialEq)]
pub struct ShortcutsDialogProps {
    pub open: bool,
    pub on_close: Callback<()>,
    /// Whether single-key shortcuts are on.
    pub enabled: bool,
    /// Turns them on or off.
    pub on_enable: Callback<bool>,
}

/// A modal `<dialog>`: Escape or the button closes it, and the focus returns where it was.
#[function_component(ShortcutsDialog)]
pub fn shortcuts_dialog(props: &ShortcutsDialogProps) -> Html {
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(props.open, move |open| {
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                if *open && !dialog.open() {
                    let _ = dialog.show_modal();
                } else if !*open && dialog.open() {
                    dialog.close();
                }
            }
        });
    }
    let on_close_event = props.on_close.reform(|_: Event| ());
    let on_button = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <dialog ref={dialog} class="shortcuts" aria-labelledby="shortcuts-title" onclose={on_close_event} data-testid="shortcuts-dialog">
            <h2 id="shortcuts-title">{ "Keyboard shortcuts" }</h2>
            <p>{ "Anywhere on the page, except while typing in a field:" }</p>
            <dl>
                { for SHORTCUTS.iter().map(|(key, what)| html! {
                    <div><dt><kbd>{ *key }</kbd></dt><dd>{ *what }</dd></div>
                }) }
            </dl>
            { checkbox("shortcuts-enabled", "Single-key shortcuts (turn them off if they get in the way of a screen reader or speech input; remembered)", props.enabled, props.on_enable.clone()) }
            <p>{ "Every control also works with Tab, the arrow keys, Enter and Space." }</p>
            <button type="button" onclick={on_button}>{ "Close" }</button>
        </dialog>
    }
}
