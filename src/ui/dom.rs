//! The few imperative browser calls the views need (focus management),
//! kept in one place and only ever called from event handlers or effects.
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the first element matching a CSS selector, if there is one.
pub fn focus(selector: &str) {
    let Some(el) = document().query_selector(selector).ok().flatten() else {
        return;
    };
    if let Some(html) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.focus();
    } else if let Some(svg) = el.dyn_ref::<web_sys::SvgElement>() {
        let _ = svg.focus();
    }
}

/// Where keyboard focus is, if it is on a country (its shape, the link
/// around the shape in the prerendered page, or its list entry): the selector
/// of the same control in the app.
pub fn focused_country_selector() -> Option<String> {
    let active = document().active_element()?;
    let attr = |name: &str| active.get_attribute(name);
    if let Some(code) = attr("data-country-button") {
        return Some(format!("[data-country-button=\"{code}\"]"));
    }
    let code = attr("data-country-link").or_else(|| attr("data-country"))?;
    Some(format!("[data-country=\"{code}\"]"))
}

/// Where keyboard focus is inside `root`, as child indexes from it, with the
/// focused element's tag. Outside the map the app renders the same markup as
/// the prerendered page, so the path finds the same control in the app.
pub fn focused_path(root: &web_sys::Element) -> Option<(Vec<u32>, String)> {
    let active = document().active_element()?;
    let tag = active.tag_name();
    let (mut el, mut path) = (active, Vec::new());
    while &el != root {
        let (mut index, mut before) = (0, el.previous_element_sibling());
        while let Some(sibling) = before {
            index += 1;
            before = sibling.previous_element_sibling();
        }
        path.push(index);
        el = el.parent_element()?;
    }
    path.reverse();
    Some((path, tag))
}

/// Focuses the element at `path` under `root` (see [`focused_path`]) if it
/// has the same tag.
pub fn focus_path(root: &web_sys::Element, path: &[u32], tag: &str) {
    let mut el = root.clone();
    for &index in path {
        let Some(mut child) = el.first_element_child() else {
            return;
        };
        for _ in 0..index {
            let Some(next) = child.next_element_sibling() else {
                return;
            };
            child = next;
        }
        el = child;
    }
    if el.tag_name() == tag {
        if let Some(html) = el.dyn_ref::<web_sys::HtmlElement>() {
            let _ = html.focus();
        }
    }
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
    request_animation_frame(move || {
        set_timeout(move || focus(selector.as_ref()), std::time::Duration::ZERO)
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
