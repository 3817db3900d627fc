//! Lays the map's labels out with the boxes the browser draws: one pass of
//! reads (each label's size, the map's, the zoom buttons' and the credit's),
//! the core's placement (`core::geo::map_labels::layout`), then one pass of
//! writes (each label's `data-place` that changed; written here rather than
//! through a signal per label, which would cost the app kilobytes). Real
//! boxes keep it right with any font, zoom of the text, or text-spacing
//! override (WCAG 1.4.12).
//!
//! It runs when a ResizeObserver sees the map or a label change size: at
//! the start (before the first frame shows the labels), when the window
//! changes, when another issue brings other status lines, when a font or a
//! text-spacing override applies; at the next frame when the zoom or the
//! view moves, and when the issue changes (it decides which status lines
//! come first: `map_text::rank_statuses`), however often asked in a frame.
//! Never on hover, and not when only the open country changes: the click
//! that opens a panel pays nothing for it. A new language builds the labels
//! anew.
use crate::core::data::RightsData;
use crate::core::geo::map_labels::{layout_keeping, place_attr, place_from_attr, MapLabel};
use crate::core::geo::placement::{Kind, Place, Rect};
use crate::core::geo::MapGeometry;
use crate::core::map_text::{rank_statuses, DOT_RADIUS, PAGE_GAP, PAGE_PADDING};
use crate::core::zoom::Zoom;
use crate::ui::state::use_app_state;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

/// The labels' elements, which come in the order of `map_text::map_labels`.
const LABELS: &str = ".country-label-name,.country-label-status,.context-label,.capital-label";
/// The map's other overlays, which labels keep clear of.
const OVERLAYS: &str = ".map-controls,.map-credit";

/// What the fitting keeps between runs, in one place (each kind of stored
/// value costs the app its own code).
struct Fit {
    specs: Vec<MapLabel>,
    /// The places set last, so that only changes are written.
    shown: Vec<Option<Place>>,
    /// A run is asked for the next frame.
    pending: bool,
    observer: Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>,
}

/// Keeps the labels under `root` laid out (`specs`: the labels in drawing
/// order, anchored in map units).
pub fn fit_labels(root: NodeRef<Div>, specs: Vec<MapLabel>) {
    let state = use_app_state();
    let fit = StoredValue::new_local(Fit {
        specs,
        shown: Vec::new(),
        pending: false,
        observer: None,
    });
    // Measures, lays out and moves the labels, now.
    let run = move || {
        let (Some(el), Some(zoom)) = (
            root.try_get_untracked().flatten(),
            state.zoom.try_get_untracked(),
        ) else {
            return;
        };
        let Ok(list) = el.query_selector_all(LABELS) else {
            return;
        };
        fit.try_update_value(|fit| {
            fit.pending = false;
            // At the start, the places the page was written with: kept if
            // they still hold for the boxes drawn, so nothing moves.
            let previous = if fit.shown.is_empty() {
                written(&list, &fit.specs)
            } else {
                Vec::new()
            };
            let category = state.category.get_untracked();
            let ranked = (state.data(), category.as_str());
            let next = measure(
                &el,
                &list,
                &fit.specs,
                zoom,
                state.geometry,
                ranked,
                &previous,
            );
            for (i, &place) in next.iter().enumerate() {
                if fit.shown.get(i) == Some(&place) {
                    continue;
                }
                if let Some(target) = place_holder(&list, &fit.specs, i) {
                    let _ = target.set_attribute("data-place", place_attr(place));
                }
            }
            fit.shown = next;
        });
    };
    Effect::new(move |first: Option<()>| {
        state.zoom.track();
        // Another issue ranks the status lines anew, even where their
        // sizes stay.
        state.category.track();
        if first.is_some() {
            // At the next frame, after this frame's changes are in the page;
            // once however often asked.
            let ask = fit.try_update_value(|f| !std::mem::replace(&mut f.pending, true));
            if ask == Some(true) {
                request_animation_frame(run);
            }
            return;
        }
        // Any change of the map's size or of a label's: the window, another
        // issue's status lines, a font or a text-spacing override. It reports
        // once at the start too, after layout and before the first frame.
        let Some(el) = root.try_get_untracked().flatten() else {
            return;
        };
        let on_resize = Closure::<dyn FnMut()>::new(run);
        let Ok(o) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
            return;
        };
        o.observe(&el);
        if let Ok(list) = el.query_selector_all(LABELS) {
            for label in (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()) {
                o.observe(&label);
            }
        }
        fit.update_value(|f| f.observer = Some((o, on_resize)));
    });
    on_cleanup(move || {
        fit.try_update_value(|f| f.observer.take().map(|(o, _)| o.disconnect()));
    });
}

/// The element that carries label `i`'s `data-place`: a name's place moves
/// its whole label, status line and all.
fn place_holder(
    list: &web_sys::NodeList,
    specs: &[MapLabel],
    i: usize,
) -> Option<web_sys::Element> {
    let label = list.item(i as u32)?.dyn_into::<web_sys::Element>().ok()?;
    match specs.get(i)?.kind {
        Kind::Name => label.parent_element(),
        _ => Some(label),
    }
}

/// The places written in the page (by the site renderer), if every label
/// has one.
fn written(list: &web_sys::NodeList, specs: &[MapLabel]) -> Vec<Option<Place>> {
    (0..specs.len())
        .map(|i| place_from_attr(&place_holder(list, specs, i)?.get_attribute("data-place")?))
        .collect::<Option<Vec<_>>>()
        .unwrap_or_default()
}

fn rect_of(node: Option<web_sys::Node>) -> Option<web_sys::DomRect> {
    node.and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        .map(|e| e.get_bounding_client_rect())
}

/// The layout of the labels in `list` (under `root`) as they are drawn
/// now; none if the page does not hold them as expected.
fn measure(
    root: &web_sys::Element,
    list: &web_sys::NodeList,
    specs: &[MapLabel],
    zoom: Zoom,
    geo: &MapGeometry,
    (data, category): (&RightsData, &str),
    previous: &[Option<Place>],
) -> Vec<Option<Place>> {
    let frame = root.get_bounding_client_rect();
    let (w, h) = (frame.width(), frame.height());
    if list.length() as usize != specs.len() || w <= 0.0 {
        return Vec::new();
    }
    // Map units to pixels in the visible box, as the labels' percentages.
    let (vx, vy, vw, vh) = zoom.view_box(geo.width, geo.height);
    let mut labels: Vec<MapLabel> = (0..list.length())
        .zip(specs)
        .map(|(i, s)| MapLabel {
            at: ((s.at.0 - vx) / vw * w, (s.at.1 - vy) / vh * h),
            // Empty where the stylesheet hides it (display: none).
            size: rect_of(list.item(i)).map_or((0.0, 0.0), |r| (r.width(), r.height())),
            ..*s
        })
        .collect();
    rank_statuses(&mut labels, geo, data, category);
    // The capitals' dots grow with the zoom: only their middle counts, so
    // that a capital's name beside its dot still fits.
    let r = (DOT_RADIUS * w / vw).min(PAGE_GAP);
    let mut obstacles: Vec<Rect> = labels
        .iter()
        .filter(|l| l.kind == Kind::Capital)
        .map(|l| Rect::new(l.at.0 - r, l.at.1 - r, 2.0 * r, 2.0 * r))
        .collect();
    if let Some(Ok(list)) = root
        .parent_element()
        .map(|p| p.query_selector_all(OVERLAYS))
    {
        for b in (0..list.length()).filter_map(|i| rect_of(list.item(i))) {
            if b.width() > 0.0 {
                let (x, y) = (b.left() - frame.left(), b.top() - frame.top());
                obstacles.push(Rect::new(x, y, b.width(), b.height()));
            }
        }
    }
    let map = Rect::new(0.0, 0.0, w, h);
    layout_keeping(&labels, &obstacles, map, (PAGE_GAP, PAGE_PADDING), previous)
}
