//! Which country a click on the map opens: the one whose name is under the
//! pointer, else the shape's. A name may lie over a neighbour (Tajikistan's
//! over Kyrgyzstan on a phone, Kyrgyzstan's over China in Tajik), and a
//! reader taps the name. Names stay out of the pointer's way
//! (`pointer-events: none`), so that a drag that starts on one pans the map
//! and this finds the name under a click, and under the mouse for the
//! hover, which so names the country a click would open. (The
//! page written before the app makes its names links instead: labels.rs.)
//! The map decides every click here, in one handler (map_view.rs).
use crate::ui::panel_scroll::{focus_panel_after_click, focus_panel_later};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Opens a country's panel from the map, the focus on its heading (without
/// the keyboard's ring after a pointer's click).
pub(super) fn open_from_map(state: AppState, code: &'static str, clicked: bool) {
    // The panel names the country: no hover stays (a name may lie over a
    // neighbour, whose shape's blur would not drop the name's hover), nor
    // comes after a click before the pointer rested.
    state.forget_pending_hover();
    if state.hovered.with_untracked(Option::is_some) {
        state.hovered.set(None);
    }
    state.open_country(code);
    state.opened_from_list.set_value(false);
    if clicked {
        focus_panel_after_click(code);
    } else {
        focus_panel_later(code);
    }
}

/// The country a click on the map opens: the one whose name is under the
/// pointer, else the focus country whose shape it landed on; none on the
/// sea or a neighbour.
pub(super) fn clicked_country(state: AppState, ev: &web_sys::MouseEvent) -> Option<&'static str> {
    // `detail` 0: a click no pointer made (Enter or Space, or assistive
    // technology activating a shape), which is the shape's own.
    let name = (ev.detail() != 0).then(|| name_under(state, ev)).flatten();
    name.or_else(|| shape_under(state, ev))
}

/// Where the mouse points: its place (viewport pixels) and the focus
/// country whose shape is under it, read from the event (no layout), for
/// [`pointed_country`] to look up later.
#[derive(Clone, Copy)]
pub(super) struct Pointed {
    x: f64,
    y: f64,
    shape: Option<&'static str>,
}

/// Where the event's mouse points.
pub(super) fn pointer_at(state: AppState, ev: &web_sys::MouseEvent) -> Pointed {
    Pointed {
        x: f64::from(ev.client_x()),
        y: f64::from(ev.client_y()),
        shape: shape_under(state, ev),
    }
}

/// The country the mouse points at, for its hover: as a click there would
/// open it, so that the tooltip names the country a click opens.
pub(super) fn pointed_country(state: AppState, at: Pointed) -> Option<&'static str> {
    name_at(state, at.x, at.y).or(at.shape)
}

/// The focus country whose shape the event's target is (its own point: the
/// event's whole pixels may lie across a border).
fn shape_under(state: AppState, ev: &web_sys::MouseEvent) -> Option<&'static str> {
    let target = wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(ev.target()?).ok()?;
    let shape = target.closest(".focus-country").ok()??;
    let code = shape.get_attribute("data-country")?;
    state.data().country(&code).map(|c| c.code.as_str())
}

/// The country whose name, as the map shows it, is under the pointer.
fn name_under(state: AppState, ev: &web_sys::MouseEvent) -> Option<&'static str> {
    name_at(state, f64::from(ev.client_x()), f64::from(ev.client_y()))
}

/// The country whose name, as the map shows it, is at that point.
fn name_at(state: AppState, x: f64, y: f64) -> Option<&'static str> {
    let names = document()
        .query_selector_all(".map-labels > .country-label")
        .ok()?;
    let under = (0..names.length())
        .filter_map(|i| names.item(i))
        .filter_map(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
        .find(|el| {
            // A hidden name's box is not read: each read may lay the page out.
            if el.get_attribute("data-place").as_deref() == Some("hidden") {
                return false;
            }
            let r = el.get_bounding_client_rect();
            (r.left()..=r.right()).contains(&x) && (r.top()..=r.bottom()).contains(&y)
        })?;
    let code = under.get_attribute("data-label")?;
    state.data().country(&code).map(|c| c.code.as_str())
}
