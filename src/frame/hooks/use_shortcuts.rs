//! Single-key shortcuts, on unless the reader turned them off (remembered).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::address::{store, stored, SHORTCUTS_STORAGE_KEY};
use crate::browser::document::{any_dialog_open, on_key_down, set_fullscreen};
use crate::frame::shortcuts::{action_for_key, Shortcut};
use crate::state::{Action, PageState};

/// Whether a key press belongs to a text field (or carries a modifier), not to the shortcuts.
fn typing(event: &web_sys::KeyboardEvent) -> bool {
    if event.ctrl_key() || event.meta_key() || event.alt_key() {
        return true;
    }
    let element = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let tag = element
        .as_ref()
        .map(|e| e.tag_name().to_ascii_lowercase())
        .unwrap_or_default();
    // The draggable numbers use the arrow keys themselves.
    let slider = element
        .and_then(|e| e.get_attribute("role"))
        .is_some_and(|role| role == "slider");
    matches!(tag.as_str(), "input" | "textarea" | "select") || slider
}

/// The shortcuts' dialog and switch: whether the dialog is open, its opener and closer, whether
/// the shortcuts are on, and the switch (stored for later visits).
pub struct Shortcuts {
    pub dialog_open: bool,
    pub open_dialog: Callback<()>,
    pub close_dialog: Callback<()>,
    pub on: bool,
    pub set_on: Callback<bool>,
}

/// Listens for the shortcut keys anywhere on the page: none while typing, while a dialog is
/// open (its keys are its own; asked of the page at each key) or when turned off. "Reset all" goes through `reset_all`, so that
/// a key resets exactly as the button does.
#[hook]
pub fn use_shortcuts(state: &UseReducerHandle<PageState>, reset_all: Callback<()>) -> Shortcuts {
    let dialog_open = use_state(|| false);
    let on = use_state(|| stored(SHORTCUTS_STORAGE_KEY).as_deref() != Some("off"));
    {
        let (dispatcher, dialog) = (state.dispatcher(), dialog_open.clone());
        let keys = (state.params.presenter, *on);
        use_effect_with(keys, move |&(presenter, on)| {
            let listener = on_key_down(move |event| {
                if !on || any_dialog_open() || typing(event) {
                    return;
                }
                match action_for_key(&event.key()) {
                    Some(Shortcut::Help) => dialog.set(true),
                    Some(Shortcut::TogglePresenter) => {
                        set_fullscreen(!presenter);
                        dispatcher.dispatch(Action::SetPresenter(!presenter));
                    }
                    Some(Shortcut::Page(Action::ResetAll)) => reset_all.emit(()),
                    Some(Shortcut::Page(action)) => dispatcher.dispatch(action),
                    None => return,
                }
                event.prevent_default();
            });
            move || drop(listener)
        });
    }
    let setter = |value: bool| {
        let dialog_open = dialog_open.clone();
        Callback::from(move |()| dialog_open.set(value))
    };
    Shortcuts {
        dialog_open: *dialog_open,
        open_dialog: setter(true),
        close_dialog: setter(false),
        on: *on,
        set_on: {
            let on = on.clone();
            Callback::from(move |value: bool| {
                store(SHORTCUTS_STORAGE_KEY, (!value).then_some("off"));
                on.set(value);
            })
        },
    }
}
