//! Putting numbers in order, with one sort for the page: each `sort_by` with a closure of its own
//! is compiled into the bundle once more (about 4 KB of wasm each), so the page's models and
//! charts order indices by a key through this one function.

/// The indices of `keys` from the smallest key to the largest (`f64::total_cmp`), equal keys in
/// index order: the permutation p with keys[p₀] ≤ keys[p₁] ≤ … ≤ keys[pₙ₋₁].
pub fn ascending(keys: &[f64]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|&a, &b| keys[a].total_cmp(&keys[b]));
    order
}
