//! Projection, fitting, SVG paths and the map geometry built from them.
//! Pure: no view framework and no browser bindings, so `cargo test` covers it all.
pub mod baked;
pub mod error;
pub mod fit;
pub mod label;
pub mod map_geometry;
pub mod map_labels;
pub mod metrics;
pub mod path;
pub mod placement;
pub mod projection;
pub mod world;

pub use error::GeoError;
pub use map_geometry::{
    build_map, CapitalPoint, CountryShape, MapGeometry, Role, CENTRAL_ASIA_GEOJSON, VIEW_HEIGHT,
    VIEW_WIDTH,
};
pub use projection::ConicEqualArea;
