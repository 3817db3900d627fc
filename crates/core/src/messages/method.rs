//! "How to read this map": the method note, and the words of a citation
//! (their texts: `locales/<code>/method.ftl`). Placeholders: `{date}` (the source's date), `{version}` (the
//! data's version), and in citations `{map}`, `{title}`, `{url}`,
//! `{accessed}` and `{source}`.

/// The method note's texts, one paragraph per field.
#[derive(Debug)]
pub struct MethodText {
    pub heading: &'static str,
    pub source: &'static str,
    pub colours: &'static str,
    pub order: &'static str,
    pub overview: &'static str,
    pub not_covered: &'static str,
    pub words: &'static str,
    /// Who translated this language and whether it has been reviewed.
    pub translation: &'static str,
    pub date: &'static str,
    pub version: &'static str,
    pub changes_heading: &'static str,
    pub cite_heading: &'static str,
    /// A citation of the whole map.
    pub cite_map: &'static str,
    /// A citation of one country's or one case's page.
    pub cite_item: &'static str,
    /// Inserted as `{accessed}` when the day of reading is known.
    pub accessed: &'static str,
    pub cite_country: &'static str,
    pub cite_case: &'static str,
}
