//! The training lab's arithmetic, a crate of its own so that the page's bundle, built for size,
//! can build this part for speed (the page's Cargo.toml gives it `opt-level = 3`): the
//! transformer trained in the lab's Web Workers, its optimiser, the elementary functions both
//! compute with, and the seeded generator (which the doomsday simulation uses too). The page's
//! crate re-exports each module where it was: `explainers::lab::transformer`, `…::optimiser`,
//! `…::elementary` and `explainers::rng`.

pub mod elementary;
pub mod optimiser;
pub mod rng;
pub mod transformer;
