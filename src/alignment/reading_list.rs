//! The survey post's reading list as a timeline: each item with its date, a line on what it
//! found or argued, and a link.

use yew::prelude::*;

/// The survey post, where the items without a link of their own are listed.
const SURVEY: &str = "https://www.lesswrong.com/posts/ZeWewFEefCtx4Rj3G";

/// One item of the reading list.
struct Reading {
    date: &'static str,
    title: &'static str,
    who: &'static str,
    finding: &'static str,
    link: &'static str,
}

/// In date order, as named in the survey post's "How We Got Here" (reference notes §7) and the
/// papers' abstracts (§4–5).
const READINGS: [Reading; 10] = [
    Reading { date: "Feb 2023", title: "Pretraining Language Models with Human Preferences", who: "Korbak et al.",
        finding: "Conditional training with good and bad tokens cut undesirable content by up to an order of magnitude, without and with adversarial prompts, and kept task performance (abstract).",
        link: "https://arxiv.org/abs/2302.08582" },
    Reading { date: "May 2023", title: "The case for removing alignment and ML research from the training data", who: "Beren Millidge",
        finding: "Makes the case that the training data's writing about AI and alignment research could shape the models trained on it.",
        link: SURVEY },
    Reading { date: "Jul 2023", title: "My path to prosaic alignment and open questions", who: "Beren Millidge",
        finding: "The author's route to prosaic alignment and the questions it leaves open.",
        link: SURVEY },
    Reading { date: "Nov 2023", title: "How to Control an LLM's Behavior (why my P(DOOM) went down)", who: "Roger Dearnaley",
        finding: "A linkpost of Korbak et al. explaining why conditional pretraining made the author more optimistic.",
        link: "https://www.lesswrong.com/users/rogerdearnaley" },
    Reading { date: "Jan 2024", title: "Motivating Alignment of LLM-Powered Agents: Easy for AGI, Hard for ASI?", who: "Roger Dearnaley",
        finding: "Suggests aligned AI role-model fiction as training data.",
        link: "https://www.lesswrong.com/users/rogerdearnaley" },
    Reading { date: "May 2024", title: "Alignment In The Age Of Synthetic Data", who: "Beren Millidge",
        finding: "What synthetic training data changes for aligning models.",
        link: SURVEY },
    Reading { date: "2024", title: "A \"Bitter Lesson\" Approach to Aligning AGI and ASI", who: "Roger Dearnaley",
        finding: "An approach to aligning AGI and ASI in the spirit of Sutton's \"bitter lesson\".",
        link: "https://www.lesswrong.com/users/rogerdearnaley" },
    Reading { date: "Feb 2025", title: "You Are What You Eat: AI Alignment Requires Understanding How Data Shapes Structure and Generalisation", who: "Lehalleur, Hoogland, Farrugia-Roberts et al.",
        finding: "A position paper: alignment requires understanding how data shapes a model's structure and generalisation.",
        link: SURVEY },
    Reading { date: "Apr 2025", title: "Safety Pretraining: Toward the Next Generation of Safe AI", who: "Maini et al.",
        finding: "Safety filtering, rephrasing, native refusals and harmfulness tags in pretraining cut attack success rates from 38.8% to 8.4% on standard safety benchmarks with no loss on general tasks (abstract).",
        link: "https://arxiv.org/abs/2504.16980" },
    Reading { date: "Jan 2026", title: "Alignment Pretraining: AI Discourse Causes Self-Fulfilling (Mis)alignment", who: "Tice, Radmard et al.",
        finding: "Adding about a billion tokens of documents about aligned AI to 550 billion cut base-model misalignment from 45% to 9%, and the gap survived identical post-training (abstract).",
        link: "https://arxiv.org/abs/2601.10160" },
];

#[function_component(ReadingList)]
pub fn reading_list() -> Html {
    html! {
        <section class="reading-list" aria-labelledby="reading-title">
            <h3 id="reading-title">{ "How we got here: the reading list" }</h3>
            <p>
                { "The survey post that introduced this result, Roger Dearnaley's " }
                <a href={SURVEY}>{ "\"Pretraining on Aligned AI Data Dramatically Reduces Misalignment—Even After Post-Training\"" }</a>
                { " (January 2026), traces the idea through these works. Dates are as the post or the papers give them." }
            </p>
            <ol class="timeline">
                { for READINGS.iter().map(|r| html! {
                    <li>
                        <time>{ r.date }</time>
                        <div>
                            <a href={r.link}><cite>{ r.title }</cite></a>{ format!(", {}. ", r.who) }
                            <span class="finding">{ r.finding }</span>
                        </div>
                    </li>
                }) }
            </ol>
        </section>
    }
}
