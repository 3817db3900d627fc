//! SVG path strings: rounding, closing, winding, degenerate rings, MultiPolygon.

use central_asia_rights_map::core::geo::path::{
    geometry_path, parse_path, project_polygon, round1, signed_area2, to_svg_path, write_coord,
};
use geojson::{Geometry, GeometryValue, Position};
use std::str::FromStr;

fn identity(x: f64, y: f64) -> (f64, f64) {
    (x, y)
}

fn geometry(json: &str) -> GeometryValue {
    Geometry::from_str(json).expect("valid geometry").value
}

fn coord(v: f64) -> String {
    let mut s = String::new();
    write_coord(&mut s, v);
    s
}

fn ring(points: &[(f64, f64)]) -> Vec<Position> {
    points.iter().map(|&p| Position::from(p)).collect()
}

#[test]
fn coordinates_round_to_one_decimal_in_shortest_form() {
    assert_eq!(coord(12.0), "12");
    assert_eq!(coord(12.34), "12.3");
    assert_eq!(coord(12.36), "12.4");
    assert_eq!(coord(-3.25), "-3.3", "half away from zero");
    assert_eq!(coord(0.96), "1");
    assert_eq!(coord(-0.96), "-1");
    assert_eq!(coord(-0.5), "-0.5");
    assert_eq!(coord(-0.07), "-0.1");
    assert_eq!(coord(1234.05), "1234.1");
}

#[test]
fn no_negative_zero() {
    for v in [-0.0, -0.04, -0.049, 0.04, 0.0] {
        assert_eq!(coord(v), "0", "{v}");
        assert!(round1(v).is_sign_positive(), "round1({v}) = {}", round1(v));
    }
}

#[test]
fn polygon_is_closed_with_z_and_uses_move_then_line() {
    let g = geometry(r#"{"type":"Polygon","coordinates":[[[0,0],[0,10],[10,10],[10,0],[0,0]]]}"#);
    let d = geometry_path(&g, &identity).unwrap();
    assert!(d.starts_with('M') && d.ends_with('z'), "{d}");
    assert_eq!(d.matches('M').count(), 1);
    assert_eq!(d.matches('l').count(), 1);
    assert_eq!(
        parse_path(&d).unwrap()[0].len(),
        4,
        "closing point is left to z: {d}"
    );
}

#[test]
fn exterior_is_clockwise_on_screen_and_holes_the_other_way() {
    // Exterior given anticlockwise on screen, hole given clockwise: both flip.
    let g = geometry(
        r#"{"type":"Polygon","coordinates":[
            [[0,0],[0,10],[10,10],[10,0],[0,0]],
            [[2,2],[8,2],[8,8],[2,8],[2,2]]]}"#,
    );
    let d = geometry_path(&g, &identity).unwrap();
    assert_eq!(d, "M0 0l10 0 0 10-10 0zM2 2l0 6 6 0 0-6z");
    let GeometryValue::Polygon { coordinates } = &g else {
        unreachable!()
    };
    let p = project_polygon(coordinates, &identity).unwrap();
    assert!(signed_area2(&p[0]) > 0.0);
    assert!(signed_area2(&p[1]) < 0.0);
}

#[test]
fn projection_is_applied_before_rounding() {
    let g = geometry(r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}"#);
    let d = geometry_path(&g, &|x, y| (x * 3.33 + 100.0, -y * 3.33)).unwrap();
    assert_eq!(d, "M100 0l0-3.3 3.3 0 0 3.3z");
    assert_eq!(
        parse_path(&d).unwrap(),
        vec![vec![
            (100.0, 0.0),
            (100.0, -3.3),
            (103.3, -3.3),
            (103.3, 0.0)
        ]]
    );
}

#[test]
fn points_that_merge_after_rounding_are_written_once() {
    let g = geometry(
        r#"{"type":"Polygon","coordinates":[[[0,0],[0.01,0.01],[0,5],[5,5],[5.02,5],[5,0],[0,0]]]}"#,
    );
    assert_eq!(geometry_path(&g, &identity).unwrap(), "M0 0l5 0 0 5-5 0z");
}

#[test]
fn degenerate_rings_are_dropped() {
    // Collapses to two distinct points once rounded.
    let sliver = ring(&[
        (0.0, 0.0),
        (0.02, 0.0),
        (3.0, 0.0),
        (3.01, 0.03),
        (0.0, 0.0),
    ]);
    assert_eq!(
        project_polygon(std::slice::from_ref(&sliver), &identity),
        None
    );
    // An A-B-A-B ring has four consecutive-distinct points but only two distinct.
    let zigzag = ring(&[(0.0, 0.0), (1.0, 1.0), (0.0, 0.0), (1.0, 1.0), (0.0, 0.0)]);
    assert_eq!(project_polygon(&[zigzag], &identity), None);
    // A degenerate hole goes; its exterior stays.
    let square = ring(&[(0.0, 0.0), (9.0, 0.0), (9.0, 9.0), (0.0, 9.0), (0.0, 0.0)]);
    let kept = project_polygon(&[square, sliver], &identity).unwrap();
    assert_eq!(kept.len(), 1);
    // Three distinct points survive.
    let triangle = ring(&[(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (0.0, 0.0)]);
    assert_eq!(
        project_polygon(&[triangle], &identity).map(|p| p[0].len()),
        Some(3)
    );
}

#[test]
fn a_polygon_without_an_exterior_gives_an_empty_path() {
    let g = geometry(r#"{"type":"Polygon","coordinates":[[[0,0],[0.01,0],[0,0.01],[0,0]]]}"#);
    assert_eq!(geometry_path(&g, &identity).as_deref(), Some(""));
}

#[test]
fn multipolygon_writes_each_part_and_drops_degenerate_ones() {
    let g = geometry(
        r#"{"type":"MultiPolygon","coordinates":[
            [[[0,0],[4,0],[4,4],[0,4],[0,0]]],
            [[[100,100],[100.01,100],[100,100.01],[100,100]]],
            [[[10,10],[12,10],[11,12],[10,10]]]]}"#,
    );
    let d = geometry_path(&g, &identity).unwrap();
    assert_eq!(d.matches('M').count(), 2, "{d}");
    assert_eq!(d.matches('z').count(), 2, "{d}");
    assert!(d.contains("M10 10") && !d.contains("100"), "{d}");
}

#[test]
fn other_geometry_types_are_not_paths() {
    let point = geometry(r#"{"type":"Point","coordinates":[1,2]}"#);
    let line = geometry(r#"{"type":"LineString","coordinates":[[1,2],[3,4]]}"#);
    assert_eq!(geometry_path(&point, &identity), None);
    assert_eq!(geometry_path(&line, &identity), None);
}

#[test]
fn output_is_deterministic() {
    let g = geometry(
        r#"{"type":"Polygon","coordinates":[[[0.123,0.456],[7.891,0.2],[3.3,9.99],[0.123,0.456]]]}"#,
    );
    let a = geometry_path(&g, &|x, y| (x * 17.17, y * -3.1));
    let b = geometry_path(&g, &|x, y| (x * 17.17, y * -3.1));
    assert_eq!(a, b);
    assert_eq!(a.unwrap(), "M2.1-1.4l54.6-29.6 78.8 30.4z");
}

#[test]
fn relative_steps_add_up_to_the_rounded_points_exactly() {
    // Many small steps of a tenth: no drift, and the shortest number forms.
    let ring: Vec<(f64, f64)> = (0..200)
        .map(|i| (0.1 * i as f64, -0.05 * (i % 7) as f64))
        .chain([(5.0, 30.0)])
        .collect();
    let d = to_svg_path(&[vec![ring.clone()]]);
    assert!(
        d.contains(".1") && !d.contains("0.1") && !d.contains("-0 ") && !d.contains(".0"),
        "{d:.80}"
    );
    let back = parse_path(&d).unwrap();
    let expected: Vec<(f64, f64)> = ring.iter().map(|&(x, y)| (round1(x), round1(y))).collect();
    assert_eq!(back, vec![expected]);
    assert!(parse_path("M1 2l3").is_err() && parse_path("L1 2z").is_err());
}
