//! The site renderer: every page of the map (`core::pages`), in every
//! language, rendered natively with the app's own Leptos components into
//! Trunk's built `index.html`, with its head, its share image, and the
//! site's `sitemap.xml`, `robots.txt` and `404.html`. No browser is involved.
pub mod head;
pub mod html;
pub mod image;
pub mod not_found;
pub mod sitemap;

use central_asia_rights_map::core::data::RightsData;
use central_asia_rights_map::core::export::share_svg;
use central_asia_rights_map::core::geo::baked::{decode, CENTRAL_ASIA_BAKED};
use central_asia_rights_map::core::messages::{packs, Lang};
use central_asia_rights_map::core::pages::all_pages;
use central_asia_rights_map::core::shipped::shipped_data;
use std::path::Path;

/// The public address when `SITE_URL` is not set: a reserved name, so that
/// a build meant to be published is not mistaken for one (README.md).
pub const DEFAULT_BASE_URL: &str = "https://central-asia-rights-map.example/";

/// What a build wrote.
#[derive(Debug, Default)]
pub struct Report {
    pub pages: usize,
    pub images: usize,
    pub page_bytes: usize,
    pub image_bytes: usize,
    pub largest_image: usize,
    /// The other languages' packs (`lang/<code>.pack`), together.
    pub pack_bytes: usize,
}

/// The public address of the site's root from `SITE_URL`: http(s), ending in `/`.
pub fn base_url(setting: Option<&str>) -> Result<String, String> {
    let url = setting
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .unwrap_or(DEFAULT_BASE_URL);
    // The path is the site's folder, which the 404 page's links start from:
    // no query, fragment or empty segment (`//ru/` would name another host).
    let path = url.split_once("://").map_or("", |(_, rest)| rest);
    let path = path.find('/').map_or("", |at| &path[at..]);
    if !(url.starts_with("https://") || url.starts_with("http://"))
        || url.contains(['"', '<', '>', ' ', '?', '#'])
        || path.contains("//")
    {
        return Err(format!(
            "SITE_URL must be an http(s) address of a folder, without a query, fragment or empty segment, not {url:?}"
        ));
    }
    Ok(if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    })
}

/// Renders every page into `dir`, which holds Trunk's built `index.html`.
pub fn build(dir: &Path, base_url: &str) -> Result<Report, String> {
    let index = dir.join("index.html");
    let template =
        std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    if !html::EMPTY_ROOTS.iter().any(|root| template.contains(root)) {
        return Err(format!(
            "{}: no empty <div id=\"app\"> (is it Trunk's output, not yet rendered?)",
            index.display()
        ));
    }
    let template = html::inline_stylesheet(&template, dir)?;
    let en: &'static RightsData = Box::leak(Box::new(shipped_data()?));
    let map =
        decode(CENTRAL_ASIA_BAKED).map_err(|e| format!("assets/geo/central-asia.map.tsv: {e}"))?;
    central_asia_rights_map::ui::provide_geometry(map.clone());
    let site = html::Site {
        template: &template,
        base_url,
        map: &map,
    };
    let pages = all_pages(en);
    let rasteriser = image::Rasteriser::default();
    let mut report = Report::default();
    for page in &pages {
        let html =
            html::render_page(&site, en, page).map_err(|e| format!("{}: {e}", page.path()))?;
        write(
            &dir.join(page.path()).join("index.html"),
            html.as_bytes(),
            &mut report.page_bytes,
        )?;
        report.pages += 1;
        if page.canonical() == *page {
            let png = rasteriser.jpeg(&share_svg(&map, html::data_in(en, page), page))?;
            report.largest_image = report.largest_image.max(png.len());
            write(&dir.join(page.image_path()), &png, &mut report.image_bytes)?;
            report.images += 1;
        }
    }
    let mut ignored = 0;
    // Each other language's words and data, fetched by the app when read.
    for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
        write(
            &dir.join(packs::pack_path(lang)),
            packs::native_pack(lang),
            &mut report.pack_bytes,
        )?;
    }
    write(
        &dir.join("sitemap.xml"),
        sitemap::sitemap(base_url, &pages).as_bytes(),
        &mut ignored,
    )?;
    write(
        &dir.join("404.html"),
        not_found::not_found_page(base_url).as_bytes(),
        &mut ignored,
    )?;
    write(
        &dir.join("robots.txt"),
        sitemap::robots(base_url).as_bytes(),
        &mut ignored,
    )?;
    Ok(report)
}

fn write(path: &Path, bytes: &[u8], total: &mut usize) -> Result<(), String> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    *total += bytes.len();
    Ok(())
}
