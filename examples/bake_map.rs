//! Bakes the map: assets/geo/central-asia.geojson → assets/geo/central-asia.map.tsv
//! (paths, label points, boxes and capitals, computed by `build_map`). Run after
//! scripts/geo.sh changes the GeoJSON; tests/core_baked_map.rs fails until then.
//!   cargo run --example bake_map
use central_asia_rights_map::core::geo::baked::encode;
use central_asia_rights_map::core::geo::{build_map, CENTRAL_ASIA_GEOJSON};

fn main() {
    let map = build_map(CENTRAL_ASIA_GEOJSON)
        .unwrap_or_else(|e| panic!("assets/geo/central-asia.geojson: {e}"));
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/geo/central-asia.map.tsv"
    );
    std::fs::write(path, encode(&map)).unwrap_or_else(|e| panic!("{path}: {e}"));
    println!("bake_map: wrote {path}");
}
