//! Fitting projected geometry into a viewport, as its own step (like d3's
//! `fitExtent`): project once at scale 1 / translate (0, 0), measure the
//! bounds, then derive the scale and translate that frame them.

/// An axis-aligned box in projected (SVG) coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    pub min_x: f64,
    pub min_y: f64,
    pub max_x: f64,
    pub max_y: f64,
}

impl Bounds {
    /// The empty box: extending it with a point gives that point.
    pub const EMPTY: Bounds = Bounds {
        min_x: f64::INFINITY,
        min_y: f64::INFINITY,
        max_x: f64::NEG_INFINITY,
        max_y: f64::NEG_INFINITY,
    };

    pub fn extend(&mut self, x: f64, y: f64) {
        self.min_x = self.min_x.min(x);
        self.min_y = self.min_y.min(y);
        self.max_x = self.max_x.max(x);
        self.max_y = self.max_y.max(y);
    }

    pub fn union(mut self, other: Bounds) -> Bounds {
        if !other.is_empty() {
            self.extend(other.min_x, other.min_y);
            self.extend(other.max_x, other.max_y);
        }
        self
    }

    pub fn is_empty(&self) -> bool {
        !(self.min_x <= self.max_x && self.min_y <= self.max_y)
    }

    pub fn width(&self) -> f64 {
        self.max_x - self.min_x
    }

    pub fn height(&self) -> f64 {
        self.max_y - self.min_y
    }
}

/// Scale and translate for a projection whose bounds were measured at scale 1
/// and translate (0, 0).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fit {
    pub scale: f64,
    pub translate: (f64, f64),
}

impl Fit {
    /// Where a point measured at scale 1 / translate (0, 0) ends up.
    pub fn apply(&self, x: f64, y: f64) -> (f64, f64) {
        (
            self.translate.0 + self.scale * x,
            self.translate.1 + self.scale * y,
        )
    }
}

/// Fits `bounds` into `width` × `height` inset by `padding` on every side,
/// keeping the aspect ratio and centring the slack (d3's `fitExtent`).
/// `None` when the bounds are empty or have no extent in either direction
/// (nothing to scale), or when the padding leaves no room.
pub fn fit_extent(bounds: Bounds, width: f64, height: f64, padding: f64) -> Option<Fit> {
    let (w, h) = (width - 2.0 * padding, height - 2.0 * padding);
    if bounds.is_empty() || w <= 0.0 || h <= 0.0 {
        return None;
    }
    // A box flat in one direction is still framed by the other one.
    let kx = if bounds.width() > 0.0 {
        w / bounds.width()
    } else {
        f64::INFINITY
    };
    let ky = if bounds.height() > 0.0 {
        h / bounds.height()
    } else {
        f64::INFINITY
    };
    let k = kx.min(ky);
    if !k.is_finite() {
        return None;
    }
    Some(Fit {
        scale: k,
        translate: (
            padding + (w - k * (bounds.min_x + bounds.max_x)) / 2.0,
            padding + (h - k * (bounds.min_y + bounds.max_y)) / 2.0,
        ),
    })
}
