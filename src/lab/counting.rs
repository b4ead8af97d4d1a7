//! The counting baseline: what a model that only counts prefers. A trigram model of the same
//! pretraining documents, smoothed by adding one to every count:
//!
//!   P(w | u, v) = (c(u v w) + 1) / (c(u v) + V),
//!
//! over the same words as the network (V of them, documents read from the start marker). It has
//! no notion of who is acting: on a family that general text balances exactly and no AI appears
//! in, it ties by construction; whatever the network does differently there is generalisation.

use std::collections::HashMap;

use crate::lab::elementary::ln64;

/// Trigram and bigram counts of a corpus of token ids.
#[derive(Clone, Debug, Default)]
pub struct Trigram {
    trigrams: HashMap<(usize, usize, usize), u32>,
    bigrams: HashMap<(usize, usize), u32>,
    vocab: usize,
}

impl Trigram {
    /// Counts every trigram of `documents` (each starting with the start marker, which also
    /// stands before it, so the first word has a two-word context).
    pub fn new<'a>(documents: impl IntoIterator<Item = &'a [usize]>, vocab: usize) -> Self {
        let mut model = Self {
            vocab,
            ..Self::default()
        };
        for tokens in documents {
            let Some(&start) = tokens.first() else {
                continue;
            };
            let mut context = (start, start);
            for &word in &tokens[1..] {
                *model
                    .trigrams
                    .entry((context.0, context.1, word))
                    .or_default() += 1;
                *model.bigrams.entry(context).or_default() += 1;
                context = (context.1, word);
            }
        }
        model
    }

    /// ln P(w | u, v) = ln (c(u v w) + 1) − ln (c(u v) + V).
    pub fn log_prob(&self, u: usize, v: usize, w: usize) -> f64 {
        let joint = self.trigrams.get(&(u, v, w)).copied().unwrap_or(0);
        let context = self.bigrams.get(&(u, v)).copied().unwrap_or(0);
        ln64(f64::from(joint) + 1.0) - ln64(f64::from(context) + self.vocab as f64)
    }

    /// ln P(tokens[from..] | tokens[..from]): the sum of each word's trigram log-probability.
    pub fn continuation(&self, tokens: &[usize], from: usize) -> f64 {
        (from.max(2)..tokens.len())
            .map(|t| self.log_prob(tokens[t - 2], tokens[t - 1], tokens[t]))
            .sum()
    }
}
