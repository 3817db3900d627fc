//! The five countries as buttons with their status: a second way to open a
//! panel, with large touch targets where Kyrgyzstan and Tajikistan are small.
use super::patterns::Swatch;
use crate::core::view_model::country_status;
use crate::ui::dom::focus_later;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn CountryList() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    view! {
        <ul class="country-list" data-testid="country-list">
            {state.data().countries.iter().map(|c| {
                let code: &'static str = &c.code;
                let status = move || country_status(state.data(), msgs, code, &state.category.get());
                view! {
                    <li>
                        <button type="button" class="country-button" data-country-button=code
                            aria-pressed=move || (state.country.get().as_deref() == Some(code)).to_string()
                            on:click=move |_| { state.open_country(code); focus_later("#country-panel-heading"); }>
                            {move || status().map(|s| view! { <Swatch swatch=s.swatch/> })}
                            <span class="country-button-name">{c.name.clone()}</span>
                            <span class="country-button-status">{move || status().map(|s| s.label).unwrap_or_default()}</span>
                        </button>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
