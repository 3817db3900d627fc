//! Printable country dossiers: the map, the findings by issue, the cases with
//! their quotations and sources, the source's date and the credits. Hidden on
//! screen; the print stylesheet shows only this. Printing from the browser's
//! menu prints the open country's dossier, or all of them.
use super::method_note::{today, with_source_title, MethodParagraphs};
use super::site::page_url;
use super::state::use_app_state;
use crate::core::cite::{citation, quoted, Cited};
use crate::core::data::Country;
use crate::core::export::map_svg;
use crate::core::messages::fill;
use crate::core::pages::{Page, PageKind};
use crate::core::url_state::OVERVIEW;
use crate::core::view_model::source_citation;
use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrintScope {
    Country(String),
    All,
}

/// "Print dossier" for one country, or "Print all dossiers".
#[component]
pub fn PrintButton(scope: PrintScope) -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let label = match scope {
        PrintScope::All => msgs.print_all,
        PrintScope::Country(_) => msgs.print_dossier,
    };
    let print = move |_| {
        state.print.set(Some(scope.clone()));
        // Print once the dossier is in the page.
        request_animation_frame(|| {
            let _ = window().print();
        });
    };
    view! { <button type="button" class="print-button" data-testid="print-button" on:click=print>{label}</button> }
}

#[component]
pub fn Dossier() -> impl IntoView {
    let state = use_app_state();
    // The browser's own print command prints what is open, or everything.
    let before = window_event_listener(leptos::ev::beforeprint, move |_| {
        if state.print.get_untracked().is_none() {
            let scope = state
                .country
                .get_untracked()
                .map_or(PrintScope::All, PrintScope::Country);
            state.print.set(Some(scope));
        }
    });
    let after = window_event_listener(leptos::ev::afterprint, move |_| state.print.set(None));
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    move || {
        let scope = state.print.get()?;
        let data = state.data();
        let msgs = state.msgs();
        let countries: Vec<&'static Country> = match &scope {
            PrintScope::All => data.countries.iter().collect(),
            PrintScope::Country(code) => data.country(code).into_iter().collect(),
        };
        let source = data
            .sources
            .first()
            .and_then(|s| source_citation(data, msgs, &s.id));
        Some(view! {
            <section class="dossier" data-testid="dossier">
                <header class="dossier-header">
                    <p class="dossier-kicker">{msgs.dossier_heading} " · " {msgs.printed_from}</p>
                    {source.map(|cite| view! {
                        <p>{msgs.source_label} ": " <span lang="en">{cite.work}</span> ", " {cite.date}</p>
                        <p class="dossier-url">{cite.url}</p>
                    })}
                </header>
                // Our own SVG, built and escaped by core::export.
                <div class="dossier-map" inner_html=map_svg(state.geometry, data, msgs, OVERVIEW)></div>
                {countries.into_iter().map(|c| view! { <CountryDossier country=c/> }).collect_view()}
                <DossierMethod/>
                <footer class="dossier-credits">
                    <p>{with_source_title(msgs.credit_source.to_string())}</p>
                    <p>{msgs.credit_natural_earth} " · " {msgs.credit_borders}</p>
                    <p>{msgs.summaries_note}</p>
                </footer>
            </section>
        })
    }
}

/// The method note, in print: how to read the printed map, the data's
/// version and what changed.
#[component]
fn DossierMethod() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let method = msgs.method;
    let data = state.data();
    view! {
        <section class="dossier-method" data-testid="dossier-method">
            <h2>{method.heading}</h2>
            <MethodParagraphs/>
            <p>{fill(method.version, &[("version", &data.version)])} " "
                {data.changes.first().map(|c| format!("{}: {}", method.changes_heading, c.summary))}</p>
        </section>
    }
}

#[component]
fn CountryDossier(country: &'static Country) -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let data = state.data();
    let url = page_url(
        &Page::new(
            PageKind::Country(country.code.clone()),
            state.lang.get_untracked(),
        )
        .path(),
    );
    let cite = citation(
        data,
        msgs,
        Cited::Country(country),
        &url,
        today().as_deref(),
    );
    view! {
        <article class="dossier-country" data-dossier=country.code.as_str()>
            <h2>{country.name.clone()}</h2>
            <p>{msgs.capital} ": " {country.capital.clone()}
                {country.direction.as_ref().map(|d| format!(" · {}: {}", msgs.trend, d.label))}</p>
            <p>{country.summary.clone()}</p>
            <table class="dossier-findings">
                <thead><tr>
                    <th scope="col">{msgs.table_issue}</th><th scope="col">{msgs.table_status}</th>
                    <th scope="col">{msgs.table_summary}</th><th scope="col">{msgs.table_excerpt}</th>
                </tr></thead>
                <tbody>
                    {data.categories.iter().filter_map(|cat| {
                        let (finding, status) = data.finding(&country.code, &cat.id)?;
                        Some(view! {
                            <tr>
                                <th scope="row">{cat.name.clone()}</th>
                                <td>{status.label.clone()}</td>
                                <td>{finding.summary.clone()}</td>
                                <td lang="en">{finding.excerpt.as_deref().map(quoted)}</td>
                            </tr>
                        })
                    }).collect_view()}
                </tbody>
            </table>
            <p class="dossier-cite" data-testid="dossier-citation">{msgs.method.cite_heading} ": " {with_source_title(cite)}</p>
            <h3>{msgs.cases_heading}</h3>
            {data.cases_for(&country.code).into_iter().map(|case| {
                let cite = source_citation(data, msgs, &case.source).unwrap_or_default();
                view! {
                    <div class="dossier-case">
                        <h4>{case.title.clone()}</h4>
                        {(!case.people.is_empty()).then(|| view! { <p>{msgs.people} ": " {case.people.join(", ")}</p> })}
                        {(!case.dates.is_empty()).then(|| view! { <p>{msgs.dates} ": " {case.dates.join(", ")}</p> })}
                        <p>{case.summary.clone()} " " <strong>{case.outcome.clone()}</strong></p>
                        <blockquote lang="en">{quoted(&case.excerpt)}</blockquote>
                        <p class="dossier-cite">{msgs.quote_note} ". " {msgs.source_label} ": " <span lang="en">{cite.work}</span> ", " {cite.date} " " {cite.url}</p>
                    </div>
                }
            }).collect_view()}
        </article>
    }
}
