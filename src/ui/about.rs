//! About this map: the region-level items of the data (the report, the
//! regional director's words, the photo of the Almaty protest), each with
//! its quotation and source.
use super::panel::Quote;
use super::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn About() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    view! {
        <section class="about" data-testid="about" aria-labelledby="about-heading">
            <h2 id="about-heading">{msgs.about_heading}</h2>
            <div class="about-items">
                {state.data().region.items.iter().map(|item| view! {
                    <article class="about-item" data-region-item=item.id.as_str()>
                        <h3>{item.title.clone()}</h3>
                        <p>{item.summary.clone()}</p>
                        <Quote excerpt=item.excerpt.clone() source=item.source.clone()/>
                    </article>
                }).collect_view()}
            </div>
        </section>
    }
}
