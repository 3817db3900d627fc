//! The Albers conic against d3-geo's own numbers (scripts/d3-fixture.mjs), and
//! against properties of the projection that d3 does not need to vouch for.

use central_asia_rights_map::core::geo::ConicEqualArea;
use serde::Deserialize;

#[derive(Deserialize)]
struct Fixture {
    config: Config,
    points: Vec<Point>,
    inverse: Vec<Inverse>,
}

#[derive(Deserialize)]
struct Config {
    parallels: [f64; 2],
    rotate: [f64; 2],
    center: [f64; 2],
    scale: f64,
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Point {
    name: String,
    lon: f64,
    lat: f64,
    x: f64,
    y: f64,
    inv_lon: f64,
    inv_lat: f64,
}

#[derive(Deserialize)]
struct Inverse {
    x: f64,
    y: f64,
    lon: f64,
    lat: f64,
}

const TOLERANCE: f64 = 1e-6;

fn fixture() -> (Fixture, ConicEqualArea) {
    let text = include_str!("fixtures/d3-conic-equal-area.json");
    let f: Fixture = serde_json::from_str(text).expect("fixture parses");
    let c = &f.config;
    assert_eq!(c.rotate[1], 0.0, "only a longitude rotation is modelled");
    let p = ConicEqualArea::new(c.parallels[0], c.parallels[1])
        .rotate(c.rotate[0])
        .center(c.center[0], c.center[1])
        .scale(c.scale)
        .translate(c.translate[0], c.translate[1]);
    (f, p)
}

fn close(a: (f64, f64), b: (f64, f64), tol: f64) -> bool {
    (a.0 - b.0).abs() <= tol && (a.1 - b.1).abs() <= tol
}

#[test]
fn fixture_is_substantial() {
    let (f, _) = fixture();
    assert!(f.points.len() >= 30, "{} points", f.points.len());
    assert!(f.inverse.len() >= 10);
    for capital in ["Astana", "Bishkek", "Dushanbe", "Ashgabat", "Tashkent"] {
        assert!(
            f.points.iter().any(|p| p.name == capital),
            "{capital} missing"
        );
    }
}

#[test]
fn project_matches_d3() {
    let (f, p) = fixture();
    for pt in &f.points {
        let got = p.project(pt.lon, pt.lat);
        assert!(
            close(got, (pt.x, pt.y), TOLERANCE),
            "{}: got {got:?}, d3 ({}, {})",
            pt.name,
            pt.x,
            pt.y
        );
    }
}

#[test]
fn invert_of_projected_points_matches_d3() {
    let (f, p) = fixture();
    for pt in &f.points {
        let got = p.invert(pt.x, pt.y);
        let want = (pt.inv_lon, pt.inv_lat);
        assert!(
            close(got, want, TOLERANCE),
            "{}: got {got:?}, d3 {want:?}",
            pt.name
        );
    }
}

#[test]
fn invert_of_arbitrary_screen_points_matches_d3() {
    let (f, p) = fixture();
    for pt in &f.inverse {
        let got = p.invert(pt.x, pt.y);
        assert!(
            close(got, (pt.lon, pt.lat), TOLERANCE),
            "({}, {}): got {got:?}, d3 ({}, {})",
            pt.x,
            pt.y,
            pt.lon,
            pt.lat
        );
    }
}

#[test]
fn preset_is_the_fixture_configuration_at_unit_scale() {
    let (f, _) = fixture();
    let preset = ConicEqualArea::central_asia().scale(1000.0);
    for pt in &f.points {
        assert!(
            close(preset.project(pt.lon, pt.lat), (pt.x, pt.y), TOLERANCE),
            "{}",
            pt.name
        );
    }
}

#[test]
fn round_trip_over_the_clip_box() {
    let p = ConicEqualArea::central_asia()
        .scale(1234.5)
        .translate(480.0, 333.0);
    for i in 0..=22 {
        for j in 0..=29 {
            let (lon, lat) = (40.0 + 2.5 * i as f64, 30.0 + j as f64);
            let (x, y) = p.project(lon, lat);
            let back = p.invert(x, y);
            assert!(
                close(back, (lon, lat), 1e-9),
                "({lon}, {lat}) -> ({x}, {y}) -> {back:?}"
            );
        }
    }
}

#[test]
fn centre_lands_on_translate_and_north_is_up() {
    let p = ConicEqualArea::central_asia()
        .scale(800.0)
        .translate(500.0, 300.0);
    assert!(close(p.project(67.0, 45.0), (500.0, 300.0), 1e-9));
    // y grows downward: a point further north has a smaller y.
    assert!(p.project(67.0, 50.0).1 < p.project(67.0, 40.0).1);
    // The central meridian is vertical; east is to the right.
    assert!((p.project(67.0, 55.0).0 - 500.0).abs() < 1e-9);
    assert!(p.project(70.0, 45.0).0 > 500.0);
}

/// Area of a projected lon/lat cell over its area on the unit sphere.
fn area_ratio(p: &ConicEqualArea, lon: f64, lat: f64) -> f64 {
    let d = 0.01;
    let corners = [
        (lon, lat),
        (lon + d, lat),
        (lon + d, lat + d),
        (lon, lat + d),
    ];
    let xy: Vec<(f64, f64)> = corners.iter().map(|&(a, b)| p.project(a, b)).collect();
    let planar = (0..4)
        .map(|i| xy[i].0 * xy[(i + 1) % 4].1 - xy[(i + 1) % 4].0 * xy[i].1)
        .sum::<f64>()
        .abs()
        / 2.0;
    let sphere = d.to_radians() * ((lat + d).to_radians().sin() - lat.to_radians().sin());
    planar / sphere
}

#[test]
fn equal_area_everywhere_in_the_box() {
    let p = ConicEqualArea::central_asia().scale(100.0);
    let reference = area_ratio(&p, 67.0, 45.0);
    assert!(
        (reference - 100.0 * 100.0).abs() / reference < 1e-4,
        "{reference}"
    );
    for (lon, lat) in [(41.0, 31.0), (94.0, 58.0), (50.0, 55.0), (90.0, 35.0)] {
        let r = area_ratio(&p, lon, lat);
        assert!(
            (r - reference).abs() / reference < 1e-4,
            "({lon}, {lat}): {r} vs {reference}"
        );
    }
}

#[test]
fn standard_parallels_keep_true_scale() {
    let p = ConicEqualArea::central_asia();
    for lat in [40.0_f64, 50.0] {
        let (a, b) = (p.project(66.995, lat), p.project(67.005, lat));
        let along = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt();
        let true_length = 0.01_f64.to_radians() * lat.to_radians().cos();
        assert!(
            (along / true_length - 1.0).abs() < 1e-6,
            "lat {lat}: {}",
            along / true_length
        );
    }
    // Between the parallels the scale along them shrinks: that is the trade-off.
    let (a, b) = (p.project(66.995, 45.0), p.project(67.005, 45.0));
    let k = (b.0 - a.0).hypot(b.1 - a.1) / (0.01_f64.to_radians() * 45f64.to_radians().cos());
    assert!(k < 0.999 && k > 0.98, "{k}");
}

#[test]
#[should_panic(expected = "cylinder")]
fn symmetric_parallels_are_rejected() {
    let _ = ConicEqualArea::new(-30.0, 30.0);
}
