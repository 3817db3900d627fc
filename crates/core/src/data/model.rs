//! The typed shape of `assets/data/rights.json`. Field names are the JSON
//! keys; `assets/data/README.md` documents them for editors. Every field is
//! always serialised (no `skip_serializing_if`): the build also writes this
//! model in postcard (`bake.rs`), a format without field names, where a
//! skipped field would shift every later one.
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Everything the map shows, as loaded from the data file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RightsData {
    pub sources: Vec<Source>,
    pub categories: Vec<Category>,
    pub countries: Vec<Country>,
    pub cases: Vec<Case>,
    pub region: Region,
    /// The data's version: the date of its latest change, `YYYY-MM-DD`.
    /// Citations and downloads carry it, so a quotation can be traced to the
    /// wording it was taken from.
    pub version: String,
    /// What changed in each version, newest first; the first is `version`.
    pub changes: Vec<Change>,
}

/// One entry of the change log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// `YYYY-MM-DD`; at most one entry per date.
    pub date: String,
    /// What changed, in a sentence or two, for readers.
    pub summary: String,
}

/// A published document that claims are drawn from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    /// ISO date, `YYYY-MM-DD`.
    pub date: String,
    pub url: String,
}

/// An issue category (assembly, press, ...), with its ordered legend.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub name: String,
    pub description: String,
    /// Ordered from least to most severe. Exactly one has `not_covered`.
    pub statuses: Vec<Status>,
}

/// One entry of a category's legend.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Status {
    pub id: String,
    pub label: String,
    /// "Not covered by the sources": drawn as neutral hatching, never as "good".
    #[serde(default)]
    pub not_covered: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-2, upper case.
    pub code: String,
    pub name: String,
    pub capital: String,
    pub summary: String,
    /// The trend the source states, when it states one ("deteriorated").
    #[serde(default)]
    pub direction: Option<Direction>,
    /// One finding per category id.
    pub findings: BTreeMap<String, Finding>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Direction {
    /// The source's own words for the trend, e.g. "continued to decline".
    pub label: String,
    /// Source id, and a short exact quotation from that source.
    pub source: String,
    pub excerpt: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    /// A status id from the category's legend.
    pub status: String,
    /// One or two sentences in our own words; empty only when not covered.
    pub summary: String,
    /// Source id and exact quotation; both absent when not covered.
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub excerpt: Option<String>,
}

/// A named person or event the source reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub id: String,
    pub country: String,
    pub categories: Vec<String>,
    pub title: String,
    #[serde(default)]
    pub people: Vec<String>,
    /// Dates exactly as the source gives them ("late November", "2020").
    #[serde(default)]
    pub dates: Vec<String>,
    /// What happened, in our own words.
    pub summary: String,
    /// Where it stands, one line ("sentenced to seven years in prison").
    pub outcome: String,
    /// Source id, and a short exact quotation from that source.
    pub source: String,
    pub excerpt: String,
}

/// Items about the whole region rather than one country.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub items: Vec<RegionItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionItem {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// Source id, and a short exact quotation from that source.
    pub source: String,
    pub excerpt: String,
}
