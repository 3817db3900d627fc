//! The interface language: a visible switch, the browser's language on a
//! first visit, and the choice remembered where storage is allowed. In a
//! sandboxed iframe storage throws; that is caught and ignored.
use super::dom::{after_paint, focus, focus_later};
use super::state::use_app_state;
use crate::core::messages::{packs, Lang};
use crate::core::pages::{address_keeping_lang, Page};
use crate::core::url_state::{Notice, ViewState};
use leptos::prelude::*;

use super::site::LANG_STORAGE_KEY as STORAGE_KEY;

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The remembered choice, else the first of the browser's preferred
/// languages that the map has (`navigator.languages`, in order).
pub fn preferred_lang() -> Lang {
    // Read once: every view's address asks (it leaves out the language the
    // visitor would get anyway), and storage and the navigator are calls out
    // of the wasm on each click.
    if let Some((lang, _)) = PREFERRED.get() {
        return lang;
    }
    let stored = storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|c| Lang::from_code(&c));
    let lang = stored.unwrap_or_else(|| {
        let navigator = window().navigator();
        let tags: Vec<String> = navigator
            .languages()
            .iter()
            .filter_map(|t| t.as_string())
            .chain(navigator.language())
            .collect();
        Lang::from_browser(tags.iter().map(String::as_str))
    });
    PREFERRED.set(Some((lang, stored.is_some())));
    lang
}

/// Whether the reader's language is a remembered choice, which the page's
/// first script applies on every page (the browser's only on English ones).
pub fn lang_remembered() -> bool {
    preferred_lang();
    PREFERRED.get().is_some_and(|(_, stored)| stored)
}

thread_local! {
    /// The preferred language, and whether it was remembered.
    static PREFERRED: std::cell::Cell<Option<(Lang, bool)>> = const { std::cell::Cell::new(None) };
}

pub fn remember_lang(lang: Lang) {
    PREFERRED.set(Some((lang, true)));
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

/// The language menu: every language by its name in itself, as links to
/// this view's page in that language, so that it works before the app and
/// without JavaScript; the app switches in place (fetching the language's
/// pack first if it has not come yet). A disclosure: keyboard and touch
/// operable as the browser makes it, Esc closes it, and in the app the arrow
/// keys move between its languages.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let current = state.lang.get_untracked();
    let menu = NodeRef::<leptos::html::Details>::new();
    let close_menu = move || {
        if let Some(details) = menu.get_untracked() {
            details.set_open(false);
        }
    };
    let choose = move |ev: leptos::ev::MouseEvent, lang: Lang| {
        // A new tab or window keeps the link's own way.
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        close_menu();
        // On the menu's button at once: the link is hidden now, and the new
        // language may take a moment to come.
        focus_later(".lang-menu > summary");
        let page = event_target::<web_sys::HtmlAnchorElement>(&ev).href();
        switch_to(lang, page);
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if !menu.get_untracked().is_some_and(|d| d.open()) {
            return;
        }
        let key = ev.key();
        if key == "Escape" {
            ev.prevent_default();
            close_menu();
            focus_later(".lang-menu > summary");
        } else if step_focus(&key) {
            // Not the page's scroll, which the arrows would otherwise move.
            ev.prevent_default();
        }
    };
    // A click or tap elsewhere closes it, as a menu does.
    #[cfg(target_arch = "wasm32")]
    {
        let handle = window_event_listener(leptos::ev::click, move |ev| {
            let inside = menu.get_untracked().is_some_and(|d| {
                ev.target()
                    .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(t).ok())
                    .is_some_and(|node| d.contains(Some(&node)))
            });
            if !inside {
                close_menu();
            }
        });
        on_cleanup(move || handle.remove());
    }
    // Each link is the current view's page in its language, written when the
    // menu opens rather than on every change of view: a click on the map
    // should not rewrite seven links.
    let opened = RwSignal::new(0u32);
    let href = move |lang: Lang| {
        opened.track();
        // The whole view (a country with the issue chosen, the table...),
        // and `lang` asks for it: a remembered other language (or the
        // browser's) would otherwise send a new tab, or a click before the
        // app, back.
        let address = state.view.with_untracked(|v| {
            let view = ViewState { lang, ..v.clone() };
            address_keeping_lang(&view, state.data_en())
        });
        super::site::site_href(&address)
    };
    view! {
        <details class="lang-menu" data-testid="lang-menu" node_ref=menu on:keydown=on_keydown
            on:toggle=move |_| opened.update(|n| *n += 1)>
            <summary>
                <span class="visually-hidden">{msgs.language_label} ": "</span>
                <span lang=current.code()>{current.native_name()}</span>
            </summary>
            <ul class="lang-list">
                {Lang::ALL.into_iter().map(|lang| view! {
                    <li><a href=move || href(lang) lang=lang.code() hreflang=lang.code()
                        data-lang-link=lang.code()
                        aria-current=(lang == current).then_some("true")
                        on:click=move |ev| choose(ev, lang)>{lang.native_name()}</a></li>
                }).collect_view()}
            </ul>
        </details>
    }
}

/// In the open menu, the arrow keys move between the languages (from its
/// button, Down goes to the first and Up to the last), and Home and End go
/// to the first and the last, as in a menu; Tab still goes through them as
/// the links they are. Whether `key` moved the focus.
fn step_focus(key: &str) -> bool {
    let at = document()
        .active_element()
        .and_then(|el| el.get_attribute("data-lang-link"))
        .and_then(|code| Lang::ALL.iter().position(|l| l.code() == code));
    let last = Lang::ALL.len() - 1;
    let to = match (key, at) {
        ("ArrowDown", Some(i)) => (i + 1) % Lang::ALL.len(),
        ("ArrowUp", Some(i)) => i.checked_sub(1).unwrap_or(last),
        ("ArrowDown", None) | ("Home", _) => 0,
        ("ArrowUp", None) | ("End", _) => last,
        _ => return false,
    };
    focus(&format!(
        ".lang-list [data-lang-link=\"{}\"]",
        Lang::ALL[to].code()
    ));
    true
}

/// Shows the page in `lang`, remembered for the next visit: at once if its
/// pack has come, else once it has (the page stays as it is meanwhile; a
/// later choice wins over an earlier one still loading). If the pack cannot
/// be fetched, `page` (the view's page in that language) is opened instead.
pub fn switch_to(lang: Lang, page: String) {
    let state = use_app_state();
    let choice = CHOICE.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    let show = move || {
        remember_lang(lang);
        state.update_view(|v| v.lang = lang);
        // The page is rebuilt in the new language; keep the keyboard on the menu.
        focus_later(".lang-menu > summary");
    };
    if packs::is_loaded(lang) {
        show();
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let result = fetch_pack(lang).await;
        if CHOICE.with(|c| c.get()) != choice {
            return;
        }
        match result {
            Ok(()) => show(),
            Err(problem) => {
                leptos::logging::warn!("{problem}");
                // Offline, the page in that language is not there either (a
                // classroom without internet): the reader stays on this one,
                // told why, and the choice is not remembered for next time.
                if !window().navigator().on_line() {
                    let name = lang.native_name().to_string();
                    // Shown at the screen's top, above a phone's sheet
                    // (src/ui/notice.rs).
                    state.notices.update(|n| n.push(Notice::LangOffline(name)));
                    return;
                }
                remember_lang(lang);
                let _ = window().location().assign(&page);
            }
        }
    });
}

thread_local! {
    /// The latest choice of language: a pack that comes after a later choice is not shown.
    static CHOICE: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The address of a language's pack, beside the site's root page.
pub fn pack_url(lang: Lang) -> String {
    format!("{}{}", super::url_sync::page_root(), packs::pack_path(lang))
}

/// Reads the pack the loader fetched with the app (`window.__rightsMapPack`:
/// scripts/app-loader.js), the rendered page's language's.
pub fn read_preloaded_pack() {
    let page_lang = document()
        .document_element()
        .and_then(|html| html.get_attribute("data-prerender"))
        .and_then(|code| Lang::from_code(&code));
    let key = wasm_bindgen::JsValue::from_str("__rightsMapPack");
    let Ok(bytes) = js_sys::Reflect::get(&window(), &key) else {
        return;
    };
    if bytes.is_undefined() {
        return;
    }
    let _ = js_sys::Reflect::delete_property(&window(), &key);
    let bytes = js_sys::Uint8Array::new(&bytes).to_vec();
    if let Some(lang) = page_lang {
        if let Err(problem) = packs::load(lang, &bytes) {
            // The app then fetches it again, or shows English.
            leptos::logging::warn!("{problem}");
        }
    }
}

/// Fetches and reads a language's pack (`core::messages::packs`); at once
/// for English or a pack already read.
pub async fn fetch_pack(lang: Lang) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    if packs::is_loaded(lang) {
        return Ok(());
    }
    let url = pack_url(lang);
    let failed = |e: wasm_bindgen::JsValue| format!("{url}: {e:?}");
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(&url))
        .await
        .map_err(failed)?
        .dyn_into()
        .map_err(failed)?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(failed)?)
        .await
        .map_err(failed)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    packs::load(lang, &bytes).map_err(|e| format!("{url}: {e}"))
}
