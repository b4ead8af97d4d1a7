//! The page's frame around the explainers, one region per file.

pub mod footer;
pub mod header;
pub mod theme_toggle;
pub mod url_notice;
