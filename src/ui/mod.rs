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
mod geometry;
mod lang;
mod map;
mod method_note;
mod notice;
mod offline;
mod panel;
mod panel_scroll;
mod presentation;
pub mod site;
mod skip_link;
mod slides;
mod state;
mod table_view;
mod takeover;
mod url_sync;

use crate::core::messages::packs;
pub use app::App;
/// For a page without the prerendered map and without the baked map beside
/// it (the component tests): the geometry to draw.
pub use geometry::provide as provide_geometry;
use wasm_bindgen::JsCast;

/// The id of the element the app lives in. The build prerenders the first
/// page into it (crates/site); without it the app mounts on `<body>`.
pub const ROOT_ID: &str = "app";

/// Mounts the app; a panic shows a friendly page, and the console.
///
/// When the page holds the prerendered first view, the app renders into a
/// detached copy of the root and then swaps it in at once: both are the same
/// markup from the same code, so nothing moves and nothing flickers. Keyboard
/// focus stays on the same country, or on the same control.
pub fn mount() {
    crash::install_panic_hook();
    // Before any link is read: the core checks a call to action's address
    // with the browser's own parser.
    crate::core::embed::set_url_parser(dom::browser_url_parser);
    let prerendered = leptos::prelude::document().get_element_by_id(ROOT_ID);
    // A language other than English needs its pack first: the loader
    // fetched the page's with the app; another is fetched below.
    let lang = url_sync::opening_lang();
    lang::read_preloaded_pack();
    // The paths are in the prerendered map; without it, fetch them first.
    match prerendered.as_ref().map(geometry::from_page) {
        Some(Ok(map)) if packs::is_loaded(lang) => {
            geometry::provide(map);
            mount_over(prerendered);
        }
        // Not leptos::task::spawn_local: its executor starts with the first mount.
        page_map => wasm_bindgen_futures::spawn_local(async move {
            let map = match page_map {
                Some(Ok(map)) => Ok(map),
                _ => geometry::fetched().await,
            };
            match map {
                Ok(map) => geometry::provide(map),
                // The app then shows its "could not be loaded" page with this.
                Err(problem) => {
                    leptos::logging::error!("{problem}");
                    geometry::failed(problem);
                }
            }
            // Without it the app shows the view in English (url_sync::initial_view).
            if let Err(problem) = lang::fetch_pack(lang).await {
                leptos::logging::error!("{problem}");
            }
            mount_over(prerendered);
        }),
    }
}

/// Mounts the app in place of the prerendered root, or on `<body>`.
fn mount_over(prerendered: Option<web_sys::Element>) {
    let document = leptos::prelude::document();
    let Some(prerendered) = prerendered else {
        leptos::mount::mount_to_body(App);
        return;
    };
    let Ok(root) = document.create_element("div") else {
        return;
    };
    root.set_id(ROOT_ID);
    root.set_class_name(&prerendered.class_name());
    // The page's own view and the way to the site's root stay readable.
    for name in [site::VIEW_ATTR, site::ROOT_ATTR] {
        if let Some(value) = prerendered.get_attribute(name) {
            let _ = root.set_attribute(name, &value);
        }
    }
    // A country by its code: the prerendered map wraps each shape in a link.
    let focused = takeover::focused_country_selector();
    let control = focused
        .is_none()
        .then(|| takeover::focused_path(&prerendered))
        .flatten();
    // Else where the reader was: a click on text (which focuses only the
    // container around it, `<main>`). Tab goes on from there.
    let reading = focused
        .is_none()
        .then(|| takeover::reading_path(&prerendered))
        .flatten()
        .filter(|(text, _)| {
            control.as_ref().is_none_or(|(at, tag)| {
                text.len() > at.len() && text.starts_with(at) && !takeover::is_control_tag(tag)
            })
        });
    let control = control.filter(|_| reading.is_none());
    // Else where a link to a part of the page (the skip link) left the next
    // Tab's starting point, in an element about to be replaced.
    let skipped_to = (focused.is_none() && control.is_none() && reading.is_none())
        .then(|| takeover::fragment_target_id(&prerendered))
        .flatten();
    leptos::mount::mount_to(root.clone().unchecked_into(), App).forget();
    // The labels where the page had them, until the app's own layout runs.
    takeover::copy_attribute(&prerendered, &root, "data-place");
    takeover::keep_open_details(&prerendered, &root);
    let scrolled = panel_scroll::panel_scroll(&prerendered);
    // A short embed's legend and list scroll beside the map (styles.css):
    // the app's are new elements, which would open at their top.
    let side = |root: &web_sys::Element| root.query_selector(".map-side").ok().flatten();
    let side_scrolled = side(&prerendered).map_or(0, |s| s.scroll_top());
    let _ = prerendered.replace_with_with_node_1(&root);
    if let Some(s) = side(&root).filter(|_| side_scrolled > 0) {
        s.set_scroll_top(side_scrolled);
    }
    // A reader who used the page while the app loaded (a control focused, a
    // click on text or on the sea) keeps their place.
    let untouched = focused.is_none() && control.is_none() && reading.is_none();
    panel_scroll::keep_panel_scroll(&root, scrolled, untouched);
    if let Some(selector) = focused {
        dom::focus(&selector);
    } else if let Some((path, tag)) = control {
        takeover::focus_path(&root, &path, &tag);
    } else if let Some((path, tag)) = reading {
        takeover::resume_reading_at(&root, &path, &tag);
    } else if let Some(target) = skipped_to.and_then(|id| document.get_element_by_id(&id)) {
        takeover::tab_on_from(&target);
    }
}
