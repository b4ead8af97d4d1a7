fn main() {
    if let Some(root) = explainers::browser::element_by_id(explainers::app::TOP_ID) {
        yew::Renderer::<explainers::app::App>::with_root(root).render();
    }
}
