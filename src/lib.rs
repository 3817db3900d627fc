//! Central Asia Rights Map.
//!
//! `core` is the pure core, a crate of its own (crates/core: data,
//! projection, paths, colours, URL state), tested with plain `cargo test`;
//! `ui` is the thin Leptos view layer. The same components run in the
//! browser (compiled to WebAssembly) and natively, where crates/site renders
//! every page with them.
pub use rights_map_core as core;
pub mod ui;
