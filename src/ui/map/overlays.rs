//! HTML overlays positioned over the SVG in percentages of the visible box:
//! text stays at a readable pixel size at any map size or zoom. Positions are
//! set through the style object (`style:left`), not a `style` attribute, so a
//! Content-Security-Policy without 'unsafe-inline' allows them.
use crate::core::geo::Role;
use crate::core::number::fixed;
use crate::core::view_model::country_status;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

fn percent(v: f64) -> String {
    format!("{}%", fixed(v, 2))
}

/// A neighbour's label is shown only this far (map units) inside the frame.
const LABEL_MARGIN: f64 = 40.0;

/// Country names with their status, capital names, and the main neighbours.
#[component]
pub fn Labels() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let geo = state.geometry;
    // The left and top of a map point, each following the zoom.
    let at = move |x: f64, y: f64| {
        let place = move || state.zoom.get().to_percent(x, y, geo.width, geo.height);
        (move || percent(place().0), move || percent(place().1))
    };
    view! {
        <div class="map-labels" aria-hidden="true">
            {geo.countries.iter().filter(|c| c.role == Role::Focus).map(|shape| {
                let code: &'static str = &shape.alpha2;
                let name = state.data().country(code).map_or(shape.name.clone(), |c| c.name.clone());
                let shown = Memo::new(move |_| country_status(state.data(), msgs, code, &state.category.get()));
                let status = move || shown.with(|s| s.as_ref().map(|s| s.label.clone()).unwrap_or_default());
                // Dark text on the two darkest fills would fall below 4.5:1.
                let on_dark = move || shown.with(|s| s.as_ref().is_some_and(|s| s.swatch.dark));
                view! {
                    <div class="country-label" class:on-dark=on_dark data-label=code style:left=at(shape.label.0, shape.label.1).0 style:top=at(shape.label.0, shape.label.1).1>
                        <span class="country-label-name">{name}</span>
                        <span class="country-label-status">{status}</span>
                    </div>
                }
            }).collect_view()}
            {geo.countries.iter()
                // Only the neighbours the catalogue names: enough to orient, few enough to stay calm.
                .filter(|c| c.role == Role::Context && msgs.neighbour(&c.alpha2).is_some())
                .filter(|c| (LABEL_MARGIN..geo.width - LABEL_MARGIN).contains(&c.label.0)
                    && (LABEL_MARGIN..geo.height - LABEL_MARGIN).contains(&c.label.1))
                .map(|c| view! {
                    <div class="context-label" data-context-label=c.alpha2.as_str() style:left=at(c.label.0, c.label.1).0 style:top=at(c.label.0, c.label.1).1>
                        {msgs.neighbour(&c.alpha2).unwrap_or_default()}
                    </div>
                }).collect_view()}
            {geo.capitals.iter().map(|c| view! {
                <div class="capital-label" class:left=c.label_left data-capital-label=c.country.as_str() style:left=at(c.x, c.y).0 style:top=at(c.x, c.y).1>
                    {state.data().country(&c.country).map_or(c.name.clone(), |country| country.capital.clone())}
                </div>
            }).collect_view()}
        </div>
    }
}

/// The name and status of the country under the pointer or keyboard focus.
#[component]
pub fn Tooltip() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let geo = state.geometry;
    let content = move || {
        let code = state.hovered.get()?;
        let shape = geo.countries.iter().find(|c| c.alpha2 == code)?;
        let name = state.data().country(&code)?.name.clone();
        let status = country_status(state.data(), msgs, &code, &state.category.get())?.label;
        let (l, t) =
            state
                .zoom
                .get()
                .to_percent(shape.label.0, shape.label.1, geo.width, geo.height);
        Some((name, status, percent(l), percent(t)))
    };
    // Esc hides it without moving the pointer or the focus (WCAG 1.4.13).
    let esc = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" {
            state.hovered.set(None);
        }
    });
    on_cleanup(move || esc.remove());
    view! {
        {move || content().map(|(name, status, left, top)| view! {
            <div class="map-tooltip" data-testid="tooltip" style:left=left style:top=top aria-hidden="true">
                <strong>{name}</strong>
                <span>{status}</span>
            </div>
        })}
    }
}
