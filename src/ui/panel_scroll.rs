//! The rendered page's panel scroll, carried into the app when it takes the
//! page over: how far the reader had scrolled the shown panel, or, on a
//! case's page, the case brought into view (assets/styles.css and
//! index.html do the same before the app).
use super::dom::all;

/// The shown panel's country and how far it is scrolled (the reader's doing,
/// or a case's page's), on the rendered page: the app's panel is a new
/// element, which would open at its top.
pub fn panel_scroll(from: &web_sys::Element) -> Option<(String, i32)> {
    let panel = all(from, r#"[data-testid="country-panel"][data-panel-country]"#)
        .into_iter()
        .find(|el| el.get_bounding_client_rect().width() > 0.0)?;
    Some((
        panel.get_attribute("data-panel-country")?,
        panel.scroll_top(),
    ))
}

/// Scrolls the app's panel of that country as far as the rendered page's was;
/// else (no panel was shown: an address the app answers itself), when the
/// view opens on a case, brings the case into view below the panel's heading,
/// or, where the panel is in the page (a phone on its side), the page to the
/// case, as the rendered page does (assets/styles.css, index.html).
pub fn keep_panel_scroll(to: &web_sys::Element, scrolled: Option<(String, i32)>) {
    if let Some((code, top)) = scrolled {
        let selector = format!(r#"[data-testid="country-panel"][data-panel-country="{code}"]"#);
        if let Some(panel) = to.query_selector(&selector).ok().flatten() {
            panel.set_scroll_top(top);
        }
        return;
    }
    const OPEN_CASE: &str = r#"[data-testid="country-panel"] .case-toggle[aria-expanded="true"]"#;
    let toggle = to.query_selector(OPEN_CASE).ok().flatten();
    let card = toggle.and_then(|t| t.closest(".case-card").ok().flatten());
    let panel = card
        .as_ref()
        .and_then(|c| c.closest(".country-panel").ok().flatten());
    let (Some(card), Some(panel)) = (card, panel) else {
        return;
    };
    if in_page(&panel) {
        let window = leptos::prelude::window();
        let y = window.scroll_y().unwrap_or(0.0);
        if y == 0.0 {
            let top = card.get_bounding_client_rect().top() + y - CASE_GAP;
            window.scroll_to_with_x_and_y(0.0, top.round());
        }
    } else if panel.scroll_top() == 0 {
        // Just below the heading, which stays at the panel's top (sticky).
        // Measured, not read from the stylesheet's scroll-padding: parsing
        // a CSS length brought float parsing into the wasm (16 KB gzip).
        let header = panel.query_selector(".panel-header").ok().flatten();
        let below = header.map_or(panel.get_bounding_client_rect().top(), |h| {
            h.get_bounding_client_rect().bottom()
        });
        let offset = card.get_bounding_client_rect().top() - below - CASE_GAP;
        panel.set_scroll_top(offset.round() as i32);
    }
}

/// Room between a panel's sticky heading and the case brought up under it, px.
const CASE_GAP: f64 = 8.0;

/// Whether the panel is in the page rather than a box that scrolls (short
/// and narrow: assets/styles.css), read from its computed `overflow-y`.
fn in_page(panel: &web_sys::Element) -> bool {
    leptos::prelude::window()
        .get_computed_style(panel)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value("overflow-y").ok())
        .is_some_and(|v| v == "visible")
}
