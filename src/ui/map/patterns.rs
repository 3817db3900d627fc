//! SVG `<pattern>` definitions for the status textures, so that colour is never
//! the only carrier of meaning. Ids come from `core::colour::Pattern`.
use crate::core::colour::Pattern;
use leptos::prelude::*;

/// One texture as a pattern tile; drawn over the fill with `fill="url(#id)"`
/// on a second path, so the tile needs no background of its own.
fn tile(pattern: Pattern, ink: &'static str) -> impl IntoView {
    let id = format!("{}-{}", pattern.svg_id(), ink_suffix(ink));
    let body = match pattern {
        Pattern::Hatch => {
            view! { <path d="M-1,1 l2,-2 M0,8 l8,-8 M7,9 l2,-2" stroke=ink stroke-width="1.2"/> }
                .into_any()
        }
        Pattern::Dots => view! { <circle cx="4" cy="4" r="1.1" fill=ink/> }.into_any(),
        Pattern::VerticalLines => {
            view! { <path d="M2,0 v8 M6,0 v8" stroke=ink stroke-width="1"/> }.into_any()
        }
        Pattern::CrossHatch => {
            view! { <path d="M0,0 l8,8 M8,0 l-8,8" stroke=ink stroke-width="1"/> }.into_any()
        }
        Pattern::DenseDots => {
            view! { <g fill=ink><circle cx="2" cy="2" r="1.1"/><circle cx="6" cy="6" r="1.1"/></g> }
                .into_any()
        }
    };
    view! { <pattern id=id width="8" height="8" patternUnits="userSpaceOnUse">{body}</pattern> }
}

fn ink_suffix(ink: &str) -> &'static str {
    if ink == LIGHT_INK {
        "light"
    } else {
        "dark"
    }
}

const DARK_INK: &str = "rgba(0,0,0,0.45)";
const LIGHT_INK: &str = "rgba(255,255,255,0.7)";

/// The `fill` value that draws a pattern in ink that shows on its background.
pub fn pattern_fill(pattern: Pattern, dark_background: bool) -> String {
    format!(
        "url(#{}-{})",
        pattern.svg_id(),
        if dark_background { "light" } else { "dark" }
    )
}

const ALL: [Pattern; 5] = [
    Pattern::Hatch,
    Pattern::Dots,
    Pattern::VerticalLines,
    Pattern::CrossHatch,
    Pattern::DenseDots,
];

/// All patterns in both inks, for an SVG's `<defs>`.
#[component]
pub fn PatternDefs() -> impl IntoView {
    view! {
        <defs>
            {ALL.iter().map(|&p| view! { {tile(p, DARK_INK)} {tile(p, LIGHT_INK)} }).collect_view()}
        </defs>
    }
}

/// A small legend swatch: the fill with its pattern, as its own tiny SVG.
#[component]
pub fn Swatch(swatch: crate::core::colour::Swatch) -> impl IntoView {
    view! {
        <svg class="swatch" viewBox="0 0 24 16" width="24" height="16" aria-hidden="true">
            <rect width="24" height="16" fill=swatch.fill stroke="#555" stroke-width="1"/>
            <rect width="24" height="16" fill=pattern_fill(swatch.pattern, swatch.dark)/>
        </svg>
    }
}
