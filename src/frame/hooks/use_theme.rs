//! Light or dark: the reader's choice (remembered for later visits), else the system's.

use yew::prelude::*;

use crate::browser::address::{store, THEME_STORAGE_KEY};
use crate::browser::document::dark_scheme_query;
use crate::state::{Action, PageState, ThemePreference};
use crate::url::UrlWord;

/// Whether the system asks for dark colours, kept current while the page is open.
#[hook]
fn use_system_prefers_dark() -> bool {
    let prefers_dark = use_state(|| dark_scheme_query().is_some_and(|q| q.matches()));
    {
        let prefers_dark = prefers_dark.clone();
        use_effect_with((), move |_| {
            let listener = dark_scheme_query().map(|query| {
                let target = query.clone();
                gloo::events::EventListener::new(&target, "change", move |_| {
                    prefers_dark.set(query.matches())
                })
            });
            move || drop(listener)
        });
    }
    *prefers_dark
}

/// The theme shown and its toggle: dark when the reader chose dark, or chose nothing and the
/// system prefers dark; the toggle chooses the other one explicitly. An explicit choice is
/// stored for later visits, "auto" forgets it.
#[hook]
pub fn use_theme(state: &UseReducerHandle<PageState>) -> (bool, Callback<()>) {
    let system_prefers_dark = use_system_prefers_dark();
    use_effect_with(state.params.theme, |theme| {
        let explicit = (*theme != ThemePreference::Auto).then(|| theme.word());
        store(THEME_STORAGE_KEY, explicit);
    });
    let dark = state.params.theme.is_dark(system_prefers_dark);
    let toggle = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| {
            let next = if dark {
                ThemePreference::Light
            } else {
                ThemePreference::Dark
            };
            dispatcher.dispatch(Action::SetTheme(next));
        })
    };
    (dark, toggle)
}
