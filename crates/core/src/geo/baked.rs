//! The map geometry, baked. `build_map` turns the GeoJSON into paths, label
//! points and boxes; that happens once, when the map data changes
//! (`cargo run --example bake_map` writes assets/geo/central-asia.map.tsv),
//! not at every start on a visitor's phone: the app reads this small text
//! instead of parsing 120 KB of GeoJSON and projecting it. A test checks that
//! the committed file is exactly what `build_map` gives today.
//!
//! One record per line, fields separated by tabs. Label points, boxes and
//! capitals are plain decimals of at most 15 digits (they are rounded to 0.1
//! unit); the projection's full-precision scale and offset are the `f64`s'
//! bits in hex. Either way decoding gives the very same `f64`s, without the
//! standard float parser and its 10 KB of tables in the wasm.
//!   map      width height scale_bits translate_x_bits translate_y_bits
//!   country  alpha2 alpha3 focus|context name label_x label_y min_x min_y max_x max_y path
//!   capital  name country x y left|right
//!
//! The wasm carries this text without the paths (`build.rs` empties that
//! field): a visitor's page already holds every path, drawn in the
//! prerendered map, and the app takes them from there (`fill_paths`), so the
//! geometry travels once. Where no page holds them, the app fetches this file.

use super::error::GeoError;
use super::map_geometry::{CapitalPoint, CountryShape, MapGeometry, Role};
use super::path::is_path_data;
use super::projection::ConicEqualArea;
use crate::number::parse_decimal;
use std::fmt::Write;

/// The baked Central Asia map that the app draws.
pub const CENTRAL_ASIA_BAKED: &str = include_str!("../../../../assets/geo/central-asia.map.tsv");

/// Writes the geometry as baked text. Names must not contain tabs or newlines.
pub fn encode(map: &MapGeometry) -> String {
    let mut out = String::new();
    let (tx, ty) = map.projection.translation();
    let scale = map.projection.scale_factor();
    let bits = |v: f64| format!("{:016x}", v.to_bits());
    let _ = writeln!(
        out,
        "map\t{}\t{}\t{}\t{}\t{}",
        map.width,
        map.height,
        bits(scale),
        bits(tx),
        bits(ty)
    );
    for c in &map.countries {
        let role = if c.role == Role::Focus {
            "focus"
        } else {
            "context"
        };
        let (lx, ly) = c.label;
        let (x0, y0, x1, y1) = c.bbox;
        let _ = writeln!(
            out,
            "country\t{}\t{}\t{role}\t{}\t{lx}\t{ly}\t{x0}\t{y0}\t{x1}\t{y1}\t{}",
            c.alpha2, c.alpha3, c.name, c.path
        );
    }
    for p in &map.capitals {
        let side = if p.label_left { "left" } else { "right" };
        let _ = writeln!(
            out,
            "capital\t{}\t{}\t{}\t{}\t{side}",
            p.name, p.country, p.x, p.y
        );
    }
    out
}

/// Reads baked text back; every malformed line is an error naming the line.
pub fn decode(text: &str) -> Result<MapGeometry, GeoError> {
    let mut header = None;
    let (mut countries, mut capitals) = (Vec::new(), Vec::new());
    for (index, line) in text.lines().enumerate().filter(|(_, l)| !l.is_empty()) {
        let bad = |problem: String| GeoError::Baked {
            line: index + 1,
            problem,
        };
        let fields: Vec<&str> = line.split('\t').collect();
        let number = |i: usize| -> Result<f64, GeoError> {
            let field = fields
                .get(i)
                .ok_or_else(|| bad(format!("field {} is missing", i + 1)))?;
            parse_decimal(field)
                .ok_or_else(|| bad(format!("field {} is not a number: {field:?}", i + 1)))
        };
        let exact = |i: usize| -> Result<f64, GeoError> {
            let field = fields
                .get(i)
                .ok_or_else(|| bad(format!("field {} is missing", i + 1)))?;
            let bits = u64::from_str_radix(field, 16)
                .ok()
                .filter(|_| field.len() == 16);
            bits.map(f64::from_bits)
                .ok_or_else(|| bad(format!("field {} is not 16 hex digits: {field:?}", i + 1)))
        };
        let text = |i: usize| -> Result<String, GeoError> {
            fields
                .get(i)
                .map(|s| s.to_string())
                .ok_or_else(|| bad(format!("field {} is missing", i + 1)))
        };
        let expect = |n: usize| {
            if fields.len() == n {
                Ok(())
            } else {
                Err(bad(format!("{} fields, expected {n}", fields.len())))
            }
        };
        match fields[0] {
            "map" => {
                expect(6)?;
                header = Some((number(1)?, number(2)?, exact(3)?, exact(4)?, exact(5)?));
            }
            "country" => {
                expect(12)?;
                let role = match fields[3] {
                    "focus" => Role::Focus,
                    "context" => Role::Context,
                    other => {
                        return Err(bad(format!("role {other:?} is neither focus nor context")))
                    }
                };
                let path = text(11)?;
                // Empty in the wasm's copy (filled from the page); else checked,
                // since a fetched file's paths end up in exported markup.
                if !path.is_empty() && !is_path_data(&path) {
                    return Err(bad("field 12 is not SVG path data".into()));
                }
                countries.push(CountryShape {
                    alpha2: text(1)?,
                    alpha3: text(2)?,
                    role,
                    name: text(4)?,
                    label: (number(5)?, number(6)?),
                    bbox: (number(7)?, number(8)?, number(9)?, number(10)?),
                    path,
                });
            }
            "capital" => {
                expect(6)?;
                capitals.push(CapitalPoint {
                    name: text(1)?,
                    country: text(2)?,
                    x: number(3)?,
                    y: number(4)?,
                    label_left: fields[5] == "left",
                });
            }
            other => return Err(bad(format!("unknown record {other:?}"))),
        }
    }
    let (width, height, scale, tx, ty) = header.ok_or(GeoError::Baked {
        line: 1,
        problem: "no map line".into(),
    })?;
    if !countries.iter().any(|c| c.role == Role::Focus) {
        return Err(GeoError::NoFocusCountries);
    }
    Ok(MapGeometry {
        width,
        height,
        countries,
        capitals,
        projection: ConicEqualArea::central_asia()
            .scale(scale)
            .translate(tx, ty),
    })
}

/// Gives every country whose path is empty the path `path_of` finds for it
/// (from the prerendered page, or from the full baked file). A path that is
/// not plain [path data](is_path_data) is refused: the page's markup is not
/// trusted to hold only what we wrote. Fails with the codes of the countries
/// left without a path, in map order.
pub fn fill_paths(
    map: &mut MapGeometry,
    mut path_of: impl FnMut(&CountryShape) -> Option<String>,
) -> Result<(), Vec<String>> {
    let mut missing = Vec::new();
    for country in map.countries.iter_mut().filter(|c| c.path.is_empty()) {
        match path_of(country).filter(|p| is_path_data(p)) {
            Some(path) => country.path = path,
            None => missing.push(country.alpha2.clone()),
        }
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(missing)
    }
}
