//! The map's labels in the SVG exports (the download, the printed dossier,
//! the share images): nothing measures text there, so the boxes are
//! estimated (`geo::metrics`, DejaVu Sans's widths) and laid out as in the
//! app (`geo::map_labels`), in map units, so that no two labels overlap.
use super::svg::Ctx;
use super::svg_kit::{num, upper_case, wrap, xml_escape, INK, SOFT_INK};
use crate::geo::map_labels::{boxes, layout, MapLabel};
use crate::geo::metrics::{text_width, ASCENT, DESCENT};
use crate::geo::placement::{Kind, Place, Rect};
use crate::map_text::{map_label_texts, map_labels, rank_statuses, DOT_RADIUS};
use std::fmt::Write;

/// Font sizes, in map units: a country's name (bold), its status lines
/// (this far apart), and the capitals' and neighbours' names; each times
/// the drawing's scale for it (`Ctx::label_scale`, `Ctx::name_scale`).
pub const NAME_SIZE: f64 = 16.0;
pub const STATUS_SIZE: f64 = 13.0;
pub const STATUS_LEADING: f64 = 15.0;
pub const SMALL_SIZE: f64 = 12.0;
/// Letter spacing of the neighbours' names (upper case, as in the app).
pub const NEIGHBOUR_SPACING: f64 = 1.0;
/// Status lines wrap at about this many characters, like the app's 11em.
const WRAP_CHARS: usize = 22;
/// Between a capital's dot and its name; the dot's radius with its stroke;
/// the least space between two labels (their white halos, 1.5 wide, may
/// merge; the letters keep apart).
const DOT_GAP: f64 = 7.0;
const DOT: f64 = DOT_RADIUS + 1.0;
const PADDING: f64 = 2.0;

/// The height of one line of text of `size`.
pub fn line_height(size: f64) -> f64 {
    (ASCENT + DESCENT) * size
}

/// A label's text, and the box it needs.
struct Entry<'a> {
    label: MapLabel,
    lines: Vec<String>,
    code: &'a str,
}

fn entry(
    kind: Kind,
    at: (f64, f64),
    lines: Vec<String>,
    code: &str,
    (k, kn): (f64, f64),
) -> Entry<'_> {
    let (size, bold, spacing) = match kind {
        Kind::Name => (NAME_SIZE * kn, true, 0.0),
        Kind::Status | Kind::Silent => (STATUS_SIZE * k, false, 0.0),
        Kind::Capital => (SMALL_SIZE * k, false, 0.0),
        Kind::Neighbour => (SMALL_SIZE * k, false, NEIGHBOUR_SPACING),
    };
    let width = lines
        .iter()
        .map(|l| text_width(l, size, bold, spacing))
        .fold(0.0, f64::max);
    let height = match lines.len() {
        0 => 0.0,
        n => STATUS_LEADING * k * (n - 1) as f64 + line_height(size),
    };
    let label = MapLabel {
        kind,
        at,
        size: (width, height),
        left: false,
    };
    Entry { label, lines, code }
}

/// The labels in drawing order (`map_text::map_labels`): each country's
/// name then its status lines, the neighbours, the capitals.
fn entries<'a>(cx: &Ctx<'a>) -> Vec<Entry<'a>> {
    let texts = map_label_texts(cx.geo, cx.data, cx.msgs, cx.category);
    map_labels(cx.geo, cx.msgs)
        .into_iter()
        .zip(texts)
        .map(|(l, (code, text))| {
            let lines = match l.kind {
                Kind::Status | Kind::Silent => wrap(&text, WRAP_CHARS),
                Kind::Neighbour => vec![upper_case(&text)],
                _ => vec![text],
            };
            let mut e = entry(l.kind, l.at, lines, code, (cx.label_scale, cx.name_scale));
            e.label.left = l.left;
            e
        })
        .collect()
}

/// Neighbour names, capital names, and each country's name with its status
/// lines, all with a white halo (a stroke under the letters; the app draws
/// its halo as a one-pixel ring of text shadows), where the layout put them.
pub(crate) fn labels(o: &mut String, cx: &Ctx) {
    let all = entries(cx);
    let (k, kn) = (cx.label_scale, cx.name_scale);
    let mut specs: Vec<MapLabel> = all.iter().map(|e| e.label).collect();
    rank_statuses(&mut specs, cx.geo, cx.data, cx.category);
    let dots: Vec<Rect> = cx
        .geo
        .capitals
        .iter()
        .map(|c| Rect::new(c.x - DOT, c.y - DOT, 2.0 * DOT, 2.0 * DOT))
        .collect();
    let map = Rect::new(0.0, 0.0, cx.geo.width, cx.geo.height);
    let places = layout(&specs, &dots, map, DOT_GAP * k, PADDING * k);
    let rects = boxes(&specs, &places, DOT_GAP * k);
    o.push_str(
        "<g stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\" data-labels=\"\">\n",
    );
    let (small, name_size, status_size) = (
        num(SMALL_SIZE * k),
        num(NAME_SIZE * kn),
        num(STATUS_SIZE * k),
    );
    // Small labels first, so the countries' names paint over them.
    for (i, e) in all.iter().enumerate() {
        let (Some(r), Some(line)) = (rects[i], e.lines.first()) else {
            continue;
        };
        let baseline = num(r.top + ASCENT * SMALL_SIZE * k);
        let line = xml_escape(line);
        if e.label.kind == Kind::Neighbour {
            let _ = writeln!(
                o,
                r##"<text x="{}" y="{baseline}" text-anchor="middle" font-size="{small}" letter-spacing="1" fill="#4f4f4f">{line}</text>"##,
                num((r.left + r.right) / 2.0),
            );
        } else if e.label.kind == Kind::Capital {
            // Beside the dot, the text keeps to the dot's side of its box.
            let (x, anchor) = match places[i] {
                Some(Place::Right) => (r.left, "start"),
                Some(Place::Left) => (r.right, "end"),
                _ => ((r.left + r.right) / 2.0, "middle"),
            };
            let _ = writeln!(
                o,
                r#"<text x="{}" y="{baseline}" text-anchor="{anchor}" font-size="{small}" font-style="italic" fill="{SOFT_INK}" data-capital="{}">{line}</text>"#,
                num(x),
                xml_escape(e.code),
            );
        }
    }
    for (i, e) in all.iter().enumerate() {
        let (Kind::Name, Some(r), Some(name)) = (e.label.kind, rects[i], e.lines.first()) else {
            continue;
        };
        let x = num((r.left + r.right) / 2.0);
        let _ = write!(
            o,
            r#"<text x="{x}" y="{}" text-anchor="middle" fill="{INK}" data-label="{}"><tspan font-size="{name_size}" font-weight="700">{}</tspan>"#,
            num(r.top + ASCENT * NAME_SIZE * kn),
            xml_escape(e.code),
            xml_escape(name)
        );
        // The status line is the next entry.
        if let Some((status, Some(s))) = all.get(i + 1).zip(rects.get(i + 1).copied()) {
            for (nth, line) in status.lines.iter().enumerate() {
                let _ = write!(
                    o,
                    r#"<tspan x="{x}" y="{}" font-size="{status_size}" fill="{SOFT_INK}">{}</tspan>"#,
                    num(s.top + (ASCENT * STATUS_SIZE + STATUS_LEADING * nth as f64) * k),
                    xml_escape(line)
                );
            }
        }
        o.push_str("</text>\n");
    }
    o.push_str("</g>\n");
}
