//! The map geometry built from the committed assets/geo/central-asia.geojson.
//! Paths are parsed back from their SVG strings, so these tests check what the
//! browser will draw, with point-in-polygon code independent of the crate's.

use central_asia_rights_map::core::geo::{
    build_map, CountryShape, MapGeometry, Role, CENTRAL_ASIA_GEOJSON,
};
use std::sync::OnceLock;

type Ring = Vec<(f64, f64)>;

fn map() -> &'static MapGeometry {
    static MAP: OnceLock<MapGeometry> = OnceLock::new();
    MAP.get_or_init(|| build_map(CENTRAL_ASIA_GEOJSON).expect("the committed map data builds"))
}

fn country(alpha2: &str) -> &'static CountryShape {
    map()
        .countries
        .iter()
        .find(|c| c.alpha2 == alpha2)
        .unwrap_or_else(|| panic!("{alpha2} missing"))
}

/// Parses what the core writes — per ring `M x y`, `l` and relative steps,
/// `z` — into absolute rings, checking every number is in canonical form.
/// Independent of the crate's own `parse_path`.
fn rings(d: &str) -> Vec<Ring> {
    let mut out = Vec::new();
    for ring in d.split_terminator('z') {
        let body = ring
            .strip_prefix('M')
            .unwrap_or_else(|| panic!("ring must start with M: {ring:.40}"));
        let (start, steps) = body.split_once('l').unwrap_or((body, ""));
        let read = |text: &str| -> Vec<i64> {
            let mut numbers = Vec::new();
            let mut current = String::new();
            for ch in text.chars().chain([' ']) {
                if (ch == ' ' || ch == '-') && !current.is_empty() {
                    let n = current.trim_start_matches('-');
                    assert!(
                        !n.ends_with(".0") && !n.starts_with("0.") && n != "-0",
                        "non-canonical number {current}"
                    );
                    assert!(
                        n.split_once('.').is_none_or(|(_, f)| f.len() == 1),
                        "more than 1 decimal: {current}"
                    );
                    numbers.push((current.parse::<f64>().unwrap() * 10.0).round() as i64);
                    current.clear();
                }
                if ch != ' ' {
                    current.push(ch);
                }
            }
            numbers
        };
        let start = read(start);
        assert_eq!(start.len(), 2, "M takes x and y: {ring:.40}");
        let mut at = (start[0], start[1]);
        let mut points = vec![at];
        for step in read(steps).chunks(2) {
            assert_eq!(step.len(), 2, "steps come in pairs: {ring:.40}");
            at = (at.0 + step[0], at.1 + step[1]);
            points.push(at);
        }
        out.push(
            points
                .into_iter()
                .map(|(x, y)| (x as f64 / 10.0, y as f64 / 10.0))
                .collect(),
        );
    }
    out
}

/// Even-odd rule over all rings.
fn inside(rings: &[Ring], (x, y): (f64, f64)) -> bool {
    let mut c = false;
    for r in rings {
        for i in 0..r.len() {
            let ((xi, yi), (xj, yj)) = (r[i], r[(i + r.len() - 1) % r.len()]);
            if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
                c = !c;
            }
        }
    }
    c
}

fn distance_to_edges(rings: &[Ring], (x, y): (f64, f64)) -> f64 {
    let mut best = f64::INFINITY;
    for r in rings {
        for i in 0..r.len() {
            let (a, b) = (r[i], r[(i + 1) % r.len()]);
            let (dx, dy) = (b.0 - a.0, b.1 - a.1);
            let t = (((x - a.0) * dx + (y - a.1) * dy) / (dx * dx + dy * dy)).clamp(0.0, 1.0);
            best = best.min((a.0 + t * dx - x).hypot(a.1 + t * dy - y));
        }
    }
    best
}

fn in_country(alpha2: &str, lon: f64, lat: f64) -> bool {
    inside(
        &rings(&country(alpha2).path),
        map().projection.project(lon, lat),
    )
}

const FOCUS: [(&str, &str, &str); 5] = [
    ("KZ", "KAZ", "Kazakhstan"),
    ("KG", "KGZ", "Kyrgyzstan"),
    ("TJ", "TJK", "Tajikistan"),
    ("TM", "TKM", "Turkmenistan"),
    ("UZ", "UZB", "Uzbekistan"),
];

#[test]
fn the_five_focus_countries_are_there_with_codes_and_paths() {
    for (a2, a3, name) in FOCUS {
        let c = country(a2);
        assert_eq!(
            (c.alpha3.as_str(), c.name.as_str(), c.role),
            (a3, name, Role::Focus)
        );
        assert!(
            rings(&c.path).iter().map(Vec::len).sum::<usize>() > 100,
            "{name} has a real outline"
        );
    }
    assert_eq!(
        map()
            .countries
            .iter()
            .filter(|c| c.role == Role::Focus)
            .count(),
        5
    );
    // Focus countries come last, so they paint over their neighbours.
    assert!(map()
        .countries
        .iter()
        .rev()
        .take(5)
        .all(|c| c.role == Role::Focus));
}

#[test]
fn every_feature_in_the_file_is_a_country_shape() {
    let file: serde_json::Value = serde_json::from_str(CENTRAL_ASIA_GEOJSON).unwrap();
    let features = file["features"].as_array().unwrap();
    assert_eq!(map().countries.len(), features.len());
    for f in features {
        let a2 = f["properties"]["iso_a2"].as_str().unwrap();
        let role = if f["properties"]["role"] == "focus" {
            Role::Focus
        } else {
            Role::Context
        };
        assert_eq!(country(a2).role, role, "{a2}");
        assert!(!country(a2).path.is_empty(), "{a2}");
    }
    for a2 in ["RU", "CN", "AF", "IR", "MN", "PK", "AZ"] {
        assert_eq!(country(a2).role, Role::Context, "{a2}");
    }
}

#[test]
fn the_view_box_is_landscape_and_frames_the_focus_countries() {
    let m = map();
    assert_eq!(m.width, 1000.0);
    assert!((620.0..=700.0).contains(&m.height), "height {}", m.height);
    let (mut min_y, mut max_y) = (f64::INFINITY, f64::NEG_INFINITY);
    for c in m.countries.iter().filter(|c| c.role == Role::Focus) {
        for &(x, y) in rings(&c.path).iter().flatten() {
            assert!(
                (0.0..=m.width).contains(&x) && (0.0..=m.height).contains(&y),
                "{} at ({x}, {y})",
                c.name
            );
            (min_y, max_y) = (min_y.min(y), max_y.max(y));
        }
    }
    // A margin, but not a wasteful one.
    assert!((8.0..=40.0).contains(&min_y), "top margin {min_y}");
    assert!(
        (8.0..=40.0).contains(&(m.height - max_y)),
        "bottom margin {}",
        m.height - max_y
    );
}

#[test]
fn the_view_box_lies_inside_the_projected_clip_box() {
    // The lon/lat clip box is a wedge in a conic projection: if any part of
    // the view fell outside it, countries would show cut straight edges.
    let m = map();
    let margin = 1.0;
    for i in 0..=100 {
        let t = i as f64 / 100.0;
        for (x, y) in [
            (t * m.width, 0.0),
            (t * m.width, m.height),
            (0.0, t * m.height),
            (m.width, t * m.height),
        ] {
            let (lon, lat) = m.projection.invert(x, y);
            assert!(
                (40.0 + margin..=95.0 - margin).contains(&lon),
                "({x}, {y}) -> lon {lon}"
            );
            assert!(
                (30.0 + margin..=59.0 - margin).contains(&lat),
                "({x}, {y}) -> lat {lat}"
            );
        }
    }
}

#[test]
fn capitals_are_projected_and_inside_their_own_countries() {
    let m = map();
    let expected = [
        ("Astana", "KZ", 71.4460, 51.1801),
        ("Bishkek", "KG", 74.59, 42.87),
        ("Dushanbe", "TJ", 68.7791, 38.5358),
        ("Ashgabat", "TM", 58.3833, 37.95),
        ("Tashkent", "UZ", 69.2163, 41.2647),
    ];
    assert_eq!(m.capitals.len(), 5);
    for (name, a2, lon, lat) in expected {
        let c = m.capitals.iter().find(|c| c.name == name).unwrap();
        assert_eq!(c.country, a2);
        let (x, y) = m.projection.project(lon, lat);
        assert!((c.x - x).abs() <= 0.05 && (c.y - y).abs() <= 0.05, "{name}");
        for (other, _, _) in FOCUS {
            let hit = inside(&rings(&country(other).path), (c.x, c.y));
            assert_eq!(hit, other == a2, "{name} inside {other}: {hit}");
        }
    }
}

#[test]
fn labels_sit_well_inside_their_countries() {
    let m = map();
    for c in &m.countries {
        let r = rings(&c.path);
        let visible = (0.0..=m.width).contains(&c.label.0) && (0.0..=m.height).contains(&c.label.1);
        assert!(
            visible || c.role == Role::Context,
            "{} label {:?} off the view",
            c.name,
            c.label
        );
        assert!(
            inside(&r, c.label),
            "{} label {:?} outside the country",
            c.name,
            c.label
        );
        if c.role == Role::Focus {
            let clearance = distance_to_edges(&r, c.label);
            assert!(
                clearance > 15.0,
                "{} label only {clearance} from a border",
                c.name
            );
        }
    }
    // Kazakhstan's label is in the middle of its main body, not on an island.
    let (lon, lat) = m
        .projection
        .invert(country("KZ").label.0, country("KZ").label.1);
    assert!(
        (62.0..=76.0).contains(&lon) && (46.0..=51.0).contains(&lat),
        "KZ label at {lon}, {lat}"
    );
}

#[test]
fn fergana_valley_enclaves_survive() {
    // (name, owner, host, interior lon, lat) in Natural Earth 1:50m. Sarvan
    // is the Tajik enclave in Uzbekistan; Kairagach is not in 1:50m at all.
    let enclaves = [
        ("Sokh", "UZ", "KG", 71.11, 39.96),
        ("Shakhimardan", "UZ", "KG", 71.74, 39.95),
        ("Vorukh", "TJ", "KG", 70.59, 39.83),
        ("Sarvan", "TJ", "UZ", 70.61, 40.98),
    ];
    for (name, owner, host, lon, lat) in enclaves {
        assert!(in_country(owner, lon, lat), "{name} is not in {owner}");
        assert!(
            !in_country(host, lon, lat),
            "{name} is not cut out of {host}"
        );
    }
    // The host's surroundings are still the host's.
    assert!(in_country("KG", 71.11, 39.80) && !in_country("UZ", 71.11, 39.80));
    assert!(
        rings(&country("UZ").path).len() >= 4,
        "UZ: main body, hole, Sokh, Shakhimardan"
    );
}

#[test]
fn enclave_borders_are_shared_exactly() {
    // Each hole in Kyrgyzstan is an enclave: the same points, in the same
    // file, as a ring of Uzbekistan or Tajikistan. A gap would show as a line.
    let key = |r: &Ring| {
        let mut v: Vec<(i64, i64)> = r
            .iter()
            .map(|&(x, y)| ((x * 10.0).round() as i64, (y * 10.0).round() as i64))
            .collect();
        v.sort_unstable();
        v
    };
    let neighbours: Vec<_> = ["UZ", "TJ"]
        .iter()
        .flat_map(|a2| rings(&country(a2).path))
        .map(|r| key(&r))
        .collect();
    let kg = rings(&country("KG").path);
    assert_eq!(kg.len(), 4, "Kyrgyzstan: outline and three enclave holes");
    for hole in &kg[1..] {
        assert!(
            neighbours.contains(&key(hole)),
            "a KG hole matches no UZ/TJ ring"
        );
    }
}

#[test]
fn bboxes_match_the_paths() {
    for c in &map().countries {
        let mut want = (f64::INFINITY, f64::INFINITY, -f64::INFINITY, -f64::INFINITY);
        for (x, y) in rings(&c.path).into_iter().flatten() {
            want = (want.0.min(x), want.1.min(y), want.2.max(x), want.3.max(y));
        }
        assert_eq!(c.bbox, want, "{}", c.name);
    }
}

#[test]
fn output_is_deterministic() {
    let (a, b) = (
        build_map(CENTRAL_ASIA_GEOJSON).unwrap(),
        build_map(CENTRAL_ASIA_GEOJSON).unwrap(),
    );
    assert_eq!(a, b);
    assert_eq!(&a, map());
}
