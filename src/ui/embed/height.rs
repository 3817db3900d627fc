//! Tells the host page our content height whenever it changes, so its
//! snippet can size the iframe: `{ type: HEIGHT_MESSAGE, height }`. The
//! height is not secret, so any parent may read it ("*"); the host's snippet
//! checks our origin.
use crate::core::embed::HEIGHT_MESSAGE;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

fn post_height() {
    let Ok(parent) = window().parent() else {
        return;
    };
    let Some(parent) = parent else { return };
    let Some(body) = document().body() else {
        return;
    };
    let height = body.get_bounding_client_rect().height().ceil();
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
    let _ = parent.post_message(&message, "*");
}

/// Starts reporting, once, for the page's lifetime (only inside a frame).
pub fn report_height() {
    let in_frame = window()
        .parent()
        .ok()
        .flatten()
        .is_some_and(|p| p != window());
    let Some(body) = document().body().filter(|_| in_frame) else {
        return;
    };
    let callback = Closure::<dyn FnMut()>::new(post_height);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    // The observer holds the callback for as long as the page lives.
    callback.forget();
}
