//! The thin Leptos view layer: components read what the core computed and
//! write only the view state. Browser calls happen in event handlers and
//! effects, never while rendering.
mod about;
mod app;
mod category_switch;
mod crash;
mod dom;
mod dossier;
mod downloads;
mod embed;
mod embed_dialog;
mod lang;
mod map;
mod notice;
mod offline;
mod panel;
mod presentation;
mod state;
mod table_view;
mod url_sync;

pub use app::App;
use wasm_bindgen::JsCast;

/// The id of the element the app lives in. The build prerenders the first
/// view into it (scripts/prerender.mjs); without it the app mounts on `<body>`.
pub const ROOT_ID: &str = "app";

/// Mounts the app; a panic shows a friendly page, and the console.
///
/// When the page holds the prerendered first view, the app renders into a
/// detached copy of the root and then swaps it in at once: both are the same
/// markup from the same code, so nothing moves and nothing flickers. Keyboard
/// focus on a country stays on that country.
pub fn mount() {
    crash::install_panic_hook();
    let document = leptos::prelude::document();
    let Some(prerendered) = document.get_element_by_id(ROOT_ID) else {
        leptos::mount::mount_to_body(App);
        return;
    };
    let Ok(root) = document.create_element("div") else { return };
    root.set_id(ROOT_ID);
    root.set_class_name(&prerendered.class_name());
    let focused = dom::focused_country_selector();
    leptos::mount::mount_to(root.clone().unchecked_into(), App).forget();
    let _ = prerendered.replace_with_with_node_1(&root);
    if let Some(selector) = focused {
        dom::focus(&selector);
    }
    // A country opened from the prerendered page (its section is gone now):
    // move to its panel, as a click in the app does.
    let hash = leptos::prelude::window().location().hash().unwrap_or_default();
    if hash.starts_with("#country-") {
        dom::focus_later("#country-panel-heading");
    }
}
