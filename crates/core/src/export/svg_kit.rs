//! The small pieces of the SVG export: XML escaping, number formatting, the
//! texture tiles, word wrap and a rough text width.
use crate::colour::{Pattern, Swatch};
use crate::number::parse_decimal;
use std::fmt::Write;

/// Text colours and the page margin shared by the map and its footer.
pub const INK: &str = "#1f1f1f";
pub const SOFT_INK: &str = "#262626";
pub const MARGIN: f64 = 24.0;

/// The pattern inks of the app (`src/ui/map/patterns.rs`), as colour and
/// opacity rather than rgba() so that older SVG viewers draw them too.
const INKS: [(&str, &str, &str); 2] = [("dark", "#000000", "0.45"), ("light", "#ffffff", "0.7")];
const PATTERNS: [Pattern; 5] = [
    Pattern::Hatch,
    Pattern::Dots,
    Pattern::VerticalLines,
    Pattern::CrossHatch,
    Pattern::DenseDots,
];

/// Escapes `& < > " '` for XML text and attribute values, and drops the
/// control characters XML 1.0 does not allow (tab and line breaks stay).
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            '\u{0}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Upper case for the scripts the map's names are written in: ASCII Latin
/// and Russian Cyrillic. Other characters stay as they are. `str::to_uppercase`
/// would link the whole Unicode case table (about 24 KB) into the wasm for
/// the few neighbour names the export writes; a test checks this agrees with
/// it for every one of them.
pub fn upper_case(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'а'..='я' => char::from_u32(c as u32 - 0x20).unwrap_or(c),
            'ё' => 'Ё',
            c => c.to_ascii_uppercase(),
        })
        .collect()
}

/// A number in the shortest one-decimal form (`12`, `-3.5`).
pub use crate::number::coord as num;

/// The `fill` that draws a swatch's texture in an ink that shows on it.
pub fn pattern_ref(swatch: &Swatch) -> String {
    let ink = if swatch.dark { "light" } else { "dark" };
    format!("url(#{}-{ink})", swatch.pattern.svg_id())
}

/// Every texture in both inks, ids as in the app (`pattern-dots-dark`).
pub fn pattern_defs(out: &mut String) {
    for pattern in PATTERNS {
        for ink in INKS {
            pattern_def(out, pattern, ink);
        }
    }
}

/// One tile of a texture, drawn as the app draws it.
fn pattern_def(out: &mut String, pattern: Pattern, (suffix, colour, opacity): (&str, &str, &str)) {
    let stroke = |d: &str, w: &str| {
        format!(
            r#"<path d="{d}" stroke="{colour}" stroke-opacity="{opacity}" stroke-width="{w}" fill="none"/>"#
        )
    };
    let dots = |centres: &[(u8, u8)]| {
        centres
            .iter()
            .map(|(x, y)| {
                format!(
                    r#"<circle cx="{x}" cy="{y}" r="1.1" fill="{colour}" fill-opacity="{opacity}"/>"#
                )
            })
            .collect::<String>()
    };
    let body = match pattern {
        Pattern::Hatch => stroke("M-1,1 l2,-2 M0,8 l8,-8 M7,9 l2,-2", "1.2"),
        Pattern::Dots => dots(&[(4, 4)]),
        Pattern::VerticalLines => stroke("M2,0 v8 M6,0 v8", "1"),
        Pattern::CrossHatch => stroke("M0,0 l8,8 M8,0 l-8,8", "1"),
        Pattern::DenseDots => dots(&[(2, 2), (6, 6)]),
    };
    let _ = writeln!(
        out,
        r#"<pattern id="{}-{suffix}" width="8" height="8" patternUnits="userSpaceOnUse">{body}</pattern>"#,
        pattern.svg_id()
    );
}

/// Greedy word wrap to about `max` characters a line; a longer word keeps its
/// own line. Only ordinary white space breaks: a no-break space holds
/// "11 января" and "2024 г." together, as it does on the page.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let breaks = |c: char| c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}';
    for word in text.split(breaks).filter(|w| !w.is_empty()) {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// `text` wrapped to lines of at most `max` characters, and no more than
/// `lines` of them: a text that does not fit ends its last line with "…"
/// (at a word boundary), never just stops.
pub fn wrap_lines(text: &str, max: usize, lines: usize) -> Vec<String> {
    let mut wrapped = wrap(text, max);
    if wrapped.len() > lines {
        wrapped.truncate(lines);
        if let Some(last) = wrapped.last_mut() {
            let cut = last.trim_end_matches([',', ';', ':', '.']);
            *last = if cut.chars().count() < max {
                format!("{cut}\u{2026}")
            } else {
                // One character more than fits: shortened at a word, with "…".
                crate::pages::shorten(&format!("{cut} x"), max)
            };
        }
    }
    wrapped
}

/// A rough width of a line of text (there are no font metrics here):
/// generous, so a layout that relies on it fits with any sans-serif font.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars().count() as f64 * size * 0.62
}

/// The `viewBox` width and height of an SVG document (the PNG download
/// draws the exported SVG at this size).
pub fn view_box_size(svg: &str) -> Option<(f64, f64)> {
    let start = svg.find("viewBox=\"")? + "viewBox=\"".len();
    let len = svg[start..].find('"')?;
    let nums: Vec<f64> = svg[start..start + len]
        .split([' ', ','])
        .filter(|s| !s.is_empty())
        .map(parse_decimal)
        .collect::<Option<_>>()?;
    match nums[..] {
        [_, _, w, h] if w > 0.0 && h > 0.0 => Some((w, h)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::wrap_lines;

    #[test]
    fn a_text_that_does_not_fit_ends_with_an_ellipsis() {
        let lines = wrap_lines("Dauletmurat Tajimuratov, bloger va huquqshunos", 14, 3);
        assert_eq!(lines, ["Dauletmurat", "Tajimuratov,", "bloger va…"]);
        for line in wrap_lines("one two three four five six seven", 9, 2) {
            assert!(line.chars().count() <= 9, "{line}");
        }
        assert_eq!(wrap_lines("abcdefgh abcdefgh abc", 8, 1), ["abcdefg…"]);
        // A text that fits is left whole.
        assert_eq!(wrap_lines("short text", 20, 1), ["short text"]);
    }
}
