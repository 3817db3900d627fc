//! Where the map's paths come from. The wasm carries the map without them
//! (`core::shipped`): on a visitor's page they are already drawn in the
//! rendered map, so the app reads them from there and the geometry travels
//! once. On a page drawn without the map (a case card's), the app fetches
//! the baked map that the build copies beside the page.
use crate::core::geo::baked::{decode, fill_paths};
use crate::core::geo::{MapGeometry, Role};
use crate::core::shipped::map_without_paths;
use leptos::prelude::window;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The baked map with its paths, beside index.html (see `copy-file` there).
const BAKED_FILE: &str = "central-asia.map.tsv";

type Loaded = Result<&'static MapGeometry, String>;

thread_local! {
    static GEOMETRY: RefCell<Option<Loaded>> = const { RefCell::new(None) };
}

/// The map the app draws once `provide` has run, or why there is none.
pub fn geometry() -> Loaded {
    GEOMETRY
        .with(|g| g.borrow().clone())
        .unwrap_or_else(|| Err("no map geometry was provided".into()))
}

/// Makes `map` the map the app draws. It lives as long as the page, so every
/// component gets a plain `&'static` reference.
pub fn provide(map: MapGeometry) {
    GEOMETRY.with(|g| *g.borrow_mut() = Some(Ok(Box::leak(Box::new(map)))));
}

/// Records why the map could not be loaded; the app shows it.
pub fn failed(problem: String) {
    GEOMETRY.with(|g| *g.borrow_mut() = Some(Err(problem)));
}

/// The map with its paths read from the prerendered map inside `root`;
/// an error unless every country's path is there.
pub fn from_page(root: &web_sys::Element) -> Result<MapGeometry, String> {
    let mut map = map_without_paths()?;
    fill_paths(&mut map, |c| {
        let attr = if c.role == Role::Focus {
            "data-country"
        } else {
            "data-context"
        };
        let selector = format!("path[{attr}=\"{}\"]", c.alpha2);
        root.query_selector(&selector)
            .ok()
            .flatten()?
            .get_attribute("d")
    })
    .map_err(|missing| format!("the page has no path for {}", missing.join(", ")))?;
    Ok(map)
}

/// The whole baked map, fetched from beside the page.
pub async fn fetched() -> Result<MapGeometry, String> {
    // Beside the site's root page, wherever this page is.
    let text = fetch_text(&format!("{}{BAKED_FILE}", super::url_sync::page_root()))
        .await
        .map_err(|e| {
            format!(
                "{BAKED_FILE}: {}",
                e.as_string().unwrap_or_else(|| format!("{e:?}"))
            )
        })?;
    decode(&text).map_err(|e| format!("{BAKED_FILE}: {e}"))
}

async fn fetch_text(url: &str) -> Result<String, JsValue> {
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(url))
        .await?
        .dyn_into()?;
    if !response.ok() {
        return Err(JsValue::from_str(&format!("HTTP {}", response.status())));
    }
    let text = JsFuture::from(response.text()?).await?;
    text.as_string()
        .ok_or_else(|| JsValue::from_str("the response is not text"))
}
