//! One case: title, people, dates, what happened and where it stands; expands
//! to its excerpt and source. The expanded case is part of the URL (`case=`).
use super::quote::Quote;
use crate::core::cite::Cited;
use crate::core::data::Case;
use crate::ui::method_note::Citation;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn CaseCard(case: &'static Case) -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let id: &'static str = &case.id;
    let expanded = move || state.case.get().as_deref() == Some(id);
    let toggle = move |_| {
        state.update_view(|v| {
            v.case = if v.case.as_deref() == Some(id) {
                None
            } else {
                Some(id.to_string())
            }
        })
    };
    let details_id = format!("case-{id}-source");
    view! {
        <article class="case-card" data-case=id aria-labelledby=format!("case-{id}-title")>
            // Focusable by script: Back to the case's view, where the panel
            // is in the page, focuses it (src/ui/panel_scroll.rs).
            <h4 id=format!("case-{id}-title") tabindex="-1">{case.title.clone()}</h4>
            <dl class="case-facts">
                {(!case.people.is_empty()).then(|| view! { <dt>{msgs.people}</dt><dd>{case.people.join(", ")}</dd> })}
                {(!case.dates.is_empty()).then(|| view! { <dt>{msgs.dates}</dt><dd class="tabular">{case.dates.join(", ")}</dd> })}
                <dt>{msgs.outcome}</dt><dd class="case-outcome">{case.outcome.clone()}</dd>
            </dl>
            <p class="case-summary">{case.summary.clone()}</p>
            <button type="button" class="case-toggle" aria-expanded=move || expanded().to_string()
                aria-controls=details_id.clone() on:click=toggle>
                {move || if expanded() { msgs.hide_source } else { msgs.show_source }}
            </button>
            <div id=details_id class="case-source" hidden=move || !expanded()>
                <Quote excerpt=case.excerpt.clone() source=case.source.clone()/>
                <Citation cited=Cited::Case(case)/>
            </div>
        </article>
    }
}
