//! The page's bundle (`[[bin]] app`). In the page, the frame around the explainers, which starts
//! each explainer's island from the registry as its section nears the viewport. In a Web Worker
//! (no window), one of the training lab's workers (`lab::worker`), started by
//! `assets/lab-worker-loader.js`: the workers run the bundle the page has already fetched, so
//! they cost a reader no download of their own.

use gloo::worker::Registrable;

fn main() {
    if explainers::browser::window().is_some() {
        explainers::app::start();
    } else {
        explainers::lab::worker::LabWorker::registrar().register();
    }
}
