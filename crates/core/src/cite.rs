//! Ready citations, in plain text, of the map, a country or a case: what is
//! cited, the data's version, the address, the day it was read when known,
//! and the source the map is based on. The same words go into the method
//! note, the panel, the print dossier and the downloads.
use crate::data::{Case, Country, RightsData};
use crate::messages::{fill, Messages};
use crate::view_model::format_date;

/// What a citation cites.
#[derive(Debug, Clone, Copy)]
pub enum Cited<'a> {
    Map,
    Country(&'a Country),
    Case(&'a Case),
}

/// An excerpt in quotation marks, as the panel, the table and the dossier
/// set it. Double quotation marks inside it become single ones, as English
/// nests a quotation within a quotation (“… banning ‘propaganda …’”): the
/// excerpts are in the source's English, and one that ends on a quotation
/// read as a doubled closing mark.
pub fn quoted(excerpt: &str) -> String {
    let nested: String = excerpt
        .chars()
        .map(|c| match c {
            '“' => '‘',
            '”' => '’',
            c => c,
        })
        .collect();
    format!("“{nested}”")
}

/// A title that the citation sets in quotation marks, with the quotations
/// inside it in the other pair, as typographers nest them: «Закон о
/// „пропаганде“ однополых партнерств» (Russian and the region's languages),
/// “… ‘…’ …” (English), rather than a « inside a «.
fn nested_in(template: &str, title: &str) -> String {
    let at = template.find("{title}").unwrap_or(0);
    let (before, after) = (
        template[..at].chars().next_back(),
        template[at..].chars().nth("{title}".len()),
    );
    let (outer, inner) = match (before, after) {
        (Some('«'), Some('»')) => (['«', '»'], ['„', '“']),
        (Some('“'), Some('”')) => (['“', '”'], ['‘', '’']),
        _ => return title.to_string(),
    };
    title
        .chars()
        .map(|c| match c {
            c if c == outer[0] => inner[0],
            c if c == outer[1] => inner[1],
            c => c,
        })
        .collect()
}

/// "Human Rights Watch, “Central Asia: …”, 11 January 2024, https://…": the
/// sources the data is drawn from, as a reader would look them up.
pub fn based_on(data: &RightsData, msgs: &Messages) -> String {
    data.sources
        .iter()
        .map(|s| {
            let date = format_date(msgs, &s.date);
            format!("{}, “{}”, {date}, {}", s.publisher, s.title, s.url)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The citation of `cited` at `url`. `accessed` is the ISO date of reading
/// (`2026-11-30`), or `None` where it is not known (a page rendered ahead
/// of time cannot know when it will be read).
pub fn citation(
    data: &RightsData,
    msgs: &Messages,
    cited: Cited,
    url: &str,
    accessed: Option<&str>,
) -> String {
    let method = msgs.method;
    let title = match cited {
        Cited::Map => None,
        Cited::Country(country) => Some(country.name.clone()),
        Cited::Case(case) => {
            let country = data.country(&case.country).map(|c| c.name.as_str());
            Some(match country {
                Some(name) => format!("{} ({name})", case.title),
                None => case.title.clone(),
            })
        }
    };
    let accessed = accessed
        .map(|date| fill(method.accessed, &[("date", &format_date(msgs, date))]))
        .unwrap_or_default();
    let template = if title.is_some() {
        method.cite_item
    } else {
        method.cite_map
    };
    let title = nested_in(template, title.as_deref().unwrap_or_default());
    fill(
        template,
        &[
            ("map", msgs.title),
            ("title", &title),
            ("version", &data.version),
            ("url", url),
            ("accessed", &accessed),
            ("source", &based_on(data, msgs)),
        ],
    )
}
