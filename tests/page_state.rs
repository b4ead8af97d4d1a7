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

mod walkthrough_actions {
    use std::rc::Rc;

    use explainers::state::{Action, PageState};
    use explainers::walkthrough::Explainer;
    use yew::Reducible;

    #[test]
    fn steps_move_within_the_walkthrough_and_set_alignment_settings() {
        let state = Rc::new(PageState::default());
        let state = state.reduce(Action::SetWalk(Some((Explainer::Alignment, 4))));
        assert_eq!(state.params.walk, Some((Explainer::Alignment, 4)));
        assert_eq!(state.params.alignment.persona.synthetic_aligned, 0.001);
        let state = state.reduce(Action::StepForward);
        assert_eq!(state.params.walk, Some((Explainer::Alignment, 5)));
        assert_eq!(state.params.alignment.persona.synthetic_aligned, 0.0);
        let state = state.reduce(Action::StepForward);
        assert_eq!(
            state.params.walk,
            Some((Explainer::Alignment, 5)),
            "no step 6"
        );
        let state = state.reduce(Action::StepBack).reduce(Action::StepBack);
        assert_eq!(state.params.walk, Some((Explainer::Alignment, 3)));
        assert_eq!(state.params.alignment.persona.synthetic_aligned, 0.0);
        let state = state.reduce(Action::SetWalk(None));
        assert_eq!(state.params.walk, None);
        let state = state.reduce(Action::StepForward);
        assert_eq!(state.params.walk, None, "no walkthrough, nothing to step");
    }

    #[test]
    fn a_step_that_does_not_exist_changes_nothing() {
        let state = Rc::new(PageState::default());
        let next = state
            .clone()
            .reduce(Action::SetWalk(Some((Explainer::Doomsday, 99))));
        assert_eq!(*next, *state);
    }

    #[test]
    fn reset_all_keeps_the_readers_display_choices() {
        let state = Rc::new(PageState::default())
            .reduce(Action::SetPresenter(true))
            .reduce(Action::SetWalk(Some((Explainer::Alignment, 4))))
            .reduce(Action::ResetAll);
        assert!(state.params.presenter);
        assert_eq!(state.params.walk, None);
        assert_eq!(state.params.alignment, Default::default());
    }
}
