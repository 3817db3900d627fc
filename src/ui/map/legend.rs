//! The legend of the category being shown: each status's fill, texture and label.
use super::patterns::Swatch;
use crate::core::url_state::OVERVIEW;
use crate::core::view_model::{category_name, legend};
use crate::ui::method_note::MethodLink;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn Legend() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let description = move || {
        let id = state.category.get();
        if id == OVERVIEW {
            msgs.overview_description.to_string()
        } else {
            state
                .data()
                .category(&id)
                .map(|c| c.description.clone())
                .unwrap_or_default()
        }
    };
    view! {
        <section class="legend" data-testid="legend" aria-labelledby="legend-heading">
            <h2 id="legend-heading">{move || category_name(state.data(), msgs, &state.category.get())}</h2>
            <p class="legend-description">{description}</p>
            <ul class="legend-entries">
                {move || legend(state.data(), msgs, &state.category.get()).into_iter().map(|entry| view! {
                    <li class="legend-entry" data-level=entry.swatch.level>
                        <Swatch swatch=entry.swatch/>
                        <span>{entry.label}</span>
                    </li>
                }).collect_view()}
            </ul>
            // The steps' order is the editors' judgement; the overview's is a count.
            {move || (state.category.get() != OVERVIEW).then(|| view! { <p class="legend-note">{msgs.legend_order_note}</p> })}
            <p class="legend-method"><MethodLink/></p>
        </section>
    }
}
