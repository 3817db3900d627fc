//! Buttons that move the zoomed map, for those who cannot drag (WCAG 2.5.7):
//! shown only while zoomed in, each unavailable at the map's edge on its side.
use crate::core::zoom::Pan;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn PanControls() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let (w, h) = (state.geometry.width, state.geometry.height);
    let zoomed = move || state.zoom.get().is_zoomed();
    let button = move |pan: Pan| {
        let (label, arrow) = match pan {
            Pan::Up => (msgs.pan_up, "↑"),
            Pan::Left => (msgs.pan_left, "←"),
            Pan::Right => (msgs.pan_right, "→"),
            Pan::Down => (msgs.pan_down, "↓"),
        };
        let closed = move || !state.zoom.get().can_pan(pan, w, h);
        // As the zoom buttons: aria-disabled, so the focus stays on a button
        // that reaches the edge; named by the title, the arrow hidden.
        view! {
            <button type="button" class=pan_class(pan) title=label
                aria-disabled=move || closed().to_string()
                on:click=move |_| if !closed() { state.zoom.update(|z| *z = z.pan_step(pan, w, h)) }>
                <span aria-hidden="true">{arrow}</span>
            </button>
        }
    };
    view! {
        <Show when=zoomed>
            <div class="pan-controls" role="group" aria-label=msgs.pan_label data-testid="pan-controls">
                {Pan::ALL.map(button).into_iter().collect_view()}
            </div>
        </Show>
    }
}

/// The button's class, so the stylesheet can lay the four out as a cross.
fn pan_class(pan: Pan) -> &'static str {
    match pan {
        Pan::Up => "pan-up",
        Pan::Left => "pan-left",
        Pan::Right => "pan-right",
        Pan::Down => "pan-down",
    }
}
