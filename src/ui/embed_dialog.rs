//! The "Embed" action of the full map: the ready-to-paste iframe for the
//! current view, the optional resizing snippet, and copy buttons.
use super::dom::focus_later;
use super::state::use_app_state;
use crate::core::embed::{host_snippet, iframe_code, EmbedStyle, Theme};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The page's origin (for the snippet), and the site's public root (the
/// embed's address starts there), read when the dialog renders.
fn location_base() -> (String, String) {
    let origin = window().location().origin().unwrap_or_default();
    (origin, super::site::page_url(""))
}

#[component]
pub fn EmbedButton(open: RwSignal<bool>) -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    view! {
        // Esc on the button that opened the box closes the box, as inside
        // it: the page's Esc went on to close the country's panel behind it,
        // and the code in the box then embedded another view.
        <button type="button" class="embed-button" aria-expanded=move || open.get().to_string()
            aria-controls="embed-dialog" on:click=move |_| open.update(|o| *o = !*o)
            on:keydown=move |ev| if ev.key() == "Escape" && open.get_untracked() {
                ev.prevent_default();
                open.set(false);
            }>
            {msgs.embed_button}
        </button>
    }
}

#[component]
fn CopyField(
    label: &'static str,
    id: &'static str,
    text: Signal<String>,
    /// What the code does, under its label and read with the field.
    #[prop(optional)]
    note: Option<&'static str>,
) -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let status = RwSignal::new("");
    let copy = move |_| {
        let value = text.get_untracked();
        spawn_local(async move {
            let promise = window().navigator().clipboard().write_text(&value);
            let done = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            status.set(if done { msgs.copied } else { msgs.copy_failed });
        });
    };
    view! {
        <div class="copy-field">
            <label for=id>{label}</label>
            {note.map(|note| view! { <p class="embed-note" id=format!("{id}-note")>{note}</p> })}
            <textarea id=id data-testid=id readonly rows="3" prop:value=move || text.get()
                aria-describedby=note.map(|_| format!("{id}-note"))></textarea>
            <div class="copy-row">
                // Two of these in the dialog: each says what it copies.
                <button type="button" aria-label=format!("{}: {label}", msgs.copy) on:click=copy>{msgs.copy}</button>
                <span class="copy-status" role="status">{move || status.get()}</span>
            </div>
        </div>
    }
}

/// Closes the dialog; the focus goes back to the button that opened it.
fn close(open: RwSignal<bool>) {
    open.set(false);
    focus_later(".embed-button");
}

#[component]
pub fn EmbedDialog(open: RwSignal<bool>) -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    // The look the campaigner picks for their page; it starts as this page's.
    let look = RwSignal::new(state.view.with_untracked(|v| v.embed.style));
    view! {
        <Show when=move || open.get()>
            {move || {
                let (origin, root) = location_base();
                let iframe = Signal::derive(move || state.view.with(|v| {
                    let mut embedded = v.clone();
                    embedded.embed.style = look.get();
                    iframe_code(&root, &embedded, msgs.title, state.data())
                }));
                let snippet = Signal::derive(move || host_snippet(&origin));
                view! {
                    <section id="embed-dialog" class="embed-dialog" data-testid="embed-dialog" aria-labelledby="embed-heading"
                        on:keydown=move |ev| if ev.key() == "Escape" { ev.prevent_default(); close(open) }>
                        <h2 id="embed-heading">{msgs.embed_heading}</h2>
                        <p>{msgs.embed_intro}</p>
                        <EmbedLook look=look/>
                        <CopyField label=msgs.embed_iframe_label id="embed-iframe-code" text=iframe/>
                        <CopyField label=msgs.embed_snippet_label id="embed-snippet-code" text=snippet note=msgs.embed_snippet_note/>
                        <button type="button" on:click=move |_| close(open)>{msgs.close}</button>
                    </section>
                }
            }}
        </Show>
    }
}

/// The embed's look: colours (light, dark, as the reader's device is set),
/// no background, and whether the legend shows.
#[component]
fn EmbedLook(look: RwSignal<EmbedStyle>) -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let theme_name = move |theme: Theme| match theme {
        Theme::Light => msgs.embed_theme_light,
        Theme::Dark => msgs.embed_theme_dark,
        Theme::Auto => msgs.embed_theme_auto,
    };
    view! {
        <fieldset class="embed-look">
            <legend>{msgs.embed_look_legend}</legend>
            <label for="embed-theme">{msgs.embed_theme_label}</label>
            <select id="embed-theme" data-testid="embed-theme"
                on:change=move |ev| if let Some(theme) = Theme::parse(&event_target_value(&ev)) {
                    look.update(|l| l.theme = theme)
                }>
                {Theme::ALL.into_iter().map(|theme| view! {
                    <option value=theme.value() selected=move || look.get().theme == theme>{theme_name(theme)}</option>
                }).collect_view()}
            </select>
            <label class="embed-check">
                <input type="checkbox" data-testid="embed-transparent" prop:checked=move || look.get().transparent
                    on:change=move |ev| look.update(|l| l.transparent = event_target_checked(&ev))/>
                {msgs.embed_transparent_label}
            </label>
            <label class="embed-check">
                <input type="checkbox" data-testid="embed-legend" prop:checked=move || !look.get().legend_hidden
                    on:change=move |ev| look.update(|l| l.legend_hidden = !event_target_checked(&ev))/>
                {msgs.embed_legend_label}
            </label>
        </fieldset>
    }
}
