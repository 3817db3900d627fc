//! Offline use: the page's loader (scripts/app-loader.js) registers the
//! service worker that the build writes (sw.js, scripts/write-sw.mjs) where
//! `<html>` names it in [`SW_ATTR`]. The site renderer writes the attribute on
//! every page whose own view works offline (not on an embed's). A link can ask
//! a page for another view (`?embed=1` on the map's page), which only the app
//! resolves: so the app corrects the attribute as it starts, and the loader,
//! which in that case waits for the app, reads it then.

use super::site::{sw_address, works_offline, SW_ATTR};
use super::url_sync::page_root;
use crate::core::url_state::ViewState;

/// Names the service worker on `<html>` if `view` works offline, else removes it.
pub fn mark_offline(view: &ViewState) {
    let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = if works_offline(view) {
        html.set_attribute(SW_ATTR, &sw_address(&page_root()))
    } else {
        html.remove_attribute(SW_ATTR)
    };
}
