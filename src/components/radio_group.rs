//! A native radio group over the variants of any [`UrlWord`]: each input's id is
//! `{name}-{word}`, with the word the URL writes for that variant, so that ids, URL and variants
//! cannot drift apart. Keyboard users move between options with the arrow keys, as in any radio
//! group; the caller's `<fieldset>` gives the group its legend.

use yew::prelude::*;

use crate::url::UrlWord;

/// How the options are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    /// Pills side by side, the input hidden behind its label (in a `.mode-switch` fieldset).
    Pills,
    /// One line per option.
    Rows,
    /// One bordered card per option, the chosen one outlined, with more text below the label.
    Cards,
}

impl Look {
    fn class(self) -> &'static str {
        match self {
            Self::Pills => "mode-choice",
            Self::Rows => "shape-choice",
            Self::Cards => "rule-choice",
        }
    }
}

/// One option: its variant, its label, and what follows the label (a description, or nothing).
pub struct Choice<T> {
    pub value: T,
    pub label: Html,
    pub more: Html,
}

impl<T> Choice<T> {
    /// An option whose label is plain text.
    pub fn text(value: T, label: &'static str) -> Self {
        Self {
            value,
            label: html! { label },
            more: Html::default(),
        }
    }
}

/// The options of group `name`, `current` checked; `on_pick` receives the variant picked.
pub fn radio_group<T: UrlWord>(
    name: &'static str,
    look: Look,
    current: T,
    choices: Vec<Choice<T>>,
    on_pick: &Callback<T>,
) -> Html {
    choices
        .into_iter()
        .map(|choice| {
            let value = choice.value;
            let onchange = on_pick.reform(move |_: Event| value);
            let checked = value == current;
            option(
                name,
                look,
                value.word(),
                checked,
                choice.label,
                choice.more,
                onchange,
            )
        })
        .collect()
}

/// One option, whatever the type of the group's variants.
fn option(
    name: &'static str,
    look: Look,
    word: &'static str,
    checked: bool,
    label: Html,
    more: Html,
    onchange: Callback<Event>,
) -> Html {
    let id = format!("{name}-{word}");
    html! {
        <div class={classes!(look.class(), checked.then_some("chosen"))}>
            <input type="radio" {name} id={id.clone()} {checked} {onchange} />
            <label for={id}>{ label }</label>
            { more }
        </div>
    }
}
