//! Albers equal-area conic projection, the same maths as d3-geo's
//! `geoConicEqualArea` (its `conicEqualAreaRaw` plus the rotate / center /
//! scale / translate steps of `geoProjection`), so that values can be checked
//! against d3 itself (tests/fixtures/d3-conic-equal-area.json).
//!
//! Equal-area matters here: the map colours whole countries, and an
//! area-distorting projection would make Kazakhstan look even larger than it is.
//! Output y grows downward, as in SVG.

use std::f64::consts::PI;

/// A configured Albers equal-area conic projection. Angles in the public API
/// are in degrees; output is in SVG user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ConicEqualArea {
    /// Cone constant.
    n: f64,
    c: f64,
    /// Radius of the parallel through the raw origin.
    rho0: f64,
    /// Rotation about the polar axis, in radians (d3's `rotate([λ, 0])`).
    rotate: f64,
    /// Raw (unrotated, unscaled) projection of the configured center.
    center_raw: (f64, f64),
    scale: f64,
    translate: (f64, f64),
}

impl ConicEqualArea {
    /// A projection with standard parallels `phi0`, `phi1` (degrees), no
    /// rotation, center (0, 0), scale 1 and translate (0, 0).
    ///
    /// # Panics
    /// If the parallels are symmetric about the equator: the cone degenerates
    /// into a cylinder, which this map never needs (d3 switches projection).
    pub fn new(phi0: f64, phi1: f64) -> Self {
        let sy0 = phi0.to_radians().sin();
        let n = (sy0 + phi1.to_radians().sin()) / 2.0;
        assert!(
            n.abs() > 1e-6,
            "parallels {phi0}, {phi1} give a cylinder, not a cone"
        );
        let c = 1.0 + sy0 * (2.0 * n - sy0);
        ConicEqualArea {
            n,
            c,
            rho0: c.sqrt() / n,
            rotate: 0.0,
            center_raw: (0.0, 0.0),
            scale: 1.0,
            translate: (0.0, 0.0),
        }
    }

    /// The Central Asia preset: parallels 40°N and 50°N bracket the region
    /// (at most 1.6% scale error between 35°N and 55.5°N), centred on 45°N
    /// 67°E. Scale 1, translate (0, 0): fit it to a viewport with `fit`.
    pub fn central_asia() -> Self {
        ConicEqualArea::new(40.0, 50.0)
            .rotate(-67.0)
            .center(0.0, 45.0)
    }

    /// Rotate the globe by `lambda` degrees of longitude before projecting
    /// (d3: `rotate([lambda, 0])`; `-67` puts 67°E on the central meridian).
    pub fn rotate(mut self, lambda: f64) -> Self {
        self.rotate = lambda.to_radians();
        self
    }

    /// The (rotated-frame) point that lands on `translate` (d3: `center`).
    pub fn center(mut self, lon: f64, lat: f64) -> Self {
        self.center_raw = self.raw(lon.to_radians(), lat.to_radians());
        self
    }

    pub fn scale(mut self, k: f64) -> Self {
        self.scale = k;
        self
    }

    pub fn translate(mut self, x: f64, y: f64) -> Self {
        self.translate = (x, y);
        self
    }

    pub fn scale_factor(&self) -> f64 {
        self.scale
    }

    pub fn translation(&self) -> (f64, f64) {
        self.translate
    }

    /// Projects longitude/latitude in degrees to SVG coordinates.
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        let lambda = wrap(lon.to_radians() + self.rotate);
        let (x, y) = self.raw(lambda, lat.to_radians());
        (
            self.translate.0 + self.scale * (x - self.center_raw.0),
            self.translate.1 - self.scale * (y - self.center_raw.1),
        )
    }

    /// Inverse of `project`: SVG coordinates to longitude/latitude in degrees.
    /// Points beyond the projection's range clamp to a pole, as in d3.
    pub fn invert(&self, x: f64, y: f64) -> (f64, f64) {
        let rx = (x - self.translate.0) / self.scale + self.center_raw.0;
        let ry = (self.translate.1 - y) / self.scale + self.center_raw.1;
        let (lambda, phi) = self.raw_invert(rx, ry);
        (wrap(lambda - self.rotate).to_degrees(), phi.to_degrees())
    }

    /// d3's `conicEqualAreaRaw` forward: radians in, unit-sphere plane out (y up).
    fn raw(&self, lambda: f64, phi: f64) -> (f64, f64) {
        let r = (self.c - 2.0 * self.n * phi.sin()).sqrt() / self.n;
        let a = lambda * self.n;
        (r * a.sin(), self.rho0 - r * a.cos())
    }

    fn raw_invert(&self, x: f64, y: f64) -> (f64, f64) {
        let r0y = self.rho0 - y;
        let mut l = x.atan2(r0y.abs()) * sign(r0y);
        if r0y * self.n < 0.0 {
            l -= PI * sign(x) * sign(r0y);
        }
        let s = (self.c - (x * x + r0y * r0y) * self.n * self.n) / (2.0 * self.n);
        (l / self.n, s.clamp(-1.0, 1.0).asin())
    }
}

/// d3's `sign`: zero stays zero (unlike `f64::signum`), which matters on the
/// central meridian.
fn sign(v: f64) -> f64 {
    if v > 0.0 {
        1.0
    } else if v < 0.0 {
        -1.0
    } else {
        0.0
    }
}

/// Wraps an angle into [-π, π], as d3's rotation does after adding λ.
fn wrap(lambda: f64) -> f64 {
    if lambda > PI {
        lambda - 2.0 * PI
    } else if lambda < -PI {
        lambda + 2.0 * PI
    } else {
        lambda
    }
}
