//! Downloads: the current map as SVG and PNG, the data as CSV and JSON.
use leptos::prelude::*;

#[component]
pub fn Downloads() -> impl IntoView {
    view! {}
}
