//! What every browser test needs: a place to mount a component and a pause for Yew to render.

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
