//! Fitting projected bounds into a viewport (d3's fitExtent semantics).

use central_asia_rights_map::core::geo::fit::{fit_extent, Bounds, Fit};
use central_asia_rights_map::core::geo::ConicEqualArea;

fn bounds(min_x: f64, min_y: f64, max_x: f64, max_y: f64) -> Bounds {
    Bounds {
        min_x,
        min_y,
        max_x,
        max_y,
    }
}

fn near(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn wide_bounds_fill_the_width_and_centre_vertically() {
    // 4 x 1 into 100 x 100 with padding 10: width-bound, scale 80/4 = 20.
    let fit = fit_extent(bounds(-2.0, -0.5, 2.0, 0.5), 100.0, 100.0, 10.0).unwrap();
    assert!(near(fit.scale, 20.0), "{fit:?}");
    let (x0, y0) = fit.apply(-2.0, -0.5);
    let (x1, y1) = fit.apply(2.0, 0.5);
    assert!(near(x0, 10.0) && near(x1, 90.0), "{x0} {x1}");
    assert!(near(y0, 40.0) && near(y1, 60.0), "{y0} {y1}");
}

#[test]
fn tall_bounds_fill_the_height_and_centre_horizontally() {
    let fit = fit_extent(bounds(10.0, 20.0, 11.0, 24.0), 300.0, 200.0, 0.0).unwrap();
    assert!(near(fit.scale, 50.0), "{fit:?}");
    let (x0, y0) = fit.apply(10.0, 20.0);
    let (x1, y1) = fit.apply(11.0, 24.0);
    assert!(near(y0, 0.0) && near(y1, 200.0));
    assert!(near(x0, 125.0) && near(x1, 175.0), "{x0} {x1}");
}

#[test]
fn matches_d3_fit_extent_formula_for_offset_bounds() {
    // d3: k = min(w/bw, h/bh); x = x0 + (w - k(bx1 + bx0))/2; same for y.
    let b = bounds(3.0, -7.0, 9.0, -1.0);
    let fit = fit_extent(b, 640.0, 480.0, 20.0).unwrap();
    let k = f64::min(600.0 / 6.0, 440.0 / 6.0);
    let want = Fit {
        scale: k,
        translate: (
            20.0 + (600.0 - k * 12.0) / 2.0,
            20.0 + (440.0 - k * -8.0) / 2.0,
        ),
    };
    assert!(
        near(fit.scale, want.scale)
            && near(fit.translate.0, want.translate.0)
            && near(fit.translate.1, want.translate.1)
    );
}

#[test]
fn fitted_projection_puts_bounds_inside_the_padded_viewport() {
    let unit = ConicEqualArea::central_asia();
    let mut b = Bounds::EMPTY;
    let samples = [
        (46.5, 48.0),
        (87.3, 49.2),
        (67.0, 55.4),
        (61.0, 35.1),
        (73.0, 36.7),
    ];
    for (lon, lat) in samples {
        let (x, y) = unit.project(lon, lat);
        b.extend(x, y);
    }
    let fit = fit_extent(b, 1000.0, 700.0, 16.0).unwrap();
    let p = unit
        .scale(fit.scale)
        .translate(fit.translate.0, fit.translate.1);
    let mut touches = 0;
    for (lon, lat) in samples {
        let (x, y) = p.project(lon, lat);
        assert!((16.0 - 1e-9..=984.0 + 1e-9).contains(&x), "x {x}");
        assert!((16.0 - 1e-9..=684.0 + 1e-9).contains(&y), "y {y}");
        touches += usize::from(near(y, 16.0) || near(y, 684.0) || near(x, 16.0) || near(x, 984.0));
    }
    assert!(touches >= 2, "the fit is tight on the binding axis");
}

#[test]
fn bounds_union_and_empty() {
    assert!(Bounds::EMPTY.is_empty());
    let mut a = Bounds::EMPTY;
    a.extend(1.0, 2.0);
    assert!(!a.is_empty());
    assert_eq!((a.width(), a.height()), (0.0, 0.0));
    let u = a.union(bounds(-1.0, 5.0, 0.0, 6.0)).union(Bounds::EMPTY);
    assert_eq!(u, bounds(-1.0, 2.0, 1.0, 6.0));
}

#[test]
fn degenerate_inputs_give_none() {
    assert_eq!(fit_extent(Bounds::EMPTY, 100.0, 100.0, 0.0), None);
    assert_eq!(
        fit_extent(bounds(1.0, 1.0, 1.0, 1.0), 100.0, 100.0, 0.0),
        None
    );
    assert_eq!(
        fit_extent(bounds(0.0, 0.0, 1.0, 1.0), 100.0, 100.0, 50.0),
        None
    );
}

#[test]
fn a_flat_box_is_framed_by_its_other_axis() {
    let fit = fit_extent(bounds(0.0, 5.0, 10.0, 5.0), 200.0, 100.0, 0.0).unwrap();
    assert!(near(fit.scale, 20.0));
    assert!(near(fit.apply(0.0, 5.0).1, 50.0), "centred vertically");
}
