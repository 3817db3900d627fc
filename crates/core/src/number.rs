//! Decimal text for the numbers the view writes (coordinates, percentages,
//! ratios) and reads, through integer arithmetic: the standard float
//! formatter and parser would link about 20 KB of code and tables into the
//! wasm for a handful of attributes.
use crate::geo::path::write_coord;

/// A map coordinate rounded to 0.1 in its shortest form (`12`, `-3.5`).
pub fn coord(v: f64) -> String {
    let mut s = String::new();
    write_coord(&mut s, v);
    s
}

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

/// Reads `-?digits[.digits]` of at most 15 significant digits. The digits
/// as an integer and the power of ten are both exact `f64`s, so their one
/// division is correctly rounded: the same value `str::parse` gives.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits = whole.len() + fraction.len();
    let all_digits = whole
        .bytes()
        .chain(fraction.bytes())
        .all(|b| b.is_ascii_digit());
    if digits == 0 || digits > 15 || !all_digits || (unsigned.contains('.') && fraction.is_empty())
    {
        return None;
    }
    let mantissa = whole
        .bytes()
        .chain(fraction.bytes())
        .fold(0u64, |m, b| m * 10 + u64::from(b - b'0'));
    let value = mantissa as f64 / 10f64.powi(fraction.len() as i32);
    Some(if negative { -value } else { value })
}
