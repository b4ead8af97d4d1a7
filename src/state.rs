//! The page's state and its reducer: every change goes through an [`Action`].

use std::rc::Rc;

use yew::Reducible;

use crate::alignment::params::{AlignmentAction, AlignmentParams};
use crate::doomsday::params::DoomsdayParams;
use crate::lab::params::LabParams;
use crate::url::UrlProblem;
use crate::walkthrough::{params_at_step, Explainer};

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

/// Everything a permalink restores: each field has a URL key (see `docs/url-parameters.md`).
/// The page's first bundle owns the theme and the alignment explainer; the doomsday bundle owns
/// its own part.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Params {
    pub theme: ThemePreference,
    /// One explainer alone, without the page around it (`embed=`).
    pub embed: Option<Explainer>,
    /// Large type, thick lines, high contrast (`presenter=1`).
    pub presenter: bool,
    /// The walkthrough being followed and its step, counted from 1 (`walk=`, `step=`).
    pub walk: Option<(Explainer, usize)>,
    pub alignment: AlignmentParams,
    pub doomsday: DoomsdayParams,
    pub lab: LabParams,
}

/// The whole page state: the permalinked parameters and what the reader is being told about them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageState {
    pub params: Params,
    /// Malformed URL values replaced by defaults; shown in one notice until dismissed.
    pub url_problems: Vec<UrlProblem>,
}

/// Every change the page can make to its state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetTheme(ThemePreference),
    DismissUrlNotice,
    Alignment(AlignmentAction),
    SetPresenter(bool),
    /// Starts a walkthrough at step 1, moves it, or ends it (`None`).
    SetWalk(Option<(Explainer, usize)>),
    /// The next step of the walkthrough being followed, if there is one.
    StepForward,
    /// The previous step, if there is one.
    StepBack,
    /// Every explainer back to its defaults; the reader's theme, embed and presenter choices stay.
    ResetAll,
}

impl PageState {
    /// Moves to a walkthrough step (or out of the walkthrough). A step of the alignment
    /// walkthrough sets this page's alignment settings; the doomsday bundle reads its own step's
    /// settings from the address.
    pub fn go_to(&mut self, walk: Option<(Explainer, usize)>) {
        let Some((explainer, step)) = walk else {
            self.params.walk = None;
            return;
        };
        let Some(at_step) = params_at_step(explainer, step) else {
            return;
        };
        self.params.walk = Some((explainer, step));
        if explainer == Explainer::Alignment {
            self.params.alignment = at_step.alignment;
        }
    }
}

impl Reducible for PageState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetTheme(theme) => next.params.theme = theme,
            Action::DismissUrlNotice => next.url_problems.clear(),
            Action::Alignment(action) => next.params.alignment.apply(action),
            Action::SetPresenter(presenter) => next.params.presenter = presenter,
            Action::SetWalk(walk) => next.go_to(walk),
            Action::StepForward => {
                if let Some((explainer, step)) = next.params.walk {
                    if step < explainer.steps().len() {
                        next.go_to(Some((explainer, step + 1)));
                    }
                }
            }
            Action::StepBack => {
                if let Some((explainer, step)) = next.params.walk {
                    if step > 1 {
                        next.go_to(Some((explainer, step - 1)));
                    }
                }
            }
            Action::ResetAll => {
                next.params = Params {
                    theme: next.params.theme,
                    embed: next.params.embed,
                    presenter: next.params.presenter,
                    ..Params::default()
                };
            }
        }
        Rc::new(next)
    }
}
