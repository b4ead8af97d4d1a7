//! What an explainer is to the page: a plugin. Pure (no browser, no Yew): the frame reads an
//! [`Explainer`] from the registry (`src/registry.rs`), the island hook (`src/island.rs`) hosts its
//! [`Settings`], and the tests check both natively.
//!
//! Each explainer's folder holds all of its own parts: its settings and actions with the one
//! `normalise` holding every rule ([`Settings`], in `params.rs`), its URL section ([`Permalink`],
//! `url.rs`), its tour steps as typed patches of its settings ([`Toured`], `tour.rs`), its island
//! (`island.rs`) and its descriptor (`EXPLAINER` in its `mod.rs`), which names its section and
//! root element for the frame and says how to start its island. Every explainer ships in the
//! page's one bundle; the frame starts each island as its section nears the viewport.

use crate::keys::{Described, Key};
use crate::url::{RuleProblem, UrlProblem, Writer};

/// The frame's URL keys an explainer reads: the tour being followed and its step (from 1). The
/// tour's key is `walk`, the page's first word for it, kept so that old links still work.
pub const TOUR: &str = "walk";
pub const STEP: &str = "step";

/// An explainer's settings: what its permalink restores, and the rules they keep (in its
/// `params.rs`).
pub trait Settings: Clone + PartialEq + Default + std::fmt::Debug + 'static {
    /// Every change the explainer's controls can ask for.
    type Action: Clone + PartialEq + 'static;

    /// The settings brought within every rule of the explainer, with a problem for each value
    /// that had to change (what it was, what was used instead). The only place the rules live:
    /// the decoder and the reducer both call it.
    fn normalise(self) -> (Self, Vec<RuleProblem>);
    /// The settings after `action`, before `normalise`.
    fn change(&mut self, action: Self::Action);

    /// What the reducer does with a reader's action: `change` then `normalise`, unless
    /// `normalise` would have to change anything. Then the action is refused: the settings stay
    /// as they were, and the problems say why (a value out of range, a rule relating two fields).
    /// A change is never bent to fit a rule. Returns the problems (none: the change was made).
    fn apply(&mut self, action: Self::Action) -> Vec<RuleProblem> {
        let mut changed = self.clone();
        changed.change(action);
        let (normalised, problems) = changed.normalise();
        if problems.is_empty() {
            *self = normalised;
        }
        problems
    }
}

/// A reader's change that [`Settings::apply`] refused, and why: shown beside the control that
/// asked for it, while the settings stay as they were.
#[derive(Clone, Debug, PartialEq)]
pub struct Refusal<A> {
    pub action: A,
    /// Each problem's reason, joined by "; " (`lo (1e35) must be below hi (1e30)`).
    pub reason: String,
}

impl<A> Refusal<A> {
    /// The refusal of `action` for `problems` (what `apply` returned).
    pub fn new(action: A, problems: &[RuleProblem]) -> Self {
        let reasons: Vec<&str> = problems.iter().map(|p| p.reason.as_str()).collect();
        Self {
            action,
            reason: reasons.join("; "),
        }
    }

    /// The reason, if the refused action is of the same kind (the same variant) as `kind`: a
    /// control asks with `kind`'s variant, whatever its value.
    pub fn reason_for(&self, kind: &A) -> Option<String> {
        (std::mem::discriminant(&self.action) == std::mem::discriminant(kind))
            .then(|| self.reason.clone())
    }
}

/// An explainer's URL section (in its `url.rs`): its keys, all starting with one prefix.
pub trait Permalink: Settings {
    /// The start of every URL key of its section (`"doom."`): no two explainers share one.
    const KEY_PREFIX: &'static str;
    /// The keys it reads outside its table (lists read together, a preset, a retired key).
    const KEYS_OUTSIDE_TABLE: &'static [&'static str] = &[];
    /// Its declared keys (`src/keys.rs`): all but [`Self::KEYS_OUTSIDE_TABLE`].
    fn keys() -> &'static [Key<Self>];
    /// The settings a link's pairs name, normalised, and every problem of reading them.
    fn decode(pairs: &[(String, String)]) -> (Self, Vec<UrlProblem>);
    /// Writes every setting that differs from its default.
    fn encode(&self, out: &mut Writer);
}

/// An explainer's URL section as the build and the tests read it, without its settings' type:
/// what lets them iterate the registry rather than name each explainer's settings.
pub trait Section: Sync {
    /// Its declared keys.
    fn declared(&self) -> Vec<Described>;
    /// The keys it reads outside its table.
    fn outside_table(&self) -> &'static [&'static str];
    /// Its part of `pairs` as the settings read from it write it (`decode`, then `encode`: a
    /// query of only the settings that differ from the defaults), and the problems of reading it.
    fn reread(&self, pairs: &[(String, String)]) -> (String, Vec<UrlProblem>);
}

/// The [`Section`] of settings type `S`, for an explainer's descriptor.
pub struct SectionOf<S>(std::marker::PhantomData<fn() -> S>);

impl<S> SectionOf<S> {
    pub const NEW: Self = Self(std::marker::PhantomData);
}

impl<S: Permalink> Section for SectionOf<S> {
    fn declared(&self) -> Vec<Described> {
        let defaults = S::default();
        S::keys()
            .iter()
            .map(|key| key.describe(&defaults))
            .collect()
    }
    fn outside_table(&self) -> &'static [&'static str] {
        S::KEYS_OUTSIDE_TABLE
    }
    fn reread(&self, pairs: &[(String, String)]) -> (String, Vec<UrlProblem>) {
        let (settings, problems) = S::decode(pairs);
        let mut out = Writer::default();
        settings.encode(&mut out);
        (out.finish(), problems)
    }
}

/// An explainer's guided tour (in its `tour.rs`): steps that patch its default settings.
pub trait Toured: Settings {
    /// Its steps (empty: no tour).
    fn tour() -> &'static [Step<Self>];

    /// The settings at tour step `step` (from 1): the defaults as the step patches them.
    fn at_step(step: usize) -> Option<Self> {
        let definition = Self::tour().get(step.checked_sub(1)?)?;
        let mut settings = Self::default();
        (definition.settings)(&mut settings);
        Some(settings.normalise().0)
    }
}

/// What a tour step shows the reader, without its settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepText {
    pub title: &'static str,
    /// What to notice, in a sentence or three.
    pub text: &'static str,
    /// A CSS selector for what to look at.
    pub target: &'static str,
    /// The word of another explainer whose part of the page holds the target (its island
    /// starts and its settings return to their defaults), when it is not the tour's own.
    pub elsewhere: Option<&'static str>,
}

/// One step of an explainer's tour: what it says and the settings it shows.
pub struct Step<S> {
    pub text: StepText,
    /// Changes the explainer's default settings into this step's.
    pub settings: fn(&mut S),
}

/// A tour as the frame reads it: its steps' texts (the frame never sees their settings).
pub trait Tour: Sync {
    /// Step `index` (from 0), if there is one.
    fn step(&self, index: usize) -> Option<StepText>;
    /// How many steps it has.
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The tour of settings type `S` (`TourOf(S::tour)`), for an explainer's descriptor.
pub struct TourOf<S: 'static>(pub fn() -> &'static [Step<S>]);

impl<S> Tour for TourOf<S> {
    fn step(&self, index: usize) -> Option<StepText> {
        (self.0)().get(index).map(|step| step.text)
    }
    fn len(&self) -> usize {
        (self.0)().len()
    }
}

/// What an explainer that stands alone has: a link in the navigation, and tools (copy link,
/// embed, tour) that the frame renders outside its root.
pub struct Standalone {
    /// Its link text in the page's navigation.
    pub nav_label: &'static str,
    /// The id of the element (in index.html, in its section, outside its root) for its tools.
    pub tools_id: &'static str,
}

/// A work the explainer's facts come from, as the page's footer lists it: "`authors`, `title`,
/// `published`." with the title a link to `url` when there is one.
pub struct Source {
    pub authors: &'static str,
    pub title: &'static str,
    pub url: Option<&'static str>,
    /// Where it appeared (", arXiv 2601.10160"), with its leading punctuation; may be empty.
    pub published: &'static str,
}

/// An explainer as the page's frame knows it: names, places and how to start it.
pub struct Explainer {
    /// Its word in the URL (`embed=`, `walk=`).
    pub word: &'static str,
    /// Its name on the page.
    pub title: &'static str,
    /// The id of its `<section>` in index.html, and the `#fragment` that links to it.
    pub section_id: &'static str,
    /// The id of the element (in index.html, inside its section) its island renders into.
    pub root_id: &'static str,
    /// What it has as an explainer of its own; `None` for a part of another explainer's
    /// section (the lab), which has no tools, no tour and no link of its own.
    pub standalone: Option<Standalone>,
    /// The word of the explainer whose section holds it, for a part (the lab: `alignment`):
    /// shown, and its keys kept, where that explainer is embedded alone. `None` when it stands
    /// alone.
    pub part_of: Option<&'static str>,
    /// The start of its URL keys (its settings' `KEY_PREFIX`).
    pub key_prefix: &'static str,
    /// A URL key of its that, set to `1`, makes a link start something here at once: a copied
    /// link with it lands on this section rather than on the section of the tools that copied
    /// it (`None`: no such key).
    pub lands_link: Option<&'static str>,
    pub tour: &'static dyn Tour,
    /// The works its facts come from, for the page's footer (none: it cites its host's).
    pub sources: &'static [Source],
    /// Its default view as HTML, for the build-time prerender (natively only: the page's
    /// bundle renders in the browser).
    #[cfg(not(target_arch = "wasm32"))]
    pub prerender: fn() -> String,
    /// Renders its island into its root element, in place of the prerendered first view
    /// (`island::start::<ItsIsland>`; natively, where the page has no elements, it does
    /// nothing).
    pub start: fn(&Explainer),
    /// Its URL section without its settings' type (`&SectionOf::<ItsParams>::NEW`), for the
    /// tests that iterate the registry (natively only, like `prerender`: the frame never
    /// decodes an explainer's section; its island does, through its own type).
    #[cfg(not(target_arch = "wasm32"))]
    pub url: &'static dyn Section,
}

impl Explainer {
    /// Whether `key` is one of its URL keys.
    pub fn owns_key(&self, key: &str) -> bool {
        key.starts_with(self.key_prefix)
    }

    /// Whether it is shown where `embedded` is embedded alone: it is that explainer, or a part
    /// of its section.
    pub fn shown_with(&self, embedded: &Explainer) -> bool {
        self == embedded || self.part_of == Some(embedded.word)
    }

    /// Whether it stands alone: it has tools, can be embedded and toured.
    pub fn stands_alone(&self) -> bool {
        self.standalone.is_some()
    }
}

impl PartialEq for Explainer {
    fn eq(&self, other: &Self) -> bool {
        self.word == other.word
    }
}

impl std::fmt::Debug for Explainer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Explainer({})", self.word)
    }
}

/// The step (from 1) of `word`'s tour that a link's `walk=` and `step=` name, if `walk=` is
/// `word`: a missing, unreadable or absent step is step 1, as the frame reads it (the frame
/// reports such a step; here it is only read).
pub fn tour_step_in(pairs: &[(String, String)], word: &str, steps: usize) -> Option<usize> {
    let last = |wanted: &str| {
        pairs
            .iter()
            .rev()
            .find(|(key, _)| key == wanted)
            .map(|(_, value)| value.as_str())
    };
    if last(TOUR)? != word {
        return None;
    }
    let step = last(STEP).and_then(|value| value.parse::<usize>().ok());
    Some(step.filter(|step| (1..=steps).contains(step)).unwrap_or(1))
}
