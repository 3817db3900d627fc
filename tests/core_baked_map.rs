//! The baked map (assets/geo/central-asia.map.tsv) is exactly what `build_map`
//! computes from the committed GeoJSON, and reads back to the same geometry.
use central_asia_rights_map::core::geo::baked::{decode, encode, fill_paths, CENTRAL_ASIA_BAKED};
use central_asia_rights_map::core::geo::{build_map, GeoError, CENTRAL_ASIA_GEOJSON};
use central_asia_rights_map::core::shipped::map_without_paths;

#[test]
fn the_committed_file_is_what_build_map_gives_today() {
    let fresh = encode(&build_map(CENTRAL_ASIA_GEOJSON).expect("the GeoJSON builds"));
    let stale =
        "assets/geo/central-asia.map.tsv is out of date: run `cargo run --example bake_map`";
    let (fresh_header, fresh_body) = fresh.split_once('\n').unwrap();
    let (header, body) = CENTRAL_ASIA_BAKED.split_once('\n').expect("a header line");
    // Paths, labels and boxes are rounded to 0.1 unit: the same everywhere.
    assert!(fresh_body == body, "{stale}");
    // The projection's scale and offset are full-precision floats, which
    // another platform's maths library may give one unit in the last place apart.
    let numbers = |line: &str| {
        line.split('\t')
            .skip(3)
            .map(|n| f64::from_bits(u64::from_str_radix(n, 16).unwrap()))
            .collect::<Vec<_>>()
    };
    for (a, b) in numbers(fresh_header).iter().zip(numbers(header)) {
        assert!(
            (a - b).abs() <= 1e-9 * a.abs().max(1.0),
            "{stale} ({a} vs {b})"
        );
    }
}

#[test]
fn decoding_gives_back_the_very_same_geometry() {
    let map = build_map(CENTRAL_ASIA_GEOJSON).unwrap();
    assert_eq!(decode(&encode(&map)).expect("it decodes"), map);
    assert_eq!(decode(CENTRAL_ASIA_BAKED).unwrap().countries.len(), 23);
}

fn baked_error(text: &str) -> (usize, String) {
    match decode(text) {
        Err(GeoError::Baked { line, problem }) => (line, problem),
        other => panic!("expected a baked-map error, got {other:?}"),
    }
}

#[test]
fn a_malformed_line_is_named_with_its_number_and_problem() {
    let good_header = "map\t1000\t700\t409db00000000000\t407f400000000000\t4076800000000000\n";
    let (line, problem) = baked_error(&format!(
        "{good_header}country\tKZ\tKAZ\tfocus\tKazakhstan\tx\t1\t0\t0\t1\t1\tM0,0Z\n"
    ));
    assert_eq!(line, 2);
    assert!(problem.contains("field 6 is not a number"), "{problem}");
    let (line, problem) = baked_error(&format!("{good_header}capital\tAstana\tKZ\t1\n"));
    assert_eq!((line, problem.as_str()), (2, "4 fields, expected 6"));
    let (_, problem) = baked_error(&format!("{good_header}river\tSyr Darya\n"));
    assert!(problem.contains("unknown record"), "{problem}");
    let (_, problem) = baked_error(&format!(
        "{good_header}country\tKZ\tKAZ\tcentral\tKazakhstan\t1\t1\t0\t0\t1\t1\tM0,0Z\n"
    ));
    assert!(problem.contains("neither focus nor context"), "{problem}");
    let (_, problem) =
        baked_error("country\tKZ\tKAZ\tfocus\tKazakhstan\t1\t1\t0\t0\t1\t1\tM0,0Z\n");
    assert_eq!(problem, "no map line");
    assert_eq!(decode(good_header), Err(GeoError::NoFocusCountries));
    let (_, problem) = baked_error("map\t1000\t700\t1900\t500\t360\n");
    assert!(
        problem.contains("field 4 is not 16 hex digits"),
        "{problem}"
    );
}

#[test]
fn the_wasm_map_is_the_baked_map_without_paths_and_fills_back_to_it() {
    let full = decode(CENTRAL_ASIA_BAKED).unwrap();
    let mut map = map_without_paths().expect("build.rs's copy decodes");
    assert!(
        map.countries.iter().all(|c| c.path.is_empty()),
        "no path travels in the wasm"
    );
    let paths_emptied = {
        let mut m = full.clone();
        m.countries.iter_mut().for_each(|c| c.path.clear());
        m
    };
    assert_eq!(map, paths_emptied, "everything but the paths is kept");
    let path_of = |c: &central_asia_rights_map::core::geo::CountryShape| {
        full.countries
            .iter()
            .find(|f| f.alpha2 == c.alpha2)
            .map(|f| f.path.clone())
    };
    fill_paths(&mut map, path_of).expect("every country found");
    assert_eq!(map, full);
}

#[test]
fn countries_left_without_a_path_are_named() {
    let mut map = map_without_paths().unwrap();
    let result = fill_paths(&mut map, |c| match c.alpha2.as_str() {
        "KZ" => None,
        "UZ" => Some("not a path".to_string()),
        _ => Some("M0 0l1 0 0 1z".to_string()),
    });
    assert_eq!(result, Err(vec!["KZ".to_string(), "UZ".to_string()]));
}
