//! The page: header and navigation, the two explainers, the footer; it owns the page state.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::alignment::view::AlignmentSection;
use crate::browser;
use crate::doomsday::island::ISLAND_ROOT_ID;
use crate::frame::footer::Footer;
use crate::frame::header::Header;
use crate::frame::url_notice::UrlNotice;
use crate::state::{Action, PageState, ThemePreference};
use crate::url::{self, Section, UrlWord};

/// The element (in index.html) the page bundle renders its header into.
pub const TOP_ID: &str = "app-top";
/// The element inside `<main>`, before the doomsday section, for the notice and alignment.
const MAIN_ID: &str = "app-main";
/// The element after `<main>` for the footer.
const FOOTER_ID: &str = "app-footer";

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
    PageState {
        params,
        url_problems: problems,
    }
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

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);
    let system_prefers_dark = use_system_prefers_dark();

    // One-way flow out of the state: the address bar, the stored theme and the root element.
    use_effect_with(state.params.clone(), |params| {
        let sections = [Section::Frame, Section::Alignment];
        let query = url::encode_sections(params, &browser::current_query(), &sections);
        browser::replace_query(&query);
        let explicit_theme = (params.theme != ThemePreference::Auto).then(|| params.theme.word());
        browser::store_theme(explicit_theme);
        browser::set_root_attribute("data-theme", explicit_theme);
    });

    let dark = state.params.theme.is_dark(system_prefers_dark);
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
    let dispatch_alignment = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(Action::Alignment(action)))
    };
    // The doomsday explainer is its own bundle, fetched as its section nears the viewport.
    use_effect_with((), |_| {
        browser::load_bundle_when_near(ISLAND_ROOT_ID, "./doomsday.js")
    });
    let on_dismiss_notice = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::DismissUrlNotice))
    };

    // The notice and the alignment explainer go into <main>, the footer after the doomsday
    // section: portals, so that this app's elements never contain the doomsday bundle's.
    let in_main = match browser::element_by_id(MAIN_ID) {
        Some(host) => create_portal(
            html! {
                <>
                    <UrlNotice problems={state.url_problems.clone()} on_dismiss={on_dismiss_notice} />
                    <AlignmentSection params={state.params.alignment.clone()} dispatch={dispatch_alignment} />
                </>
            },
            host,
        ),
        None => html! {},
    };
    let footer = browser::element_by_id(FOOTER_ID)
        .map_or(html! {}, |host| create_portal(html! { <Footer /> }, host));
    html! {
        <>
            <a class="skip-link" href="#main">{ "Skip to content" }</a>
            <Header {dark} on_toggle_theme={on_toggle_theme} />
            { in_main }
            { footer }
        </>
    }
}
