//! The scale benchmark's workload: every country of a world map at 1:50m
//! projected and turned into SVG paths by the same projection, fitting and
//! path code as the Central Asia map (scripts/bench.sh times it natively and
//! in the browser). There is no antimeridian cutting — the Central Asia map
//! never crosses it — so Fiji or Chukotka may draw a stripe: this measures
//! work, it is not a map to show.

use super::error::GeoError;
use super::fit::{fit_extent, Bounds};
use super::path::geometry_path;
use super::projection::ConicEqualArea;
use geojson::{FeatureCollection, GeometryValue};
use std::str::FromStr;

/// What projecting a world map produced.
#[derive(Debug, Clone, PartialEq)]
pub struct WorldPaths {
    /// Features read from the file.
    pub features: usize,
    /// One SVG path per feature that encloses anything after rounding.
    pub paths: Vec<String>,
}

impl WorldPaths {
    /// Total length of the path strings: a size check that the work was done.
    pub fn path_bytes(&self) -> usize {
        self.paths.iter().map(String::len).sum()
    }
}

/// Parses a GeoJSON FeatureCollection (the parse is timed separately).
pub fn parse_world(geojson_text: &str) -> Result<FeatureCollection, GeoError> {
    FeatureCollection::from_str(geojson_text).map_err(|e| GeoError::Parse(e.to_string()))
}

/// Every position of a polygon or multipolygon geometry.
fn positions(value: &GeometryValue) -> Vec<(f64, f64)> {
    let rings: Vec<&Vec<geojson::Position>> = match value {
        GeometryValue::Polygon { coordinates } => coordinates.iter().collect(),
        GeometryValue::MultiPolygon { coordinates } => coordinates.iter().flatten().collect(),
        _ => Vec::new(),
    };
    rings
        .into_iter()
        .flatten()
        .filter(|p| p.len() >= 2)
        .map(|p| (p[0], p[1]))
        .collect()
}

/// Fits all features into `width` × `height` with the map's equal-area conic
/// and builds one path per feature, as the Central Asia map does.
pub fn project_world(fc: &FeatureCollection, width: f64, height: f64) -> Result<WorldPaths, GeoError> {
    let values: Vec<&GeometryValue> = fc
        .features
        .iter()
        .filter_map(|f| f.geometry.as_ref().map(|g| &g.value))
        .collect();
    let unit = ConicEqualArea::central_asia();
    let mut bounds = Bounds::EMPTY;
    for value in &values {
        for (lon, lat) in positions(value) {
            let (x, y) = unit.project(lon, lat);
            bounds.extend(x, y);
        }
    }
    let fit = fit_extent(bounds, width, height, 0.0)
        .ok_or_else(|| GeoError::Parse("no polygon to fit".into()))?;
    let projection = unit.scale(fit.scale).translate(fit.translate.0, fit.translate.1);
    let project = |lon: f64, lat: f64| projection.project(lon, lat);
    let paths = values
        .iter()
        .filter_map(|value| geometry_path(value, &project))
        .filter(|d| !d.is_empty())
        .collect();
    Ok(WorldPaths {
        features: fc.features.len(),
        paths,
    })
}
