//! The root component: loads the data and the geometry once, provides the
//! state as context, and lays out the page.
use super::about::About;
use super::category_switch::{CategorySwitch, ViewSwitch};
use super::dom;
use super::dossier::{Dossier, PrintButton, PrintScope};
use super::downloads::Downloads;
use super::embed::{report_height, EmbedPage};
use super::embed_dialog::{EmbedButton, EmbedDialog};
use super::lang::{sync_document_lang, LangSwitch};
use super::map::{map_aspect, MapSection, PatternDefs};
use super::method_note::{with_source_title, MethodNote};
use super::notice::Notices;
use super::offline::mark_offline;
use super::panel::CountryPanel;
use super::presentation::{start_presentation, Presentation};
use super::site::{site_href, static_render};
use super::skip_link::{SkipLink, MAIN_ID};
use super::state::{use_app_state, AppState};
use super::table_view::TableView;
use super::url_sync::{initial_view, sync_url};
use crate::core::data::RightsData;
use crate::core::geo::MapGeometry;
use crate::core::messages::{Lang, EN};
use crate::core::pages::Page;
use crate::core::shipped::shipped_data;
use leptos::prelude::*;

type Loaded = (&'static RightsData, &'static MapGeometry);

/// Data and geometry live as long as the page: leaking them once gives every
/// component a plain `&'static` reference instead of reference counting.
fn load() -> Result<Loaded, String> {
    // Checked and baked by build.rs (core::data::bake), not parsed here.
    let en = shipped_data()?;
    // Baked ahead of time (core::geo::baked), its paths read from the page
    // or fetched before mounting (ui::geometry).
    let geometry = super::geometry::geometry()?;
    let en: &'static RightsData = Box::leak(Box::new(en));
    Ok((en, geometry))
}

#[component]
pub fn App() -> impl IntoView {
    match load() {
        Ok((data, geometry)) => {
            // Rendered by the site renderer: its page's view, and nothing of
            // the browser's (address bar, title, service worker, host page).
            let rendered = static_render();
            let (view, notices) = match &rendered {
                Some(page) => (page.view.clone(), Vec::new()),
                None => initial_view(data),
            };
            let state = AppState::new(data, geometry, view, notices);
            provide_context(state);
            // A panel the page opened from its list before the app: Esc and
            // × give the focus back to the list entry, not the map's shape.
            // (The rendered root, which `mount_over` replaces only after this.)
            #[cfg(target_arch = "wasm32")]
            state.opened_from_list.set_value(
                document()
                    .get_element_by_id(super::ROOT_ID)
                    .is_some_and(|root| root.has_attribute(super::site::FROM_LIST_ATTR)),
            );
            let embedded = state.view.with_untracked(|v| v.embed.on);
            if rendered.is_none() {
                sync_url(state);
                sync_document_lang();
                // Only the full map works offline (the loader registers the worker).
                mark_offline(&state.view.get_untracked());
                // An embed tells its host its height.
                if embedded {
                    // Heights describe only the view the host chose.
                    let preset = state.view.get_untracked();
                    report_height(move || state.view.with_untracked(|v| *v == preset));
                }
            }
            // A new language rebuilds the page: rare, and every text changes.
            // Reading the value, not just tracking: a Memo that is tracked but
            // not yet computed notifies once it is first computed elsewhere,
            // which rebuilt the whole page right after start.
            let page = move || {
                let _ = state.lang.get();
                untrack(|| {
                    if embedded {
                        view! { <EmbedPage/> }.into_any()
                    } else {
                        view! { <Page/> }.into_any()
                    }
                })
            };
            view! {
                // Pattern tiles for every swatch of every view: map, table, embed.
                <svg class="pattern-defs" width="0" height="0" aria-hidden="true" focusable="false"><PatternDefs/></svg>
                {page}
            }
            .into_any()
        }
        Err(detail) => view! {
            <main class="load-error" role="alert">
                <h1>{EN.title}</h1>
                <p>{EN.load_error}</p>
                <pre>{detail}</pre>
            </main>
        }
        .into_any(),
    }
}

/// The full map, or the presentation that replaces it.
#[component]
fn Page() -> impl IntoView {
    let state = use_app_state();
    let presenting = Memo::new(move |_| state.view.with(|v| v.present.is_some()));
    view! {
        {move || if presenting.get() { view! { <Presentation/> }.into_any() } else { view! { <MapPage/> }.into_any() }}
        <Dossier/>
    }
}

#[component]
fn MapPage() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let has_panel = move || state.country.get().is_some() && !state.table.get();
    let embed_open = RwSignal::new(false);
    let more = RwSignal::new(false);
    let current = state.lang.get_untracked();
    view! {
        <SkipLink/>
        <header class="masthead">
            <h1>{msgs.title}</h1>
            <p class="subtitle">{msgs.subtitle}</p>
        </header>
        // Shown over the top of the screen (the masthead, and the toolbar on a
        // phone, at the page's top): first in the page's order after the skip
        // link (drawn over it), so that its Dismiss button comes before the
        // controls it covers.
        <Notices/>
        // Only where scripts do not run (the prerendered page without
        // JavaScript): what the page is then, and the other language's page.
        <noscript>
            <p class="noscript">{msgs.noscript_note} " "
                {Lang::ALL.into_iter().filter(|&l| l != current).map(|l| {
                    let page = state.view.with_untracked(|v| Page::of_view(v).in_lang(l));
                    view! { <a href=site_href(&page.path()) lang=l.code() hreflang=l.code()>{l.native_name()}</a> " " }
                }).collect_view()}
            </p>
        </noscript>
        // Only on the prerendered page, when a control is used before the app
        // is ready, or if it cannot load: scripts/app-loader.js writes one of
        // these messages into it.
        <p class="app-loading" role="status" data-message=msgs.app_loading data-failed=msgs.app_failed></p>
        // A landmark, so that screen-reader users can jump to the controls.
        <section class="toolbar" aria-label=msgs.controls_label>
            <CategorySwitch/>
            <ViewSwitch/>
            <LangSwitch/>
            <EmbedButton open=embed_open/>
            // On a narrow screen (a phone, or a laptop zoomed to 200 %)
            // behind one button rather than hidden: every tool stays reachable.
            <button type="button" class="more-button" aria-controls="more-tools"
                aria-expanded=move || more.get().to_string()
                on:click=move |_| {
                    more.update(|open| *open = !*open);
                    // Opened under a phone's panel, the tools would be behind it.
                    if more.get_untracked() {
                        dom::reveal_before_frame("more-tools");
                    }
                }>{msgs.more_tools}</button>
            <div id="more-tools" class="more-tools" class:open=move || more.get()>
                <button type="button" class="present-button" data-testid="present"
                    on:click=move |_| start_presentation(state)>{msgs.present_button}</button>
                <PrintButton scope=PrintScope::All/>
            </div>
        </section>
        <EmbedDialog open=embed_open/>
        <main id=MAIN_ID class="layout" class:has-panel=has_panel tabindex="-1"
            style=("--map-aspect", map_aspect(state.geometry))>
            <Show when=move || !state.table.get() fallback=|| view! { <TableView/> }>
                <MapSection/>
                <CountryPanel/>
            </Show>
        </main>
        <MethodNote/>
        <About/>
        <Downloads/>
        <footer class="credits">
            <p>
                {with_source_title(msgs.credit_source.to_string())} " · "
                <a href=move || state.data().sources.first().map(|s| s.url.clone()).unwrap_or_default()
                    rel="noopener noreferrer" target="_blank">{msgs.read_source}</a>
            </p>
            <p>{msgs.credit_natural_earth} " · " {msgs.credit_borders}</p>
            <p>{msgs.summaries_note}</p>
        </footer>
    }
}
