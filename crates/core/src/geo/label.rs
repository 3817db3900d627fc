//! Label placement: the pole of inaccessibility (the centre of the largest
//! circle that fits inside a polygon), found with the "polylabel" grid search
//! (Mapbox, 2016). A centroid can fall outside a concave country or on a
//! neighbour; the pole of inaccessibility is always inside and as far from
//! the borders as possible, which is where a name reads best.

use super::fit::Bounds;
use super::path::Ring;
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// Even-odd point-in-polygon over all rings (exterior and holes alike).
pub fn contains(rings: &[Ring], x: f64, y: f64) -> bool {
    let mut inside = false;
    for ring in rings {
        let n = ring.len();
        for i in 0..n {
            let (a, b) = (ring[i], ring[(i + n - 1) % n]);
            if (a.1 > y) != (b.1 > y) && x < (b.0 - a.0) * (y - a.1) / (b.1 - a.1) + a.0 {
                inside = !inside;
            }
        }
    }
    inside
}

fn segment_distance2(px: f64, py: f64, a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 {
        (((px - a.0) * dx + (py - a.1) * dy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let (ex, ey) = (a.0 + t * dx - px, a.1 + t * dy - py);
    ex * ex + ey * ey
}

/// Signed distance to the polygon's boundary: positive inside.
fn polygon_distance(rings: &[Ring], x: f64, y: f64) -> f64 {
    let mut best = f64::INFINITY;
    for ring in rings {
        let n = ring.len();
        for i in 0..n {
            best = best.min(segment_distance2(x, y, ring[i], ring[(i + n - 1) % n]));
        }
    }
    let d = best.sqrt();
    if contains(rings, x, y) {
        d
    } else {
        -d
    }
}

/// Signed distance to a rectangle's edges: positive inside.
fn rect_distance(r: &Bounds, x: f64, y: f64) -> f64 {
    (x - r.min_x)
        .min(r.max_x - x)
        .min(y - r.min_y)
        .min(r.max_y - y)
}

struct Cell {
    x: f64,
    y: f64,
    half: f64,
    dist: f64,
    /// Upper bound on `dist` anywhere in the cell (the distance is 1-Lipschitz).
    potential: f64,
}

impl Cell {
    fn new(x: f64, y: f64, half: f64, dist: &impl Fn(f64, f64) -> f64) -> Cell {
        let d = dist(x, y);
        Cell {
            x,
            y,
            half,
            dist: d,
            potential: d + half * std::f64::consts::SQRT_2,
        }
    }
}

impl PartialEq for Cell {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Cell {}
impl PartialOrd for Cell {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Cell {
    fn cmp(&self, other: &Self) -> Ordering {
        self.potential.total_cmp(&other.potential)
    }
}

/// The pole of inaccessibility of `rings` (exterior first), optionally kept
/// inside `within` (the visible viewBox, so that a country reaching far
/// off-map gets its label on the visible part). Returns the point and its
/// distance to the nearest edge, to `precision`; `None` if the polygon and
/// `within` do not overlap.
pub fn pole_of_inaccessibility(
    rings: &[Ring],
    within: Option<Bounds>,
    precision: f64,
) -> Option<((f64, f64), f64)> {
    let mut bounds = Bounds::EMPTY;
    for &(x, y) in rings.first()? {
        bounds.extend(x, y);
    }
    if let Some(r) = within {
        bounds = Bounds {
            min_x: bounds.min_x.max(r.min_x),
            min_y: bounds.min_y.max(r.min_y),
            max_x: bounds.max_x.min(r.max_x),
            max_y: bounds.max_y.min(r.max_y),
        };
    }
    let size = bounds.width().min(bounds.height());
    if bounds.is_empty() || size <= 0.0 {
        return None;
    }
    // min() of 1-Lipschitz functions is 1-Lipschitz, so the grid bound holds.
    let dist = |x: f64, y: f64| {
        let d = polygon_distance(rings, x, y);
        within.map_or(d, |r| d.min(rect_distance(&r, x, y)))
    };

    let half = size / 2.0;
    let mut queue = BinaryHeap::new();
    let mut y = bounds.min_y;
    while y < bounds.max_y {
        let mut x = bounds.min_x;
        while x < bounds.max_x {
            queue.push(Cell::new(x + half, y + half, half, &dist));
            x += size;
        }
        y += size;
    }
    let mut best = Cell::new(
        (bounds.min_x + bounds.max_x) / 2.0,
        (bounds.min_y + bounds.max_y) / 2.0,
        0.0,
        &dist,
    );
    while let Some(cell) = queue.pop() {
        if cell.dist > best.dist {
            best = Cell::new(cell.x, cell.y, 0.0, &dist);
        }
        // The heap pops the highest potential first: if this cell cannot beat
        // the best by more than `precision`, no remaining cell can.
        if cell.potential - best.dist <= precision {
            break;
        }
        let h = cell.half / 2.0;
        for (dx, dy) in [(-h, -h), (h, -h), (-h, h), (h, h)] {
            queue.push(Cell::new(cell.x + dx, cell.y + dy, h, &dist));
        }
    }
    (best.dist > 0.0).then_some(((best.x, best.y), best.dist))
}
