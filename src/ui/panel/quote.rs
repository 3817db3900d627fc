//! An excerpt set as a quotation, with its source's title, date and link.
use crate::core::cite::quoted;
use crate::core::view_model::source_citation;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn Quote(excerpt: String, source: String) -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let cite = source_citation(state.data(), msgs, &source).unwrap_or_default();
    view! {
        <figure class="quote">
            // Excerpts stay in the source's language, and say so.
            <blockquote cite=cite.url.clone() lang="en">{quoted(&excerpt)}</blockquote>
            <figcaption>
                {msgs.quote_note} ". " {msgs.source_label} ": " <span lang="en">{cite.work}</span> ", " {cite.date} " · "
                <a href=cite.url rel="noopener noreferrer" target="_blank">{msgs.read_source}</a>
            </figcaption>
        </figure>
    }
}
