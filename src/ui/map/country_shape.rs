//! One focus country on the map: its coloured, textured shape, operable by
//! keyboard (the map takes the pointer's clicks: select.rs) and named for
//! screen readers.
use super::patterns::pattern_fill;
use super::select::open_from_map;
use crate::core::geo::CountryShape as Shape;
use crate::core::view_model::{accessible_name, country_status, step_country};
use crate::core::zoom::Pan;
use crate::ui::dom::{focus_country, focus_without_ring_works};
use crate::ui::state::use_app_state;
use leptos::prelude::*;
use std::time::Duration;

#[component]
pub fn CountryShape(
    shape: &'static Shape,
    /// The country that Tab lands on (roving tabindex: one stop for the map).
    tab_stop: RwSignal<String>,
    /// The country with the keyboard focus (`:focus-visible`), ringed by the map.
    focused: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let code: &'static str = &shape.alpha2;
    let status =
        Memo::new(move |_| country_status(state.data(), msgs, code, &state.category.get()));
    let fill = move || status.with(|s| s.as_ref().map_or("#ccc", |s| s.swatch.fill));
    let texture = move || {
        status.with(|s| {
            s.as_ref()
                .map(|s| pattern_fill(s.swatch.pattern, s.swatch.dark))
        })
    };
    let label = move || accessible_name(state.data(), msgs, code, &state.category.get());
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        // Shift and an arrow move the zoomed map, for those who cannot drag.
        if let Some(pan) = Pan::from_key(&ev.key()).filter(|_| ev.shift_key()) {
            let (w, h) = (state.geometry.width, state.geometry.height);
            if state.zoom.get_untracked().can_pan(pan, w, h) {
                ev.prevent_default();
                state.zoom.update(|z| *z = z.pan_step(pan, w, h));
            }
            return;
        }
        let countries = &state.data().countries;
        // Arrows move between the countries, Home and End to the first and
        // the last (one tab stop for the map, as a toolbar's buttons).
        let next = match ev.key().as_str() {
            "Enter" | " " => {
                ev.prevent_default();
                open_from_map(state, code, false);
                return;
            }
            "ArrowRight" | "ArrowDown" => step_country(state.data(), code, 1),
            "ArrowLeft" | "ArrowUp" => step_country(state.data(), code, -1),
            "Home" => countries.first().map(|c| c.code.as_str()),
            "End" => countries.last().map(|c| c.code.as_str()),
            _ => return,
        };
        ev.prevent_default();
        if let Some(next) = next {
            tab_stop.set(next.to_string());
            focus_country(next);
        }
    };
    // Rendered as a page: a link that opens the country's panel in the page
    // (`:target`, or the page's script), as the app's click does. Native
    // only: the wasm carries none of the page's own markup.
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(page) = crate::ui::site::static_render() {
        let level = move || status.with(|s| s.as_ref().map_or(0, |s| s.swatch.level));
        return crate::ui::site::static_country_link(&page, shape, fill, texture, label, level);
    }
    let shape_view = view! {
        <g class="country-group">
            <path
                class="country focus-country"
                class:selected=move || state.marked_country.get().as_deref() == Some(code)
                d=shape.path.as_str()
                fill=fill
                data-country=code
                data-status=move || status.with(|s| s.as_ref().map(|s| s.swatch.level).unwrap_or(0))
                role="button"
                tabindex=move || if tab_stop.get() == code { "0" } else { "-1" }
                aria-label=label
                on:keydown=on_keydown
                // A press does not focus the shape: its click opens the panel,
                // which takes the focus (without the keyboard's ring, where
                // the browser can be asked), and a focus on the press first
                // (a blur, a focus and a restyle each) made that click wait
                // on a slow phone. The keyboard's focus is as before.
                on:mousedown=|ev: leptos::ev::MouseEvent| {
                    if ev.button() == 0 && focus_without_ring_works() {
                        ev.prevent_default();
                    }
                }
                aria-current=move || (state.marked_country.get().as_deref() == Some(code)).then_some("true")
                on:focus=move |ev| {
                    // Only a focus the browser rings is the keyboard's (a
                    // press's is not; a script's, as a closed panel's return
                    // to its country, is after a key). Asked before any
                    // write: matching a pseudo-class after one restyles the
                    // page first.
                    let keyboard = event_target::<web_sys::Element>(&ev).matches(":focus-visible").unwrap_or(false);
                    // Written only when changed: each write re-runs every
                    // shape's tab stop or the ring.
                    if tab_stop.with_untracked(|stop| stop != code) {
                        tab_stop.set(code.to_string());
                    }
                    if focused.get_untracked() != keyboard.then_some(code) {
                        focused.set(keyboard.then_some(code));
                    }
                    // The keyboard's focus names the country at once; the
                    // pointer's hover names it otherwise.
                    if keyboard {
                        hover(state, Some(code));
                    }
                    // Zoomed in, a country reached by the keyboard may be off screen.
                    let (w, h) = (state.geometry.width, state.geometry.height);
                    let zoom = state.zoom.get_untracked();
                    let revealed = zoom.revealing(shape.bbox, w, h);
                    if revealed != zoom {
                        state.zoom.set(revealed);
                    }
                }
                // Only its own hover: the focus may leave this country
                // after the pointer has entered another one.
                on:blur=move |_| {
                    leave(state, code);
                    if focused.get_untracked().is_some() {
                        focused.set(None);
                    }
                }
            />
            <path class="texture" d=shape.path.as_str() fill=texture aria-hidden="true"/>
        </g>
    };
    // Natively one type for both: the page's link or the app's shape.
    #[cfg(not(target_arch = "wasm32"))]
    let shape_view = shape_view.into_any();
    shape_view
}

/// How long the pointer rests on a country before its outline and tooltip
/// show: a pointer sweeping across the map on its way elsewhere redraws
/// nothing (tooltips that chase the pointer flicker), and a click right as the
/// pointer arrives opens the panel without first drawing a hover. Short
/// enough to feel immediate (hover-intent menus wait about 100 ms).
const HOVER_REST: Duration = Duration::from_millis(80);

/// Hovers this country once the pointer has rested on it.
pub(super) fn hover_on_rest(state: crate::ui::state::AppState, code: &'static str) {
    state.forget_pending_hover();
    let handle = set_timeout_with_handle(
        move || {
            state.pending_hover.set_value(None);
            hover(state, Some(code));
        },
        HOVER_REST,
    );
    state.pending_hover.set_value(handle.ok());
}

/// Sets the hovered country only when it changes: a second, equal write
/// (the keyboard's focus on the country the pointer rests on, say) would
/// redraw the outline and the tooltip for nothing.
fn hover(state: crate::ui::state::AppState, code: Option<&str>) {
    if state.hovered.with_untracked(|h| h.as_deref() != code) {
        state.hovered.set(code.map(str::to_string));
    }
}

/// Clears the hover if it is this country's.
pub(super) fn leave(state: crate::ui::state::AppState, code: &str) {
    if state.hovered.with_untracked(|h| h.as_deref() == Some(code)) {
        state.hovered.set(None);
    }
}
