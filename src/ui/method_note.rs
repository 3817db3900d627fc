//! "How to read this map": what the source is and is not, what colours,
//! textures and "not covered" mean, whose words the texts are, the date of
//! the information, the data's version and change log, and how to cite the
//! map. Reached from the legend, the panel, the embed and the print dossier.
use super::site::{page_url, site_href};
use super::state::use_app_state;
use crate::core::cite::{citation, Cited};
use crate::core::messages::fill;
use crate::core::pages::{Page, PageKind};
use crate::core::view_model::format_date;
use leptos::prelude::*;

/// The note's id: links to it end in `#method`.
pub const METHOD_ID: &str = "method";

/// The day of reading, `YYYY-MM-DD`, in the browser; `None` in a page
/// rendered ahead of time, which cannot know when it will be read.
pub fn today() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let iso = String::from(js_sys::Date::new_0().to_iso_string());
        iso.get(..10).map(str::to_string)
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

#[component]
pub fn MethodNote() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let method = msgs.method;
    let data = state.data();
    let source_date = data
        .sources
        .first()
        .map(|s| format_date(msgs, &s.date))
        .unwrap_or_default();
    let map_url = page_url(&Page::new(PageKind::Map, state.lang.get_untracked()).path());
    view! {
        <section class="method" id=METHOD_ID data-testid="method" aria-labelledby="method-heading">
            <h2 id="method-heading">{method.heading}</h2>
            <MethodParagraphs/>
            <p>{fill(method.date, &[("date", &source_date)])} " "
                <span data-testid="data-version">{fill(method.version, &[("version", &data.version)])}</span></p>
            <h3>{method.changes_heading}</h3>
            <ul class="method-changes">
                {data.changes.iter().map(|change| view! {
                    <li><time datetime=change.date.clone()>{format_date(msgs, &change.date)}</time> ": " {change.summary.clone()}</li>
                }).collect_view()}
            </ul>
            <h3>{method.cite_heading}</h3>
            <p class="citation" data-testid="citation">{with_source_title(citation(data, msgs, Cited::Map, &map_url, today().as_deref()))}</p>
        </section>
    }
}

/// The note's paragraphs on the source, colours, order, overview, "not
/// covered" and whose words: on the page and in the print dossier.
#[component]
pub fn MethodParagraphs() -> impl IntoView {
    let method = use_app_state().msgs().method;
    [
        method.source,
        method.colours,
        method.order,
        method.overview,
        method.not_covered,
        method.words,
        method.translation,
    ]
    .map(|text| view! { <p>{with_source_title(text.to_string())}</p> })
    .collect_view()
}

/// "How to read this map": to the note on this page, or, from an embed, to
/// the full map's note in a new tab (the embed does not carry the note).
#[component]
pub fn MethodLink() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let embedded = state.view.with_untracked(|v| v.embed.on);
    let page = Page::new(PageKind::Map, state.lang.get_untracked());
    let href = if embedded {
        format!("{}#{METHOD_ID}", site_href(&page.path()))
    } else {
        format!("#{METHOD_ID}")
    };
    view! {
        <a class="method-link" data-testid="method-link" href=href
            target=embedded.then_some("_blank") rel=embedded.then_some("noopener")>{msgs.method.heading}</a>
    }
}

/// A ready citation of a country's or a case's page, folded away.
#[component]
pub fn Citation(cited: Cited<'static>) -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let lang = state.lang.get_untracked();
    let what = match cited {
        Cited::Map => "map",
        Cited::Country(_) => "country",
        Cited::Case(_) => "case",
    };
    let (kind, label) = match cited {
        Cited::Map => (PageKind::Map, msgs.method.cite_heading),
        Cited::Country(c) => (PageKind::Country(c.code.clone()), msgs.method.cite_country),
        Cited::Case(c) => (PageKind::Case(c.id.clone()), msgs.method.cite_case),
    };
    let url = page_url(&Page::new(kind, lang).path());
    let text = citation(state.data(), msgs, cited, &url, today().as_deref());
    view! {
        <details class="cite" data-testid="cite" data-cited=what>
            <summary>{label}</summary>
            <p class="citation">{with_source_title(text)}</p>
        </details>
    }
}

/// `text` with the source's (English) title marked `lang="en"`, so that a
/// screen reader reading Russian says it in English.
pub fn with_source_title(text: String) -> impl IntoView {
    let data = use_app_state().data();
    let title = data
        .sources
        .first()
        .map(|s| s.title.as_str())
        .unwrap_or_default();
    let parts: Vec<String> = if title.is_empty() {
        vec![text]
    } else {
        text.split(title).map(str::to_string).collect()
    };
    let last = parts.len().saturating_sub(1);
    parts
        .into_iter()
        .enumerate()
        .map(|(i, part)| view! { {part} {(i < last).then(|| view! { <span lang="en">{title}</span> })} })
        .collect_view()
}
