//! The data the app shows, as `build.rs` baked it from `assets/data/`
//! (see `core::data::bake`). Kept outside `core::data` because `build.rs`
//! compiles that module itself, before these bytes exist.

/// The shipped data and Russian translation, checked and baked by `build.rs`.
pub const RIGHTS_BAKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/rights.postcard"));

/// The shipped data in English and in Russian.
pub fn shipped_data() -> Result<[super::data::RightsData; 2], String> {
    super::data::bake::decode(RIGHTS_BAKED)
}
