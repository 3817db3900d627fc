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
pub fn project_world(
    fc: &FeatureCollection,
    width: f64,
    height: f64,
) -> Result<WorldPaths, GeoError> {
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
    let projection = unit
        .scale(fit.scale)
        .translate(fit.translate.0, fit.translate.1);
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

/// Medians of timed runs of the scale benchmark, with what the last run made.
#[derive(Debug, Clone)]
pub struct ScaleReport {
    pub runs: usize,
    pub world: WorldPaths,
    pub parse_ms: f64,
    pub project_ms: f64,
}

impl std::fmt::Display for ScaleReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} features, {} paths, {:.0} KB of path | parse {:.1} ms | project + paths {:.1} ms | median of {}",
            self.world.features,
            self.world.paths.len(),
            self.world.path_bytes() as f64 / 1024.0,
            self.parse_ms,
            self.project_ms,
            self.runs
        )
    }
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// Runs the workload `runs` times (at least once) into a 960 × 500 box and
/// times its two steps with `now_ms`, the caller's clock: `Instant` natively,
/// `performance.now()` in the browser. The core itself reads no clock.
pub fn time_scale(
    geojson_text: &str,
    runs: usize,
    now_ms: impl Fn() -> f64,
) -> Result<ScaleReport, GeoError> {
    let runs = runs.max(1);
    let (mut parse_ms, mut project_ms) = (Vec::new(), Vec::new());
    let mut last = None;
    for _ in 0..runs {
        let t0 = now_ms();
        let fc = parse_world(geojson_text)?;
        let t1 = now_ms();
        let world = project_world(&fc, 960.0, 500.0)?;
        let t2 = now_ms();
        parse_ms.push(t1 - t0);
        project_ms.push(t2 - t1);
        last = Some(world);
    }
    Ok(ScaleReport {
        runs,
        world: last.expect("at least one run"),
        parse_ms: median(parse_ms),
        project_ms: median(project_ms),
    })
}
