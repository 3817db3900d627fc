//! The words on the map, as HTML over the SVG (text stays at a readable size
//! at any map size or zoom): each country's name with its status line, the
//! main neighbours' names and the capitals'. Each is anchored in percentages
//! of the visible box, so it follows the zoom, and takes the place the
//! layout gives it (`data-place`, `core::geo::map_labels`), so that none
//! covers another: in the browser from the boxes it measures, written
//! straight into the page (`label_fit.rs`); on the page the site renderer
//! writes, from estimates (`core::map_text::write_places`). Not through the
//! view: an attribute on these elements costs the app 1.5 KB.
//! A country's name opens its panel, as its shape does: a reader taps the
//! name, which may lie over a neighbour.
//! Positions are set through the style object (`style:left`), not a `style`
//! attribute, so a Content-Security-Policy without 'unsafe-inline' allows them.
use super::label_fit::fit_labels;
use super::overlays::percent;
use crate::core::geo::Role;
use crate::core::map_text::{map_labels, names_neighbour};
use crate::core::view_model::country_status;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn Labels() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let geo = state.geometry;
    let root = NodeRef::<leptos::html::Div>::new();
    fit_labels(root, map_labels(geo, msgs));
    // The left and top of a map point, each following the zoom.
    let at = move |x: f64, y: f64| {
        let place = move || state.zoom.get().to_percent(x, y, geo.width, geo.height);
        (move || percent(place().0), move || percent(place().1))
    };
    view! {
        <div class="map-labels" aria-hidden="true" node_ref=root>
            {geo.countries.iter().filter(|c| c.role == Role::Focus).map(|shape| {
                let code: &'static str = &shape.alpha2;
                let name = state.data().country(code).map_or(shape.name.clone(), |c| c.name.clone());
                let shown = Memo::new(move |_| country_status(state.data(), msgs, code, &state.category.get()));
                let status = move || shown.with(|s| s.as_ref().map(|s| s.label.clone()).unwrap_or_default());
                // Dark text on the two darkest fills would fall below 4.5:1.
                let on_dark = move || shown.with(|s| s.as_ref().is_some_and(|s| s.swatch.dark));
                let (left, top) = at(shape.label.0, shape.label.1);
                let words = view! {
                    <span class="country-label-name">{name}</span>
                    <span class="country-label-status">{status}</span>
                };
                // Rendered as a page: a name is a link to its country's panel,
                // as its shape is, since readers tap the name, and a name may
                // lie over a neighbour (Tajikistan's over Kyrgyzstan on a
                // phone). Out of the tab order: the shape is the stop. The
                // app keeps names out of the pointer's way (a drag that starts
                // on one pans) and finds the name under a tap itself
                // (`name_under`).
                #[cfg(not(target_arch = "wasm32"))]
                if let Some(page) = crate::ui::site::static_render() {
                    return view! {
                        <a class="country-label" class:on-dark=on_dark data-label=code href=format!("#country-{code}")
                            data-app-href=page.address_for_country(code) tabindex="-1" style:left=left style:top=top>{words}</a>
                    }.into_any();
                }
                let label = view! {
                    <div class="country-label" class:on-dark=on_dark data-label=code style:left=left style:top=top>{words}</div>
                };
                #[cfg(not(target_arch = "wasm32"))]
                let label = label.into_any();
                label
            }).collect_view()}
            // Only the neighbours the catalogue names: enough to orient, few enough to stay calm.
            {geo.countries.iter().filter(|c| names_neighbour(geo, c, msgs)).map(|c| {
                let (left, top) = at(c.label.0, c.label.1);
                view! {
                    <div class="context-label" data-context-label=c.alpha2.as_str() style:left=left style:top=top>
                        {msgs.neighbour(&c.alpha2).unwrap_or_default()}
                    </div>
                }
            }).collect_view()}
            {geo.capitals.iter().map(|c| {
                let (left, top) = at(c.x, c.y);
                view! {
                    <div class="capital-label" data-capital-label=c.country.as_str() style:left=left style:top=top>
                        {state.data().country(&c.country).map_or(c.name.clone(), |country| country.capital.clone())}
                    </div>
                }
            }).collect_view()}
        </div>
    }
}
