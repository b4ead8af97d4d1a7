//! AdamW's settings, shared by the lab's models.

/// AdamW's settings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Optimiser {
    pub learning_rate: f64,
    pub beta1: f64,
    pub beta2: f64,
    pub epsilon: f64,
    pub weight_decay: f64,
}

impl Default for Optimiser {
    fn default() -> Self {
        Self {
            learning_rate: 0.005,
            beta1: 0.9,
            beta2: 0.999,
            epsilon: 1e-8,
            weight_decay: 0.01,
        }
    }
}
