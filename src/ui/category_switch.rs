//! The issue selector and the map/table switch.
use super::state::use_app_state;
use crate::core::url_state::OVERVIEW;
use leptos::prelude::*;

/// A native `<select>`: compact on a phone, fully keyboard- and screen-reader-operable.
#[component]
pub fn CategorySwitch() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let on_change = move |ev: leptos::ev::Event| {
        let id = event_target_value(&ev);
        state.update_view(|v| v.category = id);
    };
    let option = move |id: String, name: String| {
        let selected_id = id.clone();
        view! {
            <option data-href=issue_page(&id) value=id selected=move || state.category.get() == selected_id>{name}</option>
        }
    };
    view! {
        <div class="category-switch">
            <label for="category-select">{msgs.issue_label}</label>
            // Not restored by the browser on Back to a page without the
            // app, where it would name an issue the map does not show.
            <select id="category-select" data-testid="category-select" autocomplete="off" on:change=on_change
                prop:value=move || state.category.get()>
                {option(OVERVIEW.to_string(), msgs.overview.to_string())}
                {state.data().categories.iter().map(|c| option(c.id.clone(), c.name.clone())).collect_view()}
            </select>
        </div>
    }
}

/// Rendered as a page: where choosing the issue leads if the app cannot load
/// (a connection that refuses it): scripts/app-loader.js follows it, with the
/// panel the page shows then. The app's own list needs no address.
#[cfg(not(target_arch = "wasm32"))]
fn issue_page(category: &str) -> Option<String> {
    super::site::static_render().map(|page| page.issue_href(category, None))
}

/// In the browser, none: the app's list changes the view itself (and a
/// unit attribute writes nothing, which keeps the wasm from growing).
#[cfg(target_arch = "wasm32")]
fn issue_page(_category: &str) {}

#[component]
pub fn ViewSwitch() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let button = move |table: bool, label: &'static str| {
        view! {
            <button type="button" class="view-button" aria-pressed=move || (state.table.get() == table).to_string()
                on:click=move |_| state.update_view(|v| v.table = table)>
                {label}
            </button>
        }
    };
    view! {
        <div class="view-switch" role="group" aria-label=msgs.views_label>
            {button(false, msgs.view_map)}
            {button(true, msgs.view_table)}
        </div>
    }
}
