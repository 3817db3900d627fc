//! Zoom in, out and reset, and (zoomed in) the pan buttons. The mouse wheel
//! is left to the page on purpose.
use super::pan_controls::PanControls;
use crate::core::zoom::{Zoom, MAX_ZOOM, ZOOM_STEP};
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn ZoomControls() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let (w, h) = (state.geometry.width, state.geometry.height);
    // Zooming in from the whole map goes to the open country, if there is one:
    // the quickest way to reach small Kyrgyzstan or Tajikistan on a phone.
    let scale = move |factor: f64| {
        let selected = state
            .country
            .get_untracked()
            .and_then(|code| state.geometry.countries.iter().find(|c| c.alpha2 == code));
        state.zoom.update(|z| {
            if let (Some(shape), false, true) = (selected, z.is_zoomed(), factor > 1.0) {
                let (x0, y0, x1, y1) = shape.bbox;
                *z = Zoom {
                    cx: (x0 + x1) / 2.0,
                    cy: (y0 + y1) / 2.0,
                    ..*z
                };
            }
            *z = z.scaled(factor, w, h);
        });
    };
    let at_max = move || state.zoom.get().k >= MAX_ZOOM;
    let whole = move || !state.zoom.get().is_zoomed();
    // aria-disabled, not disabled: a button that disables itself under the
    // keyboard focus would drop the focus to the page. Named by the title
    // (its sign is hidden from screen readers), so that the name is not
    // announced twice, as an aria-label equal to the title is.
    view! {
        <div class="map-controls">
        <div class="zoom-controls" role="group" aria-label=msgs.zoom_label>
            <button type="button" title=msgs.zoom_in aria-disabled=move || at_max().to_string()
                on:click=move |_| if !at_max() { scale(ZOOM_STEP) }><span aria-hidden="true">"+"</span></button>
            <button type="button" title=msgs.zoom_out aria-disabled=move || whole().to_string()
                on:click=move |_| if !whole() { scale(1.0 / ZOOM_STEP) }><span aria-hidden="true">"−"</span></button>
            <button type="button" title=msgs.zoom_reset aria-disabled=move || whole().to_string()
                on:click=move |_| if !whole() { state.zoom.set(Zoom::reset(w, h)) }><span aria-hidden="true">"⟲"</span></button>
        </div>
        <PanControls/>
        </div>
    }
}
