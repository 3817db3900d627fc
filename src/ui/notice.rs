//! Polite notices for parts of a link that could not be followed.
use super::state::use_app_state;
use crate::core::messages::{fill, Messages};
use crate::core::url_state::Notice;
use leptos::prelude::*;

/// The message for a notice; the value is cut short and shown as text only.
pub fn notice_text(msgs: &Messages, notice: &Notice) -> String {
    let (template, value) = match notice {
        Notice::UnknownCountry(v) => (msgs.notice_unknown_country, v),
        Notice::UnknownCategory(v) => (msgs.notice_unknown_category, v),
        Notice::UnknownCase(v) => (msgs.notice_unknown_case, v),
        Notice::UnknownLang(v) => (msgs.notice_unknown_lang, v),
    };
    let short: String = value.chars().take(40).collect();
    fill(template, &[("value", &short)])
}

#[component]
pub fn Notices() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    view! {
        <div class="notices" role="status" aria-live="polite" data-testid="notices">
            <Show when=move || state.notices.with(|n| !n.is_empty())>
                <div class="notice">
                    <ul>
                        {move || state.notices.get().iter().map(|n| view! { <li>{notice_text(msgs, n)}</li> }).collect_view()}
                    </ul>
                    <button type="button" class="notice-dismiss" on:click=move |_| state.notices.set(Vec::new())>
                        {msgs.notice_dismiss}
                    </button>
                </div>
            </Show>
        </div>
    }
}
