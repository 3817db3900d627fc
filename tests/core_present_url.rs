//! Presentation mode in the URL (`present=1&step=N`) and framing a country.
use central_asia_rights_map::core::data::load_embedded;
use central_asia_rights_map::core::geo::{build_map, CENTRAL_ASIA_GEOJSON};
use central_asia_rights_map::core::tour::tour_steps;
use central_asia_rights_map::core::url_state::{parse_query, resolve, to_query, Notice, ViewState};
use central_asia_rights_map::core::zoom::{Zoom, MAX_ZOOM};

fn view(query: &str) -> (ViewState, Vec<Notice>) {
    resolve(&parse_query(query), &load_embedded().unwrap())
}

#[test]
fn present_starts_at_the_overview_and_a_step_shows_its_country() {
    let (v, n) = view("?present=1");
    assert_eq!((v.present, v.country.clone()), (Some(0), None));
    assert!(n.is_empty());
    let steps = tour_steps(&load_embedded().unwrap());
    for (i, step) in steps.iter().enumerate() {
        let (v, n) = view(&format!("?present=1&step={}", i + 1));
        assert_eq!(v.present, Some(i));
        assert_eq!(v.country.as_deref(), step.country(), "step {}", i + 1);
        assert!(n.is_empty());
        // The URL round-trips to the same step.
        assert_eq!(view(&to_query(&v)).0, v);
    }
}

#[test]
fn the_tour_decides_the_country_and_drops_a_case() {
    let (v, _) = view("?present=1&step=2&country=UZ&case=kz-marat-zhylanbaev");
    assert_eq!(v.country.as_deref(), Some("KZ"));
    assert_eq!(v.case, None);
}

#[test]
fn a_bad_step_starts_at_the_beginning_with_a_notice_and_a_late_one_clamps() {
    let (v, n) = view("?present=1&step=zero");
    assert_eq!(v.present, Some(0));
    assert_eq!(n, [Notice::UnknownStep("zero".into())]);
    let (v, n) = view("?present=1&step=999");
    assert_eq!(
        v.present,
        Some(tour_steps(&load_embedded().unwrap()).len() - 1)
    );
    assert!(n.is_empty());
    let (v, _) = view("?step=3");
    assert_eq!(v.present, None, "step alone does not present");
    let (v, _) = view("?present=1&embed=1");
    assert_eq!(v.present, None, "no presentation inside an embed");
}

#[test]
fn framing_a_small_country_zooms_in_on_it_and_stays_inside_the_map() {
    let geo = build_map(CENTRAL_ASIA_GEOJSON).unwrap();
    for code in ["KG", "TJ", "KZ"] {
        let shape = geo.countries.iter().find(|c| c.alpha2 == code).unwrap();
        let z = Zoom::framing(shape.bbox, 0.25, geo.width, geo.height);
        let (x, y, w, h) = z.view_box(geo.width, geo.height);
        assert!(z.k >= 1.0 && z.k <= MAX_ZOOM);
        assert!(
            x >= -1e-9 && y >= -1e-9 && x + w <= geo.width + 1e-9 && y + h <= geo.height + 1e-9,
            "{code}"
        );
        let (cx, cy) = (
            (shape.bbox.0 + shape.bbox.2) / 2.0,
            (shape.bbox.1 + shape.bbox.3) / 2.0,
        );
        assert!(
            cx > x && cx < x + w && cy > y && cy < y + h,
            "{code} centre in view"
        );
        if code != "KZ" {
            assert!(z.k > 2.0, "{code} is small: zoom {}", z.k);
        }
    }
}
