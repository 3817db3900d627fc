//! The SVG map: water, grey neighbours, the five focus countries, capitals,
//! and the HTML overlays (labels, tooltip, zoom buttons, credit). Paths were
//! computed once by the core; here only fills, classes and the view box change.
use super::country_shape::{hover_on_rest, leave, CountryShape};
use super::highlight::{outline, Highlight};
use super::labels::Labels;
use super::overlays::Tooltip;
use super::select::{clicked_country, open_from_map, pointed_country, pointer_at, Pointed};
use super::zoom_controls::ZoomControls;
use crate::core::geo::{MapGeometry, Role};
use crate::core::number::{coord, fixed};
use crate::core::zoom::view_box_attr;
use crate::ui::dom::after_frame;
use crate::ui::skip_link::MAP_ID;
use crate::ui::state::use_app_state;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Where a drag started: pointer position and the map centre then.
#[derive(Clone, Copy)]
struct DragStart {
    x: f64,
    y: f64,
    cx: f64,
    cy: f64,
}

/// The keys hint with the key's name as a key (`<kbd>`): "Shift" is the
/// key's label in every language, not a word of the sentence.
fn keys_hint(text: &'static str) -> impl IntoView {
    match text.split_once("Shift") {
        Some((before, after)) => view! { {before} <kbd>"Shift"</kbd> {after} }.into_any(),
        None => text.into_any(),
    }
}

/// The map's width over its height, for the stylesheet's `--map-aspect`:
/// on the map's box, and on the layout around it, whose bottom sheet (on a
/// phone) leaves the map's height free above it (assets/styles.css).
pub fn map_aspect(geo: &MapGeometry) -> String {
    fixed(geo.width / geo.height, 4)
}

#[component]
pub fn MapView() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let geo = state.geometry;
    let (width, height) = (geo.width, geo.height);
    let view_box = move || view_box_attr(state.zoom.get().view_box(width, height));
    let first = state
        .data()
        .countries
        .first()
        .map(|c| c.code.clone())
        .unwrap_or_default();
    let tab_stop = RwSignal::new(state.country.get_untracked().unwrap_or(first));
    // The open country is the map's Tab stop, however it was opened (a
    // click does not focus its shape), unless the keyboard is on another
    // country (a clicker's Page Down in a presentation opens the next one
    // with the focus left on the map): Tab leaves the map from where it is.
    // With the country's marks, after the frame that shows the panel, which
    // this would only delay.
    Effect::new(move |_| {
        if let Some(code) = state.marked_country.get() {
            let on_country = document()
                .active_element()
                .is_some_and(|el| el.has_attribute("data-country"));
            if !on_country && tab_stop.get_untracked() != code {
                tab_stop.set(code);
            }
        }
    });
    // The country with the keyboard focus, for its focus ring.
    let focused = RwSignal::new(None::<&'static str>);
    let dragged = StoredValue::new(false);
    // A hover still waiting for the pointer to rest belongs to this map: the
    // table, a presentation or another language replaces it.
    on_cleanup(move || state.forget_pending_hover());
    let drag = StoredValue::new(None::<DragStart>);

    // Drag to pan, only when zoomed in: otherwise the page scrolls as usual.
    let on_pointerdown = move |ev: leptos::ev::PointerEvent| {
        // Every press starts afresh: the click that ends a captured drag goes
        // to the map, not the country, so no country cleared the last drag's
        // mark, which would swallow the next click (zoomed out by then too).
        dragged.set_value(false);
        let zoom = state.zoom.get_untracked();
        if !zoom.is_zoomed() || ev.button() != 0 {
            return;
        }
        drag.set_value(Some(DragStart {
            x: ev.client_x() as f64,
            y: ev.client_y() as f64,
            cx: zoom.cx,
            cy: zoom.cy,
        }));
    };
    // The country the mouse is on, whose hover it sets once it rests there:
    // its name's (a name may lie over a neighbour), else its shape's, as a
    // click there opens (select.rs). Not a finger's: a tap opens the panel,
    // which names the country, and a tooltip would only flash over the map.
    // None during a pan.
    let pointed = StoredValue::new(None::<&'static str>);
    // The hand cursor wherever a click opens a country, as over its shape:
    // also over its name where that lies on the sea or a neighbour.
    let pointing = RwSignal::new(false);
    // `rest`: and hovers it once the pointer rests there.
    let point_at = move |code: Option<&'static str>, rest: bool| {
        let before = pointed.get_value();
        if before != code {
            pointed.set_value(code);
            if before.is_none() || code.is_none() {
                pointing.set(code.is_some());
            }
            state.forget_pending_hover();
            if let Some(before) = before {
                leave(state, before);
            }
            if let Some(code) = code.filter(|_| rest) {
                hover_on_rest(state, code);
            }
        }
    };
    // The mouse's moves, and what comes under a still one as the page
    // scrolls (Chromium sends no move then, only `pointerover`), looked up
    // in a task of their own, once for all the moves before it. A click
    // comes with a move (and a `pointerover` on a new country) when the
    // mouse has just arrived, as the bench's clicks do: their look-ups
    // (each name's box read) ran before the click's handler, and Chromium
    // runs input before that task. The hover waits for a rest anyway; the
    // hand cursor follows a task later (after a click, a frame and a task).
    let waiting_point = StoredValue::new(None::<Pointed>);
    // A look-up's timer, while it waits. A click clears it and looks up
    // after the frame that shows the panel instead: the timer, queued before
    // that frame, ran right after it, ahead of anything the frame queued
    // (traced on the slow phone: 3.7 ms between the panel's frame and the
    // next task).
    let lookup_timer = StoredValue::new(None::<TimeoutHandle>);
    // When the pointer leaves or begins a drag: a timer left waiting would
    // run a later look-up early (a click's too) and forget that one's timer.
    let cancel_lookup = move || {
        waiting_point.set_value(None);
        if let Some(timer) = lookup_timer.try_update_value(Option::take).flatten() {
            timer.clear();
        }
    };
    let look_up = move || {
        // None: the pointer left or began a drag, or the map is gone.
        if let Some(Some(at)) = waiting_point.try_get_value() {
            waiting_point.set_value(None);
            point_at(pointed_country(state, at), state.lookup_hovers.get_value());
        }
    };
    let hover_pointed = move |ev: &leptos::ev::PointerEvent| {
        if ev.pointer_type() == "touch" || drag.get_value().is_some() {
            return;
        }
        let scheduled = waiting_point.get_value().is_some();
        waiting_point.set_value(Some(pointer_at(state, ev)));
        state.lookup_hovers.set_value(true);
        if !scheduled {
            let timer = set_timeout_with_handle(
                move || {
                    lookup_timer.try_set_value(None);
                    look_up();
                },
                std::time::Duration::ZERO,
            );
            lookup_timer.set_value(timer.ok());
        }
    };
    let on_pointermove = move |ev: leptos::ev::PointerEvent| {
        let Some(start) = drag.get_value() else {
            hover_pointed(&ev);
            return;
        };
        let Some(svg) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let rect = svg.get_bounding_client_rect();
        let zoom = state.zoom.get_untracked();
        let (_, _, w, h) = zoom.view_box(width, height);
        // The SVG keeps its aspect ratio, so one scale serves both axes.
        let units_per_px = (w / rect.width()).max(h / rect.height());
        let (dx, dy) = (
            ev.client_x() as f64 - start.x,
            ev.client_y() as f64 - start.y,
        );
        if dx.abs() + dy.abs() > 4.0 {
            dragged.set_value(true);
            cancel_lookup();
            point_at(None, false);
            let _ = svg.set_pointer_capture(ev.pointer_id());
        }
        let moved = crate::core::zoom::Zoom {
            cx: start.cx - dx * units_per_px,
            cy: start.cy - dy * units_per_px,
            ..zoom
        };
        state.zoom.set(moved.clamped(width, height));
    };
    let end_drag = move |_: leptos::ev::PointerEvent| drag.set_value(None);
    // Zoomed in, a country opened anywhere (the list, the table, a panel's
    // arrows, a link) comes into view rather than staying off the map.
    Effect::new(move |_| {
        let code = state.country.get();
        let shape = code.and_then(|code| geo.countries.iter().find(|c| c.alpha2 == code));
        if let Some(shape) = shape {
            let zoom = state.zoom.get_untracked();
            let revealed = zoom.revealing(shape.bbox, width, height);
            if revealed != zoom {
                state.zoom.set(revealed);
            }
        }
    });

    view! {
        <div class="map-frame">
            <h2 id="map-heading" class="visually-hidden">{msgs.map_label}</h2>
            <p id="map-hint" class="map-hint">{msgs.map_hint} " " <span class="keys-hint">{keys_hint(msgs.keys_hint)}</span></p>
            <div class="map-canvas" class:zoomed=move || state.zoom.get().is_zoomed()
                style=("--map-aspect", map_aspect(geo))>
                // First in the Tab order, as they sit at the map's top left.
                <ZoomControls/>
                <svg
                    id=MAP_ID
                    class="map"
                    class:pointing=move || pointing.get()
                    data-testid="map"
                    viewBox=view_box
                    preserveAspectRatio="xMidYMid meet"
                    // Unnamed: the section around it is "Map of Central Asia"
                    // already, and a third announcement of it says nothing new.
                    role="group"
                    aria-describedby="map-hint"
                    on:pointerdown=on_pointerdown
                    on:pointermove=on_pointermove
                    on:pointerover=move |ev| hover_pointed(&ev)
                    on:pointerleave=move |_| {
                        cancel_lookup();
                        point_at(None, false);
                    }
                    on:pointerup=end_drag
                    on:pointercancel=end_drag
                    // A country's name under the pointer opens it, else the
                    // shape the click landed on (select.rs); the click that
                    // ends a drag opens nothing.
                    on:click=move |ev| {
                        if dragged.get_value() {
                            return;
                        }
                        if let Some(timer) = lookup_timer.try_update_value(Option::take).flatten() {
                            timer.clear();
                            after_frame(look_up);
                        }
                        if let Some(code) = clicked_country(state, &ev) {
                            open_from_map(state, code, ev.detail() != 0);
                        }
                    }
                >
                    <rect class="water" x="0" y="0" width=coord(width) height=coord(height)/>
                    <g class="context-countries" aria-hidden="true">
                        {geo.countries.iter().filter(|c| c.role == Role::Context).map(|c| view! {
                            <path class="country context-country" d=c.path.as_str() data-context=c.alpha2.as_str()/>
                        }).collect_view()}
                    </g>
                    <g class="focus-countries">
                        {geo.countries.iter().filter(|c| c.role == Role::Focus).map(|shape| view! {
                            <CountryShape shape=shape tab_stop=tab_stop focused=focused/>
                        }).collect_view()}
                    </g>
                    <Highlight geo=geo/>
                    // The keyboard focus ring, over everything, whatever the pointer hovers.
                    <path class="focus-ring" aria-hidden="true" d=move || outline(geo, focused.get())/>
                    <g class="capitals" aria-hidden="true">
                        {geo.capitals.iter().map(|c| view! {
                            <circle class="capital" cx=coord(c.x) cy=coord(c.y) r="4" data-capital=c.name.as_str()/>
                        }).collect_view()}
                    </g>
                </svg>
                <Labels/>
                <Tooltip/>
                <p class="map-credit">{msgs.credit_natural_earth}</p>
            </div>
        </div>
    }
}
