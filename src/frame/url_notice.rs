//! The one notice that lists the link's values the page could not use.

use yew::prelude::*;

use crate::url::UrlProblem;

#[derive(Properties, Clone, PartialEq)]
pub struct UrlNoticeProps {
    pub problems: Vec<UrlProblem>,
    pub on_dismiss: Callback<()>,
}

/// Lists each malformed parameter with the default that replaced it; nothing when there are none.
#[function_component(UrlNotice)]
pub fn url_notice(props: &UrlNoticeProps) -> Html {
    if props.problems.is_empty() {
        return html! {};
    }
    let onclick = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notice" role="status" data-testid="url-notice">
            <p class="notice-title">{ "Some settings in this link could not be used; defaults are shown instead:" }</p>
            <ul>
                { for props.problems.iter().map(|problem| html! {
                    <li><code>{ format!("{}={}", problem.key, problem.value) }</code>{ format!(": {}.", problem.message) }</li>
                }) }
            </ul>
            <button type="button" {onclick}>{ "Dismiss" }</button>
        </div>
    }
}
