//! Downloads for classrooms: the findings and cases as CSV (RFC 4180), the
//! data as JSON with its licence and attribution, and the map as a standalone
//! SVG (in `export/svg.rs`). Pure and deterministic: the same data gives the
//! same bytes.
use crate::data::{RightsData, Source};
use serde::Serialize;

mod share;
mod svg;
mod svg_footer;
mod svg_kit;
pub use share::{share_svg, SHARE_FONT, SHARE_HEIGHT, SHARE_WIDTH};
pub use svg::map_svg;
pub use svg_kit::{upper_case, xml_escape};

/// Where the exported data comes from, as named in the JSON.
pub const GENERATED_FROM: &str = "assets/data/rights.json";

/// The licence of the exported data.
pub const LICENCE: &str = "Data compilation: CC BY 4.0, Central Asia Rights Map contributors \
(https://creativecommons.org/licenses/by/4.0/). Excerpts: © Human Rights Watch, quoted for \
verification. Borders: Natural Earth, public domain.";

pub const FINDINGS_HEADER: [&str; 12] = [
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
];

pub const CASES_HEADER: [&str; 15] = [
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
];

/// Separator of the list cells (categories, people, dates) in the cases CSV.
pub const LIST_SEPARATOR: &str = ";";

/// One row per country × category (countries, then categories, in data
/// order), after a header row. Every record ends with CRLF; nothing follows
/// the last one. A finding missing from the data still gets its row, with
/// empty status, summary and source cells.
pub fn findings_csv(data: &RightsData) -> String {
    let mut out = String::new();
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
                ],
            );
        }
    }
    out
}

/// One row per case, in data order, after a header row. Lists (category ids
/// and names, people, dates) are joined by [`LIST_SEPARATOR`].
pub fn cases_csv(data: &RightsData) -> String {
    let mut out = String::new();
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
            ],
        );
    }
    out
}

fn source_cells(source: Option<&Source>) -> [&str; 3] {
    source.map_or(["", "", ""], |s| [&s.title, &s.date, &s.url])
}

/// Appends one record: cells joined by commas, each quoted when it holds a
/// comma, a double quote, CR or LF (quotes inside doubled), then CRLF.
fn csv_record<'a>(out: &mut String, cells: impl IntoIterator<Item = &'a str>) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if cell.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(cell);
        }
    }
    out.push_str("\r\n");
}

#[derive(Serialize)]
struct DataExport<'a> {
    licence: &'static str,
    attribution: String,
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

/// The data as pretty JSON, wrapped with its licence and attribution:
/// `{ "licence", "attribution", "generated_from", "lang", "data" }`.
pub fn data_json(data: &RightsData, lang_code: &str) -> String {
    let export = DataExport {
        licence: LICENCE,
        attribution: attribution(data),
        generated_from: GENERATED_FROM,
        lang: lang_code,
        data,
    };
    serde_json::to_string_pretty(&export).expect("string-keyed data always serialises")
}
