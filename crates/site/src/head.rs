//! A page's head: its title and description, canonical address, the same
//! view in the other languages (`hreflang`), and the Open Graph and Twitter
//! card tags that messengers and social networks read for a link's preview.
use crate::html::escape_attr;
use central_asia_rights_map::core::data::RightsData;
use central_asia_rights_map::core::export::{SHARE_HEIGHT, SHARE_WIDTH};
use central_asia_rights_map::core::messages::Lang;
use central_asia_rights_map::core::pages::Page;

/// Search results and previews show about this much of a description.
pub const DESCRIPTION_CHARS: usize = 200;

/// The tags that replace the template's `<title>`, for `page` in `data`'s language.
pub fn head_tags(base_url: &str, data: &RightsData, page: &Page) -> String {
    let title = escape_attr(&page.title(data));
    let description = escape_attr(&page.description(data, DESCRIPTION_CHARS));
    let canonical = format!("{base_url}{}", page.canonical().path());
    let image = format!("{base_url}{}", page.image_path());
    let mut tags = vec![
        format!("<title>{title}</title>"),
        format!(r#"<meta name="description" content="{description}">"#),
        format!(r#"<link rel="canonical" href="{canonical}">"#),
    ];
    // An embed is part of a full page: previews yes, search results no.
    if page.is_embed() {
        tags.push(r#"<meta name="robots" content="noindex">"#.to_string());
    }
    for lang in Lang::ALL {
        let other = page.canonical().in_lang(lang);
        // The local path lets the page's script open the reader's language
        // wherever the site is served; the public one is for search engines.
        let local = page.in_lang(lang);
        tags.push(format!(
            r#"<link rel="alternate" hreflang="{}" href="{base_url}{}" data-local="{}{}">"#,
            lang.code(),
            other.path(),
            page.root(),
            local.path()
        ));
    }
    tags.push(format!(
        r#"<link rel="alternate" hreflang="x-default" href="{base_url}{}">"#,
        page.canonical().in_lang(Lang::En).path()
    ));
    let site = escape_attr(page.lang.messages().title);
    // A preview names the site apart (og:site_name, or the address), so its
    // title is the view's alone: with the site's name, a case's title in
    // Kyrgyz ran to 138 characters, and messengers cut it.
    let headline = title
        .strip_suffix(&format!(" — {site}"))
        .unwrap_or(&title)
        .to_string();
    for (property, content) in [
        ("og:type", "website".to_string()),
        ("og:site_name", site),
        ("og:title", headline.clone()),
        ("og:description", description.clone()),
        ("og:url", canonical),
        ("og:locale", Lang::og_locale(page.lang).to_string()),
        ("og:image", image.clone()),
        ("og:image:type", "image/jpeg".to_string()),
        ("og:image:width", SHARE_WIDTH.to_string()),
        ("og:image:height", SHARE_HEIGHT.to_string()),
        ("og:image:alt", title.clone()),
    ] {
        tags.push(format!(
            r#"<meta property="{property}" content="{content}">"#
        ));
    }
    for lang in Lang::ALL.into_iter().filter(|&l| l != page.lang) {
        tags.push(format!(
            r#"<meta property="og:locale:alternate" content="{}">"#,
            Lang::og_locale(lang)
        ));
    }
    for (name, content) in [
        ("twitter:card", "summary_large_image".to_string()),
        ("twitter:title", headline),
        ("twitter:description", description),
        ("twitter:image", image),
    ] {
        tags.push(format!(r#"<meta name="{name}" content="{content}">"#));
    }
    tags.join("\n    ")
}
