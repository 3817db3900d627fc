//! Label placement (`geo::placement`): overlaps resolved, the priority
//! order kept, names never hidden, labels kept on the map, deterministic.
use rights_map_core::geo::placement::{place, Candidate, Kind, Label, Place, Rect};

const MAP: Rect = Rect {
    left: 0.0,
    top: 0.0,
    right: 400.0,
    bottom: 300.0,
};
const PAD: f64 = 2.0;
const PLACES: [Place; 5] = [
    Place::Centre,
    Place::Above,
    Place::Below,
    Place::Left,
    Place::Right,
];

/// A label of `kind` whose candidates are a `w`×`h` box centred on the
/// anchor, then a line above, below, left and right of it.
fn label(kind: Kind, (x, y): (f64, f64), (w, h): (f64, f64)) -> Label {
    let offsets = [
        (-0.5, -0.5),
        (-0.5, -1.5),
        (-0.5, 0.5),
        (-1.0, -0.5),
        (0.0, -0.5),
    ];
    Label {
        kind,
        anchor: (x, y),
        candidates: PLACES
            .iter()
            .zip(offsets)
            .map(|(&place, (fx, fy))| Candidate {
                place,
                rect: Rect::new(x + fx * w, y + fy * h, w, h),
                after: None,
            })
            .collect(),
    }
}

/// A label with only a centred box.
fn fixed(kind: Kind, at: (f64, f64), size: (f64, f64)) -> Label {
    let mut l = label(kind, at, size);
    l.candidates.truncate(1);
    l
}

/// A status line for `name` (an index): under the name, or over it.
fn status(labels: &[Label], name: usize, (w, h): (f64, f64)) -> Label {
    let mut candidates = Vec::new();
    for n in &labels[name].candidates {
        let x = (n.rect.left + n.rect.right - w) / 2.0;
        for (place, top) in [
            (Place::Below, n.rect.bottom),
            (Place::Above, n.rect.top - h),
        ] {
            candidates.push(Candidate {
                place,
                rect: Rect::new(x, top, w, h),
                after: Some((name, n.place)),
            });
        }
    }
    Label {
        kind: Kind::Status,
        anchor: labels[name].anchor,
        candidates,
    }
}

fn rect(labels: &[Label], placed: &[Option<usize>], i: usize) -> Option<Rect> {
    placed[i].map(|k| labels[i].candidates[k].rect)
}

fn place_of(labels: &[Label], placed: &[Option<usize>], i: usize) -> Option<Place> {
    placed[i].map(|k| labels[i].candidates[k].place)
}

/// Shown boxes are on the map, keep `PAD` apart (a status line may touch
/// its name), and follow the places they go with.
fn assert_valid(labels: &[Label], obstacles: &[Rect], placed: &[Option<usize>]) {
    assert_valid_but(labels, obstacles, placed, &[]);
}

/// As [`assert_valid`], but for the boxes of `forced` (names that had
/// nowhere to go).
fn assert_valid_but(
    labels: &[Label],
    obstacles: &[Rect],
    placed: &[Option<usize>],
    forced: &[usize],
) {
    for i in 0..labels.len() {
        let Some(k) = placed[i].filter(|_| !forced.contains(&i)) else {
            continue;
        };
        let c = labels[i].candidates[k];
        assert!(MAP.contains(&c.rect), "{i} off the map: {:?}", c.rect);
        if let Some((j, p)) = c.after {
            assert_eq!(place_of(labels, placed, j), Some(p), "{i} goes with {j}");
        }
        for o in obstacles {
            assert!(!c.rect.near(o, 0.0), "{i} covers an obstacle");
        }
        for j in (i + 1..labels.len()).filter(|j| !forced.contains(j)) {
            let Some(other) = rect(labels, placed, j) else {
                continue;
            };
            let pair = c.after.map(|a| a.0) == Some(j)
                || labels[j].candidates[placed[j].unwrap()].after.map(|a| a.0) == Some(i);
            let gap = if pair { 0.0 } else { PAD };
            assert!(
                !c.rect.near(&other, gap),
                "{i} {:?} and {j} {other:?}",
                c.rect
            );
        }
    }
}

#[test]
fn nothing_to_place() {
    assert!(place(&[], &[], MAP, PAD).is_empty());
}

#[test]
fn a_label_alone_takes_its_first_place() {
    for kind in [
        Kind::Name,
        Kind::Capital,
        Kind::Status,
        Kind::Silent,
        Kind::Neighbour,
    ] {
        let labels = [label(kind, (200.0, 150.0), (60.0, 12.0))];
        assert_eq!(place(&labels, &[], MAP, PAD), vec![Some(0)]);
    }
}

#[test]
fn a_label_without_candidates_is_hidden() {
    let labels = [Label {
        kind: Kind::Name,
        anchor: (10.0, 10.0),
        candidates: Vec::new(),
    }];
    assert_eq!(place(&labels, &[], MAP, PAD), vec![None]);
}

#[test]
fn two_names_on_one_spot_move_apart() {
    let labels = [
        label(Kind::Name, (200.0, 150.0), (80.0, 16.0)),
        label(Kind::Name, (205.0, 152.0), (70.0, 16.0)),
    ];
    let placed = place(&labels, &[], MAP, PAD);
    assert_eq!(placed[0], Some(0), "the first keeps its centre");
    assert!(placed[1].is_some_and(|k| k > 0), "the second moves");
    assert_valid(&labels, &[], &placed);
}

#[test]
fn boxes_exactly_the_padding_apart_do_not_collide() {
    let a = Rect::new(0.0, 0.0, 10.0, 10.0);
    assert!(!a.near(&Rect::new(12.0, 0.0, 10.0, 10.0), 2.0));
    assert!(a.near(&Rect::new(11.9, 0.0, 10.0, 10.0), 2.0));
    assert!(!a.near(&Rect::new(10.0, 0.0, 10.0, 10.0), 0.0), "touching");
    assert!(a.near(&Rect::new(0.0, 11.0, 10.0, 10.0), 2.0));
}

#[test]
fn a_capital_outranks_a_status_line_given_before_it() {
    // Only one of them fits on the spot, each has a single candidate.
    let labels = [
        fixed(Kind::Status, (200.0, 150.0), (90.0, 14.0)),
        fixed(Kind::Capital, (210.0, 150.0), (60.0, 14.0)),
    ];
    assert_eq!(place(&labels, &[], MAP, PAD), vec![None, Some(0)]);
}

#[test]
fn priority_is_name_capital_status_silent_neighbour() {
    // Five labels on one spot, each with a single place, given lowest first.
    let at = (200.0, 150.0);
    let kinds = [
        Kind::Neighbour,
        Kind::Silent,
        Kind::Status,
        Kind::Capital,
        Kind::Name,
    ];
    for winner in kinds {
        let labels: Vec<Label> = kinds
            .iter()
            .filter(|&&k| k >= winner)
            .map(|&k| fixed(k, at, (50.0, 12.0)))
            .collect();
        let placed = place(&labels, &[], MAP, PAD);
        let shown: Vec<Kind> = (0..labels.len())
            .filter(|&i| placed[i].is_some())
            .map(|i| labels[i].kind)
            .collect();
        assert_eq!(shown, vec![winner]);
    }
}

#[test]
fn a_neighbour_gives_way_to_a_status_line() {
    let mut labels = vec![label(Kind::Name, (200.0, 150.0), (80.0, 16.0))];
    labels.push(status(&labels, 0, (100.0, 30.0)));
    // Just under the name, where the status line goes first.
    labels.push(fixed(Kind::Neighbour, (200.0, 170.0), (60.0, 12.0)));
    // With room over the name, both are shown.
    let placed = place(&labels, &[], MAP, PAD);
    assert_eq!(place_of(&labels, &placed, 0), Some(Place::Centre));
    assert_eq!(place_of(&labels, &placed, 1), Some(Place::Above));
    assert_eq!(placed[2], Some(0));
    assert_valid(&labels, &[], &placed);
    // Without, the neighbour gives way.
    labels[0].candidates.truncate(1);
    labels[1].candidates.retain(|c| c.place == Place::Below);
    let placed = place(&labels, &[], MAP, PAD);
    assert_eq!(place_of(&labels, &placed, 1), Some(Place::Below));
    assert_eq!(placed[2], None);
    assert_valid(&labels, &[], &placed);
}

#[test]
fn a_status_line_touches_its_name_and_follows_it() {
    let mut labels = vec![label(Kind::Name, (200.0, 150.0), (80.0, 16.0))];
    labels.push(status(&labels, 0, (100.0, 30.0)));
    let placed = place(&labels, &[], MAP, PAD);
    let (name, line) = (
        rect(&labels, &placed, 0).unwrap(),
        rect(&labels, &placed, 1).unwrap(),
    );
    assert_eq!(line.top, name.bottom, "right under the name");
    assert_eq!(
        (line.left + line.right) / 2.0,
        (name.left + name.right) / 2.0
    );
    // Near the bottom of the map, the status line goes over the name.
    let mut labels = vec![label(Kind::Name, (200.0, 285.0), (80.0, 16.0))];
    labels.push(status(&labels, 0, (100.0, 30.0)));
    let placed = place(&labels, &[], MAP, PAD);
    assert_eq!(place_of(&labels, &placed, 0), Some(Place::Centre));
    assert_eq!(place_of(&labels, &placed, 1), Some(Place::Above));
    assert_valid(&labels, &[], &placed);
}

#[test]
fn a_name_moves_to_leave_its_status_line_room() {
    // A capital's dot under the name and a wall over it: centred or a line
    // up, the status line has no room; with the name left of its anchor,
    // it has, under the name and clear of the dot.
    let mut labels = vec![label(Kind::Name, (200.0, 150.0), (80.0, 16.0))];
    labels.push(status(&labels, 0, (100.0, 30.0)));
    let walls = [
        Rect::new(215.0, 165.0, 10.0, 10.0),
        Rect::new(100.0, 100.0, 200.0, 25.0),
    ];
    let placed = place(&labels, &walls, MAP, PAD);
    assert_eq!(place_of(&labels, &placed, 0), Some(Place::Left));
    assert_eq!(place_of(&labels, &placed, 1), Some(Place::Below));
    assert_valid(&labels, &walls, &placed);
}

#[test]
fn a_capital_takes_its_other_side_to_leave_a_status_line_room() {
    let mut labels = vec![label(Kind::Name, (200.0, 150.0), (80.0, 16.0))];
    labels.push(status(&labels, 0, (100.0, 30.0)));
    labels[1].candidates.retain(|c| c.place == Place::Below);
    // The capital's first place is right of its dot, where the status line's only room is.
    let dot = (140.0, 175.0);
    let w = 50.0;
    let capital = Label {
        kind: Kind::Capital,
        anchor: dot,
        candidates: [(Place::Right, dot.0 + 6.0), (Place::Left, dot.0 - 6.0 - w)]
            .map(|(place, left)| Candidate {
                place,
                rect: Rect::new(left, dot.1 - 7.0, w, 14.0),
                after: None,
            })
            .to_vec(),
    };
    labels.push(capital);
    let placed = place(&labels, &[], MAP, PAD);
    assert_eq!(place_of(&labels, &placed, 2), Some(Place::Left));
    assert_eq!(place_of(&labels, &placed, 1), Some(Place::Below));
    assert_valid(&labels, &[], &placed);
}

#[test]
fn a_name_is_never_hidden_and_what_it_covers_gives_way() {
    // Obstacles all round: no candidate is free, the name stays where it covers least.
    let labels = [
        label(Kind::Name, (200.0, 150.0), (80.0, 16.0)),
        label(Kind::Capital, (200.0, 150.0), (40.0, 12.0)),
        label(Kind::Neighbour, (205.0, 150.0), (40.0, 12.0)),
    ];
    let wall = [Rect::new(100.0, 100.0, 200.0, 100.0)];
    let placed = place(&labels, &wall, MAP, PAD);
    assert!(placed[0].is_some());
    assert_eq!(&placed[1..], &[None, None]);
    // Two names on one spot with nowhere to go: both are shown.
    let tight = Rect::new(0.0, 0.0, 90.0, 20.0);
    let names = [
        label(Kind::Name, (45.0, 10.0), (80.0, 16.0)),
        label(Kind::Name, (45.0, 10.0), (80.0, 16.0)),
    ];
    let placed = place(&names, &[], tight, PAD);
    assert!(placed.iter().all(Option::is_some), "{placed:?}");
}

#[test]
fn a_name_off_the_map_is_hidden() {
    let labels = [label(Kind::Name, (450.0, 150.0), (80.0, 16.0))];
    assert_eq!(place(&labels, &[], MAP, PAD), vec![None]);
}

#[test]
fn labels_at_the_edge_move_inside_or_hide() {
    // Centred, it would cross the right edge: it goes left of its anchor.
    let labels = [label(Kind::Neighbour, (380.0, 150.0), (60.0, 12.0))];
    let placed = place(&labels, &[], MAP, PAD);
    assert_eq!(place_of(&labels, &placed, 0), Some(Place::Left));
    // At the top, it goes below.
    let labels = [label(Kind::Neighbour, (200.0, 3.0), (60.0, 12.0))];
    let placed = place(&labels, &[], MAP, PAD);
    assert_eq!(place_of(&labels, &placed, 0), Some(Place::Below));
    // Wider than the map: hidden.
    let labels = [label(Kind::Capital, (200.0, 150.0), (500.0, 12.0))];
    assert_eq!(place(&labels, &[], MAP, PAD), vec![None]);
    // A name in a corner: somewhere inside.
    let labels = [label(Kind::Name, (395.0, 295.0), (60.0, 12.0))];
    let placed = place(&labels, &[], MAP, PAD);
    assert!(placed[0].is_some());
}

#[test]
fn labels_avoid_obstacles_but_may_touch_them() {
    let labels = [label(Kind::Capital, (200.0, 150.0), (60.0, 12.0))];
    let centre = labels[0].candidates[0].rect;
    // Over the centred box: the label moves a line up.
    let over = [Rect::new(190.0, 145.0, 20.0, 10.0)];
    assert_eq!(place(&labels, &over, MAP, PAD), vec![Some(1)]);
    // Touching it: the label stays.
    let touching = [Rect::new(centre.right, 100.0, 10.0, 100.0)];
    assert_eq!(place(&labels, &touching, MAP, PAD), vec![Some(0)]);
}

/// A small deterministic generator, so that the scenes below are the same
/// every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: f64) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64 * below
    }
}

/// Crowded scenes: names with status lines, capitals, neighbours, dots.
fn scene(seed: u64) -> (Vec<Label>, Vec<Rect>) {
    let mut r = Lcg(seed);
    let mut labels = Vec::new();
    let mut obstacles = Vec::new();
    for _ in 0..5 {
        let at = (r.next(400.0), r.next(300.0));
        labels.push(label(Kind::Name, at, (40.0 + r.next(60.0), 16.0)));
        let name = labels.len() - 1;
        let size = (50.0 + r.next(80.0), 14.0 * (1.0 + r.next(3.0).floor()));
        labels.push(status(&labels, name, size));
        let dot = (r.next(400.0), r.next(300.0));
        obstacles.push(Rect::new(dot.0 - 4.0, dot.1 - 4.0, 8.0, 8.0));
        labels.push(label(Kind::Capital, dot, (30.0 + r.next(40.0), 12.0)));
    }
    for _ in 0..4 {
        let at = (r.next(400.0), r.next(300.0));
        labels.push(label(Kind::Neighbour, at, (40.0 + r.next(50.0), 12.0)));
    }
    (labels, obstacles)
}

#[test]
fn crowded_scenes_keep_every_rule() {
    let mut forced = 0;
    let mut hidden = 0;
    for seed in 0..300 {
        let (labels, obstacles) = scene(seed);
        let placed = place(&labels, &obstacles, MAP, PAD);
        assert_eq!(
            placed,
            place(&labels, &obstacles, MAP, PAD),
            "deterministic"
        );
        // Names on the map are all shown; the rest never collide.
        for (i, l) in labels.iter().enumerate() {
            if l.kind == Kind::Name && MAP.contains_point(l.anchor) {
                assert!(placed[i].is_some(), "seed {seed}: name {i} hidden");
            }
        }
        // A name that had nowhere to go may cover something; nothing else does.
        let blocked: Vec<usize> = (0..labels.len())
            .filter(|&i| labels[i].kind == Kind::Name)
            .filter(|&i| {
                rect(&labels, &placed, i).is_some_and(|r| {
                    !MAP.contains(&r)
                        || obstacles.iter().any(|o| o.near(&r, 0.0))
                        || (0..labels.len()).any(|j| {
                            j != i && rect(&labels, &placed, j).is_some_and(|o| o.near(&r, PAD))
                        })
                })
            })
            .collect();
        forced += blocked.len();
        assert_valid_but(&labels, &obstacles, &placed, &blocked);
        // Nothing hidden could have been shown: each hidden label's every
        // place is off the map or taken.
        for (i, l) in labels
            .iter()
            .enumerate()
            .filter(|(i, _)| placed[*i].is_none())
        {
            hidden += 1;
            for c in &l.candidates {
                let allowed = c
                    .after
                    .is_none_or(|(j, p)| place_of(&labels, &placed, j) == Some(p));
                let blocked = !MAP.contains(&c.rect)
                    || obstacles.iter().any(|o| o.near(&c.rect, 0.0))
                    || (0..labels.len()).any(|j| {
                        let gap = if c.after.map(|a| a.0) == Some(j) {
                            0.0
                        } else {
                            PAD
                        };
                        rect(&labels, &placed, j).is_some_and(|o| o.near(&c.rect, gap))
                    });
                assert!(
                    !allowed || blocked,
                    "seed {seed}: {i} could have gone to {:?}",
                    c.place
                );
            }
        }
    }
    // The scenes are crowded enough to test something.
    assert!(
        forced > 0 && hidden > 300,
        "{forced} forced, {hidden} hidden"
    );
}

#[test]
fn the_order_within_a_kind_decides_between_equals() {
    let a = fixed(Kind::Capital, (200.0, 150.0), (50.0, 12.0));
    let b = fixed(Kind::Capital, (210.0, 150.0), (50.0, 12.0));
    assert_eq!(
        place(&[a.clone(), b.clone()], &[], MAP, PAD),
        vec![Some(0), None]
    );
    assert_eq!(place(&[b, a], &[], MAP, PAD), vec![Some(0), None]);
}
