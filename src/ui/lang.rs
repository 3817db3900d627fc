//! The interface language: a visible switch, the browser's language on a
//! first visit, and the choice remembered where storage is allowed. In a
//! sandboxed iframe storage throws; that is caught and ignored.
use super::dom::{after_paint, focus_later};
use super::state::use_app_state;
use crate::core::messages::Lang;
use crate::core::pages::Page;
use leptos::prelude::*;

use super::site::LANG_STORAGE_KEY as STORAGE_KEY;

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The remembered choice, else Russian for a browser that prefers Russian.
pub fn preferred_lang() -> Lang {
    // Read once: every view's address asks (it leaves out the language the
    // visitor would get anyway), and storage and the navigator are calls out
    // of the wasm on each click.
    if let Some(lang) = PREFERRED.get() {
        return lang;
    }
    let stored = storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|c| Lang::from_code(&c));
    let lang = stored.unwrap_or_else(|| {
        Lang::from_browser(&window().navigator().language().unwrap_or_default())
    });
    PREFERRED.set(Some(lang));
    lang
}

thread_local! {
    static PREFERRED: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

pub fn remember_lang(lang: Lang) {
    PREFERRED.set(Some(lang));
    if let Some(s) = storage() {
        let _ = s.set_item(STORAGE_KEY, lang.code());
    }
}

/// Keeps `<html lang>` and the document title in step with the view shown:
/// the title is the one the view's own page has (`core::pages`).
pub fn sync_document_lang() {
    let state = use_app_state();
    Effect::new(move |_| {
        let lang = state.lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
    });
    Effect::new(move |_| {
        let title = state.view.with(|v| Page::of_view(v).title(state.data()));
        // After the frame that shows the change, as the address is written:
        // setting the title costs the browser more than the click's answer.
        after_paint(move || {
            if document().title() != title {
                document().set_title(&title);
            }
        });
    });
}

#[component]
pub fn LangSwitch() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let choose = move |lang: Lang| {
        remember_lang(lang);
        state.update_view(|v| v.lang = lang);
        // The page is rebuilt in the new language; keep the keyboard where it was.
        focus_later(if lang == Lang::Ru {
            "[data-lang-button=ru]"
        } else {
            "[data-lang-button=en]"
        });
    };
    view! {
        <div class="lang-switch" role="group" aria-label=msgs.language_label>
            {Lang::ALL.into_iter().map(|lang| view! {
                <button type="button" lang=lang.code() data-lang-button=lang.code() aria-pressed=move || (state.lang.get() == lang).to_string()
                    on:click=move |_| choose(lang)>
                    {lang.native_name()}
                </button>
            }).collect_view()}
        </div>
    }
}
