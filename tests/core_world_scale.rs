//! The scale benchmark's workload (core::geo::world) does the real work: every
//! feature becomes a path inside the requested box.
use central_asia_rights_map::core::geo::path::parse_path;
use central_asia_rights_map::core::geo::world::{parse_world, project_world};
use central_asia_rights_map::core::geo::CENTRAL_ASIA_GEOJSON;

#[test]
fn every_feature_becomes_a_path_inside_the_box() {
    let fc = parse_world(CENTRAL_ASIA_GEOJSON).expect("the shipped GeoJSON parses");
    let world = project_world(&fc, 960.0, 500.0).expect("it projects");
    assert_eq!(world.features, 23);
    assert_eq!(world.paths.len(), 23);
    assert!(
        world.path_bytes() > 30_000,
        "{} bytes of paths",
        world.path_bytes()
    );
    for d in &world.paths {
        for (x, y) in parse_path(d).unwrap().into_iter().flatten() {
            assert!(
                (-0.05..=960.05).contains(&x) && (-0.05..=500.05).contains(&y),
                "{x},{y} outside"
            );
        }
    }
}

#[test]
fn the_same_input_gives_the_same_paths() {
    let fc = parse_world(CENTRAL_ASIA_GEOJSON).unwrap();
    assert_eq!(
        project_world(&fc, 960.0, 500.0).unwrap(),
        project_world(&fc, 960.0, 500.0).unwrap()
    );
}

#[test]
fn a_file_without_polygons_is_an_error_not_a_panic() {
    let fc = parse_world(r#"{"type":"FeatureCollection","features":[]}"#).unwrap();
    assert!(project_world(&fc, 960.0, 500.0).is_err());
    assert!(parse_world("{").is_err());
}

#[test]
fn the_timed_runs_report_medians_from_the_given_clock() {
    use central_asia_rights_map::core::geo::world::time_scale;
    use std::cell::Cell;
    // A clock that advances 1 ms per reading: each step takes 1 ms.
    let ticks = Cell::new(0.0);
    let report = time_scale(CENTRAL_ASIA_GEOJSON, 3, || {
        ticks.set(ticks.get() + 1.0);
        ticks.get()
    })
    .unwrap();
    assert_eq!(
        (report.runs, report.parse_ms, report.project_ms),
        (3, 1.0, 1.0)
    );
    assert_eq!(report.world.paths.len(), 23);
    assert!(
        report.to_string().starts_with("23 features, 23 paths"),
        "{report}"
    );
}
