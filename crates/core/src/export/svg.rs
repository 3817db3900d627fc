//! The map as a standalone SVG document for download and print: the same
//! fills and textures as the app, with the title, legend and credits drawn
//! inside the image, so a printed or pasted copy carries its own key and
//! attribution. Text is escaped for XML; the output is deterministic. The
//! legend and credits below the map are laid out in `svg_footer.rs`.
use super::svg_footer::{credits_block, footer, legend_block};
use super::svg_kit::{num, pattern_defs, pattern_ref, wrap, xml_escape, INK, MARGIN, SOFT_INK};
use super::svg_labels::labels;
use crate::colour::{
    BORDER_DARK, BORDER_DARK_WIDTH, BORDER_LIGHT, BORDER_LIGHT_WIDTH, CONTEXT_FILL, WATER_FILL,
};
use crate::data::RightsData;
use crate::geo::{MapGeometry, Role};
use crate::messages::{fill, Messages};
use crate::url_state::OVERVIEW;
use crate::view_model::{category_name, country_status, legend};
use std::fmt::Write;

const FONT: &str = "system-ui, sans-serif";
/// Characters per credit line at most: the longest other credit's length.
const CREDIT_WRAP: usize = 64;
/// Height of the title band above the map.
const HEADER: f64 = 76.0;

/// What every part of the drawing reads.
pub(crate) struct Ctx<'a> {
    pub geo: &'a MapGeometry,
    pub data: &'a RightsData,
    pub msgs: &'a Messages,
    pub category: &'a str,
    /// The labels' size against the download's (`svg_labels`' sizes are in
    /// map units): larger where the map is drawn small.
    pub label_scale: f64,
    /// The countries' names' size, likewise.
    pub name_scale: f64,
}

impl Ctx<'_> {
    pub fn focus(&self) -> impl Iterator<Item = &crate::geo::CountryShape> {
        self.geo.countries.iter().filter(|c| c.role == Role::Focus)
    }

    pub fn context(&self) -> impl Iterator<Item = &crate::geo::CountryShape> {
        self.geo
            .countries
            .iter()
            .filter(|c| c.role == Role::Context)
    }
}

/// The map coloured for `category_id` (an unknown id draws the overview, as
/// the app does), as a standalone SVG document: a title band, the map, and
/// below it the legend and the credits.
pub fn map_svg(geo: &MapGeometry, data: &RightsData, msgs: &Messages, category_id: &str) -> String {
    let category = if data.category(category_id).is_some() {
        category_id
    } else {
        OVERVIEW
    };
    let cx = Ctx {
        geo,
        data,
        msgs,
        category,
        label_scale: 1.0,
        name_scale: 1.0,
    };
    let cat_name = category_name(data, msgs, category);
    let entries = legend(data, msgs, category);
    // The source's full name is long: wrapped, so it fits beside the legend
    // or below it; the data's version ends the credits.
    let version = fill(msgs.method.version, &[("version", &data.version)]);
    let mut credit_lines = wrap(msgs.credit_source, CREDIT_WRAP);
    credit_lines.push(msgs.credit_borders.to_string());
    credit_lines.push(format!("{} · {version}", msgs.credit_natural_earth));
    let credits: Vec<&str> = credit_lines.iter().map(String::as_str).collect();
    let foot = footer(HEADER + geo.height, geo.width, &entries, &credits);
    let (w, h) = (num(geo.width), num(foot.top + foot.height));

    let mut o = String::with_capacity(96 * 1024);
    let _ = writeln!(
        o,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{FONT}" role="img" aria-labelledby="map-title">
<title id="map-title">{}</title>
<defs>"#,
        xml_escape(&format!("{} — {}", msgs.title, cat_name))
    );
    pattern_defs(&mut o);
    let _ = writeln!(
        o,
        r##"<clipPath id="map-clip"><rect width="{}" height="{}"/></clipPath>
</defs>
<rect width="{w}" height="{h}" fill="#ffffff"/>
<text x="{margin}" y="34" font-size="24" font-weight="700" fill="{INK}">{}</text>
<text x="{margin}" y="62" font-size="18" fill="{SOFT_INK}" data-category="{}">{}</text>
<g transform="translate(0,{header})"><g clip-path="url(#map-clip)">"##,
        num(geo.width),
        num(geo.height),
        xml_escape(msgs.title),
        xml_escape(category),
        xml_escape(&cat_name),
        margin = num(MARGIN),
        header = num(HEADER),
    );
    shapes(&mut o, &cx);
    labels(&mut o, &cx);
    o.push_str("</g></g>\n");
    legend_block(&mut o, msgs, &entries, foot.top);
    credits_block(&mut o, &credits, &foot, geo.width);
    o.push_str("</svg>\n");
    o
}

/// The map alone, in the geometry's own units, for other drawings to place:
/// shapes and labels, coloured for `category` (the share images), with
/// `between` drawn over the shapes and under the labels (a country's outline,
/// which would otherwise cross out a capital's or a country's name), and the
/// countries' names `name_scale` times the download's size, the other labels
/// `label_scale` times.
pub(crate) fn map_layer(
    geo: &MapGeometry,
    data: &RightsData,
    msgs: &Messages,
    category: &str,
    between: &str,
    (label_scale, name_scale): (f64, f64),
) -> String {
    let cx = Ctx {
        geo,
        data,
        msgs,
        category,
        label_scale,
        name_scale,
    };
    let mut o = String::with_capacity(64 * 1024);
    shapes(&mut o, &cx);
    o.push_str(between);
    labels(&mut o, &cx);
    o
}

/// Water, grey neighbours with white borders, the five countries with fill
/// and texture, and the capitals' dots.
fn shapes(o: &mut String, cx: &Ctx) {
    let _ = writeln!(
        o,
        r#"<rect width="{}" height="{}" fill="{WATER_FILL}"/>"#,
        num(cx.geo.width),
        num(cx.geo.height)
    );
    // Paths are escaped like any text: the geometry may have been read back
    // from a page or a fetched file (geo::baked checks it there, too).
    for c in cx.context() {
        let _ = writeln!(
            o,
            r##"<path d="{}" fill="{CONTEXT_FILL}" stroke="#ffffff" stroke-width="0.8" data-context="{}"/>"##,
            xml_escape(&c.path),
            xml_escape(&c.alpha2)
        );
    }
    // Two-tone borders, as on the page (colour::BORDER_*): each country's
    // light line with its fill, its dark line with its texture, on top.
    let light = format!(r#"stroke="{BORDER_LIGHT}" stroke-width="{BORDER_LIGHT_WIDTH}""#);
    let dark = format!(r#"stroke="{BORDER_DARK}" stroke-width="{BORDER_DARK_WIDTH}""#);
    for c in cx.focus() {
        let status = country_status(cx.data, cx.msgs, &c.alpha2, cx.category);
        let code = xml_escape(&c.alpha2);
        let d = xml_escape(&c.path);
        let _ = writeln!(
            o,
            r##"<path d="{d}" fill="{}" {light} data-country="{code}" data-status="{}"/>"##,
            status.as_ref().map_or("#cccccc", |s| s.swatch.fill),
            status.as_ref().map_or(0, |s| s.swatch.level)
        );
        let texture = status
            .as_ref()
            .map_or("none".to_string(), |s| pattern_ref(&s.swatch));
        let _ = writeln!(
            o,
            r#"<path d="{d}" fill="{texture}" {dark} data-texture="{code}"/>"#
        );
    }
    for c in &cx.geo.capitals {
        let _ = writeln!(
            o,
            r##"<circle cx="{}" cy="{}" r="4" fill="#ffffff" stroke="{INK}" stroke-width="1.5"/>"##,
            num(c.x),
            num(c.y)
        );
    }
}
