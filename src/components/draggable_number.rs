//! A number inside a sentence that can be dragged, stepped from the keyboard, and typed
//! (Tangle-style, with the keyboard part Tangle lacked).

use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

use crate::components::slider::Scale;
use crate::number_format::{format_for_input, parse_number, parse_whole};

/// Dragging across this many pixels moves through the whole range.
const PIXELS_FOR_FULL_RANGE: f64 = 480.0;

#[derive(Properties, Clone, PartialEq)]
pub struct DraggableNumberProps {
    /// The accessible name, e.g. "birth rank".
    pub label: AttrValue,
    pub value: f64,
    pub min: f64,
    pub max: f64,
    #[prop_or(Scale::Linear)]
    pub scale: Scale,
    /// One arrow-key step, in positions of the scale (powers of ten for `Scale::Log10`);
    /// Page Up and Page Down move ten steps.
    pub step: f64,
    /// The value as read aloud (`aria-valuetext`).
    pub value_text: AttrValue,
    /// What the sentence shows.
    pub children: Html,
    pub on_change: Callback<f64>,
    /// Only whole numbers: a typed fraction is refused, not rounded, and a position between two
    /// whole numbers (a drag, a key) gives the nearest.
    #[prop_or(false)]
    pub whole: bool,
    /// A `data-testid` for tests.
    #[prop_or_default]
    pub testid: Option<AttrValue>,
}

/// The new slider position after `key`, or `None` for keys the slider does not use:
/// arrows ±`step`, Page Up/Down ±10·`step`, Home/End the ends; clamped to `[lo, hi]`.
pub fn position_after_key(key: &str, position: f64, step: f64, lo: f64, hi: f64) -> Option<f64> {
    let next = match key {
        "ArrowRight" | "ArrowUp" => position + step,
        "ArrowLeft" | "ArrowDown" => position - step,
        "PageUp" => position + 10.0 * step,
        "PageDown" => position - 10.0 * step,
        "Home" => lo,
        "End" => hi,
        _ => return None,
    };
    Some(next.clamp(lo, hi))
}

/// A `role="slider"` span: drag it sideways, use the arrow, Page and Home/End keys, or press
/// Enter (or double-click) to type a value, which Enter accepts and Escape abandons.
#[function_component(DraggableNumber)]
pub fn draggable_number(props: &DraggableNumberProps) -> Html {
    let editing = use_state(|| false);
    let error = use_state(|| None::<String>);
    // Where a drag started: (pointer x, slider position).
    let drag_start = use_mut_ref(|| None::<(f64, f64)>);
    let input_ref = use_node_ref();
    let span_ref = use_node_ref();
    // Set when Enter or Escape ends typing: the number itself takes the focus back (leaving
    // the field by Tab or a click goes where the reader went).
    let refocus = use_mut_ref(|| false);
    {
        let (input_ref, span_ref, refocus) = (input_ref.clone(), span_ref.clone(), refocus.clone());
        use_effect_with(*editing, move |editing| {
            if let Some(input) = input_ref.cast::<HtmlInputElement>().filter(|_| *editing) {
                let _ = input.focus();
                input.select();
            } else if std::mem::take(&mut *refocus.borrow_mut()) {
                if let Some(span) = span_ref.cast::<web_sys::HtmlElement>() {
                    let _ = span.focus();
                }
            }
        });
    }

    let scale = props.scale;
    let (lo, hi) = (scale.to_position(props.min), scale.to_position(props.max));
    let position = scale.to_position(props.value);
    // A whole number's position lies a hair off the step it was moved to (10^11.1 rounded is at
    // 11.09999999999856): said to nine decimals, beyond any step.
    let spoken_position = (position * 1e9).round() / 1e9;
    let emit_position = {
        let on_change = props.on_change.clone();
        let (min, max, whole) = (props.min, props.max, props.whole);
        move |p: f64| {
            let value = scale.to_value(p.clamp(lo, hi)).clamp(min, max);
            on_change.emit(if whole { value.round() } else { value })
        }
    };

    let onkeydown = {
        let editing = editing.clone();
        let emit_position = emit_position.clone();
        let step = props.step;
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" {
                event.prevent_default();
                editing.set(true);
            } else if let Some(next) = position_after_key(&event.key(), position, step, lo, hi) {
                event.prevent_default();
                emit_position(next);
            }
        })
    };
    let onpointerdown = {
        let drag_start = drag_start.clone();
        Callback::from(move |event: PointerEvent| {
            if let Some(target) = event.target_dyn_into::<Element>() {
                let _ = target.set_pointer_capture(event.pointer_id());
            }
            *drag_start.borrow_mut() = Some((f64::from(event.client_x()), position));
        })
    };
    let onpointermove = {
        let drag_start = drag_start.clone();
        let emit_position = emit_position.clone();
        Callback::from(move |event: PointerEvent| {
            if let Some((x0, p0)) = *drag_start.borrow() {
                let dx = f64::from(event.client_x()) - x0;
                emit_position(p0 + dx / PIXELS_FOR_FULL_RANGE * (hi - lo));
            }
        })
    };
    let onpointerup = {
        let drag_start = drag_start.clone();
        Callback::from(move |_: PointerEvent| *drag_start.borrow_mut() = None)
    };
    let ondblclick = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(true))
    };

    if *editing {
        let finish = {
            let (editing, error) = (editing.clone(), error.clone());
            let on_change = props.on_change.clone();
            let (min, max, whole) = (props.min, props.max, props.whole);
            // Whether typing ended: it does not while the text is not a valid number.
            move |input: HtmlInputElement, commit: bool| -> bool {
                if !commit {
                    error.set(None);
                    editing.set(false);
                    return true;
                }
                let typed = input.value();
                let parsed = if whole {
                    parse_whole(&typed, min, max)
                } else {
                    parse_number(&typed, min, max)
                };
                match parsed {
                    Ok(value) => {
                        on_change.emit(value);
                        error.set(None);
                        editing.set(false);
                        true
                    }
                    Err(reason) => {
                        error.set(Some(reason.to_string()));
                        false
                    }
                }
            }
        };
        let onkeydown = {
            let finish = finish.clone();
            Callback::from(move |event: KeyboardEvent| {
                let commit = match event.key().as_str() {
                    "Enter" => true,
                    "Escape" => false,
                    _ => return,
                };
                event.prevent_default();
                *refocus.borrow_mut() = true;
                let ended = finish(event.target_unchecked_into(), commit);
                *refocus.borrow_mut() = ended;
            })
        };
        let onblur = Callback::from(move |event: FocusEvent| {
            finish(event.target_unchecked_into(), true);
        });
        return html! {
            <span class="draggable-edit">
                <input
                    type="text"
                    inputmode="decimal"
                    aria-label={props.label.clone()}
                    aria-invalid={error.is_some().to_string()}
                    value={format_for_input(props.value)}
                    size="9"
                    ref={input_ref}
                    {onkeydown}
                    {onblur}
                />
                if let Some(message) = (*error).clone() {
                    <span class="draggable-error" role="alert">{ message }</span>
                }
            </span>
        };
    }

    html! {
        <span
            class="draggable"
            role="slider"
            tabindex="0"
            aria-label={props.label.clone()}
            aria-valuemin={lo.to_string()}
            aria-valuemax={hi.to_string()}
            aria-valuenow={spoken_position.to_string()}
            aria-valuetext={props.value_text.clone()}
            title="Drag, use the arrow keys, or press Enter to type"
            data-testid={props.testid.clone()}
            ref={span_ref}
            {onkeydown}
            {onpointerdown}
            {onpointermove}
            onpointerup={onpointerup.clone()}
            onpointercancel={onpointerup}
            {ondblclick}
        >
            { props.children.clone() }
        </span>
    }
}
