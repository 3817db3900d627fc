//! Which map labels to show, and where, so that no two overlap and none
//! leaves the map: greedy placement in priority order against a collision
//! index, as MapLibre places symbols. Each label comes with a few candidate
//! boxes (centred on its anchor, above, below, left, right, as MapLibre's
//! variable anchors); it takes one that is inside the map and clear of every
//! box placed before it, else it is hidden. Deterministic: the same input
//! gives the same placement (no randomness, unlike d3-labeler's simulated
//! annealing).
//!
//! The priority order, highest first ([`Kind`]'s order, then the order
//! given):
//! 1. country names: never hidden while their anchor is on the map; when
//!    every candidate collides, the one that covers least is taken anyway,
//!    and the labels placed after it give way;
//! 2. capitals' names;
//! 3. countries' status lines that say what the source found;
//! 4. status lines that say it does not mention the country for the issue
//!    (Turkmenistan's repressed religious expression before Uzbekistan's
//!    "not mentioned", where only one fits);
//! 5. neighbours' names.
//!
//! Of its free candidates, a label takes the one after which a plain
//! first-fit pass over the labels still to place shows the most of them,
//! by priority (a pilot method: one step of look-ahead), the first of
//! equals. So a capital's name goes to the other side of its dot rather than
//! take the only room of a status line, and a name moves a line up rather
//! than leave its own status line no room. A status line sits with its
//! country's name: a candidate may require that another label took a given
//! place.

/// A box: left < right, top < bottom, in pixels or map units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Rect {
    pub fn new(left: f64, top: f64, width: f64, height: f64) -> Rect {
        Rect {
            left,
            top,
            right: left + width,
            bottom: top + height,
        }
    }

    pub fn width(&self) -> f64 {
        self.right - self.left
    }

    pub fn height(&self) -> f64 {
        self.bottom - self.top
    }

    /// Whether the two come closer than `gap` to each other (boxes `gap`
    /// apart do not collide).
    pub fn near(&self, other: &Rect, gap: f64) -> bool {
        self.left < other.right + gap
            && other.left < self.right + gap
            && self.top < other.bottom + gap
            && other.top < self.bottom + gap
    }

    /// Whether `inner` lies wholly inside this box (edges may touch).
    pub fn contains(&self, inner: &Rect) -> bool {
        inner.left >= self.left
            && inner.right <= self.right
            && inner.top >= self.top
            && inner.bottom <= self.bottom
    }

    pub fn contains_point(&self, (x, y): (f64, f64)) -> bool {
        (self.left..=self.right).contains(&x) && (self.top..=self.bottom).contains(&y)
    }

    /// The area the two share.
    pub fn overlap(&self, other: &Rect) -> f64 {
        let w = self.right.min(other.right) - self.left.max(other.left);
        let h = self.bottom.min(other.bottom) - self.top.max(other.top);
        w.max(0.0) * h.max(0.0)
    }
}

/// What a label names; the order is the priority, highest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Name,
    Capital,
    Status,
    /// A status line that says the source does not mention the country.
    Silent,
    Neighbour,
}

/// The kinds, highest priority first.
const BY_PRIORITY: [Kind; 5] = [
    Kind::Name,
    Kind::Capital,
    Kind::Status,
    Kind::Silent,
    Kind::Neighbour,
];

/// Where a box sits against its anchor (for a status line: against its
/// country's name).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Centre,
    Above,
    Below,
    Left,
    Right,
}

/// One place a label may take.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Candidate {
    pub place: Place,
    pub rect: Rect,
    /// Only if label `.0` (an index into the labels) took place `.1`.
    pub after: Option<(usize, Place)>,
}

/// A label to place: labels are known by their index, and the placement
/// comes back in the same order.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub kind: Kind,
    /// The point the label names, in the map's units; a name whose anchor
    /// is off the map is hidden like any other label.
    pub anchor: (f64, f64),
    /// In order of preference. None: the label is not shown (it is empty,
    /// or the page hides it).
    pub candidates: Vec<Candidate>,
}

/// The placement so far: the collision index (every box placed, with the
/// label it belongs to, `None` for an obstacle) and each label's choice.
#[derive(Clone)]
struct Placed {
    taken: Vec<(Rect, Option<usize>)>,
    chosen: Vec<Option<usize>>,
}

/// What the placement works with.
struct Board<'a> {
    labels: &'a [Label],
    map: Rect,
    padding: f64,
}

impl Board<'_> {
    /// Whether candidate `c` (of label `i`) may go where it is: the label it
    /// goes with took the place it needs (unless `after` is ignored), it is
    /// on the map and clear of every box placed; obstacles and the label it
    /// goes with may touch it, other labels keep `padding` away.
    fn fits(&self, p: &Placed, c: &Candidate, after: bool) -> bool {
        let with = c.after.map(|a| a.0);
        let placed = |(j, place): (usize, Place)| {
            p.chosen[j].map(|k| self.labels[j].candidates[k].place) == Some(place)
        };
        (!after || c.after.is_none_or(placed))
            && self.map.contains(&c.rect)
            && p.taken.iter().all(|&(t, owner)| {
                let gap = if owner.is_none() || owner == with {
                    0.0
                } else {
                    self.padding
                };
                !t.near(&c.rect, gap)
            })
    }

    /// The first candidate of label `i` that fits; for a name on the map
    /// with none, the one that covers least (of other boxes and of what lies
    /// off the map), the first of equals.
    fn first_fit(&self, p: &Placed, i: usize) -> Option<usize> {
        let label = &self.labels[i];
        let cands = &label.candidates;
        let fit = cands.iter().position(|c| self.fits(p, c, true));
        if fit.is_some() || label.kind != Kind::Name || !self.map.contains_point(label.anchor) {
            return fit;
        }
        let cost = |c: &Candidate| {
            let off = c.rect.width() * c.rect.height() - c.rect.overlap(&self.map);
            p.taken.iter().map(|(t, _)| t.overlap(&c.rect)).sum::<f64>() + off
        };
        (0..cands.len()).min_by(|&a, &b| cost(&cands[a]).total_cmp(&cost(&cands[b])))
    }

    fn commit(&self, p: &mut Placed, i: usize, pick: Option<usize>) {
        if let Some(k) = pick {
            p.taken.push((self.labels[i].candidates[k].rect, Some(i)));
        }
        p.chosen[i] = pick;
    }

    /// How many of `rest` a plain first-fit pass places, by kind.
    fn rollout(&self, mut p: Placed, rest: &[usize]) -> [usize; 5] {
        let mut shown = [0; 5];
        for &j in rest {
            let pick = self.first_fit(&p, j);
            shown[self.labels[j].kind as usize] += usize::from(pick.is_some());
            self.commit(&mut p, j, pick);
        }
        shown
    }

    /// At most how many of `rest` can still be shown, by kind: a label with
    /// no free box now will have none later.
    fn bound(&self, p: &Placed, rest: &[usize]) -> [usize; 5] {
        let mut shown = [0; 5];
        for &j in rest {
            let l = &self.labels[j];
            let forced = l.kind == Kind::Name && self.map.contains_point(l.anchor);
            if forced || l.candidates.iter().any(|c| self.fits(p, c, false)) {
                shown[l.kind as usize] += 1;
            }
        }
        shown
    }
}

/// For each label, the index of the candidate it takes, or `None` where it
/// is hidden. `obstacles` are boxes no label may cover (capitals' dots, the
/// zoom buttons); `padding` is the least gap between two labels (a label may
/// touch an obstacle, and the label it goes with).
pub fn place(labels: &[Label], obstacles: &[Rect], map: Rect, padding: f64) -> Vec<Option<usize>> {
    let board = Board {
        labels,
        map,
        padding,
    };
    // By kind, and within a kind in the order given (not a sort: the
    // standard one would add 4 KB to the app).
    let mut order = Vec::with_capacity(labels.len());
    for kind in BY_PRIORITY {
        order.extend((0..labels.len()).filter(|&i| labels[i].kind == kind));
    }
    let mut p = Placed {
        taken: obstacles.iter().map(|&r| (r, None)).collect(),
        chosen: vec![None; labels.len()],
    };
    for (n, &i) in order.iter().enumerate() {
        let rest = &order[n + 1..];
        let mut pick = None;
        let mut best = None;
        let most = board.bound(&p, rest);
        for (k, c) in labels[i].candidates.iter().enumerate() {
            if !board.fits(&p, c, true) {
                continue;
            }
            let mut next = p.clone();
            board.commit(&mut next, i, Some(k));
            let shown = board.rollout(next, rest);
            if best.is_none_or(|b| shown > b) {
                (pick, best) = (Some(k), Some(shown));
            }
            // No other candidate can do better.
            if shown == most {
                break;
            }
        }
        if pick.is_none() {
            pick = board.first_fit(&p, i);
        }
        board.commit(&mut p, i, pick);
    }
    p.chosen
}

/// Whether an earlier placement (each label's candidate index, or hidden)
/// still holds: taken in priority order, every shown box fits as `place`
/// would require, and every name on the map is shown; a name with no place
/// free holds where it covers least, as `place` puts it (at 320 px in Tajik,
/// Kyrgyzstan's name on a pixel of Tashkent's dot, wherever it went: the app
/// laid the page out anew and moved Uzbekistan's). The app keeps the
/// page's placement when it takes over if it still holds, so nothing moves
/// (as MapLibre keeps a symbol where it was while it still fits).
pub fn still_fits(
    labels: &[Label],
    obstacles: &[Rect],
    map: Rect,
    padding: f64,
    chosen: &[Option<usize>],
) -> bool {
    if chosen.len() != labels.len() {
        return false;
    }
    let board = Board {
        labels,
        map,
        padding,
    };
    let mut p = Placed {
        taken: obstacles.iter().map(|&r| (r, None)).collect(),
        chosen: vec![None; labels.len()],
    };
    for kind in BY_PRIORITY {
        for i in (0..labels.len()).filter(|&i| labels[i].kind == kind) {
            let label = &labels[i];
            match chosen[i] {
                Some(k) => match label.candidates.get(k) {
                    Some(c) if board.fits(&p, c, true) => board.commit(&mut p, i, Some(k)),
                    Some(_) if kind == Kind::Name && board.first_fit(&p, i) == Some(k) => {
                        board.commit(&mut p, i, Some(k))
                    }
                    _ => return false,
                },
                None if kind == Kind::Name
                    && !label.candidates.is_empty()
                    && map.contains_point(label.anchor) =>
                {
                    return false
                }
                None => {}
            }
        }
    }
    true
}
