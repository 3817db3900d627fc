//! The thin Leptos view layer: components read what the core computed and
//! write only the view state. Browser calls happen in event handlers and
//! effects, never while rendering.
mod about;
mod app;
mod category_switch;
mod crash;
mod dom;
mod dossier;
mod downloads;
mod embed;
mod embed_dialog;
mod lang;
mod map;
mod notice;
mod offline;
mod panel;
mod presentation;
mod state;
mod table_view;
mod url_sync;

pub use app::App;

/// Mounts the app on `<body>`; a panic shows a friendly page, and the console.
pub fn mount() {
    crash::install_panic_hook();
    leptos::mount::mount_to_body(App);
}
