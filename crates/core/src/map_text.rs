//! The words on the map: which labels it shows, in the order the app draws
//! them (and the SVG export lays them out), what they say, and how big they
//! are on the page where nothing can measure them yet (the page the site
//! renderer writes, shown before the app). The app measures the real boxes
//! and lays them out again (src/ui/map/label_fit.rs).
use crate::data::RightsData;
use crate::export::upper_case;
use crate::geo::map_labels::{layout, place_attr, MapLabel};
use crate::geo::metrics::{block_size, text_width};
use crate::geo::placement::{Kind, Place, Rect};
use crate::geo::{CountryShape, MapGeometry, Role};
use crate::messages::Messages;
use crate::view_model::country_status;

/// A neighbour's name is shown only if its point is this far (map units)
/// inside the map: one at the very edge would be mostly cut off.
pub const LABEL_MARGIN: f64 = 40.0;
/// Radius of a capital's dot (map units; the app's and the export's `r`).
pub const DOT_RADIUS: f64 = 4.0;
/// Between a capital's dot and its name on the page (px; the stylesheet's
/// `translate(6px, …)`), and the least space between two labels there.
pub const PAGE_GAP: f64 = 6.0;
pub const PAGE_PADDING: f64 = 2.0;
/// A map this wide or less has the phone's type and buttons in any window
/// (assets/styles.css, `@container map (max-width: 380px)`).
pub const SMALL_MAP: f64 = 380.0;
/// A map this wide or less (a sidebar's embed, 300 × 250) sets the
/// countries' names smaller still (assets/styles.css,
/// `@container map (max-width: 285px)`).
pub const TINY_MAP: f64 = 285.0;

/// Whether the map names this neighbour: only those the messages name
/// (enough to orient, few enough to stay calm), and well inside the map.
pub fn names_neighbour(geo: &MapGeometry, c: &CountryShape, msgs: &Messages) -> bool {
    let (x, y) = c.label;
    c.role == Role::Context
        && msgs.neighbour(&c.alpha2).is_some()
        && (LABEL_MARGIN..geo.width - LABEL_MARGIN).contains(&x)
        && (LABEL_MARGIN..geo.height - LABEL_MARGIN).contains(&y)
}

/// The map's labels in drawing order, anchored in map units, sizes not yet
/// known: each focus country's name then its status line, the neighbours
/// named, the capitals.
pub fn map_labels(geo: &MapGeometry, msgs: &Messages) -> Vec<MapLabel> {
    let label = |kind, at, left| MapLabel {
        kind,
        at,
        size: (0.0, 0.0),
        left,
    };
    let mut out = Vec::new();
    for c in geo.countries.iter().filter(|c| c.role == Role::Focus) {
        out.push(label(Kind::Name, c.label, false));
        out.push(label(Kind::Status, c.label, false));
    }
    for c in geo
        .countries
        .iter()
        .filter(|c| names_neighbour(geo, c, msgs))
    {
        out.push(label(Kind::Neighbour, c.label, false));
    }
    for c in &geo.capitals {
        out.push(label(Kind::Capital, (c.x, c.y), c.label_left));
    }
    out
}

/// What each label of [`map_labels`] says, in the same order, with the code
/// of the country it names (neighbours as written, before the upper case
/// the map shows them in).
pub fn map_label_texts<'a>(
    geo: &'a MapGeometry,
    data: &RightsData,
    msgs: &Messages,
    category: &str,
) -> Vec<(&'a str, String)> {
    let mut out = Vec::new();
    for c in geo.countries.iter().filter(|c| c.role == Role::Focus) {
        let name = data.country(&c.alpha2).map_or(&c.name, |k| &k.name);
        let status = country_status(data, msgs, &c.alpha2, category);
        out.push((c.alpha2.as_str(), name.clone()));
        out.push((
            c.alpha2.as_str(),
            status.map(|s| s.label).unwrap_or_default(),
        ));
    }
    for c in geo
        .countries
        .iter()
        .filter(|c| names_neighbour(geo, c, msgs))
    {
        let name = msgs.neighbour(&c.alpha2).unwrap_or_default();
        out.push((c.alpha2.as_str(), name.to_string()));
    }
    for c in &geo.capitals {
        let name = data.country(&c.country).map_or(&c.name, |k| &k.capital);
        out.push((c.country.as_str(), name.clone()));
    }
    out
}

/// The page's label type at one window size (assets/styles.css, "Map
/// labels", and its rules for phones).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PageStyle {
    /// The root font size, px: `clamp(16px, 0.45vw + 11px, 21px)`.
    pub rem: f64,
    /// A window of at most 760 px, or a map of at most 380 px: smaller
    /// names, no status lines, the buttons in a row, the credit on two lines.
    pub phone: bool,
    /// A map of at most 520 px: no capitals' names.
    pub small_map: bool,
    /// A map of at most `TINY_MAP`: the names at 0.7rem.
    pub tiny_map: bool,
}

impl PageStyle {
    /// The style in a window `window` px wide, with a map `map` px wide.
    pub fn at(window: f64, map: f64) -> PageStyle {
        PageStyle {
            rem: (0.0045 * window + 11.0).clamp(16.0, 21.0),
            phone: window <= 760.0 || map <= SMALL_MAP,
            small_map: map <= 520.0,
            tiny_map: map <= TINY_MAP,
        }
    }

    /// The estimated box of a label saying `text`; empty where the page
    /// hides the label.
    pub fn size(&self, kind: Kind, text: &str) -> (f64, f64) {
        let rem = self.rem;
        match kind {
            // 1rem bold (0.8rem on a phone, 0.7rem on a tiny map), line-height 1.15.
            Kind::Name => {
                let s = match (self.tiny_map, self.phone) {
                    (true, _) => 0.7,
                    (_, true) => 0.8,
                    _ => 1.0,
                } * rem;
                (text_width(text, s, true, 0.0), 1.15 * s)
            }
            // 0.85rem, at most 11em wide, line-height 1.15. Wrapped, it is
            // taken as the whole 11em: a narrower font than the estimate's
            // fits more words on a line, in fewer lines but maybe wider ones.
            Kind::Status | Kind::Silent if !self.phone && !text.is_empty() => {
                let s = 0.85 * rem;
                let (w, h) = block_size(text, s, false, 11.0 * s, 1.15);
                (if h > 1.15 * s { 11.0 * s } else { w }, h)
            }
            // 0.75rem (0.7rem on a phone), padding 0 0.2em, line-height 1.3.
            Kind::Capital if !self.small_map => {
                let s = if self.phone { 0.7 } else { 0.75 } * rem;
                (text_width(text, s, false, 0.0) + 0.4 * s, 1.3 * s)
            }
            // 0.75rem upper case, letter-spacing 0.08em, line-height 1.5.
            Kind::Neighbour => {
                let s = 0.75 * rem;
                (text_width(&upper_case(text), s, false, 0.08 * s), 1.5 * s)
            }
            _ => (0.0, 0.0),
        }
    }
}

/// The map's inner box on a page, `width` px wide: the stylesheet gives its
/// frame, which has a 1 px border, the map's aspect ratio (`.map-canvas`),
/// so the box inside is a little wider for its height than the map (302 ×
/// 210.8 px, not 211.4, on the narrowest phone). The app places labels in
/// percentages of this box: estimated in the map's own proportions, a
/// name's edge came 0.8 px onto Tashkent's dot there, where the app saw it.
pub fn page_map_size(geo: &MapGeometry, width: f64) -> (f64, f64) {
    const BORDER: f64 = 1.0;
    (
        width,
        (width + 2.0 * BORDER) * geo.height / geo.width - 2.0 * BORDER,
    )
}

/// Map units to the pixels of that box, on each axis.
fn page_scale(geo: &MapGeometry, width: f64) -> (f64, f64) {
    let (w, h) = page_map_size(geo, width);
    (w / geo.width, h / geo.height)
}

/// The map's labels on a page with `style`, the map `width` px wide and
/// unzoomed: anchors in px, boxes estimated.
pub fn page_labels(
    geo: &MapGeometry,
    data: &RightsData,
    msgs: &Messages,
    category: &str,
    style: PageStyle,
    width: f64,
) -> Vec<MapLabel> {
    let (sx, sy) = page_scale(geo, width);
    let texts = map_label_texts(geo, data, msgs, category);
    let mut labels: Vec<MapLabel> = map_labels(geo, msgs)
        .into_iter()
        .zip(&texts)
        .map(|(l, (_, text))| MapLabel {
            at: (l.at.0 * sx, l.at.1 * sy),
            size: style.size(l.kind, text),
            ..l
        })
        .collect();
    rank_statuses(&mut labels, geo, data, category);
    labels
}

/// Marks the status lines of [`map_labels`] that only say the source does
/// not mention their country for `category` ([`Kind::Silent`]), so that
/// where not every status line fits, those that say what it found are shown
/// first. Every layout of the map's labels (the app's, the page's, the
/// exports') ranks them so.
pub fn rank_statuses(
    labels: &mut [MapLabel],
    geo: &MapGeometry,
    data: &RightsData,
    category: &str,
) {
    let is_status = |l: &MapLabel| matches!(l.kind, Kind::Status | Kind::Silent);
    let focus = geo.countries.iter().filter(|c| c.role == Role::Focus);
    // One status line per focus country, in their order (`map_labels`).
    debug_assert_eq!(
        focus.clone().count(),
        labels.iter().filter(|l| is_status(l)).count(),
        "a status line per focus country"
    );
    for (c, l) in focus.zip(labels.iter_mut().filter(|l| is_status(l))) {
        let silent = data
            .status(&c.alpha2, category)
            .is_some_and(|s| s.not_covered);
        l.kind = if silent { Kind::Silent } else { Kind::Status };
    }
}

/// The capitals' dots on a map `width` px wide, unzoomed: boxes no label
/// may cover.
pub fn dots(geo: &MapGeometry, width: f64) -> Vec<Rect> {
    let (sx, sy) = page_scale(geo, width);
    let r = DOT_RADIUS * sx;
    geo.capitals
        .iter()
        .map(|c| Rect::new(c.x * sx - r, c.y * sy - r, 2.0 * r, 2.0 * r))
        .collect()
}

/// The layout of [`page_labels`]: what the site renderer writes, before
/// the app measures.
pub fn page_layout(
    geo: &MapGeometry,
    data: &RightsData,
    msgs: &Messages,
    category: &str,
    style: PageStyle,
    width: f64,
) -> Vec<Option<Place>> {
    let labels = page_labels(geo, data, msgs, category, style, width);
    let (_, height) = page_map_size(geo, width);
    let map = Rect::new(0.0, 0.0, width, height);
    let mut obstacles = dots(geo, width);
    obstacles.extend(if style.phone {
        phone_overlays(width, height, style, msgs)
    } else {
        desktop_overlays(width, height, style.rem, msgs)
    });
    layout(&labels, &obstacles, map, PAGE_GAP, PAGE_PADDING)
}

/// On a phone, the boxes over the map that labels keep clear of, as the
/// app measures them (assets/styles.css, `max-width: 760px`, and a map of
/// `SMALL_MAP` or less in any window): the zoom
/// buttons in a row at the top left (three of 44 px, 0.25rem apart, 0.35rem
/// in), and the credit at the bottom right, or the top right on a tiny map
/// (0.7rem, at most 10em wide, 9em on a tiny map, with its padding of 0.3rem
/// a side, as boxes are sized with their padding; line height 1.2; 0.25rem
/// and 0.15rem in).
fn phone_overlays(width: f64, height: f64, style: PageStyle, msgs: &Messages) -> [Rect; 2] {
    let rem = style.rem;
    let inset = 0.35 * rem;
    let controls = Rect::new(inset, inset, 3.0 * 44.0 + 0.5 * rem, 44.0);
    let (size, padding) = (0.7 * rem, 0.6 * rem);
    // On a tiny map 9em, clear of the buttons' row across the top.
    let most = if style.tiny_map { 9.0 } else { 10.0 } * size;
    let text = most - padding;
    // Wrapped a little narrower than the box: a line the estimate fits only
    // just may wrap in the browser (Kazakh's and Kyrgyz's credit took three
    // lines, where the estimate at full width said two).
    let (w, h) = block_size(msgs.credit_natural_earth, size, false, 0.94 * text, 1.2);
    // Wrapped, the box takes its whole width (shrink-to-fit stops at it).
    let w = if h > 1.2 * size + 0.5 {
        most
    } else {
        w + padding
    };
    // On a tiny map, at the top right, over Russia: at the bottom it
    // covered much of Tajikistan, and left its name no room.
    let top = if style.tiny_map {
        0.15 * rem
    } else {
        height - 0.15 * rem - h
    };
    let credit = Rect::new(width - 0.25 * rem - w, top, w, h);
    [controls, credit]
}

/// Elsewhere, the same boxes (assets/styles.css, `.map-controls`,
/// `.map-credit`): the zoom buttons in a column at the top left (three of
/// 44 px, 0.25rem apart, 0.5rem in), and the credit on one line at the
/// bottom right (0.75rem, line height 1.5, padding 0.3rem a side; 0.4rem
/// and 0.2rem in). On a smaller map they are much of its corners.
fn desktop_overlays(width: f64, height: f64, rem: f64, msgs: &Messages) -> [Rect; 2] {
    let inset = 0.5 * rem;
    let controls = Rect::new(inset, inset, 44.0, 3.0 * 44.0 + 0.5 * rem);
    let size = 0.75 * rem;
    let (w, h) = (
        text_width(msgs.credit_natural_earth, size, false, 0.0) + 0.6 * rem,
        1.5 * size,
    );
    let credit = Rect::new(width - 0.4 * rem - w, height - 0.2 * rem - h, w, h);
    [controls, credit]
}

/// The classes of the elements a place moves, in drawing order: a country's
/// label (its name, and its status line with it), its status line, a
/// neighbour's name, a capital's name (src/ui/map/labels.rs).
const PLACED: [&str; 4] = [
    "country-label",
    "country-label-status",
    "context-label",
    "capital-label",
];

/// `html`, a page with the map rendered (src/ui/map/labels.rs), with each
/// label's place written in as `data-place` (what the app sets once it has
/// measured): the site renderer's page shows the layout before the app. A
/// page whose labels do not match `places` one for one is left as it is.
pub fn write_places(html: &str, places: &[Option<Place>]) -> String {
    write_places_as(html, places, "data-place")
}

/// The same, as the attribute `attr` (`data-phone-place`: the places for a
/// phone's map, which the stylesheet applies there before the app).
pub fn write_places_as(html: &str, places: &[Option<Place>], attr: &str) -> String {
    let Some(start) = html.find(r#"class="map-labels""#) else {
        return html.to_string();
    };
    let mut out = String::with_capacity(html.len() + 24 * places.len());
    let mut done = 0;
    let mut rest = start;
    out.push_str(&html[..start]);
    while done < places.len() {
        let Some(open) = html[rest..].find('<').map(|i| rest + i) else {
            break;
        };
        let Some(end) = html[open..].find('>').map(|i| open + i) else {
            break;
        };
        let tag = &html[open..end];
        let classes = tag
            .split_once(r#"class=""#)
            .and_then(|(_, v)| v.split_once('"'))
            .map_or("", |(v, _)| v);
        let name_end = tag.find(' ').unwrap_or(tag.len());
        out.push_str(&html[rest..open + name_end]);
        if classes.split(' ').any(|c| PLACED.contains(&c)) {
            out.push(' ');
            out.push_str(attr);
            out.push_str(r#"=""#);
            out.push_str(place_attr(places[done]));
            out.push('"');
            done += 1;
        }
        rest = open + name_end;
    }
    if done < places.len() {
        return html.to_string();
    }
    out.push_str(&html[rest..]);
    out
}
