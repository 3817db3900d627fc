//! What can be wrong with the map data, named precisely enough to fix: the
//! feature (index and name) and the property or geometry at fault.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GeoError {
    /// Not JSON, or not a GeoJSON FeatureCollection.
    Parse(String),
    MissingGeometry {
        feature: String,
    },
    UnsupportedGeometry {
        feature: String,
        kind: &'static str,
    },
    MissingProperty {
        feature: String,
        property: &'static str,
    },
    InvalidProperty {
        feature: String,
        property: &'static str,
        value: String,
    },
    /// Every ring was degenerate once projected and rounded.
    EmptyGeometry {
        feature: String,
    },
    NoFocusCountries,
    /// A line of the baked map (assets/geo/central-asia.map.tsv) is malformed.
    Baked {
        line: usize,
        problem: String,
    },
}

impl fmt::Display for GeoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GeoError::Parse(e) => write!(f, "map data is not a GeoJSON FeatureCollection: {e}"),
            GeoError::MissingGeometry { feature } => write!(f, "feature {feature} has no geometry"),
            GeoError::UnsupportedGeometry { feature, kind } => {
                write!(
                    f,
                    "feature {feature} is a {kind}; only Polygon and MultiPolygon are supported"
                )
            }
            GeoError::MissingProperty { feature, property } => {
                write!(
                    f,
                    "feature {feature} lacks the string property \"{property}\""
                )
            }
            GeoError::InvalidProperty {
                feature,
                property,
                value,
            } => {
                write!(
                    f,
                    "feature {feature} has an invalid {property}: \"{value}\""
                )
            }
            GeoError::EmptyGeometry { feature } => {
                write!(f, "feature {feature} has no drawable ring at map scale")
            }
            GeoError::NoFocusCountries => write!(f, "map data has no feature with role \"focus\""),
            GeoError::Baked { line, problem } => {
                write!(f, "baked map, line {line}: {problem}")
            }
        }
    }
}

impl std::error::Error for GeoError {}

#[cfg(test)]
mod tests {
    //! Error reporting needs hand-made bad input; the real file is covered by
    //! tests/core_map_geometry.rs.
    use super::GeoError;
    use crate::geo::build_map;

    fn feature(props: &str, geometry: &str) -> String {
        format!(
            r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{props},"geometry":{geometry}}}]}}"#
        )
    }

    const SQUARE: &str =
        r#"{"type":"Polygon","coordinates":[[[60,40],[70,40],[70,45],[60,45],[60,40]]]}"#;

    #[test]
    fn errors_name_the_feature_and_the_problem() {
        let err = |text: &str| build_map(text).unwrap_err();
        let e = err(&feature(
            r#"{"name":"Nowhere","iso_a3":"NWH","role":"focus"}"#,
            SQUARE,
        ));
        assert_eq!(
            e,
            GeoError::MissingProperty {
                feature: "#0 \"Nowhere\"".into(),
                property: "iso_a2"
            }
        );
        assert!(
            e.to_string().contains("Nowhere") && e.to_string().contains("iso_a2"),
            "{e}"
        );

        let e = err(&feature(
            r#"{"name":"Dot","iso_a2":"DT","iso_a3":"DOT","role":"focus"}"#,
            r#"{"type":"Point","coordinates":[1,2]}"#,
        ));
        assert!(
            matches!(e, GeoError::UnsupportedGeometry { kind: "Point", .. }),
            "{e:?}"
        );
        assert!(
            e.to_string().contains("Dot") && e.to_string().contains("Point"),
            "{e}"
        );

        let e = err(&feature(
            r#"{"name":"X","iso_a2":"XX","iso_a3":"XXX","role":"hero"}"#,
            SQUARE,
        ));
        assert!(e.to_string().contains("hero"), "{e}");
        let e = err(&feature(
            r#"{"name":"X","iso_a2":"xx","iso_a3":"XXX","role":"focus"}"#,
            SQUARE,
        ));
        assert!(
            matches!(
                e,
                GeoError::InvalidProperty {
                    property: "iso_a2",
                    ..
                }
            ),
            "{e:?}"
        );
        let e = err(&feature(
            r#"{"name":"X","iso_a2":"XX","iso_a3":"XXX","role":"focus"}"#,
            "null",
        ));
        assert!(
            matches!(e, GeoError::MissingGeometry { .. }) && e.to_string().contains("\"X\""),
            "{e:?}"
        );
        assert_eq!(
            err(&feature(
                r#"{"name":"X","iso_a2":"XX","iso_a3":"XXX","role":"context"}"#,
                SQUARE
            )),
            GeoError::NoFocusCountries
        );
        assert!(matches!(err("{\"type\":\"Point\""), GeoError::Parse(_)));
    }

    #[test]
    fn a_feature_too_small_to_draw_is_an_error_not_a_blank() {
        let tiny =
            r#"{"type":"Polygon","coordinates":[[[50,50],[50.0001,50],[50,50.0001],[50,50]]]}"#;
        let text = format!(
            r#"{{"type":"FeatureCollection","features":[
            {{"type":"Feature","properties":{{"name":"Big","iso_a2":"BG","iso_a3":"BIG","role":"focus"}},"geometry":{SQUARE}}},
            {{"type":"Feature","properties":{{"name":"Speck","iso_a2":"SP","iso_a3":"SPK","role":"context"}},"geometry":{tiny}}}]}}"#
        );
        let e = build_map(&text).unwrap_err();
        assert!(
            matches!(&e, GeoError::EmptyGeometry { feature } if feature.contains("Speck")),
            "{e:?}"
        );
    }
}
