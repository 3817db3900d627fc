//! The footer of the standalone SVG map: the legend and the credits, beside
//! each other when they fit the map's width, else one below the other.
use super::svg_kit::{num, pattern_ref, text_width, xml_escape, INK, MARGIN, SOFT_INK};
use crate::messages::Messages;
use crate::view_model::LegendEntry;
use std::fmt::Write;

const LEGEND_ROW: f64 = 26.0;
const LEGEND_SIZE: f64 = 14.0;
/// Left of a legend label: margin, swatch (24) and a gap.
const LEGEND_TEXT_X: f64 = MARGIN + 34.0;
const CREDIT_ROW: f64 = 18.0;
const CREDIT_SIZE: f64 = 12.0;

/// Where the footer's parts go, from a rough measure of their text.
pub struct Footer {
    pub top: f64,
    pub height: f64,
    /// Credits right-aligned beside the legend, or left-aligned below it.
    side_by_side: bool,
    credits_top: f64,
}

/// Lays out the legend and credits below a map whose bottom is `map_bottom`.
pub fn footer(map_bottom: f64, width: f64, entries: &[LegendEntry], credits: &[&str]) -> Footer {
    let legend_h = 30.0 + entries.len() as f64 * LEGEND_ROW;
    let widest = |it: &mut dyn Iterator<Item = f64>| it.fold(0.0, f64::max);
    let legend_w =
        LEGEND_TEXT_X + widest(&mut entries.iter().map(|e| text_width(&e.label, LEGEND_SIZE)));
    let credits_w = widest(&mut credits.iter().map(|c| text_width(c, CREDIT_SIZE)));
    let credits_h = credits.len() as f64 * CREDIT_ROW + 10.0;
    let side_by_side = legend_w + 32.0 + credits_w + MARGIN <= width;
    let top = map_bottom + 14.0;
    Footer {
        top,
        side_by_side,
        credits_top: if side_by_side {
            top + 20.0
        } else {
            top + 10.0 + legend_h
        },
        height: 10.0
            + if side_by_side {
                legend_h.max(credits_h)
            } else {
                legend_h + credits_h
            }
            + 16.0,
    }
}

/// The legend's heading and one swatch (fill, texture) and label per entry.
pub fn legend_block(o: &mut String, msgs: &Messages, entries: &[LegendEntry], top: f64) {
    let _ = writeln!(
        o,
        r#"<g transform="translate(0,{})"><text x="{margin}" y="20" font-size="15" font-weight="700" fill="{INK}">{}</text>"#,
        num(top),
        xml_escape(msgs.legend_title),
        margin = num(MARGIN),
    );
    for (i, e) in entries.iter().enumerate() {
        let y = num(32.0 + i as f64 * LEGEND_ROW);
        let _ = writeln!(
            o,
            r##"<g data-legend-level="{}"><rect x="{margin}" y="{y}" width="24" height="16" fill="{}" stroke="#555555" stroke-width="1"/><rect x="{margin}" y="{y}" width="24" height="16" fill="{}"/><text x="{text_x}" y="{}" font-size="{size}" fill="{INK}">{}</text></g>"##,
            e.swatch.level,
            e.swatch.fill,
            pattern_ref(&e.swatch),
            num(45.0 + i as f64 * LEGEND_ROW),
            xml_escape(&e.label),
            margin = num(MARGIN),
            text_x = num(LEGEND_TEXT_X),
            size = num(LEGEND_SIZE),
        );
    }
    o.push_str("</g>\n");
}

/// The credit lines, right-aligned beside the legend or left-aligned below it.
pub fn credits_block(o: &mut String, credits: &[&str], foot: &Footer, width: f64) {
    let (x, anchor) = if foot.side_by_side {
        (width - MARGIN, "end")
    } else {
        (MARGIN, "start")
    };
    for (i, line) in credits.iter().enumerate() {
        let _ = writeln!(
            o,
            r#"<text x="{}" y="{}" text-anchor="{anchor}" font-size="{size}" fill="{SOFT_INK}" data-credit="{i}">{}</text>"#,
            num(x),
            num(foot.credits_top + 12.0 + i as f64 * CREDIT_ROW),
            xml_escape(line),
            size = num(CREDIT_SIZE),
        );
    }
}
