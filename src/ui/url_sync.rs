//! Keeps the view state and the address bar in step: the URL is read once at
//! start, every change of the view pushes a history entry, and back/forward
//! restore the view. Parsing and serialising live in `core::url_state`.
use super::lang::preferred_lang;
use super::site::{opening_params, ROOT_ATTR, VIEW_ATTR};
use super::state::AppState;
use super::ROOT_ID;
use crate::core::data::RightsData;
use crate::core::messages::{packs, Lang};
use crate::core::url_state::{self, resolve, Notice, QueryParams, ViewState};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

fn current_search() -> String {
    window().location().search().unwrap_or_default()
}

/// An attribute the site renderer wrote on the app's root ("" without one).
fn root_attr(name: &str) -> String {
    document()
        .get_element_by_id(ROOT_ID)
        .and_then(|root| root.get_attribute(name))
        .unwrap_or_default()
}

/// The way back to the site's root from this page, as the renderer wrote it.
pub fn page_root() -> String {
    root_attr(ROOT_ATTR)
}

/// What the page opens with: the address's view, else the page's own.
fn opening() -> QueryParams {
    opening_params(&root_attr(VIEW_ATTR), &current_search())
}

/// The view the page opens with, from the address bar or the page's own
/// view; without `lang=`, the remembered or the browser's language.
pub fn initial_view(data: &RightsData) -> (ViewState, Vec<Notice>) {
    let params = opening();
    let (mut view, notices) = resolve(&params, data);
    if params.lang.as_deref().is_none_or(str::is_empty) {
        view.lang = preferred_lang();
    }
    shown_in_english_if_missing(&mut view);
    (view, notices)
}

/// A language whose pack could not be fetched (offline on a first visit in
/// it, say) is shown in English rather than not at all; the address keeps
/// asking for it (`sync_url`), so that a reload tries again.
fn shown_in_english_if_missing(view: &mut ViewState) -> bool {
    let missing = !packs::is_loaded(view.lang);
    if missing {
        view.lang = Lang::En;
    }
    missing
}

/// The language the page opens in, before the data is there: the address's
/// (`?lang=`, or the page's own), else the remembered or the browser's.
pub fn opening_lang() -> Lang {
    opening()
        .lang
        .as_deref()
        .and_then(Lang::from_code)
        .unwrap_or_else(preferred_lang)
}

/// The address's query for a view, on this page (`core::url_state::address_query`).
fn address_query(view: &ViewState) -> String {
    url_state::address_query(view, &root_attr(VIEW_ATTR), preferred_lang())
}

fn write_url(query: &str, replace: bool) {
    let Ok(history) = window().history() else {
        return;
    };
    let path = window()
        .location()
        .pathname()
        .unwrap_or_else(|_| "/".into());
    // The rendered page's own panel fragments (`#country-KZ`, `#no-panel`) are
    // the view before the app: once the app shows the view, they would only
    // reopen an old panel on a reload before the app. Other fragments stay.
    let hash = window().location().hash().unwrap_or_default();
    let hash = if hash.starts_with("#country-") || hash == "#no-panel" {
        ""
    } else {
        hash.as_str()
    };
    let url = format!("{path}{query}{hash}");
    // A sandboxed or odd host may refuse history changes: the view still works.
    let _ = if replace {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// Starts the two-way sync. Call once, inside the app's owner.
pub fn sync_url(state: AppState) {
    // A link with values we could not follow is rewritten to what is shown,
    // without adding a history entry.
    let first = state.view.with_untracked(address_query);
    let asked = opening_lang();
    if first != current_search() && packs::is_loaded(asked) {
        write_url(&first, true);
    }
    // Inside an iframe, history entries would hijack the host page's back
    // button: an embed only replaces its address.
    let embedded = state.view.with_untracked(|v| v.embed.on);
    // After the frame that shows the change (a history entry costs the
    // browser a few milliseconds that the click's answer should not wait
    // for), but in the next task, not when idle: Back pressed right after a
    // click must find the clicked view's entry.
    Effect::new(move |_| {
        let query = state.view.with(address_query);
        request_animation_frame(move || {
            set_timeout(
                move || {
                    // Only if it is still the view shown: after Back twice in
                    // quick succession, the first view's late write would push
                    // an entry and cut off the forward history.
                    let shown = state.view.with_untracked(address_query);
                    if query == shown && query != current_search() {
                        write_url(&query, embedded);
                    }
                },
                std::time::Duration::ZERO,
            )
        });
    });
    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        let (mut view, _) = resolve(&opening(), state.data_en());
        shown_in_english_if_missing(&mut view);
        state.view.set(view);
    });
    on_cleanup(move || handle.remove());
}
