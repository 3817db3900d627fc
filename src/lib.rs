//! Central Asia Rights Map.
//!
//! `core` is pure Rust (data, projection, paths, colours, URL state) and is
//! tested with plain `cargo test`; `ui` is the thin Leptos view layer.
pub mod core;
pub mod ui;
