//! The sets of label places a page carries, one per map size, and the
//! stylesheet's rules that put a label where its set says.
//!
//! Labels keep their size while the map scales, so places chosen for one map
//! width collide on a much smaller one; the app, which measures, moves them
//! as it starts. So the site renderer lays the labels out for several map
//! widths (`map_text::page_layout`) and writes each set as an attribute of its
//! own (`map_text::write_places_as`); the stylesheet shows the set that fits
//! the map's size before the app, and `--labels` names it, so that the
//! page's loader hands the app the places the reader saw.
//!
//! The rules are written here, once for every set, from the offsets the
//! layout assumes (`geo::map_labels::around` and `beside`; a test compares
//! them): a stylesheet cannot take an attribute's name as a parameter, and
//! four hand-written copies of the same dozen rules drift. The site renderer
//! adds them to every page's stylesheet.
use crate::geo::map_labels::place_attr;
use crate::geo::placement::Place;
use crate::map_text::{PageStyle, PAGE_GAP};

/// One set of label places: the attribute it is written as, the window and
/// the map's inner width it is laid out for, and where the stylesheet shows
/// it before the app.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelSet {
    pub attr: &'static str,
    /// The window's width, px, whose type the layout assumes (`PageStyle::at`).
    pub window: f64,
    /// The map's inner width, px (assets/styles.css, `.map-canvas`: as tall
    /// as the window less what is above it and 0.5rem, 10/7 as wide, or as
    /// wide as the column).
    pub map: f64,
    /// The window's media query and the map's container query that show it,
    /// and its name in `--labels`; `None` for the app's own `data-place`,
    /// which shows everywhere else.
    pub shown: Option<Shown>,
}

/// Where a set shows before the app.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shown {
    pub media: &'static str,
    pub container: &'static str,
    /// Its name in `--labels`: the attribute is `data-{name}-place`.
    pub name: &'static str,
}

/// The window sizes the page's labels are laid out for. In the order the
/// stylesheet applies them: a later set that also matches wins.
/// - 1366×768, the commonest desktop: `data-place`, the app's own attribute,
///   laid out for the map of a page whose subtitle takes two lines (771 px;
///   803 px in English and Russian, 218 and 196 px below the window's top).
///   On larger screens the map grows faster than the text, and they hold.
/// - A smaller laptop's map (a 1,000 or 1,024 px window, half of a 1,920 px
///   screen, a 1,280 × 720 one; maps of 521 to 770 px in windows over
///   760 px): laid out for 540 px, near the smallest of them.
/// - A tablet held upright (768 to 834 px; maps of 520 px or less in windows
///   over 760 px), which has no capitals' names: laid out for 390 px.
/// - A phone on its side (844 to 932 px wide and 390 to 430 px tall, where
///   the map is as tall as the window less the masthead and the toolbar:
///   320 to 363 px wide, the least the stylesheet allows), which has the
///   phone's type and buttons (`map_text::SMALL_MAP`): laid out for 320 px.
/// - A phone (360 px wide, the commonest; the map the window's width less
///   the page's 0.5rem padding a side and its border), where the page hides
///   status lines and capitals' names.
/// - The narrowest (320 px: older phones, and a laptop's window zoomed to
///   400 %, WCAG's reflow): a set of its own, as laid out for 320 px the
///   phone's places hid more and no longer held at 360 px, where the zoom
///   buttons and the credit, which keep their size, sit differently.
/// - A tiny map (285 px or less, `map_text::TINY_MAP`, in any window: an
///   embed in a sidebar's 300 × 250, where the map is 252 px wide, or in a
///   970 × 250 billboard; a phone narrower than 300 px), whose names are
///   smaller still and whose credit is at the top right: laid out for
///   252 px. A map narrower still (a frame of 250 × 250) may show a name cut
///   at its edge before the app, which measures.
/// - A map over 520 px in a window of 760 px or less (a phone's layout,
///   where the map takes the window's width, in a window 539 to 760 px
///   wide; on a screen 420 px tall or less, a phone on its side or a laptop
///   zoomed to 200 %, the map is as tall as the screen less 1rem, up to
///   575 px wide): the phone's type, laid out for 521 px, the smallest of
///   them.
pub const LABEL_SETS: [LabelSet; 8] = [
    LabelSet {
        attr: "data-place",
        window: 1366.0,
        map: 771.0,
        shown: None,
    },
    LabelSet {
        attr: "data-mid-place",
        window: 1000.0,
        map: 540.0,
        shown: Some(Shown {
            media: WIDE,
            container: "(max-width: 770px)",
            name: "mid",
        }),
    },
    LabelSet {
        attr: "data-tablet-place",
        window: 800.0,
        map: 390.0,
        shown: Some(Shown {
            media: WIDE,
            container: "(max-width: 520px)",
            name: "tablet",
        }),
    },
    LabelSet {
        attr: "data-short-place",
        window: 844.0,
        map: 318.0,
        shown: Some(Shown {
            media: WIDE,
            container: "(max-width: 380px)",
            name: "short",
        }),
    },
    LabelSet {
        attr: "data-phone-place",
        window: 360.0,
        map: 342.0,
        shown: Some(Shown {
            media: PHONE,
            container: "(max-width: 520px)",
            name: "phone",
        }),
    },
    LabelSet {
        attr: "data-narrow-place",
        window: 320.0,
        map: 302.0,
        shown: Some(Shown {
            media: PHONE,
            container: "(max-width: 330px)",
            name: "narrow",
        }),
    },
    LabelSet {
        attr: "data-sidebar-place",
        window: 300.0,
        map: 252.0,
        shown: Some(Shown {
            media: ANY,
            container: "(max-width: 285px)",
            name: "sidebar",
        }),
    },
    LabelSet {
        attr: "data-wide-place",
        window: 700.0,
        map: 521.0,
        shown: Some(Shown {
            media: PHONE,
            container: "(width > 520px)",
            name: "wide",
        }),
    },
];

/// The stylesheet's phone layout (assets/styles.css: smaller names, no
/// status lines, the panel a sheet) and the rest: every window not the
/// phone's, not `min-width: 761px`, so that one between the two (a zoomed
/// page's width is fractional) has a set too; not `width > 760px` either,
/// which Safari reads only from 16.4, two versions after its container queries.
const PHONE: &str = "(max-width: 760px)";
const WIDE: &str = "not all and (max-width: 760px)";

/// Any window: a map this small (an embed of 300 × 250, or of a
/// billboard's 970 × 250) has the phone's type wherever it is
/// (`PageStyle::at`), and the same root size up to a window of 1,111 px.
const ANY: &str = "all";

/// Only before the app: the app writes `data-place` alone, as it measures.
const BEFORE_APP: &str = "#app[data-prerendered] ";

/// The places a name (or a neighbour's) can take around its point, as CSS:
/// `around`'s boxes, whose point is at the box's centre, above its top or
/// below its bottom by half its height, or at its right or left edge.
const NAME_PLACES: [(Place, &str); 4] = [
    (Place::Above, "translate(-50%, -150%)"),
    (Place::Below, "translate(-50%, 50%)"),
    (Place::Left, "translate(-100%, -50%)"),
    (Place::Right, "translate(0, -50%)"),
];

/// The stylesheet's rules for every set (the site renderer adds them to
/// each page's stylesheet, after the rest). A set's own rules first undo
/// the places of the sets before it (`inherit`, not `visible`: a page whose
/// link asks for another layout is hidden until the app comes, labels and
/// all), then place and hide.
pub fn stylesheet() -> String {
    let mut css = String::new();
    for set in LABEL_SETS {
        let rules = set_rules(set);
        match set.shown {
            None => css.push_str(&rules),
            Some(shown) => css.push_str(&format!(
                "@media {}{{@container map {}{{{BEFORE_APP}.map-labels{{--labels:{}}}{rules}}}}}",
                shown.media, shown.container, shown.name
            )),
        }
    }
    css
}

/// One set's rules, in the order that makes them hold: centred and shown,
/// then a place, then hidden (equally specific, so the later wins). Status
/// lines and capitals' names only where the set's map shows them.
fn set_rules(set: LabelSet) -> String {
    let style = PageStyle::at(set.window, set.map);
    let before = if set.shown.is_some() { BEFORE_APP } else { "" };
    let a = set.attr;
    let names = |value: &str| {
        format!("{before}.country-label[{a}{value}],{before}.context-label[{a}{value}]")
    };
    let mut css = format!(
        "{}{{transform:translate(-50%, -50%);visibility:inherit}}",
        names("")
    );
    for (place, transform) in NAME_PLACES {
        css.push_str(&format!(
            "{}{{transform:{transform}}}",
            names(&format!("=\"{}\"", place_attr(Some(place))))
        ));
    }
    // A status line under its name, or over it.
    if !style.phone {
        css.push_str(&format!(
            "{before}.country-label-status[{a}]{{top:100%;bottom:auto;visibility:inherit}}\
             {before}.country-label-status[{a}=\"above\"]{{top:auto;bottom:100%}}"
        ));
    }
    if !style.small_map {
        css.push_str(&capital_rules(before, a));
    }
    // A hidden label keeps its box, so that it can be measured again.
    css.push_str(&format!(
        "{before}.map-labels [{a}=\"hidden\"]{{visibility:hidden}}"
    ));
    css
}

/// A capital's name beside its dot (`beside`, PAGE_GAP away): right of it
/// unless placed.
fn capital_rules(before: &str, a: &str) -> String {
    let gap = PAGE_GAP;
    let mut css = format!(
        "{before}.capital-label[{a}]{{transform:translate({gap}px, -50%);visibility:inherit}}"
    );
    for (place, transform) in [
        (
            Place::Left,
            format!("translate(calc(-100% - {gap}px), -50%)"),
        ),
        (
            Place::Above,
            format!("translate(-50%, calc(-100% - {gap}px))"),
        ),
        (Place::Below, format!("translate(-50%, {gap}px)")),
    ] {
        let value = place_attr(Some(place));
        css.push_str(&format!(
            "{before}.capital-label[{a}=\"{value}\"]{{transform:{transform}}}"
        ));
    }
    css
}
