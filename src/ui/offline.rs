//! Offline use: registers the service worker that the build writes (sw.js,
//! from scripts/write-sw.mjs). It keeps the whole build in a cache, so after a
//! first visit the page reloads without a network (a classroom with none).
//! Only the full map registers it, not embeds (see app.rs).

use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::ServiceWorkerContainer;

/// Registers `./sw.js` when the browser offers service workers. Quietly does
/// nothing otherwise: an insecure context has no `navigator.serviceWorker`, and
/// in a sandboxed (opaque-origin) frame reading it throws. A failed
/// registration (no sw.js, e.g. a build without the hook) is ignored too, so it
/// never shows as a console error.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator: JsValue = window.navigator().into();
    let key = JsValue::from_str("serviceWorker");
    if !js_sys::Reflect::has(&navigator, &key).unwrap_or(false) {
        return;
    }
    // Through Reflect rather than web-sys's getter, which would throw.
    let Ok(container) = js_sys::Reflect::get(&navigator, &key) else {
        return;
    };
    let Ok(container) = container.dyn_into::<ServiceWorkerContainer>() else {
        return;
    };
    // Beside the site's root page, whichever page this is: its scope is the site.
    let promise = container.register(&format!("{}sw.js", super::url_sync::page_root()));
    // Awaiting the promise handles its rejection (no "uncaught in promise").
    spawn_local(async move {
        let _ = JsFuture::from(promise).await;
    });
}
