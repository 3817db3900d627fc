//! One page's HTML: Trunk's built `index.html` as the template, the app's
//! components rendered natively into its root, and the page's own head.
use crate::head::head_tags;
use central_asia_rights_map::core::data::RightsData;
use central_asia_rights_map::core::embed::{HOST_FRAGMENT_KEY, STYLE_KEYS};
use central_asia_rights_map::core::geo::MapGeometry;
use central_asia_rights_map::core::label_sets::{self, LABEL_SETS};
use central_asia_rights_map::core::map_text::{page_layout, write_places_as, PageStyle};
use central_asia_rights_map::core::messages::packs::{self, pack_path};
use central_asia_rights_map::core::messages::Lang;
use central_asia_rights_map::core::pages::Page;
use central_asia_rights_map::core::url_state::{
    layout_of, option_keys, view_keys, whole_view_needs, LAYOUT_KEYS,
};
use central_asia_rights_map::ui::site::{
    render_app, sw_address, works_offline, LANG_STORAGE_KEY, ROOT_ATTR, SW_ATTR, VIEW_ATTR,
};
use std::path::Path;

/// The empty root that Trunk's `index.html` carries for the app (minified
/// in a release build: attributes sorted and unquoted).
pub const EMPTY_ROOTS: [&str; 2] = [
    r#"<div id="app" class="app-root"></div>"#,
    "<div class=app-root id=app></div>",
];

/// What a page needs besides the data: the template, the public address
/// and the map.
pub struct Site<'a> {
    pub template: &'a str,
    /// The public address of the site's root, ending in `/`.
    pub base_url: &'a str,
    pub map: &'a MapGeometry,
}

/// The whole page `page`, as a file under the site's root at `page.path()`.
pub fn render_page(site: &Site, en: &'static RightsData, page: &Page) -> Result<String, String> {
    let data_here = data_in(en, page);
    let root = page.root();
    let view = page.view(en);
    let category = view.category.clone();
    // Where the page's loader finds the service worker, on a page that works offline.
    let offline = if works_offline(&view) {
        format!(r#" {SW_ATTR}="{}""#, sw_address(&root))
    } else {
        String::new()
    };
    let body = without_hydration_markers(&render_app(view, &root, site.base_url))?;
    let msgs = page.lang.messages();
    // Every set of label places (core::label_sets), for the stylesheet to
    // show the one that fits the map before the app.
    let body = LABEL_SETS.iter().fold(body, |body, set| {
        let style = PageStyle::at(set.window, set.map);
        let places = page_layout(site.map, data_here, msgs, &category, style, set.map);
        write_places_as(&body, &places, set.attr)
    });
    let (body, css) = styles_to_rules(&body);
    let app = format!(
        r#"<div id="app" class="app-root" data-prerendered {VIEW_ATTR}="{}" {ROOT_ATTR}="{root}">{body}</div>"#,
        escape_attr(&page.query(en)),
    );
    let lang = page.lang.code();
    let mut html = site.template.to_string();
    // What the page's scripts need to know, from the Rust that decides it:
    // the default language (whose pages follow the browser's language),
    // which parameters ask for a view (the loader starts the app at once for
    // them) and which a query must also name to ask for a whole view rather
    // than add to the page's own (on an embed's page, `embed`), which ask for
    // another layout (and the page's own layout: a link that asks for it
    // keeps the page in sight), which only change the look (the page's first
    // script puts them on <html> for the stylesheet), where the
    // language is kept, the key of a host snippet's fragment (the loader
    // starts the app at once for it: the app tells the height), and the
    // service worker the loader registers (not on
    // an embed's page); and the page's language pack, which the loader fetches
    // with the app (a page in English has none).
    let pack = if page.lang == Lang::En {
        String::new()
    } else {
        format!(
            r#" data-pack="{}""#,
            escape_attr(&format!("{root}{}", pack_path(page.lang)))
        )
    };
    let html_tag = format!(
        r#"<html lang="{lang}" data-prerender="{lang}" data-default-lang="{}" data-view-keys="{}" data-view-needs="{}" data-layout-keys="{}" data-style-keys="{}" data-option-keys="{}" data-layout="{}" data-host-key="{HOST_FRAGMENT_KEY}" data-lang-key="{LANG_STORAGE_KEY}"{pack}{offline}>"#,
        Lang::En.code(),
        view_keys().collect::<Vec<_>>().join(" "),
        whole_view_needs(&page.query(en)).join(" "),
        LAYOUT_KEYS.join(" "),
        STYLE_KEYS.join(" "),
        option_keys().collect::<Vec<_>>().join(" "),
        escape_attr(&layout_of(&page.query(en))),
    );
    let (start, end) = tag_around(&html, "<html", "<html").ok_or("the template has no <html>")?;
    html.replace_range(start..end, &html_tag);
    let empty = EMPTY_ROOTS
        .iter()
        .find(|r| html.contains(*r))
        .ok_or("the template has no empty app root")?;
    replace_once(&mut html, empty, &app)?;
    // The page's own description replaces the template's.
    for marker in [r#"name="description""#, "name=description"] {
        if let Some((start, end)) = tag_around(&html, marker, "<meta") {
            html.replace_range(start..end, "");
        }
    }
    // The template's title goes; the page's head comes first, before the
    // page's own script, which reads its other-language links.
    let title_start = html.find("<title>").ok_or("the template has no <title>")?;
    let title_end = html[title_start..]
        .find("</title>")
        .ok_or("the template's <title> is not closed")?
        + title_start
        + 8;
    html.replace_range(title_start..title_end, "");
    let (_, after_charset) =
        tag_around(&html, "<meta charset", "<meta").ok_or("the template has no <meta charset>")?;
    html.insert_str(
        after_charset,
        &format!(
            r#"{}<style id="prerender-style">{css}</style>"#,
            head_tags(site.base_url, data_here, page)
        ),
    );
    Ok(relative_assets(&html, &root))
}

/// The template with its stylesheet in the page: the map paints without a
/// second request, which on a slow mobile network costs a connection and a
/// round trip (about 0.3 s at 150 ms) before anything shows. The stylesheet
/// is small (about 8 KB compressed); the file is removed, as no page links it.
/// The rules that place the map's labels come after it (`core::label_sets`).
pub fn inline_stylesheet(template: &str, dir: &Path) -> Result<String, String> {
    let Some((start, end)) = tag_around(template, "rel=stylesheet", "<link")
        .or_else(|| tag_around(template, r#"rel="stylesheet""#, "<link"))
    else {
        return Ok(template.to_string());
    };
    let tag = &template[start..end];
    let href =
        attr(tag, "href").ok_or_else(|| format!("the stylesheet link has no href: {tag}"))?;
    let file = dir.join(href.trim_start_matches("./"));
    let css = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    if css.contains("</style") {
        return Err(format!("{}: contains \"</style\"", file.display()));
    }
    let _ = std::fs::remove_file(&file);
    let mut out = template.to_string();
    out.replace_range(
        start..end,
        &format!(
            r#"<style id="styles">{}{}</style>"#,
            css.trim(),
            label_sets::stylesheet()
        ),
    );
    Ok(out)
}

/// An attribute's value in one tag, quoted or not (Trunk's minified output).
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!(" {name}="))? + name.len() + 2;
    let rest = &tag[at..];
    match rest.strip_prefix('"') {
        Some(quoted) => quoted.split('"').next(),
        None => rest.split([' ', '>']).next(),
    }
}

/// The tag that opens with `open` and contains `marker`: its byte range.
fn tag_around(html: &str, marker: &str, open: &str) -> Option<(usize, usize)> {
    let at = html.find(marker)?;
    let start = html[..at + open.len().min(marker.len())].rfind(open)?;
    let end = at + html[at..].find('>')? + 1;
    Some((start, end))
}

/// The data in the page's language, from the English data.
pub fn data_in(en: &'static RightsData, page: &Page) -> &'static RightsData {
    packs::data(page.lang, en)
}

fn replace_once(html: &mut String, what: &str, with: &str) -> Result<(), String> {
    let at = html
        .find(what)
        .ok_or_else(|| format!("the template has no {what}"))?;
    html.replace_range(at..at + what.len(), with);
    Ok(())
}

/// The template's files are addressed from the site's root (`./x`): from a
/// page in a folder, through its way back to the root.
fn relative_assets(html: &str, root: &str) -> String {
    if root.is_empty() {
        return html.to_string();
    }
    let mut out = html.to_string();
    for attr in ["href", "src", "data-js", "data-wasm"] {
        out = out.replace(&format!(r#" {attr}="./"#), &format!(r#" {attr}="{root}"#));
        out = out.replace(&format!(" {attr}=./"), &format!(" {attr}={root}"));
    }
    out
}

/// The rendered app without the comments that Leptos' server rendering writes
/// for hydration to find its places by: `<!>` beside text and optional
/// views, `<!--<() />-->` for an empty one. The app mounts over the page
/// instead of hydrating it (the wasm has no room for hydration's code), so
/// nothing reads them, and on the map's page they were 2,021 comment nodes,
/// more than its 1,366 elements, all parsed before the first frame. Leptos
/// escapes `<` in text and attributes, except directly inside `<script>`,
/// `<style>`, `<textarea>` and `<noscript>`; so every `<!` elsewhere opens a
/// comment, and none is the page's own. A `<noscript>`'s content is HTML read
/// only without scripts, and a `<textarea>`'s would show a marker as text:
/// there, too, a marker goes. A script's or a style's text may hold `<!` of
/// its own: the body has neither (one there fails the build).
pub fn without_hydration_markers(html: &str) -> Result<String, String> {
    for raw in ["<script", "<style"] {
        if html.contains(raw) {
            return Err(format!(
                "the rendered app holds a {raw}> element, whose text may hold `<!`: \
                 without_hydration_markers would change it"
            ));
        }
    }
    let html = html.replace("<!>", "");
    let mut out = String::with_capacity(html.len());
    let mut rest = html.as_str();
    while let Some(at) = rest.find("<!--") {
        out.push_str(&rest[..at]);
        let Some(len) = rest[at..].find("-->") else {
            return Err(format!(
                "an unclosed comment in the rendered app: {}",
                &rest[at..]
            ));
        };
        rest = &rest[at + len + 3..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Moves every `style` attribute into a rule of one stylesheet, keyed by a
/// `data-ps` attribute: the Content-Security-Policy allows that one inline
/// `<style>` element by its hash, and refuses style attributes.
pub fn styles_to_rules(html: &str) -> (String, String) {
    let mut out = String::with_capacity(html.len());
    let mut css = String::new();
    let mut rest = html;
    let mut n = 0;
    while let Some(at) = rest.find(r#" style=""#) {
        let value_start = at + 8;
        let Some(len) = rest[value_start..].find('"') else {
            break;
        };
        out.push_str(&rest[..at]);
        let declarations = unescape_attr(&rest[value_start..value_start + len]);
        // Only properties without a value (`left:;top:;`) say nothing: no
        // rule, no attribute. (The unplaced tooltip's `--x:;top:;` gets a
        // rule: an `Option` for its place, which would leave it out, costs
        // the wasm 0.5 KB gzip, past its ceiling.) Anything else is
        // kept as it is (a value may hold `;` or `:`, as a data: URL does).
        if !says_nothing(&declarations) {
            out.push_str(&format!(r#" data-ps="{n}""#));
            css.push_str(&format!("#app [data-ps=\"{n}\"]{{{declarations}}}\n"));
            n += 1;
        }
        rest = &rest[value_start + len + 1..];
    }
    out.push_str(rest);
    (out, css)
}

/// Whether a style attribute only names properties without values (never a
/// custom property: `--x:;` is a value, empty).
fn says_nothing(declarations: &str) -> bool {
    declarations.split(';').all(|d| {
        let d = d.trim();
        d.is_empty()
            || d.strip_suffix(':').is_some_and(|name| {
                !name.starts_with("--") && name.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
            })
    })
}

pub fn escape_attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn unescape_attr(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::{styles_to_rules, without_hydration_markers};

    #[test]
    fn hydration_markers_go_and_text_stays_whole() {
        let html = r#"<p><span>Show on the map<!>: <!><!></span>a &lt;!&gt; b<!></p><svg><g><!--<() />--><!></g></svg>"#;
        assert_eq!(
            without_hydration_markers(html).unwrap(),
            r#"<p><span>Show on the map: </span>a &lt;!&gt; b</p><svg><g></g></svg>"#
        );
        assert!(without_hydration_markers("<p><!-- a").is_err());
        let error = without_hydration_markers("<div><style>p{}</style><!></div>").unwrap_err();
        assert!(error.contains("<style>"), "{error}");
    }

    #[test]
    fn style_attributes_become_rules_and_empty_ones_go() {
        let (html, css) = styles_to_rules(
            r#"<div style="left:12.5%;top:3%"></div><p style="left:;top:;"></p><i style="--a:;background:url(data:a;b)"></i>"#,
        );
        assert_eq!(html, r#"<div data-ps="0"></div><p></p><i data-ps="1"></i>"#);
        assert_eq!(
            css,
            "#app [data-ps=\"0\"]{left:12.5%;top:3%}\n#app [data-ps=\"1\"]{--a:;background:url(data:a;b)}\n"
        );
    }
}
