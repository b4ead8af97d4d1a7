//! Exact (Clopper–Pearson) confidence intervals for a binomial proportion.

use statrs::distribution::{Beta, ContinuousCDF};

/// The 95% Clopper–Pearson interval for `k` successes in `n` trials:
/// lower = B⁻¹(0.025; k, n − k + 1) (0 when k = 0), upper = B⁻¹(0.975; k + 1, n − k)
/// (1 when k = n), with B⁻¹ the Beta quantile function. `None` unless 0 ≤ k ≤ n and n > 0.
pub fn clopper_pearson_95(k: f64, n: f64) -> Option<(f64, f64)> {
    if !(n > 0.0 && (0.0..=n).contains(&k) && k.fract() == 0.0 && n.fract() == 0.0) {
        return None;
    }
    let lower = if k == 0.0 {
        0.0
    } else {
        Beta::new(k, n - k + 1.0).ok()?.inverse_cdf(0.025)
    };
    let upper = if k == n {
        1.0
    } else {
        Beta::new(k + 1.0, n - k).ok()?.inverse_cdf(0.975)
    };
    Some((lower, upper))
}
