//! The persona-prior model, interactive: the data-mix controls, the Beta belief before and after
//! post-training, and the paper's measurements beside the model's numbers.

use yew::prelude::*;

use crate::alignment::params::{AlignmentAction, PersonaField};
use crate::alignment::persona::{ordering, predict, BetaSummary, PersonaParams};
use crate::alignment::results::{base_stated, post_stated_hhh, Condition};
use crate::components::chart_export::{chart_export, csv};
use crate::components::chart_frame::{axis_title, Frame, Scale as ChartScale, TICK_REACH};
use crate::components::checkbox::checkbox;
use crate::components::slider::{Scale, Slider};
use crate::number_format::format_superscript;
use crate::number_format::percent;

const FRAME: Frame = Frame {
    width: 720.0,
    height: 244.0,
    left: 40.0,
    right: 700.0,
    top: 16.0,
    bottom: 200.0,
};
/// The probability p, from 0 to 1, across.
const P: ChartScale = ChartScale::Linear { lo: 0.0, hi: 1.0 };
const SAMPLES: usize = 200;
/// About half the width of "measured, base" at a phone's larger type, for [`Frame::anchor`].
const MEASURED_REACH: f64 = 80.0;

#[derive(Properties, Clone, PartialEq)]
pub struct PersonaViewProps {
    pub persona: PersonaParams,
    pub dispatch: Callback<AlignmentAction>,
}

/// The SVG path of a Beta density on p in [0, 1], scaled so that `peak` is full height.
fn density_path(belief: &BetaSummary, peak: f64) -> String {
    let height = ChartScale::up_to(peak);
    P.samples(SAMPLES)
        .into_iter()
        .enumerate()
        .map(|(i, p)| {
            let (x, y) = (FRAME.x(P, p), FRAME.y(height, belief.density(p)));
            format!("{}{x:.1},{y:.1}", if i == 0 { "M" } else { "L" })
        })
        .collect()
}

fn peak_density(belief: &BetaSummary) -> f64 {
    P.samples(SAMPLES)
        .into_iter()
        .map(|p| belief.density(p))
        .filter(|d| d.is_finite())
        .fold(0.0, f64::max)
}

/// What each control says, its field, its scale and how its value reads.
struct Control {
    field: PersonaField,
    label: &'static str,
    min: f64,
    scale: Scale,
    shown: fn(f64) -> String,
}

const CONTROLS: [Control; 9] = [
    Control {
        field: PersonaField::DiscourseShare,
        label:
            "Share of pretraining that is AI discourse, s (default: the draft filter's hit rate)",
        min: 0.0,
        scale: Scale::Linear,
        shown: percent,
    },
    Control {
        field: PersonaField::MisalignedShare,
        label: "Share of that discourse showing misaligned AIs, m",
        min: 0.0,
        scale: Scale::Linear,
        shown: percent,
    },
    Control {
        field: PersonaField::FilterRecall,
        label: "Negative discourse the filter catches, r",
        min: 0.0,
        scale: Scale::Linear,
        shown: percent,
    },
    Control {
        field: PersonaField::SyntheticAligned,
        label: "Synthetic aligned documents, share of tokens",
        min: 0.0,
        scale: Scale::Linear,
        shown: percent,
    },
    Control {
        field: PersonaField::SyntheticMisaligned,
        label: "Synthetic misaligned documents, share of tokens",
        min: 0.0,
        scale: Scale::Linear,
        shown: percent,
    },
    Control {
        field: PersonaField::Weight,
        label: "Pseudo-observations per 1% of natural discourse, w",
        min: 1.0,
        scale: Scale::Log10,
        shown: plain,
    },
    Control {
        field: PersonaField::SyntheticBoost,
        label: "How much more a synthetic document counts, k",
        min: 1.0,
        scale: Scale::Log10,
        shown: plain,
    },
    Control {
        field: PersonaField::PostStrength,
        label: "Post-training's strength, P (pseudo-observations)",
        min: 1.0,
        scale: Scale::Log10,
        shown: plain,
    },
    Control {
        field: PersonaField::PostTarget,
        label: "Misalignment in post-training's data, t",
        min: 0.0,
        scale: Scale::Linear,
        shown: percent,
    },
];

/// The model's post-trained ordering of the presets against the paper's, and the result it
/// cannot reproduce, computed from both (not fitted, and not hidden).
fn misfit() -> Html {
    let model_post = |c: Condition| Some(predict(&PersonaParams::preset(c)).ok()?.post.mean);
    let paper_post = |c: Condition| Some(post_stated_hhh(c).find()?.misalignment_rate);
    let named = |order: Option<Vec<Condition>>| {
        let labels: Vec<&str> = order
            .unwrap_or_default()
            .iter()
            .map(|c| c.label())
            .collect();
        labels.join(" < ")
    };
    let (model_order, paper_order) = (named(ordering(model_post)), named(ordering(paper_post)));
    let misaligned = Condition::MisalignmentUpsampled;
    let shown = |rate: Option<f64>| rate.map_or("?".to_owned(), percent);
    html! {
        <div class="model-misfit" data-testid="align-persona-misfit"
            data-model-order={model_order.clone()} data-paper-order={paper_order.clone()}>
            <h4>{ "What this simple model cannot explain" }</h4>
            <p>
                { format!("After post-training the model's presets order as {model_order}; the paper measured \
                           {paper_order} (HHH prompt; for two of the rates inferred from Figure 4). The paper's \
                           most striking post-training result is out of the model's reach: post-training brought \
                           Misalignment upsampled from {} to {}, below Unfiltered's {}, while the model leaves it \
                           at {}. ",
                    shown(base_stated(misaligned).find().map(|r| r.misalignment_rate)),
                    shown(paper_post(misaligned)),
                    shown(paper_post(Condition::Unfiltered)),
                    shown(model_post(misaligned))) }
                { "In the model, post-training adds the same evidence to every condition and moves each by the \
                   share P/(α + β + P) of its distance to t, so conditions that read more evidence in pretraining \
                   move less; and extra misaligned evidence can only raise the post-trained belief, \
                   (α + Δ + Pt)/(α + β + Δ + P) > (α + Pt)/(α + β + P). No setting of its inputs puts Misalignment \
                   upsampled below Unfiltered after post-training. Whatever did that in the paper, this model does \
                   not contain it, and it is not fitted to hide the gap." }
            </p>
        </div>
    }
}

fn plain(value: f64) -> String {
    format_superscript(value, 3)
}

#[function_component(PersonaView)]
pub fn persona_view(props: &PersonaViewProps) -> Html {
    let p = &props.persona;
    let dispatch = &props.dispatch;
    let preset = p.as_preset();
    let on_filter = dispatch.reform(AlignmentAction::SetFiltered);
    let controls = CONTROLS.iter().map(|c| {
        let field = c.field;
        let value = field.get(p);
        // Synthetic shares are small: their sliders run to 1% of tokens, the typed URL to 100%.
        let max = match field {
            PersonaField::SyntheticAligned | PersonaField::SyntheticMisaligned => 0.01,
            _ => field.max(),
        };
        html! {
            <Slider
                id={format!("align-{field:?}").to_ascii_lowercase()}
                label={c.label}
                value={value.max(c.min).min(max)}
                min={c.min}
                max={max}
                step={if c.scale == Scale::Log10 { 0.05 } else { max / 200.0 }}
                scale={c.scale}
                value_text={(c.shown)(value)}
                on_change={dispatch.reform(move |v| AlignmentAction::SetPersona(field, v))}
            />
        }
    });
    let presets = Condition::ALL.iter().map(|&condition| {
        let onclick = dispatch.reform(move |_: MouseEvent| AlignmentAction::LoadPreset(condition));
        html! {
            <button type="button" aria-pressed={(preset == Some(condition)).to_string()} {onclick}>{ condition.label() }</button>
        }
    });

    let body = match predict(p) {
        Err(error) => {
            html! { <p class="error" role="alert" data-testid="align-persona-error">{ error.to_string() }</p> }
        }
        Ok(prediction) => {
            let peak = peak_density(&prediction.base).max(peak_density(&prediction.post));
            let x = |v: f64| FRAME.x(P, v);
            let Frame { top, bottom, .. } = FRAME;
            let measured = preset.and_then(|c| {
                let post = post_stated_hhh(c).find()?;
                Some((
                    base_stated(c).find()?.misalignment_rate,
                    post.misalignment_rate,
                    if post.prompt_inferred {
                        "HHH prompt, inferred from Figure 4"
                    } else {
                        "HHH prompt"
                    },
                ))
            });
            let rows = Condition::ALL.iter().filter_map(|&c| {
                let model = predict(&PersonaParams::preset(c)).ok()?;
                let base = base_stated(c).find()?.misalignment_rate;
                let post = post_stated_hhh(c).find()?.misalignment_rate;
                Some(html! {
                    <tr class={classes!((preset == Some(c)).then_some("current"))}>
                        <th scope="row">{ c.label() }</th>
                        <td>{ percent(model.base.mean) }</td><td>{ percent(base) }</td>
                        <td>{ percent(model.post.mean) }</td><td>{ percent(post) }</td>
                    </tr>
                })
            });
            html! {
                <>
                    <p class="result-sentence" aria-live="polite" data-testid="align-persona-prediction"
                        data-base={format!("{:e}", prediction.base.mean)} data-post={format!("{:e}", prediction.post.mean)}>
                        { "The model's pretrained persona takes the misaligned action with probability " }
                        <strong>{ percent(prediction.base.mean) }</strong>
                        { format!(" (the belief's central 95%: {} to {}); after post-training, ", percent(prediction.base.lo), percent(prediction.base.hi)) }
                        <strong>{ percent(prediction.post.mean) }</strong>
                        { format!(" ({} to {}). Those widths come from the illustrative pseudo-count w: \
                                   they are a property of the chosen w, not an uncertainty about the world.",
                                  percent(prediction.post.lo), percent(prediction.post.hi)) }
                        if let Some((base, post, prompt)) = measured {
                            { format!(" The paper measured {} and {} ({prompt}) for this condition.", percent(base), percent(post)) }
                        }
                    </p>
                    <figure class="chart persona-chart" id="align-persona-chart">
                        { FRAME.svg("persona-caption", html! { <>
                            <g class="axis" aria-hidden="true">
                                { for (0..=10).map(|t| {
                                    let v = f64::from(t) / 10.0;
                                    html! {
                                        <g>
                                            <line class="grid" x1={x(v).to_string()} x2={x(v).to_string()} y1={top.to_string()} y2={bottom.to_string()} />
                                            // Every other tick labelled: eleven labels crowd a phone.
                                            if t % 2 == 0 {
                                                <text x={x(v).to_string()} y={(bottom + 18.0).to_string()} text-anchor={FRAME.anchor(x(v), TICK_REACH)}>{ format!("{}%", t * 10) }</text>
                                            }
                                        </g>
                                    }
                                }) }
                                { axis_title(&FRAME.centre_x().to_string(), bottom + 38.0, "p: the probability that \"an AI\" takes the misaligned action") }
                            </g>
                            <path class="curve prior series-6" d={density_path(&prediction.base, peak)} />
                            <path class="curve chosen series-3" d={density_path(&prediction.post, peak)} />
                            if let Some((base, post, _)) = measured {
                                <g class="measured">
                                    <line class="measured-base" x1={x(base).to_string()} x2={x(base).to_string()} y1={top.to_string()} y2={bottom.to_string()} />
                                    <text x={x(base).to_string()} y={(top + 10.0).to_string()} text-anchor={FRAME.anchor(x(base), MEASURED_REACH)}>{ "measured, base" }</text>
                                    <line class="measured-post" x1={x(post).to_string()} x2={x(post).to_string()} y1={(top + 20.0).to_string()} y2={bottom.to_string()} />
                                    <text x={x(post).to_string()} y={(top + 30.0).to_string()} text-anchor={FRAME.anchor(x(post), MEASURED_REACH)}>{ "measured, post" }</text>
                                </g>
                            }
                        </> }) }
                        { chart_export("align-persona-chart", "persona-prior", csv(
                            &["p", "density_after_pretraining", "density_after_post_training"],
                            &P.samples(SAMPLES).into_iter().map(|v| {
                                vec![v.to_string(), format!("{:e}", prediction.base.density(v)), format!("{:e}", prediction.post.density(v))]
                            }).collect::<Vec<_>>(),
                        )) }
                        <figcaption id="persona-caption">
                            { format!("The belief about p after pretraining (dashed, Beta({}, {})) and after post-training (solid, Beta({}, {})). ",
                                format_superscript(prediction.base.alpha, 4), format_superscript(prediction.base.beta, 4),
                                format_superscript(prediction.post.alpha, 4), format_superscript(prediction.post.beta, 4)) }
                            { "Vertical lines: the paper's measurements for the chosen preset, when one is chosen." }
                        </figcaption>
                    </figure>
                    <div class="table-scroll" role="region" aria-label="Model against measurement" tabindex="0">
                        <table class="bayes-table">
                            <caption>{ "The model's presets against the paper's measurements (article questions; post-training with the HHH prompt, which for Filtered and Misalignment upsampled is inferred from Figure 4)" }</caption>
                            <thead><tr>
                                <th scope="col">{ "Condition" }</th><th scope="col">{ "Model, base" }</th><th scope="col">{ "Measured, base" }</th>
                                <th scope="col">{ "Model, post" }</th><th scope="col">{ "Measured, post" }</th>
                            </tr></thead>
                            <tbody>{ for rows }</tbody>
                        </table>
                    </div>
                    { misfit() }
                </>
            }
        }
    };

    html! {
        <section class="persona" aria-labelledby="persona-title">
            <h3 id="persona-title">{ "Why the mix matters: a persona prior" }</h3>
            <p class="illustrative-note">
                <strong>{ "A conceptual model, not a fit. " }</strong>
                { "It shows one way to think about the result: a pretrained model holds a belief about how \
                   \"an AI\" behaves, every document about AI behaviour is evidence for it, and post-training \
                   is more evidence on top. Two defaults come from the paper's December 2025 draft: the \
                   synthetic token counts (400 and 500 million) and the AI-discourse share s, for which the \
                   page uses the share of pretraining documents the draft's keyword filter flagged (9.30%). \
                   That is the filter's hit rate, not a measured share of AI discourse: its blocklist also \
                   flags negative mentions of non-human entities such as HAL 9000. The other defaults are \
                   illustrative. Compare the model's numbers with the measurements below it, and read \
                   what it cannot explain." }
            </p>
            <div class="toolbar" role="group" aria-label="The paper's conditions as presets">
                { for presets }
            </div>
            <div class="persona-controls">
                { checkbox("align-filter", "Filter out negative AI discourse", p.filtered, on_filter) }
                { for controls }
            </div>
            { body }
        </section>
    }
}
