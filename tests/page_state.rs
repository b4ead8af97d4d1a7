//! The frame's reducer.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use explainers::frame::url::decode;
use explainers::registry::PAGE;
use explainers::state::{Action, PageState, ThemePreference};
use explainers::url::{pairs, UrlProblem};
use yew::Reducible;

#[test]
fn set_theme_changes_only_the_theme() {
    let state = Rc::new(PageState::default());
    let next = state.reduce(Action::SetTheme(ThemePreference::Dark));
    assert_eq!(next.params.theme, ThemePreference::Dark);
    assert!(next.url_problems.is_empty());
}

#[test]
fn the_notice_gathers_every_explainers_problems_until_dismissed() {
    let (params, problems) = decode(&pairs("theme=neon"), PAGE);
    let state = Rc::new(PageState {
        params: params.clone(),
        url_problems: problems,
        resets: 0,
    });
    assert_eq!(state.url_problems.len(), 1);
    let reported = UrlProblem::new("doom.rank", "abc", "Not a number; using 1.175e11");
    let state = state.reduce(Action::AddUrlProblems(vec![reported.clone()]));
    assert_eq!(state.url_problems.len(), 2);
    assert_eq!(state.url_problems[1], reported);
    let next = state.reduce(Action::DismissUrlNotice);
    assert!(next.url_problems.is_empty());
    assert_eq!(next.params, params);
}

#[test]
fn effective_theme_follows_the_system_only_in_auto() {
    assert!(ThemePreference::Auto.is_dark(true));
    assert!(!ThemePreference::Auto.is_dark(false));
    assert!(ThemePreference::Dark.is_dark(false));
    assert!(!ThemePreference::Light.is_dark(true));
}

mod tour_actions {
    use std::rc::Rc;

    use explainers::alignment::EXPLAINER as ALIGNMENT;
    use explainers::doomsday::EXPLAINER as DOOMSDAY;
    use explainers::state::{Action, PageState};
    use yew::Reducible;

    #[test]
    fn steps_move_within_the_tour() {
        let state = Rc::new(PageState::default());
        let state = state.reduce(Action::SetTour(Some((&ALIGNMENT, 4))));
        assert_eq!(state.params.tour, Some((&ALIGNMENT, 4)));
        let state = state.reduce(Action::StepForward);
        assert_eq!(state.params.tour, Some((&ALIGNMENT, 5)));
        let state = state.reduce(Action::StepForward);
        assert_eq!(state.params.tour, Some((&ALIGNMENT, 5)), "no step 6");
        let state = state.reduce(Action::StepBack).reduce(Action::StepBack);
        assert_eq!(state.params.tour, Some((&ALIGNMENT, 3)));
        let state = state
            .reduce(Action::StepBack)
            .reduce(Action::StepBack)
            .reduce(Action::StepBack);
        assert_eq!(state.params.tour, Some((&ALIGNMENT, 1)), "no step 0");
        let state = state.reduce(Action::SetTour(None));
        assert_eq!(state.params.tour, None);
        let state = state.reduce(Action::StepForward);
        assert_eq!(state.params.tour, None, "no tour, nothing to step");
    }

    #[test]
    fn a_step_that_does_not_exist_changes_nothing() {
        let state = Rc::new(PageState::default());
        let next = state.clone().reduce(Action::SetTour(Some((&DOOMSDAY, 99))));
        assert_eq!(*next, *state);
        let next = state.clone().reduce(Action::SetTour(Some((&DOOMSDAY, 0))));
        assert_eq!(*next, *state);
    }

    #[test]
    fn reset_all_ends_the_tour_keeps_the_readers_display_choices_and_tells_the_explainers() {
        let state = Rc::new(PageState::default())
            .reduce(Action::SetPresenter(true))
            .reduce(Action::SetTour(Some((&ALIGNMENT, 4))))
            .reduce(Action::ResetAll);
        assert!(state.params.presenter);
        assert_eq!(state.params.tour, None);
        assert_eq!(
            state.resets, 1,
            "the frame's effect then clears every explainer's keys"
        );
    }
}

#[test]
fn back_and_forward_read_the_frames_keys_from_the_address() {
    let state = Rc::new(PageState::default())
        .reduce(Action::SetTheme(ThemePreference::Dark))
        .reduce(Action::SetPresenter(true));
    // An earlier entry: a tour step, no presenter mode, no theme named.
    let (read, _) = decode(&pairs("walk=doomsday&step=2"), PAGE);
    let state = state.reduce(Action::ReadAddress(read));
    assert_eq!(
        state
            .params
            .tour
            .map(|(explainer, step)| (explainer.word, step)),
        Some(("doomsday", 2))
    );
    assert!(!state.params.presenter);
    assert_eq!(
        state.params.theme,
        ThemePreference::Dark,
        "the reader's theme stays"
    );
    // An entry without a tour ends it; one that names a theme sets it.
    let (read, _) = decode(&pairs("theme=light"), PAGE);
    let state = state.reduce(Action::ReadAddress(read));
    assert_eq!(state.params.tour, None);
    assert_eq!(state.params.theme, ThemePreference::Light);
}
