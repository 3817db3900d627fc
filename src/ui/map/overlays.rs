//! The tooltip, an HTML overlay positioned over the SVG in percentages of
//! the visible box (as the labels, in `labels.rs`): text stays at a readable
//! pixel size at any map size or zoom. Positions are set through the style
//! object (`style:left`), not a `style` attribute, so a Content-Security-Policy
//! without 'unsafe-inline' allows them.
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
    let content = move || {
        let code = state.hovered.get()?;
        let shape = geo.countries.iter().find(|c| c.alpha2 == code)?;
        let name = state.data().country(&code)?.name.clone();
        let status = country_status(state.data(), msgs, &code, &state.category.get())?.label;
        let (l, t) =
            state
                .zoom
                .get()
                .to_percent(shape.label.0, shape.label.1, geo.width, geo.height);
        Some((name, status, percent(l), percent(t)))
    };
    // Esc hides it without moving the pointer or the focus (WCAG 1.4.13).
    let esc = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" {
            state.hovered.set(None);
        }
    });
    on_cleanup(move || esc.remove());
    view! {
        {move || content().map(|(name, status, left, top)| view! {
            <div class="map-tooltip" data-testid="tooltip" style:left=left style:top=top aria-hidden="true">
                <strong>{name}</strong>
                <span>{status}</span>
            </div>
        })}
    }
}
