//! Putting the prerendered first view into `index.html` (pure, tested natively): each part goes
//! inside the empty element whose id it names, and the registry's standalone explainers into the
//! pre-paint script's list.

/// Where, in index.html's pre-paint script, the list of standalone explainers' words goes.
pub const STANDALONE_MARKER: &str = "/* standalone explainers */";

/// `page` with [`STANDALONE_MARKER`] (which must occur exactly once) replaced by `words` as a
/// JavaScript list's items: `'alignment', 'doomsday'`.
pub fn list_standalone(page: &str, words: &[&str]) -> Result<String, String> {
    if page.matches(STANDALONE_MARKER).count() != 1 {
        return Err(format!("index.html needs exactly one {STANDALONE_MARKER}"));
    }
    let items: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    Ok(page.replace(STANDALONE_MARKER, &items.join(", ")))
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
