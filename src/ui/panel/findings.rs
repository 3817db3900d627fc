//! What a country's panel says about the issues: the finding for the current
//! issue (or every issue's status in the overview), and its cases.
use super::case_card::CaseCard;
use super::quote::Quote;
use crate::core::data::Country;
use crate::core::url_state::OVERVIEW;
use crate::core::view_model::{cases_for, country_status};
use crate::ui::dom::focus_later;
use crate::ui::map::Swatch;
#[cfg(not(target_arch = "wasm32"))]
use crate::ui::site::static_render;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

/// The finding for the current issue, with its excerpt unless `quote` is
/// false (an embed's short card, whose excerpt is one step away:
/// [`FindingQuote`]).
#[component]
pub(super) fn Finding(
    country: &'static Country,
    #[prop(default = true)] quote: bool,
) -> impl IntoView {
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
                // Takes the focus when a finding of the overview's list is chosen.
                <h3 id=finding_heading_id(&country.code) tabindex="-1">{msgs.finding_heading} ": " {cat.name.clone()}</h3>
                <p class="finding-status"><Swatch swatch=status.swatch/> <strong>{status.label}</strong></p>
                {(!finding.summary.is_empty()).then(|| view! { <p>{finding.summary.clone()}</p> })}
                {not_covered.then(|| view! { <p class="finding-note">{msgs.not_covered_note}</p> })}
                {quote.then(|| view! { <FindingQuote country=country/> })}
            </section>
        })
    }
}

/// The excerpt that the current issue's finding rests on, with its source.
#[component]
pub(super) fn FindingQuote(country: &'static Country) -> impl IntoView {
    let state = use_app_state();
    move || {
        let finding = country.findings.get(&state.category.get())?;
        let (excerpt, source) = finding.excerpt.clone().zip(finding.source.clone())?;
        Some(view! { <Quote excerpt=excerpt source=source/> })
    }
}

/// The id of a country's finding heading (a page holds five panels).
fn finding_heading_id(code: &str) -> String {
    format!("finding-heading-{code}")
}

/// In the overview: the status on every issue, as a compact list.
#[component]
pub(super) fn AllFindings(country: &'static Country) -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    view! {
        <section class="panel-finding" data-testid="finding">
            <h3>{msgs.all_findings}</h3>
            <ul class="all-findings">
                {state.data().categories.iter().filter_map(|cat| {
                    let status = country_status(state.data(), msgs, &country.code, &cat.id)?;
                    let id = cat.id.clone();
                    let code = country.code.clone();
                    // The list is replaced by the finding: the focus goes to its heading.
                    let show = move |_| {
                        state.update_view(|v| v.category = id.clone());
                        focus_later(format!("#{}", finding_heading_id(&code)));
                    };
                    let content = view! {
                        <span class="visually-hidden">{msgs.show_on_map} ": "</span>
                        <Swatch swatch=status.swatch/>
                        <span class="finding-category">{cat.name.clone()}</span>
                        <span class="finding-label">{status.label}</span>
                    };
                    #[cfg(not(target_arch = "wasm32"))]
                    if let Some(href) = static_render().map(|page| page.issue_href(&cat.id, Some(&country.code))) {
                        return Some(view! {
                            <li><a class="finding-link" href=href data-app-button="">{content}</a></li>
                        }.into_any());
                    }
                    Some(view! {
                        <li><button type="button" class="finding-link" on:click=show>{content}</button></li>
                    }.into_any())
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
pub(super) fn Cases(code: &'static str) -> impl IntoView {
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
