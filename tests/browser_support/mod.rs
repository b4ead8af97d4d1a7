//! What every browser test needs: a place to mount a component, a pause for Yew to render, and
//! the browser's next frame.

use std::time::Duration;

use web_sys::Element;

/// A fresh element in the document body to mount one component into.
pub fn mount_point() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// Lets Yew render and run effects.
pub async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
}

/// Resolves at the browser's next animation frame.
#[allow(dead_code)] // not every browser test waits for a frame
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window().request_animation_frame(&resolve);
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}
