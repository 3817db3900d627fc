//! SVG path `d` strings from GeoJSON polygons through a projection.
//!
//! Coordinates are rounded to 0.1 SVG unit: at the map's scale that is a few
//! hundred metres, invisible, and it keeps the DOM small and the output
//! byte-for-byte deterministic across platforms.

use geojson::{GeometryValue, PolygonType, Position};
use std::fmt::Write;

/// A projected ring, rounded, without the repeated closing point.
pub type Ring = Vec<(f64, f64)>;

/// A projected polygon: the exterior ring first, then its holes.
pub type ProjectedPolygon = Vec<Ring>;

/// Rounds to one decimal, half away from zero. `-0.04` gives `0.0`, not `-0.0`.
pub fn round1(v: f64) -> f64 {
    let r = (v * 10.0).round() / 10.0;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

/// Appends `v` rounded to one decimal, shortest form: `12`, `-3.5`, never `-0`.
pub fn write_coord(out: &mut String, v: f64) {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, frac) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
    // Writing to a String cannot fail.
    let _ = if frac == 0 {
        write!(out, "{sign}{whole}")
    } else {
        write!(out, "{sign}{whole}.{frac}")
    };
}

/// Projects and rounds one ring. Consecutive duplicates (common after
/// rounding) and the closing point are dropped; `None` if fewer than three
/// distinct points remain, since such a ring encloses nothing.
pub fn project_ring<F>(ring: &[Position], project: &F) -> Option<Ring>
where
    F: Fn(f64, f64) -> (f64, f64),
{
    let mut out: Ring = Vec::with_capacity(ring.len());
    // Positions with fewer than two values are malformed; skip rather than panic.
    for p in ring.iter().filter(|p| p.len() >= 2) {
        let (x, y) = project(p[0], p[1]);
        let q = (round1(x), round1(y));
        if out.last() != Some(&q) {
            out.push(q);
        }
    }
    while out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    let mut distinct: Vec<(i64, i64)> = out
        .iter()
        .map(|&(x, y)| ((x * 10.0).round() as i64, (y * 10.0).round() as i64))
        .collect();
    distinct.sort_unstable();
    distinct.dedup();
    (distinct.len() >= 3).then_some(out)
}

/// Twice the signed area; positive means clockwise on screen (y down).
pub fn signed_area2(ring: &[(f64, f64)]) -> f64 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            a.0 * b.1 - b.0 * a.1
        })
        .sum()
}

/// Projects a polygon. Exterior rings are made clockwise on screen and holes
/// anticlockwise, whatever the source winding, so the default `nonzero` fill
/// rule punches the holes (enclaves) out. A polygon whose exterior is
/// degenerate is dropped with its holes; degenerate holes are dropped alone.
pub fn project_polygon<F>(rings: &[Vec<Position>], project: &F) -> Option<ProjectedPolygon>
where
    F: Fn(f64, f64) -> (f64, f64),
{
    let (exterior, holes) = rings.split_first()?;
    let mut out = vec![oriented(project_ring(exterior, project)?, true)];
    out.extend(
        holes
            .iter()
            .filter_map(|h| project_ring(h, project))
            .map(|h| oriented(h, false)),
    );
    Some(out)
}

fn oriented(mut ring: Ring, clockwise: bool) -> Ring {
    if (signed_area2(&ring) > 0.0) != clockwise {
        // Keep the starting point, so a reversed ring still reads from it.
        ring[1..].reverse();
    }
    ring
}

/// Projects a Polygon or MultiPolygon; `None` for any other geometry type.
pub fn project_geometry<F>(value: &GeometryValue, project: &F) -> Option<Vec<ProjectedPolygon>>
where
    F: Fn(f64, f64) -> (f64, f64),
{
    let polygons: &[PolygonType] = match value {
        GeometryValue::Polygon { coordinates } => std::slice::from_ref(coordinates),
        GeometryValue::MultiPolygon { coordinates } => coordinates,
        _ => return None,
    };
    Some(
        polygons
            .iter()
            .filter_map(|p| project_polygon(p, project))
            .collect(),
    )
}

/// A coordinate in tenths of a unit: paths are written from these, so the
/// relative steps add up to the rounded points exactly.
fn tenths(v: f64) -> i64 {
    (v * 10.0).round() as i64
}

/// Appends a number of tenths in its shortest form: `12`, `-3.5`, `.5`, `-.5`.
fn write_tenths(out: &mut String, t: i64) {
    let (whole, frac) = (t.unsigned_abs() / 10, t.unsigned_abs() % 10);
    if t < 0 {
        out.push('-');
    }
    // Writing to a String cannot fail.
    let _ = match (whole, frac) {
        (w, 0) => write!(out, "{w}"),
        (0, f) => write!(out, ".{f}"),
        (w, f) => write!(out, "{w}.{f}"),
    };
}

/// Appends a number after another: a space unless its minus sign separates them.
fn write_next(out: &mut String, t: i64) {
    if t >= 0 {
        out.push(' ');
    }
    write_tenths(out, t);
}

/// The `d` attribute for projected polygons: per ring, `M x y` then every
/// further point as a relative step (`l dx dy …`), then `z`. Relative steps
/// at 0.1 unit take about 40% fewer bytes than absolute points (in the page,
/// in the wasm and in exports) and draw the very same rounded points.
pub fn to_svg_path(polygons: &[ProjectedPolygon]) -> String {
    let mut d = String::new();
    for ring in polygons.iter().flatten() {
        let mut points = ring.iter().map(|&(x, y)| (tenths(x), tenths(y)));
        let Some(first) = points.next() else { continue };
        d.push('M');
        write_tenths(&mut d, first.0);
        write_next(&mut d, first.1);
        let mut previous = first;
        for (i, point) in points.enumerate() {
            if i == 0 {
                d.push('l');
                write_tenths(&mut d, point.0 - previous.0);
            } else {
                write_next(&mut d, point.0 - previous.0);
            }
            write_next(&mut d, point.1 - previous.1);
            previous = point;
        }
        d.push('z');
    }
    d
}

/// Whether `d` is path data that is safe to write into markup as it is: it
/// starts with a move (`M`, `m`) and holds only path commands, digits, signs,
/// decimal points, exponents, commas and spaces. Paths read back from a page
/// or a fetched file are written into SVG by the exports; a `"` or `<` in
/// one could close the attribute and add elements, so anything else is
/// refused rather than escaped into a broken drawing.
pub fn is_path_data(d: &str) -> bool {
    d.starts_with(['M', 'm'])
        && d.bytes()
            .all(|b| b.is_ascii_digit() || b"MLHVCSQTAZmlhvcsqtaz.-+eE, ".contains(&b))
}

/// Reads a path written by `to_svg_path` back into absolute rings (for tests
/// and tools); `Err` names what is not in that form.
pub fn parse_path(d: &str) -> Result<Vec<Ring>, String> {
    let mut rings = Vec::new();
    for ring in d.split_terminator('z') {
        let body = ring
            .strip_prefix('M')
            .ok_or_else(|| format!("ring does not start with M: {ring:.40}"))?;
        let (start, steps) = body.split_once('l').unwrap_or((body, ""));
        let numbers = |text: &str| -> Result<Vec<i64>, String> {
            // Split before each minus sign and at spaces, then read tenths.
            text.replace('-', " -")
                .split_whitespace()
                .map(|n| {
                    let value: f64 = n.parse().map_err(|_| format!("not a number: {n}"))?;
                    Ok((value * 10.0).round() as i64)
                })
                .collect()
        };
        let start = numbers(start)?;
        let [x, y] = start[..] else {
            return Err(format!("M needs two numbers: {ring:.40}"));
        };
        let steps = numbers(steps)?;
        if steps.len() % 2 != 0 {
            return Err(format!("odd number of coordinates: {ring:.40}"));
        }
        let mut at = (x, y);
        let mut points = vec![at];
        for step in steps.chunks(2) {
            at = (at.0 + step[0], at.1 + step[1]);
            points.push(at);
        }
        rings.push(
            points
                .into_iter()
                .map(|(x, y)| (x as f64 / 10.0, y as f64 / 10.0))
                .collect(),
        );
    }
    Ok(rings)
}

/// Convenience: the `d` attribute for a Polygon or MultiPolygon geometry,
/// `None` for other geometry types. Empty if every ring was degenerate.
pub fn geometry_path<F>(value: &GeometryValue, project: &F) -> Option<String>
where
    F: Fn(f64, f64) -> (f64, f64),
{
    project_geometry(value, project).map(|p| to_svg_path(&p))
}
