//! Taking things out of the page: the clipboard, downloads and chart export.

use wasm_bindgen::{JsCast, JsValue};

/// Copies `text` to the clipboard; `false` when the browser refuses (no clipboard API, or a
/// frame without the clipboard-write permission).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = crate::browser::window() else {
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

/// Offers `contents` to the reader as a file named `name` (a download; nothing leaves the page).
pub fn download(name: &str, mime: &str, contents: &JsValue) {
    let Some(document) = crate::browser::window().and_then(|w| w.document()) else {
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
    let window = crate::browser::window()?;
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
    let Some(document) = crate::browser::window().and_then(|w| w.document()) else {
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
