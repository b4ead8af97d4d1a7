//! The frame's state and its reducer: every change goes through an [`Action`]. The explainers'
//! settings are not here: each explainer's island owns its own (`src/island.rs`).

use std::rc::Rc;

use yew::Reducible;

use crate::explainer::Explainer;
use crate::url::{UrlProblem, UrlWord};

/// The reader's choice of colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ThemePreference {
    /// Follow the operating system's `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

impl ThemePreference {
    /// Whether the page is drawn dark, given whether the system prefers dark.
    pub fn is_dark(self, system_prefers_dark: bool) -> bool {
        match self {
            Self::Auto => system_prefers_dark,
            Self::Light => false,
            Self::Dark => true,
        }
    }
}

impl UrlWord for ThemePreference {
    const ALL: &'static [Self] = &[Self::Auto, Self::Light, Self::Dark];
    fn word(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }
}

/// What the frame's permalink restores: each field has a URL key (`src/frame/url.rs`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Params {
    pub theme: ThemePreference,
    /// One explainer alone, without the page around it (`embed=`).
    pub embed: Option<&'static Explainer>,
    /// Large type, thick lines, high contrast (`presenter=1`).
    pub presenter: bool,
    /// The tour being followed and its step, counted from 1 (`walk=`, `step=`).
    pub tour: Option<(&'static Explainer, usize)>,
}

/// The frame's whole state: its permalinked parameters and what the reader is being told.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageState {
    pub params: Params,
    /// Malformed URL values replaced by defaults, the frame's and those each explainer
    /// reports; shown in one notice until dismissed.
    pub url_problems: Vec<UrlProblem>,
    /// How many times the reader has asked to reset everything: each time, the frame tells
    /// every explainer to return to its defaults.
    pub resets: u32,
}

/// Every change the frame can make to its state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetTheme(ThemePreference),
    DismissUrlNotice,
    /// An explainer found these problems in its part of the link.
    AddUrlProblems(Vec<UrlProblem>),
    SetPresenter(bool),
    /// Starts a tour at a step, moves it, or ends it (`None`); a step that does not exist
    /// changes nothing.
    SetTour(Option<(&'static Explainer, usize)>),
    /// The next step of the tour being followed, if there is one.
    StepForward,
    /// The previous step, if there is one.
    StepBack,
    /// Every explainer back to its defaults and the tour ended; the reader's theme, embed and
    /// presenter choices stay.
    ResetAll,
    /// Back or forward: the frame's settings as the address now names them (the tour and
    /// presenter mode; a theme only if the address names one, else the reader's stays).
    ReadAddress(Params),
}

impl Reducible for PageState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let tour = next.params.tour;
        let step_to = |step: usize| tour.map(|(explainer, _)| (explainer, step));
        let exists = |tour: Option<(&Explainer, usize)>| {
            tour.is_none_or(|(explainer, step)| (1..=explainer.tour.len()).contains(&step))
        };
        match action {
            Action::SetTheme(theme) => next.params.theme = theme,
            Action::DismissUrlNotice => next.url_problems.clear(),
            Action::AddUrlProblems(problems) => next.url_problems.extend(problems),
            Action::SetPresenter(presenter) => next.params.presenter = presenter,
            Action::SetTour(tour) if exists(tour) => next.params.tour = tour,
            Action::SetTour(_) => {}
            Action::StepForward | Action::StepBack => {
                let step = tour.map_or(0, |(_, step)| step);
                let to = if action == Action::StepForward {
                    step + 1
                } else {
                    step.saturating_sub(1)
                };
                if tour.is_some() && exists(step_to(to)) {
                    next.params.tour = step_to(to);
                }
            }
            Action::ResetAll => {
                next.params.tour = None;
                next.resets += 1;
            }
            Action::ReadAddress(read) => {
                if exists(read.tour) {
                    next.params.tour = read.tour;
                }
                next.params.presenter = read.presenter;
                if read.theme != ThemePreference::Auto {
                    next.params.theme = read.theme;
                }
            }
        }
        Rc::new(next)
    }
}
