//! A presentation's slides: a country's key findings, its cases, and the
//! type made smaller for a long slide so that it fits the screen (a clicker
//! turns pages, it cannot scroll). The tour itself: presentation.rs.
use super::map::Swatch;
use super::state::use_app_state;
use crate::core::colour::status_swatch;
use crate::core::tour::key_findings;
use leptos::prelude::*;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsCast;

/// The smallest type a long slide gets, of the presentation's own size (about
/// 19 px on a 1920 px projector; the stylesheet keeps the slide's body at
/// 16 px or more): below it, the presentation scrolls instead.
/// In percent: whole numbers keep float formatting (about 9 KB gzip) out of
/// the wasm.
#[cfg(target_arch = "wasm32")]
const SLIDE_FIT_MIN: u32 = 65;

/// Fits the slide to the screen without scrolling: a country with nine
/// findings, or a language with longer words, would otherwise put its last
/// findings and the buttons below the screen. On a short screen (a 1280×720
/// projector) the map first takes half the width; from the first slide too
/// long for the other half, the slides get more (`data-narrow-map`, the
/// stylesheet) until the window changes (`afresh`), so that the map does not
/// change size at every other slide. Then the slide's type shrinks in steps
/// of 5 %.
#[cfg(target_arch = "wasm32")]
pub(super) fn fit_slide(afresh: bool) {
    let doc = document();
    let found = |selector: &str| doc.query_selector(selector).ok().flatten();
    let (Some(root), Some(slide)) = (found(".presentation"), found(".presentation .slide")) else {
        return;
    };
    let style = slide.unchecked_into::<web_sys::HtmlElement>().style();
    let _ = style.remove_property("--slide-fit");
    if afresh {
        let _ = root.remove_attribute("data-narrow-map");
    }
    // In one column (a narrow window, or a laptop zoomed to 200 %) the map is
    // above the slide and the page scrolls anyway: the reader's zoom stands.
    let columns = super::panel_scroll::computed(&root, "grid-template-columns");
    if columns.split_whitespace().count() < 2 {
        return;
    }
    let scrolls = || root.scroll_height() > root.client_height();
    if scrolls() {
        let _ = root.set_attribute("data-narrow-map", "");
    }
    let mut fit = 100;
    while scrolls() && fit - 5 >= SLIDE_FIT_MIN {
        fit -= 5;
        let _ = style.set_property("--slide-fit", &format!("0.{fit}"));
    }
}

#[component]
pub(super) fn CountrySlide(code: String) -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let data = state.data();
    let country = data.country(&code);
    view! {
        <p class="slide-summary">{country.map(|c| c.summary.clone())}</p>
        <h3>{msgs.key_findings}</h3>
        <ul class="slide-findings">
            {key_findings(data, &code).into_iter().map(|(cat, status, _)| view! {
                <li>
                    {status_swatch(cat, &status.id).map(|s| view! { <Swatch swatch=s/> })}
                    <span class="slide-category">{cat.name.clone()}</span>
                    <span class="slide-status">{status.label.clone()}</span>
                </li>
            }).collect_view()}
        </ul>
    }
}

#[component]
pub(super) fn CasesSlide(code: String) -> impl IntoView {
    let state = use_app_state();
    view! {
        <ul class="slide-cases">
            {state.data().cases_for(&code).into_iter().map(|c| view! {
                <li>
                    <strong>{c.title.clone()}</strong>
                    <span class="slide-outcome">{c.outcome.clone()}</span>
                </li>
            }).collect_view()}
        </ul>
    }
}
