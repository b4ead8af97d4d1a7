//! Focus that comes back: when something that held the keyboard focus leaves the page (a tour
//! card that ends, an Undo button that expires), the element that opened it takes the focus
//! again, instead of the focus falling to `<body>`.

use yew::prelude::*;

use crate::browser::document::{focus_in_place, focus_is_lost};

/// A `NodeRef` for the element that takes the focus back whenever `open` turns from `true` to
/// `false` while the focus is lost (on `<body>`); if the focus went somewhere, it stays there.
#[hook]
pub fn use_focus_return(open: bool) -> NodeRef {
    let target = use_node_ref();
    let was_open = use_mut_ref(|| open);
    {
        let target = target.clone();
        use_effect_with(open, move |open| {
            let closed = std::mem::replace(&mut *was_open.borrow_mut(), *open) && !*open;
            if closed && focus_is_lost() {
                if let Some(element) = target.cast::<web_sys::HtmlElement>() {
                    focus_in_place(&element);
                }
            }
        });
    }
    target
}
