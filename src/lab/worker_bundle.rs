//! The training lab's Web Worker bundle: the model, its training and evaluation.

use explainers::lab::worker::LabWorker;
use gloo::worker::Registrable;

fn main() {
    LabWorker::registrar().register();
}
