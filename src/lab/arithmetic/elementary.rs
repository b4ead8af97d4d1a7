//! The exponential, the logarithm and the cosine the lab computes with, built from + − × ÷,
//! `floor` and bit operations alone. The standard library's `exp`, `ln` and `cos` call the
//! platform's maths library natively and a different one in WebAssembly, whose last bits can
//! differ; a model trained through hundreds of thousands of such calls then ends elsewhere. With
//! these, and with every sum in a fixed order, a run in the browser is the same run, to the bit,
//! as the native one (tests/lab.rs and tests/browser_lab.rs check one against the other).
//!
//! Each reduces its argument exactly and evaluates a truncated series whose remainder is below
//! the type's rounding error: within a few units in the last place of the correctly rounded
//! value (tests/lab.rs compares them with the standard library's over their ranges).

/// ln 2 split in a part whose products with small integers are exact, and the rest.
const LN2_HI_32: f32 = 0.693_145_75;
const LN2_LO_32: f32 = 1.428_606_8e-6;
const LN2_HI_64: f64 = 0.693_147_180_369_123_8;
const LN2_LO_64: f64 = 1.908_214_929_270_587_7e-10;

/// 2ⁿ for −126 ≤ n ≤ 127, from its bits.
fn power_of_two_32(n: i32) -> f32 {
    f32::from_bits(((n + 127) as u32) << 23)
}

/// 2ⁿ for −1022 ≤ n ≤ 1023, from its bits.
fn power_of_two_64(n: i64) -> f64 {
    f64::from_bits(((n + 1023) as u64) << 52)
}

/// eˣ in f32: with n = ⌊x / ln 2 + ½⌋ and r = x − n ln 2 (|r| ≤ ½ ln 2), eˣ = 2ⁿ · Σ₀⁷ rᵏ/k!
/// (the remainder r⁸/8! is below 5·10⁻⁹). 0 below −104, ∞ above ln(f32::MAX).
pub fn exp(x: f32) -> f32 {
    if x.is_nan() {
        return x;
    }
    if x > 88.722_83 {
        return f32::INFINITY;
    }
    if x < -104.0 {
        return 0.0;
    }
    let n = (x * std::f32::consts::LOG2_E + 0.5).floor();
    let r = (x - n * LN2_HI_32) - n * LN2_LO_32;
    let series = 1.0
        + r * (1.0
            + r * (1.0 / 2.0
                + r * (1.0 / 6.0
                    + r * (1.0 / 24.0 + r * (1.0 / 120.0 + r * (1.0 / 720.0 + r / 5040.0))))));
    // 2ⁿ in two halves, so that n from −150 to 128 needs no special case.
    let n = n as i32;
    let half = n / 2;
    series * power_of_two_32(half) * power_of_two_32(n - half)
}

/// ln x in f32: with x = 2ᵉ m, m in [√½, √2) and s = (m − 1)/(m + 1), ln x = e ln 2 + 2 Σ s²ᵏ⁺¹/(2k + 1)
/// for k = 0…4 (|s| ≤ 0.172, so the remainder is below 10⁻⁹). −∞ at 0, NaN below.
pub fn ln(x: f32) -> f32 {
    if x.is_nan() || x < 0.0 {
        return f32::NAN;
    }
    if x == 0.0 {
        return f32::NEG_INFINITY;
    }
    if x.is_infinite() {
        return x;
    }
    // Subnormal numbers are scaled into the normal range first.
    let (x, shift) = if x < f32::MIN_POSITIVE {
        (x * 8_388_608.0, -23)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let mut exponent = ((bits >> 23) & 0xff) as i32 - 127 + shift;
    let mut m = f32::from_bits((bits & 0x007f_ffff) | 0x3f80_0000);
    if m > std::f32::consts::SQRT_2 {
        m *= 0.5;
        exponent += 1;
    }
    let f = m - 1.0;
    let s = f / (2.0 + f);
    let z = s * s;
    let series =
        2.0 * s * (1.0 + z * (1.0 / 3.0 + z * (1.0 / 5.0 + z * (1.0 / 7.0 + z * (1.0 / 9.0)))));
    let e = exponent as f32;
    e * LN2_HI_32 + (series + e * LN2_LO_32)
}

/// eˣ in f64: with n = ⌊x / ln 2 + ½⌋ and r = x − n ln 2, eˣ = 2ⁿ · Σ₀¹³ rᵏ/k! (the remainder is
/// below 5·10⁻¹⁸). 0 below −746, ∞ above ln(f64::MAX).
pub fn exp64(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x > 709.782_712_893_384 {
        return f64::INFINITY;
    }
    if x < -746.0 {
        return 0.0;
    }
    let n = (x * std::f64::consts::LOG2_E + 0.5).floor();
    let r = (x - n * LN2_HI_64) - n * LN2_LO_64;
    let mut series = 1.0;
    for k in (1..=13).rev() {
        series = 1.0 + r * series / f64::from(k);
    }
    let n = n as i64;
    let half = n / 2;
    series * power_of_two_64(half) * power_of_two_64(n - half)
}

/// ln x in f64: with x = 2ᵉ m, m in [√½, √2) and s = (m − 1)/(m + 1), ln x = e ln 2 + 2 Σ s²ᵏ⁺¹/(2k + 1)
/// for k = 0…10 (the remainder is below 10⁻¹⁸). −∞ at 0, NaN below.
pub fn ln64(x: f64) -> f64 {
    if x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    if x.is_infinite() {
        return x;
    }
    let (x, shift) = if x < f64::MIN_POSITIVE {
        (x * 4_503_599_627_370_496.0, -52)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let mut exponent = ((bits >> 52) & 0x7ff) as i64 - 1023 + shift;
    let mut m = f64::from_bits((bits & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000);
    if m > std::f64::consts::SQRT_2 {
        m *= 0.5;
        exponent += 1;
    }
    let f = m - 1.0;
    let s = f / (2.0 + f);
    let z = s * s;
    let mut series = 0.0;
    for k in (0..=10).rev() {
        series = 1.0 / f64::from(2 * k + 1) + z * series;
    }
    let e = exponent as f64;
    e * LN2_HI_64 + (2.0 * s * series + e * LN2_LO_64)
}

/// cos(π f) in f64 for any f: f is reduced exactly to [0, 1], then to x = π g with g in [0, ½]
/// (cos π f = −cos π(1 − f)), and cos x = Σ₀¹⁰ (−1)ᵏ x²ᵏ/(2k)! (the remainder is below 2·10⁻¹⁷).
pub fn cos_pi(f: f64) -> f64 {
    if !f.is_finite() {
        return f64::NAN;
    }
    let mut g = f.abs() % 2.0;
    if g > 1.0 {
        g = 2.0 - g;
    }
    let (g, sign) = if g > 0.5 { (1.0 - g, -1.0) } else { (g, 1.0) };
    let x = std::f64::consts::PI * g;
    let z = x * x;
    let mut series = 1.0;
    for k in (1..=10).rev() {
        series = 1.0 - z * series / f64::from((2 * k - 1) * (2 * k));
    }
    sign * series
}
