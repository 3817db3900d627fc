//! Downloads for classrooms: the findings and cases as CSV (RFC 4180), the
//! data as JSON with its licence, attribution, version and citation, and the
//! map as a standalone SVG (in `export/svg.rs`). Pure and deterministic: the
//! same data gives the same bytes.
use crate::cite::{citation, Cited};
use crate::data::{RightsData, Source};
use crate::messages::Messages;
use serde::Serialize;

mod share;
mod svg;
mod svg_footer;
mod svg_kit;
mod svg_labels;
pub use share::{share_svg, SHARE_FONT, SHARE_HEIGHT, SHARE_WIDTH};
pub use svg::map_svg;
pub use svg_kit::{upper_case, view_box_size, xml_escape};

/// Where the exported data comes from, as named in the JSON.
pub const GENERATED_FROM: &str = "assets/data/rights.json";

/// The licence of the exported data.
pub const LICENCE: &str = "Data compilation: CC BY 4.0, Central Asia Rights Map contributors \
(https://creativecommons.org/licenses/by/4.0/). Excerpts: © Human Rights Watch, quoted for \
verification. Borders: Natural Earth, public domain.";

/// Starts every CSV file: the UTF-8 byte-order mark, without which Excel
/// reads UTF-8 as a legacy code page and garbles Cyrillic and curly quotes.
pub const CSV_BOM: char = '\u{feff}';

pub const FINDINGS_HEADER: [&str; 13] = [
    "country_code",
    "country",
    "category_id",
    "category",
    "status_id",
    "status",
    "summary",
    "source_id",
    "source_title",
    "source_date",
    "source_url",
    "excerpt",
    "data_version",
];

pub const CASES_HEADER: [&str; 16] = [
    "case_id",
    "country_code",
    "country",
    "category_ids",
    "categories",
    "title",
    "people",
    "dates",
    "summary",
    "outcome",
    "source_id",
    "source_title",
    "source_date",
    "source_url",
    "excerpt",
    "data_version",
];

/// Separator of the list cells (categories, people, dates) in the cases CSV.
pub const LIST_SEPARATOR: &str = ";";

/// One row per country × category (countries, then categories, in data
/// order), after the byte-order mark and a header row. Every record ends with CRLF; nothing follows
/// the last one. A finding missing from the data still gets its row, with
/// empty status, summary and source cells.
pub fn findings_csv(data: &RightsData) -> String {
    let mut out = String::from(CSV_BOM);
    csv_record(&mut out, FINDINGS_HEADER);
    for country in &data.countries {
        for cat in &data.categories {
            let finding = country.findings.get(&cat.id);
            let status_id = finding.map_or("", |f| f.status.as_str());
            let status = cat.status(status_id).map_or("", |s| s.label.as_str());
            let source_id = finding.and_then(|f| f.source.as_deref()).unwrap_or("");
            let [title, date, url] = source_cells(data.source(source_id));
            csv_record(
                &mut out,
                [
                    country.code.as_str(),
                    &country.name,
                    &cat.id,
                    &cat.name,
                    status_id,
                    status,
                    finding.map_or("", |f| f.summary.as_str()),
                    source_id,
                    title,
                    date,
                    url,
                    finding.and_then(|f| f.excerpt.as_deref()).unwrap_or(""),
                    &data.version,
                ],
            );
        }
    }
    out
}

/// One row per case, in data order, after the byte-order mark and a header row. Lists (category ids
/// and names, people, dates) are joined by [`LIST_SEPARATOR`].
pub fn cases_csv(data: &RightsData) -> String {
    let mut out = String::from(CSV_BOM);
    csv_record(&mut out, CASES_HEADER);
    for case in &data.cases {
        let country = data.country(&case.country).map_or("", |c| c.name.as_str());
        let names: Vec<&str> = case
            .categories
            .iter()
            .map(|id| data.category(id).map_or(id.as_str(), |c| c.name.as_str()))
            .collect();
        let [title, date, url] = source_cells(data.source(&case.source));
        csv_record(
            &mut out,
            [
                case.id.as_str(),
                &case.country,
                country,
                &case.categories.join(LIST_SEPARATOR),
                &names.join(LIST_SEPARATOR),
                &case.title,
                &case.people.join(LIST_SEPARATOR),
                &case.dates.join(LIST_SEPARATOR),
                &case.summary,
                &case.outcome,
                &case.source,
                title,
                date,
                url,
                &case.excerpt,
                &data.version,
            ],
        );
    }
    out
}

fn source_cells(source: Option<&Source>) -> [&str; 3] {
    source.map_or(["", "", ""], |s| [&s.title, &s.date, &s.url])
}

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a
/// tab or CR before one) gets a leading apostrophe, so it is shown as text
/// (OWASP's advice on CSV injection). No text of the data starts so today;
/// this keeps a future edit or translation from becoming one.
pub fn neutralise_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// Appends one record: cells joined by commas, each neutralised
/// ([`neutralise_formula`]) and quoted when it holds a comma, a double
/// quote, CR or LF (quotes inside doubled), then CRLF.
fn csv_record<'a>(out: &mut String, cells: impl IntoIterator<Item = &'a str>) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let cell = neutralise_formula(cell);
        if cell.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&cell);
        }
    }
    out.push_str("\r\n");
}

#[derive(Serialize)]
struct DataExport<'a> {
    licence: &'static str,
    attribution: String,
    /// How to cite the map, with the data's version.
    citation: String,
    generated_from: &'static str,
    lang: &'a str,
    data: &'a RightsData,
}

/// Who to credit, built from the data's sources: publisher, title, ISO date
/// and URL of each, and whose words the texts are.
pub fn attribution(data: &RightsData) -> String {
    let sources: Vec<String> = data
        .sources
        .iter()
        .map(|s| format!("{}, “{}”, {}, {}", s.publisher, s.title, s.date, s.url))
        .collect();
    format!(
        "Findings compiled from {}. Summaries, names, labels and translations are the map \
editors’ own words; excerpts are exact quotations from the source, in its original English, \
for verification.",
        sources.join("; ")
    )
}

/// The data as pretty JSON, wrapped with its licence, attribution and
/// citation (of the map at `map_url`): `{ "licence", "attribution",
/// "citation", "generated_from", "lang", "data" }`; the data carries its
/// `version` and `changes`.
pub fn data_json(data: &RightsData, msgs: &Messages, lang_code: &str, map_url: &str) -> String {
    let export = DataExport {
        licence: LICENCE,
        attribution: attribution(data),
        citation: citation(data, msgs, Cited::Map, map_url, None),
        generated_from: GENERATED_FROM,
        lang: lang_code,
        data,
    };
    serde_json::to_string_pretty(&export).expect("string-keyed data always serialises")
}
