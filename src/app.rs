//! The page's frame: header and navigation, the notice, each explainer's tools, the tour card
//! and the footer. It owns the frame's state and talks to the explainers' islands only through
//! the address and page events; it iterates the registry it is given (the page's: [`PAGE`]) for
//! everything it does per explainer.

use yew::prelude::*;

use crate::browser::address::{current_query, page_url, stored, THEME_STORAGE_KEY};
use crate::browser::document::{element_by_id, set_fullscreen};
use crate::frame::explainer_tools::ExplainerTools;
use crate::frame::footer::Footer;
use crate::frame::header::Header;
use crate::frame::hooks::{
    use_address::use_address, use_embed_height::use_embed_height, use_islands::use_islands,
    use_reset_undo::use_reset_undo, use_shortcuts::use_shortcuts, use_theme::use_theme,
    use_tour_pointer::use_tour_pointer,
};
use crate::frame::shortcuts::ShortcutsDialog;
use crate::frame::tour_card::TourCard;
use crate::frame::url::{self as frame_url, EMBED};
use crate::frame::url_notice::UrlNotice;
use crate::registry::{Registry, PAGE};
use crate::state::{Action, PageState, ThemePreference};
use crate::url::{pairs, rewrite_url, UrlWord};

/// The element (in index.html) the frame renders its header into.
pub const TOP_ID: &str = "app-top";
/// The element inside `<main>`, before the sections, for the URL notice.
const MAIN_ID: &str = "app-main";
/// The element after `<main>` for the footer, the tour card and the shortcuts dialog.
const FOOTER_ID: &str = "app-footer";

/// The elements in index.html the frame renders into: its own, and each standalone explainer's
/// tools.
fn frame_hosts(registry: Registry) -> Vec<&'static str> {
    let tools = registry
        .standalone()
        .filter_map(|e| Some(e.standalone.as_ref()?.tools_id));
    [TOP_ID, MAIN_ID, FOOTER_ID]
        .into_iter()
        .chain(tools)
        .collect()
}

/// Renders the frame in place of its prerendered first view: every host is emptied and filled
/// again before the browser next paints (Yew renders in a microtask).
pub fn start() {
    for id in frame_hosts(PAGE) {
        if let Some(host) = element_by_id(id) {
            host.set_inner_html("");
        }
    }
    if let Some(root) = element_by_id(TOP_ID) {
        yew::Renderer::<App>::with_root_and_props(root, AppProps { registry: PAGE }).render();
    }
}

/// The frame's first view as HTML per host, as the page of `registry`'s explainers opens
/// without a query: the header, each explainer's tools and the footer (the notice is empty).
/// For the build-time prerender.
#[cfg(not(target_arch = "wasm32"))]
pub fn prerender(registry: Registry) -> Vec<(&'static str, String)> {
    use crate::frame::footer::FooterProps;
    use crate::frame::header::HeaderProps;
    use crate::island::prerender;
    let header = HeaderProps {
        registry,
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
        (FOOTER_ID, prerender::<Footer>(FooterProps { registry })),
    ];
    for explainer in registry.standalone() {
        if let Some(standalone) = &explainer.standalone {
            let props = crate::frame::explainer_tools::ExplainerToolsProps {
                explainer,
                registry,
                touring: false,
                dispatch: Callback::noop(),
            };
            parts.push((standalone.tools_id, prerender::<ExplainerTools>(props)));
        }
    }
    parts
}

/// The state the page of `registry`'s explainers opens in: the URL's frame settings, and for the
/// theme, when the URL does not choose one, the reader's stored choice from an earlier visit.
fn initial_state(registry: Registry) -> PageState {
    let (mut params, problems) = frame_url::decode(&pairs(&current_query()), registry);
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

#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    /// The explainers the page shows.
    pub registry: Registry,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let registry = props.registry;
    let state = use_reducer(|| initial_state(registry));
    let params = &state.params;
    use_address(&state, registry);
    let (dark, on_toggle_theme) = use_theme(&state);
    let reset = use_reset_undo(&state, registry);
    let shortcuts = use_shortcuts(&state, reset.reset_all.clone());
    use_tour_pointer(registry, params.tour);
    use_embed_height(params.embed.is_some());
    use_islands(
        registry,
        params.embed,
        params.tour.map(|(explainer, _)| explainer),
    );

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let on_toggle_presenter = {
        let (dispatch, presenter) = (dispatch.clone(), params.presenter);
        Callback::from(move |()| {
            set_fullscreen(!presenter);
            dispatch.emit(Action::SetPresenter(!presenter));
        })
    };
    let on_dismiss_notice = dispatch.reform(|()| Action::DismissUrlNotice);

    // Portals, so that no element of this app contains an island's root: the notice into
    // <main>, each explainer's tools into its section, the footer after <main>.
    let portal = |id: &str, content: Html| {
        element_by_id(id).map_or(html! {}, |host| create_portal(content, host))
    };
    let tools = registry.standalone().filter_map(|explainer| {
        let touring = params.tour.is_some_and(|(e, _)| e == explainer);
        let id = explainer.standalone.as_ref()?.tools_id;
        // The tour's card follows its explainer's tools, so that it comes next in the tab order.
        let card = params.tour.filter(|_| touring).map(|(explainer, step)| {
            html! { <TourCard {explainer} {step} dispatch={dispatch.clone()} /> }
        });
        Some(portal(
            id,
            html! {
                <>
                    <ExplainerTools {explainer} {registry} {touring} dispatch={dispatch.clone()} />
                    // One child, present or empty: the tools before it stay the same component.
                    { card.unwrap_or_default() }
                </>
            },
        ))
    });
    html! {
        <>
            <Header {registry} {dark} {on_toggle_theme} presenter={params.presenter} {on_toggle_presenter}
                on_help={shortcuts.open_dialog} on_reset_all={reset.reset_all}
                undo_offered={reset.undo_offered} on_undo={reset.undo}
                full_page={rewrite_url(&page_url(), |key| key == EMBED, &[])} />
            { portal(MAIN_ID, html! {
                <UrlNotice problems={state.url_problems.clone()} on_dismiss={on_dismiss_notice} />
            }) }
            { for tools }
            { portal(FOOTER_ID, html! {
                <>
                    <Footer {registry} />
                    <ShortcutsDialog open={shortcuts.dialog_open} on_close={shortcuts.close_dialog}
                        enabled={shortcuts.on} on_enable={shortcuts.set_on} />
                </>
            }) }
        </>
    }
}
