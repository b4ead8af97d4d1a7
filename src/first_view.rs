//! Putting the prerendered first view into `index.html` (pure, tested natively): each part goes
//! inside the empty element whose id it names.

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
