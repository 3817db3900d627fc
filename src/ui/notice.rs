//! Polite notices for parts of a link that could not be followed.
use super::dom::focus_in_place_later;
use super::state::use_app_state;
use crate::core::view_model::notice_text;
use leptos::prelude::*;

/// `focus_after`: where the focus goes when the notices are dismissed (the
/// button goes away with them): the map page's `<main>`, or the slide's title.
#[component]
pub fn Notices(#[prop(default = "#main")] focus_after: &'static str) -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    // A live region announces what changes in it, not what it holds when it
    // appears: it comes into the page empty, and the notices of the link
    // that opened the page follow a moment later.
    // (A rendered page has no notices, and no timers natively.)
    let ready = RwSignal::new(cfg!(not(target_arch = "wasm32")));
    #[cfg(target_arch = "wasm32")]
    set_timeout(
        move || ready.set(true),
        std::time::Duration::from_millis(150),
    );
    // Over the top of the screen, where the reader is, not of the page: a
    // country's or a case's page opens scrolled (on a phone, to the map above
    // the sheet), and at the page's top the notice was out of sight. Read
    // as the notices show.
    let top = move || {
        // (A presentation, fixed over the page, scrolls itself.)
        let shown = ready.get()
            && state.notices.with(|n| !n.is_empty())
            && state.view.with_untracked(|v| v.present.is_none());
        // Whole pixels: formatting a float brings 9 KB gzip into the wasm.
        let y = if shown {
            window().scroll_y().unwrap_or(0.0).round() as i32
        } else {
            0
        };
        (y > 0).then(|| format!("calc({y}px + 0.5rem)"))
    };
    view! {
        <div class="notices" role="status" aria-live="polite" data-testid="notices" style:top=top>
            <Show when=move || ready.get() && state.notices.with(|n| !n.is_empty())>
                <div class="notice">
                    <ul>
                        {move || state.notices.get().iter().map(|n| view! { <li>{notice_text(msgs, n)}</li> }).collect_view()}
                    </ul>
                    <button type="button" class="notice-dismiss" on:click=move |_| {
                        state.notices.set(Vec::new());
                        focus_in_place_later(focus_after);
                    }>
                        {msgs.notice_dismiss}
                    </button>
                </div>
            </Show>
        </div>
    }
}
