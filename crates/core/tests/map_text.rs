//! The map's labels on the page (`map_text`, `geo::map_labels`): the
//! layouts at the window sizes the browser suite checks, with the boxes
//! estimated, keep every country's name (Kyrgyzstan's and Tajikistan's on a
//! phone too) and overlap nowhere; and the stylesheet moves labels by the
//! offsets the layout assumes.
use rights_map_core::data::{load_embedded, load_embedded_ru, RightsData};
use rights_map_core::geo::baked::{decode, CENTRAL_ASIA_BAKED};
use rights_map_core::geo::map_labels::{
    around, beside, boxes, layout, layout_keeping, place_attr, MapLabel,
};
use rights_map_core::geo::placement::{Kind, Place, Rect};
use rights_map_core::geo::MapGeometry;
use rights_map_core::label_sets::{self, LabelSet, LABEL_SETS};
use rights_map_core::map_text::*;
use rights_map_core::messages::{packs, Lang};
use rights_map_core::url_state::OVERVIEW;

fn both() -> [(Lang, RightsData); 2] {
    let en = load_embedded().unwrap();
    let ru = load_embedded_ru(&en).unwrap();
    [(Lang::En, en), (Lang::Ru, ru)]
}

fn geo() -> MapGeometry {
    decode(CENTRAL_ASIA_BAKED).unwrap()
}

fn issues(data: &RightsData) -> Vec<String> {
    let mut ids: Vec<String> = data.categories.iter().map(|c| c.id.clone()).collect();
    ids.push(OVERVIEW.into());
    ids
}

/// The windows of tests/e2e/labels.spec.mjs and the map's inner width in
/// each (assets/styles.css): a phone's map is the window less the layout's
/// 0.5rem padding each side and the 1 px borders; on a desktop, the map's
/// height is the window's less what is above it (196 px in English) and
/// 0.5rem, its width 10/7 of that, less borders.
fn windows() -> [(f64, f64); 3] {
    let desktop = |w: f64, h: f64| {
        let rem = PageStyle::at(w, 1000.0).rem;
        (w, (h - 196.0 - 0.5 * rem) * 1000.0 / 700.0 - 2.0)
    };
    [
        (360.0, 360.0 - 16.0 - 2.0),
        desktop(1366.0, 768.0),
        desktop(1920.0, 1080.0),
    ]
}

/// Shown boxes stay on the map and keep apart (a status line may touch its name).
fn assert_clear(labels: &[MapLabel], places: &[Option<Place>], map: Rect, what: &str) {
    let rects = boxes(labels, places, PAGE_GAP);
    for (i, r) in rects.iter().enumerate() {
        assert_eq!(r.is_some(), places[i].is_some(), "{what}: {i} has a box");
        let Some(r) = r else { continue };
        assert!(map.contains(r), "{what}: {i} off the map");
        for (j, o) in rects.iter().enumerate().skip(i + 1) {
            let Some(o) = o else { continue };
            let pair = matches!(labels[j].kind, Kind::Status | Kind::Silent) && j == i + 1;
            let gap = if pair { 0.0 } else { PAGE_PADDING };
            assert!(!r.near(o, gap), "{what}: {i} {r:?} and {j} {o:?}");
        }
    }
}

#[test]
fn on_a_phone_every_name_is_shown_and_nothing_overlaps() {
    let map = geo();
    // The commonest phone's, and the narrowest's (320 px: the site renderer
    // writes both sets of places), and a phone's on its side (844 × 390: a
    // 318 px map in a wide window, with the phone's type).
    for (window, width) in [windows()[0], (320.0, 320.0 - 16.0 - 2.0), (844.0, 318.0)] {
        phone_names_shown_and_clear(&map, window, width);
    }
}

/// Every set of places the page carries keeps every country's name and
/// overlaps nowhere, as estimated, in both languages and on every issue's map.
#[test]
fn every_set_of_places_names_every_country_and_overlaps_nowhere() {
    let map = geo();
    for set in LABEL_SETS {
        let style = PageStyle::at(set.window, set.map);
        for (lang, data) in both() {
            for id in issues(&data) {
                let labels = page_labels(&map, &data, lang.messages(), &id, style, set.map);
                let places = page_layout(&map, &data, lang.messages(), &id, style, set.map);
                let what = format!("{} {lang:?} {id}", set.attr);
                for (l, p) in labels.iter().zip(&places) {
                    if l.kind == Kind::Name {
                        assert!(p.is_some(), "{what}: a name is hidden");
                    }
                }
                let (w, h) = page_map_size(&map, set.map);
                assert_clear(&labels, &places, Rect::new(0.0, 0.0, w, h), &what);
            }
        }
    }
}

/// A small map in a wide window has the phone's type, buttons and credit:
/// the stylesheet says so twice (a window's media query and the map's
/// container query cannot be one condition), in the same words, and the
/// estimate and the set for it agree on where.
#[test]
fn a_small_map_has_the_phones_type_and_buttons_in_any_window() {
    let css = stylesheet();
    let phone = css_block(&css, "@media (max-width: 760px) {");
    let small = css_block(
        &css,
        &format!("@container map (max-width: {SMALL_MAP}px) {{"),
    );
    for selector in [
        ".map-credit",
        ".country-label-status",
        ".country-label-name",
        ".capital-label",
        ".map-controls",
        ".zoom-controls, .pan-controls",
    ] {
        assert_eq!(
            css_rule(&small, selector),
            css_rule(&phone, selector),
            "{selector}"
        );
    }
    assert!(PageStyle::at(926.0, SMALL_MAP).phone && !PageStyle::at(926.0, SMALL_MAP + 1.0).phone);
    let short = set_shown_up_to("data-short-place", SMALL_MAP);
    assert!(PageStyle::at(short.window, short.map).phone);
}

/// A sidebar's map (an embed of 300 × 250) sets the names smaller where the
/// estimate does, and the page carries places laid out for it, which the
/// stylesheet shows on the same maps.
#[test]
fn a_sidebars_map_has_smaller_names_and_places_of_its_own() {
    let css = stylesheet();
    let tiny = css_block(
        &css,
        &format!("@container map (max-width: {TINY_MAP}px) {{"),
    );
    assert_eq!(
        css_rule(&tiny, ".country-label-name"),
        ".country-label-name { font-size: 0.7rem;"
    );
    assert_eq!(
        css_rule(&tiny, ".map-credit"),
        ".map-credit { top: 0.15rem; bottom: auto; max-width: 9em;"
    );
    let style = PageStyle::at(300.0, 252.0);
    assert!(style.tiny_map && !PageStyle::at(300.0, TINY_MAP + 1.0).tiny_map);
    let (tiny, phone) = (
        style.size(Kind::Name, "Kazakhstan"),
        PageStyle::at(360.0, 342.0).size(Kind::Name, "Kazakhstan"),
    );
    assert!((tiny.0 / phone.0 - 0.7 / 0.8).abs() < 1e-9);
    let sidebar = set_shown_up_to("data-sidebar-place", TINY_MAP);
    assert!(PageStyle::at(sidebar.window, sidebar.map).tiny_map);
}

/// The rules of the stylesheet's block that starts with `head`, each
/// without its closing brace, its white space made single.
fn css_block(css: &str, head: &str) -> Vec<String> {
    let start = css.find(head).unwrap_or_else(|| panic!("no {head}"));
    let (mut depth, mut end) = (0, start);
    for (i, c) in css[start..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 1 => {
                end = start + i;
                break;
            }
            '}' => depth -= 1,
            _ => {}
        }
    }
    css[start..end]
        .split('}')
        .map(|r| r.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// The rule for `selector` among a block's rules (the block's head cut off the first).
fn css_rule(rules: &[String], selector: &str) -> String {
    rules
        .iter()
        .map(|r| r.trim_start_matches(|c| c != '.').to_string())
        .find(|r| r.starts_with(&format!("{selector} {{")))
        .unwrap_or_else(|| panic!("no {selector}"))
}

/// The set of places written as `attr`, which the stylesheet shows on maps
/// of `width` px or less.
fn set_shown_up_to(attr: &str, width: f64) -> LabelSet {
    let set = *LABEL_SETS.iter().find(|s| s.attr == attr).unwrap();
    assert_eq!(
        set.shown.unwrap().container,
        format!("(max-width: {width}px)")
    );
    set
}

fn phone_names_shown_and_clear(map: &MapGeometry, window: f64, width: f64) {
    let style = PageStyle::at(window, width);
    assert!(style.phone && style.small_map);
    for (lang, data) in both() {
        for id in issues(&data) {
            let labels = page_labels(map, &data, lang.messages(), &id, style, width);
            let places = page_layout(map, &data, lang.messages(), &id, style, width);
            let what = format!("{window} px, {lang:?} {id}");
            for (l, p) in labels.iter().zip(&places) {
                match l.kind {
                    Kind::Name => assert!(p.is_some(), "{what}: a name is hidden"),
                    // The page hides these on a phone.
                    Kind::Status | Kind::Silent | Kind::Capital => assert_eq!(*p, None),
                    Kind::Neighbour => {}
                }
            }
            let frame = Rect::new(0.0, 0.0, width, width * 0.7);
            assert_clear(&labels, &places, frame, &what);
        }
    }
}

/// On the commonest phone (360 px), in each of the seven languages, the map
/// names every neighbour it shows: the Kazakh, Kyrgyz, Uzbek and Turkmen
/// credits ("made on the basis of Natural Earth") took three lines, which
/// left no place for "China" at the right edge. (At 320 px Iran's strip under
/// Turkmenistan's name has no room for its name in any language.)
#[test]
fn on_a_phone_every_neighbour_is_named_in_every_language() {
    let map = geo();
    let en: &'static RightsData = Box::leak(Box::new(load_embedded().unwrap()));
    for lang in Lang::ALL {
        packs::load(lang, packs::native_pack(lang)).unwrap();
        let data = packs::data(lang, en);
        let (window, width) = windows()[0];
        let style = PageStyle::at(window, width);
        for id in issues(data) {
            let labels = page_labels(&map, data, lang.messages(), &id, style, width);
            let places = page_layout(&map, data, lang.messages(), &id, style, width);
            let texts = map_label_texts(&map, data, lang.messages(), &id);
            for ((l, p), (_, text)) in labels.iter().zip(&places).zip(&texts) {
                if l.kind == Kind::Neighbour {
                    assert!(p.is_some(), "{lang:?} {id}: {text} is hidden");
                }
            }
        }
    }
}

#[test]
fn kyrgyzstan_and_tajikistan_keep_their_names_at_phone_size_even_when_crowded() {
    // Text spacing (WCAG 1.4.12) and a large font make names a third wider.
    let map = geo();
    let (window, width) = windows()[0];
    let style = PageStyle::at(window, width);
    for (lang, data) in both() {
        let mut labels = page_labels(&map, &data, lang.messages(), OVERVIEW, style, width);
        for l in &mut labels {
            l.size = (l.size.0 * 1.33, l.size.1 * 1.5 / 1.15);
        }
        let frame = Rect::new(0.0, 0.0, width, width * 0.7);
        let places = layout(&labels, &dots(&map, width), frame, PAGE_GAP, PAGE_PADDING);
        let names = map_label_texts(&map, &data, lang.messages(), OVERVIEW);
        for code in ["KG", "TJ"] {
            let i = (0..labels.len())
                .find(|&i| labels[i].kind == Kind::Name && names[i].0 == code)
                .unwrap();
            assert!(places[i].is_some(), "{lang:?}: {code}");
        }
    }
}

#[test]
fn on_desktops_names_and_capitals_are_shown_and_nothing_overlaps() {
    let map = geo();
    for (window, width) in &windows()[1..] {
        let style = PageStyle::at(*window, *width);
        assert!(!style.phone && !style.small_map);
        for (lang, data) in both() {
            for id in issues(&data) {
                let labels = page_labels(&map, &data, lang.messages(), &id, style, *width);
                let places = page_layout(&map, &data, lang.messages(), &id, style, *width);
                let what = format!("{window} {lang:?} {id}");
                for (l, p) in labels.iter().zip(&places) {
                    if matches!(l.kind, Kind::Name | Kind::Capital) {
                        assert!(p.is_some(), "{what}: {:?} hidden", l.kind);
                    }
                }
                let frame = Rect::new(0.0, 0.0, *width, width * 0.7);
                assert_clear(&labels, &places, frame, &what);
            }
        }
    }
}

#[test]
fn the_labels_and_their_texts_come_in_one_order() {
    let map = geo();
    for (lang, data) in both() {
        let labels = map_labels(&map, lang.messages());
        let texts = map_label_texts(&map, &data, lang.messages(), "press");
        assert_eq!(labels.len(), texts.len());
        let kinds: Vec<Kind> = labels.iter().map(|l| l.kind).collect();
        let mut expected = [Kind::Name, Kind::Status].repeat(5);
        expected.extend([Kind::Neighbour; 4]);
        expected.extend([Kind::Capital; 5]);
        assert_eq!(kinds, expected);
        // The neighbours named, well inside the map: Afghanistan, China, Iran, Russia.
        let named: Vec<&str> = texts[10..14].iter().map(|t| t.0).collect();
        assert_eq!(named, ["AF", "CN", "IR", "RU"]);
        assert!(labels.iter().all(|l| l.size == (0.0, 0.0)));
        assert_eq!(
            labels.iter().filter(|l| l.left).count(),
            2,
            "Dushanbe, Tashkent"
        );
    }
}

#[test]
fn every_place_has_its_attribute() {
    let all = [
        Some(Place::Centre),
        Some(Place::Above),
        Some(Place::Below),
        Some(Place::Left),
        Some(Place::Right),
        None,
    ];
    let attrs: Vec<&str> = all.iter().map(|&p| place_attr(p)).collect();
    assert_eq!(
        attrs,
        ["centre", "above", "below", "left", "right", "hidden"]
    );
}

/// One term of a CSS length in a translate: `-50%`, `6px`, `0`, or a
/// `calc()` of them, for a box `size` px long on that axis.
fn length(css: &str, size: f64) -> f64 {
    let inner = css.trim().trim_start_matches("calc(").trim_end_matches(')');
    let mut sign = 1.0;
    let mut total = 0.0;
    for term in inner.split_whitespace() {
        match term {
            "-" => sign = -1.0,
            "+" => sign = 1.0,
            t => {
                let v = if let Some(p) = t.strip_suffix('%') {
                    p.parse::<f64>().unwrap() / 100.0 * size
                } else {
                    t.trim_end_matches("px").parse::<f64>().unwrap()
                };
                total += sign * v;
                sign = 1.0;
            }
        }
    }
    total
}

/// The `translate(x, y)` of the stylesheet's first rule for `selector`
/// that moves it.
fn translate(css: &str, selector: &str, size: (f64, f64)) -> (f64, f64) {
    let rule = css
        .split('}')
        .filter(|r| r.replace(": ", ":").contains("transform:translate("))
        .find(|r| {
            // The selectors: after the last `{` but the rule's own (a rule
            // inside @media or @container).
            let head = r.rsplit_once('{').map_or("", |h| h.0);
            head.rsplit('{')
                .next()
                .unwrap()
                .split(',')
                .any(|s| s.trim() == selector)
        })
        .unwrap_or_else(|| panic!("no rule for {selector}"));
    let start = rule.find("translate(").unwrap() + "translate(".len();
    let args = &rule[start..];
    // The closing parenthesis of translate(), past those of calc().
    let (mut depth, mut end) = (0, 0);
    for (i, c) in args.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => {
                end = i;
                break;
            }
            ')' => depth -= 1,
            _ => {}
        }
    }
    let (x, y) = args[..end].split_once(", ").unwrap();
    (length(x, size.0), length(y, size.1))
}

/// The stylesheet without comments, so that each rule starts with its selectors.
fn stylesheet() -> String {
    let css = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../assets/styles.css"
    ))
    .unwrap();
    css.split("/*")
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part
            } else {
                part.split_once("*/").map_or("", |p| p.1)
            }
        })
        .collect()
}

#[test]
fn a_label_without_a_place_is_centred_and_a_capital_right_of_its_dot() {
    let css = stylesheet();
    let size = (120.0, 20.0);
    let r = around((0.0, 0.0), size, Place::Centre);
    for class in [".country-label", ".context-label"] {
        assert_eq!(translate(&css, class, size), (r.left, r.top), "{class}");
    }
    let r = beside((0.0, 0.0), size, PAGE_GAP, Place::Right);
    assert_eq!(translate(&css, ".capital-label", size), (r.left, r.top));
    // A status line under its name, centred.
    assert!(css.contains("left: 50%; top: 100%; transform: translateX(-50%);"));
    // Every set's places are core::label_sets' alone: no copy here.
    for set in LABEL_SETS {
        assert!(!css.contains(&format!("[{}", set.attr)), "{}", set.attr);
    }
}

#[test]
fn every_set_of_places_moves_labels_as_the_layout_assumes() {
    let css = label_sets::stylesheet();
    let size = (120.0, 20.0);
    let places = [Place::Above, Place::Below, Place::Left, Place::Right];
    for set in LABEL_SETS {
        let a = set.attr;
        let before = match set.shown {
            None => "",
            Some(shown) => {
                assert_eq!(a, format!("data-{}-place", shown.name));
                "#app[data-prerendered] "
            }
        };
        let rule_of = |selector: &str| {
            css.split('}')
                .position(|r| {
                    r.rsplit('{')
                        .nth(1)
                        .is_some_and(|h| h.split(',').any(|s| s == selector))
                })
                .unwrap_or_else(|| panic!("no rule for {selector}"))
        };
        for class in [".country-label", ".context-label"] {
            let with = |value: &str| format!("{before}{class}[{a}{value}]");
            for p in places {
                let (x, y) = translate(&css, &with(&format!("=\"{}\"", place_attr(Some(p)))), size);
                let r = around((0.0, 0.0), size, p);
                assert_eq!((x, y), (r.left, r.top), "{class} {a}, {p:?}");
            }
            // Without a place of this set: centred, and shown as its parent is
            // (a page hidden until the app comes hides its labels too).
            let r = around((0.0, 0.0), size, Place::Centre);
            assert_eq!(
                translate(&css, &with(""), size),
                (r.left, r.top),
                "{class} {a}"
            );
            let reset = rule_of(&with(""));
            assert!(css
                .split('}')
                .nth(reset)
                .unwrap()
                .ends_with("visibility:inherit"));
            // Hidden: any label of the set, by an equally specific rule that
            // comes after the one that shows it.
            let hidden = rule_of(&format!("{before}.map-labels [{a}=\"hidden\"]"));
            assert!(hidden > reset, "{a}: hidden before shown");
            assert!(css
                .split('}')
                .nth(hidden)
                .unwrap()
                .ends_with("{visibility:hidden"));
        }
        // Capitals' names and status lines where the set's map shows them
        // (the stylesheet hides them on a map of 520 px or less, and in the
        // phone's type); no rules for them elsewhere.
        let style = PageStyle::at(set.window, set.map);
        let capital = |value: &str| format!("{before}.capital-label[{a}{value}]");
        assert_eq!(css.contains(&capital("")), !style.small_map, "{a} capitals");
        for p in [Place::Left, Place::Above, Place::Below, Place::Right] {
            if style.small_map {
                continue;
            }
            let value = if p == Place::Right {
                String::new()
            } else {
                format!("=\"{}\"", place_attr(Some(p)))
            };
            let r = beside((0.0, 0.0), size, PAGE_GAP, p);
            assert_eq!(
                translate(&css, &capital(&value), size),
                (r.left, r.top),
                "{a} capital {p:?}"
            );
        }
        // A status line: under its name, or over it.
        let status = format!("{before}.country-label-status[{a}");
        assert_eq!(css.contains(&status), !style.phone, "{a} status lines");
        if !style.phone {
            assert!(css.contains(&format!(
                "{status}]{{top:100%;bottom:auto;visibility:inherit}}"
            )));
            assert!(css.contains(&format!("{status}=\"above\"]{{top:auto;bottom:100%}}")));
        }
    }
}

/// The labels as the site renderer writes them (src/ui/map/labels.rs).
const PAGE: &str = concat!(
    r#"<main><div class="map-labels" aria-hidden="true">"#,
    r#"<div data-label="KZ" class="country-label" style="left:56.22%;top:35.76%;"><span class="country-label-name">Kazakhstan</span><span class="country-label-status">Violent attacks</span></div>"#,
    r#"<div data-label="KG" class="country-label on-dark" style="left:1%;top:2%;"><span class="country-label-name">Kyrgyzstan</span><span class="country-label-status"></span></div>"#,
    r#"<div data-context-label="CN" class="context-label" style="left:87.52%;top:79.23%;">China</div>"#,
    r#"<div data-capital-label="UZ" class="capital-label" style="left:55.82%;top:69.29%;">Tashkent</div>"#,
    r#"</div><p class="map-credit">Made with Natural Earth</p></main>"#,
);

#[test]
fn the_page_carries_the_places_of_its_labels() {
    let places = [
        Some(Place::Above),
        Some(Place::Below),
        Some(Place::Centre),
        None,
        Some(Place::Left),
        Some(Place::Left),
    ];
    let html = write_places(PAGE, &places);
    for (before, after) in [
        (
            r#"<div data-label="KZ""#,
            r#"<div data-place="above" data-label="KZ""#,
        ),
        (
            r#"<span class="country-label-status">Violent"#,
            r#"<span data-place="below" class="country-label-status">Violent"#,
        ),
        (
            r#"<div data-label="KG""#,
            r#"<div data-place="centre" data-label="KG""#,
        ),
        (
            r#"<span class="country-label-status"></span>"#,
            r#"<span data-place="hidden" class="country-label-status"></span>"#,
        ),
        (
            r#"<div data-context-label="CN""#,
            r#"<div data-place="left" data-context-label="CN""#,
        ),
        (
            r#"<div data-capital-label="UZ""#,
            r#"<div data-place="left" data-capital-label="UZ""#,
        ),
    ] {
        assert!(PAGE.contains(before));
        assert!(html.contains(after), "{after} in {html}");
    }
    assert_eq!(html.matches("data-place").count(), 6);
    // Only what was added: the names' spans, the map and the rest are as they were.
    assert_eq!(
        html.replace(r#" data-place="above""#, "")
            .replace(r#" data-place="below""#, "")
            .replace(r#" data-place="centre""#, "")
            .replace(r#" data-place="hidden""#, "")
            .replace(r#" data-place="left""#, ""),
        PAGE
    );
}

#[test]
fn a_page_without_the_map_or_with_other_labels_is_left_alone() {
    let places = [Some(Place::Centre); 6];
    assert_eq!(
        write_places("<main><p>No map</p></main>", &places),
        "<main><p>No map</p></main>"
    );
    // One place too many: nothing is written.
    let more = [Some(Place::Centre); 7];
    assert_eq!(write_places(PAGE, &more), PAGE);
}

#[test]
fn the_site_renderers_layout_fits_the_labels_the_app_draws() {
    // The page's labels and page_layout's come one for one, for every issue.
    let map = geo();
    for (lang, data) in both() {
        let labels = map_labels(&map, lang.messages());
        for id in issues(&data) {
            let width = LABEL_SETS[0].map;
            let style = PageStyle::at(1366.0, width);
            let places = page_layout(&map, &data, lang.messages(), &id, style, width);
            assert_eq!(places.len(), labels.len());
        }
    }
}

/// The app takes over the page's layout if it still holds for the boxes it
/// measures (nothing moves), and lays out anew when it does not.
#[test]
fn a_layout_that_still_holds_is_kept_and_one_that_does_not_is_redone() {
    let map = geo();
    let (window, width) = windows()[1];
    let style = PageStyle::at(window, width);
    let frame = Rect::new(0.0, 0.0, width, width * 0.7);
    let (lang, data) = both().into_iter().next().unwrap();
    let labels = page_labels(&map, &data, lang.messages(), OVERVIEW, style, width);
    let places = page_layout(&map, &data, lang.messages(), OVERVIEW, style, width);
    let keep = |labels: &[MapLabel], previous: &[Option<Place>]| {
        layout_keeping(labels, &[], frame, (PAGE_GAP, PAGE_PADDING), previous)
    };
    assert_eq!(keep(&labels, &places), places, "kept as it is");
    // Another valid layout is kept too, not replaced by the preferred one.
    let fresh = layout(&labels, &[], frame, PAGE_GAP, PAGE_PADDING);
    assert_eq!(keep(&labels, &fresh), fresh);
    // A name hidden, or every label in one spot, does not hold: laid out anew.
    let name = labels.iter().position(|l| l.kind == Kind::Name).unwrap();
    let mut hidden = places.clone();
    hidden[name] = None;
    assert_eq!(keep(&labels, &hidden), fresh);
    let crowded: Vec<MapLabel> = labels
        .iter()
        .map(|l| MapLabel {
            at: labels[name].at,
            ..*l
        })
        .collect();
    let piled = vec![Some(Place::Centre); crowded.len()];
    // (names are never hidden, so a pile of them may still touch: only a new
    // layout is asked for here)
    assert_eq!(
        keep(&crowded, &piled),
        layout(&crowded, &[], frame, PAGE_GAP, PAGE_PADDING)
    );
    assert_ne!(keep(&crowded, &piled), piled);
    // Without a layout to keep (the page wrote none), a new one.
    assert_eq!(keep(&labels, &[]), fresh);
}

/// A name with no free place anywhere is put where it covers least (the
/// first of equals): that place holds when the app takes over, as any other
/// does, so the rest keep theirs; another place of that name does not hold.
#[test]
fn a_name_with_no_free_place_is_kept_where_it_covers_least() {
    let frame = Rect::new(0.0, 0.0, 200.0, 140.0);
    let label = |kind, at| MapLabel {
        kind,
        at,
        size: (30.0, 10.0),
        left: false,
    };
    // The name's every place lies wholly on the box; the neighbour's below it are free.
    let labels = [
        label(Kind::Name, (100.0, 70.0)),
        label(Kind::Neighbour, (100.0, 130.0)),
    ];
    let cover = [Rect::new(20.0, 20.0, 160.0, 100.0)];
    let keep = |previous: &[Option<Place>]| {
        layout_keeping(&labels, &cover, frame, (PAGE_GAP, PAGE_PADDING), previous)
    };
    let fresh = layout(&labels, &cover, frame, PAGE_GAP, PAGE_PADDING);
    assert_eq!(fresh, vec![Some(Place::Centre), Some(Place::Centre)]);
    // The neighbour left of its point, where it also fits: kept, name and all.
    let written = vec![Some(Place::Centre), Some(Place::Left)];
    assert_eq!(keep(&written), written);
    // The name above covers as much, but is not where the layout puts it.
    assert_eq!(keep(&[Some(Place::Above), Some(Place::Left)]), fresh);
}

// Where not every status line fits, those that say what the source found
// come before those that say it does not mention the country: on the
// religion map at 1366 × 768, Turkmenistan's "unauthorized religious
// expression repressed" was hidden in Russian, Kyrgyz and Tajik while
// Uzbekistan's "not mentioned" was shown.
#[test]
fn a_status_line_that_says_what_was_found_comes_before_one_that_says_not_mentioned() {
    let map = geo();
    let en: &'static RightsData = Box::leak(Box::new(load_embedded().unwrap()));
    let focus: Vec<&str> = map
        .countries
        .iter()
        .filter(|c| c.role == rights_map_core::geo::Role::Focus)
        .map(|c| c.alpha2.as_str())
        .collect();
    let mut shown_findings = 0;
    for lang in Lang::ALL {
        let data = packs::data(lang, en);
        for (window, width) in &windows()[1..] {
            let style = PageStyle::at(*window, *width);
            for cat in &data.categories {
                let labels = page_labels(&map, data, lang.messages(), &cat.id, style, *width);
                let places = page_layout(&map, data, lang.messages(), &cat.id, style, *width);
                let what = format!("{window} {lang:?} {}", cat.id);
                // The status lines, in the focus countries' order.
                let statuses: Vec<(Kind, bool)> = labels
                    .iter()
                    .zip(&places)
                    .filter(|(l, _)| matches!(l.kind, Kind::Status | Kind::Silent))
                    .map(|(l, p)| (l.kind, p.is_some()))
                    .collect();
                assert_eq!(statuses.len(), focus.len(), "{what}");
                for (code, (kind, _)) in focus.iter().zip(&statuses) {
                    let silent = data.status(code, &cat.id).unwrap().not_covered;
                    assert_eq!(*kind == Kind::Silent, silent, "{what}: {code}");
                }
                if cat.id == "religion" && *window == 1366.0 {
                    let tm = focus.iter().position(|&c| c == "TM").unwrap();
                    assert!(statuses[tm].1, "{what}: Turkmenistan's status is hidden");
                }
                shown_findings += statuses
                    .iter()
                    .filter(|(k, s)| *k == Kind::Status && *s)
                    .count();
            }
        }
    }
    assert!(shown_findings > 0);
}
