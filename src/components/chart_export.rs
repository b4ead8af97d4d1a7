//! The export buttons under a chart: the picture as SVG or PNG, the numbers as CSV.

use yew::prelude::*;

use crate::browser::export as browser;

/// Quotes a CSV field when it holds a comma, a quote or a line break (RFC 4180).
pub fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// A CSV document from a header and rows, one line each, fields quoted where needed.
pub fn csv(header: &[&str], rows: &[Vec<String>]) -> String {
    let line = |fields: Vec<String>| {
        fields
            .iter()
            .map(|f| csv_field(f))
            .collect::<Vec<_>>()
            .join(",")
    };
    let mut out = line(header.iter().map(|h| h.to_string()).collect());
    for row in rows {
        out.push('\n');
        out.push_str(&line(row.clone()));
    }
    out.push('\n');
    out
}

/// Buttons that download the chart inside the element `figure_id` as `stem.svg` and `stem.png`,
/// and `csv` as `stem.csv`.
pub fn chart_export(figure_id: &'static str, stem: &'static str, csv: String) -> Html {
    let on_svg = Callback::from(move |_: MouseEvent| {
        if let Some((markup, _, _)) = browser::chart_svg(figure_id) {
            browser::download(&format!("{stem}.svg"), "image/svg+xml", &markup.into());
        }
    });
    let on_png = Callback::from(move |_: MouseEvent| {
        yew::platform::spawn_local(async move {
            browser::download_chart_png(figure_id, &format!("{stem}.png")).await;
        });
    });
    let on_csv = Callback::from(move |_: MouseEvent| {
        browser::download(&format!("{stem}.csv"), "text/csv", &csv.clone().into());
    });
    html! {
        <div class="chart-export" role="group" aria-label="Export this chart">
            <span class="chart-export-label" aria-hidden="true">{ "Export:" }</span>
            <button type="button" onclick={on_svg} data-testid={format!("{figure_id}-svg")}>{ "SVG" }<span class="visually-hidden">{ " picture" }</span></button>
            <button type="button" onclick={on_png} data-testid={format!("{figure_id}-png")}>{ "PNG" }<span class="visually-hidden">{ " picture" }</span></button>
            <button type="button" onclick={on_csv} data-testid={format!("{figure_id}-csv")}>{ "CSV" }<span class="visually-hidden">{ " data" }</span></button>
        </div>
    }
}
