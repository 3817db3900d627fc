//! The few imperative browser calls the views need (focus, and when to run
//! what must wait for a frame), kept in one place and only ever called from
//! event handlers or effects. Where the keyboard and the reader are across
//! the app's takeover of the rendered page is `takeover.rs`.
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the first element matching a CSS selector, if there is one.
pub fn focus(selector: &str) {
    focus_with(selector, None);
}

/// As [`focus`], without the keyboard's ring: where a pointer's click moved
/// the focus but the browser cannot tell (a press on the map does not focus
/// the shape, so the browser takes the panel's focus for a script's, which it
/// rings after a page's first click).
pub fn focus_without_ring(selector: &str) {
    focus_with(selector, Some(false));
}

/// Whether the browser reads `focusVisible` when asked to focus (Chromium
/// 145, Firefox 104, Safari 18.4): where it does not, a script's focus after
/// a press that moved none is ringed, so a press keeps focusing the country.
/// Asked once, of an element outside the page: a browser that knows the
/// option reads it, and so calls its getter.
pub fn focus_without_ring_works() -> bool {
    thread_local! {
        static WORKS: std::cell::OnceCell<bool> = const { std::cell::OnceCell::new() };
    }
    WORKS.with(|works| {
        *works.get_or_init(|| {
            let read = std::rc::Rc::new(std::cell::Cell::new(false));
            let getter = {
                let read = read.clone();
                wasm_bindgen::closure::Closure::once_into_js(move || {
                    read.set(true);
                    false
                })
            };
            let descriptor = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&descriptor, &"get".into(), &getter);
            let options = js_sys::Object::define_property(
                &js_sys::Object::new(),
                &"focusVisible".into(),
                &descriptor,
            );
            if let Ok(el) = document().create_element("a") {
                let _ = el
                    .unchecked_ref::<web_sys::HtmlElement>()
                    .focus_with_options(options.unchecked_ref());
            }
            read.get()
        })
    })
}

/// `ring`: whether the focus shows the keyboard's ring, or the browser's
/// choice. An HTML or an SVG element (`focus` is on both kinds, whatever
/// web-sys types it on).
fn focus_with(selector: &str, ring: Option<bool>) {
    let Some(el) = document().query_selector(selector).ok().flatten() else {
        return;
    };
    let options = web_sys::FocusOptions::new();
    if let Some(ring) = ring {
        options.set_focus_visible(ring);
    }
    let _ = el
        .unchecked_ref::<web_sys::HtmlElement>()
        .focus_with_options(&options);
}

/// The elements under `root` that match `selector`.
pub(super) fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// Whether Esc belongs to where the keyboard is: a form control (a select
/// closes its list with it) or an open dialog.
#[cfg(target_arch = "wasm32")]
pub fn escape_is_taken() -> bool {
    let document = document();
    let in_control = document.active_element().is_some_and(|el| {
        el.matches("input, select, textarea, dialog *, [role=dialog] *")
            .unwrap_or(false)
    });
    in_control
        || document
            .query_selector("dialog[open]")
            .ok()
            .flatten()
            .is_some()
}

/// Focuses a focus country's shape on the map.
pub fn focus_country(code: &str) {
    focus(&format!("[data-country=\"{code}\"]"));
}

/// Focuses once a view that was just opened is rendered: after the frame
/// that shows it, so that moving the focus (a style and layout pass of its
/// own) does not delay what the visitor asked to see.
pub fn focus_later(selector: impl AsRef<str> + 'static) {
    after_frame(move || focus(selector.as_ref()));
}

/// As [`focus_later`], without scrolling: for a container the reader is in
/// already (`<main>`, taller than the screen, whose top a plain focus
/// scrolls into view).
pub fn focus_in_place_later(selector: &'static str) {
    after_frame(move || {
        if let Ok(Some(el)) = document().query_selector(selector) {
            focus_in_place(&el);
        }
    });
}

/// Runs `f` in the task after the frame that shows the current change: soon
/// (unlike [`after_paint`]), but not before the visitor sees the change.
pub fn after_frame(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}

/// Scrolls the element with this id into view as little as needed, before
/// the frame that shows it: on a phone with its panel open, above the
/// bottom sheet (the stylesheet's `scroll-padding-bottom` is the sheet's
/// height while it is open).
pub fn reveal_before_frame(id: &'static str) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(id) {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            el.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
}

/// Focuses `el` without scrolling: an HTML or an SVG element (`focus` is
/// on both kinds, whatever web-sys types it on).
pub(super) fn focus_in_place(el: &web_sys::Element) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el
        .unchecked_ref::<web_sys::HtmlElement>()
        .focus_with_options(&options);
}

/// Runs `f` after the frame that shows the current change, once the browser
/// has nothing more urgent (an idle callback, at most 200 ms late; a timer
/// where there is none, as in WebKit): bookkeeping such as the address and
/// the title must not delay the answer to a click, nor the visitor's next
/// input.
pub fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || {
        let win = window();
        let idle = js_sys::Reflect::get(&win, &"requestIdleCallback".into())
            .is_ok_and(|v| v.is_function());
        if idle {
            let options = web_sys::IdleRequestOptions::new();
            options.set_timeout(200);
            let callback = wasm_bindgen::closure::Closure::once_into_js(f);
            let _ = win.request_idle_callback_with_options(callback.unchecked_ref(), &options);
        } else {
            set_timeout(f, std::time::Duration::ZERO);
        }
    });
}

/// The browser's own URL parser (WHATWG), as the core's checks read a URL:
/// registered at start (`core::embed::set_url_parser`) so that a call to
/// action's address is read exactly as the browser will open it.
pub fn browser_url_parser(raw: &str) -> Option<crate::core::embed::UrlParts> {
    let url = web_sys::Url::new(raw).ok()?;
    let port = url.port();
    Some(crate::core::embed::UrlParts {
        href: url.href(),
        scheme: url.protocol().trim_end_matches(':').to_string(),
        hostname: url.hostname(),
        username: url.username(),
        password: url.password(),
        port: if port.is_empty() {
            None
        } else {
            Some(port.parse().ok()?)
        },
    })
}

/// The keys pressed while the app loaded for a view the page did not show,
/// in order (scripts/app-loader.js keeps them in `window.__rightsMapKeys`,
/// one per line), taken once: the first caller has them, later ones none.
pub fn take_early_keys() -> Vec<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let key = wasm_bindgen::JsValue::from_str("__rightsMapKeys");
        let kept = js_sys::Reflect::get(&window(), &key).unwrap_or_default();
        let _ = js_sys::Reflect::delete_property(&window(), &key);
        if let Some(kept) = kept.as_string() {
            return kept.lines().map(str::to_string).collect();
        }
    }
    Vec::new()
}
