//! Embedded in another page: the host is told how tall the explainer is.

use yew::prelude::*;

use crate::browser::embed::report_height_to_host;

/// When `embedded`, reports the page's height to the host page (and keeps reporting it as it
/// changes: `report_height_to_host`).
#[hook]
pub fn use_embed_height(embedded: bool) {
    use_effect_with(embedded, |embedded| {
        if *embedded {
            report_height_to_host();
        }
    });
}
