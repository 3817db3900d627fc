//! The standalone SVG map of `core::export::map_svg`, parsed as XML with
//! `roxmltree`: fills and textures as in the app, title, legend, credits,
//! escaping, determinism and the Russian version.
use central_asia_rights_map::core::colour::{CONTEXT_FILL, WATER_FILL};
use central_asia_rights_map::core::data::*;
use central_asia_rights_map::core::export::*;
use central_asia_rights_map::core::geo::{build_map, MapGeometry, Role, CENTRAL_ASIA_GEOJSON};
use central_asia_rights_map::core::messages::{fill, Lang, Messages};
use central_asia_rights_map::core::url_state::OVERVIEW;
use central_asia_rights_map::core::view_model::{category_name, country_status, legend};
use std::collections::BTreeSet;
use std::sync::OnceLock;

fn real() -> RightsData {
    load_embedded().unwrap_or_else(|e| panic!("embedded data does not load: {e:?}"))
}

fn geo() -> &'static MapGeometry {
    static MAP: OnceLock<MapGeometry> = OnceLock::new();
    MAP.get_or_init(|| build_map(CENTRAL_ASIA_GEOJSON).expect("map builds"))
}

fn en() -> &'static Messages {
    Lang::En.messages()
}
/// All the text of an element, tspans included, lines joined by spaces.
fn text_of(node: roxmltree::Node) -> String {
    node.descendants()
        .filter(|d| d.is_text())
        .filter_map(|d| d.text())
        .collect::<Vec<_>>()
        .join(" ")
}

fn texts(doc: &roxmltree::Document) -> Vec<String> {
    doc.descendants()
        .filter(|n| n.has_tag_name("text") || n.has_tag_name("title"))
        .map(text_of)
        .collect()
}

/// Parses the SVG and checks what every map must have.
fn check_svg<'a>(
    svg: &'a str,
    data: &RightsData,
    msgs: &Messages,
    category: &str,
) -> roxmltree::Document<'a> {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not XML: {e}"));
    let root = doc.root_element();
    assert!(root.has_tag_name(("http://www.w3.org/2000/svg", "svg")));
    let (w, h) = (
        root.attribute("width").unwrap(),
        root.attribute("height").unwrap(),
    );
    assert_eq!(
        root.attribute("viewBox"),
        Some(format!("0 0 {w} {h}").as_str())
    );
    assert_eq!(w.parse::<f64>().unwrap(), geo().width);
    assert!(
        h.parse::<f64>().unwrap() > geo().height + 150.0,
        "room for legend and credits"
    );
    assert_eq!(root.attribute("font-family"), Some("system-ui, sans-serif"));

    // Every url(#id) points at a defined element; the ten textures are there.
    let ids: BTreeSet<&str> = doc
        .descendants()
        .filter_map(|n| n.attribute("id"))
        .collect();
    for p in ["hatch", "dots", "lines", "cross", "dense"] {
        for ink in ["dark", "light"] {
            assert!(ids.contains(format!("pattern-{p}-{ink}").as_str()));
        }
    }
    for n in doc.descendants() {
        for a in n.attributes() {
            if let Some(rest) = a.value().strip_prefix("url(#") {
                assert!(
                    ids.contains(rest.trim_end_matches(')')),
                    "dangling {}",
                    a.value()
                );
            }
        }
    }

    // The five countries with the app's fills, each with its texture.
    let shapes: Vec<_> = doc
        .descendants()
        .filter(|n| n.attribute("data-country").is_some())
        .collect();
    assert_eq!(shapes.len(), 5);
    for s in &shapes {
        let code = s.attribute("data-country").unwrap();
        let status = country_status(data, msgs, code, category).unwrap();
        assert_eq!(s.attribute("fill"), Some(status.swatch.fill), "{code}");
        let texture = doc
            .descendants()
            .find(|n| n.attribute("data-texture") == Some(code))
            .unwrap();
        assert_eq!(
            texture.attribute("fill").unwrap(),
            format!(
                "url(#{}-{})",
                status.swatch.pattern.svg_id(),
                if status.swatch.dark { "light" } else { "dark" }
            )
        );
    }
    let context: Vec<_> = doc
        .descendants()
        .filter(|n| n.attribute("data-context").is_some())
        .collect();
    assert_eq!(
        context.len(),
        geo()
            .countries
            .iter()
            .filter(|c| c.role == Role::Context)
            .count()
    );
    assert!(context
        .iter()
        .all(|n| n.attribute("fill") == Some(CONTEXT_FILL)
            && n.attribute("stroke") == Some("#ffffff")));
    assert!(doc
        .descendants()
        .any(|n| n.has_tag_name("rect") && n.attribute("fill") == Some(WATER_FILL)));

    // Title, country labels, capitals, legend and credits are in the image.
    let all = texts(&doc);
    let has = |t: &str| all.iter().any(|x| x == t);
    assert!(has(msgs.title), "title {:?} in {all:?}", msgs.title);
    assert!(has(&category_name(data, msgs, category)));
    assert!(has(&format!(
        "{} — {}",
        msgs.title,
        category_name(data, msgs, category)
    )));
    assert!(has(msgs.legend_title));
    for entry in legend(data, msgs, category) {
        assert!(has(&entry.label), "legend label {:?}", entry.label);
    }
    // The source's name, wrapped over lines, and the data's version.
    let credits: Vec<&str> = doc
        .descendants()
        .filter(|n| n.attribute("data-credit").is_some())
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(credits[..credits.len() - 2].join(" "), msgs.credit_source);
    assert_eq!(
        credits.last().copied(),
        Some(
            format!(
                "{} · {}",
                msgs.credit_natural_earth,
                fill(msgs.method.version, &[("version", &data.version)])
            )
            .as_str()
        )
    );
    for c in &data.countries {
        assert!(has(&c.capital), "capital {}", c.capital);
        let status = country_status(data, msgs, &c.code, category).unwrap().label;
        let label = doc
            .descendants()
            .find(|n| n.attribute("data-label") == Some(&c.code))
            .unwrap();
        assert_eq!(text_of(label), format!("{} {}", c.name, status));
    }
    doc
}

#[test]
fn map_svg_for_a_category_and_the_overview() {
    let data = real();
    for category in ["press", "civil-society", OVERVIEW] {
        let svg = map_svg(geo(), &data, en(), category);
        check_svg(&svg, &data, en(), category);
        assert_eq!(svg, map_svg(geo(), &data, en(), category), "deterministic");
    }
    // Press: Turkmenistan's tight state control is the most severe step.
    let svg = map_svg(geo(), &data, en(), "press");
    assert!(
        svg.contains(r##"fill="#7f0000" stroke="#ffffff" stroke-width="2.4" data-country="TM""##)
    );
    assert!(svg.starts_with(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
    ));
}

#[test]
fn an_unknown_category_draws_the_overview() {
    let data = real();
    assert_eq!(
        map_svg(geo(), &data, en(), "nonsense"),
        map_svg(geo(), &data, en(), OVERVIEW)
    );
}

#[test]
fn map_svg_escapes_hostile_text() {
    let mut data = real();
    let hostile = "<script>&\"'";
    let press = data
        .categories
        .iter_mut()
        .find(|c| c.id == "press")
        .unwrap();
    press.statuses[1].label = hostile.into();
    press.name = "Press & <b>media</b>".into();
    data.countries[0].name = "A & 'B' \"C\" </text>".into();
    data.countries[0].findings.get_mut("press").unwrap().status = press.statuses[1].id.clone();
    let svg = map_svg(geo(), &data, en(), "press");
    let doc = check_svg(&svg, &data, en(), "press");
    assert!(
        !svg.contains("<script") && !svg.contains("<b>"),
        "raw markup leaked"
    );
    assert!(svg.contains("&lt;script&gt;&amp;&quot;&apos;"));
    assert!(texts(&doc).iter().any(|t| t == hostile));
}

#[test]
fn xml_escape_covers_the_five_characters_and_drops_controls() {
    assert_eq!(
        xml_escape(r#"a&b<c>d"e'f"#),
        "a&amp;b&lt;c&gt;d&quot;e&apos;f"
    );
    assert_eq!(xml_escape("x\u{0}y\u{1b}z\tw"), "xyz\tw");
    assert_eq!(xml_escape("Казахстан — «случаи»"), "Казахстан — «случаи»");
}

#[test]
fn map_svg_in_russian() {
    let ru_data = load_embedded_ru(&real()).unwrap();
    let ru = Lang::Ru.messages();
    for category in ["movement", OVERVIEW] {
        let svg = map_svg(geo(), &ru_data, ru, category);
        let doc = check_svg(&svg, &ru_data, ru, category);
        let all = texts(&doc);
        assert!(
            all.iter()
                .any(|t| t == "Карта прав человека в Центральной Азии"),
            "{all:?}"
        );
        assert!(all.iter().any(|t| t.starts_with(ru.credit_natural_earth)));
        assert!(!all
            .iter()
            .any(|t| t == en().title || t == en().legend_title));
    }
}

/// The export's own upper case (no Unicode tables in the wasm) agrees with
/// the standard library on every name it is used for, in both languages, and
/// on the whole Russian and Latin alphabets.
#[test]
fn upper_case_agrees_with_std_on_the_map_names() {
    for lang in [Lang::En, Lang::Ru] {
        for (_, name) in lang.messages().neighbours {
            assert_eq!(upper_case(name), name.to_uppercase(), "{name}");
        }
    }
    let alphabets = "abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя -’.";
    assert_eq!(upper_case(alphabets), alphabets.to_uppercase());
}

#[test]
fn view_box_size_reads_the_last_two_numbers() {
    assert_eq!(
        view_box_size(r#"<svg width="1000" viewBox="0 0 1000 812.5">"#),
        Some((1000.0, 812.5))
    );
    assert_eq!(
        view_box_size(r#"<svg viewBox="0,0,4,3">"#),
        Some((4.0, 3.0))
    );
    assert_eq!(view_box_size("<svg>"), None);
    assert_eq!(view_box_size(r#"<svg viewBox="0 0 0 3">"#), None);
    assert_eq!(view_box_size(r#"<svg viewBox="0 0 x 3">"#), None);
}
