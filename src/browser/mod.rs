//! Every place the page touches the browser outside its own components, by concern. No other
//! module calls `web_sys::window`; here only [`window`] does.

pub mod address;
pub mod document;
pub mod embed;
pub mod export;
pub mod islands;

/// The browser window: `None` outside a browser (the build-time prerender runs natively, where
/// every call here then does nothing and reads as empty).
pub fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}
