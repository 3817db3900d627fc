//! `core::number` writes and reads decimals as the standard formatter and
//! parser do, for the values the app gives it, without linking them.
use central_asia_rights_map::core::geo::baked::CENTRAL_ASIA_BAKED;
use central_asia_rights_map::core::number::{coord, fixed, parse_decimal};

#[test]
fn fixed_matches_std_formatting_on_view_values() {
    let mut values = vec![
        0.0,
        1.0,
        -1.0,
        100.0,
        42.857142857,
        -12.345678,
        1000.0 / 700.0,
        0.999999,
    ];
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
            let std = if unsigned.chars().all(|c| c == '0' || c == '.') {
                unsigned.to_string()
            } else {
                std
            };
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

#[test]
fn decimals_read_exactly_as_the_standard_parser_reads_them() {
    let samples = [
        "0",
        "-0",
        "1000",
        "562.2",
        "-134.7",
        ".6",
        "1313.1",
        "-.7",
        "123456789012.345",
        "0.1",
        "999999999999999",
    ];
    for text in samples {
        let ours = parse_decimal(text).unwrap_or_else(|| panic!("{text} is a decimal"));
        assert_eq!(
            ours.to_bits(),
            text.parse::<f64>().unwrap().to_bits(),
            "{text}"
        );
    }
    for field in CENTRAL_ASIA_BAKED
        .lines()
        .flat_map(|l| l.split('\t'))
        .filter(|f| f.len() < 16)
    {
        if let Ok(std) = field.parse::<f64>() {
            assert_eq!(
                parse_decimal(field).map(f64::to_bits),
                Some(std.to_bits()),
                "{field}"
            );
        }
    }
    for bad in [
        "",
        "-",
        "1.",
        "1.2.3",
        "1e3",
        "+1",
        "x",
        "1 2",
        "1234567890123456",
    ] {
        assert_eq!(parse_decimal(bad), None, "{bad:?}");
    }
}

#[test]
fn coordinates_are_written_to_a_tenth_in_shortest_form() {
    assert_eq!(
        [
            coord(1000.0),
            coord(595.84),
            coord(-0.04),
            coord(-3.45),
            coord(0.5)
        ],
        ["1000", "595.8", "0", "-3.5", "0.5"]
    );
}
