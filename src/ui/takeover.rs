//! Where the keyboard and the reader are when the app takes over the page
//! rendered before it (`mount_over` in mod.rs): found on the page, as paths
//! from its root, and put back at the same place in the app's markup, which
//! the same components rendered.
use super::dom::{all, focus_in_place};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
