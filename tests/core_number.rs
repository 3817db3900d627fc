//! `core::number::fixed` writes what `format!("{:.N}")` writes, for the
//! values the view gives it, without the standard float formatter.
use central_asia_rights_map::core::number::fixed;

#[test]
fn fixed_matches_std_formatting_on_view_values() {
    let mut values = vec![0.0, 1.0, -1.0, 100.0, 42.857142857, -12.345678, 1000.0 / 700.0, 0.999999];
    // Percentages across the map at every 0.37 step, and some aspect ratios.
    values.extend((0..300).map(|i| f64::from(i) * 0.37 - 10.0));
    values.extend((1..60).map(|i| f64::from(i) / 7.0));
    for v in values {
        for decimals in [0, 2, 4] {
            let scaled = v * 10f64.powi(decimals as i32);
            if (scaled - scaled.trunc()).abs() == 0.5 {
                continue; // an exact half: std rounds to even, `fixed` away from zero
            }
            let ours = fixed(v, decimals);
            let std = format!("{v:.*}", decimals as usize);
            // std keeps the sign of a value that rounds to zero ("-0.00").
            let unsigned = std.trim_start_matches('-');
            let std = if unsigned.chars().all(|c| c == '0' || c == '.') { unsigned.to_string() } else { std };
            assert_eq!(ours, std, "{v} to {decimals}");
        }
    }
}

#[test]
fn negative_zero_is_written_without_sign() {
    assert_eq!(fixed(-0.0, 2), "0.00");
    assert_eq!(fixed(-0.001, 2), "0.00");
    assert_eq!(fixed(-0.4, 0), "0");
}
