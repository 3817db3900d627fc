//! The app's panels: every country's, each built once and kept.
#[cfg(target_arch = "wasm32")]
use super::country_panel::close;
use super::country_panel::PanelBody;
#[cfg(target_arch = "wasm32")]
use crate::ui::dom::{after_frame, escape_is_taken};
use crate::ui::state::use_app_state;
use leptos::prelude::*;

/// In the app: every country's panel, each built once and kept, so that a
/// click only shows another one (a style change, no new markup: within a
/// frame on a slow phone). The open one is built at once; the others once the
/// page has been drawn, and laid out once then ("warm", invisible and without
/// size), so that the browser keeps their layout while they are hidden
/// (`content-visibility: hidden`: skipped, out of the tab order and the
/// accessibility tree) and showing one needs no text layout either.
#[component]
pub(super) fn AppPanels() -> impl IntoView {
    let state = use_app_state();
    let prebuild = RwSignal::new(false);
    let warm = RwSignal::new(false);
    // After the first paint, not in the mount's own task. `try_set`: the
    // panels may be gone by then (the table, or another language).
    #[cfg(target_arch = "wasm32")]
    after_frame(move || {
        prebuild.try_set(true);
        warm.try_set(true);
        request_animation_frame(move || {
            request_animation_frame(move || {
                warm.try_set(false);
            })
        });
    });
    // Esc closes the open panel wherever the keyboard is, as × does; not
    // inside a form control or a dialog, which use Esc themselves.
    #[cfg(target_arch = "wasm32")]
    {
        let handle = window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.key() != "Escape" || ev.default_prevented() || escape_is_taken() {
                return;
            }
            if let Some(code) = state.country.get_untracked() {
                ev.prevent_default();
                close(state, &code);
            }
        });
        on_cleanup(move || handle.remove());
    }
    view! {
        <div class="app-panels">
            {state.data().countries.iter().map(|c| {
                let code = c.code.as_str();
                let open = Memo::new(move |_| state.country.get().as_deref() == Some(code));
                // Once built, kept: a memo that never goes back to false.
                let built = Memo::new(move |was: Option<&bool>| {
                    was.copied().unwrap_or(false) || open.get() || prebuild.get()
                });
                view! {
                    <div class="app-panel" data-shown=move || open.get().then_some("")
                        data-warm=move || warm.get().then_some("")>
                        <Show when=move || built.get()>
                            <PanelBody country=c shown=open/>
                        </Show>
                    </div>
                }
            }).collect_view()}
        </div>
    }
}
