//! The page reducer.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use explainers::state::{Action, PageState, ThemePreference};
use explainers::url::decode;
use yew::Reducible;

#[test]
fn set_theme_changes_only_the_theme() {
    let state = Rc::new(PageState::default());
    let next = state.reduce(Action::SetTheme(ThemePreference::Dark));
    assert_eq!(next.params.theme, ThemePreference::Dark);
    assert!(next.url_problems.is_empty());
}

#[test]
fn dismissing_the_notice_clears_the_problems_and_keeps_the_params() {
    let decoded = decode("theme=neon");
    let state = Rc::new(PageState {
        params: decoded.params.clone(),
        url_problems: decoded.problems,
    });
    assert_eq!(state.url_problems.len(), 1);
    let next = state.reduce(Action::DismissUrlNotice);
    assert!(next.url_problems.is_empty());
    assert_eq!(next.params, decoded.params);
}

#[test]
fn effective_theme_follows_the_system_only_in_auto() {
    assert!(ThemePreference::Auto.is_dark(true));
    assert!(!ThemePreference::Auto.is_dark(false));
    assert!(ThemePreference::Dark.is_dark(false));
    assert!(!ThemePreference::Light.is_dark(true));
}
