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
    let Some(document) = window.document() else {
        return;
    };
    let (Some(root), Some(body)) = (document.document_element(), document.body()) else {
        return;
    };
    let measured = root.clone();
    let post = Closure::<dyn FnMut()>::new(move || {
        let message = js_sys::Object::new();
        // The root element's own box: the body's, with the margins of its first and last
        // children that collapse through it (a body's height leaves them out, and the frame
        // then scrolls by that much); not the root's scroll height, which is at least the
        // frame's current height and would never let it shrink.
        let height = measured.get_bounding_client_rect().height().ceil();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"explainer-height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&root);
        observer.observe(&body);
    }
    // The observer calls the closure for as long as the page lives.
    post.forget();
}
