//! Data model, loading and validation.
pub mod model;
pub use model::*;
