//! The map's own labels, laid out with [`placement`](super::placement): the
//! candidate places of each kind, one geometry for the app (with the boxes
//! the browser measured), the page written before the app (estimated) and
//! the SVG exports (estimated, in map units). The app's stylesheet moves a
//! label to a place with `data-place`, by the rules `label_sets` writes:
//! the offsets here and the CSS transforms there must agree.
//!
//! - A country's name: centred on its anchor (the pole of inaccessibility),
//!   or a line above or below it, or with its right or left edge on it.
//! - A status line: under its country's name, or over it.
//! - A capital's name: beside its dot, on the side the map prefers
//!   (`CapitalPoint::label_left`), then the other side, above, below.
//! - A neighbour's name: as a country's name.
use super::placement::{place, still_fits, Candidate, Kind, Label, Place, Rect};

/// One label as the layout needs it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapLabel {
    pub kind: Kind,
    /// The anchor: a name's point, a capital's dot (ignored for a status
    /// line, which goes with the name before it).
    pub at: (f64, f64),
    /// Width and height; an empty box is a label not shown (the page hides
    /// it, or it has no text).
    pub size: (f64, f64),
    /// A capital's name goes left of its dot first.
    pub left: bool,
}

/// The box of a label of `size` at `place` around `(x, y)`, as the CSS
/// translate percentages of the label's own size do it.
pub fn around((x, y): (f64, f64), (w, h): (f64, f64), place: Place) -> Rect {
    let (fx, fy) = match place {
        Place::Centre => (-0.5, -0.5),
        Place::Above => (-0.5, -1.5),
        Place::Below => (-0.5, 0.5),
        Place::Left => (-1.0, -0.5),
        Place::Right => (0.0, -0.5),
    };
    Rect::new(x + fx * w, y + fy * h, w, h)
}

/// The box of a capital's name of `size` at `place`, `gap` clear of its
/// dot at `(x, y)`.
pub fn beside((x, y): (f64, f64), (w, h): (f64, f64), gap: f64, place: Place) -> Rect {
    let (left, top) = match place {
        Place::Left => (x - gap - w, y - h / 2.0),
        Place::Above => (x - w / 2.0, y - gap - h),
        Place::Below => (x - w / 2.0, y + gap),
        _ => (x + gap, y - h / 2.0),
    };
    Rect::new(left, top, w, h)
}

const AROUND: [Place; 5] = [
    Place::Centre,
    Place::Above,
    Place::Below,
    Place::Left,
    Place::Right,
];

/// Every label's candidates; `name` is the index of the last name seen, the
/// one a status line goes with.
fn candidates(labels: &[MapLabel], gap: f64) -> Vec<Label> {
    let mut name = None;
    let mut out: Vec<Label> = Vec::with_capacity(labels.len());
    for (i, l) in labels.iter().enumerate() {
        let mut cands = Vec::new();
        let cand = |place, rect, after| Candidate { place, rect, after };
        let shown = l.size.0 > 0.0 && l.size.1 > 0.0;
        match l.kind {
            Kind::Name | Kind::Neighbour if shown => {
                cands.extend(AROUND.map(|p| cand(p, around(l.at, l.size, p), None)));
            }
            Kind::Capital if shown => {
                let (first, second) = if l.left {
                    (Place::Left, Place::Right)
                } else {
                    (Place::Right, Place::Left)
                };
                for p in [first, second, Place::Above, Place::Below] {
                    cands.push(cand(p, beside(l.at, l.size, gap, p), None));
                }
            }
            Kind::Status | Kind::Silent if shown => {
                // Under or over the name, wherever the name went.
                let (w, h) = l.size;
                for n in name.map_or(&[][..], |n: usize| &out[n].candidates) {
                    let x = (n.rect.left + n.rect.right - w) / 2.0;
                    let after = name.map(|j| (j, n.place));
                    cands.push(cand(Place::Below, Rect::new(x, n.rect.bottom, w, h), after));
                    cands.push(cand(
                        Place::Above,
                        Rect::new(x, n.rect.top - h, w, h),
                        after,
                    ));
                }
            }
            _ => {}
        }
        if l.kind == Kind::Name {
            name = Some(i);
        }
        out.push(Label {
            kind: l.kind,
            anchor: l.at,
            candidates: cands,
        });
    }
    out
}

/// Where each label goes (`None`: hidden), in the order given. A status
/// line goes with the name before it. `obstacles` are boxes no label may
/// cover; `gap` is between a capital's dot and its name; `padding` is the
/// least space between two labels.
pub fn layout(
    labels: &[MapLabel],
    obstacles: &[Rect],
    map: Rect,
    gap: f64,
    padding: f64,
) -> Vec<Option<Place>> {
    let all = candidates(labels, gap);
    place(&all, obstacles, map, padding)
        .into_iter()
        .zip(&all)
        .map(|(k, l)| k.map(|k| l.candidates[k].place))
        .collect()
}

/// The layout `previous` if it still holds for these sizes (see
/// [`still_fits`]), else a new one: the app keeps the page's layout when it
/// takes over, and nothing moves. (The page was laid out for the same labels,
/// its status lines ranked for the same issue: `map_text::rank_statuses`.)
pub fn layout_keeping(
    labels: &[MapLabel],
    obstacles: &[Rect],
    map: Rect,
    (gap, padding): (f64, f64),
    previous: &[Option<Place>],
) -> Vec<Option<Place>> {
    let all = candidates(labels, gap);
    let mut name = None;
    let chosen: Option<Vec<Option<usize>>> = all
        .iter()
        .zip(previous)
        .map(|(l, &prev)| {
            let k = match prev {
                None => Some(None),
                Some(p) => l
                    .candidates
                    .iter()
                    .position(|c| c.place == p && c.after.is_none_or(|(_, np)| Some(np) == name))
                    .map(Some),
            };
            if l.kind == Kind::Name {
                name = prev;
            }
            k
        })
        .collect();
    match chosen {
        Some(chosen)
            if previous.len() == labels.len()
                && still_fits(&all, obstacles, map, padding, &chosen) =>
        {
            previous.to_vec()
        }
        _ => layout(labels, obstacles, map, gap, padding),
    }
}

/// The place a `data-place` value names (the inverse of [`place_attr`]).
pub fn place_from_attr(value: &str) -> Option<Option<Place>> {
    Some(match value {
        "centre" => Some(Place::Centre),
        "above" => Some(Place::Above),
        "below" => Some(Place::Below),
        "left" => Some(Place::Left),
        "right" => Some(Place::Right),
        "hidden" => None,
        _ => return None,
    })
}

/// The box each label takes in a layout (for drawing where nothing moves
/// boxes for us: the SVG exports).
pub fn boxes(labels: &[MapLabel], places: &[Option<Place>], gap: f64) -> Vec<Option<Rect>> {
    let all = candidates(labels, gap);
    let mut out: Vec<Option<Rect>> = Vec::with_capacity(labels.len());
    let mut name = None;
    for (i, l) in all.iter().enumerate() {
        let taken = places[i].and_then(|p| {
            l.candidates
                .iter()
                .find(|c| c.place == p && c.after.is_none_or(|(_, np)| Some(np) == name))
                .map(|c| c.rect)
        });
        if l.kind == Kind::Name {
            name = places[i];
        }
        out.push(taken);
    }
    out
}

/// The value of `data-place` for a place in a layout.
pub fn place_attr(place: Option<Place>) -> &'static str {
    match place {
        Some(Place::Centre) => "centre",
        Some(Place::Above) => "above",
        Some(Place::Below) => "below",
        Some(Place::Left) => "left",
        Some(Place::Right) => "right",
        None => "hidden",
    }
}
