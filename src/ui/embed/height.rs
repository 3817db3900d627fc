//! Tells the host page our content height, so its snippet can size the
//! iframe, without telling the host's scripts what the reader does:
//! - only a host whose snippet wrote its origin and a token into our address
//!   fragment gets heights (`core::embed::host_from_fragment`), at that
//!   origin only, with the token;
//! - only while the view is the one the host chose: once the reader opens
//!   another country, case or issue, the frame keeps its height and its
//!   content scrolls inside it, since the heights of the views differ (by
//!   country, from 1,860 to 2,635 px) and any script on the host page could
//!   read them; nor once the reader has opened or closed a disclosure (a
//!   country card's "Source, cases and more"), which changes the height too.
use crate::core::embed::{host_from_fragment, HEIGHT_MESSAGE};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

type Host = Rc<RefCell<Option<(String, String)>>>;

fn read_host(host: &Host) {
    let hash = window().location().hash().unwrap_or_default();
    if let Some(found) = host_from_fragment(&hash) {
        *host.borrow_mut() = Some(found);
    }
}

fn post_height(host: &Host, preset: &dyn Fn() -> bool) {
    let Some((target, token)) = host.borrow().clone() else {
        return;
    };
    let (Ok(Some(parent)), Some(body)) = (window().parent(), document().body()) else {
        return;
    };
    if !preset() {
        return;
    }
    let height = body.get_bounding_client_rect().height().ceil();
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
    let _ = js_sys::Reflect::set(&message, &"token".into(), &token.into());
    let _ = parent.post_message(&message, &target);
}

/// Starts reporting, once, for the page's lifetime (only inside a frame).
/// `preset` says whether the view is still the one the page opened with.
pub fn report_height(preset: impl Fn() -> bool + 'static) {
    let Some(body) = document().body().filter(|_| super::in_frame()) else {
        return;
    };
    let host: Host = Rc::default();
    // The token is read at once: the app may later replace the address.
    read_host(&host);
    // Any disclosure opened or closed: `toggle` does not bubble, so it is
    // heard on its way down (capture).
    let toggled = Rc::new(std::cell::Cell::new(false));
    let seen = toggled.clone();
    let on_toggle = Closure::<dyn FnMut()>::new(move || seen.set(true));
    let options = web_sys::AddEventListenerOptions::new();
    options.set_capture(true);
    let _ = document().add_event_listener_with_callback_and_add_event_listener_options(
        "toggle",
        on_toggle.as_ref().unchecked_ref(),
        &options,
    );
    on_toggle.forget();
    // The resize can come before the `toggle` event: the open ones are counted too.
    let open = || {
        document()
            .query_selector_all("details[open]")
            .map_or(0, |l| l.length())
    };
    let opened_by_host = open();
    let preset: Rc<dyn Fn() -> bool> =
        Rc::new(move || !toggled.get() && open() == opened_by_host && preset());
    let (h, p) = (host.clone(), preset.clone());
    let on_resize = Closure::<dyn FnMut()>::new(move || post_height(&h, &*p));
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    // A snippet that runs after the frame has loaded writes its fragment late.
    let on_hash = Closure::<dyn FnMut()>::new(move || {
        read_host(&host);
        post_height(&host, &*preset);
    });
    let _ =
        window().add_event_listener_with_callback("hashchange", on_hash.as_ref().unchecked_ref());
    // Both live as long as the page.
    on_resize.forget();
    on_hash.forget();
}
