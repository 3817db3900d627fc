//! The thin Leptos view layer: reads what the core computed.
pub fn mount() {}
