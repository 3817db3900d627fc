//! What `build.rs` baked for the browser: the data from `assets/data/`
//! (see `core::data::bake`) and the map's labels and boxes without its paths
//! (see `core::geo::baked`). Kept apart because `build.rs` compiles
//! `core::data` itself, before these files exist.
use super::data::{bake, RightsData};
use super::geo::baked::decode;
use super::geo::MapGeometry;

/// The shipped data in English, checked and baked by `build.rs` (the other
/// languages are packs: `messages::packs`).
pub const RIGHTS_BAKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/rights.postcard"));

/// The shipped data in English.
pub fn shipped_data() -> Result<RightsData, String> {
    bake::decode(RIGHTS_BAKED)
}

/// The baked map with every path empty (`build.rs` strips them).
pub const MAP_WITHOUT_PATHS: &str =
    include_str!(concat!(env!("OUT_DIR"), "/central-asia.labels.tsv"));

/// The map's projection, labels, boxes and capitals, paths still empty:
/// `core::geo::baked::fill_paths` completes it.
pub fn map_without_paths() -> Result<MapGeometry, String> {
    decode(MAP_WITHOUT_PATHS).map_err(|e| e.to_string())
}
