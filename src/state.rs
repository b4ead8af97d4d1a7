//! The page's state and its reducer: every change goes through an [`Action`].

use std::rc::Rc;

use yew::Reducible;

use crate::alignment::params::{AlignmentAction, AlignmentParams};
use crate::doomsday::params::DoomsdayParams;
use crate::url::UrlProblem;
use crate::walkthrough::Explainer;

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
}

impl Reducible for PageState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetTheme(theme) => next.params.theme = theme,
            Action::DismissUrlNotice => next.url_problems.clear(),
            Action::Alignment(action) => next.params.alignment.apply(action),
        }
        Rc::new(next)
    }
}
