//! A block of the page whose contents render only while the browser draws it. Off screen, where
//! `content-visibility: auto` skips a block's layout and paint, a change of its contents waits
//! until the block nears the screen or until [`CATCH_UP_MS`] after the first change it held
//! back, whichever comes first, and then the latest contents show; meanwhile the block is
//! `aria-busy`. A slider dragged at the top of the doomsday explainer so costs the Bayes tables,
//! 2,000 px below it, one render every quarter of a second rather than one a frame, and they are
//! never more than that behind (issue 24, docs/performance.md).
//!
//! Where the browser does not report when it skips a block (no `contentvisibilityautostatechange`
//! event), the block is never taken as skipped and renders at every change.

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How long after the first change it held back a skipped block shows its latest contents.
pub const CATCH_UP_MS: u32 = 250;

#[derive(Properties, PartialEq)]
pub struct OffscreenDeferredProps {
    /// The block's classes: it is the `<div>` that content-visibility applies to.
    pub class: Classes,
    pub children: Html,
}

pub enum Message {
    /// The browser started or stopped skipping the block.
    Skipped(bool),
    /// [`CATCH_UP_MS`] have passed since the first change held back: show the latest contents.
    CatchUp,
}

pub struct OffscreenDeferred {
    block: NodeRef,
    /// The contents as last rendered.
    shown: Html,
    skipped: bool,
    /// The contents have changed since they were last rendered.
    stale: bool,
    catch_up: Option<Timeout>,
    _skipping: Option<EventListener>,
}

impl Component for OffscreenDeferred {
    type Message = Message;
    type Properties = OffscreenDeferredProps;

    fn create(ctx: &Context<Self>) -> Self {
        Self {
            block: NodeRef::default(),
            shown: ctx.props().children.clone(),
            skipped: false,
            stale: false,
            catch_up: None,
            _skipping: None,
        }
    }

    fn changed(&mut self, ctx: &Context<Self>, _old: &Self::Properties) -> bool {
        if !self.skipped {
            self.shown = ctx.props().children.clone();
            return true;
        }
        // Timed from the first change held back, so that changes which never pause still show.
        if self.catch_up.is_none() {
            let link = ctx.link().clone();
            self.catch_up = Some(Timeout::new(CATCH_UP_MS, move || {
                link.send_message(Message::CatchUp)
            }));
        }
        // Rendered again only to say that it is busy; the contents shown stay as they were.
        !std::mem::replace(&mut self.stale, true)
    }

    fn update(&mut self, ctx: &Context<Self>, message: Message) -> bool {
        if let Message::Skipped(skipped) = message {
            self.skipped = skipped;
            if skipped {
                return false;
            }
        }
        self.catch_up = None;
        if !std::mem::take(&mut self.stale) {
            return false;
        }
        self.shown = ctx.props().children.clone();
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        html! {
            <div class={ctx.props().class.clone()} ref={self.block.clone()} aria-busy={self.stale.then_some("true")}>
                { self.shown.clone() }
            </div>
        }
    }

    fn rendered(&mut self, ctx: &Context<Self>, first_render: bool) {
        let Some(block) = self
            .block
            .cast::<web_sys::Element>()
            .filter(|_| first_render)
        else {
            return;
        };
        let link = ctx.link().clone();
        self._skipping = Some(EventListener::new(
            &block,
            "contentvisibilityautostatechange",
            move |event| {
                let skipped = js_sys::Reflect::get(event, &"skipped".into())
                    .ok()
                    .and_then(|skipped| skipped.as_bool())
                    .unwrap_or(false);
                link.send_message(Message::Skipped(skipped));
            },
        ));
    }
}
