//! The page's frame around the explainers, one region per file.

pub mod explainer_tools;
pub mod footer;
pub mod header;
pub mod hooks;
pub mod shortcuts;
pub mod theme_toggle;
pub mod tour_card;
pub mod url;
pub mod url_notice;
