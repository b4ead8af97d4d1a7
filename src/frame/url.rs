//! The frame's URL section: the theme, embedding, presenter mode and the tour (`walk=`, `step=`,
//! whose keys every explainer reads too, in `src/explainer.rs`).

use crate::explainer::{tour_step_in, Explainer, STEP, TOUR};
use crate::registry::Registry;
use crate::state::Params;
use crate::url::{Reader, UrlProblem, Writer};

pub const THEME: &str = "theme";
pub const EMBED: &str = "embed";
pub const PRESENTER: &str = "presenter";

/// Every key of the frame's section.
pub const KEYS: [&str; 5] = [THEME, EMBED, PRESENTER, TOUR, STEP];

/// The explainer of `registry` that stands alone whose word `value` is, or the problem.
fn standalone(
    registry: Registry,
    reader: &mut Reader,
    key: &str,
    value: &str,
) -> Option<&'static Explainer> {
    let found = registry.standalone().find(|e| e.word == value);
    if found.is_none() {
        let words: Vec<&str> = registry.standalone().map(|e| e.word).collect();
        let message = format!("expected one of {}; using none", words.join(", "));
        reader.problem(key, value, message);
    }
    found
}

/// The frame's settings the pairs name (`embed=` and `walk=` naming a standalone explainer of
/// `registry`), and every problem met: unknown keys ignored, a repeated key's last value kept. A
/// step the tour does not have is step 1.
pub fn decode(pairs: &[(String, String)], registry: Registry) -> (Params, Vec<UrlProblem>) {
    let mut params = Params::default();
    let mut reader = Reader::default();
    let mut tour = None;
    let mut step = None;
    for (key, value) in pairs {
        let (key, value) = (key.as_str(), value.as_str());
        match key {
            THEME => reader.word(key, value, &mut params.theme),
            EMBED => params.embed = standalone(registry, &mut reader, key, value).or(params.embed),
            PRESENTER => reader.word(key, value, &mut params.presenter),
            TOUR => tour = standalone(registry, &mut reader, key, value).or(tour),
            STEP => step = Some(value),
            _ => {}
        }
    }
    if let Some(explainer) = tour {
        let steps = explainer.tour.len();
        let read = tour_step_in(pairs, explainer.word, steps).unwrap_or(1);
        if let Some(step) = step.filter(|step| step.parse::<usize>() != Ok(read)) {
            let title = explainer.title;
            let message = format!("{title} has steps 1 to {steps}; starting at 1");
            reader.problem(STEP, step, message);
        }
        params.tour = Some((explainer, read));
    }
    (params, reader.finish(Vec::new(), pairs))
}

/// Writes each of the frame's settings that differs from its default.
pub fn encode(params: &Params, out: &mut Writer) {
    let defaults = Params::default();
    out.word(THEME, params.theme, defaults.theme);
    if let Some(explainer) = params.embed {
        out.pair(EMBED, explainer.word);
    }
    out.word(PRESENTER, params.presenter, defaults.presenter);
    if let Some((explainer, step)) = params.tour {
        out.pair(TOUR, explainer.word);
        out.pair(STEP, &step.to_string());
    }
}
