//! The exported map's labels never overlap and stay on the map: the SVG of
//! every issue, in both languages (and the share images, which draw the same
//! map), is read back as XML and each label's box rebuilt from its position
//! with the same width estimate (`geo::metrics`) the export laid it out with.
use rights_map_core::data::{load_embedded, load_embedded_ru, RightsData};
use rights_map_core::export::{map_svg, share_svg};
use rights_map_core::geo::baked::{decode, CENTRAL_ASIA_BAKED};
use rights_map_core::geo::metrics::{text_width, ASCENT, DESCENT};
use rights_map_core::geo::placement::Rect;
use rights_map_core::geo::MapGeometry;
use rights_map_core::messages::{packs, Lang};
use rights_map_core::pages::{Page, PageKind};
use rights_map_core::url_state::OVERVIEW;

fn both() -> [(Lang, RightsData); 2] {
    let en = load_embedded().unwrap();
    let ru = load_embedded_ru(&en).unwrap();
    [(Lang::En, en), (Lang::Ru, ru)]
}

fn geo() -> MapGeometry {
    decode(CENTRAL_ASIA_BAKED).unwrap()
}

fn number(node: roxmltree::Node, name: &str) -> Option<f64> {
    node.ancestors()
        .find_map(|n| n.attribute(name))
        .map(|v| v.parse().unwrap())
}

/// The box of one line of text: its own or its `<text>`'s position, size,
/// weight, spacing and anchor.
fn line_box(line: roxmltree::Node, text: &str) -> Rect {
    let size = number(line, "font-size").unwrap();
    let bold = line.ancestors().find_map(|n| n.attribute("font-weight")) == Some("700");
    let spacing = number(line, "letter-spacing").unwrap_or(0.0);
    let (x, y) = (number(line, "x").unwrap(), number(line, "y").unwrap());
    let w = text_width(text, size, bold, spacing);
    let left = match line.ancestors().find_map(|n| n.attribute("text-anchor")) {
        Some("middle") => x - w / 2.0,
        Some("end") => x - w,
        _ => x,
    };
    Rect {
        left,
        top: y - ASCENT * size,
        right: left + w,
        bottom: y + DESCENT * size,
    }
}

fn union(a: Rect, b: Rect) -> Rect {
    Rect {
        left: a.left.min(b.left),
        top: a.top.min(b.top),
        right: a.right.max(b.right),
        bottom: a.bottom.max(b.bottom),
    }
}

/// Every label of the drawing's label layer, as (what, box): a country's
/// name and its status lines are two labels.
fn label_boxes(svg: &str) -> Vec<(String, Rect)> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    let layer = doc
        .descendants()
        .find(|n| n.attribute("data-labels").is_some())
        .expect("a label layer");
    let mut out = Vec::new();
    for text in layer.children().filter(|n| n.has_tag_name("text")) {
        let spans: Vec<_> = text
            .children()
            .filter(|n| n.has_tag_name("tspan"))
            .collect();
        if spans.is_empty() {
            out.push((
                text.text().unwrap().to_string(),
                line_box(text, text.text().unwrap()),
            ));
            continue;
        }
        let name = spans[0].text().unwrap();
        out.push((name.to_string(), line_box(spans[0], name)));
        let status = spans[1..]
            .iter()
            .map(|s| line_box(*s, s.text().unwrap()))
            .reduce(union);
        if let Some(status) = status {
            out.push((format!("{name}: status"), status));
        }
    }
    out
}

fn check(svg: &str, width: f64, height: f64, what: &str) -> usize {
    let boxes = label_boxes(svg);
    // Positions are written to 0.1 unit: boxes laid out touching may overlap by that.
    for (i, (a, ra)) in boxes.iter().enumerate() {
        assert!(
            ra.left >= 0.0 && ra.top >= 0.0 && ra.right <= width && ra.bottom <= height,
            "{what}: {a} leaves the map: {ra:?}"
        );
        for (b, rb) in &boxes[i + 1..] {
            assert!(!ra.near(rb, -0.1), "{what}: {a} {ra:?} overlaps {b} {rb:?}");
        }
    }
    boxes.len()
}

fn issues(data: &RightsData) -> Vec<String> {
    let mut ids: Vec<String> = data.categories.iter().map(|c| c.id.clone()).collect();
    ids.push(OVERVIEW.into());
    ids
}

#[test]
fn no_two_labels_of_the_exported_map_overlap_in_any_issue_or_language() {
    let map = geo();
    for (lang, data) in both() {
        assert_eq!(issues(&data).len(), 13);
        for id in issues(&data) {
            let svg = map_svg(&map, &data, lang.messages(), &id);
            let n = check(&svg, map.width, map.height, &format!("{lang:?} {id}"));
            // Five names, their five status lines, five capitals, the neighbours.
            assert!(n >= 15, "{lang:?} {id}: {n} labels");
        }
    }
}

#[test]
fn the_exported_map_keeps_every_name_status_and_capital() {
    let map = geo();
    for (lang, data) in both() {
        for id in issues(&data) {
            let svg = map_svg(&map, &data, lang.messages(), &id);
            let boxes = label_boxes(&svg);
            for c in &data.countries {
                let has = |t: &str| boxes.iter().any(|(what, _)| what == t);
                assert!(has(&c.name), "{lang:?} {id}: {}", c.name);
                assert!(
                    has(&format!("{}: status", c.name)),
                    "{lang:?} {id}: {} status",
                    c.name
                );
                assert!(has(&c.capital), "{lang:?} {id}: {}", c.capital);
            }
        }
    }
}

/// Each country's code in the label layer, with whether its status is shown.
fn names_with_status(svg: &str) -> Vec<(String, bool)> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| {
            let spans = n.children().filter(|c| c.has_tag_name("tspan")).count();
            Some((n.attribute("data-label")?.to_string(), spans > 1))
        })
        .collect()
}

/// The share image's smallest name and smallest label, in its pixels (the
/// map is an inner `<svg>` drawn smaller than its view box).
fn label_sizes_in_pixels(svg: &str) -> (f64, f64) {
    let doc = roxmltree::Document::parse(svg).unwrap();
    let inner = doc
        .descendants()
        .filter(|n| n.has_tag_name("svg"))
        .nth(1)
        .expect("the map's own svg");
    let width: f64 = inner.attribute("width").unwrap().parse().unwrap();
    let view: f64 = inner
        .attribute("viewBox")
        .unwrap()
        .split(' ')
        .nth(2)
        .unwrap()
        .parse()
        .unwrap();
    let sizes = |names: bool| {
        inner
            .descendants()
            .filter(|n| n.attribute("font-size").is_some())
            .filter(|n| names == (n.attribute("font-weight") == Some("700")))
            .map(|n| n.attribute("font-size").unwrap().parse::<f64>().unwrap() * width / view)
            .fold(f64::INFINITY, f64::min)
    };
    (sizes(true), sizes(true).min(sizes(false)))
}

/// The share image's map, its names half as large again as the download's
/// and its other labels a fifth larger (to be read in a preview), keeps
/// every name and capital, drops a status only where the download drops it
/// too, and no two labels overlap: on every full page in each of the seven
/// languages.
#[test]
fn every_share_images_map_keeps_its_labels_apart() {
    let map = geo();
    let en: &'static RightsData = Box::leak(Box::new(load_embedded().unwrap()));
    for lang in Lang::ALL {
        packs::load(lang, packs::native_pack(lang)).unwrap();
        let data = packs::data(lang, en);
        let pages = rights_map_core::pages::all_pages(data);
        for page in pages.iter().filter(|p| p.lang == lang && !p.is_embed()) {
            let what = format!("share {}", page.path());
            let svg = share_svg(&map, data, page);
            check(&svg, map.width, map.height, &what);
            let download = map_svg(&map, data, lang.messages(), &page.view(data).category);
            let (shared, full) = (names_with_status(&svg), names_with_status(&download));
            assert_eq!(shared.len(), 5, "{what}: names");
            for (code, shown) in &shared {
                let in_full = full.iter().any(|(c, s)| c == code && *s);
                assert!(*shown || !in_full, "{what}: {code}'s status is dropped");
            }
            let capitals = svg.matches("data-capital=").count();
            assert_eq!(capitals, 5, "{what}: capitals");
            // In the image's pixels: names of 15 px and more, the rest 9 px.
            let (names, smallest) = label_sizes_in_pixels(&svg);
            assert!(
                names >= 15.0 && smallest >= 9.0,
                "{what}: {names} px, {smallest} px"
            );
        }
    }
}

/// A country's outline in its share image is drawn under the labels: over
/// them, its thick line crossed out Bishkek, which sits by Kyrgyzstan's
/// border, and the status lines it runs through.
#[test]
fn a_share_images_outline_goes_under_the_labels() {
    let map = geo();
    for (lang, data) in both() {
        for c in &data.countries {
            let page = Page::new(PageKind::Country(c.code.clone()), lang);
            let svg = share_svg(&map, &data, &page);
            let doc = roxmltree::Document::parse(&svg).unwrap();
            let at = |attr: &str| {
                doc.descendants()
                    .position(|n| n.attribute(attr).is_some())
                    .unwrap_or_else(|| panic!("{lang:?} {}: no {attr}", c.code))
            };
            assert!(
                at("data-outline") < at("data-labels"),
                "{lang:?} {}: the outline is drawn over the labels",
                c.code
            );
        }
    }
}

/// An issue's share image says in words what its map shows in colours:
/// the whole list of its statuses with their countries (`issue_summary`),
/// in the image's language, each status starting a line.
#[test]
fn an_issue_share_image_says_each_countrys_status() {
    static EN: std::sync::OnceLock<RightsData> = std::sync::OnceLock::new();
    each_share_image(|page, doc| {
        let PageKind::Issue(id) = &page.kind else {
            return;
        };
        let lines: Vec<String> = doc
            .descendants()
            .find(|n| n.attribute("data-body").is_some())
            .map(|b| {
                b.children()
                    .filter_map(|n| n.text())
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        let data = packs::data(page.lang, EN.get_or_init(|| load_embedded().unwrap()));
        let sentences = rights_map_core::view_model::issue_summary(data, id);
        assert_eq!(lines.join(" "), sentences.join(" "), "{}", page.path());
        for sentence in &sentences {
            let first = sentence.split(' ').next().unwrap();
            assert!(
                lines.iter().any(|l| l.starts_with(first)),
                "{}: {sentence}",
                page.path()
            );
        }
    });
}

/// Every full page's share image in each of the seven languages, each pack
/// read as the site renderer reads it, given to `check` parsed.
fn each_share_image(mut check: impl FnMut(&Page, &roxmltree::Document)) {
    let map = geo();
    let en: &'static RightsData = Box::leak(Box::new(load_embedded().unwrap()));
    for lang in Lang::ALL {
        packs::load(lang, packs::native_pack(lang)).unwrap();
        let data = packs::data(lang, en);
        let pages = rights_map_core::pages::all_pages(data);
        let mut seen = 0;
        for page in pages.iter().filter(|p| p.lang == lang && !p.is_embed()) {
            let svg = share_svg(&map, data, page);
            check(page, &roxmltree::Document::parse(&svg).unwrap());
            seen += 1;
        }
        assert!(seen > 30, "{lang:?}: {seen} pages");
    }
}

/// A share image's title is whole, never cut with "…", in any language: it
/// is what a messenger's preview is read by (the Russian title of the Kyrgyz
/// propaganda law lost its last word, "партнерств").
#[test]
fn a_share_images_title_is_never_cut() {
    each_share_image(|page, doc| {
        let lines: Vec<&str> = doc
            .descendants()
            .filter(|n| n.attribute("data-title").is_some())
            .flat_map(|g| g.children().filter_map(|n| n.text()))
            .filter(|t| !t.trim().is_empty())
            .collect();
        assert!(!lines.is_empty(), "{}: no title", page.path());
        let title = lines.join(" ");
        assert!(!title.contains('…'), "{}: {title}", page.path());
    });
}

/// A share image's paragraph (the country's summary, the case with its
/// outcome, what the issue's map shows) is whole in every language, set smaller
/// where it is long rather than cut with "…": the case of the Islamic
/// Renaissance Party of Tajikistan and Group 24 lost its outcome.
#[test]
fn a_share_images_paragraph_is_never_cut() {
    each_share_image(|page, doc| {
        let body = doc
            .descendants()
            .find(|n| n.attribute("data-body").is_some())
            .unwrap_or_else(|| panic!("{}: no paragraph", page.path()));
        let lines: Vec<(&str, f64)> = body
            .children()
            .filter(|n| n.has_tag_name("text"))
            .map(|n| {
                (
                    n.text().unwrap_or(""),
                    n.attribute("y").unwrap().parse().unwrap(),
                )
            })
            .collect();
        let text = lines.iter().map(|(t, _)| *t).collect::<Vec<_>>().join(" ");
        assert!(!text.contains('…'), "{}: {text}", page.path());
        // Above the source line (its baseline at 566 px).
        let last = lines.last().map_or(0.0, |(_, y)| *y);
        assert!(
            last <= 530.0,
            "{}: the paragraph ends at {last}",
            page.path()
        );
    });
}
