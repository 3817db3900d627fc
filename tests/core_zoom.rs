//! Zoom and pan of `core::zoom` as view-box arithmetic.
use central_asia_rights_map::core::zoom::*;

const SIZES: [(f64, f64); 3] = [(960.0, 600.0), (1000.0, 1000.0), (437.5, 812.25)];
const EPS: f64 = 1e-9;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6 * (1.0 + a.abs().max(b.abs()))
}

/// Whether the visible box lies inside the map (up to rounding).
fn inside(z: Zoom, width: f64, height: f64) -> bool {
    let (x, y, w, h) = z.view_box(width, height);
    x >= -EPS && y >= -EPS && x + w <= width + 1e-6 && y + h <= height + 1e-6
}

#[test]
fn reset_shows_the_whole_map() {
    for (width, height) in SIZES {
        let z = Zoom::reset(width, height);
        assert_eq!(z.k, MIN_ZOOM);
        assert!(!z.is_zoomed());
        assert_eq!(z.view_box(width, height), (0.0, 0.0, width, height));
        assert_eq!(
            z.clamped(width, height),
            z,
            "the whole map needs no clamping"
        );
    }
}

#[test]
fn scaled_clamps_to_the_limits() {
    let (width, height) = SIZES[0];
    let mut z = Zoom::reset(width, height);
    let mut seen = vec![z.k];
    for _ in 0..10 {
        z = z.scaled(ZOOM_STEP, width, height);
        seen.push(z.k);
    }
    assert_eq!(z.k, MAX_ZOOM);
    assert!(
        seen.windows(2).all(|p| p[1] >= p[0] && p[1] <= MAX_ZOOM),
        "{seen:?}"
    );
    assert!(z.is_zoomed());
    for _ in 0..10 {
        z = z.scaled(1.0 / ZOOM_STEP, width, height);
    }
    assert_eq!(z.k, MIN_ZOOM);
    assert!(!z.is_zoomed());
    assert_eq!(
        z,
        Zoom::reset(width, height),
        "zooming all the way out recentres"
    );
    assert_eq!(
        Zoom::reset(width, height).scaled(1000.0, width, height).k,
        MAX_ZOOM
    );
    assert_eq!(
        Zoom::reset(width, height).scaled(0.001, width, height).k,
        MIN_ZOOM
    );
    assert_eq!(Zoom::reset(width, height).scaled(3.0, width, height).k, 3.0);
}

#[test]
fn scaled_keeps_the_centre_when_it_fits() {
    let (width, height) = SIZES[0];
    let z = Zoom {
        k: 2.0,
        cx: 400.0,
        cy: 300.0,
    }
    .scaled(2.0, width, height);
    assert_eq!((z.k, z.cx, z.cy), (4.0, 400.0, 300.0));
    // Zooming out near an edge pulls the centre back so no empty space shows.
    let z = Zoom {
        k: 8.0,
        cx: 10.0,
        cy: 590.0,
    }
    .clamped(width, height);
    let out = z.scaled(0.5, width, height);
    assert!(inside(out, width, height));
    assert!(
        close(out.cx, width / 4.0 / 2.0) && close(out.cy, height - height / 4.0 / 2.0),
        "{out:?}"
    );
}

#[test]
fn clamped_keeps_the_view_inside_at_every_zoom() {
    for (width, height) in SIZES {
        for step in 0..=28 {
            let k = MIN_ZOOM + (MAX_ZOOM - MIN_ZOOM) * step as f64 / 28.0;
            for (cx, cy) in [
                (-1e6, -1e6),
                (1e6, 1e6),
                (0.0, height),
                (width, 0.0),
                (width / 3.0, height / 5.0),
            ] {
                let z = Zoom { k, cx, cy }.clamped(width, height);
                assert_eq!(z.k, k);
                assert!(
                    inside(z, width, height),
                    "k {k}, centre ({cx}, {cy}): {:?}",
                    z.view_box(width, height)
                );
                let (_, _, w, h) = z.view_box(width, height);
                assert!(close(w, width / k) && close(h, height / k));
            }
            // A centre already well inside is left alone.
            let centre = Zoom {
                k,
                cx: width / 2.0,
                cy: height / 2.0,
            };
            assert_eq!(centre.clamped(width, height), centre);
        }
    }
}

#[test]
fn panned_at_zoom_one_cannot_move() {
    for (width, height) in SIZES {
        let z = Zoom::reset(width, height);
        for (dx, dy) in [(50.0, 0.0), (0.0, -70.0), (1e9, -1e9), (-3.5, 2.25)] {
            assert_eq!(z.panned(dx, dy, width, height), z);
        }
    }
}

#[test]
fn panned_when_zoomed_moves_then_stops_at_the_edge() {
    let (width, height) = SIZES[0];
    let z = Zoom::reset(width, height).scaled(4.0, width, height);
    let moved = z.panned(30.0, -20.0, width, height);
    assert_eq!((moved.cx, moved.cy), (z.cx + 30.0, z.cy - 20.0));
    assert_eq!(moved.k, z.k);
    let far = z.panned(1e6, 1e6, width, height);
    let (x, y, w, h) = far.view_box(width, height);
    assert!(
        close(x + w, width) && close(y + h, height),
        "{:?}",
        (x, y, w, h)
    );
    let back = far.panned(-1e6, -1e6, width, height);
    let (x, y, _, _) = back.view_box(width, height);
    assert!(close(x, 0.0) && close(y, 0.0));
}

#[test]
fn view_box_and_percentages_agree() {
    for (width, height) in SIZES {
        for z in [
            Zoom::reset(width, height),
            Zoom {
                k: 2.0,
                cx: width * 0.3,
                cy: height * 0.6,
            }
            .clamped(width, height),
            Zoom {
                k: MAX_ZOOM,
                cx: width,
                cy: height,
            }
            .clamped(width, height),
        ] {
            let (x, y, w, h) = z.view_box(width, height);
            assert!(close(x + w / 2.0, z.cx) && close(y + h / 2.0, z.cy));
            let (px, py) = z.to_percent(z.cx, z.cy, width, height);
            assert!(close(px, 50.0) && close(py, 50.0), "centre at {px}%, {py}%");
            let (px, py) = z.to_percent(x, y, width, height);
            assert!(close(px, 0.0) && close(py, 0.0));
            let (px, py) = z.to_percent(x + w, y + h, width, height);
            assert!(close(px, 100.0) && close(py, 100.0));
            let (px, _) = z.to_percent(x + w / 4.0, y, width, height);
            assert!(close(px, 25.0));
        }
    }
    // A point left of the view is off to the left, by its distance in view widths.
    let (width, height) = SIZES[0];
    let z = Zoom {
        k: 2.0,
        cx: width / 2.0,
        cy: height / 2.0,
    };
    let (px, _) = z.to_percent(0.0, height / 2.0, width, height);
    assert!(close(px, -50.0), "{px}");
}

#[test]
fn view_box_attr_rounds_to_a_tenth_without_negative_zero() {
    assert_eq!(view_box_attr((0.0, 0.0, 960.0, 600.0)), "0 0 960 600");
    assert_eq!(
        view_box_attr((12.34, 5.66, 480.0, 299.95)),
        "12.3 5.7 480 300"
    );
    assert_eq!(
        view_box_attr((-0.0, -0.04, 1.0 / 3.0, 2.0 / 3.0)),
        "0 0 0.3 0.7"
    );
    assert_eq!(view_box_attr((-0.02, -1e-12, 120.0, 75.0)), "0 0 120 75");
    assert_eq!(view_box_attr((-12.36, -0.06, 1.0, 1.0)), "-12.4 -0.1 1 1");
    for (width, height) in SIZES {
        let mut z = Zoom::reset(width, height);
        for _ in 0..4 {
            let attr = view_box_attr(z.view_box(width, height));
            assert!(
                !attr.contains("-0 ") && !attr.ends_with("-0") && !attr.starts_with('-'),
                "{attr}"
            );
            assert_eq!(attr.split(' ').count(), 4);
            for part in attr.split(' ') {
                let v: f64 = part.parse().unwrap();
                assert!(
                    close(v * 10.0, (v * 10.0).round()),
                    "{part} has more than one decimal"
                );
                assert!(!part.contains('e'), "{part}");
            }
            z = z
                .scaled(ZOOM_STEP, width, height)
                .panned(-1e6, -1e6, width, height);
        }
    }
}

#[test]
fn revealing_moves_only_to_a_box_out_of_sight() {
    let (width, height) = (1000.0, 700.0);
    let z = Zoom {
        k: 4.0,
        cx: 200.0,
        cy: 200.0,
    }
    .clamped(width, height);
    // In sight (the centre is inside the view): nothing moves.
    let near = (180.0, 180.0, 220.0, 220.0);
    assert_eq!(z.revealing(near, width, height), z);
    // Out of sight: the same zoom, centred on the box.
    let far = (700.0, 400.0, 760.0, 460.0);
    let moved = z.revealing(far, width, height);
    assert_eq!(moved.k, z.k);
    assert!(
        close(moved.cx, 730.0) && close(moved.cy, 430.0),
        "{moved:?}"
    );
    assert!(inside(moved, width, height));
    // Near the edge, the view stays inside the map.
    let corner = (990.0, 690.0, 1000.0, 700.0);
    let edge = z.revealing(corner, width, height);
    assert!(inside(edge, width, height));
    let (x, y, w, h) = edge.view_box(width, height);
    assert!(
        x + w >= 995.0 - EPS && y + h >= 695.0 - EPS,
        "the box's centre is in sight"
    );
    // The whole map shows everything already.
    let whole = Zoom::reset(width, height);
    assert_eq!(whole.revealing(far, width, height), whole);
}

#[test]
fn a_pan_step_moves_a_third_of_the_view_and_stops_at_the_edge() {
    let (w, h) = (960.0, 600.0);
    let whole = Zoom::reset(w, h);
    for pan in Pan::ALL {
        assert!(!whole.can_pan(pan, w, h), "{pan:?} on the whole map");
        assert_eq!(whole.pan_step(pan, w, h), whole);
    }
    let zoomed = whole.scaled(ZOOM_STEP, w, h);
    let right = zoomed.pan_step(Pan::Right, w, h);
    assert!(close(right.cx - zoomed.cx, w / 2.0 * PAN_STEP));
    assert!(close(right.cy, zoomed.cy));
    let down = zoomed.pan_step(Pan::Down, w, h);
    assert!(close(down.cy - zoomed.cy, h / 2.0 * PAN_STEP));
    // Step by step to the edge: then that way is closed, the others open.
    let mut z = zoomed;
    for _ in 0..10 {
        z = z.pan_step(Pan::Left, w, h);
    }
    assert!(inside(z, w, h));
    assert!(!z.can_pan(Pan::Left, w, h));
    assert!(z.can_pan(Pan::Right, w, h) && z.can_pan(Pan::Up, w, h) && z.can_pan(Pan::Down, w, h));
}

#[test]
fn arrow_keys_name_pan_directions() {
    assert_eq!(Pan::from_key("ArrowLeft"), Some(Pan::Left));
    assert_eq!(Pan::from_key("ArrowRight"), Some(Pan::Right));
    assert_eq!(Pan::from_key("ArrowUp"), Some(Pan::Up));
    assert_eq!(Pan::from_key("ArrowDown"), Some(Pan::Down));
    assert_eq!(Pan::from_key("Enter"), None);
}
