//! The page's bundle (`[[bin]] app`): the frame around the explainers (each explainer is a
//! bundle of its own, fetched as its section nears the viewport).

fn main() {
    explainers::app::start();
}
