//! Zoom in, out and reset. The mouse wheel is left to the page on purpose.
use crate::core::zoom::{Zoom, ZOOM_STEP};
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn ZoomControls() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let (w, h) = (state.geometry.width, state.geometry.height);
    let scale = move |factor: f64| state.zoom.update(|z| *z = z.scaled(factor, w, h));
    view! {
        <div class="zoom-controls" role="group" aria-label=msgs.zoom_label>
            <button type="button" aria-label=msgs.zoom_in title=msgs.zoom_in on:click=move |_| scale(ZOOM_STEP)
                disabled=move || state.zoom.get().k >= crate::core::zoom::MAX_ZOOM>"+"</button>
            <button type="button" aria-label=msgs.zoom_out title=msgs.zoom_out on:click=move |_| scale(1.0 / ZOOM_STEP)
                disabled=move || !state.zoom.get().is_zoomed()>"−"</button>
            <button type="button" aria-label=msgs.zoom_reset title=msgs.zoom_reset on:click=move |_| state.zoom.set(Zoom::reset(w, h))
                disabled=move || !state.zoom.get().is_zoomed()>"⟲"</button>
        </div>
    }
}
