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

/// Focuses a focus country's shape on the map.
pub fn focus_country(code: &str) {
    focus(&format!("[data-country=\"{code}\"]"));
}

/// Focuses after the next frame, once a view that was just opened is rendered.
pub fn focus_later(selector: &'static str) {
    request_animation_frame(move || focus(selector));
}
