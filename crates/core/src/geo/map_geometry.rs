//! The one entry point the UI calls at start-up: the GeoJSON shipped in the
//! binary becomes SVG-ready shapes, labels and capitals in a fixed viewBox.

use super::error::GeoError;
use super::fit::{fit_extent, Bounds};
use super::label::pole_of_inaccessibility;
use super::path::{project_polygon, round1, to_svg_path, ProjectedPolygon};
use super::projection::ConicEqualArea;
use geojson::{Feature, FeatureCollection, GeometryValue, JsonObject, PolygonType, Position};
use std::str::FromStr;

/// Natural Earth 1:50m countries clipped to lon 40..95, lat 30..59
/// (regenerate with scripts/geo.sh).
pub const CENTRAL_ASIA_GEOJSON: &str = include_str!("../../../../assets/geo/central-asia.geojson");

/// The SVG viewBox is `0 0 VIEW_WIDTH VIEW_HEIGHT`.
pub const VIEW_WIDTH: f64 = 1000.0;
/// The five focus countries are taller than 0.7 of their width in this
/// projection, so the height bounds the fit. 700 is the tallest landscape box
/// wanted; it leaves about 1.4° of the clip box west of the view and more on
/// the other sides, so no clip edge shows (tests/core_map_geometry.rs).
pub const VIEW_HEIGHT: f64 = 700.0;
/// Space between the focus countries and the top and bottom of the view.
const PADDING: f64 = 16.0;
/// Labels are placed to within this many SVG units of the best spot.
const LABEL_PRECISION: f64 = 0.5;

/// (name, country alpha-2, latitude, longitude)
/// Name, country, latitude, longitude, and whether the name sits left of the
/// dot (where the right side is taken by a country's own label).
const CAPITALS: [(&str, &str, f64, f64, bool); 5] = [
    ("Astana", "KZ", 51.1801, 71.4460, false),
    ("Bishkek", "KG", 42.8700, 74.5900, false),
    ("Dushanbe", "TJ", 38.5358, 68.7791, true),
    ("Ashgabat", "TM", 37.9500, 58.3833, false),
    ("Tashkent", "UZ", 41.2647, 69.2163, true),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// One of the five Central Asian countries the map is about.
    Focus,
    /// A neighbour, drawn for orientation only.
    Context,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CountryShape {
    pub alpha2: String,
    pub alpha3: String,
    pub name: String,
    pub role: Role,
    /// SVG path `d`, in viewBox units.
    pub path: String,
    /// Where the name label goes: the point inside the country (and inside
    /// the view, if any of the country is) farthest from its borders. A
    /// context country that barely enters the view gets a spot near the
    /// view's edge: the UI decides whether such a label is worth showing.
    pub label: (f64, f64),
    /// min_x, min_y, max_x, max_y in viewBox units (may exceed the view).
    pub bbox: (f64, f64, f64, f64),
}

#[derive(Clone, Debug, PartialEq)]
pub struct CapitalPoint {
    pub name: String,
    /// Alpha-2 code of the country.
    pub country: String,
    pub x: f64,
    pub y: f64,
    /// Draw the name to the left of the dot.
    pub label_left: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MapGeometry {
    pub width: f64,
    pub height: f64,
    /// Context countries first, then the focus countries, each in file order,
    /// so that focus outlines (and hover strokes) paint over their neighbours.
    pub countries: Vec<CountryShape>,
    pub capitals: Vec<CapitalPoint>,
    /// The fitted projection, e.g. to turn a pointer position back into lon/lat.
    pub projection: ConicEqualArea,
}

/// A validated feature, before projection.
struct Parsed<'a> {
    feature: &'a Feature,
    label: String,
    name: String,
    alpha2: String,
    alpha3: String,
    role: Role,
}

/// Builds everything the map draws. Deterministic: the same text gives the
/// same output, byte for byte.
pub fn build_map(geojson_text: &str) -> Result<MapGeometry, GeoError> {
    let fc =
        FeatureCollection::from_str(geojson_text).map_err(|e| GeoError::Parse(e.to_string()))?;
    let mut parsed = fc
        .features
        .iter()
        .enumerate()
        .map(|(i, f)| parse(i, f))
        .collect::<Result<Vec<_>, _>>()?;
    // Stable sort: context first, so focus countries paint on top.
    parsed.sort_by_key(|p| p.role == Role::Focus);

    // Fit in two steps, as d3 does: measure the focus countries at scale 1
    // (unrounded: at that scale the map is a fraction of a unit wide), then
    // scale and centre them in the view.
    let unit = ConicEqualArea::central_asia();
    let mut focus = Bounds::EMPTY;
    for p in parsed.iter().filter(|p| p.role == Role::Focus) {
        for position in exterior_positions(p)? {
            let (x, y) = unit.project(position[0], position[1]);
            focus.extend(x, y);
        }
    }
    let fit =
        fit_extent(focus, VIEW_WIDTH, VIEW_HEIGHT, PADDING).ok_or(GeoError::NoFocusCountries)?;
    let projection = unit
        .scale(fit.scale)
        .translate(fit.translate.0, fit.translate.1);

    let view = Bounds {
        min_x: 0.0,
        min_y: 0.0,
        max_x: VIEW_WIDTH,
        max_y: VIEW_HEIGHT,
    };
    let countries = parsed
        .into_iter()
        .map(|p| {
            let polygons = projected(&p, &projection)?;
            if polygons.is_empty() {
                return Err(GeoError::EmptyGeometry { feature: p.label });
            }
            let label = match LABEL_ANCHORS.iter().find(|a| a.0 == p.alpha2) {
                Some(&(_, lat, lon)) => {
                    let (x, y) = projection.project(lon, lat);
                    (round1(x), round1(y))
                }
                None => label_point(&polygons, view),
            };
            Ok(CountryShape {
                path: to_svg_path(&polygons),
                label,
                bbox: bbox(&polygons),
                alpha2: p.alpha2,
                alpha3: p.alpha3,
                name: p.name,
                role: p.role,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;

    let capitals = CAPITALS
        .iter()
        .map(|&(name, country, lat, lon, label_left)| {
            let (x, y) = projection.project(lon, lat);
            CapitalPoint {
                name: name.into(),
                country: country.into(),
                x: round1(x),
                y: round1(y),
                label_left,
            }
        })
        .collect();

    Ok(MapGeometry {
        width: VIEW_WIDTH,
        height: VIEW_HEIGHT,
        countries,
        capitals,
        projection,
    })
}

fn parse(index: usize, feature: &Feature) -> Result<Parsed<'_>, GeoError> {
    let empty = JsonObject::new();
    let props = feature.properties.as_ref().unwrap_or(&empty);
    let text = |key| props.get(key).and_then(|v| v.as_str());
    // Errors name the feature by its name when it has one.
    let label = text("name").map_or(format!("#{index}"), |n| format!("#{index} \"{n}\""));
    let get = |property: &'static str| {
        text(property)
            .map(str::to_owned)
            .ok_or_else(|| GeoError::MissingProperty {
                feature: label.clone(),
                property,
            })
    };
    let code = |property: &'static str, len: usize| {
        let v = get(property)?;
        if v.len() == len && v.bytes().all(|b| b.is_ascii_uppercase()) {
            Ok(v)
        } else {
            Err(GeoError::InvalidProperty {
                feature: label.clone(),
                property,
                value: v,
            })
        }
    };
    let (name, alpha2, alpha3) = (get("name")?, code("iso_a2", 2)?, code("iso_a3", 3)?);
    let role = match get("role")?.as_str() {
        "focus" => Role::Focus,
        "context" => Role::Context,
        other => {
            return Err(GeoError::InvalidProperty {
                feature: label,
                property: "role",
                value: other.into(),
            })
        }
    };
    Ok(Parsed {
        feature,
        label,
        name,
        alpha2,
        alpha3,
        role,
    })
}

/// The feature's polygons, or an error naming it if it has none.
fn polygons<'a>(p: &Parsed<'a>) -> Result<&'a [PolygonType], GeoError> {
    let geometry = p
        .feature
        .geometry
        .as_ref()
        .ok_or_else(|| GeoError::MissingGeometry {
            feature: p.label.clone(),
        })?;
    match &geometry.value {
        GeometryValue::Polygon { coordinates } => Ok(std::slice::from_ref(coordinates)),
        GeometryValue::MultiPolygon { coordinates } => Ok(coordinates),
        other => Err(GeoError::UnsupportedGeometry {
            feature: p.label.clone(),
            kind: other.type_name(),
        }),
    }
}

fn exterior_positions<'a>(p: &Parsed<'a>) -> Result<impl Iterator<Item = &'a Position>, GeoError> {
    let rings = polygons(p)?.iter().filter_map(|polygon| polygon.first());
    Ok(rings.flatten().filter(|position| position.len() >= 2))
}

fn projected(
    p: &Parsed<'_>,
    projection: &ConicEqualArea,
) -> Result<Vec<ProjectedPolygon>, GeoError> {
    let project = |lon, lat| projection.project(lon, lat);
    Ok(polygons(p)?
        .iter()
        .filter_map(|polygon| project_polygon(polygon, &project))
        .collect())
}

fn bbox(polygons: &[ProjectedPolygon]) -> (f64, f64, f64, f64) {
    let mut b = Bounds::EMPTY;
    for &(x, y) in polygons.iter().filter_map(|p| p.first()).flatten() {
        b.extend(x, y);
    }
    (b.min_x, b.min_y, b.max_x, b.max_y)
}

/// Hand-placed label anchors (alpha-2, latitude, longitude) where the
/// computed spot collides with a capital: Tajikistan's lands on Dushanbe, so
/// its name goes to the Pamirs, and Uzbekistan's west, clear of Tashkent. Tests check each anchor is inside its country.
const LABEL_ANCHORS: [(&str, f64, f64); 2] = [("TJ", 38.5, 72.6), ("UZ", 41.7, 62.6)];

/// The visible spot farthest from any border, over all of the country's
/// polygons (so Kazakhstan's label goes in its main body, not on an island).
/// A country wholly outside the view gets the same search without the view.
fn label_point(polygons: &[ProjectedPolygon], view: Bounds) -> (f64, f64) {
    let best = |within| {
        polygons
            .iter()
            .filter_map(|p| pole_of_inaccessibility(p, within, LABEL_PRECISION))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(point, _)| point)
    };
    let (x, y) = best(Some(view))
        .or_else(|| best(None))
        .unwrap_or(polygons[0][0][0]);
    (round1(x), round1(y))
}
