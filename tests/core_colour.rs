//! Severity levels, fills and patterns of `core::colour`, on hand-built
//! legends and on every category of the real data.
use central_asia_rights_map::core::colour::*;
use central_asia_rights_map::core::data::*;
use std::collections::{BTreeSet, HashSet};

fn real() -> RightsData {
    load_embedded().unwrap_or_else(|e| panic!("embedded data does not load: {e:?}"))
}

/// A legend with "not covered" first and `covered` severity steps after it.
fn category(covered: usize) -> Category {
    let mut statuses = vec![Status {
        id: "nc".into(),
        label: "Not covered".into(),
        not_covered: true,
    }];
    statuses.extend((0..covered).map(|i| Status {
        id: format!("s{i}"),
        label: format!("Step {i}"),
        not_covered: false,
    }));
    Category {
        id: "cat".into(),
        name: "Cat".into(),
        description: String::new(),
        statuses,
    }
}

/// WCAG relative luminance of `#rrggbb`.
fn luminance(hex: &str) -> f64 {
    let hex = hex.strip_prefix('#').expect("a #rrggbb colour");
    assert_eq!(hex.len(), 6, "{hex}");
    let channel = |i: usize| {
        let v = u8::from_str_radix(&hex[i..i + 2], 16).expect("hex digits") as f64 / 255.0;
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

#[test]
fn luminance_helper_is_sane() {
    assert!((luminance("#ffffff") - 1.0).abs() < 1e-9);
    assert!(luminance("#000000").abs() < 1e-9);
    assert!(luminance("#808080") > 0.2 && luminance("#808080") < 0.23);
}

#[test]
fn short_legends_spread_over_the_levels() {
    assert_eq!(rank_to_level(0, 1), 3);
    assert_eq!(
        (0..2).map(|r| rank_to_level(r, 2)).collect::<Vec<_>>(),
        [2, 4]
    );
    assert_eq!(
        (0..3).map(|r| rank_to_level(r, 3)).collect::<Vec<_>>(),
        [2, 3, 4]
    );
    assert_eq!(
        (0..4).map(|r| rank_to_level(r, 4)).collect::<Vec<_>>(),
        [1, 2, 3, 4]
    );
}

#[test]
fn long_legends_share_levels_and_use_all_four() {
    for count in 5..=12 {
        let levels: Vec<usize> = (0..count).map(|r| rank_to_level(r, count)).collect();
        assert_eq!(levels.first(), Some(&1), "{count}: {levels:?}");
        assert_eq!(levels.last(), Some(&4), "{count}: {levels:?}");
        let distinct: HashSet<_> = levels.iter().collect();
        assert_eq!(distinct.len(), 4, "{count}: {levels:?}");
    }
    assert_eq!(
        (0..8).map(|r| rank_to_level(r, 8)).collect::<Vec<_>>(),
        [1, 1, 2, 2, 3, 3, 4, 4]
    );
}

#[test]
fn levels_are_monotonic_and_in_range_for_every_length() {
    for count in 1..=8 {
        let mut previous = 0;
        for rank in 0..count {
            let level = rank_to_level(rank, count);
            assert!(
                (1..=4).contains(&level),
                "rank {rank} of {count} gives {level}"
            );
            assert!(
                level >= previous,
                "rank {rank} of {count}: {level} after {previous}"
            );
            if count <= 4 {
                assert!(
                    level > previous,
                    "short legends keep every step apart ({count})"
                );
            }
            previous = level;
        }
        // A rank past the end is treated as the most severe, never out of range.
        assert_eq!(
            rank_to_level(count + 3, count),
            rank_to_level(count - 1, count)
        );
    }
}

#[test]
fn not_covered_is_hatched_grey_never_a_severity() {
    assert_eq!(NOT_COVERED.level, 0);
    assert_eq!(NOT_COVERED.pattern, Pattern::Hatch);
    assert_eq!(NOT_COVERED.fill, NOT_COVERED_FILL);
    assert!(!SEVERITY_FILLS.contains(&NOT_COVERED_FILL));
    for covered in 0..=6 {
        let swatch = status_swatch(&category(covered), "nc");
        assert_eq!(swatch, Some(NOT_COVERED), "{covered} covered statuses");
    }
    assert_eq!(status_swatch(&category(3), "nope"), None);
    for level in 1..=4 {
        assert_ne!(level_swatch(level).pattern, Pattern::Hatch);
    }
}

#[test]
fn hand_built_legend_swatches_follow_rank() {
    let cat = category(3);
    let levels: Vec<usize> = (0..3)
        .map(|i| status_swatch(&cat, &format!("s{i}")).unwrap().level)
        .collect();
    assert_eq!(levels, [2, 3, 4]);
    // "Not covered" placed in the middle of the legend does not take a rank.
    let mut mixed = category(2);
    mixed.statuses.swap(0, 1);
    assert_eq!(status_swatch(&mixed, "s0").map(|s| s.level), Some(2));
    assert_eq!(status_swatch(&mixed, "s1").map(|s| s.level), Some(4));
}

#[test]
fn every_real_status_has_a_swatch_rising_with_legend_order() {
    let data = real();
    for cat in &data.categories {
        let mut previous = 0;
        for s in &cat.statuses {
            let swatch = status_swatch(cat, &s.id)
                .unwrap_or_else(|| panic!("{}/{} has no swatch", cat.id, s.id));
            if s.not_covered {
                assert_eq!(swatch, NOT_COVERED, "{}/{}", cat.id, s.id);
                continue;
            }
            assert!((1..=4).contains(&swatch.level), "{}/{}", cat.id, s.id);
            assert!(
                swatch.level > previous,
                "{}: {} is not above the status before it",
                cat.id,
                s.id
            );
            assert_eq!(swatch, level_swatch(swatch.level));
            previous = swatch.level;
        }
        // A legend of one step (torture: impunity) is drawn at level 3,
        // like any single step; longer legends end on the darkest level.
        let steps = cat.scale_len();
        let darkest = if steps == 1 { 3 } else { 4 };
        assert_eq!(
            previous, darkest,
            "{}: the most severe status gets the darkest level",
            cat.id
        );
    }
}

#[test]
fn level_swatch_clamps_and_matches_the_tables() {
    assert_eq!(level_swatch(0), level_swatch(1));
    assert_eq!(level_swatch(99), level_swatch(4));
    for level in 1..=4 {
        let s = level_swatch(level);
        assert_eq!(s.level, level);
        assert_eq!(s.fill, SEVERITY_FILLS[level - 1]);
    }
}

#[test]
fn fills_get_darker_and_patterns_differ() {
    let swatches: Vec<Swatch> = (1..=4).map(level_swatch).collect();
    let fills: HashSet<_> = swatches
        .iter()
        .map(|s| s.fill.to_ascii_lowercase())
        .collect();
    assert_eq!(fills.len(), 4);
    for pair in swatches.windows(2) {
        let (a, b) = (luminance(pair[0].fill), luminance(pair[1].fill));
        assert!(
            b < a,
            "level {} ({b:.3}) is not darker than level {} ({a:.3})",
            pair[1].level,
            pair[0].level
        );
    }
    let patterns: HashSet<_> = swatches
        .iter()
        .map(|s| s.pattern)
        .chain([Pattern::Hatch])
        .collect();
    assert_eq!(patterns.len(), 5);
    let ids: HashSet<_> = patterns.iter().map(|p| p.svg_id()).collect();
    assert_eq!(ids.len(), 5, "each pattern has its own SVG id");
}

#[test]
fn dark_flag_marks_fills_where_light_ink_contrasts_more() {
    for s in (1..=4).map(level_swatch).chain([NOT_COVERED]) {
        let l = luminance(s.fill);
        let against_white = 1.05 / (l + 0.05);
        let against_black = (l + 0.05) / 0.05;
        assert_eq!(
            s.dark,
            against_white > against_black,
            "{} (luminance {l:.3})",
            s.fill
        );
    }
}

#[test]
fn overview_bins_cover_every_count_without_gaps_or_overlaps() {
    for total in 1..=20 {
        let mut next = 1;
        let mut previous_level = 0;
        for level in 1..=4 {
            let (from, to) = overview_bin(level, total);
            if from == 0 {
                assert_eq!(to, 0, "total {total}, level {level}");
                continue;
            }
            assert_eq!(
                from, next,
                "total {total}: level {level} starts at {from}, expected {next}"
            );
            assert!(to >= from);
            assert!(level > previous_level);
            for n in from..=to {
                assert_eq!(overview_level(n, total), level, "{n} of {total}");
            }
            previous_level = level;
            next = to + 1;
        }
        assert_eq!(
            next,
            total + 1,
            "total {total}: counts past {} are in no bin",
            next - 1
        );
        assert_eq!(
            overview_level(total, total),
            4,
            "all issues of concern is the darkest"
        );
    }
    assert_eq!(
        (1..=4).map(|l| overview_bin(l, 12)).collect::<Vec<_>>(),
        [(1, 3), (4, 6), (7, 9), (10, 12)]
    );
}

#[test]
fn zero_concerns_is_not_covered() {
    for total in [0, 1, 5, 12] {
        assert_eq!(overview_level(0, total), 0);
        assert_eq!(overview_swatch(0, total), NOT_COVERED);
    }
    assert_eq!(overview_swatch(3, 0), NOT_COVERED, "no categories at all");
    assert_eq!(overview_swatch(1, 12), overview_level_swatch(1));
    assert_eq!(overview_swatch(12, 12), overview_level_swatch(4));
    assert_eq!(
        overview_level(15, 12),
        4,
        "more than the total stays in range"
    );
}

#[test]
fn real_overview_total_uses_all_four_bins() {
    let total = real().categories.len();
    for level in 1..=4 {
        assert_ne!(
            overview_bin(level, total).0,
            0,
            "level {level} is empty with {total} categories"
        );
    }
}

/// The overview counts what the news release mentions; it is not a severity
/// scale, so none of its fills may be one of the issues' severity fills.
#[test]
fn the_overview_does_not_borrow_the_severity_colours() {
    for level in 1..=4 {
        let swatch = overview_level_swatch(level);
        assert!(!SEVERITY_FILLS.contains(&swatch.fill), "level {level}");
        assert_eq!(swatch.fill, OVERVIEW_FILLS[level - 1]);
        // Colour is never alone: the same textures as the issues' levels.
        assert_eq!(swatch.pattern, level_swatch(level).pattern);
    }
    for n in 1..=12 {
        assert!(
            !SEVERITY_FILLS.contains(&overview_swatch(n, 12).fill),
            "{n}"
        );
    }
}

/// WCAG 1.4.11: a border between two neighbours of the same colour must
/// show, on every fill the map uses: one of its two lines reaches 3:1.
#[test]
fn two_tone_borders_reach_three_to_one_on_every_fill() {
    let fills = SEVERITY_FILLS
        .iter()
        .chain(&OVERVIEW_FILLS)
        .chain(&[NOT_COVERED_FILL]);
    for fill in fills {
        assert!(
            border_contrast(fill) >= 3.0,
            "{fill}: {:.2}",
            border_contrast(fill)
        );
    }
    assert!(contrast(BORDER_DARK, BORDER_LIGHT) >= 3.0);
    // The old single line failed on the dark reds (2.24:1 and 1.02:1).
    assert!(contrast("#3d3d3d", "#7f0000") < 3.0);
    assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
}

/// The page draws the borders with the stylesheet: it must use the core's
/// colours and widths, which the exports use.
#[test]
fn the_stylesheet_draws_the_same_two_tone_borders() {
    let css = include_str!("../assets/styles.css");
    let rule = |selector: &str| {
        let start = css
            .find(&format!("\n{selector} {{"))
            .unwrap_or_else(|| panic!("{selector}"));
        css[start..].split('}').next().unwrap().to_string()
    };
    let light = rule(".focus-country");
    assert!(
        light.contains(&format!("stroke: {BORDER_LIGHT};")),
        "{light}"
    );
    assert!(
        light.contains(&format!("stroke-width: {BORDER_LIGHT_WIDTH};")),
        "{light}"
    );
    let dark = rule(".texture");
    assert!(dark.contains(&format!("stroke: {BORDER_DARK};")), "{dark}");
    assert!(
        dark.contains(&format!("stroke-width: {BORDER_DARK_WIDTH};")),
        "{dark}"
    );
    // The selected outline carries a light halo, the focus ring the map's
    // halo (light on the light page, dark in the dark theme), so that the
    // ring or its halo reaches 3:1 on every fill (WCAG 2.4.13), in each theme.
    assert!(rule(".highlight").contains("drop-shadow(0 0 1px #fff)"));
    assert!(rule(".focus-ring").contains("drop-shadow(0 0 1px var(--map-halo))"));
    let value = |block: &str, name: &str| {
        let at = block
            .find(&format!("{name}: "))
            .unwrap_or_else(|| panic!("{name}"));
        block[at + name.len() + 2..].get(..7).unwrap().to_string()
    };
    let dark = &css[css
        .find(":root[data-theme=\"dark\" i] {")
        .expect("the dark theme")..];
    for (theme, block) in [("light", css), ("dark", dark)] {
        let (focus, halo) = (value(block, "--map-focus"), value(block, "--map-halo"));
        let fills = SEVERITY_FILLS
            .iter()
            .chain(&OVERVIEW_FILLS)
            .chain(&[NOT_COVERED_FILL]);
        for fill in fills {
            let ring = contrast(&focus, fill).max(contrast(&halo, fill));
            assert!(ring >= 3.0, "{theme}: focus ring on {fill}: {ring:.2}");
        }
    }
}

/// The map's words carry a halo so that they read on every fill and
/// texture; drawn as a thin unblurred outline, not a blur, which cost nearly
/// a third of the raster work of the page's first frame (a first click
/// waits for that frame). Each label rule's shadows are the eight one-pixel
/// offsets around the letters, unblurred.
#[test]
fn label_halos_are_unblurred_one_pixel_rings() {
    let css = include_str!("../assets/styles.css");
    let ring: BTreeSet<(i32, i32)> = [-1, 0, 1]
        .into_iter()
        .flat_map(|x| [-1, 0, 1].map(|y| (x, y)))
        .filter(|&o| o != (0, 0))
        .collect();
    let px = |v: &str| -> Option<i32> { v.strip_suffix("px").unwrap_or(v).parse().ok() };
    for selector in [
        ".country-label {",
        ".country-label.on-dark, .country-label.on-dark .country-label-status {",
        ".context-label {",
    ] {
        let start = css.find(selector).unwrap_or_else(|| panic!("{selector}"));
        let rule = css[start..].split('}').next().unwrap();
        let at = rule
            .find("text-shadow:")
            .unwrap_or_else(|| panic!("{selector} has a halo"));
        let value = rule[at + "text-shadow:".len()..].split(';').next().unwrap();
        let mut offsets = BTreeSet::new();
        // Commas inside var(...) or rgb(...) would split a shadow: none here.
        for shadow in value.split(',').map(str::trim) {
            let lengths: Vec<i32> = shadow.split_whitespace().filter_map(px).collect();
            assert!(
                lengths.len() == 2 || (lengths.len() == 3 && lengths[2] == 0),
                "{selector}: two offsets and no blur: {shadow}"
            );
            offsets.insert((lengths[0], lengths[1]));
        }
        assert_eq!(offsets, ring, "{selector}: {value}");
    }
}
