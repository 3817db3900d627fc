//! The outline of the country hovered, else of the open one, drawn after
//! every shape so that no neighbour covers it.
use crate::core::geo::{MapGeometry, Role};
use crate::ui::state::use_app_state;
use leptos::prelude::*;

/// The path of a country's outline, or an empty one: borrowed from the
/// geometry, which lives as long as the page, so nothing is copied.
pub(super) fn outline(geo: &'static MapGeometry, code: Option<&str>) -> &'static str {
    code.and_then(|code| geo.countries.iter().find(|c| c.alpha2 == code))
        .map_or("M0 0", |c| c.path.as_str())
}

/// In the app, one outline per focus country, given its path once and then
/// only shown or hidden (`data-shown`): the browser parses a path's data
/// again whenever it changes, which cost a slow phone's click about 3 ms
/// (Kazakhstan's path is 7 KB), where showing another outline restyles two
/// elements. The page written before the app has one outline, which its
/// script redraws (index.html).
#[component]
pub fn Highlight(geo: &'static MapGeometry) -> impl IntoView {
    let state = use_app_state();
    let shown = Memo::new(move |_| state.hovered.get().or_else(|| state.country.get()));
    #[cfg(not(target_arch = "wasm32"))]
    if crate::ui::site::static_render().is_some() {
        return view! {
            <path class="highlight" aria-hidden="true" d=move || outline(geo, shown.get().as_deref())/>
        }
        .into_any();
    }
    let outlines = geo.countries.iter().filter(|c| c.role == Role::Focus).map(|c| {
        let code = c.alpha2.as_str();
        let on = move || shown.with(|s| s.as_deref() == Some(code)).then_some("");
        view! {
            <path class="highlight" aria-hidden="true" data-outline=code d=c.path.as_str() data-shown=on/>
        }
    });
    let outlines = outlines.collect_view();
    // Natively one type for both: the page's outline or the app's.
    #[cfg(not(target_arch = "wasm32"))]
    let outlines = outlines.into_any();
    outlines
}
