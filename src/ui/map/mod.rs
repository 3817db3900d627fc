//! The map section: the SVG map with its overlays, the legend, and the list
//! of countries with their status (large touch targets on phones).
mod country_list;
mod country_shape;
mod highlight;
mod label_fit;
mod labels;
mod legend;
mod map_view;
mod overlays;
mod pan_controls;
mod patterns;
mod select;

pub use legend::Legend;
pub use map_view::{map_aspect, MapView};
pub use patterns::{PatternDefs, Swatch};
mod zoom_controls;

use leptos::prelude::*;

#[component]
pub fn MapSection() -> impl IntoView {
    view! {
        <section class="map-section" aria-labelledby="map-heading">
            <map_view::MapView/>
            <div class="map-side">
                <legend::Legend/>
                <country_list::CountryList/>
            </div>
        </section>
    }
}
