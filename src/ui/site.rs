//! Where the components run: in the browser, or natively in the site
//! renderer (crates/site), which writes every page with them before any
//! script runs. A rendered page works as links without JavaScript: its map's
//! countries and list entries open the country's panel in place (`#country-KZ`,
//! shown by `:target`), and every country's panel is in the page.
use crate::core::url_state::{asks_for_whole_view, parse_query, QueryParams, ViewState};
#[cfg(not(target_arch = "wasm32"))]
use leptos::prelude::*;

/// The attribute on the app's root that holds the page's own view as a query
/// link (`?country=KZ&lang=ru`): the app opens with it when the address has
/// no view of its own (a clean path such as `country/kz/`).
pub const VIEW_ATTR: &str = "data-view";
/// The attribute on the app's root that holds the way back to the site's
/// root from the page (`../../`), so links and the address bar stay in the site.
pub const ROOT_ATTR: &str = "data-root";
/// The attribute the page's script (index.html) sets on the rendered root
/// when a list entry opens a panel before the app, and removes when the page
/// closes it, another link opens one, or back and forward choose one: the
/// app then gives the focus back to that entry on Esc or ×, as after its own
/// list.
pub const FROM_LIST_ATTR: &str = "data-from-list";
/// The attribute on `<html>` that holds the service worker's address from the
/// page (`../../sw.js`) where the page's view works offline: the page's loader
/// (scripts/app-loader.js) registers the worker named there, and none where
/// the attribute is missing.
pub const SW_ATTR: &str = "data-sw";

/// Whether a view works offline: the full map does; an embed does not, as it
/// lives in somebody else's page, where a worker of ours has no place.
pub fn works_offline(view: &ViewState) -> bool {
    !view.embed.on
}

/// The service worker's address from a page whose way back to the site's
/// root is `root` (`""`, `../`): written by `scripts/write-sw.mjs` at the root.
pub fn sw_address(root: &str) -> String {
    format!("{root}sw.js")
}

/// Where the reader's choice of language is remembered (`localStorage`):
/// the app writes it, and the page's first script reads it to open the page
/// in that language (the site renderer writes the key into the page).
pub const LANG_STORAGE_KEY: &str = "central-asia-rights-map.lang";

/// Given as context while the site renderer renders a page.
#[derive(Clone, Debug)]
pub struct StaticRender {
    /// The way back to the site's root (`""`, `../`, `../../`).
    pub root: String,
    pub view: ViewState,
    /// The site's public address, ending in `/` (for citations).
    pub base_url: String,
}

#[cfg(not(target_arch = "wasm32"))]
impl StaticRender {
    /// The address's query when `view` is shown on this page (the page's
    /// script writes it, as the app would: `core::url_state::address_query`).
    pub fn address_for(&self, view: &ViewState) -> String {
        let page_view = crate::core::url_state::to_query(&self.view);
        crate::core::url_state::address_query(view, &page_view, crate::core::messages::Lang::En)
    }

    /// Where an issue leads from this page without the app (no JavaScript,
    /// or it could not load): the issue's page, an embed's in an embed, in
    /// the page's language, with `country`'s panel open (`#country-KZ`,
    /// which that page holds) where one is given, as the app would show it.
    pub fn issue_href(&self, category: &str, country: Option<&str>) -> String {
        use crate::core::pages::Page;
        let issue = ViewState {
            country: None,
            case: None,
            category: category.to_string(),
            embed: crate::core::embed::Embed {
                card: None,
                ..self.view.embed.clone()
            },
            ..self.view.clone()
        };
        let panel = country
            .map(|code| format!("#country-{code}"))
            .unwrap_or_default();
        site_href(&format!("{}{panel}", Page::of_view(&issue).path()))
    }

    /// The same, for a country's panel opened from this page's view.
    pub fn address_for_country(&self, code: &str) -> String {
        let view = ViewState {
            country: Some(code.to_string()),
            case: None,
            ..self.view.clone()
        };
        self.address_for(&view)
    }
}

/// The rendering page's context, if the site renderer is rendering.
#[cfg(not(target_arch = "wasm32"))]
pub fn static_render() -> Option<StaticRender> {
    use_context::<StaticRender>()
}

/// In the browser, never: the pages' own markup is not compiled into the wasm.
#[cfg(target_arch = "wasm32")]
pub fn static_render() -> Option<StaticRender> {
    None
}

/// `rel` (a query link, or a path from the site's root) from this page.
pub fn site_href(rel: &str) -> String {
    // The renderer's page, or the one the renderer wrote on the app's root.
    #[cfg(not(target_arch = "wasm32"))]
    let root = static_render().map(|page| page.root).unwrap_or_default();
    #[cfg(target_arch = "wasm32")]
    let root = super::url_sync::page_root();
    if root.is_empty() && rel.is_empty() {
        "./".to_string()
    } else {
        format!("{root}{rel}")
    }
}

/// The public address of `path` (a path from the site's root), as a reader
/// would cite it: the site's address when rendering, else resolved against
/// the address of the page the browser shows.
pub fn page_url(path: &str) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let base = static_render()
            .map(|page| page.base_url)
            .unwrap_or_default();
        format!("{base}{path}")
    }
    #[cfg(target_arch = "wasm32")]
    {
        let here = leptos::prelude::window()
            .location()
            .href()
            .unwrap_or_default();
        web_sys::Url::new_with_base(&site_href(path), &here)
            .map(|url| url.href())
            .unwrap_or_default()
    }
}

/// The parameters the page opens with, from the page's own view (a query
/// link, as the renderer wrote it on the app's root), the address's query and
/// its fragment:
/// - a query that asks for a view (any parameter but `lang` and the look)
///   asks for the whole view, in the page's language unless it names one
///   (`/ru/?category=lgbt` is Russian): the app's own addresses, and links to
///   the full map;
/// - but on an embed's page, one that does not name `embed` adds to the
///   page's view: a campaigner's `embed/country/kz/?cta_text=…&cta_url=…` is
///   that embed with a call to action, not the full map in their page;
/// - else the page's own view with the address's `lang` and look (`theme`,
///   `transparent`, `legend`);
/// - and in these two cases, the country whose panel the fragment names
///   (`#country-KZ`, a panel opened in the page before the app, or a link to
///   one; `#no-panel`, none), as the page shows it.
pub fn opening_params(page_view: &str, address: &str, fragment: &str) -> QueryParams {
    let (asked, own) = (parse_query(address), parse_query(page_view));
    if asks_for_whole_view(page_view, address) {
        let lang = asked.lang.clone().or(own.lang);
        return QueryParams { lang, ..asked };
    }
    let mut params = asked.over(own);
    let panel = fragment.strip_prefix("#country-");
    if let Some(code) = panel.filter(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_alphabetic()))
    {
        params.country = Some(code.to_string());
        params.case = None;
    } else if fragment == "#no-panel" {
        params.country = None;
        params.case = None;
    }
    params
}

/// Renders the app for `view` to HTML, natively, as the page at `root`.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_app(view: ViewState, root: &str, base_url: &str) -> String {
    // A server's shared context: browser-only helpers then do nothing.
    let context = std::sync::Arc::new(hydration_context::SsrSharedContext::new());
    let owner = Owner::new_root(Some(context));
    owner.with(|| {
        provide_context(StaticRender {
            root: root.to_string(),
            view,
            base_url: base_url.to_string(),
        });
        leptos::view! { <super::App/> }.to_html()
    })
}

/// A country on a rendered page's map: its shapes inside a link that opens
/// its panel in the page, and that tells the page's script the view's link.
#[cfg(not(target_arch = "wasm32"))]
pub fn static_country_link(
    page: &StaticRender,
    shape: &'static crate::core::geo::CountryShape,
    fill: impl Fn() -> &'static str + Send + Sync + 'static,
    texture: impl Fn() -> Option<String> + Send + Sync + 'static,
    label: impl Fn() -> String + Send + Sync + 'static,
    level: impl Fn() -> usize + Send + Sync + 'static,
) -> leptos::prelude::AnyView {
    let code = shape.alpha2.as_str();
    let app_href = page.address_for_country(code);
    leptos::view! {
        <g class="country-group">
            <a href=format!("#country-{code}") data-country-link=code data-app-href=app_href aria-label=label>
                <path class="country focus-country" class:selected=page.view.country.as_deref() == Some(code)
                    d=shape.path.as_str() fill=fill data-country=code data-status=level/>
                <path class="texture" d=shape.path.as_str() fill=texture aria-hidden="true"/>
            </a>
        </g>
    }
    .into_any()
}
