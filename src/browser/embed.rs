//! Embedding: telling a host page how tall the embedded explainer is.

use wasm_bindgen::JsCast;

/// In a frame, posts `{type: "explainer-height", height}` to the host page now and whenever the
/// page's height changes, so that the host can size the iframe. Nothing is read from the host.
pub fn report_height_to_host() {
    use wasm_bindgen::closure::Closure;
    let Some(window) = crate::browser::window() else {
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
