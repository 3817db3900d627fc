//! The five countries as links with their status: a second way to open a
//! panel, with large touch targets where Kyrgyzstan and Tajikistan are small.
//! Real links to the country's view: in the rendered page a fragment, which
//! shows its panel in place before the app runs or without it; in the app the
//! country's own page, which a modified click opens in a new tab.
use super::patterns::Swatch;
use crate::core::url_state::country_view;
use crate::core::view_model::country_status;
use crate::ui::panel_scroll::focus_panel_later;
use crate::ui::state::use_app_state;
use crate::ui::url_sync::view_address;
use leptos::prelude::*;

#[component]
pub fn CountryList() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    // Rendered as a page: the panel in the page, and the view's link for the
    // page's script (see CountryShape). Native only, as the wasm needs neither.
    #[cfg(not(target_arch = "wasm32"))]
    let rendered = crate::ui::site::static_render().is_some();
    #[cfg(target_arch = "wasm32")]
    let rendered = false;
    // In the app, the country's own page (`/country/kg/`), so a link copied
    // from the list or opened in a new tab is previewed and opens as it.
    let href = move |code: &str| {
        if rendered {
            format!("#country-{code}")
        } else {
            state
                .view
                .with(|v| view_address(&country_view(v, code), state))
        }
    };
    view! {
        <ul class="country-list" data-testid="country-list">
            {state.data().countries.iter().map(|c| {
                let code: &'static str = &c.code;
                let status = move || country_status(state.data(), msgs, code, &state.category.get());
                view! {
                    <li>
                        <a class="country-button" data-country-button=code
                            href=move || href(code)
                            aria-current=move || (state.marked_country.get().as_deref() == Some(code)).then_some("true")
                            on:click=move |ev: leptos::ev::MouseEvent| {
                                if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0 {
                                    return;
                                }
                                ev.prevent_default();
                                state.open_country(code);
                                state.opened_from_list.set_value(true);
                                focus_panel_later(code);
                            }>
                            {move || status().map(|s| view! { <Swatch swatch=s.swatch/> })}
                            <span class="country-button-name">{c.name.clone()}</span>
                            <span class="country-button-status">{move || status().map(|s| s.label).unwrap_or_default()}</span>
                        </a>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
