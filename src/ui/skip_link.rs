//! The page's first link, for the keyboard: past the toolbar's controls
//! and the zoom buttons (ten Tab stops on a laptop) to the map, whose country
//! then takes the next Tab; in the table view, to the table. A plain link to
//! a fragment, so that it works the same before the app and without
//! JavaScript: the browser moves its Tab starting point there (which the app
//! carries over when it takes the page over: `mount_over`), and the address
//! the app writes next drops the fragment (`url_sync`). Shown only while it
//! has the focus (assets/styles.css). Safari tabs to links only with
//! Option-Tab or its setting, as it does for every link.
use crate::ui::state::use_app_state;
use leptos::prelude::*;

/// The id of the map's SVG, which the skip link leads to.
pub const MAP_ID: &str = "map";
/// The id of the page's `<main>`, which it leads to in the table view.
pub const MAIN_ID: &str = "main";

#[component]
pub fn SkipLink() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let table = move || state.table.get();
    view! {
        <a class="skip-link" href=move || format!("#{}", if table() { MAIN_ID } else { MAP_ID })>
            {move || if table() { msgs.skip_to_table } else { msgs.skip_to_map }}
        </a>
    }
}
