//! Zoom and pan of the map as a pure view-box computation: the SVG keeps its
//! paths and only its `viewBox` changes.
use crate::number::coord;

pub const MIN_ZOOM: f64 = 1.0;
pub const MAX_ZOOM: f64 = 8.0;
pub const ZOOM_STEP: f64 = 2.0;

/// A direction to move the zoomed map in: pan buttons and Shift+arrow keys,
/// for those who cannot drag (WCAG 2.5.7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pan {
    Left,
    Right,
    Up,
    Down,
}

impl Pan {
    pub const ALL: [Pan; 4] = [Pan::Up, Pan::Left, Pan::Right, Pan::Down];

    /// The direction an arrow key names (`ArrowLeft`…), if it is one.
    pub fn from_key(key: &str) -> Option<Pan> {
        match key {
            "ArrowLeft" => Some(Pan::Left),
            "ArrowRight" => Some(Pan::Right),
            "ArrowUp" => Some(Pan::Up),
            "ArrowDown" => Some(Pan::Down),
            _ => None,
        }
    }
}

/// One pan step moves the view by this share of what is in sight: enough to
/// get somewhere in a few presses, little enough to keep one's bearings.
pub const PAN_STEP: f64 = 1.0 / 3.0;

/// A zoom factor and the centre of the view, in map units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Zoom {
    pub k: f64,
    pub cx: f64,
    pub cy: f64,
}

impl Zoom {
    /// The whole map.
    pub fn reset(width: f64, height: f64) -> Zoom {
        Zoom {
            k: MIN_ZOOM,
            cx: width / 2.0,
            cy: height / 2.0,
        }
    }

    pub fn is_zoomed(&self) -> bool {
        self.k > MIN_ZOOM + 1e-9
    }

    /// The zoom that frames a box (min x, min y, max x, max y) with a margin
    /// of `margin` (0.2 = a fifth of the view on each axis), within the limits.
    pub fn framing(bbox: (f64, f64, f64, f64), margin: f64, width: f64, height: f64) -> Zoom {
        let (bw, bh) = ((bbox.2 - bbox.0).max(1.0), (bbox.3 - bbox.1).max(1.0));
        let k = within(
            (width / bw).min(height / bh) * (1.0 - margin),
            MIN_ZOOM,
            MAX_ZOOM,
        );
        Zoom {
            k,
            cx: (bbox.0 + bbox.2) / 2.0,
            cy: (bbox.1 + bbox.3) / 2.0,
        }
        .clamped(width, height)
    }

    /// Zooms by `factor` around the current centre, within the limits.
    pub fn scaled(self, factor: f64, width: f64, height: f64) -> Zoom {
        Zoom {
            k: within(self.k * factor, MIN_ZOOM, MAX_ZOOM),
            ..self
        }
        .clamped(width, height)
    }

    /// Moves the view by a distance in map units.
    pub fn panned(self, dx: f64, dy: f64, width: f64, height: f64) -> Zoom {
        Zoom {
            cx: self.cx + dx,
            cy: self.cy + dy,
            ..self
        }
        .clamped(width, height)
    }

    /// One step in a direction (`PAN_STEP` of the view), within the map.
    pub fn pan_step(self, pan: Pan, width: f64, height: f64) -> Zoom {
        let (_, _, w, h) = self.view_box(width, height);
        let (dx, dy) = match pan {
            Pan::Left => (-w * PAN_STEP, 0.0),
            Pan::Right => (w * PAN_STEP, 0.0),
            Pan::Up => (0.0, -h * PAN_STEP),
            Pan::Down => (0.0, h * PAN_STEP),
        };
        self.panned(dx, dy, width, height)
    }

    /// Whether a step that way would move the view: not on the whole map,
    /// nor at the map's edge on that side.
    pub fn can_pan(self, pan: Pan, width: f64, height: f64) -> bool {
        let moved = self.pan_step(pan, width, height);
        (moved.cx - self.cx).abs() > 1e-6 || (moved.cy - self.cy).abs() > 1e-6
    }

    /// Keeps the view inside the map, so panning never shows empty space.
    pub fn clamped(self, width: f64, height: f64) -> Zoom {
        // A zoom built by hand (k below 1, or NaN) is brought back within the limits.
        let k = if self.k.is_finite() {
            within(self.k, MIN_ZOOM, MAX_ZOOM)
        } else {
            MIN_ZOOM
        };
        let (w, h) = (width / k, height / k);
        Zoom {
            k,
            cx: within(self.cx, w / 2.0, width - w / 2.0),
            cy: within(self.cy, h / 2.0, height - h / 2.0),
        }
    }

    /// The view that shows a box's centre: this one if the centre is already
    /// in sight, else this zoom centred on the box (so the keyboard focus,
    /// moving to a country off screen, brings it into view).
    pub fn revealing(self, bbox: (f64, f64, f64, f64), width: f64, height: f64) -> Zoom {
        let (cx, cy) = ((bbox.0 + bbox.2) / 2.0, (bbox.1 + bbox.3) / 2.0);
        let (vx, vy, w, h) = self.view_box(width, height);
        if (vx..=vx + w).contains(&cx) && (vy..=vy + h).contains(&cy) {
            return self;
        }
        Zoom { cx, cy, ..self }.clamped(width, height)
    }

    /// `x y w h` of the visible part of the map.
    pub fn view_box(&self, width: f64, height: f64) -> (f64, f64, f64, f64) {
        let (w, h) = (width / self.k, height / self.k);
        (self.cx - w / 2.0, self.cy - h / 2.0, w, h)
    }

    /// A map point as percentages of the visible box, for HTML overlays.
    pub fn to_percent(&self, x: f64, y: f64, width: f64, height: f64) -> (f64, f64) {
        let (vx, vy, w, h) = self.view_box(width, height);
        ((x - vx) / w * 100.0, (y - vy) / h * 100.0)
    }
}

/// Formats a view box for the SVG attribute, rounded to 0.1 so it is stable.
pub fn view_box_attr(vb: (f64, f64, f64, f64)) -> String {
    [vb.0, vb.1, vb.2, vb.3].map(coord).join(" ")
}

/// `v` limited to `lo..=hi` (`lo <= hi` here). Not `f64::clamp`: its check
/// of the bounds formats them with `Debug` on failure, which alone links the
/// standard float formatter (about 13 KB) into the wasm.
fn within(v: f64, lo: f64, hi: f64) -> f64 {
    v.max(lo).min(hi)
}
