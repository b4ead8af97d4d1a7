//! "Run 5 seeds" on the page: the reader's own fresh seeds, each a row and a dot, beside what the
//! check's twenty seeds gave.

use yew::prelude::*;

use crate::lab::check;
use crate::lab::check_view::{effect, strip, strip_axis};
use crate::lab::params::Ensemble;
use crate::lab::session::Session;
use crate::lab::spread::{self, SeedSpread, CONDITIONS};
use crate::number_format::{percent, signed_whole};
use crate::url::UrlWord;

#[derive(Properties, PartialEq)]
pub struct LabSpreadProps {
    pub session: Session,
}

/// The reader's spread of seeds, or what "Run 5 seeds" would do.
#[function_component(LabSpread)]
pub fn lab_spread(props: &LabSpreadProps) -> Html {
    let seeds = spread::SEEDS;
    html! {
        <section class="lab-spread" aria-labelledby="lab-spread-title">
            <h4 id="lab-spread-title">{ format!("Your {seeds} seeds") }</h4>
            { match &props.session.spread {
                Some(spread) => finished(spread),
                None => html! {
                    <p class="hint">{ format!(
                        "\"Run {seeds} seeds\" trains Unfiltered, Alignment upsampled and Misalignment \
                         upsampled on the current seed and the {} after it ({} models with one model \
                         each, {} with four, {} with sixteen), with your prompt and models, and shows \
                         each seed here beside the check's twenty.",
                        seeds - 1,
                        spread::members(1),
                        spread::members(Ensemble::Four.members()),
                        spread::members(Ensemble::Sixteen.members()),
                    ) }</p>
                },
            } }
        </section>
    }
}

/// In how many of the check's seeds the paper's ordering held, for each budget the lab offers:
/// "6 with one model, 12 with ensembles of 4 and … with ensembles of 16".
fn check_ordered() -> String {
    let parts: Vec<String> = Ensemble::ALL
        .iter()
        .map(|budget| match budget.members() {
            1 => format!("{} with one model", check::ordered_as_the_paper(1)),
            n => format!("{} with ensembles of {n}", check::ordered_as_the_paper(n)),
        })
        .collect();
    match parts.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// The finished spread: the share of seeds ordered as the paper, a row and a dot per seed.
fn finished(spread: &SeedSpread) -> Html {
    let ordered = spread
        .seeds
        .iter()
        .filter(|s| s.ordered_as_the_paper())
        .count();
    let models = if spread.models == 1 {
        "one model".to_owned()
    } else {
        format!("ensembles of {}", spread.models)
    };
    let [unfiltered, aligned, misaligned] = [0, 1, 2];
    let valence = spread.differences(aligned, misaligned);
    let against_unfiltered = spread.differences(aligned, unfiltered);
    html! {
        <>
            <p data-testid="lab-seed-spread" data-value={spread.share_ordered_as_the_paper().to_string()}>
                { format!(
                    "On held-out scenarios, the paper's ordering of its base models (Alignment upsampled \
                     below Unfiltered below Misalignment upsampled) holds in {ordered} of your {} seeds \
                     ({models} per condition). In the check's twenty fresh seeds it held in {}. \
                     Aligned − misaligned over your seeds: {} points; aligned − Unfiltered: {} points \
                     (mean ± standard error).",
                    spread.seeds.len(),
                    check_ordered(),
                    effect(spread.contrast(aligned, misaligned)),
                    effect(spread.contrast(aligned, unfiltered)),
                ) }
            </p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Your seeds">
                <table class="bayes-table" data-testid="lab-spread-table">
                    <caption>{ "Each seed's base models, misaligned share on held-out scenarios" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Seed" }</th>
                            { for CONDITIONS.iter().map(|c| html! { <th scope="col">{ c.label() }</th> }) }
                            <th scope="col">{ "Aligned − misaligned" }</th>
                            <th scope="col">{ "Ordered as the paper" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for spread.seeds.iter().map(|seed| {
                            let shares = seed.held_out();
                            html! {
                                <tr>
                                    <th scope="row">{ seed.seed }</th>
                                    { for shares.iter().map(|s| html! { <td>{ percent(*s) }</td> }) }
                                    <td>{ signed_whole((shares[aligned] - shares[misaligned]) * 100.0) }</td>
                                    <td>{ if seed.ordered_as_the_paper() { "yes" } else { "no" } }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <figure class="check-strips" id="lab-spread-chart">
                { strip("aligned − misaligned (held out), your seeds".to_owned(), &valence, false) }
                { strip("aligned − Unfiltered (held out), your seeds".to_owned(), &against_unfiltered, false) }
                { strip_axis() }
                <figcaption>{ "Each of your seeds' difference in percentage points, from −100 to +100, \
                                drawn as the check's below: the mean as a tall line, the mean ± two \
                                standard errors as a bar." }</figcaption>
            </figure>
        </>
    }
}
