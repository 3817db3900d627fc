//! The message catalogue: every user-visible string of the interface, per
//! language. A language is one `Messages` value, so the compiler refuses a
//! translation that misses a key. Data texts (names, summaries) live in the
//! data file, not here.

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
}

impl Lang {
    pub const ALL: [Lang; 1] = [Lang::En];

    /// The code used in `?lang=` and in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }

    /// Case-insensitive lookup of a `?lang=` value.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    pub fn messages(self) -> &'static Messages {
        match self {
            Lang::En => &EN,
        }
    }
}

/// Every interface string. Templates use `{name}` placeholders, filled by [`fill`].
#[derive(Debug)]
pub struct Messages {
    pub title: &'static str,
    pub subtitle: &'static str,
    pub skip_to_table: &'static str,
    pub issue_label: &'static str,
    pub overview: &'static str,
    pub overview_description: &'static str,
    pub view_map: &'static str,
    pub view_table: &'static str,
    pub views_label: &'static str,
    pub map_label: &'static str,
    pub map_hint: &'static str,
    pub legend_title: &'static str,
    /// `{n}` concerns documented (overview legend and names).
    pub concerns_one: &'static str,
    pub concerns_many: &'static str,
    pub concerns_range: &'static str,
    pub cases_one: &'static str,
    pub cases_many: &'static str,
    /// `{country}, {category}: {status}, {cases}` for screen readers.
    pub country_name_template: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub zoom_reset: &'static str,
    pub close: &'static str,
    pub previous_country: &'static str,
    pub next_country: &'static str,
    pub capital: &'static str,
    pub trend: &'static str,
    pub finding_heading: &'static str,
    pub cases_heading: &'static str,
    pub no_cases: &'static str,
    pub show_source: &'static str,
    pub hide_source: &'static str,
    pub people: &'static str,
    pub dates: &'static str,
    pub source_label: &'static str,
    pub read_source: &'static str,
    pub not_covered_note: &'static str,
    pub table_caption: &'static str,
    pub table_country: &'static str,
    pub table_cases_heading: &'static str,
    pub notice_unknown_country: &'static str,
    pub notice_unknown_category: &'static str,
    pub notice_unknown_case: &'static str,
    pub notice_unknown_lang: &'static str,
    pub notice_dismiss: &'static str,
    pub credit_natural_earth: &'static str,
    pub credit_source: &'static str,
    pub credit_borders: &'static str,
    pub load_error: &'static str,
    pub about_heading: &'static str,
    pub zoom_label: &'static str,
    pub cases_on_issue: &'static str,
    pub other_cases: &'static str,
    pub all_findings: &'static str,
    pub outcome: &'static str,
    /// Month names for dates, January first.
    pub months: [&'static str; 12],
}

pub const EN: Messages = Messages {
    title: "Central Asia Rights Map",
    subtitle: "Human rights in Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan, as documented by Human Rights Watch’s World Report 2024.",
    skip_to_table: "Skip to the table of findings",
    issue_label: "Issue",
    overview: "Overview: all issues",
    overview_description: "How many of the issues the source documents as a concern in each country.",
    view_map: "Map",
    view_table: "Table",
    views_label: "View",
    map_label: "Map of Central Asia",
    map_hint: "Select a country to read its findings and cases. Arrow keys move between countries.",
    legend_title: "Legend",
    concerns_one: "{n} issue of concern",
    concerns_many: "{n} issues of concern",
    concerns_range: "{from}–{to} issues of concern",
    cases_one: "{n} case",
    cases_many: "{n} cases",
    country_name_template: "{country}, {category}: {status}, {cases}",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    zoom_reset: "Reset zoom",
    close: "Close",
    previous_country: "Previous country",
    next_country: "Next country",
    capital: "Capital",
    trend: "Trend in the source",
    finding_heading: "Finding",
    cases_heading: "Cases",
    no_cases: "The source names no individual case for this country.",
    show_source: "Show the source",
    hide_source: "Hide the source",
    people: "People",
    dates: "Dates",
    source_label: "Source",
    read_source: "Read the full source",
    not_covered_note: "The source does not cover this issue for this country. This does not mean there is no problem.",
    table_caption: "Findings by country and issue",
    table_country: "Country",
    table_cases_heading: "All cases",
    notice_unknown_country: "There is no country “{value}” on this map, so the map opens without a country selected.",
    notice_unknown_category: "There is no issue “{value}” on this map, so the map shows the overview.",
    notice_unknown_case: "There is no case “{value}” on this map.",
    notice_unknown_lang: "The language “{value}” is not available; the map is shown in English.",
    notice_dismiss: "Dismiss",
    credit_natural_earth: "Made with Natural Earth",
    credit_source: "Source: Human Rights Watch, World Report 2024, 11 January 2024",
    credit_borders: "Borders are simplified and imply no position on any dispute.",
    load_error: "The map’s data could not be loaded. Please reload the page.",
    about_heading: "About this map",
    zoom_label: "Zoom",
    cases_on_issue: "Cases on this issue",
    other_cases: "Other cases",
    all_findings: "Findings on every issue",
    outcome: "Where it stands",
    months: [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ],
};

/// Fills `{key}` placeholders. Unknown placeholders stay as they are, so a
/// missing argument is visible rather than silently dropped.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (key, value) in args {
        out = out.replace(&format!("{{{key}}}"), value);
    }
    out
}

/// Picks the singular or plural template for a count and fills `{n}`.
pub fn count(one: &str, many: &str, n: usize) -> String {
    fill(if n == 1 { one } else { many }, &[("n", &n.to_string())])
}
