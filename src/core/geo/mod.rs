//! Projection, fitting and SVG paths.
