//! AdamW (Loshchilov and Hutter 2019, decoupled weight decay), the lab's optimiser.

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

/// AdamW's running moments of every parameter, and the step count's powers of β₁ and β₂.
#[derive(Clone, Debug)]
pub struct AdamW {
    first: Vec<f32>,
    second: Vec<f32>,
    beta1_power: f64,
    beta2_power: f64,
}

impl AdamW {
    /// Moments at zero for `parameters` numbers.
    pub fn new(parameters: usize) -> Self {
        Self {
            first: vec![0.0; parameters],
            second: vec![0.0; parameters],
            beta1_power: 1.0,
            beta2_power: 1.0,
        }
    }

    /// One step t at learning rate η with gradient g:
    /// m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ),
    /// θ ← θ(1 − ηλ) − η m̂/(√v̂ + ε).
    pub fn step(
        &mut self,
        settings: &Optimiser,
        parameters: &mut [f32],
        gradients: &[f32],
        rate: f64,
    ) {
        self.beta1_power *= settings.beta1;
        self.beta2_power *= settings.beta2;
        let (beta1, beta2) = (settings.beta1 as f32, settings.beta2 as f32);
        let first_scale = (1.0 / (1.0 - self.beta1_power)) as f32;
        let second_scale = (1.0 / (1.0 - self.beta2_power)) as f32;
        let decay = (1.0 - rate * settings.weight_decay) as f32;
        let (rate, epsilon) = (rate as f32, settings.epsilon as f32);
        let moments = self.first.iter_mut().zip(self.second.iter_mut());
        for ((theta, &g), (m, v)) in parameters.iter_mut().zip(gradients).zip(moments) {
            *m = beta1 * *m + (1.0 - beta1) * g;
            *v = beta2 * *v + (1.0 - beta2) * g * g;
            let step = (*m * first_scale) / ((*v * second_scale).sqrt() + epsilon);
            *theta = *theta * decay - rate * step;
        }
    }
}
