//! `404.html`: the page a host answers an unknown address with (status 404).
//! One page in every language of the map, since a host cannot tell which one
//! the visitor reads, each with its link to the map in that language. The
//! links start at the site's own folder (`SITE_URL`'s path): the page is sent
//! for addresses at any depth, where a relative link would lead elsewhere.
//! Each link asks for its language (`?lang=`): the map's own choice (the
//! remembered language, the browser's) would otherwise overrule the reader's.
//! Under a language's folder (`/kk/…`) that language comes first, as the
//! page's own (its heading, title and `lang`), by a few lines of inline
//! script that read the folder from the address and the languages from the
//! sections' own `lang` (no list of its own): a reader of Kazakh found it
//! fourth, under the fold on a phone. Without the script, English leads.
//! No image, and an empty icon: nothing is fetched (a browser would ask for
//! `/favicon.ico`, and get this page again). The build gives the page the
//! site's policy, which allows its inline script and rules by their hash
//! (scripts/write-csp.mjs); the rules follow the reader's light or dark
//! scheme and use the system's font, as the map does.
use crate::html::escape_attr;
use central_asia_rights_map::core::messages::Lang;
use central_asia_rights_map::core::pages::{Page, PageKind};

/// Readable on a phone and a desk: one column, the map's font, links that
/// are easy to tap (24 px at least, WCAG 2.2's target size).
const STYLE: &str = ":root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.5}\
body{max-width:38rem;margin:0 auto;padding:1rem 1rem 2rem}h1{font-size:1.6rem;margin:0.5rem 0}\
h2{font-size:1.2rem;margin:0 0 0.25rem}section+section{border-top:1px solid #8888;margin-top:1.25rem;padding-top:1rem}\
p{margin:0.25rem 0}a{display:inline-block;padding:0.5rem 0}";

/// An address with capitals after the site's root (`data-root`) goes to the
/// same address in small letters, as every page's is: campaigners write a
/// country's code as the map's own links do (`?country=KZ`), and
/// `/country/KZ/` was this page. (An unknown address in small letters stays
/// here; so does one whose only capitals are in its escapes, `%D0%96`, which
/// are the same address either way.) Otherwise, puts the section of the language whose folder the
/// address is in first, with the page's one `h1`, and makes it the page's
/// language and title. A folder is two or three letters, and only a section
/// the page holds is moved.
const FIRST_BY_FOLDER: &str = "(function(){var m=document.querySelector(\"main\"),r=m.getAttribute(\"data-root\"),p=location.pathname,l=location;\
if(p.indexOf(r)!==0)return;var t=p.slice(r.length),c=t.split(\"/\")[0];\
var u=t.replace(/%[0-9A-F]{2}|[A-Z]/g,function(x){return x.length>1?x:x.toLowerCase()});\
if(u!==t)return l.replace(r+u+l.search+l.hash);if(!/^[a-z]{2,3}$/.test(c))return;\
var s=m.querySelector('section[lang=\"'+c+'\"]'),f=m.firstElementChild;if(!s||s===f)return;\
function h(x,t){var o=x.querySelector(\"h1,h2\"),n=document.createElement(t);n.textContent=o.textContent;o.replaceWith(n);return n}\
document.title=h(s,\"h1\").textContent;h(f,\"h2\");m.insertBefore(s,f);document.documentElement.lang=c})();";

/// English first (the page's own language), then Russian, then the others
/// in the language menu's order.
fn languages() -> Vec<Lang> {
    let first = [Lang::En, Lang::Ru];
    first
        .into_iter()
        .chain(Lang::ALL.into_iter().filter(|l| !first.contains(l)))
        .collect()
}

/// The path of the site's root on its host: `/`, or `/map/` for a site at
/// `https://example.org/map/` (a GitHub Pages project site).
pub fn root_path(base_url: &str) -> &str {
    let after_scheme = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    after_scheme.find('/').map_or("/", |at| &after_scheme[at..])
}

/// The page, for a site published at `base_url` (ending in `/`).
pub fn not_found_page(base_url: &str) -> String {
    let root = root_path(base_url);
    let title = [Lang::En, Lang::Ru]
        .map(|l| l.messages().not_found)
        .join(" · ");
    let sections: String = languages()
        .into_iter()
        .enumerate()
        .map(|(i, lang)| {
            let msgs = lang.messages();
            let home = Page {
                kind: PageKind::Map,
                lang,
            };
            // One h1 for the page; the other languages are its sections.
            let h = if i == 0 { "h1" } else { "h2" };
            format!(
                "<section lang=\"{code}\">\n<{h}>{heading}</{h}>\n<p>{text}</p>\n<p><a href=\"{href}\">{link}</a></p>\n</section>\n",
                code = lang.code(),
                heading = escape_attr(msgs.not_found),
                text = escape_attr(msgs.not_found_text),
                href = escape_attr(&format!("{root}{}?lang={}", home.path(), lang.code())),
                link = escape_attr(msgs.not_found_link),
            )
        })
        .collect();
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"robots\" content=\"noindex\">\n\
         <link rel=\"icon\" href=\"data:,\">\n<style>{STYLE}</style>\n<title>{title}</title>\n</head>\n<body>\n<main data-root=\"{root}\">\n{sections}</main>\n<script>{FIRST_BY_FOLDER}</script>\n</body>\n</html>\n",
        title = escape_attr(&title),
        root = escape_attr(root),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_root_path_is_the_site_folder_on_its_host() {
        assert_eq!(root_path("https://example.org/"), "/");
        assert_eq!(
            root_path("https://user.github.io/rights-map/"),
            "/rights-map/"
        );
        assert_eq!(root_path("http://127.0.0.1:8080/a/b/"), "/a/b/");
    }

    #[test]
    fn every_language_has_its_section_and_its_map() {
        let page = not_found_page("https://user.github.io/rights-map/");
        for lang in Lang::ALL {
            let folder = match lang {
                Lang::En => String::new(),
                other => format!("{}/", other.code()),
            };
            let section = format!("<section lang=\"{}\">", lang.code());
            let at = page.find(&section).unwrap_or_else(|| panic!("{section}"));
            let rest = &page[at..];
            let rest = &rest[..rest.find("</section>").unwrap()];
            assert!(rest.contains(lang.messages().not_found), "{lang:?}");
            assert!(
                rest.contains(&format!(
                    "href=\"/rights-map/{folder}?lang={}\"",
                    lang.code()
                )),
                "{lang:?}: {rest}"
            );
        }
        assert_eq!(page.matches("<h1>").count(), 1);
    }

    /// The script finds the folder after the site's root, which the page
    /// names: at a sub-folder's site, `/rights-map/kk/…` is Kazakh's.
    #[test]
    fn the_page_names_its_root_for_the_script_that_puts_the_folders_language_first() {
        let page = not_found_page("https://user.github.io/rights-map/");
        assert!(page.contains("<main data-root=\"/rights-map/\">"), "{page}");
        assert_eq!(page.matches("<script>").count(), 1);
        assert!(page.contains(FIRST_BY_FOLDER));
    }
}
