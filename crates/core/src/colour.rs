//! Colour logic, apart from the map: a status's rank in its legend becomes a
//! severity level, and each level has a fill and a pattern, so colour is never
//! the only carrier. One hue family (ColorBrewer OrRd), ordered by lightness,
//! reads in greyscale and for the common colour-vision deficiencies.
use crate::data::Category;

/// Fills from least to most severe (ColorBrewer OrRd, classes 3, 5, 7, 9 of 9).
pub const SEVERITY_FILLS: [&str; 4] = ["#fdd49e", "#fc8d59", "#d7301f", "#7f0000"];
/// The overview's fills (ColorBrewer Purples, classes 3, 5, 7, 9 of 9). The
/// overview counts how many issues a short news release mentions for each
/// country; that is not a severity, so it must not borrow the issues' reds.
pub const OVERVIEW_FILLS: [&str; 4] = ["#dadaeb", "#9e9ac8", "#6a51a3", "#3f007d"];
/// "Not mentioned in the source": a neutral grey, always hatched.
pub const NOT_COVERED_FILL: &str = "#d9d9d9";
/// Neighbouring countries outside the focus.
pub const CONTEXT_FILL: &str = "#e4e2dc";
pub const WATER_FILL: &str = "#dbe5ec";

/// The focus countries' borders are two-tone, a light line under a dark one:
/// the dark one shows on the light fills and the light one on the dark
/// fills, so that neighbours of the same colour stay apart (WCAG 1.4.11:
/// 3:1 on every fill, [`border_contrast`]). The stylesheet draws the same
/// (assets/styles.css, `.focus-country` and `.texture`; a test keeps them equal).
pub const BORDER_LIGHT: &str = "#ffffff";
pub const BORDER_DARK: &str = "#1a1a1a";
/// Widths in pixels, as text: formatting an `f64` would link Rust's float
/// printing into the app's wasm (15 KB) for two constants.
pub const BORDER_LIGHT_WIDTH: &str = "2.4";
pub const BORDER_DARK_WIDTH: &str = "0.9";

/// WCAG's contrast ratio of two `#rrggbb` colours (1 to 21).
pub fn contrast(a: &str, b: &str) -> f64 {
    fn luminance(hex: &str) -> f64 {
        let channel = |i: usize| {
            let v = u8::from_str_radix(hex.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0);
            let c = f64::from(v) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// How well a two-tone border shows on `fill`: the better of its two lines.
pub fn border_contrast(fill: &str) -> f64 {
    contrast(BORDER_LIGHT, fill).max(contrast(BORDER_DARK, fill))
}

/// The texture drawn over a fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pattern {
    /// Diagonal hatching: not covered.
    Hatch,
    Dots,
    VerticalLines,
    CrossHatch,
    DenseDots,
}

impl Pattern {
    /// The id of the SVG `<pattern>` the map defines for it.
    pub fn svg_id(self) -> &'static str {
        match self {
            Pattern::Hatch => "pattern-hatch",
            Pattern::Dots => "pattern-dots",
            Pattern::VerticalLines => "pattern-lines",
            Pattern::CrossHatch => "pattern-cross",
            Pattern::DenseDots => "pattern-dense",
        }
    }
}

const LEVEL_PATTERNS: [Pattern; 4] = [
    Pattern::Dots,
    Pattern::VerticalLines,
    Pattern::CrossHatch,
    Pattern::DenseDots,
];

/// How one status is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Swatch {
    pub fill: &'static str,
    pub pattern: Pattern,
    /// Severity 1..=4, or 0 for not covered.
    pub level: usize,
    /// Whether a pattern over this fill should be light to stay visible.
    pub dark: bool,
}

pub const NOT_COVERED: Swatch = Swatch {
    fill: NOT_COVERED_FILL,
    pattern: Pattern::Hatch,
    level: 0,
    dark: false,
};

/// The swatch of severity level 1..=4 (clamped).
pub fn level_swatch(level: usize) -> Swatch {
    let i = level.clamp(1, 4) - 1;
    Swatch {
        fill: SEVERITY_FILLS[i],
        pattern: LEVEL_PATTERNS[i],
        level: i + 1,
        dark: i >= 2,
    }
}

/// Spreads `rank` (0-based among `count` covered statuses) over the four
/// levels. Short legends skip the palest level, which is weakest against the
/// page, and keep their steps far apart.
pub fn rank_to_level(rank: usize, count: usize) -> usize {
    const SPREAD: [&[usize]; 4] = [&[3], &[2, 4], &[2, 3, 4], &[1, 2, 3, 4]];
    match count {
        0 => 3,
        1..=4 => SPREAD[count - 1][rank.min(count - 1)],
        // Longer legends share levels in order.
        _ => 1 + rank.min(count - 1) * 4 / count,
    }
}

/// The swatch of a status of a category, or `None` when the id is not in its legend.
pub fn status_swatch(category: &Category, status_id: &str) -> Option<Swatch> {
    if category.status(status_id)?.not_covered {
        return Some(NOT_COVERED);
    }
    let rank = category.severity(status_id)?;
    Some(level_swatch(rank_to_level(rank, category.scale_len())))
}

/// The overview's bins: `count` issues of concern out of `total` categories.
/// Zero documented concerns is drawn as not covered, never as "good".
pub fn overview_level(count: usize, total: usize) -> usize {
    if count == 0 || total == 0 {
        return 0;
    }
    (count * 4).div_ceil(total).clamp(1, 4)
}

/// The inclusive range of counts that fall into overview level 1..=4.
pub fn overview_bin(level: usize, total: usize) -> (usize, usize) {
    let from = (1..=total)
        .find(|&n| overview_level(n, total) == level)
        .unwrap_or(0);
    let to = (1..=total)
        .rev()
        .find(|&n| overview_level(n, total) == level)
        .unwrap_or(0);
    (from, to)
}

/// The swatch of overview level 1..=4 (clamped): the levels' textures over
/// the overview's own fills.
pub fn overview_level_swatch(level: usize) -> Swatch {
    let swatch = level_swatch(level);
    Swatch {
        fill: OVERVIEW_FILLS[swatch.level - 1],
        ..swatch
    }
}

pub fn overview_swatch(count: usize, total: usize) -> Swatch {
    match overview_level(count, total) {
        0 => NOT_COVERED,
        level => overview_level_swatch(level),
    }
}
