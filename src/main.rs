fn main() {
    yew::Renderer::<explainers::app::App>::new().render();
}
