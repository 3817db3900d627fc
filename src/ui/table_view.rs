//! The table view: every country against every issue, then every case. The
//! non-visual equivalent of the map, and an easy read on a small screen.
use crate::core::cite::quoted;
use crate::core::view_model::{country_status, source_citation};
use crate::ui::map::Swatch;
use crate::ui::panel_scroll::focus_panel_later;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn TableView() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let data = state.data();
    view! {
        // Not a landmark of its own: the scrolling region below carries the name.
        <section class="table-view" data-testid="table-view">
            <h2 id="table-heading">{msgs.table_caption}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="table-heading">
                <table class="findings-table">
                    <caption class="visually-hidden">{msgs.table_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{msgs.table_country}</th>
                            {data.categories.iter().map(|c| view! { <th scope="col">{c.name.clone()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {data.countries.iter().map(|country| {
                            let code: &'static str = &country.code;
                            view! {
                                <tr data-row=code>
                                    <th scope="row">
                                        <button type="button" class="table-country"
                                            on:click=move |_| {
                                                state.update_view(|v| { v.table = false; v.country = Some(code.to_string()); v.case = None; });
                                                // The table is gone: the focus goes to the panel that replaced it.
                                                focus_panel_later(code);
                                            }>
                                            {country.name.clone()}
                                        </button>
                                    </th>
                                    {data.categories.iter().map(|cat| {
                                        let status = country_status(data, msgs, code, &cat.id);
                                        view! {
                                            <td data-category=cat.id.as_str()>
                                                {status.map(|s| view! { <Swatch swatch=s.swatch/> <span>{s.label}</span> })}
                                            </td>
                                        }
                                    }).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <h2>{msgs.table_cases_heading}</h2>
            {data.countries.iter().map(|country| view! {
                <h3>{country.name.clone()}</h3>
                <ul class="case-list">
                    {data.cases.iter().filter(|c| c.country == country.code).map(|case| {
                        let cite = source_citation(data, msgs, &case.source).unwrap_or_default();
                        view! {
                            <li class="case-row" data-case-row=case.id.as_str()>
                                <strong>{case.title.clone()}</strong>
                                {(!case.people.is_empty()).then(|| format!(" — {}", case.people.join(", ")))}
                                {(!case.dates.is_empty()).then(|| view! { <span class="tabular">{format!(" ({})", case.dates.join(", "))}</span> })}
                                <p>{case.summary.clone()} " " <em>{case.outcome.clone()}</em></p>
                                <blockquote lang="en">{quoted(&case.excerpt)}</blockquote>
                                <p class="case-cite">{msgs.quote_note} ". " {msgs.source_label} ": " <a href=cite.url lang="en" rel="noopener noreferrer" target="_blank">{cite.work}</a> ", " {cite.date}</p>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }).collect_view()}
        </section>
    }
}
