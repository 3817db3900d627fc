//! The panel of one country: summary, the finding for the current issue (or
//! every issue in the overview), then its cases.
use super::case_card::CaseCard;
use super::quote::Quote;
use crate::core::data::Country;
use crate::core::url_state::OVERVIEW;
use crate::core::view_model::{cases_for, country_status, step_country};
use crate::ui::dom::{focus_country, focus_later};
use crate::ui::dossier::{PrintButton, PrintScope};
use crate::ui::map::Swatch;
use crate::ui::state::{use_app_state, AppState};
use leptos::prelude::*;

#[component]
pub fn CountryPanel() -> impl IntoView {
    let state = use_app_state();
    view! {
        {move || state.country.get().and_then(|code| state.data().country(&code)).map(|c| view! { <PanelBody country=c/> })}
    }
}

/// Closes the panel and puts the focus back on the country, where the panel
/// was opened from: its shape on the map or its entry in the list.
fn close(state: AppState, code: &str) {
    state.close_country();
    if state.opened_from_list.get_value() {
        // Once the list is back: the open panel hides it on a laptop.
        focus_later(format!("[data-country-button=\"{code}\"]"));
    } else {
        focus_country(code);
    }
}

#[component]
fn PanelBody(country: &'static Country) -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let code: &'static str = &country.code;
    let go = move |step: isize| {
        if let Some(next) = step_country(state.data(), code, step) {
            state.open_country(next);
            focus_later("#country-panel-heading");
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            close(state, code);
        }
    };
    view! {
        <aside class="country-panel" data-testid="country-panel" data-panel-country=code
            aria-labelledby="country-panel-heading" on:keydown=on_keydown>
            <div class="panel-header">
                <h2 id="country-panel-heading" tabindex="-1">{country.name.clone()}</h2>
                <button type="button" class="panel-close" aria-label=msgs.close title=msgs.close
                    on:click=move |_| close(state, code)>"×"</button>
            </div>
            <nav class="panel-steps" aria-label=msgs.country_steps_label>
                <button type="button" class="panel-prev" on:click=move |_| go(-1)><span aria-hidden="true">"← "</span>{msgs.previous_country}</button>
                <button type="button" class="panel-next" on:click=move |_| go(1)>{msgs.next_country}<span aria-hidden="true">" →"</span></button>
            </nav>
            <p class="panel-capital">{msgs.capital} ": " {country.capital.clone()}</p>
            {country.direction.as_ref().map(|d| view! {
                <p class="panel-trend"><strong>{msgs.trend} ": "</strong> {d.label.clone()}</p>
            })}
            <p class="panel-summary">{country.summary.clone()}</p>
            {move || if state.category.get() == OVERVIEW {
                view! { <AllFindings country=country/> }.into_any()
            } else {
                view! { <Finding country=country/> }.into_any()
            }}
            <Cases code=code/>
            <p class="panel-note">{msgs.summaries_note}</p>
            <p class="panel-print"><PrintButton scope=PrintScope::Country(code.to_string())/></p>
        </aside>
    }
}

/// The finding for the current issue, with its excerpt.
#[component]
fn Finding(country: &'static Country) -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    move || {
        let id = state.category.get();
        let cat = state.data().category(&id)?;
        let finding = country.findings.get(&id)?;
        let status = country_status(state.data(), msgs, &country.code, &id)?;
        let not_covered = status.swatch.level == 0;
        Some(view! {
            <section class="panel-finding" data-testid="finding">
                <h3>{msgs.finding_heading} ": " {cat.name.clone()}</h3>
                <p class="finding-status"><Swatch swatch=status.swatch/> <strong>{status.label}</strong></p>
                {(!finding.summary.is_empty()).then(|| view! { <p>{finding.summary.clone()}</p> })}
                {not_covered.then(|| view! { <p class="finding-note">{msgs.not_covered_note}</p> })}
                {finding.excerpt.clone().zip(finding.source.clone()).map(|(excerpt, source)| view! { <Quote excerpt=excerpt source=source/> })}
            </section>
        })
    }
}

/// In the overview: the status on every issue, as a compact list.
#[component]
fn AllFindings(country: &'static Country) -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    view! {
        <section class="panel-finding" data-testid="finding">
            <h3>{msgs.all_findings}</h3>
            <ul class="all-findings">
                {state.data().categories.iter().filter_map(|cat| {
                    let status = country_status(state.data(), msgs, &country.code, &cat.id)?;
                    let id = cat.id.clone();
                    Some(view! {
                        <li>
                            <button type="button" class="finding-link" on:click=move |_| state.update_view(|v| v.category = id.clone())>
                                <Swatch swatch=status.swatch/>
                                <span class="finding-category">{cat.name.clone()}</span>
                                <span class="finding-label">{status.label}</span>
                            </button>
                        </li>
                    })
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn Cases(code: &'static str) -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    move || {
        let id = state.category.get();
        let (on_issue, others) = cases_for(state.data(), code, &id);
        let heading = if id == OVERVIEW {
            msgs.cases_heading
        } else {
            msgs.cases_on_issue
        };
        view! {
            <section class="panel-cases" data-testid="cases">
                <h3>{heading} " (" {on_issue.len()} ")"</h3>
                {on_issue.is_empty().then(|| view! { <p class="no-cases">{msgs.no_cases}</p> })}
                {on_issue.into_iter().map(|c| view! { <CaseCard case=c/> }).collect_view()}
                {(!others.is_empty()).then(|| view! {
                    <h3>{msgs.other_cases} " (" {others.len()} ")"</h3>
                    {others.into_iter().map(|c| view! { <CaseCard case=c/> }).collect_view()}
                })}
            </section>
        }
    }
}
