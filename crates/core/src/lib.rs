//! The Central Asia Rights Map's pure core: no view framework, no browser
//! bindings (this crate does not depend on them, so importing one is a compile
//! error). Everything here is tested with plain `cargo test` and is
//! deterministic. The app re-exports it as `central_asia_rights_map::core`.
pub mod cite;
pub mod colour;
pub mod data;
pub mod embed;
pub mod export;
pub mod geo;
pub mod label_sets;
pub mod map_text;
pub mod messages;
pub mod number;
pub mod pages;
pub mod shipped;
pub mod text;
pub mod tour;
pub mod url_state;
pub mod view_model;
pub mod zoom;
