//! The page's bundle (`[[bin]] app`): the frame around the explainers, which starts each
//! explainer's island from the registry as its section nears the viewport.

fn main() {
    explainers::app::start();
}
