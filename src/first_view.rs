//! Putting the prerendered first view into `index.html` (tested natively): a section for each
//! explainer that index.html has none for, each part inside the empty element whose id it names,
//! the registry's standalone explainers into the pre-paint script's list, and the keys that start
//! the page at once into the loader's.

use crate::explainer::Explainer;
#[cfg(not(target_arch = "wasm32"))]
use crate::registry::Registry;

/// Where, in index.html's `<main>`, the sections of explainers it has none for go.
pub const SECTIONS_MARKER: &str = "<!-- sections the registry adds -->";

/// Where, in index.html's pre-paint script, the list of standalone explainers' words goes.
pub const STANDALONE_MARKER: &str = "/* standalone explainers */";
/// Where, in the loader's script (assets/loader.js), the keys that start the page at once go.
pub const EAGER_KEYS_MARKER: &str = "/* keys that start the page */";

/// `page` with `marker` (which must occur exactly once) replaced by `words` as a JavaScript
/// list's items: `'alignment', 'doomsday'`.
pub fn list(page: &str, marker: &str, words: &[&str]) -> Result<String, String> {
    if page.matches(marker).count() != 1 {
        return Err(format!("index.html needs exactly one {marker}"));
    }
    let items: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    Ok(page.replace(marker, &items.join(", ")))
}

/// `page` with each `(id, html)` part written inside the element `id="<id>"`, which must occur
/// exactly once and be empty (`<div id="x" ...></div>`); an error names the first id that is not.
pub fn fill(page: &str, parts: &[(&str, String)]) -> Result<String, String> {
    let mut page = page.to_owned();
    for (id, html) in parts {
        let attribute = format!("id=\"{id}\"");
        let mut found = page.match_indices(&attribute).map(|(at, _)| at);
        let (Some(at), None) = (found.next(), found.next()) else {
            return Err(format!(
                "index.html needs exactly one element with {attribute}"
            ));
        };
        let open_end = page[at..]
            .find('>')
            .map(|end| at + end + 1)
            .ok_or_else(|| format!("the element with {attribute} is not closed"))?;
        if !page[open_end..].starts_with("</") {
            return Err(format!("the element with {attribute} is not empty"));
        }
        page.insert_str(open_end, html);
    }
    Ok(page)
}

/// The section of `explainer` for a page that has none written for it: its heading, its tools
/// (if it stands alone) and its island's root, which the prerender then fills.
pub fn section(explainer: &Explainer) -> String {
    let escaped = explainer
        .title
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let id = explainer.section_id;
    let tools = explainer.standalone.as_ref().map_or(String::new(), |s| {
        format!("<div id=\"{}\" class=\"frame-part\"></div>", s.tools_id)
    });
    format!(
        "<section id=\"{id}\" class=\"explainer\" aria-labelledby=\"{id}-title\">\
         <h2 id=\"{id}-title\">{escaped}</h2>{tools}\
         <div id=\"{}\" class=\"island\" data-keys=\"{}\"></div></section>",
        explainer.root_id, explainer.key_prefix
    )
}

/// `page` with a [`section`] for each of `explainers` whose section id it does not have,
/// in their order, where [`SECTIONS_MARKER`] is (which must occur exactly once).
pub fn add_sections<'a>(
    page: &str,
    explainers: impl Iterator<Item = &'a Explainer>,
) -> Result<String, String> {
    if page.matches(SECTIONS_MARKER).count() != 1 {
        return Err(format!("index.html needs exactly one {SECTIONS_MARKER}"));
    }
    let missing: String = explainers
        .filter(|e| !page.contains(&format!("id=\"{}\"", e.section_id)))
        .map(section)
        .collect();
    Ok(page.replace(SECTIONS_MARKER, &format!("{missing}{SECTIONS_MARKER}")))
}

/// The address's keys that start the page's bundle at once (the loader's list): an embed, a
/// tour, and every explainer's keys (by their prefix), which only a bundle can show.
#[cfg(not(target_arch = "wasm32"))]
pub fn eager_keys(registry: Registry) -> Vec<&'static str> {
    use crate::explainer::TOUR;
    use crate::frame::url::EMBED;
    let prefixes = registry.all().map(|e| e.key_prefix);
    [EMBED, TOUR].into_iter().chain(prefixes).collect()
}

/// `page` (index.html as Trunk wrote it) with the first view of `registry`'s page: a section for
/// each explainer it has none for, the frame's parts and each explainer's default view in their
/// elements, the standalone explainers' words in the pre-paint script and the keys that start
/// the page at once in the loader's.
#[cfg(not(target_arch = "wasm32"))]
pub fn prerender(page: &str, registry: Registry) -> Result<String, String> {
    let mut parts = crate::app::prerender(registry);
    for explainer in registry.all() {
        parts.push((explainer.root_id, (explainer.prerender)()));
    }
    let words: Vec<&str> = registry.standalone().map(|e| e.word).collect();
    let page = add_sections(page, registry.all())?;
    let page = list(&page, STANDALONE_MARKER, &words)?;
    let page = list(&page, EAGER_KEYS_MARKER, &eager_keys(registry))?;
    fill(&page, &parts)
}
