//! A page's share image (1200×630, what messengers and social networks show
//! as a link's large preview): the map coloured for the page's issue with its
//! country outlined, and beside it the page's title, what the source says,
//! the source and the credits, in the page's language. An SVG document here;
//! the site renderer rasterises it with the fonts in `assets/fonts`.
use super::svg::map_layer;
use super::svg_kit::{num, pattern_defs, wrap, wrap_lines, xml_escape, INK, SOFT_INK};
use crate::data::RightsData;
use crate::geo::MapGeometry;
use crate::pages::{Page, PageKind};
use crate::url_state::OVERVIEW;
use crate::view_model::{category_name, country_status, issue_summary, source_citation};
use std::fmt::Write;

pub const SHARE_WIDTH: u32 = 1200;
pub const SHARE_HEIGHT: u32 = 630;
/// The family of the fonts in `assets/fonts`, which cover Latin and Cyrillic
/// with the letters of Kazakh and Uzbek.
pub const SHARE_FONT: &str = "DejaVu Sans";
/// The map's box on the left, and the text column on the right.
const MAP_WIDTH: f64 = 660.0;
const TEXT_X: f64 = 690.0;
/// Characters a line, for DejaVu Sans in the column's 490 px: the body at
/// 21 px, the title in bold at 38 px (Cyrillic runs wider than Latin).
const TEXT_CHARS: usize = 36;
const TITLE_CHARS: usize = 18;
/// The map is drawn at two thirds of the download's size here, so its labels
/// at the download's size were 8–11 px, unreadable in a preview: its names
/// are set half as large again (16 px), the statuses, capitals and
/// neighbours a fifth (10.3 and 9.5 px). More, and the crowded south drops
/// statuses that the download keeps (a test).
const LABEL_SCALE: f64 = 1.2;
const NAME_SCALE: f64 = 1.5;

/// What the image says: the page's title, a line under it, and a paragraph.
struct Texts {
    title: String,
    line: String,
    body: String,
}

fn texts(page: &Page, data: &RightsData) -> Texts {
    let msgs = page.lang.messages();
    let category = page.view(data).category;
    let issue = category_name(data, msgs, &category);
    match &page.canonical().kind {
        PageKind::Country(code) => Texts {
            title: data
                .country(code)
                .map(|c| c.name.clone())
                .unwrap_or_default(),
            line: country_status(data, msgs, code, OVERVIEW)
                .map(|s| s.label)
                .unwrap_or_default(),
            body: data
                .country(code)
                .map(|c| c.summary.clone())
                .unwrap_or_default(),
        },
        PageKind::Case(id) => {
            let case = data.case(id);
            Texts {
                title: case.map(|c| c.title.clone()).unwrap_or_default(),
                line: case
                    .and_then(|c| data.country(&c.country))
                    .map(|c| c.name.clone())
                    .unwrap_or_default(),
                // The outcome under its label, as the panel shows it: run on
                // after the summary it read as a repeated sentence.
                body: case
                    .map(|c| {
                        let end = if c.outcome.ends_with(['.', '!', '?']) {
                            ""
                        } else {
                            "."
                        };
                        format!("{} {}: {}{end}", c.summary, msgs.outcome, c.outcome)
                    })
                    .unwrap_or_default(),
            }
        }
        // What the map shows, in words, a line for each status: the colours
        // alone say little in a small preview, and nothing to one who
        // cannot tell them apart.
        PageKind::Issue(id) => Texts {
            title: issue,
            line: String::new(),
            body: issue_summary(data, id).join("\n"),
        },
        // The map: the site's name is the title, not also the line above it.
        _ => Texts {
            title: String::new(),
            line: issue,
            body: msgs.subtitle.to_string(),
        },
    }
}

/// The share image of `page` as an SVG document of 1200×630.
pub fn share_svg(geo: &MapGeometry, data: &RightsData, page: &Page) -> String {
    let msgs = page.lang.messages();
    let view = page.view(data);
    let t = texts(page, data);
    let scale = MAP_WIDTH / geo.width;
    let map_height = geo.height * scale;
    let map_top = (f64::from(SHARE_HEIGHT) - map_height) / 2.0;
    let mut o = String::with_capacity(96 * 1024);
    let _ = write!(
        o,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{SHARE_WIDTH}" height="{SHARE_HEIGHT}" viewBox="0 0 {SHARE_WIDTH} {SHARE_HEIGHT}" font-family="{SHARE_FONT}">
<defs>"##
    );
    pattern_defs(&mut o);
    let _ = write!(
        o,
        r##"</defs>
<rect width="{SHARE_WIDTH}" height="{SHARE_HEIGHT}" fill="#ffffff"/>
<svg x="0" y="{}" width="{}" height="{}" viewBox="0 0 {} {}">
"##,
        num(map_top),
        num(MAP_WIDTH),
        num(map_height),
        num(geo.width),
        num(geo.height)
    );
    let outline = view
        .country
        .as_deref()
        .and_then(|code| geo.countries.iter().find(|c| c.alpha2 == code))
        .map_or(String::new(), |shape| {
            format!(
                r##"<path d="{}" fill="none" stroke="#111111" stroke-width="{}" stroke-linejoin="round" data-outline=""/>
"##,
                xml_escape(&shape.path),
                num(3.5 / scale)
            )
        });
    o.push_str(&map_layer(
        geo,
        data,
        msgs,
        &view.category,
        &outline,
        (LABEL_SCALE, NAME_SCALE),
    ));
    o.push_str("</svg>\n");

    let mut col = Column {
        y: 64.0,
        out: &mut o,
    };
    let title = if t.title.is_empty() {
        msgs.title.to_string()
    } else {
        // The map's name over the view's title: two lines where it is long
        // (Kyrgyz, Tajik), at the body's width for its smaller size.
        let name = wrap_lines(msgs.title, TEXT_CHARS * 21 / 20, 2);
        for (i, line) in name.iter().enumerate() {
            let gap = if i + 1 == name.len() { 52.0 } else { 26.0 };
            col.line(line, 20.0, "400", SOFT_INK, gap);
        }
        t.title
    };
    // A title that needs more than three lines is set smaller, in up to four,
    // rather than cut: "Закон о «пропаганде» однополых партнерств" lost the
    // word that says what the law is about. Its lines are grouped, as one text.
    let (size, chars, gap) = if wrap(&title, TITLE_CHARS).len() > 3 {
        (31.0, TITLE_CHARS * 38 / 31, 38.0)
    } else {
        (38.0, TITLE_CHARS, 46.0)
    };
    col.group(
        "data-title",
        &wrap_lines(&title, chars, 4),
        size,
        "700",
        gap,
    );
    col.y += 2.0;
    for line in wrap_lines(&t.line, TEXT_CHARS - 4, 2).iter() {
        col.line(line, 22.0, "700", INK, 30.0);
    }
    col.y += 10.0;
    // A paragraph too long for its room at 21 px is set smaller rather than
    // cut: the case of the Islamic Renaissance Party lost its outcome. Cut
    // with "…" only where even the smallest size cannot hold it.
    let body = BODY_SIZES
        .iter()
        .map(|&size| body_layout(&t.body, size, col.y))
        .find(|b| b.whole)
        .unwrap_or_else(|| body_layout(&t.body, BODY_SIZES[BODY_SIZES.len() - 1], col.y));
    col.group("data-body", &body.lines, body.size, "400", body.gap);
    col.y = 566.0;
    // The publisher and the date: the work's title does not fit beside the map.
    if let Some((source, cite)) = data
        .sources
        .first()
        .and_then(|s| Some((s, source_citation(data, msgs, &s.id)?)))
    {
        for line in wrap(
            &format!("{}: {}, {}", msgs.source_label, source.publisher, cite.date),
            TEXT_CHARS + 14,
        )
        .iter()
        .take(2)
        {
            col.line(line, 16.0, "400", SOFT_INK, 22.0);
        }
    }
    let _ = writeln!(
        o,
        r#"<text x="16" y="{}" font-size="15" fill="{SOFT_INK}">{}</text>"#,
        SHARE_HEIGHT - 14,
        xml_escape(msgs.credit_natural_earth)
    );
    o.push_str("</svg>\n");
    o
}

/// The paragraph's sizes, px, from the one it is set in where it fits.
const BODY_SIZES: [f64; 4] = [21.0, 19.0, 17.0, 16.0];
/// The lowest baseline of the paragraph: clear of the source line under it.
const BODY_BOTTOM: f64 = 526.0;

/// The paragraph set at one size from `top`: its lines, and whether it is whole.
struct Body {
    size: f64,
    gap: f64,
    lines: Vec<String>,
    whole: bool,
}

fn body_layout(text: &str, size: f64, top: f64) -> Body {
    // The line's characters and spacing scale with the size (21 px: 36
    // characters a line, 29 px apart).
    let chars = (TEXT_CHARS as f64 * 21.0 / size) as usize;
    let gap = (size * 29.0 / 21.0).round();
    let room = (((BODY_BOTTOM - top) / gap).max(0.0) as usize) + 1;
    // Each line of the text starts a line (an issue's statuses); cut, it
    // runs on.
    let lines: Vec<String> = text.split('\n').flat_map(|p| wrap(p, chars)).collect();
    let whole = lines.len() <= room;
    Body {
        size,
        gap,
        lines: if whole {
            lines
        } else {
            wrap_lines(&text.replace('\n', " "), chars, room)
        },
        whole,
    }
}

/// The text column, written line by line from the top.
struct Column<'a> {
    y: f64,
    out: &'a mut String,
}

impl Column<'_> {
    fn line(&mut self, text: &str, size: f64, weight: &str, fill: &str, gap: f64) {
        let _ = writeln!(
            self.out,
            r#"<text x="{}" y="{}" font-size="{}" font-weight="{weight}" fill="{fill}">{}</text>"#,
            num(TEXT_X),
            num(self.y),
            num(size),
            xml_escape(text)
        );
        self.y += gap;
    }

    /// Lines that are one text (the title, the paragraph), in one group
    /// marked `mark`, in ink.
    fn group(&mut self, mark: &str, lines: &[String], size: f64, weight: &str, gap: f64) {
        let _ = writeln!(self.out, r#"<g {mark}="">"#);
        for line in lines {
            self.line(line, size, weight, INK, gap);
        }
        self.out.push_str("</g>\n");
    }
}
