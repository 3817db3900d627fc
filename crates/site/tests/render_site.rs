//! The site renderer, natively: every page of every view and language from
//! the same components the browser runs, with its head, share image, sitemap.
use central_asia_rights_map::core::data::RightsData;
use central_asia_rights_map::core::label_sets;
use central_asia_rights_map::core::messages::packs;
use central_asia_rights_map::core::messages::Lang;
use central_asia_rights_map::core::pages::{all_pages, Page, PageKind};
use central_asia_rights_map::core::shipped::shipped_data;
use rights_map_site::{base_url, build, image::FONTS};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Trunk's minified `index.html`, as a release build writes it (the shape the renderer reads).
const TEMPLATE: &str = r#"<!doctype html><html lang=en><meta charset=utf-8><meta content="width=device-width,initial-scale=1" name=viewport><meta content="The site." name=description><script>/* start-up */</script><title>Central Asia Rights Map</title><script id="app-loader" data-js="./app-1.js" data-wasm="./app-1_bg.wasm">/* loader */</script><link crossorigin href=./styles-1.css rel=stylesheet><link href=./favicon-1.svg rel=icon></head><body><div class=app-root id=app></div></body></html>"#;
/// The stylesheet the template links.
const STYLES: &str = ".map-frame{grid-column:1}\n";
const BASE: &str = "https://example.org/rights-map/";

/// One build for every test, into a folder of its own under `target/`, which
/// the next run replaces (a folder per process in /tmp was never removed: 104 MB a run).
fn site() -> &'static PathBuf {
    static SITE: OnceLock<PathBuf> = OnceLock::new();
    SITE.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("render-site-test");
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), TEMPLATE).unwrap();
        std::fs::write(dir.join("styles-1.css"), STYLES).unwrap();
        let report = build(&dir, BASE).unwrap();
        assert_eq!(report.pages, all_pages(en()).len());
        dir
    })
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn pages() -> Vec<Page> {
    all_pages(en())
}

/// The shipped English data, for the page's life (the packs' data is made from it).
fn en() -> &'static RightsData {
    static EN: std::sync::OnceLock<RightsData> = std::sync::OnceLock::new();
    EN.get_or_init(|| shipped_data().unwrap())
}

#[test]
fn every_view_has_a_page_in_each_language() {
    let en = en();
    let pages = pages();
    // The map, and per country, case and issue a page and an embed, in every language.
    let per_lang = 2 + 2 * (en.countries.len() + en.cases.len() + en.categories.len());
    assert_eq!(pages.len(), Lang::COUNT * per_lang);
    for page in &pages {
        assert!(
            site().join(page.path()).join("index.html").is_file(),
            "{}",
            page.path()
        );
    }
}

#[test]
fn each_page_names_its_view_in_its_head() {
    for page in pages() {
        let html = read(&site().join(page.path()).join("index.html"));
        let data = packs::data(page.lang, en());
        let title = page.title(data).replace('"', "&quot;");
        assert!(
            html.contains(&format!("<title>{title}</title>")),
            "{}: title {title}",
            page.path()
        );
        let canonical = format!("{BASE}{}", page.canonical().path());
        assert!(
            html.contains(&format!(r#"<link rel="canonical" href="{canonical}">"#)),
            "{}",
            page.path()
        );
        assert!(html.contains(&format!(
            r#"<meta property="og:url" content="{canonical}">"#
        )));
        assert!(html.contains(&format!(
            r#"<meta property="og:image" content="{BASE}{}">"#,
            page.image_path()
        )));
        assert!(html.contains(r#"<meta name="twitter:card" content="summary_large_image">"#));
        assert_eq!(
            html.matches(r#"<meta name="description""#).count(),
            1,
            "{}: one description",
            page.path()
        );
        assert!(
            !html.contains("The site."),
            "{}: the template's description is replaced",
            page.path()
        );
        for lang in Lang::ALL {
            let alternate = format!(
                r#"hreflang="{}" href="{BASE}{}""#,
                lang.code(),
                page.canonical().in_lang(lang).path()
            );
            assert!(html.contains(&alternate), "{}: {alternate}", page.path());
        }
        assert_eq!(
            html.contains(r#"<meta name="robots" content="noindex">"#),
            page.is_embed(),
            "{}",
            page.path()
        );
        assert!(html.contains(&format!(
            r#"<html lang="{}" data-prerender="{}""#,
            page.lang.code(),
            page.lang.code()
        )));
    }
}

#[test]
fn descriptions_come_from_the_data() {
    let (en, ru) = (en(), packs::data(Lang::Ru, en()));
    let tj = Page::new(PageKind::Country("TJ".into()), Lang::Ru);
    let html = read(&site().join(tj.path()).join("index.html"));
    let summary = &ru.country("TJ").unwrap().summary;
    let start: String = summary.chars().take(40).collect();
    assert!(
        html.contains(&format!(r#"<meta name="description" content="{start}"#)),
        "{start}"
    );
    let case = &en.cases[0];
    let html = read(
        &site()
            .join(Page::new(PageKind::Case(case.id.clone()), Lang::En).path())
            .join("index.html"),
    );
    assert!(html.contains(&format!(
        r#"<meta property="og:description" content="{}"#,
        &case.summary[..30]
    )));
}

#[test]
fn pages_in_folders_reach_the_sites_files() {
    let page = Page::new(PageKind::Card("kg-propaganda-law".into()), Lang::Ru);
    assert_eq!(page.path(), "ru/embed/card/kg-propaganda-law/");
    let html = read(&site().join(page.path()).join("index.html"));
    for file in [
        "href=../../../../favicon-1.svg",
        r#"data-js="../../../../app-1.js""#,
        r#"data-root="../../../../""#,
    ] {
        assert!(html.contains(file), "{file}");
    }
    assert!(
        !html.contains("=./"),
        "nothing left addressed from the root"
    );
}

#[test]
fn a_country_page_has_its_panel_open_and_every_other_in_the_page() {
    let page = Page::new(PageKind::Country("KG".into()), Lang::En);
    let html = read(&site().join(page.path()).join("index.html"));
    assert_eq!(html.matches(r#"class="static-panel""#).count(), 5);
    assert!(html.contains(r#"id="country-KG" data-open"#));
    assert_eq!(html.matches("data-open").count(), 1);
    assert!(html.contains(r#"data-view="?country=KG""#));
    // Links open a panel in the page, and tell the page's script the view's link.
    // On a page of its own, the address keeps its path: another country's
    // view is a query on it, the page's own country none.
    assert!(
        html.contains(r##"href="#country-TJ" data-country-link="TJ" data-app-href="?country=TJ""##)
    );
    assert!(html.contains(r##"href="#country-KG" data-country-link="KG" data-app-href="""##));
    // One id per panel heading, each panel named by its own.
    assert!(html.contains(r#"aria-labelledby="country-panel-heading-KZ""#));
    assert!(!html.contains(r#"id="country-panel-heading""#));
}

#[test]
fn no_style_attribute_is_left_and_the_rules_are_in_one_style_element() {
    let html = read(&site().join("index.html"));
    assert!(!html.contains(" style=\""));
    assert_eq!(html.matches("<style id=\"prerender-style\"").count(), 1);
    let rules = html.matches("#app [data-ps=").count();
    assert!(rules > 10, "{rules} rules");
    assert_eq!(rules, html.matches(" data-ps=\"").count());
}

#[test]
fn every_page_carries_the_stylesheet_and_no_page_links_it() {
    for page in pages() {
        let html = read(&site().join(page.path()).join("index.html"));
        // The stylesheet, then the rules that place the map's labels.
        let styles = format!(
            r#"<style id="styles">.map-frame{{grid-column:1}}{}</style>"#,
            label_sets::stylesheet()
        );
        assert!(html.contains(&styles), "{}", page.path());
        assert!(
            !html.contains("rel=stylesheet") && !html.contains("styles-1.css"),
            "{}",
            page.path()
        );
    }
    assert!(!site().join("styles-1.css").exists(), "the file is gone");
}

#[test]
fn the_scripts_read_the_lists_rust_decides() {
    let html = read(&site().join("index.html"));
    assert!(html.contains(r#"data-view-keys="country category case view embed controls card cta_text cta_url present step""#));
    assert!(html.contains(r#"data-layout-keys="embed card present""#));
    assert!(html.contains(r#"data-lang-key="central-asia-rights-map.lang""#));
    // What else a query must name to ask for a whole view: nothing on the
    // full map's pages, `embed` on an embed's and a card's.
    assert!(html.contains(r#"data-view-needs="""#));
    for embed in ["embed/country/kz", "embed/card/kg-azimjon-askarov"] {
        let html = read(&site().join(embed).join("index.html"));
        assert!(html.contains(r#"data-view-needs="embed""#), "{embed}");
    }
}

/// The page's loader registers the service worker named on `<html>`: every
/// page of the full map names it, from its folder; an embed's names none.
#[test]
fn every_page_but_an_embed_names_the_service_worker() {
    for page in pages() {
        let html = read(&site().join(page.path()).join("index.html"));
        let tag = &html[html.find("<html").unwrap()..];
        let tag = &tag[..tag.find('>').unwrap()];
        let named = format!(r#" data-sw="{}sw.js""#, page.root());
        assert_eq!(
            tag.contains(" data-sw="),
            !page.is_embed(),
            "{}: {tag}",
            page.path()
        );
        if !page.is_embed() {
            assert!(tag.contains(&named), "{}: {tag}", page.path());
        }
    }
}

/// The width and height in a baseline JPEG's frame header.
fn jpeg_size(bytes: &[u8]) -> (u16, u16) {
    assert_eq!(&bytes[..2], &[0xFF, 0xD8], "a JPEG");
    let at = bytes
        .windows(2)
        .position(|w| w == [0xFF, 0xC0])
        .expect("a baseline frame");
    let h = u16::from_be_bytes([bytes[at + 5], bytes[at + 6]]);
    let w = u16::from_be_bytes([bytes[at + 7], bytes[at + 8]]);
    (w, h)
}

#[test]
fn every_full_page_has_a_share_image_of_1200_by_630_under_300_kb() {
    for page in pages().into_iter().filter(|p| !p.is_embed()) {
        let bytes = std::fs::read(site().join(page.image_path())).unwrap();
        assert_eq!(jpeg_size(&bytes), (1200, 630), "{}", page.image_path());
        assert!(
            bytes.len() <= 300 * 1024,
            "{}: {} bytes",
            page.image_path(),
            bytes.len()
        );
    }
}

#[test]
fn the_sitemap_lists_every_full_page_with_its_alternates() {
    let sitemap = read(&site().join("sitemap.xml"));
    let full: Vec<Page> = pages().into_iter().filter(|p| !p.is_embed()).collect();
    assert_eq!(sitemap.matches("<loc>").count(), full.len());
    assert!(sitemap.contains(&format!("<loc>{BASE}ru/case/kg-propaganda-law/</loc>")));
    assert!(!sitemap.contains("embed/"));
    assert_eq!(
        read(&site().join("robots.txt")),
        format!("User-agent: *\nAllow: /\nSitemap: {BASE}sitemap.xml\n")
    );
}

#[test]
fn the_404_page_leads_to_the_map_in_each_language_from_the_sites_folder() {
    let page = read(&site().join("404.html"));
    for lang in Lang::ALL {
        let home = Page {
            kind: PageKind::Map,
            lang,
        };
        let link = format!(
            r#"<a href="/rights-map/{}?lang={}">"#,
            home.path(),
            lang.code()
        );
        assert!(page.contains(&link), "{link}");
        assert!(page.contains(lang.messages().not_found_link), "{lang:?}");
    }
}

#[test]
fn the_fonts_cover_latin_cyrillic_and_the_letters_of_kazakh_and_uzbek() {
    for font in FONTS {
        let face = ttf_parser::Face::parse(font, 0).unwrap();
        for c in "AZaz АЯая ӘәҒғҚқҢңӨөҰұҮүҺһІіЎў ʻ «»—…"
            .chars()
            .filter(|c| !c.is_whitespace())
        {
            assert!(face.glyph_index(c).is_some(), "{c:?} is missing");
        }
    }
}

#[test]
fn the_public_address_is_checked() {
    assert_eq!(
        base_url(Some("https://example.org/map")).unwrap(),
        "https://example.org/map/"
    );
    assert_eq!(base_url(None).unwrap(), rights_map_site::DEFAULT_BASE_URL);
    assert!(base_url(Some("javascript:alert(1)")).is_err());
    assert!(base_url(Some("https://example.org/\"><script>")).is_err());
    // The 404 page's links start from its path: `//ru/` would be another host.
    for odd in [
        "https://example.org//",
        "https://example.org//map/",
        "https://example.org/map/?x=1",
        "https://example.org/#top",
    ] {
        assert!(base_url(Some(odd)).is_err(), "{odd}");
    }
}
