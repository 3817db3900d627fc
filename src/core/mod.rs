//! The pure core: no view framework, no browser bindings. Everything here is
//! tested with plain `cargo test` and is deterministic.
pub mod colour;
pub mod data;
pub mod embed;
pub mod export;
pub mod geo;
pub mod messages;
pub mod number;
pub mod shipped;
pub mod tour;
pub mod url_state;
pub mod view_model;
pub mod zoom;
