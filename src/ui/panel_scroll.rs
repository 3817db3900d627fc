//! Where a panel leaves the page's scroll: the rendered page's panel
//! scroll, carried into the app when it takes the page over (how far the
//! reader had scrolled the shown panel, or, on a case's page, the case
//! brought into view), and, on a phone held upright, the map brought above
//! the panel's sheet. assets/styles.css and index.html do the same before
//! the app. And a kept panel hidden and shown again starts at its top
//! ([`leave_panel`]): hidden panels keep their scroll. Back and Forward
//! take the focus with the panel they show or hide, and come back to a
//! case's view with the case in sight, as its page opens ([`show_history_view`]).
use super::dom::{after_frame, all, focus, focus_in_place, focus_without_ring};
use super::panel::{closed_country_focus, panel_heading};
use super::state::AppState;
use crate::core::url_state::ViewState;
use leptos::prelude::{document, request_animation_frame, set_timeout, window, WithUntracked};

/// The shown panel's country and how far it is scrolled (the reader's doing,
/// or a case's page's), on the rendered page: the app's panel is a new
/// element, which would open at its top.
pub fn panel_scroll(from: &web_sys::Element) -> Option<(String, i32)> {
    let panel = shown_panel(from)?;
    Some((
        panel.get_attribute("data-panel-country")?,
        panel.scroll_top(),
    ))
}

/// Scrolls the app's panel of that country as far as the rendered page's was
/// (the page keeps its own scroll). Else (no panel was shown: an address the
/// app answers itself), as the rendered page does (assets/styles.css,
/// index.html): at the page's top, brings the map above the panel's sheet
/// where it is one; when the view opens on a case, brings the case into view
/// below the panel's heading, or, where the panel is in the page (a phone on
/// its side), the page to the case, or else, for a reader who has not used
/// the page (`untouched`: nothing focused, no text clicked), to a panel in
/// the page out of sight below the map (a query link, `?country=TJ`, on a
/// phone on its side: as index.html does for a country's own page).
pub fn keep_panel_scroll(to: &web_sys::Element, scrolled: Option<(String, i32)>, untouched: bool) {
    if let Some((code, top)) = scrolled {
        let selector = format!(r#"[data-testid="country-panel"][data-panel-country="{code}"]"#);
        if let Some(panel) = to.query_selector(&selector).ok().flatten() {
            panel.set_scroll_top(top);
        }
        return;
    }
    if let Some(panel) = shown_panel(to).filter(|_| window().scroll_y().unwrap_or(0.0) == 0.0) {
        map_above_sheet(&panel);
    }
    if !bring_up_open_case(to, true) && untouched {
        bring_up_panel_in_page(to);
    }
}

/// Brings the expanded case under `root` into view: below the heading of
/// the panel that scrolls (the heading stays at its top), or, where the
/// panel is in the page, the page to the case. `unscrolled_only`: not if the
/// reader has scrolled that panel or page already. Whether there was a case.
fn bring_up_open_case(root: &web_sys::Element, unscrolled_only: bool) -> bool {
    const OPEN_CASE: &str = r#"[data-testid="country-panel"] .case-toggle[aria-expanded="true"]"#;
    let toggle = root.query_selector(OPEN_CASE).ok().flatten();
    let card = toggle.and_then(|t| t.closest(".case-card").ok().flatten());
    let panel = card
        .as_ref()
        .and_then(|c| c.closest(".country-panel").ok().flatten());
    let (Some(card), Some(panel)) = (card, panel) else {
        return false;
    };
    if in_page(&panel) {
        let y = window().scroll_y().unwrap_or(0.0);
        if y == 0.0 || !unscrolled_only {
            let top = card.get_bounding_client_rect().top() + y - CASE_GAP;
            window().scroll_to_with_x_and_y(0.0, top.round());
        }
    } else if panel.scroll_top() == 0 || !unscrolled_only {
        // Just below the heading, which stays at the panel's top (sticky).
        // Measured, not read from the stylesheet's scroll-padding: parsing
        // a CSS length brought float parsing into the wasm (16 KB gzip).
        let header = panel.query_selector(".panel-header").ok().flatten();
        let below = header.map_or(panel.get_bounding_client_rect().top(), |h| {
            h.get_bounding_client_rect().bottom()
        });
        let offset = card.get_bounding_client_rect().top() - below - CASE_GAP;
        panel.set_scroll_top(panel.scroll_top() + offset.round() as i32);
    }
    true
}

/// Scrolls the page to the shown panel where it is in the page and below the
/// screen, unless the page has been scrolled, is an embed (its frame is the
/// host's) or has an address fragment (the browser's to follow). A reload or
/// back and forward comes back to the view's own page (the app moved the
/// address bar there), whose scroll index.html and the browser keep.
fn bring_up_panel_in_page(root: &web_sys::Element) {
    let window = window();
    let embed = root.query_selector(".embed").ok().flatten().is_some();
    let hash = window.location().hash().unwrap_or_default();
    if window.scroll_y().unwrap_or(0.0) != 0.0 || embed || hash.len() > 1 {
        return;
    }
    let Some(panel) = shown_panel(root).filter(in_page) else {
        return;
    };
    let top = panel.get_bounding_client_rect().top();
    let height = window.inner_height().ok().and_then(|h| h.as_f64());
    if height.is_some_and(|h| top > h - LIFT_MARGIN) {
        window.scroll_to_with_x_and_y(0.0, (top - CASE_GAP).round());
    }
}

/// How much of a panel's top must show above the screen's bottom edge for
/// it to count as in sight, px (as index.html).
const LIFT_MARGIN: f64 = 64.0;

/// Focuses the heading of the country's panel just opened, after the frame
/// that shows it (as `dom::focus_later`), and, before that frame is drawn,
/// brings the map above the panel's sheet where it is one.
pub fn focus_panel_later(code: &str) {
    focus_heading_later(code, false, false);
}

/// As [`focus_panel_later`], for a panel a pointer's click on the map opened:
/// the heading takes the focus without the keyboard's ring.
pub fn focus_panel_after_click(code: &str) {
    focus_heading_later(code, true, false);
}

/// `at_case`: the view has a case open, which is brought into view before
/// the frame (as its page opens), and which the focus leaves in view.
fn focus_heading_later(code: &str, clicked: bool, at_case: bool) {
    let heading = panel_heading(code);
    request_animation_frame(move || {
        let panel = document().query_selector(&heading).ok().flatten();
        if let Some(panel) = panel.and_then(|h| h.closest(".country-panel").ok().flatten()) {
            map_above_sheet(&panel);
        }
        if at_case {
            case_into_view(&heading);
        }
        let focus_heading = match (clicked, at_case) {
            (_, true) => focus_heading_in_place,
            (true, false) => focus_without_ring,
            (false, false) => focus,
        };
        set_timeout(move || focus_heading(&heading), std::time::Duration::ZERO);
    });
}

/// Where the panel is in the page (short and narrow screens), its heading
/// may be far above the case brought into view: there the open case's title
/// takes the focus, so that focus and view stay together (a Tab went on from
/// the panel's heading, scrolling back up to it) and a screen reader names
/// the case.
fn focus_heading_in_place(heading: &str) {
    let Some(el) = document().query_selector(heading).ok().flatten() else {
        return;
    };
    let panel = el.closest(".country-panel").ok().flatten().filter(in_page);
    let title = panel
        .and_then(|p| {
            p.query_selector(r#".case-toggle[aria-expanded="true"]"#)
                .ok()
                .flatten()
        })
        .and_then(|toggle| toggle.closest(".case-card").ok().flatten())
        .and_then(|card| card.query_selector("h4").ok().flatten());
    focus_in_place(title.as_ref().unwrap_or(&el));
}

/// Where the panel is a sheet over the screen's lower part (a phone held
/// upright: its computed `position` is fixed), scrolls the page to bring the
/// map's top edge to the screen's top, unless the map is wholly in the room
/// above the sheet already: under the masthead and the toolbar, the sheet
/// covers it.
fn map_above_sheet(panel: &web_sys::Element) {
    let map = document().query_selector("#app .map-canvas").ok().flatten();
    let (Some(map), true) = (map, computed(panel, "position") == "fixed") else {
        return;
    };
    let (map, sheet) = (
        map.get_bounding_client_rect(),
        panel.get_bounding_client_rect(),
    );
    if map.height() > 0.0 && (map.top() < 0.0 || map.bottom() > sheet.top()) {
        window().scroll_by_with_x_and_y(0.0, map.top().round());
    }
}

/// Before the app hides the shown panel of that country
/// (`AppState::set_view`): scrolls it back to its top, and takes the focus
/// out of it. A focused element in a panel that hides stayed focused until
/// a timer of Chromium's own, after the frame, found it hidden (laying out
/// the hidden panel again to tell: 2 ms on the bench's slow phone, run
/// before anything that frame queued); whoever moves the focus next (the
/// next panel's heading, the country closed) still does.
#[cfg(target_arch = "wasm32")]
pub fn leave_panel(code: &str) {
    use wasm_bindgen::JsCast;
    let selector = format!(r#".app-panel[data-shown] .country-panel[data-panel-country="{code}"]"#);
    let Some(panel) = document().query_selector(&selector).ok().flatten() else {
        return;
    };
    if panel.scroll_top() != 0 {
        panel.set_scroll_top(0);
    }
    let focused = document()
        .active_element()
        .filter(|el| panel.contains(Some(el)));
    if let Some(el) = focused.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.blur();
    }
}

/// Brings the case open in the panel of that heading into view, wherever the
/// panel or the page has been scrolled (not the app's other, hidden panels).
fn case_into_view(heading: &str) {
    let heading = document().query_selector(heading).ok().flatten();
    let panel = heading.and_then(|h| h.closest(".country-panel").ok().flatten());
    if let Some(holder) = panel.and_then(|p| p.parent_element()) {
        bring_up_open_case(&holder, false);
    }
}

/// Room between a panel's sticky heading and the case brought up under it, px.
const CASE_GAP: f64 = 8.0;

/// Whether the panel is in the page rather than a box that scrolls (short
/// and narrow: assets/styles.css), read from its computed `overflow-y`.
fn in_page(panel: &web_sys::Element) -> bool {
    computed(panel, "overflow-y") == "visible"
}

/// The shown country panel under `root` (the others are hidden, or kept
/// laid out at no size), if one is.
fn shown_panel(root: &web_sys::Element) -> Option<web_sys::Element> {
    all(root, r#"[data-testid="country-panel"][data-panel-country]"#)
        .into_iter()
        .find(|el| el.get_bounding_client_rect().width() > 0.0)
}

/// One computed style property of `el`, empty if the browser gives none.
pub(super) fn computed(el: &web_sys::Element, property: &str) -> String {
    window()
        .get_computed_style(el)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value(property).ok())
        .unwrap_or_default()
}

/// Shows the view Back or Forward came to, and takes the focus with the
/// panel it shows or hides: as a click does, to the heading of the panel it
/// shows (the map brought above a phone's sheet); as × does, back to the
/// country (its list entry, shape or table row) when the focus was in the
/// panel it hides, once the view that follows is drawn, unless the focus has
/// gone somewhere since (the hidden panel lets go of it: [`leave_panel`]).
pub fn show_history_view(state: AppState, view: ViewState) {
    let (before, case_before) = state
        .view
        .with_untracked(|v| (v.country.clone(), v.case.clone()));
    let focus_in_panel = document()
        .active_element()
        .and_then(|el| el.closest(".app-panel[data-shown]").ok().flatten())
        .is_some();
    let (after, table, at_case) = (view.country.clone(), view.table, view.case.is_some());
    let new_case = at_case && view.case != case_before;
    state.set_view(view);
    match (before, after) {
        (before, Some(code)) if before.as_ref() != Some(&code) => {
            focus_heading_later(&code, false, at_case)
        }
        // The same country's panel, now at another case: brought into view
        // as the case's page opens. Not at the same case: a link to a
        // fragment (the skip link, the method note) comes here too.
        (_, Some(code)) if new_case => {
            let heading = panel_heading(&code);
            request_animation_frame(move || case_into_view(&heading));
        }
        (Some(code), None) if focus_in_panel => {
            let back_to = closed_country_focus(state, &code, table);
            after_frame(move || {
                let document = document();
                let body: Option<web_sys::Element> = document.body().map(Into::into);
                let focused = document.active_element();
                if focused.is_none() || focused == body {
                    focus(&back_to);
                }
            });
        }
        _ => {}
    }
}
