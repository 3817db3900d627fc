//! Downloads for teachers and researchers: the current map as SVG and PNG,
//! the findings and cases as CSV, and all the data as JSON with its licence
//! and attribution. The files are made on click from the pure exports of
//! `core::export`; the browser is touched only in the click handlers.
use super::site::page_url;
use super::state::{use_app_state, AppState};
use crate::core::export::{cases_csv, data_json, findings_csv, map_svg, view_box_size};
use crate::core::messages::{Lang, Messages};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, HtmlAnchorElement, HtmlCanvasElement,
    HtmlImageElement, Url,
};

/// Every file name starts with this.
const FILE_BASE: &str = "central-asia-rights-map";
/// The PNG is the SVG drawn at twice its size (2000 px wide).
const PNG_SCALE: f64 = 2.0;
/// How long an object URL lives after its link was clicked: the browser may
/// read it after `click()` returns (FileSaver.js waits as long).
const REVOKE_AFTER: Duration = Duration::from_secs(40);

/// One downloadable file.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    MapSvg,
    MapPng,
    Findings,
    Cases,
    Data,
}

impl Kind {
    /// The file's extension; upper-cased, it is also the format shown on the button.
    fn ext(self) -> &'static str {
        match self {
            Kind::MapSvg => "svg",
            Kind::MapPng => "png",
            Kind::Findings | Kind::Cases => "csv",
            Kind::Data => "json",
        }
    }

    /// A stable id for the button (`data-download`), also used by the tests.
    fn id(self) -> &'static str {
        match self {
            Kind::MapSvg => "map-svg",
            Kind::MapPng => "map-png",
            Kind::Findings => "findings",
            Kind::Cases => "cases",
            Kind::Data => "data",
        }
    }

    fn label(self, msgs: &Messages) -> &'static str {
        match self {
            Kind::MapSvg => msgs.download_map_svg,
            Kind::MapPng => msgs.download_map_png,
            Kind::Findings => msgs.download_findings,
            Kind::Cases => msgs.download_cases,
            Kind::Data => msgs.download_data,
        }
    }

    /// `central-asia-rights-map-press.svg`, `…-findings-ru.csv`: the map
    /// files are named after the category they show.
    fn file_name(self, category: &str, lang: Lang) -> String {
        let part = match self {
            Kind::MapSvg | Kind::MapPng => category,
            Kind::Findings => "findings",
            Kind::Cases => "cases",
            Kind::Data => "data",
        };
        let suffix = match lang {
            Lang::En => String::new(),
            other => format!("-{}", other.code()),
        };
        format!("{FILE_BASE}-{part}{suffix}.{}", self.ext())
    }
}

#[component]
pub fn Downloads() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    // Set when a file could not be made; cleared by the next download.
    let failed = RwSignal::new(false);
    // While the PNG is being drawn.
    let busy = RwSignal::new(false);
    let button = move |kind: Kind| {
        view! {
            <li>
                <button type="button" class="download-button" data-download=kind.id()
                    on:click=move |_| download(state, kind, failed, busy)>
                    <span class="download-label">{kind.label(msgs)}</span>
                    // A format name is the same in every language.
                    <span class="download-format" lang="en">{kind.ext().to_ascii_uppercase()}</span>
                </button>
            </li>
        }
    };
    view! {
        <section class="downloads" data-testid="downloads" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">{msgs.download_heading}</h2>
            <p>{msgs.download_intro}</p>
            <div class="download-groups">
                <div class="download-group" role="group" aria-labelledby="download-map-heading">
                    <h3 id="download-map-heading">{msgs.download_map_group}</h3>
                    <ul class="download-list">{[Kind::MapSvg, Kind::MapPng].map(button)}</ul>
                </div>
                <div class="download-group" role="group" aria-labelledby="download-data-heading">
                    <h3 id="download-data-heading">{msgs.download_data_group}</h3>
                    <ul class="download-list">{[Kind::Findings, Kind::Cases, Kind::Data].map(button)}</ul>
                </div>
            </div>
            <p class="download-note">{msgs.download_licence_note}</p>
            <p class="download-status" role="status">
                {move || failed.get().then_some(msgs.download_failed)}
            </p>
        </section>
    }
}

/// Makes the file for the current category and language and saves it.
fn download(state: AppState, kind: Kind, failed: RwSignal<bool>, busy: RwSignal<bool>) {
    failed.set(false);
    let lang = state.lang.get_untracked();
    let category = state.category.get_untracked();
    let data = state.data();
    let name = kind.file_name(&category, lang);
    let svg = || map_svg(state.geometry, data, state.msgs(), &category);
    let saved = match kind {
        Kind::MapSvg => save_text(&svg(), "image/svg+xml", &name),
        Kind::Findings => save_text(&findings_csv(data), "text/csv;charset=utf-8", &name),
        Kind::Cases => save_text(&cases_csv(data), "text/csv;charset=utf-8", &name),
        Kind::Data => {
            let json = data_json(data, state.msgs(), lang.code(), &page_url(""));
            save_text(&json, "application/json", &name)
        }
        Kind::MapPng => {
            // One picture at a time. The button stays enabled (disabling it
            // would drop the keyboard focus); a second click is ignored.
            if busy.get_untracked() {
                return;
            }
            let svg = svg();
            busy.set(true);
            spawn_local(async move {
                let saved = match png_blob(&svg).await {
                    Ok(blob) => save_blob(&blob, &name),
                    Err(e) => Err(e),
                };
                busy.set(false);
                report(saved, failed);
            });
            return;
        }
    };
    report(saved, failed);
}

fn report(saved: Result<(), JsValue>, failed: RwSignal<bool>) {
    if let Err(e) = saved {
        leptos::logging::warn!("download failed: {e:?}");
        failed.set(true);
    }
}

fn text_blob(text: &str, mime: &str) -> Result<Blob, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&parts, &options)
}

fn save_text(text: &str, mime: &str, name: &str) -> Result<(), JsValue> {
    save_blob(&text_blob(text, mime)?, name)
}

/// Saves a blob through a temporary `<a download>`, then revokes its URL.
fn save_blob(blob: &Blob, name: &str) -> Result<(), JsValue> {
    let url = Url::create_object_url_with_blob(blob)?;
    let link: HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    let body = document().body().ok_or("no body")?;
    body.append_child(&link)?;
    link.click();
    link.remove();
    set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        REVOKE_AFTER,
    );
    Ok(())
}

/// The SVG drawn on a canvas at [`PNG_SCALE`], as a PNG blob.
async fn png_blob(svg: &str) -> Result<Blob, JsValue> {
    let (w, h) = view_box_size(svg).ok_or("the SVG has no viewBox")?;
    let width = (w * PNG_SCALE).round() as u32;
    let height = (f64::from(width) * h / w).round() as u32;

    let url = Url::create_object_url_with_blob(&text_blob(svg, "image/svg+xml")?)?;
    let image = HtmlImageElement::new()?;
    image.set_src(&url);
    let decoded = JsFuture::from(image.decode()).await;
    let _ = Url::revoke_object_url(&url);
    decoded?;

    let canvas: HtmlCanvasElement = document().create_element("canvas")?.unchecked_into();
    canvas.set_width(width);
    canvas.set_height(height);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or("no 2d context")?
        .unchecked_into();
    context.draw_image_with_html_image_element_and_dw_and_dh(
        &image,
        0.0,
        0.0,
        f64::from(width),
        f64::from(height),
    )?;
    let made = js_sys::Promise::new(&mut |resolve, reject| {
        if let Err(e) = canvas.to_blob(&resolve) {
            let _ = reject.call1(&JsValue::NULL, &e);
        }
    });
    // `toBlob` gives null when it cannot encode the image.
    JsFuture::from(made)
        .await?
        .dyn_into::<Blob>()
        .map_err(|_| JsValue::from_str("the canvas gave no PNG"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_follow_the_category_and_the_language() {
        assert_eq!(
            Kind::MapSvg.file_name("press", Lang::En),
            "central-asia-rights-map-press.svg"
        );
        assert_eq!(
            Kind::MapPng.file_name("overview", Lang::Ru),
            "central-asia-rights-map-overview-ru.png"
        );
        assert_eq!(
            Kind::Findings.file_name("press", Lang::En),
            "central-asia-rights-map-findings.csv"
        );
        assert_eq!(
            Kind::Cases.file_name("press", Lang::Ru),
            "central-asia-rights-map-cases-ru.csv"
        );
        assert_eq!(
            Kind::Data.file_name("lgbt", Lang::En),
            "central-asia-rights-map-data.json"
        );
    }
}
