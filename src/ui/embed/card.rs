//! One case as a small card for an article: country, title, what happened,
//! where it stands, the quotation and its source (named once, under the
//! quotation).
use super::EmbedFooter;
use crate::core::data::Case;
use crate::ui::panel::Quote;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn CardView(case: &'static Case) -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let country = state
        .data()
        .country(&case.country)
        .map(|c| c.name.clone())
        .unwrap_or_default();
    view! {
        <article class="embed-card" data-testid="case-card" data-case=case.id.as_str() aria-labelledby="case-card-title">
            // In a frame of a fixed height, this part scrolls and the footer
            // stays at the frame's foot (assets/styles.css).
            <div class="embed-card-body">
                <p class="embed-card-country">{country}</p>
                <h1 id="case-card-title">{case.title.clone()}</h1>
                <dl class="case-facts">
                    {(!case.people.is_empty()).then(|| view! { <dt>{msgs.people}</dt><dd>{case.people.join(", ")}</dd> })}
                    {(!case.dates.is_empty()).then(|| view! { <dt>{msgs.dates}</dt><dd class="tabular">{case.dates.join(", ")}</dd> })}
                    <dt>{msgs.outcome}</dt><dd class="case-outcome">{case.outcome.clone()}</dd>
                </dl>
                <p>{case.summary.clone()}</p>
                <Quote excerpt=case.excerpt.clone() source=case.source.clone()/>
            </div>
            <EmbedFooter card=true/>
        </article>
    }
}
