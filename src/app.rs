//! The page: header and navigation, the two explainers, the footer; it owns the page state.

use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::alignment::view::AlignmentSection;
use crate::browser;
use crate::doomsday::island::ISLAND_ROOT_ID as DOOMSDAY_ROOT_ID;
use crate::frame::explainer_tools::ExplainerTools;
use crate::frame::footer::Footer;
use crate::frame::header::Header;
use crate::frame::shortcuts::{action_for_key, Shortcut, ShortcutsDialog};
use crate::frame::url_notice::UrlNotice;
use crate::frame::walk_card::WalkCard;
use crate::lab::island::ISLAND_ROOT_ID as LAB_ROOT_ID;
use crate::state::{Action, PageState, Params, ThemePreference};
use crate::url::{self, Section, UrlWord};
use crate::walkthrough::{params_at_step, Explainer};

/// The element (in index.html) the page bundle renders its header into.
pub const TOP_ID: &str = "app-top";
/// The element inside `<main>`, before the sections, for the URL notice.
const MAIN_ID: &str = "app-main";
/// Inside the alignment section (index.html), before the lab.
const ALIGNMENT_ID: &str = "alignment-root";
/// The element after `<main>` for the footer, the walkthrough card and the shortcuts dialog.
const FOOTER_ID: &str = "app-footer";
/// The element in the doomsday section, outside the doomsday bundle's root, for its tools.
const DOOMSDAY_TOOLS_ID: &str = "doomsday-tools";

/// The state the page opens in: the URL's parameters, and for the theme, when the URL does not
/// choose one, the reader's stored choice from an earlier visit.
fn initial_state() -> PageState {
    let url::Decoded {
        mut params,
        problems,
    } = url::decode(&browser::current_query());
    if params.theme == ThemePreference::Auto {
        if let Some(stored) = browser::stored_theme() {
            params.theme = ThemePreference::from_word(&stored).unwrap_or_default();
        }
    }
    let mut state = PageState {
        params,
        url_problems: problems,
    };
    // Opening a link at a walkthrough step shows that step's settings.
    let walk = state.params.walk;
    state.go_to(walk);
    state
}

/// Whether the system asks for dark colours, kept current while the page is open.
#[hook]
fn use_system_prefers_dark() -> bool {
    let prefers_dark = use_state(|| browser::dark_scheme_query().is_some_and(|q| q.matches()));
    {
        let prefers_dark = prefers_dark.clone();
        use_effect_with((), move |_| {
            let listener = browser::dark_scheme_query().map(|query| {
                let target = query.clone();
                EventListener::new(&target, "change", move |_| {
                    prefers_dark.set(query.matches())
                })
            });
            move || drop(listener)
        });
    }
    *prefers_dark
}

/// Whether a key press belongs to a text field (or carries a modifier), not to the shortcuts.
fn typing(event: &KeyboardEvent) -> bool {
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
    let system_prefers_dark = use_system_prefers_dark();
    let help_open = use_state(|| false);
    let params = &state.params;

    // One-way flow out of the state: the address bar, the stored theme and the root element.
    use_effect_with(state.params.clone(), |params| {
        let sections = [Section::Frame, Section::Alignment];
        let query = url::encode_sections(params, &browser::current_query(), &sections);
        browser::replace_query(&query);
        let explicit_theme = (params.theme != ThemePreference::Auto).then(|| params.theme.word());
        browser::store_theme(explicit_theme);
        browser::set_root_attribute("data-theme", explicit_theme);
        browser::set_root_attribute("data-embed", params.embed.map(|e| e.word()));
        browser::set_root_attribute("data-presenter", params.presenter.then_some(""));
    });
    // A walkthrough step: the doomsday and lab bundles read its step's settings from the address
    // (a step in the lab loads the lab); then point at what the step is about (retrying while the
    // target's bundle loads).
    use_effect_with(state.params.walk, |walk| {
        let mut pointer = None;
        if let Some((explainer, step)) = *walk {
            if let Some(at_step) = params_at_step(explainer, step) {
                let sections = explainer.bundle_sections();
                let query = url::encode_sections(&at_step, &browser::current_query(), sections);
                browser::replace_query(&query);
                browser::announce_url_change();
            }
            if let Some(definition) = explainer.steps().get(step - 1) {
                if definition.in_lab() {
                    browser::load_bundle_when_near(LAB_ROOT_ID, "./lab.js", true);
                }
                if let Some(section) = browser::element_by_id(explainer.section_id()) {
                    section.scroll_into_view();
                }
                let target = definition.target;
                // Up to five seconds for the target to appear (its bundle may be loading).
                let tries_left = std::cell::Cell::new(50u32);
                pointer = Some(Interval::new(100, move || {
                    if tries_left.get() == 0 {
                        return;
                    }
                    let found = browser::point_at(target);
                    tries_left.set(if found { 0 } else { tries_left.get() - 1 });
                }));
            }
        } else {
            browser::point_at(":not(*)");
        }
        move || drop(pointer)
    });
    // Reset all and the shortcuts change keys of the doomsday and lab bundles too: they re-read them.
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| {
            let resets = action == Action::ResetAll;
            state.dispatch(action);
            if resets {
                let query = url::encode_sections(
                    &Params::default(),
                    &browser::current_query(),
                    &[Section::Doomsday, Section::Lab],
                );
                browser::replace_query(&query);
                browser::announce_url_change();
            }
        })
    };
    {
        let (dispatch, help_open, presenter) =
            (dispatch.clone(), help_open.clone(), params.presenter);
        use_effect_with(presenter, move |presenter| {
            let presenter = *presenter;
            let listener = web_sys::window()
                .and_then(|w| w.document())
                .map(|document| {
                    EventListener::new(&document, "keydown", move |event| {
                        let event: &KeyboardEvent = event.unchecked_ref();
                        if typing(event) {
                            return;
                        }
                        match action_for_key(&event.key()) {
                            Some(Shortcut::Help) => help_open.set(true),
                            Some(Shortcut::TogglePresenter) => {
                                browser::set_fullscreen(!presenter);
                                dispatch.emit(Action::SetPresenter(!presenter));
                            }
                            Some(Shortcut::Page(action)) => dispatch.emit(action),
                            None => return,
                        }
                        event.prevent_default();
                    })
                });
            move || drop(listener)
        });
    }
    // Embedded: tell the host page how tall the explainer is.
    use_effect_with(params.embed.is_some(), |embedded| {
        if *embedded {
            browser::report_height_to_host();
        }
    });
    // The doomsday explainer and the lab are bundles of their own, each fetched as its section
    // nears the viewport, or at once when the link is about it (the doomsday explainer embedded,
    // walked through or its #fragment; the lab's #fragment or lab.autorun=1). A link to a
    // #fragment lands there again once this app has rendered the content above it.
    {
        let doomsday = Explainer::Doomsday;
        let doomsday_now = params.embed == Some(doomsday)
            || params.walk.is_some_and(|(e, _)| e == doomsday)
            || browser::fragment() == doomsday.section_id();
        let lab_now = params.lab.autorun || browser::fragment() == "lab";
        use_effect_with((), move |_| {
            browser::load_bundle_when_near(DOOMSDAY_ROOT_ID, "./doomsday.js", doomsday_now);
            browser::load_bundle_when_near(LAB_ROOT_ID, "./lab.js", lab_now);
            if let Some(target) = browser::element_by_id(&browser::fragment()) {
                target.scroll_into_view();
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
            browser::set_fullscreen(!presenter);
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
    let dispatch_alignment = dispatch.reform(Action::Alignment);
    let on_dismiss_notice = dispatch.reform(|()| Action::DismissUrlNotice);
    let walking = |explainer: Explainer| params.walk.is_some_and(|(e, _)| e == explainer);
    let tools = |explainer: Explainer| {
        html! {
            <ExplainerTools {explainer} walking={walking(explainer)} dispatch={dispatch.clone()} />
        }
    };

    // The notice goes into <main>, the alignment explainer into its section before the lab, the
    // doomsday tools into its section, the footer after it: portals, so that no element of this
    // app contains the doomsday or the lab bundle's root.
    let portal = |id: &str, content: Html| {
        browser::element_by_id(id).map_or(html! {}, |host| create_portal(content, host))
    };
    let full_page = params
        .embed
        .map(|_| url::rewrite_url(&browser::page_url(), &[url::EMBED], &[]));
    html! {
        <>
            if let Some(href) = full_page {
                <p class="embed-bar"><a href={href} target="_blank" rel="noopener">{ "Open the full page ↗" }</a></p>
            } else {
                <a class="skip-link" href="#main">{ "Skip to content" }</a>
                <Header {dark} {on_toggle_theme} presenter={params.presenter} {on_toggle_presenter}
                    on_help={on_help} on_reset_all={dispatch.reform(|()| Action::ResetAll)} />
            }
            { portal(MAIN_ID, html! {
                <>
                    <UrlNotice problems={state.url_problems.clone()} on_dismiss={on_dismiss_notice} />
                </>
            }) }
            { portal(ALIGNMENT_ID, html! {
                <AlignmentSection params={params.alignment.clone()} dispatch={dispatch_alignment}>
                    { tools(Explainer::Alignment) }
                </AlignmentSection>
            }) }
            { portal(DOOMSDAY_TOOLS_ID, tools(Explainer::Doomsday)) }
            { portal(FOOTER_ID, html! {
                <>
                    <Footer />
                    if let Some((explainer, step)) = params.walk {
                        <WalkCard {explainer} {step} dispatch={dispatch.clone()} />
                    }
                    <ShortcutsDialog open={*help_open} on_close={on_close_help} />
                </>
            }) }
        </>
    }
}
