//! The panel of one country: summary, the finding for the current issue (or
//! every issue in the overview), then its cases.
use super::app_panels::AppPanels;
use super::findings::{AllFindings, Cases, Finding, FindingQuote};
use crate::core::cite::Cited;
use crate::core::data::Country;
use crate::core::url_state::OVERVIEW;
use crate::core::view_model::step_country;
use crate::ui::dom::{focus, focus_later};
use crate::ui::dossier::{PrintButton, PrintScope};
use crate::ui::method_note::{Citation, MethodLink};
use crate::ui::panel_scroll::focus_panel_later;
#[cfg(not(target_arch = "wasm32"))]
use crate::ui::site::{static_render, StaticRender};
use crate::ui::state::{use_app_state, AppState};
use leptos::prelude::*;

/// The id of a country's panel heading, which names the panel and takes the
/// focus when it opens: a page holds every country's panel.
pub fn panel_heading_id(code: &str) -> String {
    format!("country-panel-heading-{code}")
}

/// The selector of a country's panel heading, to focus it.
pub fn panel_heading(code: &str) -> String {
    format!("#{}", panel_heading_id(code))
}

#[component]
pub fn CountryPanel() -> impl IntoView {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(page) = static_render() {
        return view! { <StaticPanels page=page/> }.into_any();
    }
    let panels = view! { <AppPanels/> };
    #[cfg(not(target_arch = "wasm32"))]
    let panels = panels.into_any();
    panels
}

/// Rendered as a page: every country's panel for the page's issue, in the
/// place of the app's one panel. A panel shows when its country is chosen
/// (`#country-KZ` as `:target`; the page's script does the same without
/// scrolling), and the page's own country's panel is open from the start.
/// Native only: the wasm carries none of the page's own markup.
#[cfg(not(target_arch = "wasm32"))]
#[component]
fn StaticPanels(page: StaticRender) -> impl IntoView {
    let state = use_app_state();
    let data = state.data();
    view! {
        <div class="static-panels">
            // What × targets: no panel is chosen, and (fixed, empty) the page does not scroll.
            <span id="no-panel" class="no-panel"></span>
            {data.countries.iter().map(|c| {
                let code = c.code.as_str();
                let own = page.view.country.as_deref() == Some(code);
                let view = crate::core::url_state::ViewState {
                    country: Some(c.code.clone()),
                    case: page.view.case.clone().filter(|_| own),
                    ..page.view.clone()
                };
                // Each panel reads its own state, as the app's one panel does.
                let owner = Owner::current().unwrap_or_default().child();
                let body = owner.with(|| {
                    provide_context(state.for_view(view));
                    view! { <PanelBody country=c/> }
                });
                view! {
                    <section class="static-panel" id=format!("country-{code}") data-open=own.then_some("")>{body}</section>
                }
            }).collect_view()}
        </div>
    }
}

/// Closes the panel and puts the focus back on the country, where the panel
/// was opened from: its shape on the map or its entry in the list.
pub(super) fn close(state: AppState, code: &str) {
    state.close_country();
    let back_to = closed_country_focus(state, code, false);
    if state.opened_from_list.get_value() {
        // Once the list is back: the open panel hides it on a laptop.
        focus_later(back_to);
    } else {
        focus(&back_to);
    }
}

/// Where the focus goes back to when a country's panel closes: the
/// country's entry in the list it was opened from, else its shape on the
/// map; its row where the view that follows is the table (Back to it).
pub fn closed_country_focus(state: AppState, code: &str, table: bool) -> String {
    if table {
        format!("[data-row=\"{code}\"] .table-country")
    } else if state.opened_from_list.get_value() {
        format!("[data-country-button=\"{code}\"]")
    } else {
        format!("[data-country=\"{code}\"]")
    }
}

/// One country's panel. `shown` is whether the app shows it among the ones it
/// keeps; only the shown one is the page's `country-panel` (rendered as a
/// page, where CSS chooses, every one is).
#[component]
pub(super) fn PanelBody(
    country: &'static Country,
    #[prop(optional)] shown: Option<Memo<bool>>,
) -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let code: &'static str = &country.code;
    let go = move |step: isize| {
        if let Some(next) = step_country(state.data(), code, step) {
            state.open_country(next);
            focus_panel_later(next);
        }
    };
    let close_button = move || {
        view! {
            <button type="button" class="panel-close" title=msgs.close
                on:click=move |_| close(state, code)><span aria-hidden="true">"×"</span></button>
        }
    };
    #[cfg(target_arch = "wasm32")]
    let close_control = close_button();
    // Rendered as a page: a close link that works without JavaScript (to the
    // map, so no panel is chosen).
    #[cfg(not(target_arch = "wasm32"))]
    let close_control = match static_render() {
        Some(page) => {
            let closed = crate::core::url_state::ViewState {
                country: None,
                case: None,
                ..page.view.clone()
            };
            view! {
                <a class="panel-close" href="#no-panel" role="button" title=msgs.close
                    data-app-href=page.address_for(&closed)><span aria-hidden="true">"×"</span></a>
            }
            .into_any()
        }
        None => close_button().into_any(),
    };
    let (heading_id, labelled_by) = (panel_heading_id(code), panel_heading_id(code));
    let header = view! {
        <div class="panel-header">
            <h2 id=heading_id tabindex="-1">{country.name.clone()}</h2>
            {close_control}
        </div>
    };
    #[cfg(target_arch = "wasm32")]
    let step_controls = step_buttons(go);
    // Rendered as a page: links to the neighbours' panels, which are in the
    // page, so that they work before the app and without it (the page's
    // script opens them as it does the list's links). Links, and said so:
    // Enter follows them, as a reader told "link" expects (Space does not).
    #[cfg(not(target_arch = "wasm32"))]
    let step_controls = match static_render() {
        Some(_) => {
            let href = move |step| {
                step_country(state.data(), code, step)
                    .map(|next| format!("#country-{next}"))
                    .unwrap_or_default()
            };
            view! {
                <a class="panel-prev" href=href(-1)><span aria-hidden="true">"← "</span>{msgs.previous_country}</a>
                <a class="panel-next" href=href(1)>{msgs.next_country}<span aria-hidden="true">" →"</span></a>
            }
            .into_any()
        }
        None => step_buttons(go).into_any(),
    };
    let steps = view! {
        <nav class="panel-steps" aria-label=msgs.country_steps_label>{step_controls}</nav>
        <p class="panel-capital">{msgs.capital} ": " {country.capital.clone()}</p>
        {country.direction.as_ref().map(|d| view! {
            <p class="panel-trend"><strong>{msgs.trend} ": "</strong> {d.label.clone()}</p>
        })}
    };
    let summary = move || view! { <p class="panel-summary">{country.summary.clone()}</p> };
    let overview = move || state.category.get() == OVERVIEW;
    let sources = view! {
        <Cases code=code/>
        <p class="panel-note">{msgs.summaries_note} " " <MethodLink/></p>
        <Citation cited=Cited::Country(country)/>
        <p class="panel-print"><PrintButton scope=PrintScope::Country(code.to_string())/></p>
    };
    let testid = move || shown.is_none_or(|s| s.get()).then_some("country-panel");
    // In an embed, a short card under or beside the map: the name, the
    // finding (or, in the overview, the summary), and the rest on request.
    if state.view.with_untracked(|v| v.embed.on) {
        let case_open = state.view.with_untracked(|v| v.case.is_some());
        return view! {
            <aside class="country-panel panel-brief" data-testid=testid data-panel-country=code aria-labelledby=labelled_by>
                {header}
                {move || if overview() { summary().into_any() } else { view! { <Finding country=country quote=false/> }.into_any() }}
                <details class="panel-more" open=case_open>
                    <summary data-testid="panel-more">{msgs.more_in_panel}</summary>
                    {steps}
                    {move || if overview() { view! { <AllFindings country=country/> }.into_any() } else { view! { {summary()} <FindingQuote country=country/> }.into_any() }}
                    {sources}
                </details>
            </aside>
        }
        .into_any();
    }
    view! {
        <aside class="country-panel" data-testid=testid data-panel-country=code aria-labelledby=labelled_by>
            {header}
            {steps}
            {summary()}
            {move || if overview() {
                view! { <AllFindings country=country/> }.into_any()
            } else {
                view! { <Finding country=country/> }.into_any()
            }}
            {sources}
        </aside>
    }
    .into_any()
}

/// The app's Previous and Next buttons.
fn step_buttons(go: impl Fn(isize) + Copy + Send + Sync + 'static) -> impl IntoView {
    let msgs = use_app_state().msgs();
    view! {
        <button type="button" class="panel-prev" on:click=move |_| go(-1)><span aria-hidden="true">"← "</span>{msgs.previous_country}</button>
        <button type="button" class="panel-next" on:click=move |_| go(1)>{msgs.next_country}<span aria-hidden="true">" →"</span></button>
    }
}
