//! Path data read back from a page or a file is checked before it is kept,
//! and the exports escape it anyway: a `d` string cannot add markup.
use rights_map_core::data::load_embedded;
use rights_map_core::export::{map_svg, share_svg};
use rights_map_core::geo::baked::{decode, fill_paths, CENTRAL_ASIA_BAKED};
use rights_map_core::geo::path::is_path_data;
use rights_map_core::geo::{MapGeometry, Role};
use rights_map_core::messages::Lang;
use rights_map_core::pages::{Page, PageKind};

const HOSTILE: &str = r#"M0 0"/><script>alert(1)</script><path d="M0 0"#;

#[test]
fn only_path_commands_numbers_and_separators_are_path_data() {
    for ok in [
        "M0 0l1 0 0 1z",
        "M-1.5,2e-3L+3E2 4Z",
        "m0 0h1v1H0V0c1 1 2 2 3 3s1 1 2 2q1 1 2 2t1 1a1 1 0 0 1 2 2z",
    ] {
        assert!(is_path_data(ok), "{ok}");
    }
    for bad in [
        "",
        "L0 0",
        " M0 0",
        HOSTILE,
        "M0 0\"",
        "M0 0'",
        "M0 0<",
        "M0 0>",
        "M0 0&amp;",
        "M0 0\n",
        "M0 0\t1",
        "M0 0 url(#x)",
        "M0 0;",
        "M0 0\u{0}",
        "M0 0\u{FF10}",
    ] {
        assert!(!is_path_data(bad), "{bad:?}");
    }
}

fn without_paths() -> MapGeometry {
    let mut map = decode(CENTRAL_ASIA_BAKED).unwrap();
    map.countries.iter_mut().for_each(|c| c.path.clear());
    map
}

#[test]
fn a_path_with_markup_from_the_page_is_refused() {
    let mut map = without_paths();
    let result = fill_paths(&mut map, |c| match c.alpha2.as_str() {
        "KZ" => Some(HOSTILE.to_string()),
        _ => Some("M0 0l1 0 0 1z".to_string()),
    });
    assert_eq!(result, Err(vec!["KZ".to_string()]));
    let kz = map.countries.iter().find(|c| c.alpha2 == "KZ").unwrap();
    assert!(kz.path.is_empty(), "the hostile path is not kept");
}

#[test]
fn a_baked_file_with_markup_in_a_path_is_an_error() {
    let hostile: String = CENTRAL_ASIA_BAKED
        .lines()
        .map(|line| match line.rsplit_once('\t') {
            Some((head, _)) if line.starts_with("country\tKZ\t") => format!("{head}\t{HOSTILE}"),
            _ => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let error = decode(&hostile).unwrap_err().to_string();
    assert!(error.contains("not SVG path data"), "{error}");
    assert!(
        decode(&without_paths_text()).is_ok(),
        "empty paths are fine"
    );
}

fn without_paths_text() -> String {
    CENTRAL_ASIA_BAKED
        .lines()
        .map(|line| match line.rsplit_once('\t') {
            Some((head, _)) if line.starts_with("country\t") => format!("{head}\t"),
            _ => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whatever reaches the exports is escaped: a geometry built in code can
/// still hold any string.
#[test]
fn the_exports_escape_a_hostile_path() {
    let data = load_embedded().unwrap();
    let mut map = decode(CENTRAL_ASIA_BAKED).unwrap();
    for c in map.countries.iter_mut() {
        c.path = HOSTILE.to_string();
    }
    assert!(map.countries.iter().any(|c| c.role == Role::Context));
    let page = Page::new(PageKind::Country("KZ".into()), Lang::En);
    for svg in [
        map_svg(&map, &data, Lang::En.messages(), "press"),
        share_svg(&map, &data, &page),
    ] {
        assert!(!svg.contains("<script"), "raw markup leaked");
        assert!(svg.contains("M0 0&quot;/&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
    }
}
