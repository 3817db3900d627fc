//! The tooltip, an HTML overlay positioned over the SVG in percentages of
//! the visible box (as the labels, in `labels.rs`): text stays at a readable
//! pixel size at any map size or zoom. Positions are set through the style
//! object (`style:--x`, `style:top`), not a `style` attribute, so a
//! Content-Security-Policy without 'unsafe-inline' allows them.
use crate::core::geo::Role;
use crate::core::number::fixed;
use crate::core::view_model::country_status;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

/// A position as a CSS percentage (without the float formatter).
pub(super) fn percent(v: f64) -> String {
    format!("{}%", fixed(v, 2))
}

/// The name and status of the country under the pointer or keyboard focus.
#[component]
pub fn Tooltip() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let geo = state.geometry;
    let content_for = move |code: &str| {
        let shape = geo.countries.iter().find(|c| c.alpha2 == code)?;
        let name = state.data().country(code)?.name.clone();
        let status = country_status(state.data(), msgs, code, &state.category.get())?.label;
        let (l, t) =
            state
                .zoom
                .get()
                .to_percent(shape.label.0, shape.label.1, geo.width, geo.height);
        Some((name, status, fixed(l, 2), percent(t)))
    };
    let content = move || content_for(&state.hovered.get()?);
    // Esc hides it without moving the pointer or the focus (WCAG 1.4.13).
    let esc = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" {
            state.forget_pending_hover();
            state.hovered.set(None);
        }
    });
    on_cleanup(move || esc.remove());
    // One element, kept: hovering from country to country (and the focus a
    // click moves) changes its text and place, not the DOM's shape, which
    // keeps the hover's frame and so the click after it short on a slow phone.
    // Hidden, it keeps its box and some words (`visibility`, not `display`;
    // the first country's before the first hover): a box or a line of text
    // added to the page would lay out the whole page, not the map alone.
    // Across, it is placed by the stylesheet from `--x` (the point, in
    // percent of the map's width), which keeps it inside the map: centred on
    // a country near the edge of a narrow map, it was cut off there.
    let shown = Memo::new(move |_| content());
    let said = Memo::new(move |before: Option<&Option<_>>| {
        shown
            .get()
            .or_else(|| before.cloned().flatten())
            .or_else(|| {
                // Only in the app: a rendered page keeps it empty, so that it
                // reads nothing stray without styles (its first hover starts
                // the app, which renders it anew).
                if !cfg!(target_arch = "wasm32") {
                    return None;
                }
                let first = geo.countries.iter().find(|c| c.role == Role::Focus)?;
                content_for(&first.alpha2)
            })
    });
    let part = move |f: fn(&(String, String, String, String)) -> String| {
        move || said.with(|c| c.as_ref().map(f).unwrap_or_default())
    };

    view! {
        <div class="map-tooltip" data-testid="tooltip" aria-hidden="true"
            data-shown=move || shown.with(Option::is_some).then_some("")
            style:--x=part(|c| c.2.clone()) style:top=part(|c| c.3.clone())>
            <strong>{part(|c| c.0.clone())}</strong>
            <span>{part(|c| c.1.clone())}</span>
        </div>
    }
}
