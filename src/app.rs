//! The page's frame: header and navigation, the notice, each explainer's tools, the tour card
//! and the footer. It owns the frame's state and talks to the explainers' islands only through
//! the address and page events; it iterates the registry for everything it does per explainer.

use gloo::timers::callback::{Interval, Timeout};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::address::{current_query, fragment, page_url, replace_query};
use crate::browser::address::{store, stored, SHORTCUTS_STORAGE_KEY, THEME_STORAGE_KEY};
use crate::browser::bundles::{announce_address_change, load_bundle_when_near, on_problems};
use crate::browser::document::{
    dark_scheme_query, element_by_id, on_key_down, point_at, set_fullscreen, set_root_attribute,
};
use crate::browser::embed::report_height_to_host;
use crate::explainer::Explainer;
use crate::frame::explainer_tools::ExplainerTools;
use crate::frame::footer::Footer;
use crate::frame::header::Header;
use crate::frame::shortcuts::{action_for_key, Shortcut, ShortcutsDialog};
use crate::frame::url::{self as frame_url, EMBED};
use crate::frame::url_notice::UrlNotice;
use crate::frame::walk_card::WalkCard;
use crate::registry::{self, EXPLAINERS};
use crate::state::{Action, PageState, ThemePreference};
use crate::url::{pairs, rewrite_query, rewrite_url, UrlWord};

/// The element (in index.html) the page bundle renders its header into.
pub const TOP_ID: &str = "app-top";
/// The element inside `<main>`, before the sections, for the URL notice.
const MAIN_ID: &str = "app-main";
/// How long "Reset all" can be undone, in milliseconds.
const UNDO_OFFER_MS: u32 = 10_000;
/// The element after `<main>` for the footer, the walkthrough card and the shortcuts dialog.
const FOOTER_ID: &str = "app-footer";

/// The elements in index.html the frame renders into: its own, and each standalone explainer's
/// tools.
fn frame_hosts() -> Vec<&'static str> {
    let tools = registry::standalone().filter_map(|e| Some(e.standalone.as_ref()?.tools_id));
    [TOP_ID, MAIN_ID, FOOTER_ID]
        .into_iter()
        .chain(tools)
        .collect()
}

/// Renders the frame in place of its prerendered first view: every host is emptied and filled
/// again before the browser next paints (Yew renders in a microtask).
pub fn start() {
    for id in frame_hosts() {
        if let Some(host) = element_by_id(id) {
            host.set_inner_html("");
        }
    }
    if let Some(root) = element_by_id(TOP_ID) {
        yew::Renderer::<App>::with_root(root).render();
    }
}

/// The frame's first view as HTML per host, as the page opens without a query: the header,
/// each explainer's tools and the footer (the notice is empty). For the build-time prerender.
#[cfg(not(target_arch = "wasm32"))]
pub fn prerender() -> Vec<(&'static str, String)> {
    use crate::frame::header::HeaderProps;
    use crate::island::prerender;
    let header = HeaderProps {
        dark: false,
        on_toggle_theme: Callback::noop(),
        presenter: false,
        on_toggle_presenter: Callback::noop(),
        on_help: Callback::noop(),
        on_reset_all: Callback::noop(),
        undo_offered: false,
        on_undo: Callback::noop(),
        full_page: "./".into(),
    };
    let mut parts = vec![
        (TOP_ID, prerender::<Header>(header)),
        (FOOTER_ID, prerender::<Footer>(())),
    ];
    for explainer in registry::standalone() {
        if let Some(standalone) = &explainer.standalone {
            let props = crate::frame::explainer_tools::ExplainerToolsProps {
                explainer,
                walking: false,
                dispatch: Callback::noop(),
            };
            parts.push((standalone.tools_id, prerender::<ExplainerTools>(props)));
        }
    }
    parts
}

/// The state the page opens in: the URL's frame settings, and for the theme, when the URL does
/// not choose one, the reader's stored choice from an earlier visit.
fn initial_state() -> PageState {
    let (mut params, problems) = frame_url::decode(&pairs(&current_query()));
    if params.theme == ThemePreference::Auto {
        if let Some(stored) = stored(THEME_STORAGE_KEY) {
            params.theme = ThemePreference::from_word(&stored).unwrap_or_default();
        }
    }
    PageState {
        params,
        url_problems: problems,
        resets: 0,
    }
}

/// The address's query without the keys of `explainers` (their settings back to defaults).
fn query_without(explainers: &[&Explainer]) -> String {
    let owned = |key: &str| explainers.iter().any(|e| e.owns_key(key));
    rewrite_query(&current_query(), owned, |_| {})
}

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

/// Whether a key press belongs to a text field (or carries a modifier), not to the shortcuts.
fn typing(event: &web_sys::KeyboardEvent) -> bool {
    if event.ctrl_key() || event.meta_key() || event.alt_key() {
        return true;
    }
    let tag = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|e| e.tag_name().to_ascii_lowercase())
        .unwrap_or_default();
    matches!(tag.as_str(), "input" | "textarea" | "select") || {
        // The draggable numbers use the arrow keys themselves.
        event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.get_attribute("role"))
            .is_some_and(|role| role == "slider")
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);
    // Listening from the first render on, before any island reports its problems.
    {
        let dispatcher = state.dispatcher();
        use_mut_ref(move || {
            on_problems(move |problems| dispatcher.dispatch(Action::AddUrlProblems(problems)))
        });
    }
    let system_prefers_dark = use_system_prefers_dark();
    let help_open = use_state(|| false);
    // Single-key shortcuts, on unless the reader turned them off (remembered).
    let shortcuts_on = use_state(|| stored(SHORTCUTS_STORAGE_KEY).as_deref() != Some("off"));
    let params = &state.params;

    // The frame has replaced its prerendered first view and responds (tests wait for this).
    use_effect_with((), |_| set_root_attribute("data-frame", Some("ready")));
    // Back and forward: the address changed under the page. The frame reads its own keys again
    // and every island its section, so that what is shown is what the address names.
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = crate::browser::window().map(|window| {
                gloo::events::EventListener::new(&window, "popstate", move |_| {
                    let (read, _) = frame_url::decode(&pairs(&current_query()));
                    dispatch.dispatch(Action::ReadAddress(read));
                    announce_address_change();
                })
            });
            move || drop(listener)
        });
    }
    // One-way flow out of the state: the address bar, the stored theme and the root element.
    use_effect_with(state.params.clone(), |params| {
        let query = rewrite_query(
            &current_query(),
            |key| frame_url::KEYS.contains(&key),
            |out| frame_url::encode(params, out),
        );
        replace_query(&query);
        let explicit_theme = (params.theme != ThemePreference::Auto).then(|| params.theme.word());
        store(THEME_STORAGE_KEY, explicit_theme);
        set_root_attribute("data-theme", explicit_theme);
        set_root_attribute("data-embed", params.embed.map(|e| e.word));
        set_root_attribute("data-presenter", params.presenter.then_some(""));
    });
    // Reset all: every explainer's keys leave the address, and each explainer reads its defaults.
    // The address from before is kept for ten seconds, for Undo.
    let undo = use_state(|| None::<String>);
    let reset_all = {
        let (undo, dispatch) = (undo.clone(), state.dispatcher());
        Callback::from(move |()| {
            // Read before the reducer runs: its effects rewrite the address (the tour's keys).
            undo.set(Some(current_query()));
            dispatch.dispatch(Action::ResetAll);
        })
    };
    {
        let undo = undo.clone();
        use_effect_with(state.resets, move |resets| {
            let mut expiry = None;
            if *resets > 0 {
                replace_query(&query_without(&EXPLAINERS));
                announce_address_change();
                expiry = Some(Timeout::new(UNDO_OFFER_MS, move || undo.set(None)));
            }
            move || drop(expiry)
        });
    }
    let on_undo = {
        let (undo, dispatch) = (undo.clone(), state.dispatcher());
        Callback::from(move |()| {
            if let Some(before) = (*undo).clone() {
                replace_query(&before);
                announce_address_change();
                let walk = frame_url::decode(&pairs(&before)).0.walk;
                if walk.is_some() {
                    dispatch.dispatch(Action::SetWalk(walk));
                }
                undo.set(None);
            }
        })
    };
    // A tour step: the explainer it points into elsewhere returns to its defaults, every island
    // reads the address again (the toured one takes the step's settings), the bundles the step
    // needs load, and the pointer finds its target (retrying while a bundle loads).
    use_effect_with(state.params.walk, |walk| {
        let mut pointer = None;
        if let Some((explainer, step)) = *walk {
            if let Some(text) = explainer.tour.step(step - 1) {
                let elsewhere = text.elsewhere.and_then(registry::by_word);
                replace_query(&query_without(&elsewhere.into_iter().collect::<Vec<_>>()));
                announce_address_change();
                for shown in [Some(explainer), elsewhere].into_iter().flatten() {
                    load_bundle_when_near(
                        shown.section_id,
                        shown.root_id,
                        shown.module_url(),
                        true,
                    );
                }
                if let Some(section) = element_by_id(explainer.section_id) {
                    section.scroll_into_view();
                }
                // Up to five seconds for the target to appear (its bundle may be loading).
                let tries_left = std::cell::Cell::new(50u32);
                pointer = Some(Interval::new(100, move || {
                    if tries_left.get() == 0 {
                        return;
                    }
                    let found = point_at(text.target);
                    tries_left.set(if found { 0 } else { tries_left.get() - 1 });
                }));
            }
        } else {
            point_at(":not(*)");
        }
        move || drop(pointer)
    });
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    {
        let (dispatch, help_open, presenter) =
            (dispatch.clone(), help_open.clone(), params.presenter);
        let reset_all = reset_all.clone();
        let keys = (presenter, *help_open, *shortcuts_on);
        use_effect_with(keys, move |&(presenter, dialog_open, on)| {
            let listener = on_key_down(move |event| {
                // None while typing, while the shortcuts dialog is open (its keys are its own),
                // or when the reader has turned them off.
                if !on || dialog_open || typing(event) {
                    return;
                }
                match action_for_key(&event.key()) {
                    Some(Shortcut::Help) => help_open.set(true),
                    Some(Shortcut::TogglePresenter) => {
                        set_fullscreen(!presenter);
                        dispatch.emit(Action::SetPresenter(!presenter));
                    }
                    Some(Shortcut::Page(Action::ResetAll)) => reset_all.emit(()),
                    Some(Shortcut::Page(action)) => dispatch.emit(action),
                    None => return,
                }
                event.prevent_default();
            });
            move || drop(listener)
        });
    }
    // Embedded: tell the host page how tall the explainer is.
    use_effect_with(params.embed.is_some(), |embedded| {
        if *embedded {
            report_height_to_host();
        }
    });
    // Each explainer's bundle is fetched as its section nears the viewport, or at once when the
    // link is about it: embedded, toured, its #fragment, or any of its keys. (A link to a
    // #fragment needs no help to land: the prerendered page has its final layout from the start.)
    {
        let (embed, walk) = (params.embed, params.walk.map(|(e, _)| e));
        use_effect_with((), move |_| {
            let keys = pairs(&current_query());
            for explainer in EXPLAINERS {
                let about = embed == Some(explainer)
                    || walk == Some(explainer)
                    || fragment() == explainer.section_id
                    || keys.iter().any(|(key, _)| explainer.owns_key(key));
                load_bundle_when_near(
                    explainer.section_id,
                    explainer.root_id,
                    explainer.module_url(),
                    about,
                );
            }
        });
    }

    let dark = params.theme.is_dark(system_prefers_dark);
    let on_toggle_theme = {
        let state = state.clone();
        Callback::from(move |()| {
            let next = if dark {
                ThemePreference::Light
            } else {
                ThemePreference::Dark
            };
            state.dispatch(Action::SetTheme(next));
        })
    };
    let on_toggle_presenter = {
        let (dispatch, presenter) = (dispatch.clone(), params.presenter);
        Callback::from(move |()| {
            set_fullscreen(!presenter);
            dispatch.emit(Action::SetPresenter(!presenter));
        })
    };
    let on_help = {
        let help_open = help_open.clone();
        Callback::from(move |()| help_open.set(true))
    };
    let on_close_help = {
        let help_open = help_open.clone();
        Callback::from(move |()| help_open.set(false))
    };
    let on_shortcuts = {
        let shortcuts_on = shortcuts_on.clone();
        Callback::from(move |on: bool| {
            store(SHORTCUTS_STORAGE_KEY, (!on).then_some("off"));
            shortcuts_on.set(on);
        })
    };
    let on_dismiss_notice = dispatch.reform(|()| Action::DismissUrlNotice);

    // Portals, so that no element of this app contains an island's root: the notice into
    // <main>, each explainer's tools into its section, the footer after <main>.
    let portal = |id: &str, content: Html| {
        element_by_id(id).map_or(html! {}, |host| create_portal(content, host))
    };
    let tools = registry::standalone().filter_map(|explainer| {
        let walking = params.walk.is_some_and(|(e, _)| e == explainer);
        let id = explainer.standalone.as_ref()?.tools_id;
        // The tour's card follows its explainer's tools, so that it comes next in the tab order.
        let card = params.walk.filter(|_| walking).map(|(explainer, step)| {
            html! { <WalkCard {explainer} {step} dispatch={dispatch.clone()} /> }
        });
        Some(portal(
            id,
            html! {
                <>
                    <ExplainerTools {explainer} {walking} dispatch={dispatch.clone()} />
                    // One child, present or empty: the tools before it stay the same component.
                    { card.unwrap_or_default() }
                </>
            },
        ))
    });
    html! {
        <>
            <Header {dark} {on_toggle_theme} presenter={params.presenter} {on_toggle_presenter}
                on_help={on_help} on_reset_all={reset_all}
                undo_offered={undo.is_some()} {on_undo}
                full_page={rewrite_url(&page_url(), &[EMBED], &[])} />
            { portal(MAIN_ID, html! {
                <UrlNotice problems={state.url_problems.clone()} on_dismiss={on_dismiss_notice} />
            }) }
            { for tools }
            { portal(FOOTER_ID, html! {
                <>
                    <Footer />
                    <ShortcutsDialog open={*help_open} on_close={on_close_help}
                        enabled={*shortcuts_on} on_enable={on_shortcuts} />
                </>
            }) }
        </>
    }
}
