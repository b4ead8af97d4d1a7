//! The few places the page touches the browser outside its own DOM: the address bar, the
//! stored theme, and the system colour scheme. Every call tolerates a missing API or a refusal
//! (storage blocked in a third-party iframe, say) and then does nothing.

use wasm_bindgen::{JsCast, JsValue};

const THEME_STORAGE_KEY: &str = "explainers.theme";
const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

/// The current query string, without its `?` (empty when there is none or no window).
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|window| window.location().search().ok())
        .map(|search| search.trim_start_matches('?').to_owned())
        .unwrap_or_default()
}

/// Replaces the query string in the address bar, keeping the path and the `#fragment`,
/// without adding a history entry. Does nothing when the query is already `query`.
pub fn replace_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    if location
        .search()
        .ok()
        .as_deref()
        .map(|s| s.trim_start_matches('?'))
        == Some(query)
    {
        return;
    }
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// The element with `id` in the page, if there is one.
pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The theme word stored by an earlier visit, if storage is readable.
pub fn stored_theme() -> Option<String> {
    local_storage()?.get_item(THEME_STORAGE_KEY).ok().flatten()
}

/// Remembers the theme word for later visits; forgets it for `None`.
pub fn store_theme(word: Option<&str>) {
    if let Some(storage) = local_storage() {
        let _ = match word {
            Some(word) => storage.set_item(THEME_STORAGE_KEY, word),
            None => storage.remove_item(THEME_STORAGE_KEY),
        };
    }
}

/// The media query list for a dark system colour scheme, to read and to listen to.
pub fn dark_scheme_query() -> Option<web_sys::MediaQueryList> {
    web_sys::window()?.match_media(DARK_QUERY).ok().flatten()
}

/// Sets or removes an attribute on the root `<html>` element.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element());
    if let Some(root) = root {
        let _ = match value {
            Some(value) => root.set_attribute(name, value),
            None => root.remove_attribute(name),
        };
    }
}

#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
export function load_module(relative_url, element) {
  if (element.dataset.state === 'loading' || element.dataset.state === 'ready') return;
  // Resolved against the page, not this snippet's own address, so any sub-path works.
  const url = new URL(relative_url, document.baseURI).href;
  element.dataset.state = 'loading';
  import(url)
    .then((module) => module.default())
    .then(() => { element.dataset.state = 'ready'; })
    .catch(() => { element.dataset.state = 'error'; });
}
"#)]
extern "C" {
    /// Imports the ES module at `relative_url` (relative to the page) and runs its default export,
    /// the wasm-bindgen initialiser of another bundle, unless it is loading or loaded already;
    /// sets `data-state` on `element` to `loading`, then `ready` or `error`. Dynamic `import()` has no Rust binding, hence JS.
    fn load_module(relative_url: &str, element: &web_sys::Element);
}

/// Loads the bundle at `module_url` into the element with id `root_id`: at once when `eager`
/// (or where IntersectionObserver is missing), otherwise once the element comes within half a
/// viewport height of the screen. The observer lives until it fires.
pub fn load_bundle_when_near(root_id: &str, module_url: &'static str, eager: bool) {
    use wasm_bindgen::closure::Closure;
    use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

    let Some(element) = element_by_id(root_id) else {
        return;
    };
    if eager {
        load_module(module_url, &element);
        return;
    }
    let target = element.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: IntersectionObserver| {
            let near = entries.iter().any(|entry| {
                entry
                    .unchecked_into::<IntersectionObserverEntry>()
                    .is_intersecting()
            });
            if near {
                observer.disconnect();
                load_module(module_url, &target);
            }
        },
    );
    let options = IntersectionObserverInit::new();
    options.set_root_margin("0px 0px 50% 0px");
    match IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options) {
        Ok(observer) => {
            observer.observe(&element);
            // The observer keeps calling the closure until it disconnects; it must outlive this call.
            callback.forget();
        }
        Err(_) => load_module(module_url, &element),
    }
}

/// The page's `#fragment` without the `#` (empty when there is none).
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// The page's address, as the reader would copy it.
pub fn page_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The name of the event a bundle fires after changing another bundle's keys in the address.
const URL_CHANGED: &str = "explainers:url-changed";

/// Tells the other bundles that the address changed under them (a walkthrough step, a reset).
pub fn announce_url_change() {
    if let Some(window) = web_sys::window() {
        if let Ok(event) = web_sys::Event::new(URL_CHANGED) {
            let _ = window.dispatch_event(&event);
        }
    }
}

/// Calls `on_change` whenever another bundle announces an address change; stops when dropped.
pub fn on_url_change(
    on_change: impl FnMut(&web_sys::Event) + 'static,
) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(
        &window,
        URL_CHANGED,
        on_change,
    ))
}

/// Copies `text` to the clipboard; `false` when the browser refuses (no clipboard API, or a
/// frame without the clipboard-write permission).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_clipboard {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}

/// Marks the element matching `selector` as the walkthrough's target (attribute
/// `data-walk-target`, which the stylesheet outlines) and scrolls it to the middle of the screen,
/// smoothly unless the reader prefers reduced motion. Earlier targets lose the mark. `false` when
/// nothing matches yet (the target's bundle may still be loading).
pub fn point_at(selector: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    if let Ok(marked) = document.query_selector_all("[data-walk-target]") {
        for i in 0..marked.length() {
            if let Some(element) = marked
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = element.remove_attribute("data-walk-target");
            }
        }
    }
    let Some(target) = document.query_selector(selector).ok().flatten() else {
        return false;
    };
    let _ = target.set_attribute("data-walk-target", "");
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    let reduced = web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|q| q.matches());
    options.set_behavior(if reduced {
        web_sys::ScrollBehavior::Auto
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    target.scroll_into_view_with_scroll_into_view_options(&options);
    true
}

/// Asks for the whole page in fullscreen (only works from a click or key press), or leaves it.
pub fn set_fullscreen(on: bool) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if on {
        if let Some(root) = document.document_element() {
            // The returned promise rejects when fullscreen is not allowed; the page works without it.
            let _ = root.request_fullscreen();
        }
    } else if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    }
}

/// In a frame, posts `{type: "explainer-height", height}` to the host page now and whenever the
/// page's height changes, so that the host can size the iframe. Nothing is read from the host.
pub fn report_height_to_host() {
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let Some(body) = window.document().and_then(|d| d.body()) else {
        return;
    };
    let measured = body.clone();
    let post = Closure::<dyn FnMut()>::new(move || {
        let message = js_sys::Object::new();
        let height = f64::from(measured.scroll_height()).max(f64::from(measured.offset_height()));
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"explainer-height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    // The observer calls the closure for as long as the page lives.
    post.forget();
}

/// Whether this page may start a Web Worker from a `blob:` URL, as the lab's worker is started
/// (a browser without workers, or a Content-Security-Policy without `worker-src blob:`, may not).
/// Tries with an empty worker and stops it at once.
pub fn blob_workers_allowed() -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(""));
    let Ok(blob) = web_sys::Blob::new_with_str_sequence(&parts) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let worker = web_sys::Worker::new(&url);
    let _ = web_sys::Url::revoke_object_url(&url);
    match worker {
        Ok(worker) => {
            worker.terminate();
            true
        }
        Err(_) => false,
    }
}

/// Offers `contents` to the reader as a file named `name` (a download; nothing leaves the page).
pub fn download(name: &str, mime: &str, contents: &JsValue) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(contents);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_blob_sequence_and_options(&parts, &options) else {
        return;
    };
    download_blob(&document, name, &blob);
}

fn download_blob(document: &web_sys::Document, name: &str, blob: &web_sys::Blob) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    if let Ok(anchor) = document.create_element("a") {
        let anchor: web_sys::HtmlAnchorElement = anchor.unchecked_into();
        anchor.set_href(&url);
        anchor.set_download(name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The properties copied from the page's stylesheet onto every element of an exported chart,
/// so that the file looks like the page without it.
const EXPORTED_STYLES: [&str; 9] = [
    "fill",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "opacity",
    "font-family",
    "font-size",
    "font-weight",
    "text-anchor",
];

/// The chart `<svg>` inside the element with id `figure_id`, as a standalone SVG document with
/// the current theme's colours written into it, and its width and height in CSS pixels.
pub fn chart_svg(figure_id: &str) -> Option<(String, f64, f64)> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let svg = document
        .query_selector(&format!("#{figure_id} svg"))
        .ok()??;
    let copy: web_sys::Element = svg.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    let originals = svg.query_selector_all("*").ok()?;
    let copies = copy.query_selector_all("*").ok()?;
    for i in 0..originals.length() {
        let (Some(original), Some(copied)) = (originals.item(i), copies.item(i)) else {
            continue;
        };
        let (Ok(original), Ok(copied)) = (
            original.dyn_into::<web_sys::Element>(),
            copied.dyn_into::<web_sys::Element>(),
        ) else {
            continue;
        };
        let Ok(Some(computed)) = window.get_computed_style(&original) else {
            continue;
        };
        let style: String = EXPORTED_STYLES
            .iter()
            .filter_map(|p| {
                computed
                    .get_property_value(p)
                    .ok()
                    .map(|v| format!("{p}:{v};"))
            })
            .collect();
        let _ = copied.set_attribute("style", &style);
    }
    let rect = svg.get_bounding_client_rect();
    let background = document
        .body()
        .and_then(|b| window.get_computed_style(&b).ok().flatten())
        .and_then(|s| s.get_property_value("background-color").ok())
        .unwrap_or_else(|| "white".into());
    let _ = copy.set_attribute("xmlns", "http://www.w3.org/2000/svg");
    let _ = copy.set_attribute("width", &rect.width().to_string());
    let _ = copy.set_attribute("height", &rect.height().to_string());
    let _ = copy.set_attribute("style", &format!("background:{background}"));
    let markup = web_sys::XmlSerializer::new()
        .ok()?
        .serialize_to_string(&copy)
        .ok()?;
    Some((markup, rect.width(), rect.height()))
}

/// Downloads the chart in `figure_id` as a PNG at twice its on-screen size, drawn through an
/// `<img>` of its SVG onto a canvas with the page's background.
pub async fn download_chart_png(figure_id: &str, name: &str) -> bool {
    let Some((markup, width, height)) = chart_svg(figure_id) else {
        return false;
    };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(&markup));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let Ok(blob) = web_sys::Blob::new_with_blob_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return false;
    };
    image.set_src(&url);
    let loaded = wasm_bindgen_futures::JsFuture::from(image.decode())
        .await
        .is_ok();
    let _ = web_sys::Url::revoke_object_url(&url);
    if !loaded {
        return false;
    }
    let Some(canvas) = document
        .create_element("canvas")
        .ok()
        .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
    else {
        return false;
    };
    let scale = 2.0;
    canvas.set_width((width * scale).round() as u32);
    canvas.set_height((height * scale).round() as u32);
    let Some(context) = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
    else {
        return false;
    };
    if context
        .draw_image_with_html_image_element_and_dw_and_dh(
            &image,
            0.0,
            0.0,
            width * scale,
            height * scale,
        )
        .is_err()
    {
        return false;
    }
    let Ok(data_url) = canvas.to_data_url_with_type("image/png") else {
        return false;
    };
    if let Ok(anchor) = document.create_element("a") {
        let anchor: web_sys::HtmlAnchorElement = anchor.unchecked_into();
        anchor.set_href(&data_url);
        anchor.set_download(name);
        anchor.click();
    }
    true
}
