//! Embed mode (`?embed=1`): a compact map for a campaigner's iframe, or one
//! case as a card (`&card=<id>`), with a credit line, a link to the full map
//! and an optional call to action.
mod card;
mod height;

use super::category_switch::CategorySwitch;
use super::map::MapSection;
use super::method_note::with_source_title;
use super::notice::Notices;
use super::panel::CountryPanel;
use super::state::use_app_state;
use crate::core::embed::full_map_url;
use leptos::prelude::*;

pub use height::report_height;

/// The full map's address for what the embed shows now. Relative, so it
/// resolves against the map's own address and rendering needs no browser call.
fn full_map_href() -> impl Fn() -> String + Clone {
    let state = use_app_state();
    let root = super::site::site_href("");
    move || state.view.with(|v| full_map_url(&root, v))
}

#[component]
pub fn EmbedPage() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let card = state.view.with_untracked(|v| v.embed.card.clone());
    let controls = !state.view.with_untracked(|v| v.embed.controls_hidden);
    if let Some(card) = card.and_then(|id| state.data().case(&id)) {
        return view! { <card::CardView case=card/> }.into_any();
    }
    let has_panel = move || state.country.get().is_some();
    view! {
        <div class="embed" data-testid="embed">
            <header class="embed-header">
                <h1 class="embed-title">{msgs.title}</h1>
                {controls.then(|| view! { <CategorySwitch/> })}
            </header>
            <Notices focus_after=".embed-layout"/>
            <main class="layout embed-layout" class:has-panel=has_panel tabindex="-1">
                <MapSection/>
                <CountryPanel/>
            </main>
            <EmbedFooter/>
        </div>
    }
    .into_any()
}

/// Credits, the link to the full map, and the call to action if there is one.
/// Whether the page is inside another page's frame. Rendered ahead of time,
/// it is not known: no call to action is written into a page.
pub(super) fn in_frame() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let window = leptos::prelude::window();
        // A cross-origin top cannot be read at all: then it is another page.
        match window.top() {
            Ok(Some(top)) => {
                wasm_bindgen::JsValue::from(top) != wasm_bindgen::JsValue::from(window)
            }
            _ => true,
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// The embed's last lines: a campaigner's call to action, the credits and a
/// link to the full map. A case's card (`card`) names no credit: its
/// quotation names the source just above, and it draws no map.
#[component]
pub fn EmbedFooter(#[prop(optional)] card: bool) -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    // Only inside another page's frame: opened on its own, the map's address
    // would vouch for a button anyone can write into a link.
    let cta = state
        .view
        .with_untracked(|v| v.embed.cta_shown(in_frame()).cloned());
    view! {
        <footer class="embed-footer">
            {cta.map(|cta| view! {
                // The destination's name beside the words, so a reader sees where it leads.
                <a class="cta" data-testid="cta" href=cta.url.clone() rel="noopener noreferrer" target="_blank">
                    {cta.text.clone()} <span class="cta-host" data-testid="cta-host">{cta.host().to_string()}</span>
                </a>
            })}
            <p class="embed-credit">
                {(!card).then(|| view! { {with_source_title(msgs.credit_source.to_string())} " · " {msgs.credit_natural_earth} " · " })}
                <a href=full_map_href() target="_blank" rel="noopener" data-testid="open-full-map">{msgs.open_full_map}</a>
            </p>
        </footer>
    }
}
