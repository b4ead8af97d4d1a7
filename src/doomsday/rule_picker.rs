//! SSA or SIA, each explained with its best-known objection, and the side-by-side switch.

use yew::prelude::*;

use crate::components::checkbox::checkbox;
use crate::components::radio_group::{radio_group, Choice, Look};
use crate::doomsday::model::Rule;
use crate::doomsday::params::{DoomsdayAction, Example};

/// The rule's short name as the page writes it.
pub fn rule_name(rule: Rule) -> &'static str {
    match rule {
        Rule::Ssa => "SSA",
        Rule::Sia => "SIA",
    }
}

#[derive(Properties, Clone, PartialEq)]
pub struct RulePickerProps {
    pub rule: Rule,
    pub compare: bool,
    pub dispatch: Callback<DoomsdayAction>,
}

#[function_component(RulePicker)]
pub fn rule_picker(props: &RulePickerProps) -> Html {
    let choice = |value: Rule, title: &'static str, more: Html| Choice {
        value,
        label: html! { <strong>{ title }</strong> },
        more,
    };
    let on_rule = props.dispatch.reform(DoomsdayAction::SetRule);
    let on_compare = props.dispatch.reform(DoomsdayAction::SetCompare);
    let load_philosopher = props
        .dispatch
        .reform(|_: MouseEvent| DoomsdayAction::LoadExample(Example::PresumptuousPhilosopher));
    html! {
        <fieldset class="control-group rules">
            <legend>{ "How does your own rank count as evidence?" }</legend>
            { radio_group("doom-rule", Look::Cards, props.rule, vec![choice(Rule::Ssa, "Self-Sampling Assumption (SSA)", html! {
                <>
                    <p>
                        { "Reason as if you were a random sample from all the humans who will ever \
                           live in your world. Then every rank from 1 to N is equally likely, so \
                           P(r | N) = 1/N: a world with a thousand times more people makes your \
                           particular rank a thousand times less likely. This is the rule behind the \
                           doomsday argument (Carter, Leslie; Bostrom's name for it)." }
                    </p>
                    <p class="objection">
                        <strong>{ "The objection: the reference class. " }</strong>
                        { "A random sample from whom? All humans, all Homo sapiens, all observers, \
                           everyone who has heard of the argument? Each choice gives a different N and \
                           a different doom. If Stars humanity speciates into beings unlike us, they \
                           may not count at all (see the reference-class control below)." }
                    </p>
                </>
            }), choice(Rule::Sia, "Self-Indication Assumption (SIA)", html! {
                <>
                    <p>
                        { "Your existence is itself evidence: favour worlds in which more observers \
                           exist, in proportion to their number. That multiplies each prior by N, \
                           which exactly cancels the 1/N from your rank, so the doomsday shift vanishes \
                           and your rank only rules out worlds with fewer than r people (Dieks 1992; \
                           Olum 2002; shown exact by Kopf, Krtous and Page 1994)." }
                    </p>
                    <p class="objection">
                        <strong>{ "The objection: the presumptuous philosopher. " }</strong>
                        { "Physicists narrow things down to two theories, one with 10" }<sup>{ "24" }</sup>
                        { " observers, one with 10" }<sup>{ "36" }</sup>
                        { ". Before any experiment, SIA's first step declares the bigger one a trillion \
                           times more probable (the column \"After SIA\"), which most people find absurd \
                           (Bostrom, Anthropic Bias, 2002). In the example your rank then cancels that \
                           factor, so the table ends at the prior: the objection is to the first step. " }
                        <button type="button" class="link-button" onclick={load_philosopher}>{ "Load this example" }</button>
                    </p>
                </>
            })], &on_rule) }
            { checkbox("doom-compare", "Show both rules side by side", props.compare, on_compare) }
        </fieldset>
    }
}
