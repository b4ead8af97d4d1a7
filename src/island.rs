//! The one way an explainer is hosted: an island, a Yew app of its own rendered into its root
//! element, whose settings the [`use_island`] hook owns.
//!
//! The hook reads the explainer's URL section (or, when a link follows its tour, the tour step's
//! settings), reports the section's problems to the frame's notice, writes every change back to
//! its own keys, and reads its section again whenever the frame announces that the address
//! changed under it (a tour step, a reset).

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::address::{current_query, replace_query};
use crate::browser::document::element_by_id;
use crate::browser::islands::{island_body, mark_ready, on_address_change, report_problems};
use crate::explainer::{tour_step_in, Explainer, Permalink, Refusal, Settings, Toured};
use crate::url::{pairs, rewrite_query, UrlProblem};

/// The settings the address gives `explainer`: its tour step's when the address follows its
/// tour, else its URL section's; and the problems of reading them.
pub fn settings_from_address<S: Permalink + Toured>(explainer: &Explainer) -> (S, Vec<UrlProblem>) {
    let pairs = pairs(&current_query());
    let step = tour_step_in(&pairs, explainer.word, S::tour().len());
    match step.and_then(S::at_step) {
        Some(settings) => (settings, Vec::new()),
        None => S::decode(&pairs),
    }
}

/// The address's query with `settings`' section rewritten and every other pair kept.
pub fn query_with<S: Permalink>(settings: &S, query: &str) -> String {
    rewrite_query(
        query,
        |key| key.starts_with(S::KEY_PREFIX),
        |out| settings.encode(out),
    )
}

/// The island's state: the settings, changed only by [`IslandAction`]s through `normalise`, and
/// the reader's last change if it was refused.
#[derive(Clone, Debug, PartialEq)]
pub struct IslandState<S: Settings> {
    pub settings: S,
    pub refusal: Option<Refusal<S::Action>>,
}

/// What changes an island's settings.
pub enum IslandAction<S: Settings> {
    /// A reader's change, normalised.
    Change(S::Action),
    /// The settings the address gives, after the frame changed it.
    Replace(S),
}

impl<S: Settings> Reducible for IslandState<S> {
    type Action = IslandAction<S>;

    /// A change within the rules is made; one that breaks a rule is refused (see
    /// [`Settings::apply`]) and remembered until the next change or read.
    fn reduce(self: Rc<Self>, action: IslandAction<S>) -> Rc<Self> {
        let next = match action {
            IslandAction::Change(action) => {
                let mut settings = self.settings.clone();
                let problems = settings.apply(action.clone());
                let refusal = (!problems.is_empty()).then(|| Refusal::new(action, &problems));
                Self { settings, refusal }
            }
            IslandAction::Replace(settings) => Self {
                settings,
                refusal: None,
            },
        };
        if next == *self {
            return self;
        }
        Rc::new(next)
    }
}

/// An island's settings as its view sees them.
pub struct Island<S: Settings> {
    pub settings: S,
    /// Asks for a change.
    pub dispatch: Callback<S::Action>,
    /// The last change asked for, if it was refused.
    pub refusal: Option<Refusal<S::Action>>,
}

/// Hosts `explainer`'s settings: returns them, the callback that changes them, and the last
/// refusal.
#[hook]
pub fn use_island<S: Permalink + Toured>(explainer: &'static Explainer) -> Island<S> {
    // Read once; the problems go to the frame after the first render (the frame, which starts
    // the islands from its effects, is listening by then).
    let first = use_mut_ref(|| settings_from_address::<S>(explainer));
    let state = use_reducer(|| IslandState {
        settings: first.borrow().0.clone(),
        refusal: None,
    });
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let (_, problems) = std::mem::take(&mut *first.borrow_mut());
            report_problems(&problems);
            // The frame may have changed the address between the first read and now (a tour
            // step announced before this listener existed): the reducer ignores an equal read.
            let read_again = move || {
                let (settings, _) = settings_from_address::<S>(explainer);
                state.dispatch(IslandAction::Replace(settings));
            };
            read_again();
            let listener = on_address_change(read_again);
            mark_ready(explainer);
            move || drop(listener)
        });
    }
    // Declared after the listener: a change the frame made before it listened is read first,
    // and the settings it gives are written on the next render.
    use_effect_with(state.settings.clone(), |settings| {
        replace_query(&query_with(settings, &current_query()));
    });
    // One callback for the island's life: a child whose other props are unchanged is not
    // rendered again (a callback made at each render would differ every time).
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| {
            Callback::from(move |action| dispatcher.dispatch(IslandAction::Change(action)))
        })
    };
    Island {
        settings: state.settings.clone(),
        dispatch: (*dispatch).clone(),
        refusal: state.refusal.clone(),
    }
}

/// Renders island component `C` into `explainer`'s root element, if the page has it, beside the
/// first view prerendered there, which stays on screen until the island's first render has run
/// its effects: [`mark_ready`] then removes it and shows the island in the same task. Yew clears
/// the element it renders into and may yield to the browser between the renders of a large
/// island (every 16 ms), so an island rendered straight into its root could be painted empty,
/// and the page below it would move; it renders into a body of its own instead
/// ([`island_body`]), hidden while the root is `data-state="starting"`.
pub fn start<C: BaseComponent<Properties = ()>>(explainer: &Explainer) {
    if let Some(body) = element_by_id(explainer.root_id).and_then(|root| island_body(&root)) {
        yew::Renderer::<C>::with_root(body).render();
    }
}

/// Component `C` with `props` as HTML, for the build-time prerender (natively, where the address
/// is empty: every explainer shows its defaults).
#[cfg(not(target_arch = "wasm32"))]
pub fn prerender<C: BaseComponent>(props: C::Properties) -> String {
    futures::executor::block_on(
        yew::LocalServerRenderer::<C>::with_props(props)
            .hydratable(false)
            .render(),
    )
}
