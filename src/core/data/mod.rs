//! Data model, loading and validation.
