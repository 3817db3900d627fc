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

/// The `d` attribute for projected polygons: `M x,yLx,y…Z` per ring.
pub fn to_svg_path(polygons: &[ProjectedPolygon]) -> String {
    let mut d = String::new();
    for ring in polygons.iter().flatten() {
        for (i, &(x, y)) in ring.iter().enumerate() {
            d.push(if i == 0 { 'M' } else { 'L' });
            write_coord(&mut d, x);
            d.push(',');
            write_coord(&mut d, y);
        }
        d.push('Z');
    }
    d
}

/// Convenience: the `d` attribute for a Polygon or MultiPolygon geometry,
/// `None` for other geometry types. Empty if every ring was degenerate.
pub fn geometry_path<F>(value: &GeometryValue, project: &F) -> Option<String>
where
    F: Fn(f64, f64) -> (f64, f64),
{
    project_geometry(value, project).map(|p| to_svg_path(&p))
}
