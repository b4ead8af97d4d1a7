//! The Petri-dish analogy: in a population that doubles every generation, how many of all who
//! ever live are among the earliest?

/// The most doublings the page offers (2^(G+1) stays far inside f64's range).
pub const MAX_DOUBLINGS: u32 = 200;

/// The share of everyone ever born who is born in the first `k + 1` generations (0 to k) of a
/// population that starts from one individual and doubles `g` times, generation j holding 2^j:
/// `(2^(k+1) − 1) / (2^(g+1) − 1)`, about `2^(k−g)`. `k` is capped at `g`.
pub fn early_share(g: u32, k: u32) -> f64 {
    let (g, k) = (g.min(MAX_DOUBLINGS), k.min(g.min(MAX_DOUBLINGS)));
    (2f64.powi(k as i32 + 1) - 1.0) / (2f64.powi(g as i32 + 1) - 1.0)
}

/// The share of everyone ever born who is born in the last generation: `2^g / (2^(g+1) − 1)`,
/// just over one half for any g.
pub fn last_generation_share(g: u32) -> f64 {
    let g = g.min(MAX_DOUBLINGS);
    2f64.powi(g as i32) / (2f64.powi(g as i32 + 1) - 1.0)
}
