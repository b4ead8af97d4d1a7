//! The frame's concerns, one hook per file: `app()` composes them and renders.

pub mod use_address;
pub mod use_embed_height;
pub mod use_islands;
pub mod use_reset_undo;
pub mod use_shortcuts;
pub mod use_theme;
pub mod use_tour_pointer;
