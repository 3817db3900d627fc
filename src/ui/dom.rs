//! The few imperative browser calls the views need (focus management),
//! kept in one place and only ever called from event handlers or effects.
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
    Some((path_of(root, &active)?, active.tag_name()))
}

/// Where the reader was inside `root` when no control had the focus: the
/// element around the selection's anchor (a click on text puts it there).
pub fn reading_path(root: &web_sys::Element) -> Option<(Vec<u32>, String)> {
    let node = window().get_selection().ok()??.anchor_node()?;
    let element = match node.dyn_into::<web_sys::Element>() {
        Ok(element) => element,
        Err(node) => node.parent_element()?,
    };
    Some((path_of(root, &element)?, element.tag_name()))
}

/// Whether an element of this tag is a control (not a container that a
/// click focuses only because it has `tabindex="-1"`).
pub fn is_control_tag(tag: &str) -> bool {
    matches!(
        tag,
        "A" | "BUTTON" | "SELECT" | "INPUT" | "TEXTAREA" | "SUMMARY"
    )
}

/// `element`'s place under `root` as child indexes, if it is under it.
fn path_of(root: &web_sys::Element, element: &web_sys::Element) -> Option<Vec<u32>> {
    let (mut el, mut path) = (element.clone(), Vec::new());
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
    Some(path)
}

/// The element at `path` under `root` (see [`path_of`]).
fn element_at_path(root: &web_sys::Element, path: &[u32]) -> Option<web_sys::Element> {
    let mut el = root.clone();
    for &index in path {
        let mut child = el.first_element_child()?;
        for _ in 0..index {
            child = child.next_element_sibling()?;
        }
        el = child;
    }
    Some(el)
}

/// The element at `path` under `root`, if it has that tag.
fn element_at(root: &web_sys::Element, path: &[u32], tag: &str) -> Option<web_sys::HtmlElement> {
    element_at_path(root, path)
        .filter(|el| el.tag_name() == tag)
        .and_then(|el| el.dyn_into().ok())
}

/// Copies attribute `name` from every element of `from` that has it to the
/// element at the same place under `to` with the same classes (the same
/// markup from the same components; a country's name is a link on the page
/// and not in the app, hence classes rather than tags): the map labels'
/// places, so that the app's first frame draws them where the page had
/// them, before its own layout runs.
pub fn copy_attribute(from: &web_sys::Element, to: &web_sys::Element, name: &str) {
    for el in all(from, &format!("[{name}]")) {
        let (Some(path), Some(value)) = (path_of(from, &el), el.get_attribute(name)) else {
            continue;
        };
        if let Some(same) = element_at_path(to, &path)
            .filter(|s| s.get_attribute("class") == el.get_attribute("class"))
        {
            let _ = same.set_attribute(name, &value);
        }
    }
}

/// Keeps open, in the app, what the reader opened on the rendered page before
/// the app took over (a tap on a summary also starts the app): the language
/// menu and, in a panel, its "Source, cases and more" and its citations.
/// Outside the panels the app renders the same markup, so a `<details>` is
/// found by its path; the two pages lay their panels out differently, so one
/// in a panel is found by its country, its class and its order there.
pub fn keep_open_details(from: &web_sys::Element, to: &web_sys::Element) {
    for el in all(from, "details[open]") {
        let same = match el.closest("[data-panel-country]").ok().flatten() {
            None => path_of(from, &el)
                .and_then(|path| element_at(to, &path, "DETAILS"))
                .map(Into::into),
            Some(panel) => {
                let code = panel
                    .get_attribute("data-panel-country")
                    .unwrap_or_default();
                let class = el.class_name();
                let kind = format!("details.{}", class.split_whitespace().next().unwrap_or("-"));
                let nth = all(&panel, &kind).iter().position(|d| d == &el);
                let in_app = all(to, &format!("[data-panel-country=\"{code}\"] {kind}"));
                nth.and_then(|n| in_app.into_iter().nth(n))
            }
        };
        if let Some(same) = same {
            let _ = same.set_attribute("open", "");
        }
    }
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

/// Focuses the element at `path` under `root` if it has the same tag.
pub fn focus_path(root: &web_sys::Element, path: &[u32], tag: &str) {
    let Some(el) = element_at(root, path, tag) else {
        return;
    };
    // A container a click focused (`<main>`, for a click on the sea) is
    // where it was, and taller than the screen: focusing it the usual way
    // would scroll its top into view.
    if is_control_tag(tag) {
        let _ = el.focus();
    } else {
        focus_in_place(&el);
    }
}

/// Makes the element at `path` where the keyboard goes on from, without
/// leaving the focus on it: focused for a moment (made focusable if need be,
/// without scrolling), then blurred. The next Tab goes to the control after
/// where the reader was, not to the top of the page.
pub fn resume_reading_at(root: &web_sys::Element, path: &[u32], tag: &str) {
    if let Some(el) = element_at(root, path, tag) {
        tab_on_from(&el);
    }
}

/// The element whose id the address's fragment names, inside `root`, when
/// nothing has the focus: where the browser moved the next Tab's starting
/// point on following a link to it (the skip link's `#map`), which it keeps
/// only as long as that element is in the page.
pub fn fragment_target_id(root: &web_sys::Element) -> Option<String> {
    let document = document();
    let focused = document.active_element();
    if focused.is_some_and(|el| Some(el) != document.body().map(Into::into)) {
        return None;
    }
    let hash = window().location().hash().ok()?;
    let id = hash.strip_prefix('#').filter(|id| !id.is_empty())?;
    let target = document.get_element_by_id(id)?;
    root.contains(Some(&target)).then(|| id.to_string())
}

/// Makes `el` where the keyboard goes on from, as [`resume_reading_at`]
/// does: an SVG element too (`focus` and `blur` are on both kinds).
pub fn tab_on_from(el: &web_sys::Element) {
    let made_focusable = !el.has_attribute("tabindex");
    if made_focusable {
        let _ = el.set_attribute("tabindex", "-1");
    }
    focus_in_place(el);
    if made_focusable {
        let _ = el.remove_attribute("tabindex");
    }
    let _ = el.unchecked_ref::<web_sys::HtmlElement>().blur();
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

/// Focuses `el` without scrolling: an HTML or an SVG element (`focus` is
/// on both kinds, whatever web-sys types it on).
fn focus_in_place(el: &web_sys::Element) {
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
