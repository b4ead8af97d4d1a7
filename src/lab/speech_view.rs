//! The model's own words after a run: its completions of a few evaluation prompts, base and
//! post-trained, and for one prompt the probabilities of the two actions' first words.

use yew::prelude::*;

use crate::lab::completions::{Choice, Completion, Speech};
use crate::lab::families::{Set, SCENARIOS};
use crate::number_format::percent;

/// "held-in, sandbagging": the scenario's set and family.
fn scenario_label(scenario: usize) -> String {
    let scenario = &SCENARIOS[scenario];
    let set = match scenario.set {
        Set::HeldIn => "held-in",
        Set::HeldOut => "held-out",
        Set::Unseen => "unseen family",
    };
    format!("{set}, {}", scenario.family.label())
}

/// One completion, with the action it took in words.
fn completion_cell(index: usize, completion: &Completion) -> Html {
    let took = match completion.choice() {
        Choice::Aligned => "aligned",
        Choice::Misaligned => "misaligned",
        Choice::Neither => "neither action",
    };
    html! {
        <td data-testid={format!("lab-sample-{index}")} data-choice={took}>
            <q>{ completion.words.clone() }</q>{ format!(" ({took})") }
        </td>
    }
}

/// The completions and the next-word probabilities; `writing_again`: the temperature set above
/// when the models are writing their words again at it (until then the words shown were drawn
/// at another, and the section says so and is busy).
pub fn speech(speech: &Speech, writing_again: Option<f64>) -> Html {
    let drawn = match writing_again {
        Some(temperature) => format!(
            "drawn at temperature {:.1} (the models are writing them again at {temperature:.1}, set above)",
            speech.temperature
        ),
        None => format!("drawn at temperature {:.1} (set above)", speech.temperature),
    };
    let next = &speech.next_word;
    let rows = speech.completions.chunks(2).enumerate().map(|(row, pair)| {
        let prompt = pair.first().map(|c| c.prompt.clone()).unwrap_or_default();
        html! {
            <tr>
                <th scope="row">{ pair.first().map(|c| scenario_label(c.scenario)).unwrap_or_default() }</th>
                <td><code>{ prompt }</code></td>
                { for pair.iter().enumerate().map(|(k, c)| completion_cell(2 * row + k, c)) }
            </tr>
        }
    });
    let probability_row = |name: &str, (aligned, misaligned): (f64, f64)| {
        html! {
            <tr>
                <th scope="row">{ name.to_owned() }</th>
                <td>{ percent(aligned) }</td>
                <td>{ percent(misaligned) }</td>
                <td>{ percent((1.0 - aligned - misaligned).max(0.0)) }</td>
            </tr>
        }
    };
    html! {
        <section class="lab-speech" aria-labelledby="lab-speech-title" data-testid="lab-speech"
            aria-busy={writing_again.is_some().then_some("true")}>
            <h4 id="lab-speech-title">{ "The model's own words" }</h4>
            <p>{ format!(
                "Each prompt casts the model as the AI and stops at \"i will\"; the model writes on, one word \
                 at a time, {drawn}, with a generator seeded by the run's seed, so the same run and \
                 temperature always write the same. The base model and the post-trained one get the same \
                 draws."
            ) }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="The model's completions">
                <table class="bayes-table lab-speech-table">
                    <caption>{ "Completions of one prompt per scenario, two scenarios from each question set" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Scenario" }</th>
                            <th scope="col">{ "Prompt" }</th>
                            <th scope="col">{ "Base model wrote" }</th>
                            <th scope="col">{ "Post-trained model wrote" }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Next-word probabilities">
                <table class="bayes-table" data-testid="lab-next-word">
                    <caption>{ format!(
                        "The next word after the {} prompt \"{}\", as the model gives it (no temperature)",
                        scenario_label(next.scenario),
                        next.prompt
                    ) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Model" }</th>
                            <th scope="col">{ format!("\"{}\" (aligned action)", next.aligned_word) }</th>
                            <th scope="col">{ format!("\"{}\" (misaligned action)", next.misaligned_word) }</th>
                            <th scope="col">{ "Any other word" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { probability_row("Base", next.base) }
                        { probability_row("Post-trained", next.post) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
