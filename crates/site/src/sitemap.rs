//! `sitemap.xml` (every full page, with its other-language alternates) and
//! `robots.txt` (everything may be read; where the sitemap is).
use central_asia_rights_map::core::messages::Lang;
use central_asia_rights_map::core::pages::Page;

pub fn sitemap(base_url: &str, pages: &[Page]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in pages.iter().filter(|p| !p.is_embed()) {
        out.push_str(&format!(
            "  <url>\n    <loc>{base_url}{}</loc>\n",
            page.path()
        ));
        for lang in Lang::ALL {
            out.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{base_url}{}\"/>\n",
                lang.code(),
                page.in_lang(lang).path()
            ));
        }
        out.push_str("  </url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

pub fn robots(base_url: &str) -> String {
    format!("User-agent: *\nAllow: /\nSitemap: {base_url}sitemap.xml\n")
}
