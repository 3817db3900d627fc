//! Decimal text for the numbers the view writes (percentages, ratios),
//! through integer arithmetic: `format!("{:.2}")` would link the standard
//! float formatter and its tables into the wasm for a handful of styles.

/// `v` with exactly `decimals` digits after the point, rounded half away
/// from zero; `-0.00` is written `0.00`. Meant for moderate values (view
/// percentages, aspect ratios): `|v| * 10^decimals` must fit in an `i64`.
pub fn fixed(v: f64, decimals: u32) -> String {
    let scale = 10u64.pow(decimals);
    let scaled = (v * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, frac) = (scaled.unsigned_abs() / scale, scaled.unsigned_abs() % scale);
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac:0width$}", width = decimals as usize)
    }
}
