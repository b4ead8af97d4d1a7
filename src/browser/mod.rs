//! Every place the page touches the browser outside its own components, by concern. No other
//! module calls `web_sys::window`.

pub mod address;
pub mod bundles;
pub mod document;
pub mod embed;
pub mod export;
