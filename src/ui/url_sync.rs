//! Keeps the view state and the address bar in step: the URL is read once at
//! start, every change of the view pushes a history entry at the address of
//! the view's own page (`core::pages::address`: `country/kg/`, so that a link
//! copied from the address bar is previewed as what it shows), and
//! back/forward restore the view kept with the entry. Parsing and
//! serialising live in `core::url_state`.
use super::dom::after_frame;
use super::lang::{lang_remembered, preferred_lang};
use super::panel_scroll::show_history_view;
use super::site::{opening_params, ROOT_ATTR, VIEW_ATTR};
use super::skip_link::{MAIN_ID, MAP_ID};
use super::state::AppState;
use super::ROOT_ID;
use crate::core::data::RightsData;
use crate::core::messages::{packs, Lang};
use crate::core::pages::address;
use crate::core::url_state::{parse_query, resolve, to_query, Notice, QueryParams, ViewState};
use leptos::prelude::*;
use std::cell::OnceCell;
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

thread_local! {
    /// The site's root and the page's own path, as absolute paths (`/`,
    /// `/project/ru/`), taken from the address the page was opened at, and
    /// the site's public address, from the page's canonical link.
    static PATHS: OnceCell<(String, String, Option<String>)> = const { OnceCell::new() };
}

/// (the site's root, the page's own path, both from `/`; the site's public
/// address where the page names its own canonical address).
fn paths() -> (String, String, Option<String>) {
    PATHS.with(|paths| {
        paths
            .get_or_init(|| {
                let location = window().location();
                let here = location.pathname().unwrap_or_else(|_| "/".into());
                let href = location.href().unwrap_or_default();
                // A folder (`./`): the page may be opened as `…/index.html`.
                let root = format!("{}./", root_attr(ROOT_ATTR));
                let root = web_sys::Url::new_with_base(&root, &href)
                    .map(|url| url.pathname())
                    .unwrap_or_else(|_| "/".into());
                let public = canonical_link()
                    .and_then(|link| link.get_attribute("href"))
                    .and_then(|href| {
                        let own = here.strip_prefix(&root)?;
                        let own = own.strip_suffix("index.html").unwrap_or(own);
                        href.strip_suffix(own).map(str::to_string)
                    });
                (root, here, public)
            })
            .clone()
    })
}

/// The site's root as a path from `/`: the app's links and fetches stay
/// right once the address has moved to another page's path.
pub fn page_root() -> String {
    paths().0
}

/// What the page opens with: the address's view, the page's own, or both
/// (`site::opening_params`).
fn opening() -> QueryParams {
    let hash = window().location().hash().unwrap_or_default();
    opening_params(&root_attr(VIEW_ATTR), &current_search(), &hash)
}

/// The view the page opens with, from the address bar or the page's own
/// view, in the language of [`opening_lang`].
pub fn initial_view(data: &RightsData) -> (ViewState, Vec<Notice>) {
    let params = opening();
    let (mut view, notices) = resolve(&params, data);
    view.lang = lang_of(&params);
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
/// (`?lang=`, or the page's own); where the address names one the map has
/// not (a notice says so), the page's own (`/ru/?lang=xx` stays Russian);
/// else the remembered or the browser's.
pub fn opening_lang() -> Lang {
    lang_of(&opening())
}

/// The language of [`opening_lang`], for the opening parameters read once.
fn lang_of(params: &QueryParams) -> Lang {
    let known = |params: &QueryParams| params.lang.as_deref().and_then(Lang::from_code);
    known(params)
        .or_else(|| known(&parse_query(&root_attr(VIEW_ATTR))))
        .unwrap_or_else(preferred_lang)
}

fn canonical_link() -> Option<web_sys::Element> {
    document()
        .query_selector("link[rel=canonical]")
        .ok()
        .flatten()
}

/// Mobile browsers (Chrome on Android, Safari on iOS) share and bookmark a
/// page's canonical address rather than the one shown: it follows the view's
/// address (`url`, from `/`), at the site's public address. Not in an embed,
/// whose canonical is the full map's page.
fn follow_canonical(url: &str, view: &ViewState) {
    let (root, _, public) = paths();
    if let (Some(public), Some(link), Some(rel), false) = (
        public,
        canonical_link(),
        url.strip_prefix(&root),
        view.embed.on,
    ) {
        let _ = link.set_attribute("href", &format!("{public}{rel}"));
    }
}

/// The address for a view: its page's path from the site's root, and a query
/// where the view is more than its page (`core::pages::address`).
pub fn view_address(view: &ViewState, state: AppState) -> String {
    // The page's first script opens a page in the reader's remembered
    // language, an English page in the browser's too, else as it is.
    let opens_in = if view.lang == Lang::En || lang_remembered() {
        preferred_lang()
    } else {
        view.lang
    };
    format!(
        "{}{}",
        page_root(),
        address(view, state.data_en(), opens_in)
    )
}

/// The address shown, without its fragment.
fn current_address() -> String {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    format!("{path}{}", location.search().unwrap_or_default())
}

/// Writes `url` for `view`, which the entry keeps for Back and Forward.
fn write_url(url: &str, view: &ViewState, replace: bool) {
    let Ok(history) = window().history() else {
        return;
    };
    // The rendered page's own panel fragments (`#country-KZ`, `#no-panel`) are
    // the view before the app: once the app shows the view, they would only
    // reopen an old panel on a reload before the app. The skip link's
    // (`#map`, `#main`) stay on its own entry (following it is a `popstate`
    // here too) but would open another view's page scrolled past its title.
    // Other fragments stay.
    let hash = window().location().hash().unwrap_or_default();
    let skipped = url != current_address()
        && hash
            .strip_prefix('#')
            .is_some_and(|id| id == MAP_ID || id == MAIN_ID);
    let hash = if hash.starts_with("#country-") || hash == "#no-panel" || skipped {
        ""
    } else {
        hash.as_str()
    };
    let with_hash = format!("{url}{hash}");
    let kept = JsValue::from_str(&to_query(view));
    // A sandboxed or odd host may refuse history changes: the view still works.
    let _ = if replace {
        history.replace_state_with_url(&kept, "", Some(&with_hash))
    } else {
        history.push_state_with_url(&kept, "", Some(&with_hash))
    };
    follow_canonical(url, view);
}

/// The page's icon is addressed from the page, and the browser fetches it
/// again when the address moves: it is pinned to the file it names now.
fn pin_icon() {
    let here = window().location().href().unwrap_or_default();
    if let Ok(Some(icon)) = document().query_selector("link[rel~=icon]") {
        if let Some(url) = icon
            .get_attribute("href")
            .and_then(|href| web_sys::Url::new_with_base(&href, &here).ok())
        {
            let _ = icon.set_attribute("href", &url.href());
        }
    }
}

/// Starts the two-way sync. Call once, inside the app's owner.
pub fn sync_url(state: AppState) {
    // The page's own path, before the address moves.
    let own_path = paths().1;
    pin_icon();
    // The address becomes the view's (a link with values we could not follow
    // is rewritten to what is shown), without adding a history entry.
    let first = state.view.with_untracked(|v| view_address(v, state));
    if packs::is_loaded(opening_lang()) {
        state.view.with_untracked(|v| write_url(&first, v, true));
    }
    // Inside an iframe, history entries would hijack the host page's back
    // button: an embed only replaces its address.
    let embedded = state.view.with_untracked(|v| v.embed.on);
    // After the frame that shows the change (a history entry costs the
    // browser a few milliseconds that the click's answer should not wait
    // for), but in the next task, not when idle: Back pressed right after a
    // click must find the clicked view's entry.
    //
    // A presentation is one entry: entering it adds one and leaving adds
    // one, but its steps replace it, so that Back after a lesson of many
    // slides leaves at once (to the slide it ended on) rather than slide by
    // slide, as slide tools do.
    Effect::new(move |was_presenting: Option<bool>| {
        let (url, presenting) = state
            .view
            .with(|v| (view_address(v, state), v.present.is_some()));
        let replace = embedded || (presenting && was_presenting == Some(true));
        after_frame(move || {
            // Only if it is still the view shown: after Back twice in quick
            // succession, the first view's late write would push an entry and
            // cut off the forward history.
            let shown = state.view.with_untracked(|v| view_address(v, state));
            if url == shown && url != current_address() {
                state.view.with_untracked(|v| write_url(&url, v, replace));
            }
        });
        presenting
    });
    let handle = window_event_listener(leptos::ev::popstate, move |event| {
        // The view the entry keeps; an entry without one (the page's own,
        // or a fragment's) shows its address's view on the page's own path,
        // and keeps the view shown elsewhere (`#method` after a country).
        let (params, kept) = match event.state().as_string() {
            Some(kept) => (parse_query(&kept), true),
            None if window().location().pathname().ok() == Some(own_path.clone()) => {
                (opening(), false)
            }
            None => return,
        };
        let (mut view, _) = resolve(&params, state.data_en());
        shown_in_english_if_missing(&mut view);
        // An entry the page wrote before the app (`?country=UZ#country-UZ`)
        // or a fragment's becomes the view's address in place: written as a
        // new entry, it would cut off the entries after it, and Back would
        // come to it again and again.
        if !kept {
            write_url(&view_address(&view, state), &view, true);
        }
        show_history_view(state, view);
    });
    // A fragment link (`#method`) adds an entry without a view: it gets the
    // view shown, for Back and Forward to find.
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| {
        if let Ok(history) = window().history() {
            if history.state().is_ok_and(|kept| kept.is_null()) {
                let kept = JsValue::from_str(&state.view.with_untracked(to_query));
                let _ = history.replace_state(&kept, "");
            }
        }
    });
    on_cleanup(move || {
        handle.remove();
        on_hash.remove();
    });
}
